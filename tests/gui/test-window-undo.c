/* test-window-undo.c: undo and redo in the window
 *
 * What a drafter relies on: Ctrl+Z and the header bar's Undo are there
 * when there is something to undo, a typed title is one step however many
 * keys it took, an undone delete brings the pillar back in the outline,
 * and the toast after a delete offers Undo.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gui-test-util.h"
#include "nap-application.h"
#include "nap-window-private.h"

static NapApplication *app;
static char *tmp_dir;

#define WINDOW_CHILD(w, name) gui_test_child ((w), NAP_TYPE_WINDOW, (name))

static NapObjective *
pillar (NapProject *project)
{
  g_autoptr(NapObjective) objective = g_list_model_get_item (nap_project_get_objectives (project), 0);

  return objective;
}

static void
activate (NapWindow  *window,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  gui_test_flush_events ();
}

static void
test_undo_in_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "undo.nap", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GStrv) undo_accels = NULL;
  g_auto(GStrv) redo_accels = NULL;
  NapWindow *window = nap_window_new (app);
  GtkWidget *undo_button = WINDOW_CHILD (window, "undo_button");
  GtkWidget *redo_button = WINDOW_CHILD (window, "redo_button");
  NapPlanView *view = WINDOW_CHILD (window, "plan_view");
  NapProject *project;
  GtkWidget *row;
  GtkWidget *text;
  GtkWindow *dialog;

  {
    g_autoptr(NapProject) made = nap_project_create (path, "PAN 1325", "ML", "XOF", NULL, NULL, &error);
    NapObjective *p;

    g_assert_no_error (error);
    p = nap_project_add_objective (made, NULL, -1, "Prévention", &error);
    g_assert_no_error (error);
    nap_project_add_objective (made, p, -1, "Alerte précoce", &error);
    g_assert_no_error (error);
  }

  undo_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.undo");
  redo_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.redo");
  g_assert_cmpstr (undo_accels[0], ==, "<Control>z");
  g_assert_cmpstr (redo_accels[0], ==, "<Shift><Control>z");

  /* The history is the file's: what was done before opening can be undone. */
  g_assert_true (nap_window_open_file (window, file, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_flush_events ();
  project = nap_window_get_project (window);
  g_assert_true (gtk_widget_get_sensitive (undo_button));
  g_assert_false (gtk_widget_get_sensitive (redo_button));

  /* A title typed in two goes and saved with Enter is one step: one undo
   * brings back the title from before, not a half-typed one.
   */
  nap_plan_view_select (view, pillar (project));
  gui_test_flush_events ();
  row = gui_test_find_widget (GTK_WIDGET (view), gui_test_is_entry_row, "Title");
  g_assert_nonnull (row);
  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));
  gtk_widget_grab_focus (text);
  gtk_editable_set_text (GTK_EDITABLE (row), "Prévention des");
  gtk_editable_set_text (GTK_EDITABLE (row), "Prévention des conflits");
  g_signal_emit_by_name (text, "activate");
  gui_test_flush_events ();
  g_assert_cmpstr (nap_objective_get_title (pillar (project)), ==, "Prévention des conflits");

  activate (window, "win.undo");
  g_assert_cmpstr (nap_objective_get_title (pillar (project)), ==, "Prévention");
  g_assert_true (gtk_widget_get_sensitive (redo_button));
  activate (window, "win.redo");
  g_assert_cmpstr (nap_objective_get_title (pillar (project)), ==, "Prévention des conflits");
  g_assert_false (gtk_widget_get_sensitive (redo_button));

  /* Delete the pillar and what it holds, then Undo as the tooltip says. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  nap_plan_view_select (view, pillar (project));
  gui_test_flush_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.delete", NULL));
  gui_test_flush_events ();
  dialog = gui_test_find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gui_test_flush_events ();
  g_assert_cmpuint (nap_project_count_objectives (project), ==, 0);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, "Undo Delete “Prévention des conflits”");

  activate (window, "win.undo");
  g_assert_cmpuint (nap_project_count_objectives (project), ==, 2);
  g_assert_cmpstr (nap_objective_get_title (pillar (project)), ==, "Prévention des conflits");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (redo_button), ==, "Redo Delete “Prévention des conflits”");

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_flush_events ();
  g_unlink (path);
}

/* Read-only: nothing to undo, and Undo says nothing can be written. */
static void
test_undo_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "busy.nap", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NapProject) holder = NULL;
  NapWindow *window = nap_window_new (app);

  {
    g_autoptr(NapProject) made = nap_project_create (path, "PAN", "ML", "XOF", NULL, NULL, &error);

    g_assert_no_error (error);
    nap_project_add_objective (made, NULL, -1, "Prévention", &error);
    g_assert_no_error (error);
  }

  /* Another program edits the plan, so the window opens it read-only. */
  holder = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (nap_window_open_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (nap_project_is_read_only (nap_window_get_project (window)));
  g_assert_false (gtk_widget_get_sensitive (WINDOW_CHILD (window, "undo_button")));

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_flush_events ();
  g_clear_object (&holder);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  tmp_dir = g_dir_make_tmp ("nap-test-window-undo-XXXXXX", &error);
  g_assert_no_error (error);
  gtk_test_init (&argc, &argv, NULL);

  app = gui_test_application_new ();

  g_test_add_func ("/window-undo/undo-redo", test_undo_in_window);
  g_test_add_func ("/window-undo/read-only", test_undo_read_only);

  ret = g_test_run ();

  g_clear_object (&app);
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
