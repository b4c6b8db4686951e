/* nap-enum-labels.h: the translated labels of an enum, for a drop-down
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkStringList *nap_enum_labels_new (GType enum_type);

G_END_DECLS
