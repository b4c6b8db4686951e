/* gui-test-util.c: what every widget test needs
 *
 * The widget tests drive real widgets from their templates: they look
 * widgets up as a user would see them and act on them through the same
 * signals a key press sends. These helpers do it once for all of them.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-test"

#include "config.h"

#include "gui-test-util.h"
#include "nap-application.h"

/**
 * gui_test_init:
 * @argc: (inout): the program's argument count
 * @argv: (inout) (array length=argc): the program's arguments
 *
 * Starts GTK for tests and libadwaita, as every widget test does first.
 */
void
gui_test_init (int    *argc,
               char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

/**
 * gui_test_application_new:
 *
 * Makes the application the window tests open their windows in. It has
 * no application id, so that no D-Bus is needed, and finds its resources
 * by hand.
 *
 * Returns: (transfer full) (type NapApplication): the application, registered
 */
gpointer
gui_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  GApplication *app = g_object_new (NAP_TYPE_APPLICATION,
                                    "resource-base-path", "/io/github/napdrafter/NapDrafter",
                                    NULL);

  g_application_register (app, NULL, &error);
  g_assert_no_error (error);
  return app;
}

/**
 * gui_test_flush_events:
 *
 * Runs what the main loop has pending, without waiting for more.
 */
void
gui_test_flush_events (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/**
 * gui_test_child:
 * @widget: a widget built from a template
 * @type: the class whose template names the child
 * @name: the child's id in the template
 *
 * Returns: (transfer none): the template child; fails the test if there
 *   is none of that name
 */
gpointer
gui_test_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return object;
}

/**
 * gui_test_find_widget:
 * @root: where to look
 * @match: what to look for
 * @data: passed to @match
 *
 * Returns: (transfer none) (nullable): the first widget under @root,
 *   @root included, depth-first, that @match accepts
 */
GtkWidget *
gui_test_find_widget (GtkWidget        *root,
                      GuiTestMatchFunc  match,
                      gconstpointer     data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = gui_test_find_widget (c, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A #GuiTestMatchFunc: @type is a #GType passed with GSIZE_TO_POINTER(). */
gboolean
gui_test_is_type (GtkWidget     *widget,
                  gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/**
 * gui_test_find_type:
 * @root: where to look
 * @type: a widget type
 *
 * Returns: (transfer none) (nullable): the first widget of @type under @root
 */
GtkWidget *
gui_test_find_type (GtkWidget *root,
                    GType      type)
{
  return gui_test_find_widget (root, gui_test_is_type, GSIZE_TO_POINTER (type));
}

/* A #GuiTestMatchFunc: an entry row of that title. */
gboolean
gui_test_is_entry_row (GtkWidget     *widget,
                       gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* A #GuiTestMatchFunc: a label of exactly that text. */
gboolean
gui_test_is_label (GtkWidget     *widget,
                   gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static void
find_all (GtkWidget *root,
          GType      type,
          GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    find_all (c, type, found);
}

/**
 * gui_test_find_all:
 * @root: where to look
 * @type: a widget type
 *
 * Returns: (transfer container) (element-type GtkWidget): every widget of
 *   @type under @root, in the order they are shown
 */
GPtrArray *
gui_test_find_all (GtkWidget *root,
                   GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  find_all (root, type, found);
  return found;
}

/* How many widgets of @type there are under @root. */
guint
gui_test_count_all (GtkWidget *root,
                    GType      type)
{
  g_autoptr(GPtrArray) found = gui_test_find_all (root, type);

  return found->len;
}

/**
 * gui_test_find_message_dialog:
 * @parent: (nullable): the window it must be transient for, or %NULL for any
 *
 * Returns: (transfer none) (nullable): a shown #AdwMessageDialog
 */
gpointer
gui_test_find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window))
          && (parent == NULL || gtk_window_get_transient_for (window) == parent))
        return window;
    }
  return NULL;
}

/**
 * gui_test_type_and_enter:
 * @editable: a #GtkEditable: an entry, an entry row, a cell
 * @text: what to type
 *
 * Types into a field as a user would and presses Enter, then runs what
 * that queued.
 */
void
gui_test_type_and_enter (gpointer    editable,
                         const char *text)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));

  gtk_widget_grab_focus (GTK_WIDGET (editable));
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  /* What Enter does: the text inside the entry or the row activates. */
  g_signal_emit_by_name (delegate != NULL ? delegate : editable, "activate");
  gui_test_flush_events ();
}
