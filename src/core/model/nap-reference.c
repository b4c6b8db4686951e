/* nap-reference.c: a document the plan refers to
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-reference.h"
#include "nap-record-private.h"

struct _NapReference
{
  NapRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (NapReference, nap_reference, NAP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_TITLE,
  PROP_TARGET,
  N_PROPS,
};

/* The columns of the reference table (migrations in nap-migrations.c). */
static const NapColumn columns[N_PROPS] = {
  [PROP_POSITION] = NAP_COLUMN_POSITION,
  [PROP_TITLE] = NAP_COLUMN_TEXT ("title", NC_("changed field", "title")),
  [PROP_TARGET] = NAP_COLUMN_TEXT ("target", NC_("changed field", "link")),
};

static void
nap_reference_class_init (NapReferenceClass *klass)
{
  nap_record_class_install_columns (NAP_RECORD_CLASS (klass), "reference", columns, N_PROPS);
}

static void
nap_reference_init (NapReference *self)
{
}

/**
 * nap_reference_get_position:
 * @self: a #NapReference
 */
int
nap_reference_get_position (NapReference *self)
{
  g_return_val_if_fail (NAP_IS_REFERENCE (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_POSITION);
}

/**
 * nap_reference_get_title:
 * @self: a #NapReference
 *
 * Returns: (transfer none): the title
 */
const char *
nap_reference_get_title (NapReference *self)
{
  g_return_val_if_fail (NAP_IS_REFERENCE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_TITLE);
}

/**
 * nap_reference_get_target:
 * @self: a #NapReference
 *
 * Returns: (transfer none): the target
 */
const char *
nap_reference_get_target (NapReference *self)
{
  g_return_val_if_fail (NAP_IS_REFERENCE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_TARGET);
}
