/* nap-budget-line-list.c: the budget lines of one objective, to edit in place
 *
 * A GtkColumnView over the objective's own list of lines, so that lines
 * added, duplicated or deleted show at once; the cells are in
 * nap-budget-line-cells.c. Below the list, the costing of the selected
 * line (nap-budget-line-costing.c).
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-budget-line-list"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "nap-budget-line-list-private.h"
#include "nap-checks.h"
#include "nap-currency.h"
#include "nap-money.h"
#include "nap-signal-group.h"
#include "nap-toast.h"

G_DEFINE_FINAL_TYPE (NapBudgetLineList, nap_budget_line_list, ADW_TYPE_BIN)

static void
report (NapBudgetLineList *self,
        GError            *error)
{
  nap_toast_show (GTK_WIDGET (self), error->message);
}

/* Checks shared with the cells */

gboolean
nap_budget_line_list_check_year (NapBudgetLineList  *self,
                                 const char         *text,
                                 int                *year,
                                 char              **message)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint64 number = 0;

  if (*stripped != '\0'
      && !g_ascii_string_to_unsigned (stripped, 10, 1, 9999, &number, NULL))
    {
      if (message != NULL)
        /* Translators: %s is what was typed as a year */
        *message = g_strdup_printf (_("“%s” is not a year; write it with four digits, for example 2013."),
                                    stripped);
      return FALSE;
    }
  if (year != NULL)
    *year = (int) number;
  return TRUE;
}

/**
 * nap_budget_line_list_period_warning:
 *
 * Returns: (transfer full) (nullable): why @year does not fit the plan
 *   period (the core's rule), or %NULL when it does or the plan has no
 *   period
 */
char *
nap_budget_line_list_period_warning (NapBudgetLineList *self,
                                     int                year)
{
  g_autoptr(GPtrArray) problems = NULL;

  if (self->project == NULL)
    return NULL;

  problems = nap_plan_check_year (nap_project_get_plan (self->project), year);
  return nap_problems_join (problems, "\n");
}

/* Lists the lines whose year is out of the plan period, under the list. */
static void
update_period_label (NapBudgetLineList *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GListModel *lines;
  guint n;

  if (self->objective == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->period_label), FALSE);
      return;
    }

  lines = nap_objective_get_budget_lines (self->objective);
  n = g_list_model_get_n_items (lines);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapBudgetLine) line = g_list_model_get_item (lines, i);
      g_autofree char *warning = nap_budget_line_list_period_warning (self, nap_budget_line_get_year (line));

      if (warning == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: the number of a budget line, then why its year is flagged */
      g_string_append_printf (text, _("Line %u: %s"), i + 1, warning);
    }

  gtk_label_set_text (self->period_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->period_label), text->len > 0);
}

/**
 * nap_budget_line_list_show_refusal:
 * @owner: the cell whose text is refused or fine again
 * @message: (nullable): why, or %NULL once the text is fine
 */
void
nap_budget_line_list_show_refusal (NapBudgetLineList *self,
                                   gpointer           owner,
                                   const char        *message)
{
  if (message == NULL && self->error_owner != owner)
    return;

  self->error_owner = message != NULL ? owner : NULL;
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Saving */

gboolean
nap_budget_line_list_commit (NapBudgetLineList *self,
                             NapBudgetLine     *line,
                             const char        *property,
                             gint64             value)
{
  g_autoptr(GError) error = NULL;

  if (!nap_project_set_int (self->project, NAP_RECORD (line), property, value, &error))
    {
      report (self, error);
      return FALSE;
    }
  return TRUE;
}

/* Expresses @amount, in minor units of a currency with @from decimals, in
 * one with @to decimals: the same number of major units.
 */
static gboolean
rescale (gint64  amount,
         guint   from,
         guint   to,
         gint64 *result)
{
  gint64 factor = 1;

  for (guint i = MIN (from, to); i < MAX (from, to); i++)
    factor *= 10;

  if (to >= from)
    return !__builtin_mul_overflow (amount, factor, result);
  if (amount % factor != 0)
    return FALSE;
  *result = amount / factor;
  return TRUE;
}

/**
 * nap_budget_line_list_set_currency:
 *
 * Changes the currency of @line and keeps its amount as it reads: 1 250
 * XOF becomes 1 250.00 EUR. Refused when the amount has decimals that the
 * new currency does not have.
 */
gboolean
nap_budget_line_list_set_currency (NapBudgetLineList *self,
                                   NapBudgetLine     *line,
                                   const char        *currency)
{
  const char *old = nap_budget_line_get_currency (line);
  guint from = nap_currency_get_decimals (old);
  guint to = nap_currency_get_decimals (currency);
  gint64 amount = 0, unit_cost = 0;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (old, currency) == 0)
    return TRUE;

  if (!rescale (nap_budget_line_get_amount (line), from, to, &amount)
      || !rescale (nap_budget_line_get_unit_cost (line), from, to, &unit_cost))
    {
      g_autofree char *shown = nap_money_format (nap_budget_line_get_amount (line), old);
      g_autofree char *message = NULL;

      /* Translators: an amount, then the currency chosen for it, e.g.
       * "12.50 € cannot be written in XOF: change the amount first."
       */
      message = g_strdup_printf (_("%s cannot be written in %s: change the amount first."), shown, currency);
      nap_toast_show (GTK_WIDGET (self), message);
      return FALSE;
    }

  /* One edit: the amount never reads in the wrong currency. */
  if (!nap_project_begin_batch (self->project, &error))
    {
      report (self, error);
      return FALSE;
    }
  ok = nap_project_set_string (self->project, NAP_RECORD (line), "currency", currency, &error)
       && nap_project_set_int (self->project, NAP_RECORD (line), "amount", amount, &error)
       && nap_project_set_int (self->project, NAP_RECORD (line), "unit-cost", unit_cost, &error);
  ok = nap_project_end_batch (self->project, ok, ok ? &error : NULL) && ok;
  if (!ok)
    report (self, error);
  return ok;
}

/* Actions */

static void
update_actions (NapBudgetLineList *self)
{
  gboolean editable = self->project != NULL && !nap_project_is_read_only (self->project)
                      && self->objective != NULL;
  gboolean selected = self->selection != NULL
                      && gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.duplicate", editable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.delete", editable && selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->column_view), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->costing_group), editable);
}

static void
select_line (NapBudgetLineList *self,
             NapBudgetLine     *line)
{
  guint position;

  if (g_list_store_find (G_LIST_STORE (nap_objective_get_budget_lines (self->objective)), line, &position))
    {
      gtk_single_selection_set_selected (self->selection, position);
      /* GTK 4.8 has no scroll_to() yet: the list's own action does it. */
      gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", position);
    }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  NapBudgetLineList *self = NAP_BUDGET_LINE_LIST (widget);
  g_autoptr(GError) error = NULL;
  NapBudgetLine *line;

  if (self->objective == NULL)
    return;

  nap_budget_line_list_flush (self);
  line = nap_project_add_budget_line (self->project, self->objective, "", 0, NULL, &error);
  if (line == NULL)
    {
      report (self, error);
      return;
    }
  select_line (self, line);
  nap_budget_line_list_focus_label (self, line);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NapBudgetLineList *self = NAP_BUDGET_LINE_LIST (widget);
  NapBudgetLine *line = nap_budget_line_list_get_selected (self);
  const char *fields[] = { "year", "funder-id", "status", "unit-cost", "quantity", "frequency" };
  g_autoptr(GError) error = NULL;
  NapBudgetLine *copy = NULL;
  gboolean ok;

  if (line == NULL)
    return;

  nap_budget_line_list_flush (self);
  if (!nap_project_begin_batch (self->project, &error))
    {
      report (self, error);
      return;
    }
  copy = nap_project_add_budget_line (self->project, self->objective,
                                      nap_budget_line_get_label (line),
                                      nap_budget_line_get_amount (line),
                                      nap_budget_line_get_currency (line), &error);
  ok = copy != NULL;
  for (guint i = 0; ok && i < G_N_ELEMENTS (fields); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (line), fields[i]);

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (line), fields[i], &value);
      ok = nap_project_set_value (self->project, NAP_RECORD (copy), fields[i], &value, &error);
    }
  ok = nap_project_end_batch (self->project, ok, ok ? &error : NULL) && ok;
  if (!ok)
    {
      report (self, error);
      return;
    }

  select_line (self, copy);
  nap_budget_line_list_focus_label (self, copy);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NapBudgetLineList *self = NAP_BUDGET_LINE_LIST (widget);
  g_autoptr(NapBudgetLine) line = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  if (nap_budget_line_list_get_selected (self) == NULL)
    return;

  line = g_object_ref (nap_budget_line_list_get_selected (self));
  position = gtk_single_selection_get_selected (self->selection);
  nap_budget_line_list_forget_line (self, line);
  if (!nap_project_delete_record (self->project, NAP_RECORD (line), &error))
    {
      report (self, error);
      return;
    }

  /* The next line, or the one before the last, takes the selection. */
  if (self->objective != NULL)
    {
      guint n = g_list_model_get_n_items (nap_objective_get_budget_lines (self->objective));

      if (n > 0)
        gtk_single_selection_set_selected (self->selection, MIN (position, n - 1));
    }
}

/* Following the plan */

/* Rows shown without scrolling, and about how tall they are. */
#define VISIBLE_ROWS 6
#define ROW_HEIGHT 48
#define HEADER_HEIGHT 40

static void
update_stack (NapBudgetLineList *self)
{
  guint n = self->objective != NULL
            ? g_list_model_get_n_items (nap_objective_get_budget_lines (self->objective)) : 0;

  gtk_stack_set_visible_child_name (self->stack, n == 0 ? "empty" : "lines");
  /* GTK 4.8's column view does not ask for the height of its rows: the
   * list would show one row and scroll. Up to six rows show whole.
   */
  gtk_scrolled_window_set_min_content_height (self->scroller,
                                              HEADER_HEIGHT + (int) MIN (n, VISIBLE_ROWS) * ROW_HEIGHT);
}

static void
selection_changed_cb (NapBudgetLineList *self)
{
  nap_budget_line_list_update_costing (self);
  update_actions (self);
}

static void
items_changed_cb (NapBudgetLineList *self)
{
  update_stack (self);
  update_period_label (self);
}

static void
project_changed_cb (NapBudgetLineList *self)
{
  /* The plan period may have changed, or an actor been renamed. */
  update_period_label (self);
  nap_budget_line_list_refresh_cells (self);
  nap_budget_line_list_update_costing_title (self);
}

static void
read_only_notify_cb (NapBudgetLineList *self)
{
  update_actions (self);
}

/* GObject */

static void
nap_budget_line_list_dispose (GObject *object)
{
  NapBudgetLineList *self = NAP_BUDGET_LINE_LIST (object);

  if (self->costing_bindings != NULL)
    nap_budget_line_list_set_objective (self, NULL, NULL);
  g_clear_pointer (&self->costing_bindings, g_ptr_array_unref);
  nap_budget_line_list_dispose_cells (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->costing_signals);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->lines_signals);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_BUDGET_LINE_LIST);

  G_OBJECT_CLASS (nap_budget_line_list_parent_class)->dispose (object);
}

static void
nap_budget_line_list_class_init (NapBudgetLineListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_budget_line_list_dispose;

  gtk_widget_class_install_action (widget_class, "budget.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "budget.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "budget.delete", NULL, delete_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-budget-line-list.ui");
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, group);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, stack);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, scroller);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, column_view);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, label_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, year_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, amount_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, currency_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, funder_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, status_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, error_label);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, period_label);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, costing_group);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, unit_cost_row);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, frequency_row);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetLineList, costing_error);
}

static void
nap_budget_line_list_init (NapBudgetLineList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "changed", G_CALLBACK (project_changed_cb),
                                                "notify::read-only", G_CALLBACK (read_only_notify_cb),
                                                NULL);
  self->lines_signals = nap_signal_group_new (G_TYPE_LIST_MODEL, self,
                                              "items-changed", G_CALLBACK (items_changed_cb),
                                              NULL);

  nap_budget_line_list_init_costing (self);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  nap_budget_line_list_init_cells (self);
  update_stack (self);
  update_actions (self);
}

/**
 * nap_budget_line_list_new:
 *
 * Returns: (transfer floating): a new #NapBudgetLineList
 */
GtkWidget *
nap_budget_line_list_new (void)
{
  return g_object_new (NAP_TYPE_BUDGET_LINE_LIST, NULL);
}

static GListModel *
create_funders (NapProject *project)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  const char *none[] = { C_("funder", "None"), NULL };
  g_autoptr(GtkStringList) first = gtk_string_list_new (none);

  g_list_store_append (parts, first);
  g_list_store_append (parts, nap_project_get_actors (project));
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts))));
}

/**
 * nap_budget_line_list_set_objective:
 * @self: a #NapBudgetLineList
 * @project: (nullable): the plan of @objective
 * @objective: (nullable): whose lines to show, or %NULL for none
 *
 * Saves what is pending for the previous objective first.
 */
void
nap_budget_line_list_set_objective (NapBudgetLineList *self,
                                    NapProject        *project,
                                    NapObjective      *objective)
{
  g_return_if_fail (NAP_IS_BUDGET_LINE_LIST (self));
  g_return_if_fail (project == NULL || NAP_IS_PROJECT (project));
  g_return_if_fail (objective == NULL || NAP_IS_OBJECTIVE (objective));

  if (self->project == project && self->objective == objective)
    return;

  nap_budget_line_list_flush (self);
  self->focus_pending = NULL;

  g_signal_group_set_target (self->lines_signals, NULL);
  /* The cells let go of the old lines before the plan goes. */
  gtk_single_selection_set_model (self->selection, NULL);
  g_set_object (&self->objective, objective);

  if (self->project != project)
    {
      g_signal_group_set_target (self->project_signals, NULL);
      g_set_object (&self->project, project);
      g_clear_object (&self->funders);
      if (project != NULL)
        {
          self->funders = create_funders (project);
          g_signal_group_set_target (self->project_signals, project);
        }
    }

  if (objective != NULL)
    {
      GListModel *lines = nap_objective_get_budget_lines (objective);

      g_signal_group_set_target (self->lines_signals, lines);
      gtk_single_selection_set_model (self->selection, lines);
    }

  update_stack (self);
  update_period_label (self);
  nap_budget_line_list_update_costing (self);
  update_actions (self);
}

/**
 * nap_budget_line_list_get_selected:
 * @self: a #NapBudgetLineList
 *
 * Returns: (transfer none) (nullable): the line that Duplicate, Delete and
 *   the costing act on
 */
NapBudgetLine *
nap_budget_line_list_get_selected (NapBudgetLineList *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE_LIST (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * nap_budget_line_list_select:
 * @self: a #NapBudgetLineList
 */
void
nap_budget_line_list_select (NapBudgetLineList *self,
                             guint              position)
{
  g_return_if_fail (NAP_IS_BUDGET_LINE_LIST (self));

  gtk_single_selection_set_selected (self->selection, position);
}

/**
 * nap_budget_line_list_flush:
 * @self: a #NapBudgetLineList
 *
 * Saves what was typed in the cells and the costing and not saved yet.
 *
 * Returns: %FALSE when some text could not be saved; it shows why
 */
gboolean
nap_budget_line_list_flush (NapBudgetLineList *self)
{
  gboolean ok;

  g_return_val_if_fail (NAP_IS_BUDGET_LINE_LIST (self), FALSE);

  ok = nap_budget_line_list_flush_cells (self);
  ok &= nap_budget_line_list_flush_costing (self);
  return ok;
}
