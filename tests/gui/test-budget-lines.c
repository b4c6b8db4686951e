/* test-budget-lines.c: the budget lines of an objective, edited in place
 *
 * Types into the cells of the objective editor's budget lines as a user
 * would and checks what the plan holds, in memory and in its file.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "budget-test-common.h"
#include "nap-budget-line-list.h"
#include "nap-error.h"
#include "nap-iso-codes.h"
#include "nap-money.h"

typedef BudgetFixture Fixture;

/* The cells of one row, in column order. */
typedef struct
{
  GtkEditable *label;
  GtkEditable *year;
  GtkEditable *amount;
  GtkDropDown *currency;
  GtkDropDown *funder;
  GtkDropDown *status;
} Row;

static NapBudgetLineList *
list (Fixture *fixture)
{
  return NAP_BUDGET_LINE_LIST (fixture->widget);
}

/* A template child of the list. */
#define part(fixture, name) gui_test_child ((fixture)->widget, NAP_TYPE_BUDGET_LINE_LIST, (name))

static Row
row (Fixture *fixture,
     guint    index)
{
  GtkWidget *view = part (fixture, "column_view");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) dropdowns = NULL;
  Row r;

  /* The row's cells are made when the column view is next laid out. */
  gui_test_wait_until (gui_test_count_all (view, GTK_TYPE_ENTRY) >= 3 * (index + 1)
                       && gui_test_count_all (view, GTK_TYPE_DROP_DOWN) >= 3 * (index + 1));
  entries = gui_test_find_all (view, GTK_TYPE_ENTRY);
  dropdowns = gui_test_find_all (view, GTK_TYPE_DROP_DOWN);
  r.label = g_ptr_array_index (entries, 3 * index);
  r.year = g_ptr_array_index (entries, 3 * index + 1);
  r.amount = g_ptr_array_index (entries, 3 * index + 2);
  r.currency = g_ptr_array_index (dropdowns, 3 * index);
  r.funder = g_ptr_array_index (dropdowns, 3 * index + 1);
  r.status = g_ptr_array_index (dropdowns, 3 * index + 2);
  return r;
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (fixture->widget, action, NULL));
  gui_test_flush_events ();
}

static NapBudgetLine *
line_at (NapObjective *objective,
         guint         index)
{
  g_autoptr(NapBudgetLine) line = g_list_model_get_item (nap_objective_get_budget_lines (objective), index);

  g_assert_nonnull (line);
  return line;
}

/* The lines of the same action in the file, as saved. */
static GListModel *
saved_lines (NapProject   *copy,
             NapObjective *objective)
{
  NapRecord *record = nap_project_lookup_uuid (copy, nap_record_get_uuid (NAP_RECORD (objective)));

  g_assert_true (NAP_IS_OBJECTIVE (record));
  return nap_objective_get_budget_lines (NAP_OBJECTIVE (record));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  budget_test_set_up (fixture, "budget-lines");
  budget_test_show (fixture, nap_budget_line_list_new ());
  nap_budget_line_list_set_objective (list (fixture), fixture->project, fixture->actions[0]);
  gui_test_flush_events ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  budget_test_tear_down (fixture);
}

/* Tests */

static void
test_add_and_edit (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkStack *stack = part (fixture, "stack");
  GListModel *lines = nap_objective_get_budget_lines (fixture->actions[0]);
  g_autoptr(NapProject) copy = NULL;
  g_autoptr(NapBudgetLine) saved = NULL;
  NapBudgetLine *line;
  GtkWidget *focus;
  Row r;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_false (gtk_widget_get_visible (part (fixture, "costing_group")));

  activate (fixture, "budget.add");
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "lines");
  line = line_at (fixture->actions[0], 0);
  /* A new line is in the plan currency, selected, and its label is where
   * the cursor is.
   */
  g_assert_cmpstr (nap_budget_line_get_currency (line), ==, "XOF");
  g_assert_true (nap_budget_line_list_get_selected (list (fixture)) == line);
  r = row (fixture, 0);
  /* Tab skips widgets that are not drawn yet: on a busy machine the new
   * row's cells may take a few frames to be mapped, and the label takes
   * the focus once it is.
   */
  gui_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (r.year))
                       && gtk_widget_get_mapped (GTK_WIDGET (r.amount))
                       && gtk_widget_get_mapped (GTK_WIDGET (r.currency))
                       && (focus = gtk_root_get_focus (GTK_ROOT (fixture->window))) != NULL
                       && gtk_widget_is_ancestor (focus, GTK_WIDGET (r.label)));

  /* The cells are on the keyboard's path, one after the other. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (r.year)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (r.amount)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus != NULL && (focus == GTK_WIDGET (r.currency)
                                   || gtk_widget_is_ancestor (focus, GTK_WIDGET (r.currency))));

  gui_test_type_and_enter (r.label, "Ateliers régionaux");
  gui_test_type_and_enter (r.year, "2026");
  gui_test_type_and_enter (r.amount, "1 250 000");
  g_assert_cmpstr (nap_budget_line_get_label (line), ==, "Ateliers régionaux");
  g_assert_cmpint (nap_budget_line_get_year (line), ==, 2026);
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 1250000);
  /* Shown back as the locale writes it. */
  g_assert_cmpstr (gtk_editable_get_text (r.amount), ==, "1,250,000");

  /* Status and funder from their drop-downs. */
  gtk_drop_down_set_selected (r.status, NAP_FUNDING_STATUS_PLEDGED);
  gui_test_flush_events ();
  g_assert_cmpint (nap_budget_line_get_status (line), ==, NAP_FUNDING_STATUS_PLEDGED);
  {
    g_autoptr(GError) error = NULL;
    NapActor *donor = nap_project_add_actor (fixture->project, "Coopération suisse", NAP_ACTOR_KIND_DONOR, &error);

    g_assert_no_error (error);
    gui_test_flush_events ();
    /* "None" first, then the plan's actors. */
    g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (r.funder)), ==, 2);
    gtk_drop_down_set_selected (r.funder, 1);
    gui_test_flush_events ();
    g_assert_cmpint (nap_budget_line_get_funder_id (line), ==, nap_record_get_id (NAP_RECORD (donor)));
  }

  copy = nap_test_reopen (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (saved_lines (copy, fixture->actions[0])), ==, 1);
  saved = g_list_model_get_item (saved_lines (copy, fixture->actions[0]), 0);
  g_assert_cmpstr (nap_budget_line_get_label (saved), ==, "Ateliers régionaux");
  g_assert_cmpint (nap_budget_line_get_amount (saved), ==, 1250000);
  g_assert_cmpint (nap_budget_line_get_status (saved), ==, NAP_FUNDING_STATUS_PLEDGED);
  g_assert_cmpint (nap_budget_line_get_funder_id (saved), !=, 0);
}

static void
test_refuse_decimals (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkLabel *error_label = part (fixture, "error_label");
  g_autoptr(GError) expected = NULL;
  g_autoptr(NapProject) copy = NULL;
  g_autoptr(NapBudgetLine) saved = NULL;
  NapBudgetLine *line;
  gint64 ignored;
  Row r;

  line = nap_test_add_budget_line (fixture->project, fixture->actions[0], "Experts", 125050, "USD",
                                   NAP_FUNDING_STATUS_UNFUNDED);
  gui_test_flush_events ();
  r = row (fixture, 0);
  g_assert_cmpstr (gtk_editable_get_text (r.amount), ==, "1,250.50");

  /* Marked as soon as it is typed, before Enter, with the reason. */
  gtk_widget_grab_focus (GTK_WIDGET (r.amount));
  gtk_editable_set_text (r.amount, "12.345");
  g_assert_false (nap_money_parse ("12.345", "USD", &ignored, &expected));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (r.amount), "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_text (error_label), ==, expected->message);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (r.amount)), ==, expected->message);

  /* Enter does not save it; the text stays to be corrected. */
  g_signal_emit_by_name (r.amount, "activate");
  gui_test_flush_events ();
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 125050);
  g_assert_cmpstr (gtk_editable_get_text (r.amount), ==, "12.345");
  copy = nap_test_reopen (fixture->path);
  saved = g_list_model_get_item (saved_lines (copy, fixture->actions[0]), 0);
  g_assert_cmpint (nap_budget_line_get_amount (saved), ==, 125050);

  /* Text that is not an amount at all. */
  gtk_editable_set_text (r.amount, "douze");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (r.amount), "error"));

  /* Corrected, the mark goes and the amount is saved. */
  gui_test_type_and_enter (r.amount, "12.34");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (r.amount), "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 1234);
}

static void
test_year_outside_period (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkLabel *period_label = part (fixture, "period_label");
  NapBudgetLine *line;
  Row r;

  line = nap_test_add_budget_line (fixture->project, fixture->actions[0], "Suivi", 1000, NULL, NAP_FUNDING_STATUS_SECURED);
  gui_test_flush_events ();
  r = row (fixture, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (period_label)));

  /* Flagged, not refused: the plan runs 2025-2030. */
  gui_test_type_and_enter (r.year, "2032");
  g_assert_cmpint (nap_budget_line_get_year (line), ==, 2032);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (r.year), "warning"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (period_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (period_label), "2032"));
  g_assert_nonnull (strstr (gtk_label_get_text (period_label), "2025–2030"));

  /* Not a year at all: refused. */
  gui_test_type_and_enter (r.year, "20x6");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (r.year), "error"));
  g_assert_cmpint (nap_budget_line_get_year (line), ==, 2032);

  gui_test_type_and_enter (r.year, "2027");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (r.year), "warning"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (r.year), "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (period_label)));
  g_assert_cmpint (nap_budget_line_get_year (line), ==, 2027);

  /* An empty year is no year. */
  gui_test_type_and_enter (r.year, "");
  g_assert_cmpint (nap_budget_line_get_year (line), ==, 0);
}

static void
test_costing (Fixture       *fixture,
              gconstpointer  data)
{
  AdwEntryRow *unit_cost = part (fixture, "unit_cost_row");
  AdwEntryRow *quantity = part (fixture, "quantity_row");
  AdwEntryRow *frequency = part (fixture, "frequency_row");
  GtkLabel *costing_error = part (fixture, "costing_error");
  NapBudgetLine *line;
  Row r;

  line = nap_test_add_budget_line (fixture->project, fixture->actions[0], "Per diem", 5000, NULL, NAP_FUNDING_STATUS_UNFUNDED);
  gui_test_flush_events ();
  g_assert_true (gtk_widget_get_visible (part (fixture, "costing_group")));
  r = row (fixture, 0);
  g_assert_true (gtk_editable_get_editable (r.amount));

  gui_test_type_and_enter (GTK_EDITABLE (unit_cost), "25 000");
  /* Without a quantity the amount is still typed. */
  g_assert_cmpint (nap_budget_line_get_unit_cost (line), ==, 25000);
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 5000);

  gui_test_type_and_enter (GTK_EDITABLE (quantity), "40");
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 1000000);
  gui_test_type_and_enter (GTK_EDITABLE (frequency), "3");
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 3000000);
  g_assert_cmpstr (gtk_editable_get_text (r.amount), ==, "3,000,000");
  g_assert_false (gtk_editable_get_editable (r.amount));

  /* A product past the gint64 boundary is refused, not wrapped. */
  gui_test_type_and_enter (GTK_EDITABLE (quantity), "9223372036854775");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (costing_error)));
  g_assert_cmpint (nap_budget_line_get_quantity (line), ==, 40);
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 3000000);

  /* Without a quantity, the amount can be typed again. */
  gui_test_type_and_enter (GTK_EDITABLE (quantity), "");
  g_assert_cmpint (nap_budget_line_get_quantity (line), ==, 0);
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 3000000);
  g_assert_true (gtk_editable_get_editable (r.amount));
}

static guint
currency_position (const char *code)
{
  GListModel *currencies = nap_iso_codes_get_currencies ();

  for (guint i = 0; i < g_list_model_get_n_items (currencies); i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (currencies, i);

      if (g_str_equal (nap_iso_entry_get_code (entry), code))
        return i;
    }
  g_assert_not_reached ();
}

static void
test_currency (Fixture       *fixture,
               gconstpointer  data)
{
  NapBudgetLine *line;
  Row r;

  line = nap_test_add_budget_line (fixture->project, fixture->actions[0], "Matériel", 1250, NULL, NAP_FUNDING_STATUS_UNFUNDED);
  gui_test_flush_events ();
  r = row (fixture, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (r.currency), ==, currency_position ("XOF"));

  /* The amount keeps reading the same: 1 250 XOF becomes 1 250.00 EUR. */
  gtk_drop_down_set_selected (r.currency, currency_position ("EUR"));
  gui_test_flush_events ();
  g_assert_cmpstr (nap_budget_line_get_currency (line), ==, "EUR");
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 125000);
  g_assert_cmpstr (gtk_editable_get_text (r.amount), ==, "1,250.00");

  /* 12.34 EUR has no XOF writing: refused, the drop-down goes back. */
  gui_test_type_and_enter (r.amount, "12.34");
  gtk_drop_down_set_selected (r.currency, currency_position ("XOF"));
  gui_test_flush_events ();
  g_assert_cmpstr (nap_budget_line_get_currency (line), ==, "EUR");
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 1234);
  g_assert_cmpuint (gtk_drop_down_get_selected (r.currency), ==, currency_position ("EUR"));
}

static void
test_duplicate_and_delete (Fixture       *fixture,
                           gconstpointer  data)
{
  GListModel *lines = nap_objective_get_budget_lines (fixture->actions[0]);
  NapBudgetLine *first, *copy;
  g_autoptr(GError) error = NULL;

  first = nap_test_add_budget_line (fixture->project, fixture->actions[0], "Ateliers", 300000, NULL, NAP_FUNDING_STATUS_PLEDGED);
  nap_project_set_int (fixture->project, NAP_RECORD (first), "year", 2026, &error);
  g_assert_no_error (error);
  gui_test_flush_events ();

  nap_budget_line_list_select (list (fixture), 0);
  activate (fixture, "budget.duplicate");
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 2);
  copy = line_at (fixture->actions[0], 1);
  g_assert_true (copy != first);
  g_assert_cmpstr (nap_budget_line_get_label (copy), ==, "Ateliers");
  g_assert_cmpint (nap_budget_line_get_amount (copy), ==, 300000);
  g_assert_cmpint (nap_budget_line_get_year (copy), ==, 2026);
  g_assert_cmpint (nap_budget_line_get_status (copy), ==, NAP_FUNDING_STATUS_PLEDGED);
  g_assert_true (nap_budget_line_list_get_selected (list (fixture)) == copy);

  /* Delete removes the selected line, from the file too. */
  activate (fixture, "budget.delete");
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 1);
  g_assert_true (line_at (fixture->actions[0], 0) == first);
  {
    g_autoptr(NapProject) saved = nap_test_reopen (fixture->path);

    g_assert_cmpuint (g_list_model_get_n_items (saved_lines (saved, fixture->actions[0])), ==, 1);
  }

  activate (fixture, "budget.delete");
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 0);
  {
    g_autoptr(GPtrArray) buttons = gui_test_find_all (fixture->widget, GTK_TYPE_BUTTON);

    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "budget.delete") == 0)
        g_assert_false (gtk_widget_get_sensitive (g_ptr_array_index (buttons, i)));
  }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (part (fixture, "stack")), ==, "empty");
}

static void
test_switch_objective_saves (Fixture       *fixture,
                             gconstpointer  data)
{
  NapBudgetLine *line;
  Row r;

  line = nap_test_add_budget_line (fixture->project, fixture->actions[0], "Transport", 100, NULL, NAP_FUNDING_STATUS_UNFUNDED);
  gui_test_flush_events ();
  r = row (fixture, 0);

  /* Typed, not entered: going to another objective saves it. */
  gtk_editable_set_text (r.amount, "75 000");
  nap_budget_line_list_set_objective (list (fixture), fixture->project, fixture->actions[1]);
  gui_test_flush_events ();
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, 75000);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (part (fixture, "stack")), ==, "empty");
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/budget-lines/add-and-edit", test_add_and_edit),
    NAP_TEST_CASE ("/budget-lines/refuse-decimals", test_refuse_decimals),
    NAP_TEST_CASE ("/budget-lines/year-outside-period", test_year_outside_period),
    NAP_TEST_CASE ("/budget-lines/costing", test_costing),
    NAP_TEST_CASE ("/budget-lines/currency", test_currency),
    NAP_TEST_CASE ("/budget-lines/duplicate-and-delete", test_duplicate_and_delete),
    NAP_TEST_CASE ("/budget-lines/switch-objective-saves", test_switch_objective_saves),
  };

  gui_test_init (&argc, &argv);
  NAP_TEST_ADD_CASES (Fixture, fixture_set_up, fixture_tear_down, cases);

  return g_test_run ();
}
