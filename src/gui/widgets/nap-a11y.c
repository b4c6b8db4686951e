/* nap-a11y.c: accessible names the widgets do not give themselves
 *
 * libadwaita 1.2 does not name the text inside an AdwEntryRow after the
 * row's title, so a screen reader says only "edit text" there; every
 * editor calls this on its entry rows.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-a11y"

#include "config.h"

#include "nap-a11y.h"

/**
 * nap_a11y_label_entry_row:
 * @row: a #AdwEntryRow
 *
 * Gives the text inside @row the row's title as its accessible name, so
 * that a screen reader says "Title" when the text has the focus.
 */
void
nap_a11y_label_entry_row (AdwEntryRow *row)
{
  GtkEditable *text;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  text = gtk_editable_get_delegate (GTK_EDITABLE (row));
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (text),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                    -1);
}
