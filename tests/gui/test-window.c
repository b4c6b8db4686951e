/* test-window.c: the application window and the new plan dialog
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <sqlite3.h>
#include <string.h>

#include "gui-test-util.h"
#include "nap-application.h"
#include "nap-error.h"
#include "nap-iso-codes.h"
#include "nap-new-plan-dialog.h"
#include "nap-window-private.h"
#include "nap-xml-reader.h"

static NapApplication *app;
static char *tmp_dir;

#define WINDOW_CHILD(w, name) gui_test_child ((w), NAP_TYPE_WINDOW, (name))
#define DIALOG_CHILD(d, name) gui_test_child ((d), NAP_TYPE_NEW_PLAN_DIALOG, (name))

/* A plan file in the temporary folder, with two objectives. */
static char *
make_plan (const char *name,
           const char *title)
{
  g_autoptr(NapProject) project = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);
  NapObjective *pillar;

  project = nap_test_create_plan (path, title, "ML", "XOF", "2024-01-01", "2026-12-31");
  pillar = nap_test_add_objective (project, NULL, "Prevention");
  nap_test_add_objective (project, pillar, "Early warning");

  return path;
}

static NapWindow *
new_window (void)
{
  NapWindow *window = nap_window_new (app);

  g_assert_true (NAP_IS_WINDOW (window));
  return window;
}

static const char *
visible_page (NapWindow *window)
{
  return gtk_stack_get_visible_child_name (WINDOW_CHILD (window, "main_stack"));
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
test_window_welcome (void)
{
  NapWindow *window = new_window ();
  g_autofree char *example = _nap_window_find_example ();

  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_null (nap_window_get_project (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "NAP Drafter");
  /* The example ships with the program, and the source tree has it. */
  g_assert_nonnull (example);
  g_assert_true (gtk_widget_get_visible (WINDOW_CHILD (window, "example_button")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_open (void)
{
  g_autofree char *path = make_plan ("open.nap", "Plan d’action national");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;
  NapWindow *window = new_window ();
  AdwViewSwitcherTitle *title = WINDOW_CHILD (window, "switcher_title");
  g_autoptr(NapObjective) pillar = NULL;
  g_autoptr(NapObjective) second = NULL;
  NapObjective *selected;
  AdwViewStack *stack;
  NapProject *project;

  g_assert_true (nap_window_open_file (window, file, &error));
  g_assert_no_error (error);

  project = nap_window_get_project (window);
  g_assert_nonnull (project);
  g_assert_cmpuint (nap_project_count_objectives (project), ==, 2);
  g_assert_cmpstr (visible_page (window), ==, "plan");
  g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, "Plan d’action national");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, "open.nap");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Plan d’action national");
  g_assert_false (gtk_info_bar_get_revealed (WINDOW_CHILD (window, "read_only_bar")));

  /* Renaming the plan renames the window. */
  nap_project_set_string (project, NAP_RECORD (nap_project_get_plan (project)),
                          "title", "PAN 1325", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, "PAN 1325");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "PAN 1325");

  /* Ctrl+2 and the view switcher go to the Budget view; a link to an
   * objective comes back to the Plan view with that objective selected.
   */
  stack = WINDOW_CHILD (window, "view_stack");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "plan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "budget"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "budget");
  pillar = g_list_model_get_item (nap_project_get_objectives (project), 0);
  second = g_list_model_get_item (nap_objective_get_children (pillar), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-record", "s",
                                             nap_record_get_uuid (NAP_RECORD (second))));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "plan");
  selected = nap_plan_view_get_selected (WINDOW_CHILD (window, "plan_view"));
  g_assert_true (selected == second);

  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_nonnull (recent[0]);
  g_assert_cmpstr (recent[0], ==, path);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A plan open elsewhere opens read-only, and says so. */
static void
test_window_read_only (void)
{
  g_autofree char *path = make_plan ("busy.nap", "Busy plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) writer = NULL;
  NapWindow *window = new_window ();
  AdwViewSwitcherTitle *title = WINDOW_CHILD (window, "switcher_title");
  GtkLabel *reason = WINDOW_CHILD (window, "read_only_label");
  NapProject *project;

  writer = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (nap_project_is_read_only (writer));

  g_assert_true (nap_window_open_file (window, file, &error));
  g_assert_no_error (error);
  project = nap_window_get_project (window);
  g_assert_true (nap_project_is_read_only (project));

  g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, "Busy plan");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, "busy.nap — read-only");
  g_assert_true (gtk_info_bar_get_revealed (WINDOW_CHILD (window, "read_only_bar")));
  g_assert_cmpstr (gtk_label_get_text (reason), ==, nap_project_get_read_only_reason (project));
  g_assert_cmpstr (gtk_label_get_text (reason), !=, "");

  g_clear_object (&writer);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_open_error (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "random bytes.nap", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) before = g_settings_get_strv (settings, "recent-files");
  g_auto(GStrv) after = NULL;
  guint8 bytes[4096];
  NapWindow *window = new_window ();

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_test_rand_int_range (0, 256);
  g_file_set_contents (path, (const char *) bytes, sizeof bytes, &error);
  g_assert_no_error (error);

  g_assert_false (nap_window_open_file (window, file, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_NOT_A_PROJECT);
  /* The message names the file, so that the user knows which one. */
  g_assert_nonnull (strstr (error->message, "random bytes.nap"));

  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_null (nap_window_get_project (window));
  after = g_settings_get_strv (settings, "recent-files");
  g_assert_true (g_strv_equal ((const char * const *) before, (const char * const *) after));

  /* A file that is not there. */
  g_clear_error (&error);
  g_clear_object (&file);
  file = g_file_new_for_path ("/nonexistent/gone.nap");
  g_assert_false (nap_window_open_file (window, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "gone.nap"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_recent (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) recent = NULL;
  NapWindow *window = new_window ();
  NapWindow *other;

  g_settings_reset (settings, "recent-files");

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("recent-%02u.nap", i);
      g_autoptr(GFile) file = NULL;

      g_ptr_array_add (paths, make_plan (name, name));
      file = g_file_new_for_path (paths->pdata[i]);
      g_assert_true (nap_window_open_file (window, file, &error));
      g_assert_no_error (error);
    }

  /* Newest first, ten at most. */
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpuint (g_strv_length (recent), ==, NAP_RECENT_FILES_MAX);
  g_assert_cmpstr (recent[0], ==, paths->pdata[11]);
  g_assert_cmpstr (recent[9], ==, paths->pdata[2]);

  /* Opening one again moves it to the front without a duplicate. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (paths->pdata[5]);

    g_assert_true (nap_window_open_file (window, file, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&recent, g_strfreev);
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpuint (g_strv_length (recent), ==, NAP_RECENT_FILES_MAX);
  g_assert_cmpstr (recent[0], ==, paths->pdata[5]);
  g_assert_cmpstr (recent[1], ==, paths->pdata[11]);
  for (guint i = 1; recent[i] != NULL; i++)
    g_assert_cmpstr (recent[i], !=, paths->pdata[5]);

  /* The welcome page lists those that still exist. */
  g_assert_cmpint (g_unlink (paths->pdata[11]), ==, 0);
  other = new_window ();
  g_assert_cmpuint (count_rows (WINDOW_CHILD (other, "recent_list")), ==, NAP_RECENT_FILES_MAX - 1);
  {
    AdwActionRow *row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (WINDOW_CHILD (other, "recent_list"), 0));

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "recent-05.nap");
  }
  g_assert_true (gtk_widget_get_visible (WINDOW_CHILD (other, "recent_group")));

  /* With none, no empty list. */
  g_settings_reset (settings, "recent-files");
  g_assert_cmpuint (count_rows (WINDOW_CHILD (other, "recent_list")), ==, 0);
  g_assert_false (gtk_widget_get_visible (WINDOW_CHILD (other, "recent_group")));

  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  NapWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 800);
  g_settings_set_int (settings, "window-height", 500);
  window = new_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 800);
  g_assert_cmpint (height, ==, 500);

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 930, 610);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 930);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_object_unref (window);
}

static void
test_window_example (void)
{
  g_autoptr(GError) error = NULL;
  NapWindow *window = new_window ();
  NapProject *project;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "nap-drafter", "examples", NULL);
  g_autofree char *first = g_build_filename (dir, "mali-2012-2014.nap", NULL);

  g_assert_true (_nap_window_open_example (window, &error));
  g_assert_no_error (error);
  project = nap_window_get_project (window);
  g_assert_nonnull (project);
  g_assert_cmpstr (nap_project_get_path (project), ==, first);
  g_assert_cmpstr (nap_plan_get_country (nap_project_get_plan (project)), ==, "ML");
  g_assert_cmpuint (nap_project_count_objectives (project), >, 0);
  g_assert_cmpstr (visible_page (window), ==, "plan");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* NAP XML: export, import, and merging what a facilitator sends back */

static char *
fixture_path (const char *name)
{
  const char *source = g_getenv ("NAP_SOURCE_DIR");

  g_assert_nonnull (source);
  return g_build_filename (source, "tests", "fixtures", name, NULL);
}

/* Whether a button for the action, inside the window, is sensitive. */
static gboolean
action_enabled (NapWindow  *window,
                const char *name)
{
  GtkStack *stack = WINDOW_CHILD (window, "main_stack");
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), name);
  gtk_stack_add_child (stack, button);
  enabled = gtk_widget_get_sensitive (button);
  gtk_stack_remove (stack, button);
  return enabled;
}

/* Runs the main loop until the window's import or merge is done. */
static void
wait_for_xml (NapWindow *window)
{
  while (_nap_window_xml_is_busy (window))
    g_main_context_iteration (NULL, TRUE);
  gui_test_flush_events ();
}

/* The dialog shown over @window with @heading, if any. */
static AdwMessageDialog *
find_dialog (NapWindow  *window,
             const char *heading)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == GTK_WINDOW (window)
        && gtk_widget_get_visible (l->data)
        && g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      return l->data;
  return NULL;
}

/* Answers the dialog over @window with @heading, which must be there. */
static void
answer (NapWindow  *window,
        const char *heading,
        const char *response)
{
  AdwMessageDialog *dialog = find_dialog (window, heading);

  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Exports what @window shows with the core's export job, behind the
 * progress dialog, which goes once the file is written.
 */
static void
export (NapWindow       *window,
        const char      *path,
        NapExportFormat  format)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *heading = g_strdup_printf ("Exporting “%s”", name);
  GtkWidget *progress;

  _nap_window_export (window, path, format);
  g_assert_true (_nap_window_xml_is_busy (window));
  progress = _nap_window_get_xml_progress (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (progress)), ==, heading);
  wait_for_xml (window);
  g_assert_null (_nap_window_get_xml_progress (window));
  g_assert_null (find_dialog (window, "Could not export the plan"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_window_xml (void)
{
  g_autofree char *source = fixture_path ("small-plan.xml");
  g_autofree char *team_path = g_build_filename (tmp_dir, "team.nap", NULL);
  g_autofree char *field_path = g_build_filename (tmp_dir, "field.nap", NULL);
  g_autofree char *whole_path = g_build_filename (tmp_dir, "whole.xml", NULL);
  g_autofree char *sent_path = g_build_filename (tmp_dir, "from-mopti.xml", NULL);
  g_autofree char *late_path = g_build_filename (tmp_dir, "from-gao.xml", NULL);
  g_autofree char *dropped_path = g_build_filename (tmp_dir, "dropped.nap", NULL);
  g_autofree char *summary = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  NapWindow *team = new_window ();
  NapWindow *field = new_window ();
  NapWindow *other;
  NapProject *project;
  NapConsultation *session;
  NapPlanView *view;
  NapObjective *selected;
  AdwMessageDialog *dialog;
  GtkWidget *progress;
  GList *windows;
  guint n_windows;
  guint n_sessions;

  /* Importing always works; the rest needs a plan. */
  g_assert_true (action_enabled (team, "win.import-xml"));
  g_assert_false (action_enabled (team, "win.export-xml"));
  g_assert_false (action_enabled (team, "win.export-consultations"));
  g_assert_false (action_enabled (team, "win.merge-xml"));

  /* The team and the facilitator import the same file, in a worker thread
   * behind a progress dialog: it opens here.
   */
  _nap_window_import (team, source, team_path);
  g_assert_true (_nap_window_xml_is_busy (team));
  progress = _nap_window_get_xml_progress (team);
  g_assert_nonnull (progress);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (progress)), ==, "Importing “small-plan.xml”");
  g_assert_true (GTK_IS_PROGRESS_BAR (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (progress))));
  wait_for_xml (team);
  g_assert_null (_nap_window_get_xml_progress (team));
  _nap_window_import (field, source, field_path);
  wait_for_xml (field);
  project = nap_window_get_project (team);
  g_assert_nonnull (project);
  g_assert_cmpstr (nap_project_get_path (project), ==, team_path);
  g_assert_false (nap_project_is_read_only (project));
  g_assert_cmpstr (visible_page (team), ==, "plan");
  n_sessions = g_list_model_get_n_items (nap_project_get_consultations (project));
  g_assert_true (action_enabled (team, "win.export-xml"));
  g_assert_true (action_enabled (team, "win.merge-xml"));

  /* Into an existing file, no; the message names it. */
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  _nap_window_import (team, source, field_path);
  wait_for_xml (team);
  dialog = find_dialog (team, "Could not import the plan");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "field.nap"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, n_windows);

  /* Cancelled, an import leaves no file behind and opens nothing. */
  _nap_window_import (team, source, dropped_path);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (_nap_window_get_xml_progress (team)), "cancel");
  wait_for_xml (team);
  g_assert_false (g_file_test (dropped_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, n_windows);
  g_assert_true (nap_window_get_project (team) == project);

  /* A window with a plan shows an import in a new window. */
  {
    g_autofree char *again = g_build_filename (tmp_dir, "again.nap", NULL);

    _nap_window_import (team, source, again);
    wait_for_xml (team);
    g_assert_true (nap_window_get_project (team) == project);
    windows = gtk_application_get_windows (GTK_APPLICATION (app));
    g_assert_cmpuint (g_list_length (windows), ==, n_windows + 1);
    other = NULL;
    for (GList *l = windows; l != NULL; l = l->next)
      if (NAP_IS_WINDOW (l->data) && nap_window_get_project (l->data) != NULL
          && g_strcmp0 (nap_project_get_path (nap_window_get_project (l->data)), again) == 0)
        other = l->data;
    g_assert_nonnull (other);
    gtk_window_destroy (GTK_WINDOW (other));
  }

  /* The whole plan, as a file that reads back. */
  export (team, whole_path, NAP_EXPORT_XML);
  g_assert_true (nap_xml_validate (whole_path, &error));
  g_assert_no_error (error);

  /* A session in the field, sent back as consultations only. */
  session = nap_project_add_consultation (nap_window_get_project (field), "Focus group à Sévaré", &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
  export (field, sent_path, NAP_EXPORT_XML_CONSULTATIONS);
  g_assert_true (nap_xml_validate (sent_path, &error));
  g_assert_no_error (error);

  /* The preview, read in the worker, changes nothing and says what
   * would come; cancelling merges nothing.
   */
  _nap_window_merge_file (team, sent_path);
  wait_for_xml (team);
  dialog = find_dialog (team, "Merge “from-mopti.xml”?");
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "merge"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  {
    GtkWidget *scrolled = adw_message_dialog_get_extra_child (dialog);
    GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
    GtkWidget *lines = gtk_viewport_get_child (GTK_VIEWPORT (viewport));

    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (lines)), "Focus group à Sévaré"));
  }
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (project)), ==, n_sessions);
  answer (team, "Merge “from-mopti.xml”?", "cancel");
  g_assert_false (_nap_window_xml_is_busy (team));
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (project)), ==, n_sessions);

  /* Merging adds the session, and the Plan view shows the plan read again. */
  gtk_window_present (GTK_WINDOW (team));
  _nap_window_merge_file (team, sent_path);
  wait_for_xml (team);
  answer (team, "Merge “from-mopti.xml”?", "merge");
  g_assert_true (_nap_window_xml_is_busy (team));
  progress = _nap_window_get_xml_progress (team);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (progress)), ==, "Merging “from-mopti.xml”");
  /* Nothing to cancel once the plan is being changed. */
  g_assert_false (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (progress), "cancel"));
  wait_for_xml (team);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (project)), ==, n_sessions + 1);
  g_assert_true (nap_window_get_project (team) == project);
  g_assert_null (find_dialog (team, "Could not merge the file"));

  view = WINDOW_CHILD (team, "plan_view");
  g_assert_true (nap_plan_view_get_project (view) == project);
  selected = nap_plan_view_get_selected (view);
  g_assert_nonnull (selected);
  /* A record of the plan as it is now, not one the merge replaced. */
  g_assert_true (nap_project_lookup_uuid (project, nap_record_get_uuid (NAP_RECORD (selected))) == NAP_RECORD (selected));
  g_assert_true (nap_plan_view_select (view, NAP_OBJECTIVE (g_list_model_get_item (nap_project_get_objectives (project), 0))));
  g_object_unref (g_list_model_get_item (nap_project_get_objectives (project), 0));

  /* The file holds it too: the merge was written, not only shown. */
  {
    g_autoptr(NapProject) reread = nap_project_open (team_path, NAP_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (reread)), ==, n_sessions + 1);
  }

  report = nap_merge_report_new ();
  nap_merge_report_add (report, NAP_MERGE_KIND_CONSULTATION, TRUE, g_strdup ("Focus group à Sévaré"));
  summary = _nap_window_merge_summary (report, sent_path);
  g_assert_cmpstr (summary, ==, "Merged “from-mopti.xml”: 1 added, 0 changed");

  /* The same file again adds nothing. */
  _nap_window_merge_file (team, sent_path);
  wait_for_xml (team);
  dialog = find_dialog (team, "Nothing to Merge");
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_has_response (dialog, "merge"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A file that is not NAP XML: the message names it. */
  _nap_window_merge_file (team, team_path);
  wait_for_xml (team);
  dialog = find_dialog (team, "Could not merge the file");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "team.nap"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A merge that fails while it writes (here another program holds the
   * file) changes nothing, in the file or in the window.
   */
  session = nap_project_add_consultation (nap_window_get_project (field), "Atelier de Gao", &error);
  g_assert_nonnull (session);
  export (field, late_path, NAP_EXPORT_XML_CONSULTATIONS);
  _nap_window_merge_file (team, late_path);
  wait_for_xml (team);
  {
    sqlite3 *intruder = NULL;

    g_assert_cmpint (sqlite3_open (team_path, &intruder), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (intruder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
    before = nap_test_checksum (team_path);
    answer (team, "Merge “from-gao.xml”?", "merge");
    wait_for_xml (team);
    sqlite3_exec (intruder, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close (intruder);
  }
  dialog = find_dialog (team, "Could not merge the file");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "team.nap"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  after = nap_test_checksum (team_path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (project)), ==, n_sessions + 1);
  g_assert_true (nap_plan_view_get_project (view) == project);
  /* And the plan goes on taking edits. */
  g_assert_nonnull (nap_project_add_consultation (project, "Après l’échec", &error));
  g_assert_no_error (error);

  /* A window closed while its import runs: the worker finishes, the new
   * plan is written and kept, and nothing is shown in the closed window.
   */
  {
    g_autofree char *closed_path = g_build_filename (tmp_dir, "closed.nap", NULL);
    NapWindow *closing = new_window ();
    gpointer alive = closing;

    g_object_add_weak_pointer (G_OBJECT (closing), &alive);
    _nap_window_import (closing, source, closed_path);
    gtk_window_destroy (GTK_WINDOW (closing));
    while (alive != NULL)
      g_main_context_iteration (NULL, TRUE);
    {
      g_autoptr(NapProject) kept = nap_project_open (closed_path, NAP_STORE_OPEN_DEFAULT, &error);

      g_assert_no_error (error);
      g_assert_false (nap_project_is_read_only (kept));
    }
  }

  gtk_window_destroy (GTK_WINDOW (field));
  gtk_window_destroy (GTK_WINDOW (team));
}

/* A plan open read-only cannot take a merge. */
static void
test_window_xml_read_only (void)
{
  g_autofree char *path = make_plan ("locked.nap", "Locked plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) writer = NULL;
  NapWindow *window = new_window ();

  writer = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (nap_window_open_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (nap_project_is_read_only (nap_window_get_project (window)));

  g_assert_true (action_enabled (window, "win.export-xml"));
  g_assert_true (action_enabled (window, "win.import-xml"));
  g_assert_false (action_enabled (window, "win.merge-xml"));

  g_clear_object (&writer);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The new plan dialog */

static guint
find_code (GListModel *model,
           const char *code)
{
  guint position = nap_test_find_code (model, code);

  g_assert_cmpuint (position, !=, G_MAXUINT);
  return position;
}

static const char *
selected_code (GtkDropDown *dropdown)
{
  NapIsoEntry *entry = gtk_drop_down_get_selected_item (dropdown);

  return entry ? nap_iso_entry_get_code (entry) : NULL;
}

static void
fill_dialog (NapNewPlanDialog *dialog,
             const char       *title,
             const char       *country)
{
  gtk_editable_set_text (DIALOG_CHILD (dialog, "title_row"), title);
  gtk_drop_down_set_selected (DIALOG_CHILD (dialog, "country_dropdown"),
                              find_code (nap_iso_codes_get_countries (), country));
}

static void
test_new_plan_validation (void)
{
  NapNewPlanDialog *dialog = nap_new_plan_dialog_new (NULL);
  GtkWidget *create = DIALOG_CHILD (dialog, "create_button");
  GtkWidget *start = DIALOG_CHILD (dialog, "start_entry");
  GtkWidget *end = DIALOG_CHILD (dialog, "end_entry");
  GtkWidget *message = DIALOG_CHILD (dialog, "period_error_label");
  GtkDropDown *country = DIALOG_CHILD (dialog, "country_dropdown");
  GtkDropDown *currency = DIALOG_CHILD (dialog, "currency_dropdown");

  /* Typing starts in the title. */
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_nonnull (gtk_window_get_focus (GTK_WINDOW (dialog)));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)),
                                         DIALOG_CHILD (dialog, "title_row")));

  g_assert_false (gtk_widget_get_sensitive (create));
  g_assert_null (selected_code (country));
  g_assert_null (selected_code (currency));

  gtk_editable_set_text (DIALOG_CHILD (dialog, "title_row"), "   ");
  g_assert_false (gtk_widget_get_sensitive (create));
  gtk_editable_set_text (DIALOG_CHILD (dialog, "title_row"), "Plan 1325");
  g_assert_false (gtk_widget_get_sensitive (create));

  /* France has no default currency here: one must be chosen. */
  gtk_drop_down_set_selected (country, find_code (nap_iso_codes_get_countries (), "FR"));
  g_assert_null (selected_code (currency));
  g_assert_false (gtk_widget_get_sensitive (create));

  /* Senegal pays in CFA francs, chosen for the user. */
  fill_dialog (dialog, "Plan 1325", "SN");
  g_assert_cmpstr (selected_code (currency), ==, "XOF");
  g_assert_true (gtk_widget_get_sensitive (create));

  /* An end before the start. */
  gtk_editable_set_text (GTK_EDITABLE (start), "2024-06-01");
  gtk_editable_set_text (GTK_EDITABLE (end), "2024-01-31");
  g_assert_true (gtk_widget_has_css_class (end, "error"));
  g_assert_false (gtk_widget_has_css_class (start, "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==,
                   "The plan ends before it starts. Check the dates.");
  g_assert_false (gtk_widget_get_sensitive (create));

  gtk_editable_set_text (GTK_EDITABLE (end), "2026-05-31");
  g_assert_false (gtk_widget_has_css_class (end, "error"));
  g_assert_false (gtk_widget_get_visible (message));
  g_assert_true (gtk_widget_get_sensitive (create));

  /* No 31st of February. */
  gtk_editable_set_text (GTK_EDITABLE (start), "2024-02-31");
  g_assert_true (gtk_widget_has_css_class (start, "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_false (gtk_widget_get_sensitive (create));

  /* Empty dates are allowed: not decided yet. */
  gtk_editable_set_text (GTK_EDITABLE (start), "");
  gtk_editable_set_text (GTK_EDITABLE (end), "");
  g_assert_false (gtk_widget_has_css_class (start, "error"));
  g_assert_true (gtk_widget_get_sensitive (create));

  /* Without a country, nothing. */
  gtk_drop_down_set_selected (country, GTK_INVALID_LIST_POSITION);
  g_assert_false (gtk_widget_get_sensitive (create));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
count_created (NapNewPlanDialog *dialog,
               NapProject       *project,
               guint            *count)
{
  g_assert_true (NAP_IS_PROJECT (project));
  (*count)++;
}

static void
test_new_plan_create (void)
{
  NapNewPlanDialog *dialog = nap_new_plan_dialog_new (NULL);
  g_autofree char *base = g_build_filename (tmp_dir, "created", NULL);
  g_autofree char *path = g_build_filename (tmp_dir, "created.nap", NULL);
  g_autoptr(NapProject) project = NULL;
  g_autoptr(NapProject) again = NULL;
  g_autoptr(GError) error = NULL;
  guint created = 0;
  NapPlan *plan;

  g_signal_connect (dialog, "created", G_CALLBACK (count_created), &created);
  fill_dialog (dialog, "  Cameroon NAP  ", "CM");
  gtk_editable_set_text (DIALOG_CHILD (dialog, "start_entry"), "2025-01-01");
  g_assert_cmpstr (selected_code (DIALOG_CHILD (dialog, "currency_dropdown")), ==, "XAF");

  /* ".nap" is added. */
  project = nap_new_plan_dialog_create_at (dialog, base, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);
  g_assert_cmpuint (created, ==, 1);
  g_assert_cmpstr (nap_project_get_path (project), ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  plan = nap_project_get_plan (project);
  g_assert_cmpstr (nap_plan_get_title (plan), ==, "Cameroon NAP");
  g_assert_cmpstr (nap_plan_get_country (plan), ==, "CM");
  g_assert_cmpstr (nap_plan_get_currency (plan), ==, "XAF");
  g_assert_cmpstr (nap_plan_get_period_start (plan), ==, "2025-01-01");
  g_assert_null (nap_plan_get_period_end (plan));

  /* An existing file is never replaced. */
  again = nap_new_plan_dialog_create_at (dialog, path, &error);
  g_assert_null (again);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_EXISTS);
  g_assert_cmpuint (created, ==, 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int ret;

  tmp_dir = g_dir_make_tmp ("nap-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  /* The example goes into the user's data folder: keep it in ours. */
  data_home = g_build_filename (tmp_dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  app = gui_test_application_new ();

  g_test_add_func ("/window/welcome", test_window_welcome);
  g_test_add_func ("/window/open", test_window_open);
  g_test_add_func ("/window/read-only", test_window_read_only);
  g_test_add_func ("/window/open-error", test_window_open_error);
  g_test_add_func ("/window/recent", test_window_recent);
  g_test_add_func ("/window/size", test_window_size);
  g_test_add_func ("/window/example", test_window_example);
  g_test_add_func ("/window/xml", test_window_xml);
  g_test_add_func ("/window/xml-read-only", test_window_xml_read_only);
  g_test_add_func ("/new-plan-dialog/validation", test_new_plan_validation);
  g_test_add_func ("/new-plan-dialog/create", test_new_plan_create);

  ret = g_test_run ();

  g_clear_object (&app);
  nap_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
