/* nap-enum-labels.c: the translated labels of an enum, for a drop-down
 *
 * A status, a format or a kind is stored as an enum value and chosen in a
 * drop-down whose selected index is that value; the labels come from the
 * core (nap_enum_to_label) so that the GUI, the CLI and the outputs name
 * a value the same way.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-enum-labels"

#include "config.h"

#include "nap-enum-labels.h"
#include "nap-enums.h"

/**
 * nap_enum_labels_new:
 * @enum_type: a #GEnum type of the core
 *
 * Returns: (transfer full): the translated labels of @enum_type's values,
 *   in value order, for a dropdown whose selected index is the value
 */
GtkStringList *
nap_enum_labels_new (GType enum_type)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, nap_enum_to_label (enum_type, klass->values[i].value));
  return labels;
}
