/* nap-reference.c: a document the plan refers to
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include "nap-reference.h"

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

static GParamSpec *properties[N_PROPS];

static void
nap_reference_class_init (NapReferenceClass *klass)
{
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      NAP_RECORD_PARAM_FLAGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_TARGET] =
    g_param_spec_string ("target", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);

  nap_record_class_install_fields (NAP_RECORD_CLASS (klass), "reference", properties, N_PROPS);
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
