/* test-consultation-editor.c: a session's counts, groups and recommendations
 *
 * The session editor of the Consultations view: counts that refuse
 * negatives, the groups and their flag, the objective picker, the
 * recommendations and their answers, organisations, calendar and regions.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "consultations-test-common.h"
#include "nap-actor-list.h"
#include "nap-date-row.h"
#include "nap-objective-picker.h"
#include "nap-participant-groups.h"
#include "nap-search-popover.h"

/* Tests */

static void
test_date_parse (void)
{
  const struct { const char *text; const char *format; const char *iso; } cases[] = {
    { "12/03/2025", "%d/%m/%Y", "2025-03-12" },
    { "12/03/2025", "%m/%d/%Y", "2025-12-03" },
    { "2025-03-12", "%m/%d/%Y", "2025-03-12" },
    { "2025-3-9", "%d/%m/%Y", "2025-03-09" },
    { " 4.10.11 ", "%d.%m.%y", "2011-10-04" },
    { "١٢/٠٣/٢٠٢٥", "%d/%m/%Y", "2025-03-12" },
    { "2011年10月04日", "%Y年%m月%d日", "2011-10-04" },
    { "", "%d/%m/%Y", "" },
    { "   ", "%d/%m/%Y", "" },
    { "31/02/2025", "%d/%m/%Y", NULL },
    { "12/13/2025", "%d/%m/%Y", NULL },
    { "12 March 2025", "%d/%m/%Y", NULL },
    { "12/03", "%d/%m/%Y", NULL },
    { "12/03/2025/1", "%d/%m/%Y", NULL },
    { "12/03/202", "%d/%m/%Y", NULL },
    { "0/03/2025", "%d/%m/%Y", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = nap_date_row_parse (cases[i].text, cases[i].format);

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }

  {
    g_autofree char *example = nap_date_row_format_example ("%d/%m/%Y");
    g_assert_cmpstr (example, ==, "31/03/2026");
  }
}

/* The order of a typed date follows the LC_TIME locale (compiled for the
 * tests, see tests/core/locale).
 */
static void
test_date_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));
  g_autofree char *french = NULL;
  g_autofree char *american = NULL;

  g_assert_nonnull (setlocale (LC_TIME, "fr_FR.UTF-8"));
  g_assert_cmpstr (nap_date_row_get_local_format (), ==, "%d/%m/%Y");
  french = nap_date_row_parse ("12/03/2025", NULL);
  g_assert_cmpstr (french, ==, "2025-03-12");

  g_assert_nonnull (setlocale (LC_TIME, "en_US.UTF-8"));
  g_assert_cmpstr (nap_date_row_get_local_format (), ==, "%m/%d/%Y");
  american = nap_date_row_parse ("12/03/2025", NULL);
  g_assert_cmpstr (american, ==, "2025-12-03");

  setlocale (LC_TIME, saved);
}

static void
test_counts_refuse_negatives (Fixture       *fixture,
                              gconstpointer  data)
{
  NapConsultation *session = cons_test_add_session (fixture, "Atelier de Mopti", "2011-11-02", "Mopti");
  GtkSpinButton *women = cons_test_field (fixture, "women_spin");
  NapParticipantGroups *groups = cons_test_field (fixture, "groups");
  GtkSpinButton *youth;
  g_autoptr(NapProject) copy = NULL;

  g_assert_true (nap_consultations_view_select (fixture->view, session));
  cons_test_type_count (women, "30");
  g_assert_cmpint (nap_consultation_get_women (session), ==, 30);

  /* A minus sign cannot be typed into a count... */
  cons_test_type_count (women, "-12");
  g_assert_cmpint (nap_consultation_get_women (session), >=, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (women), >=, 0);
  /* ...nor does the field go below 0 with its buttons or keys. */
  cons_test_type_count (women, "0");
  gtk_spin_button_spin (women, GTK_SPIN_STEP_BACKWARD, 1);
  gui_test_flush_events ();
  g_assert_cmpint (nap_consultation_get_women (session), ==, 0);

  youth = nap_participant_groups_get_spin_button (groups, "youth");
  g_assert_nonnull (youth);
  cons_test_type_count (youth, "-3");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (youth), >=, 0);

  copy = nap_test_reopen (fixture->path);
  g_assert_cmpint (nap_consultation_get_women (cons_test_file_session (copy, 0)), ==, 0);
  for (guint i = 0; i < nap_consultation_get_groups (cons_test_file_session (copy, 0))->len; i++)
    g_assert_cmpint (((NapParticipantGroup *) g_ptr_array_index (nap_consultation_get_groups (cons_test_file_session (copy, 0)), i))->count, >=, 0);
}

static int
group_count (NapConsultation *consultation,
             const char      *name)
{
  GPtrArray *groups = nap_consultation_get_groups (consultation);

  for (guint i = 0; i < groups->len; i++)
    {
      NapParticipantGroup *group = g_ptr_array_index (groups, i);

      if (g_str_equal (group->name, name))
        return group->count;
    }
  return -1;
}

static void
test_groups (Fixture       *fixture,
             gconstpointer  data)
{
  NapConsultation *session = cons_test_add_session (fixture, "Groupe de discussion à Gao", "2011-11-15", "Gao");
  NapParticipantGroups *groups = cons_test_field (fixture, "groups");
  g_autoptr(NapProject) copy = NULL;

  g_assert_true (nap_consultations_view_select (fixture->view, session));
  cons_test_type_count (cons_test_field (fixture, "women_spin"), "8");
  cons_test_type_count (cons_test_field (fixture, "men_spin"), "4");

  /* The three groups good practice counts are always offered. */
  g_assert_nonnull (nap_participant_groups_get_spin_button (groups, "youth"));
  g_assert_nonnull (nap_participant_groups_get_spin_button (groups, "displaced persons"));
  g_assert_nonnull (nap_participant_groups_get_spin_button (groups, "persons with disabilities"));
  /* Untouched, they are not stored: nobody counted them. */
  g_assert_cmpuint (nap_consultation_get_groups (session)->len, ==, 0);

  cons_test_type_count (nap_participant_groups_get_spin_button (groups, "displaced persons"), "5");
  g_assert_cmpint (group_count (session, "displaced persons"), ==, 5);
  g_assert_false (cons_test_is_visible_label_with (GTK_WIDGET (groups), "displaced persons"));

  /* More youth than participants in all is flagged. */
  cons_test_type_count (nap_participant_groups_get_spin_button (groups, "youth"), "15");
  g_assert_cmpint (group_count (session, "youth"), ==, 15);
  /* The sentence names the group as the editor shows it, translated. */
  g_assert_true (cons_test_is_visible_label_with (GTK_WIDGET (groups), "group “Youth”"));
  g_assert_true (cons_test_is_visible_label_with (GTK_WIDGET (groups), "12"));
  /* The flag goes once the counts agree. */
  cons_test_type_count (cons_test_field (fixture, "men_spin"), "7");
  g_assert_false (cons_test_is_visible_label_with (GTK_WIDGET (groups), "group “Youth”"));

  /* A group of the user's own. */
  g_assert_true (nap_participant_groups_add (groups, "  Chefs coutumiers "));
  g_assert_cmpint (group_count (session, "Chefs coutumiers"), ==, 0);
  cons_test_type_count (nap_participant_groups_get_spin_button (groups, "Chefs coutumiers"), "3");
  g_assert_cmpint (group_count (session, "Chefs coutumiers"), ==, 3);
  /* The same name again goes to that group. */
  g_assert_true (nap_participant_groups_add (groups, "chefs coutumiers"));
  g_assert_cmpuint (nap_consultation_get_groups (session)->len, ==, 3);

  copy = nap_test_reopen (fixture->path);
  g_assert_cmpint (group_count (cons_test_file_session (copy, 0), "youth"), ==, 15);
  g_assert_cmpint (group_count (cons_test_file_session (copy, 0), "displaced persons"), ==, 5);
  g_assert_cmpint (group_count (cons_test_file_session (copy, 0), "Chefs coutumiers"), ==, 3);
}

static void
test_picker (Fixture       *fixture,
             gconstpointer  data)
{
  NapObjectivePicker *picker = NAP_OBJECTIVE_PICKER (nap_objective_picker_new ());
  NapSearchPopover *popover = nap_objective_picker_get_popover (picker);
  g_autoptr(GListStore) excluded = g_list_store_new (NAP_TYPE_OBJECTIVE);
  GListModel *matches = nap_search_popover_get_matches (popover);
  NapObjective *chosen = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (picker));
  gtk_window_set_child (window, box);
  gtk_window_present (window);
  nap_objective_picker_set_project (picker, fixture->project);
  nap_objective_picker_set_excluded (picker, G_LIST_MODEL (excluded));
  g_signal_connect_swapped (picker, "objective-chosen", G_CALLBACK (g_set_object), &chosen);
  nap_objective_picker_popup (picker);
  gui_test_flush_events ();

  /* The whole tree, in outline order. */
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 4);

  /* By code: from its start. */
  nap_search_popover_set_search (popover, "1.1");
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 2);
  {
    g_autoptr(NapObjective) first = g_list_model_get_item (matches, 0);
    g_autoptr(NapObjective) second = g_list_model_get_item (matches, 1);
    g_assert_true (first == fixture->objective);
    g_assert_true (second == fixture->action);
  }

  /* By title: a word, ignoring case and accents. */
  nap_search_popover_set_search (popover, "JURIDIQUE");
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);
  nap_search_popover_set_search (popover, "prevention");
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 2);
  nap_search_popover_set_search (popover, "budget");
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 0);

  /* Objectives already chosen are not offered again. */
  g_list_store_append (excluded, fixture->objective);
  nap_objective_picker_popup (picker);
  gui_test_flush_events ();
  nap_search_popover_set_search (popover, "1.1");
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);

  /* Enter takes the highlighted match. */
  g_signal_emit_by_name (gui_test_child (popover, NAP_TYPE_SEARCH_POPOVER, "search_entry"), "activate");
  gui_test_flush_events ();
  g_assert_true (chosen == fixture->action);
  g_clear_object (&chosen);
  gtk_window_destroy (window);
}

static void
test_recommendations (Fixture       *fixture,
                      gconstpointer  data)
{
  NapConsultation *session = cons_test_add_session (fixture, "Consultation nationale", "2011-10-04", "Bamako");
  NapRecommendationRow *row;
  NapRecommendation *recommendation;
  NapSearchPopover *popover;
  g_autoptr(GPtrArray) for_objective = NULL;
  g_autoptr(NapProject) copy = NULL;
  g_autoptr(NapRecommendation) saved = NULL;

  g_assert_true (nap_consultations_view_select (fixture->view, session));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cons_test_editor (fixture)), "editor.add-recommendation", NULL));
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (nap_consultation_get_recommendations (session)), ==, 1);
  row = cons_test_recommendation_row (fixture, 0);
  recommendation = nap_recommendation_row_get_recommendation (row);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), GTK_WIDGET (row)));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (gui_test_child (row, NAP_TYPE_RECOMMENDATION_ROW, "text_view")),
                            "Associer les associations de femmes rurales au suivi du plan", -1);
  g_assert_true (nap_recommendation_row_flush (row));
  g_assert_cmpstr (nap_recommendation_get_text (recommendation), ==,
                   "Associer les associations de femmes rurales au suivi du plan");

  /* Link it to 1.1 through the picker, as typed. The popover itself is
   * tried in /consultations/picker: here the row is below the bottom of
   * the test's window, where a popover cannot open.
   */
  popover = nap_objective_picker_get_popover (gui_test_child (row, NAP_TYPE_RECOMMENDATION_ROW, "picker"));
  nap_objective_picker_reload (gui_test_child (row, NAP_TYPE_RECOMMENDATION_ROW, "picker"));
  nap_search_popover_set_search (popover, "1.1");
  g_assert_true (nap_search_popover_choose (popover, 0));
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (nap_recommendation_get_objectives (recommendation)), ==, 1);
  for_objective = nap_project_list_recommendations_for (fixture->project, fixture->objective);
  g_assert_cmpuint (for_objective->len, ==, 1);
  g_assert_true (g_ptr_array_index (for_objective, 0) == recommendation);
  /* 1.1 is shown, with a link to it in the Plan view. */
  g_assert_true (cons_test_is_visible_label_with (gui_test_child (row, NAP_TYPE_RECOMMENDATION_ROW, "objective_list"),
                                        "1.1 Renforcer les politiques de prévention"));

  /* The response and its reason. */
  gtk_drop_down_set_selected (gui_test_child (row, NAP_TYPE_RECOMMENDATION_ROW, "status_dropdown"), NAP_RESPONSE_ACCEPTED);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (gui_test_child (row, NAP_TYPE_RECOMMENDATION_ROW, "reason_view")),
                            "Repris dans l’action 1.1.1", -1);
  g_assert_true (nap_recommendation_row_flush (row));
  g_assert_cmpint (nap_recommendation_get_status (recommendation), ==, NAP_RESPONSE_ACCEPTED);

  /* A second one, deleted again: the first keeps its number. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cons_test_editor (fixture)), "editor.add-recommendation", NULL));
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (nap_consultation_get_recommendations (session)), ==, 2);
  g_signal_emit_by_name (gui_test_child (cons_test_recommendation_row (fixture, 1), NAP_TYPE_RECOMMENDATION_ROW, "delete_button"),
                         "clicked");
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (nap_consultation_get_recommendations (session)), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (gui_test_child (cons_test_recommendation_row (fixture, 0), NAP_TYPE_RECOMMENDATION_ROW, "heading")),
                   ==, "Recommendation 1");

  copy = nap_test_reopen (fixture->path);
  saved = g_list_model_get_item (nap_consultation_get_recommendations (cons_test_file_session (copy, 0)), 0);
  g_assert_cmpstr (nap_recommendation_get_text (saved), ==, "Associer les associations de femmes rurales au suivi du plan");
  g_assert_cmpint (nap_recommendation_get_status (saved), ==, NAP_RESPONSE_ACCEPTED);
  g_assert_cmpstr (nap_recommendation_get_response (saved), ==, "Repris dans l’action 1.1.1");
  g_assert_cmpuint (g_list_model_get_n_items (nap_recommendation_get_objectives (saved)), ==, 1);
  {
    g_autoptr(NapObjective) linked = g_list_model_get_item (nap_recommendation_get_objectives (saved), 0);
    g_assert_cmpstr (nap_record_get_uuid (NAP_RECORD (linked)), ==, nap_record_get_uuid (NAP_RECORD (fixture->objective)));
  }

  /* Removing the objective from it. */
  {
    GtkWidget *remove = NULL;
    GtkWidget *list = gui_test_child (cons_test_recommendation_row (fixture, 0), NAP_TYPE_RECOMMENDATION_ROW, "objective_list");
    GtkListBoxRow *chip = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);

    remove = gtk_widget_get_last_child (gtk_list_box_row_get_child (chip));
    g_assert_true (GTK_IS_BUTTON (remove));
    g_signal_emit_by_name (remove, "clicked");
    gui_test_flush_events ();
    g_assert_cmpuint (g_list_model_get_n_items (nap_recommendation_get_objectives (recommendation)), ==, 0);
  }
}

static void
test_organisations (Fixture       *fixture,
                    gconstpointer  data)
{
  NapConsultation *session = cons_test_add_session (fixture, "Atelier de Sikasso", "2011-10-18", "Sikasso");
  g_autoptr(GError) error = NULL;
  NapActor *wildaf;

  wildaf = nap_project_add_actor (fixture->project, "WILDAF Mali", NAP_ACTOR_KIND_CIVIL_SOCIETY, &error);
  g_assert_no_error (error);
  g_assert_true (nap_consultations_view_select (fixture->view, session));

  /* From the plan's actors, ignoring case, or a new one. */
  g_assert_true (nap_actor_list_add_by_name (cons_test_field (fixture, "organisations"), "wildaf mali"));
  g_assert_true (nap_actor_list_add_by_name (cons_test_field (fixture, "organisations"), "Réseau Paix et Sécurité des Femmes"));
  g_assert_cmpuint (g_list_model_get_n_items (nap_consultation_get_organisations (session)), ==, 2);
  {
    g_autoptr(NapActor) first = g_list_model_get_item (nap_consultation_get_organisations (session), 0);
    g_assert_true (first == wildaf);
  }
  g_assert_nonnull (nap_project_find_actor_by_name (fixture->project, "Réseau Paix et Sécurité des Femmes"));
}

static void
test_calendar_and_region (Fixture       *fixture,
                          gconstpointer  data)
{
  NapConsultation *gao = cons_test_add_session (fixture, "Gao", "2011-11-15", "Gao");
  NapConsultation *session = cons_test_add_session (fixture, "Atelier de Mopti", "2011-11-02", "Sévaré");
  GtkMenuButton *calendar_button;
  GtkCalendar *calendar;
  NapSearchPopover *regions;
  g_autoptr(GDateTime) day = g_date_time_new_local (2011, 11, 3, 0, 0, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (gao), "region", "Région de Gao", &error));
  /* Chosen from a list elsewhere, a region may be stored as its code. */
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (session), "region", "ML-5", &error));
  g_assert_true (nap_consultations_view_select (fixture->view, session));
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_editable_get_text (cons_test_field (fixture, "region_row")), ==, "Mopti");

  /* A day picked in the calendar is the end date at once. */
  calendar_button = GTK_MENU_BUTTON (gui_test_find_type (cons_test_field (fixture, "end_row"), GTK_TYPE_MENU_BUTTON));
  g_assert_nonnull (calendar_button);
  gtk_menu_button_popup (calendar_button);
  gui_test_flush_events ();
  calendar = GTK_CALENDAR (gtk_popover_get_child (gtk_menu_button_get_popover (calendar_button)));
  gtk_calendar_select_day (calendar, day);
  gui_test_flush_events ();
  g_assert_cmpstr (nap_consultation_get_end_date (session), ==, "2011-11-03");
  g_assert_cmpstr (gtk_editable_get_text (cons_test_field (fixture, "end_row")), ==, "2011-11-03");
  gtk_menu_button_popdown (calendar_button);
  gui_test_flush_events ();

  /* The same day of another month is a choice too, although GTK 4.8
   * emits no "day-selected" for it; the month arrows only browse.
   */
  gtk_menu_button_popup (calendar_button);
  gui_test_flush_events ();
  {
    g_autoptr(GDateTime) shown = gtk_calendar_get_date (calendar);
    g_autoptr(GDateTime) december = g_date_time_new_local (2011, 12, 3, 0, 0, 0);
    GtkWidget *previous_month = gui_test_find_type (GTK_WIDGET (calendar), GTK_TYPE_BUTTON);

    g_assert_cmpint (g_date_time_get_month (shown), ==, 11);
    gtk_calendar_select_day (calendar, december);
    gui_test_flush_events ();
    g_assert_cmpstr (nap_consultation_get_end_date (session), ==, "2011-12-03");
    g_assert_cmpstr (gtk_editable_get_text (cons_test_field (fixture, "end_row")), ==, "2011-12-03");

    g_assert_nonnull (previous_month);
    g_signal_emit_by_name (previous_month, "clicked");
    gui_test_flush_events ();
    g_date_time_unref (shown);
    shown = gtk_calendar_get_date (calendar);
    g_assert_cmpint (g_date_time_get_month (shown), ==, 11);
    g_assert_cmpstr (nap_consultation_get_end_date (session), ==, "2011-12-03");
  }
  gtk_menu_button_popdown (calendar_button);

  /* The regions offered: those the plan's sessions name, then Mali's. */
  regions = cons_test_field (fixture, "region_popover");
  gtk_menu_button_popup (GTK_MENU_BUTTON (gui_test_find_type (cons_test_field (fixture, "region_row"), GTK_TYPE_MENU_BUTTON)));
  gui_test_flush_events ();
  {
    GListModel *matches = nap_search_popover_get_matches (regions);
    g_autoptr(GtkStringObject) first = g_list_model_get_item (matches, 0);
    g_autoptr(GtkStringObject) second = g_list_model_get_item (matches, 1);

    g_assert_cmpstr (gtk_string_object_get_string (first), ==, "Mopti");
    g_assert_cmpstr (gtk_string_object_get_string (second), ==, "Région de Gao");
    /* Mopti once; Bamako, Kayes, Kidal... of iso-codes after. */
    g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 12);
  }
  nap_search_popover_set_search (regions, "segou");
  g_assert_cmpuint (g_list_model_get_n_items (nap_search_popover_get_matches (regions)), ==, 1);
  g_assert_true (nap_search_popover_choose (regions, 0));
  gui_test_flush_events ();
  g_assert_cmpstr (nap_consultation_get_region (session), ==, "Ségou");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/consultations/date-parse", test_date_parse);
  g_test_add_func ("/consultations/date-locale", test_date_locale);
  g_test_add ("/consultations/counts-refuse-negatives", Fixture, NULL, cons_test_fixture_set_up,
              test_counts_refuse_negatives, cons_test_fixture_tear_down);
  g_test_add ("/consultations/groups", Fixture, NULL, cons_test_fixture_set_up, test_groups, cons_test_fixture_tear_down);
  g_test_add ("/consultations/picker", Fixture, NULL, cons_test_fixture_set_up, test_picker, cons_test_fixture_tear_down);
  g_test_add ("/consultations/recommendations", Fixture, NULL, cons_test_fixture_set_up, test_recommendations,
              cons_test_fixture_tear_down);
  g_test_add ("/consultations/calendar-and-region", Fixture, NULL, cons_test_fixture_set_up, test_calendar_and_region,
              cons_test_fixture_tear_down);
  g_test_add ("/consultations/organisations", Fixture, NULL, cons_test_fixture_set_up, test_organisations,
              cons_test_fixture_tear_down);

  return g_test_run ();
}

