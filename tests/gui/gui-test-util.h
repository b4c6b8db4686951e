/* gui-test-util.h: what every widget test needs
 *
 * Running what is pending, finding a widget of a template or of a tree
 * by name, type or label, and typing into a field as a user would. One
 * copy here instead of one in each widget test.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gui-test-wait.h"
#include "nap-test-util.h"

G_BEGIN_DECLS

typedef gboolean (*GuiTestMatchFunc) (GtkWidget     *widget,
                                      gconstpointer  data);

void       gui_test_init                (int              *argc,
                                         char           ***argv);
gpointer   gui_test_application_new     (void);
void       gui_test_flush_events        (void);
gpointer   gui_test_child               (gpointer          widget,
                                         GType             type,
                                         const char       *name);

GtkWidget *gui_test_find_widget         (GtkWidget        *root,
                                         GuiTestMatchFunc  match,
                                         gconstpointer     data);
gboolean   gui_test_is_type             (GtkWidget        *widget,
                                         gconstpointer     type);
GtkWidget *gui_test_find_type           (GtkWidget        *root,
                                         GType             type);
gboolean   gui_test_is_entry_row        (GtkWidget        *widget,
                                         gconstpointer     title);
gboolean   gui_test_is_label            (GtkWidget        *widget,
                                         gconstpointer     text);
GPtrArray *gui_test_find_all            (GtkWidget        *root,
                                         GType             type);
guint      gui_test_count_all           (GtkWidget        *root,
                                         GType             type);
gpointer   gui_test_find_message_dialog (GtkWindow        *parent);

void       gui_test_type_and_enter      (gpointer          editable,
                                         const char       *text);

G_END_DECLS
