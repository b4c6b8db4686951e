/* test-consultations-view.c: the session log of the Consultations view
 *
 * Drives the log as a facilitator would, through its actions, search and
 * the session cons_test_editor, and checks the sessions in memory and in the file.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "consultations-test-common.h"

/* Tests */

static GListModel *
log_rows (Fixture *fixture)
{
  GtkColumnView *view = gui_test_child (fixture->view, NAP_TYPE_CONSULTATIONS_VIEW, "column_view");

  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static char *
log_titles (Fixture *fixture)
{
  GListModel *rows = log_rows (fixture);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(NapConsultation) consultation = g_list_model_get_item (rows, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", nap_consultation_get_title (consultation));
    }
  return g_string_free (out, FALSE);
}

static void
test_add_and_edit (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkStack *list_stack = gui_test_child (fixture->view, NAP_TYPE_CONSULTATIONS_VIEW, "list_stack");
  GtkLabel *end_error = cons_test_field (fixture, "end_error");
  NapConsultation *session;
  g_autoptr(NapProject) copy = NULL;
  g_autofree char *saved_time = NULL;
  NapConsultation *saved;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "empty");

  /* Add Session selects the new session and puts the cursor in its title. */
  cons_test_activate (fixture, "sessions.add");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
  session = nap_consultation_editor_get_consultation (cons_test_editor (fixture));
  g_assert_nonnull (session);
  g_assert_cmpuint (g_list_model_get_n_items (log_rows (fixture)), ==, 1);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (cons_test_field (fixture, "title_row"))));

  gui_test_type_and_enter (cons_test_field (fixture, "title_row"), "Consultation nationale de la société civile");
  g_assert_cmpstr (nap_consultation_get_title (session), ==, "Consultation nationale de la société civile");

  /* Dates typed the French way are stored, and shown, as ISO 8601.
   * (gtk_test_init() chose en_US, where 04/10/2011 is April 10.)
   */
  saved_time = g_strdup (setlocale (LC_TIME, NULL));
  g_assert_nonnull (setlocale (LC_TIME, "fr_FR.UTF-8"));
  gui_test_type_and_enter (cons_test_field (fixture, "start_row"), "04/10/2011");
  g_assert_cmpstr (nap_consultation_get_start_date (session), ==, "2011-10-04");
  g_assert_cmpstr (gtk_editable_get_text (cons_test_field (fixture, "start_row")), ==, "2011-10-04");

  /* An end before the start is flagged and not saved. */
  gui_test_type_and_enter (cons_test_field (fixture, "end_row"), "2011-10-01");
  g_assert_null (nap_consultation_get_end_date (session));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (end_error)));
  g_assert_true (gtk_widget_has_css_class (cons_test_field (fixture, "end_row"), "error"));
  gui_test_type_and_enter (cons_test_field (fixture, "end_row"), "6/10/2011");
  g_assert_cmpstr (nap_consultation_get_end_date (session), ==, "2011-10-06");
  setlocale (LC_TIME, saved_time);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (end_error)));

  /* Something that is no date stays in the cons_test_field, explained. */
  gui_test_type_and_enter (cons_test_field (fixture, "start_row"), "le 4 octobre");
  g_assert_cmpstr (nap_consultation_get_start_date (session), ==, "2011-10-04");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (cons_test_field (fixture, "start_error"))));
  gui_test_type_and_enter (cons_test_field (fixture, "start_row"), "2011-10-04");

  gui_test_type_and_enter (cons_test_field (fixture, "place_row"), "Centre international de conférences de Bamako");
  gui_test_type_and_enter (cons_test_field (fixture, "region_row"), "Bamako");
  gui_test_type_and_enter (cons_test_field (fixture, "language_row"), "Bambara, français");
  gui_test_type_and_enter (cons_test_field (fixture, "facilitator_row"), "Ministère de la Promotion de la Femme");
  cons_test_type_count (cons_test_field (fixture, "women_spin"), "64");
  cons_test_type_count (cons_test_field (fixture, "men_spin"), "21");
  cons_test_type_count (cons_test_field (fixture, "other_spin"), "2");
  g_assert_cmpstr (gtk_label_get_text (cons_test_field (fixture, "total_label")), ==, "87");
  adw_combo_row_set_selected (cons_test_field (fixture, "format_row"), NAP_CONSULTATION_FORMAT_HEARING);
  gui_test_flush_events ();

  /* Notes are saved when the field loses the focus. */
  gtk_widget_grab_focus (GTK_WIDGET (cons_test_field (fixture, "notes_view")));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (cons_test_field (fixture, "notes_view")),
                            "Trois jours d’ateliers.\nSynthèse en plénière.", -1);
  gtk_widget_grab_focus (GTK_WIDGET (cons_test_field (fixture, "title_row")));
  gui_test_flush_events ();

  copy = nap_test_reopen (fixture->path);
  saved = cons_test_file_session (copy, 0);
  g_assert_cmpstr (nap_consultation_get_title (saved), ==, "Consultation nationale de la société civile");
  g_assert_cmpstr (nap_consultation_get_start_date (saved), ==, "2011-10-04");
  g_assert_cmpstr (nap_consultation_get_end_date (saved), ==, "2011-10-06");
  g_assert_cmpstr (nap_consultation_get_place (saved), ==, "Centre international de conférences de Bamako");
  g_assert_cmpstr (nap_consultation_get_region (saved), ==, "Bamako");
  g_assert_cmpstr (nap_consultation_get_language (saved), ==, "Bambara, français");
  g_assert_cmpstr (nap_consultation_get_facilitator (saved), ==, "Ministère de la Promotion de la Femme");
  g_assert_cmpint (nap_consultation_get_women (saved), ==, 64);
  g_assert_cmpint (nap_consultation_get_men (saved), ==, 21);
  g_assert_cmpint (nap_consultation_get_other (saved), ==, 2);
  g_assert_cmpint (nap_consultation_get_format (saved), ==, NAP_CONSULTATION_FORMAT_HEARING);
  g_assert_cmpstr (nap_consultation_get_notes (saved), ==, "Trois jours d’ateliers.\nSynthèse en plénière.");
}

static void
test_select (Fixture       *fixture,
             gconstpointer  data)
{
  NapConsultation *kayes = cons_test_add_session (fixture, "Atelier régional de Kayes", "2011-09-20", "Kayes");
  NapConsultation *segou = cons_test_add_session (fixture, "Audition publique à Ségou", "2011-09-27", "Ségou");
  GtkSearchEntry *search = gui_test_child (fixture->view, NAP_TYPE_CONSULTATIONS_VIEW, "search_entry");
  GtkStack *pages = gui_test_child (fixture->view, NAP_TYPE_CONSULTATIONS_VIEW, "pages");
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.nap", NULL);
  g_autoptr(NapProject) other = NULL;
  NapConsultation *foreign;

  /* The search finds by place, ignoring case and accents. */
  gtk_editable_set_text (GTK_EDITABLE (search), "segou");
  g_signal_emit_by_name (search, "search-changed");
  gui_test_flush_events ();
  {
    g_autofree char *titles = log_titles (fixture);
    g_assert_cmpstr (titles, ==, "Audition publique à Ségou");
  }

  /* Selecting a session the search hides clears the search. */
  gtk_stack_set_visible_child_name (pages, "figures");
  g_assert_true (nap_consultations_view_select (fixture->view, kayes));
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages), ==, "sessions");
  g_assert_true (nap_consultation_editor_get_consultation (cons_test_editor (fixture)) == kayes);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (cons_test_field (fixture, "title_row")), ==, "Atelier régional de Kayes");

  g_assert_true (nap_consultations_view_select (fixture->view, segou));
  g_assert_true (nap_consultation_editor_get_consultation (cons_test_editor (fixture)) == segou);

  /* A session of another plan is not in this log. */
  other = nap_project_create (other_path, "Autre", "ML", "XOF", NULL, NULL, &error);
  g_assert_no_error (error);
  foreign = nap_project_add_consultation (other, "Ailleurs", &error);
  g_assert_no_error (error);
  g_assert_false (nap_consultations_view_select (fixture->view, foreign));
  g_assert_true (nap_consultation_editor_get_consultation (cons_test_editor (fixture)) == segou);
  g_clear_object (&other);
  g_unlink (other_path);

  /* Around a merge the window lets go of the plan and shows it again: the
   * same session stays selected.
   */
  nap_consultations_view_set_project (fixture->view, NULL);
  g_assert_null (nap_consultation_editor_get_consultation (cons_test_editor (fixture)));
  nap_consultations_view_set_project (fixture->view, fixture->project);
  gui_test_flush_events ();
  g_assert_true (nap_consultation_editor_get_consultation (cons_test_editor (fixture)) == segou);
}

static void
test_list_follows (Fixture       *fixture,
                   gconstpointer  data)
{
  NapConsultation *kayes = cons_test_add_session (fixture, "Kayes", "2011-09-20", "Kayes");
  NapConsultation *bamako = cons_test_add_session (fixture, "Bamako", "2011-10-04", "Bamako");
  NapConsultation *mopti = cons_test_add_session (fixture, "Mopti", "2011-08-30", "Mopti");
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) copy = NULL;
  GtkWindow *dialog;

  /* By date at first. */
  {
    g_autofree char *titles = log_titles (fixture);
    g_assert_cmpstr (titles, ==, "Mopti|Kayes|Bamako");
  }

  /* A session moves when its date changes, and stays selected. */
  g_assert_true (nap_consultations_view_select (fixture->view, kayes));
  gui_test_type_and_enter (cons_test_field (fixture, "start_row"), "2011-12-01");
  {
    g_autofree char *titles = log_titles (fixture);
    g_assert_cmpstr (titles, ==, "Mopti|Bamako|Kayes");
  }
  g_assert_true (nap_consultation_editor_get_consultation (cons_test_editor (fixture)) == kayes);

  /* The row shows the counts as they are typed. */
  cons_test_type_count (cons_test_field (fixture, "women_spin"), "11");
  g_assert_nonnull (nap_project_add_recommendation (fixture->project, kayes, "Traduire le plan en bambara", &error));
  g_assert_no_error (error);
  gui_test_flush_events ();

  /* A session without recommendations goes at once. */
  g_assert_true (nap_consultations_view_select (fixture->view, mopti));
  cons_test_activate (fixture, "sessions.delete");
  g_assert_null (gui_test_find_message_dialog (NULL));
  {
    g_autofree char *titles = log_titles (fixture);
    g_assert_cmpstr (titles, ==, "Bamako|Kayes");
  }
  g_assert_nonnull (nap_consultation_editor_get_consultation (cons_test_editor (fixture)));

  /* One with recommendations asks first. */
  g_assert_true (nap_consultations_view_select (fixture->view, kayes));
  cons_test_activate (fixture, "sessions.delete");
  dialog = gui_test_find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Delete “Kayes” and its recommendations?");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (fixture->project)), ==, 2);

  cons_test_activate (fixture, "sessions.delete");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (gui_test_find_message_dialog (NULL)), "delete");
  gui_test_flush_events ();
  {
    g_autofree char *titles = log_titles (fixture);
    g_assert_cmpstr (titles, ==, "Bamako");
  }
  g_assert_true (nap_consultation_editor_get_consultation (cons_test_editor (fixture)) == bamako);

  /* A session added by a merge or elsewhere shows up. */
  cons_test_add_session (fixture, "Koulikoro", "2011-07-01", "Koulikoro");
  {
    g_autofree char *titles = log_titles (fixture);
    g_assert_cmpstr (titles, ==, "Koulikoro|Bamako");
  }

  copy = nap_test_reopen (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (copy)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/consultations/add-and-edit", Fixture, NULL, cons_test_fixture_set_up, test_add_and_edit, cons_test_fixture_tear_down);
  g_test_add ("/consultations/select", Fixture, NULL, cons_test_fixture_set_up, test_select, cons_test_fixture_tear_down);
  g_test_add ("/consultations/list-follows", Fixture, NULL, cons_test_fixture_set_up, test_list_follows, cons_test_fixture_tear_down);

  return g_test_run ();
}

