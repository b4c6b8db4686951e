/* test-budget-view.c: every budget line of the plan, its totals and chart
 *
 * The view over a small plan: its list follows edits made anywhere, the
 * filters reduce it, the totals it shows are NapBudgetTotals' to the
 * minor unit, and the CSV export writes a file.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "budget-test-common.h"
#include "nap-budget-chart.h"
#include "nap-budget-line-list.h"
#include "nap-budget-view.h"
#include "nap-money.h"

typedef struct
{
  BudgetFixture base;
  NapBudgetLine *workshops;   /* 1 250 000 XOF, unfunded, 2026, pillar 1 */
  NapBudgetLine *experts;     /* 1 000.00 EUR, secured, 2027, pillar 1, funded by the EU */
  NapBudgetLine *quotas;      /* 500 000 XOF, pledged, 2026, pillar 2 */
  NapActor *donor;
} Fixture;

static NapBudgetView *
view (Fixture *fixture)
{
  return NAP_BUDGET_VIEW (fixture->base.widget);
}

/* A template child of the view. */
#define part(fixture, name) gui_test_child ((fixture)->base.widget, NAP_TYPE_BUDGET_VIEW, (name))

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (nap_budget_view_get_lines (view (fixture)));
}

/* Runs what the view does in idle time after an edit. */
static void
settle (void)
{
  gui_test_flush_events ();
}

static void
set_int (Fixture       *fixture,
         NapBudgetLine *line,
         const char    *property,
         gint64         value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nap_project_set_int (fixture->base.project, NAP_RECORD (line), property, value, &error));
  g_assert_no_error (error);
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  g_autoptr(GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BudgetFixture *base = &fixture->base;
  g_autoptr(GError) error = NULL;

  budget_test_set_up (base, "budget-view");
  fixture->donor = nap_project_add_actor (base->project, "Union européenne", NAP_ACTOR_KIND_DONOR, &error);
  g_assert_no_error (error);

  fixture->workshops = nap_test_add_budget_line (base->project, base->actions[0], "Ateliers", 1250000, "XOF",
                                                 NAP_FUNDING_STATUS_UNFUNDED);
  set_int (fixture, fixture->workshops, "year", 2026);
  fixture->experts = nap_test_add_budget_line (base->project, base->actions[0], "Expertise", 100000, "EUR",
                                               NAP_FUNDING_STATUS_SECURED);
  set_int (fixture, fixture->experts, "year", 2027);
  set_int (fixture, fixture->experts, "funder-id", nap_record_get_id (NAP_RECORD (fixture->donor)));
  fixture->quotas = nap_test_add_budget_line (base->project, base->actions[2], "Plaidoyer", 500000, "XOF",
                                              NAP_FUNDING_STATUS_PLEDGED);
  set_int (fixture, fixture->quotas, "year", 2026);

  budget_test_show (base, nap_budget_view_new ());
  nap_budget_view_set_project (view (fixture), base->project);
  settle ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  budget_test_tear_down (&fixture->base);
}

/* Tests */

static void
test_follows_edits (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *column_view = part (fixture, "column_view");
  NapBudgetLine *line;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (n_shown (fixture), ==, 3);
  gui_test_wait_until (has_label (column_view, "1,250,000"));
  gui_test_wait_until (has_label (column_view, "Union européenne"));
  /* Each line says which objective it belongs to. */
  gui_test_wait_until (has_label (column_view, "1.1.1"));
  gui_test_wait_until (has_label (column_view, "Former les formatrices"));

  /* An amount edited elsewhere shows at once. */
  set_int (fixture, fixture->workshops, "amount", 2000000);
  gui_test_flush_events ();
  gui_test_wait_until (has_label (column_view, "2,000,000"));
  gui_test_wait_until (!has_label (column_view, "1,250,000"));

  /* A line added to any objective, even a new one, joins the list. */
  {
    NapObjective *objective = nap_project_add_objective (fixture->base.project, fixture->base.pillars[1],
                                                         -1, "Nouvelle action", &error);

    g_assert_no_error (error);
    line = nap_test_add_budget_line (fixture->base.project, objective, "Transport", 42000, "XOF", NAP_FUNDING_STATUS_SECURED);
  }
  settle ();
  g_assert_cmpuint (n_shown (fixture), ==, 4);
  gui_test_wait_until (has_label (column_view, "42,000"));

  g_assert_true (nap_project_delete_record (fixture->base.project, NAP_RECORD (line), &error));
  g_assert_no_error (error);
  settle ();
  g_assert_cmpuint (n_shown (fixture), ==, 3);

  /* Deleting an objective takes its lines along. */
  g_assert_true (nap_project_delete_objective (fixture->base.project, fixture->base.pillars[1], &error));
  settle ();
  g_assert_cmpuint (n_shown (fixture), ==, 2);
}

/* The objective editor's list and the Budget view show the same plan. */
static void
test_follows_editor (Fixture       *fixture,
                     gconstpointer  data)
{
  NapBudgetLineList *editor = NAP_BUDGET_LINE_LIST (nap_budget_line_list_new ());
  GtkWidget *window = gtk_window_new ();
  g_autoptr(GPtrArray) entries = NULL;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  nap_budget_line_list_set_objective (editor, fixture->base.project, fixture->base.actions[1]);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_flush_events ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "budget.add", NULL));
  settle ();
  g_assert_cmpuint (n_shown (fixture), ==, 4);

  gui_test_wait_until (gui_test_count_all (GTK_WIDGET (editor), GTK_TYPE_ENTRY) >= 3);
  entries = gui_test_find_all (GTK_WIDGET (editor), GTK_TYPE_ENTRY);
  gtk_editable_set_text (g_ptr_array_index (entries, 2), "333 000");
  g_signal_emit_by_name (g_ptr_array_index (entries, 2), "activate");
  settle ();
  gui_test_wait_until (has_label (part (fixture, "column_view"), "333,000"));

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_flush_events ();
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *pillar = part (fixture, "pillar_filter");
  GtkDropDown *year = part (fixture, "year_filter");
  GtkDropDown *funder = part (fixture, "funder_filter");
  GtkDropDown *status = part (fixture, "status_filter");
  GtkDropDown *currency = part (fixture, "currency_filter");
  GtkLabel *count = part (fixture, "count_label");

  g_assert_cmpstr (gtk_label_get_text (count), ==, "3 lines");

  /* "All statuses", then Secured, Pledged, Unfunded. */
  gtk_drop_down_set_selected (status, 1 + NAP_FUNDING_STATUS_SECURED);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (count), ==, "1 of 3 lines");
  /* An edit that makes a line match shows it. */
  set_int (fixture, fixture->quotas, "status", NAP_FUNDING_STATUS_SECURED);
  settle ();
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  gtk_drop_down_set_selected (status, 0);
  g_assert_cmpuint (n_shown (fixture), ==, 3);

  /* "All pillars", then the pillars. */
  gtk_drop_down_set_selected (pillar, 2);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  gtk_drop_down_set_selected (pillar, 1);
  g_assert_cmpuint (n_shown (fixture), ==, 2);

  /* Years with lines: "All years", 2026, 2027. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (year)), ==, 3);
  gtk_drop_down_set_selected (year, 1);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  gtk_drop_down_set_selected (pillar, 0);
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  gtk_drop_down_set_selected (year, 0);

  /* "All funders", "No funder", then the actors. */
  gtk_drop_down_set_selected (funder, 1);
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  gtk_drop_down_set_selected (funder, 2);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  gtk_drop_down_set_selected (funder, 0);

  /* Currencies in use: "All currencies", EUR, XOF. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (currency)), ==, 3);
  gtk_drop_down_set_selected (currency, 1);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  gtk_drop_down_set_selected (currency, 0);
  g_assert_cmpuint (n_shown (fixture), ==, 3);
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  GtkColumnView *column_view = part (fixture, "column_view");
  GtkColumnViewColumn *amount = part (fixture, "amount_column");
  GListModel *lines = nap_budget_view_get_lines (view (fixture));
  g_autoptr(NapBudgetLine) first = NULL;
  g_autoptr(NapBudgetLine) last = NULL;

  /* By worth in the plan currency: 1 000 EUR is 655 957 XOF. */
  gtk_column_view_sort_by_column (column_view, amount, GTK_SORT_ASCENDING);
  first = g_list_model_get_item (lines, 0);
  last = g_list_model_get_item (lines, 2);
  g_assert_true (first == fixture->quotas);
  g_assert_true (last == fixture->workshops);
  g_clear_object (&first);
  first = g_list_model_get_item (lines, 1);
  g_assert_true (first == fixture->experts);
}

/* The total row of @title in @list, and the text of its total. */
static const char *
row_total (GtkListBox *list,
           const char *title)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row)
        && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      {
        g_autoptr(GPtrArray) labels = gui_test_find_all (row, GTK_TYPE_LABEL);

        for (guint i = 0; i < labels->len; i++)
          if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "heading"))
            return gtk_label_get_text (g_ptr_array_index (labels, i));
      }
  return NULL;
}

static const char *
row_subtitle (GtkListBox *list,
              const char *title)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row)
        && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  return NULL;
}

static void
assert_total (GtkListBox       *list,
              const char       *title,
              NapBudgetFigures *figures)
{
  g_autofree char *expected = NULL;

  g_assert_nonnull (figures->converted);
  expected = nap_money_format (figures->converted->total, figures->converted->currency);
  g_assert_cmpstr (row_total (list, title), ==, expected);
}

static void
test_totals (Fixture       *fixture,
             gconstpointer  data)
{
  GtkListBox *pillars = part (fixture, "pillar_list");
  GtkListBox *years = part (fixture, "year_list");
  GtkListBox *funders = part (fixture, "funder_list");
  NapBudgetTotals *totals = nap_budget_view_get_totals (view (fixture));
  g_autoptr(NapBudgetFigures) pillar1 = nap_budget_totals_get_objective (totals, fixture->base.pillars[0]);
  g_autoptr(NapBudgetFigures) pillar2 = nap_budget_totals_get_objective (totals, fixture->base.pillars[1]);
  g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (totals);
  g_autoptr(NapBudgetFigures) y2026 = nap_budget_totals_get_year (totals, 2026);
  g_autoptr(NapBudgetFigures) eu = nap_budget_totals_get_funder (totals, nap_record_get_id (NAP_RECORD (fixture->donor)));
  g_autofree char *gap = NULL;

  /* 1 250 000 XOF + 1 000 EUR at 655.957 = 1 905 957 XOF. */
  g_assert_cmpint (pillar1->converted->total, ==, 1905957);
  g_assert_cmpint (pillar1->converted->gap, ==, 1250000);
  assert_total (pillars, "1 Prévention", pillar1);
  assert_total (pillars, "2 Participation", pillar2);
  assert_total (pillars, "Whole plan", plan);
  assert_total (years, "2026", y2026);
  assert_total (funders, "Union européenne", eu);
  gap = nap_money_format (1250000, "XOF");
  g_assert_nonnull (strstr (row_subtitle (pillars, "1 Prévention"), gap));
  g_assert_cmpuint (nap_budget_chart_get_n_bars (part (fixture, "chart")), ==, 2);

  /* An edit changes the figures shown. */
  set_int (fixture, fixture->workshops, "status", NAP_FUNDING_STATUS_SECURED);
  settle ();
  g_clear_pointer (&pillar1, nap_budget_figures_free);
  pillar1 = nap_budget_totals_get_objective (totals, fixture->base.pillars[0]);
  g_assert_cmpint (pillar1->converted->gap, ==, 0);
  assert_total (pillars, "1 Prévention", pillar1);

  /* A currency without a rate: shown per currency, the rate named. */
  nap_test_add_budget_line (fixture->base.project, fixture->base.actions[1], "Logiciel", 50000, "USD",
                            NAP_FUNDING_STATUS_UNFUNDED);
  settle ();
  g_clear_pointer (&pillar1, nap_budget_figures_free);
  pillar1 = nap_budget_totals_get_objective (totals, fixture->base.pillars[0]);
  g_assert_null (pillar1->converted);
  {
    g_autofree char *eur = nap_money_format (100000, "EUR");
    g_autofree char *usd = nap_money_format (50000, "USD");
    const char *shown = row_total (pillars, "1 Prévention");

    g_assert_nonnull (strstr (shown, eur));
    g_assert_nonnull (strstr (shown, usd));
    g_assert_nonnull (strstr (row_subtitle (pillars, "1 Prévention"), "USD"));
  }
  /* Pillar 2 has no USD line: it still converts. */
  assert_total (pillars, "2 Participation", pillar2);
}

static void
test_unbudgeted (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkListBox *list = part (fixture, "unbudgeted_list");
  AdwPreferencesGroup *group = part (fixture, "unbudgeted_group");
  GtkListBoxRow *row;

  /* 1.1.2 is the only action without a line. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (group)));
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "1.1.2 Campagne radio");
  /* Activating it opens the action in the Plan view. */
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "win.show-record");

  nap_test_add_budget_line (fixture->base.project, fixture->base.actions[1], "Spots", 90000, NULL, NAP_FUNDING_STATUS_UNFUNDED);
  settle ();
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (group)));
}

static void
keep_result_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

/* Exports the budget with the core's export job, and waits for it. */
static gboolean
export_to (NapBudgetView  *budget_view,
           const char     *path,
           GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  nap_budget_view_export_async (budget_view, path, keep_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return nap_budget_view_export_finish (budget_view, result, error);
}

static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, "budget.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (export_to (view (fixture), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  /* UTF-8 with a byte order mark, so that spreadsheets read the accents. */
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (contents, "Former les formatrices"));
  g_assert_nonnull (strstr (contents, "Union européenne"));
  g_unlink (path);

  /* A folder that does not exist: an error that names the file. */
  g_assert_false (export_to (view (fixture), "/nonexistent-dir/budget.csv", &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/budget-view/follows-edits", test_follows_edits),
    NAP_TEST_CASE ("/budget-view/follows-editor", test_follows_editor),
    NAP_TEST_CASE ("/budget-view/filters", test_filters),
    NAP_TEST_CASE ("/budget-view/sort", test_sort),
    NAP_TEST_CASE ("/budget-view/totals", test_totals),
    NAP_TEST_CASE ("/budget-view/unbudgeted", test_unbudgeted),
    NAP_TEST_CASE ("/budget-view/export-csv", test_export_csv),
  };

  gui_test_init (&argc, &argv);
  NAP_TEST_ADD_CASES (Fixture, fixture_set_up, fixture_tear_down, cases);

  return g_test_run ();
}
