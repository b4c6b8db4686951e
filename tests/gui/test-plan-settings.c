/* test-plan-settings.c: the plan settings dialog
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "nap-field-binding.h"
#include "nap-iso-codes.h"
#include "nap-plan-settings-dialog.h"

typedef struct
{
  char *dir;
  char *path;
  NapProject *project;
  GtkWindow *parent;
  GtkWindow *dialog;
} Fixture;

static void
flush_events (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gpointer
child (gpointer    widget,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, NAP_TYPE_PLAN_SETTINGS_DIALOG, name);

  g_assert_nonnull (object);
  return object;
}

static GtkWidget *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (root)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_entry_row (c, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwEntryRow *
entry_row (Fixture    *fixture,
           const char *title)
{
  GtkWidget *row = find_entry_row (GTK_WIDGET (fixture->dialog), title);

  g_assert_nonnull (row);
  return ADW_ENTRY_ROW (row);
}

static void
type_text (AdwEntryRow *row,
           const char  *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
type_and_enter (AdwEntryRow *row,
                const char  *text)
{
  type_text (row, text);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
  flush_events ();
}

static NapProject *
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  NapProject *project = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return project;
}

static void
open_dialog (Fixture    *fixture,
             NapProject *project)
{
  fixture->dialog = nap_plan_settings_dialog_new (fixture->parent, project);
  g_assert_true (gtk_window_get_modal (fixture->dialog));
  g_assert_true (gtk_window_get_transient_for (fixture->dialog) == fixture->parent);
  gtk_window_present (fixture->dialog);
  flush_events ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("nap-test-plan-settings-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "plan.nap", NULL);
  fixture->project = nap_project_create (fixture->path, "Plan national d’adaptation",
                                         "ML", "XOF", "2025-01-01", "2030-12-31", &error);
  g_assert_no_error (error);

  fixture->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (fixture->parent);
  open_dialog (fixture, fixture->project);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->dialog, gtk_window_destroy);
  g_clear_pointer (&fixture->parent, gtk_window_destroy);
  flush_events ();
  g_clear_object (&fixture->project);
  g_unlink (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
test_shows_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkDropDown *country = child (fixture->dialog, "country_dropdown");
  GtkDropDown *currency = child (fixture->dialog, "currency_dropdown");
  NapIsoEntry *entry;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Title"))), ==,
                   "Plan national d’adaptation");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Period Start"))), ==, "2025-01-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Period End"))), ==, "2030-12-31");

  entry = gtk_drop_down_get_selected_item (country);
  g_assert_nonnull (entry);
  g_assert_cmpstr (nap_iso_entry_get_code (entry), ==, "ML");
  entry = gtk_drop_down_get_selected_item (currency);
  g_assert_nonnull (entry);
  g_assert_cmpstr (nap_iso_entry_get_code (entry), ==, "XOF");

  /* One field per level, named as the plan names them. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Level 1"))), ==, "Pillar");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Level 3"))), ==, "Action");
  g_assert_null (find_entry_row (GTK_WIDGET (fixture->dialog), "Level 4"));
}

static void
test_title_and_levels (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(NapProject) copy = NULL;

  type_and_enter (entry_row (fixture, "Title"), "Plan national d’adaptation du Sénégal");
  g_assert_cmpstr (nap_plan_get_title (nap_project_get_plan (fixture->project)), ==,
                   "Plan national d’adaptation du Sénégal");

  /* A pause in typing saves. */
  type_text (entry_row (fixture, "Level 1"), "Axe stratégique");
  wait_ms (NAP_FIELD_BINDING_DELAY_MS + 200);
  g_assert_cmpstr (nap_project_get_level_name (fixture->project, 0), ==, "Axe stratégique");

  /* An empty level name is refused and not saved. */
  type_and_enter (entry_row (fixture, "Level 2"), "  ");
  g_assert_cmpstr (nap_project_get_level_name (fixture->project, 1), ==, "Objective");
  g_assert_true (gtk_widget_get_visible (child (fixture->dialog, "levels_error")));
  type_and_enter (entry_row (fixture, "Level 2"), "Résultat");
  g_assert_false (gtk_widget_get_visible (child (fixture->dialog, "levels_error")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.add-level", NULL));
  flush_events ();
  g_assert_cmpuint (nap_project_get_n_levels (fixture->project), ==, 4);
  type_text (entry_row (fixture, "Level 4"), "Activité");

  /* Closing the dialog saves what was being typed. */
  gtk_window_close (fixture->dialog);
  fixture->dialog = NULL;
  flush_events ();

  copy = reopen (fixture);
  g_assert_cmpstr (nap_plan_get_title (nap_project_get_plan (copy)), ==, "Plan national d’adaptation du Sénégal");
  g_assert_cmpuint (nap_project_get_n_levels (copy), ==, 4);
  g_assert_cmpstr (nap_project_get_level_name (copy, 0), ==, "Axe stratégique");
  g_assert_cmpstr (nap_project_get_level_name (copy, 1), ==, "Résultat");
  g_assert_cmpstr (nap_project_get_level_name (copy, 2), ==, "Action");
  g_assert_cmpstr (nap_project_get_level_name (copy, 3), ==, "Activité");
}

static void
test_remove_level (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint n = 3; n > 1; n--)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.remove-level", NULL));
      flush_events ();
      g_assert_cmpuint (nap_project_get_n_levels (fixture->project), ==, n - 1);
    }

  /* A plan keeps at least one level. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.remove-level", NULL);
  flush_events ();
  g_assert_cmpuint (nap_project_get_n_levels (fixture->project), ==, 1);
  g_assert_cmpstr (nap_project_get_level_name (fixture->project, 0), ==, "Pillar");
}

static void
test_period_validated (Fixture       *fixture,
                       gconstpointer  data)
{
  NapPlan *plan = nap_project_get_plan (fixture->project);

  type_and_enter (entry_row (fixture, "Period End"), "2024-12-31");
  g_assert_cmpstr (nap_plan_get_period_end (plan), ==, "2030-12-31");
  g_assert_true (gtk_widget_get_visible (child (fixture->dialog, "end_error")));

  type_and_enter (entry_row (fixture, "Period Start"), "31/12/2020");
  g_assert_cmpstr (nap_plan_get_period_start (plan), ==, "2025-01-01");

  /* Once the start is right, the end that waited for it is saved too. */
  type_and_enter (entry_row (fixture, "Period Start"), "2020-01-01");
  g_assert_cmpstr (nap_plan_get_period_start (plan), ==, "2020-01-01");
  g_assert_cmpstr (nap_plan_get_period_end (plan), ==, "2024-12-31");
  g_assert_false (gtk_widget_get_visible (child (fixture->dialog, "end_error")));
}

static void
test_choices (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *country = child (fixture->dialog, "country_dropdown");
  GtkDropDown *currency = child (fixture->dialog, "currency_dropdown");
  AdwComboRow *status = child (fixture->dialog, "status_row");
  GListModel *countries = gtk_drop_down_get_model (country);
  GListModel *currencies = gtk_drop_down_get_model (currency);
  g_autoptr(NapProject) copy = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (countries); i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (countries, i);

      if (g_str_equal (nap_iso_entry_get_code (entry), "SN"))
        gtk_drop_down_set_selected (country, i);
    }
  for (guint i = 0; i < g_list_model_get_n_items (currencies); i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (currencies, i);

      if (g_str_equal (nap_iso_entry_get_code (entry), "EUR"))
        gtk_drop_down_set_selected (currency, i);
    }
  adw_combo_row_set_selected (status, NAP_PLAN_STATUS_VALIDATED);

  copy = reopen (fixture);
  g_assert_cmpstr (nap_plan_get_country (nap_project_get_plan (copy)), ==, "SN");
  g_assert_cmpstr (nap_plan_get_currency (nap_project_get_plan (copy)), ==, "EUR");
  g_assert_cmpint (nap_plan_get_status (nap_project_get_plan (copy)), ==, NAP_PLAN_STATUS_VALIDATED);
}

static void
test_references (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkListBox *list = child (fixture->dialog, "reference_list");
  GListModel *references = nap_project_get_references (fixture->project);
  g_autoptr(NapReference) reference = NULL;

  /* A reference needs a title. */
  gtk_editable_set_text (GTK_EDITABLE (child (fixture->dialog, "new_reference_target")), "https://napcentral.org");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.add-reference", NULL));
  flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (references), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (child (fixture->dialog, "new_reference_title")), "NAP Central");
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.add-reference", NULL);
  flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (references), ==, 1);
  reference = g_list_model_get_item (references, 0);
  g_assert_cmpstr (nap_reference_get_title (reference), ==, "NAP Central");
  g_assert_cmpstr (nap_reference_get_target (reference), ==, "https://napcentral.org");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture->dialog, "new_reference_title"))), ==, "");

  /* Its row edits it in place. */
  {
    GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
    GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
    GtkWidget *title = gtk_widget_get_first_child (box);
    GtkWidget *remove = gtk_widget_get_last_child (box);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "NAP Central");
    gtk_editable_set_text (GTK_EDITABLE (title), "NAP Central (UNFCCC)");
    g_signal_emit_by_name (title, "activate");
    flush_events ();
    g_assert_cmpstr (nap_reference_get_title (reference), ==, "NAP Central (UNFCCC)");

    g_signal_emit_by_name (remove, "clicked");
    flush_events ();
    g_assert_cmpuint (g_list_model_get_n_items (references), ==, 0);
  }
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(NapProject) read_only = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&fixture->dialog, gtk_window_destroy);
  read_only = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  open_dialog (fixture, read_only);

  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (entry_row (fixture, "Title"))));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (entry_row (fixture, "Level 1"))));
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.add-level", NULL);
  flush_events ();
  g_assert_cmpuint (nap_project_get_n_levels (read_only), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plan-settings/shows-plan", test_shows_plan);
  ADD ("/plan-settings/title-and-levels", test_title_and_levels);
  ADD ("/plan-settings/remove-level", test_remove_level);
  ADD ("/plan-settings/period-validated", test_period_validated);
  ADD ("/plan-settings/choices", test_choices);
  ADD ("/plan-settings/references", test_references);
  ADD ("/plan-settings/read-only", test_read_only);
#undef ADD

  return g_test_run ();
}
