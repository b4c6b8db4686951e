/* nap-indicator.c: how progress on an objective is measured
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include "nap-indicator.h"

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

static GParamSpec *properties[N_PROPS];

static void
nap_indicator_class_init (NapIndicatorClass *klass)
{
  properties[PROP_OBJECTIVE_ID] =
    g_param_spec_int64 ("objective-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        NAP_RECORD_PARAM_FLAGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      NAP_RECORD_PARAM_FLAGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_BASELINE] =
    g_param_spec_string ("baseline", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_TARGET] =
    g_param_spec_string ("target", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_VERIFICATION] =
    g_param_spec_string ("verification", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);

  nap_record_class_install_fields (NAP_RECORD_CLASS (klass), "indicator", properties, N_PROPS);
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
