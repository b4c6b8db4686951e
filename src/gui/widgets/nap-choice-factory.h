/* nap-choice-factory.h: how a drop-down shows its choices
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Returns the text that stands for @item, newly allocated. */
typedef char *(*NapChoiceTextFunc) (gpointer item);

GtkListItemFactory *nap_choice_factory_new (gboolean          in_button,
                                            NapChoiceTextFunc func);

G_END_DECLS
