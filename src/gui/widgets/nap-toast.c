/* nap-toast.c: shows a sentence as a toast where a widget is
 *
 * An edit the core refuses is told as a toast, not a dialog, so that the
 * facilitator keeps typing. A widget does not know whether it sits in the
 * main window (an AdwToastOverlay) or in a preferences window (which has
 * its own toasts), so this looks it up from the widget.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-toast"

#include "config.h"

#include "nap-toast.h"

/**
 * nap_toast_show:
 * @widget: a widget inside the window that shows the sentence
 * @message: the sentence to show
 *
 * Shows @message as a toast in the toast overlay around @widget, or in its
 * preferences window.
 */
void
nap_toast_show (GtkWidget  *widget,
                const char *message)
{
  GtkWidget *overlay;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  root = gtk_widget_get_root (widget);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
  else
    /* The widget is going away with its window: there is nowhere to show it. */
    g_message ("%s", message);
}
