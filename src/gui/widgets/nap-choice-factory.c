/* nap-choice-factory.c: how a drop-down shows its choices
 *
 * A drop-down in a table cell or a filter bar must stay narrow: its
 * button cuts a long name short (the tooltip has it whole) while its list
 * shows every name whole.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-choice-factory"

#include "config.h"

#include "nap-choice-factory.h"

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  in_button)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (in_button)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         NapChoiceTextFunc         func)
{
  g_autofree char *text = func (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

/**
 * nap_choice_factory_new:
 * @in_button: whether the factory is for the drop-down's button rather
 *   than for its list
 * @func: the text of an item
 *
 * Returns: (transfer full): a factory of labels showing @func's text
 */
GtkListItemFactory *
nap_choice_factory_new (gboolean          in_button,
                        NapChoiceTextFunc func)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (func != NULL, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (in_button));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), func);
  return factory;
}
