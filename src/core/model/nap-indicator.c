/* nap-indicator.c: how progress on an objective is measured
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-indicator.h"
#include "nap-record-private.h"

struct _NapIndicator
{
  NapRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (NapIndicator, nap_indicator, NAP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_OBJECTIVE_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_UNIT,
  PROP_BASELINE,
  PROP_TARGET,
  PROP_VERIFICATION,
  N_PROPS,
};

/* The columns of the indicator table (migrations in nap-migrations.c). */
static const NapColumn columns[N_PROPS] = {
  [PROP_OBJECTIVE_ID] = NAP_COLUMN_ID ("objective-id", 0),
  [PROP_POSITION] = NAP_COLUMN_POSITION,
  [PROP_TITLE] = NAP_COLUMN_TEXT ("title", NC_("changed field", "title")),
  [PROP_UNIT] = NAP_COLUMN_TEXT ("unit", NC_("changed field", "unit")),
  [PROP_BASELINE] = NAP_COLUMN_TEXT ("baseline", NC_("changed field", "baseline")),
  [PROP_TARGET] = NAP_COLUMN_TEXT ("target", NC_("changed field", "target")),
  [PROP_VERIFICATION] = NAP_COLUMN_TEXT ("verification", NC_("changed field", "means of verification")),
};

static void
nap_indicator_class_init (NapIndicatorClass *klass)
{
  nap_record_class_install_columns (NAP_RECORD_CLASS (klass), "indicator", columns, N_PROPS);
}

static void
nap_indicator_init (NapIndicator *self)
{
}

/**
 * nap_indicator_get_objective_id:
 * @self: a #NapIndicator
 */
gint64
nap_indicator_get_objective_id (NapIndicator *self)
{
  g_return_val_if_fail (NAP_IS_INDICATOR (self), 0);

  return (gint64) nap_record_get_int_field (NAP_RECORD (self), PROP_OBJECTIVE_ID);
}

/**
 * nap_indicator_get_position:
 * @self: a #NapIndicator
 */
int
nap_indicator_get_position (NapIndicator *self)
{
  g_return_val_if_fail (NAP_IS_INDICATOR (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_POSITION);
}

/**
 * nap_indicator_get_title:
 * @self: a #NapIndicator
 *
 * Returns: (transfer none): the title
 */
const char *
nap_indicator_get_title (NapIndicator *self)
{
  g_return_val_if_fail (NAP_IS_INDICATOR (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_TITLE);
}

/**
 * nap_indicator_get_unit:
 * @self: a #NapIndicator
 *
 * Returns: (transfer none): the unit
 */
const char *
nap_indicator_get_unit (NapIndicator *self)
{
  g_return_val_if_fail (NAP_IS_INDICATOR (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_UNIT);
}

/**
 * nap_indicator_get_baseline:
 * @self: a #NapIndicator
 *
 * Returns: (transfer none): the baseline
 */
const char *
nap_indicator_get_baseline (NapIndicator *self)
{
  g_return_val_if_fail (NAP_IS_INDICATOR (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_BASELINE);
}

/**
 * nap_indicator_get_target:
 * @self: a #NapIndicator
 *
 * Returns: (transfer none): the target
 */
const char *
nap_indicator_get_target (NapIndicator *self)
{
  g_return_val_if_fail (NAP_IS_INDICATOR (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_TARGET);
}

/**
 * nap_indicator_get_verification:
 * @self: a #NapIndicator
 *
 * Returns: (transfer none): the verification
 */
const char *
nap_indicator_get_verification (NapIndicator *self)
{
  g_return_val_if_fail (NAP_IS_INDICATOR (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_VERIFICATION);
}
