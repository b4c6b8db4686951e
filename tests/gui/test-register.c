/* test-register.c: the register of recommendations and the figures page
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gui-test-util.h"
#include "nap-consultation-overview.h"
#include "nap-recommendation-register.h"

typedef struct
{
  char *dir;
  char *path;
  NapProject *project;
  GtkWindow *window;
  NapRecommendationRegister *register_;
  NapConsultationOverview *overview;
  NapObjective *prevention;
  NapObjective *protection;
  NapConsultation *mopti;
  NapConsultation *bamako;
  NapRecommendation *pending;
  char *shown;              /* what win.show-record was asked to show */
} Fixture;

static NapRecommendation *
recommend (Fixture         *f,
           NapConsultation *session,
           const char      *text,
           NapResponse      status,
           NapObjective    *concerned)
{
  g_autoptr(GError) error = NULL;
  NapRecommendation *added = nap_project_add_recommendation (f->project, session, text, &error);

  g_assert_no_error (error);
  nap_test_ok (nap_project_set_int (f->project, NAP_RECORD (added), "status", status, &error), error);
  if (concerned != NULL)
    nap_test_ok (nap_project_link_recommendation (f->project, added, concerned, TRUE, &error), error);
  return added;
}

static void
show_record_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       data)
{
  Fixture *f = data;

  g_free (f->shown);
  f->shown = g_variant_dup_string (parameter, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSimpleActionGroup) win = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show_record = g_simple_action_new ("show-record", G_VARIANT_TYPE_STRING);
  GtkWidget *box;
  NapObjective *alert, *legal_aid;

  f->dir = nap_test_make_dir ("nap-test-register-XXXXXX", "plan.nap", &f->path);
  f->project = nap_test_create_plan (f->path, "Mali 2012-2014", "ML", "XOF", NULL, NULL);
  f->prevention = nap_project_add_objective (f->project, NULL, -1, "Prevention", &error);
  alert = nap_project_add_objective (f->project, f->prevention, -1, "Early warning", &error);
  f->protection = nap_project_add_objective (f->project, NULL, -1, "Protection", &error);
  legal_aid = nap_project_add_objective (f->project, f->protection, -1, "Legal aid", &error);
  g_assert_no_error (error);

  f->mopti = nap_project_add_consultation (f->project, "Atelier de Mopti", &error);
  nap_test_ok (nap_project_set_string (f->project, NAP_RECORD (f->mopti), "start-date", "2012-04-03", &error), error);
  nap_test_ok (nap_project_set_string (f->project, NAP_RECORD (f->mopti), "region", "Mopti", &error), error);
  nap_test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), "women", 31, &error), error);
  nap_test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), "men", 9, &error), error);
  nap_test_ok (nap_project_set_group_count (f->project, f->mopti, "Youth", 12, &error), error);
  f->bamako = nap_project_add_consultation (f->project, "Audition à Bamako", &error);
  nap_test_ok (nap_project_set_string (f->project, NAP_RECORD (f->bamako), "start-date", "2012-05-10", &error), error);
  nap_test_ok (nap_project_set_string (f->project, NAP_RECORD (f->bamako), "region", "ML-BKO", &error), error);

  f->pending = recommend (f, f->mopti, "Train mediators in every cercle", NAP_RESPONSE_PENDING, alert);
  recommend (f, f->mopti, "A free hotline for alerts", NAP_RESPONSE_PARTLY_ACCEPTED, legal_aid);
  recommend (f, f->bamako, "Mobile legal clinics", NAP_RESPONSE_ACCEPTED, legal_aid);
  recommend (f, f->bamako, "Publish the team's answers", NAP_RESPONSE_PENDING, NULL);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 700);
  g_signal_connect (show_record, "activate", G_CALLBACK (show_record_cb), f);
  g_action_map_add_action (G_ACTION_MAP (win), G_ACTION (show_record));
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (win));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  f->register_ = NAP_RECOMMENDATION_REGISTER (nap_recommendation_register_new ());
  f->overview = NAP_CONSULTATION_OVERVIEW (nap_consultation_overview_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (f->register_), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->register_));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->overview));
  gtk_window_set_child (f->window, box);
  nap_recommendation_register_set_project (f->register_, f->project);
  nap_consultation_overview_set_project (f->overview, f->project);
  gtk_window_present (f->window);
  gui_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (f->register_)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  gui_test_flush_events ();
  nap_test_remove_plan (&f->project, &f->dir, &f->path);
  g_free (f->shown);
}

/* Template children of the register and of the overview. */
#define child(f, name) gui_test_child ((f)->register_, NAP_TYPE_RECOMMENDATION_REGISTER, (name))

#define overview_child(f, name) gui_test_child ((f)->overview, NAP_TYPE_CONSULTATION_OVERVIEW, (name))

static guint
n_rows (Fixture *f)
{
  GtkColumnView *view = child (f, "column_view");

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
}

static NapRecommendation *
row (Fixture *f,
     guint    position)
{
  GtkColumnView *view = child (f, "column_view");
  NapRecommendation *item = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), position);

  g_object_unref (item); /* the project keeps it */
  return item;
}

/* The labels of the response toggles, "All 4|Pending 2|..." */
static char *
toggle_labels (Fixture *f)
{
  GtkWidget *box = child (f, "status_box");
  GString *labels = g_string_new (NULL);

  for (GtkWidget *c = gtk_widget_get_first_child (box); c != NULL; c = gtk_widget_get_next_sibling (c))
    g_string_append_printf (labels, "%s%s", labels->len > 0 ? "|" : "", gtk_button_get_label (GTK_BUTTON (c)));
  return g_string_free (labels, FALSE);
}

static GtkToggleButton *
toggle (Fixture *f,
        guint    index)
{
  GtkWidget *c = gtk_widget_get_first_child (child (f, "status_box"));

  for (guint i = 0; i < index; i++)
    c = gtk_widget_get_next_sibling (c);
  return GTK_TOGGLE_BUTTON (c);
}

static const char *
page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (child (f, "stack"));
}

static const char *
choice (GtkDropDown *dropdown,
        guint        position)
{
  GtkStringList *labels = GTK_STRING_LIST (gtk_drop_down_get_model (dropdown));

  return gtk_string_list_get_string (labels, position);
}

static void
test_lists_all (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *labels = toggle_labels (f);

  g_assert_cmpuint (n_rows (f), ==, 4);
  g_assert_cmpstr (page (f), ==, "list");
  g_assert_cmpstr (labels, ==, "All 4|Pending 2|Taken up 1|Partly taken up 1|Not taken up 0");
  g_assert_cmpstr (choice (child (f, "pillar_dropdown"), 1), ==, "1 Prevention");
  g_assert_cmpstr (choice (child (f, "pillar_dropdown"), 3), ==, "Concerning no objective");
  g_assert_cmpstr (choice (child (f, "session_dropdown"), 2), ==, "Audition à Bamako");
  /* A region stored as its code is offered by its name. */
  g_assert_cmpstr (choice (child (f, "region_dropdown"), 2), ==, "Bamako");
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *labels = NULL;

  gtk_toggle_button_set_active (toggle (f, 1), TRUE);
  g_assert_cmpuint (n_rows (f), ==, 2);
  g_assert_true (row (f, 0) == f->pending);

  /* Under a pillar, the toggles count what that pillar holds. */
  gtk_drop_down_set_selected (child (f, "pillar_dropdown"), 2);
  g_assert_cmpuint (n_rows (f), ==, 0);
  g_assert_cmpstr (page (f), ==, "no-match");
  labels = toggle_labels (f);
  g_assert_cmpstr (labels, ==, "All 2|Pending 0|Taken up 1|Partly taken up 1|Not taken up 0");
  gtk_toggle_button_set_active (toggle (f, 0), TRUE);
  g_assert_cmpuint (n_rows (f), ==, 2);
  g_assert_cmpstr (page (f), ==, "list");

  gtk_drop_down_set_selected (child (f, "pillar_dropdown"), 3);
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_cmpstr (nap_recommendation_get_text (row (f, 0)), ==, "Publish the team's answers");
  gtk_drop_down_set_selected (child (f, "pillar_dropdown"), 0);

  gtk_drop_down_set_selected (child (f, "session_dropdown"), 1);
  g_assert_cmpuint (n_rows (f), ==, 2);
  gtk_drop_down_set_selected (child (f, "session_dropdown"), 0);

  gtk_drop_down_set_selected (child (f, "region_dropdown"), 2);
  g_assert_cmpuint (n_rows (f), ==, 2);
  g_assert_true (nap_recommendation_get_consultation (row (f, 0)) == f->bamako);
  gtk_drop_down_set_selected (child (f, "region_dropdown"), 0);

  gtk_editable_set_text (GTK_EDITABLE (child (f, "search_entry")), "LEGAL clinics");
  /* The search entry waits for typing to pause. */
  gui_test_wait_until (n_rows (f) == 1);
  g_assert_cmpstr (nap_recommendation_get_text (row (f, 0)), ==, "Mobile legal clinics");
}

static void
test_follows_edits (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *labels = NULL;
  g_autofree char *after_merge = NULL;

  gtk_toggle_button_set_active (toggle (f, 1), TRUE);
  nap_test_ok (nap_project_set_int (f->project, NAP_RECORD (f->pending), "status", NAP_RESPONSE_ACCEPTED, &error), error);
  gui_test_wait_until (n_rows (f) == 1);
  labels = toggle_labels (f);
  g_assert_cmpstr (labels, ==, "All 4|Pending 1|Taken up 2|Partly taken up 1|Not taken up 0");

  /* A new session's recommendation shows at once, with its session offered. */
  {
    NapConsultation *gao = nap_project_add_consultation (f->project, "Focus group à Gao", &error);

    g_assert_no_error (error);
    recommend (f, gao, "Shelters in Gao", NAP_RESPONSE_PENDING, NULL);
    gui_test_wait_until (n_rows (f) == 2
                         && g_strcmp0 (choice (child (f, "session_dropdown"), 3), "Focus group à Gao") == 0);
    nap_test_ok (nap_project_delete_record (f->project, NAP_RECORD (gao), &error), error);
    gui_test_wait_until (n_rows (f) == 1);
  }

  /* Around a merge the window lets go of the plan, then gives it back. */
  gtk_drop_down_set_selected (child (f, "session_dropdown"), 2);
  nap_recommendation_register_set_project (f->register_, NULL);
  g_assert_cmpuint (n_rows (f), ==, 0);
  g_assert_cmpstr (page (f), ==, "empty");
  g_assert_cmpuint (gtk_drop_down_get_selected (child (f, "session_dropdown")), ==, 0);
  nap_test_ok (nap_project_reload (f->project, &error), error);
  nap_recommendation_register_set_project (f->register_, f->project);
  gui_test_wait_until (n_rows (f) == 1);
  after_merge = toggle_labels (f);
  g_assert_cmpstr (after_merge, ==, "All 4|Pending 1|Taken up 2|Partly taken up 1|Not taken up 0");
}

/* The response and the reason are edited in the row. */
static void
test_edit_in_place (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *view = child (f, "column_view");
  GtkDropDown *response;
  GtkWidget *reason;

  /* One row, so that the cells found are that row's. */
  gtk_toggle_button_set_active (toggle (f, 1), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (child (f, "search_entry")), "mediators");
  gui_test_wait_until (n_rows (f) == 1);
  g_assert_true (row (f, 0) == f->pending);
  /* The row's cells come with the column view's next layout. */
  gui_test_wait_until (gui_test_find_type (view, GTK_TYPE_DROP_DOWN) != NULL && gui_test_find_type (view, GTK_TYPE_ENTRY) != NULL);
  response = GTK_DROP_DOWN (gui_test_find_type (view, GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (response);
  g_assert_cmpuint (gtk_drop_down_get_selected (response), ==, NAP_RESPONSE_PENDING);

  reason = gui_test_find_type (view, GTK_TYPE_ENTRY);
  g_assert_nonnull (reason);
  gtk_widget_grab_focus (reason);
  gtk_editable_set_text (GTK_EDITABLE (reason), "Action 1.1 of the plan");
  /* What Enter does: the text inside the entry activates. */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (reason)), "activate");
  g_assert_cmpstr (nap_recommendation_get_response (f->pending), ==, "Action 1.1 of the plan");

  gtk_drop_down_set_selected (response, NAP_RESPONSE_ACCEPTED);
  g_assert_cmpint (nap_recommendation_get_status (f->pending), ==, NAP_RESPONSE_ACCEPTED);
  /* Answered, it leaves the pending ones. */
  gui_test_wait_until (n_rows (f) == 0);
  gtk_toggle_button_set_active (toggle (f, 2), TRUE);
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_true (row (f, 0) == f->pending);
}

static gboolean
is_session_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && !GTK_IS_TOGGLE_BUTTON (widget)
         && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget)));
}

#define find_session_button(root) gui_test_find_widget ((root), is_session_button, NULL)

static void
test_opens_session (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *view = child (f, "column_view");
  NapConsultation *shown;
  GtkWidget *button;

  g_signal_emit_by_name (view, "activate", 2);
  g_assert_cmpstr (f->shown, ==, nap_record_get_uuid (NAP_RECORD (nap_recommendation_get_consultation (row (f, 2)))));

  /* The session cell is a button that shows the session it names. */
  g_clear_pointer (&f->shown, g_free);
  button = find_session_button (view);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (f->shown);
  shown = NAP_CONSULTATION (nap_project_lookup_uuid (f->project, f->shown));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)))), ==,
                   nap_consultation_get_title (shown));
}

static const char *
label_text (Fixture    *f,
            const char *name)
{
  return gtk_label_get_label (overview_child (f, name));
}

static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (label_text (f, "sessions_label"), ==, "2");
  g_assert_cmpstr (label_text (f, "regions_label"), ==, "2");
  g_assert_cmpstr (adw_action_row_get_subtitle (overview_child (f, "regions_row")), ==, "Mopti, Bamako");
  g_assert_cmpstr (label_text (f, "women_label"), ==, "31");
  g_assert_cmpstr (label_text (f, "total_label"), ==, "40");
  g_assert_cmpstr (label_text (f, "share_label"), ==, "77.5%");
  g_assert_cmpfloat (gtk_level_bar_get_value (overview_child (f, "share_bar")), ==, 775);
  g_assert_cmpstr (label_text (f, "recommendations_label"), ==, "4");
  g_assert_false (gtk_widget_get_visible (overview_child (f, "no_groups_row")));

  /* After an edit, and with nobody counted: no share rather than 0 %. */
  nap_test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), "women", 0, &error), error);
  nap_test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), "men", 0, &error), error);
  g_assert_cmpstr (label_text (f, "total_label"), ==, "0");
  g_assert_cmpstr (label_text (f, "share_label"), ==, "—");
  g_assert_cmpstr (adw_action_row_get_subtitle (overview_child (f, "share_row")), ==, "No participants counted yet");

  nap_consultation_overview_set_project (f->overview, NULL);
  g_assert_cmpstr (label_text (f, "sessions_label"), ==, "0");
  g_assert_true (gtk_widget_get_visible (overview_child (f, "no_groups_row")));
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/register/lists-all", test_lists_all),
    NAP_TEST_CASE ("/register/filters", test_filters),
    NAP_TEST_CASE ("/register/follows-edits", test_follows_edits),
    NAP_TEST_CASE ("/register/edit-in-place", test_edit_in_place),
    NAP_TEST_CASE ("/register/opens-session", test_opens_session),
    NAP_TEST_CASE ("/overview/figures", test_overview),
  };

  gui_test_init (&argc, &argv);
  NAP_TEST_ADD_CASES (Fixture, fixture_set_up, fixture_tear_down, cases);

  return g_test_run ();
}
