/* nap-budget-view-totals.c: the totals, the chart and what has no budget
 *
 * The figures come from NapBudgetTotals, which keeps running sums: after
 * an edit, this side only reads a few dozen figures (one per pillar, year
 * and funder) and never walks the lines. Rows are made again from those
 * figures; there are as many as pillars, years and funders, not lines.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-budget-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-budget-view-private.h"
#include "nap-money.h"

/* Actions without a budget listed at most; the heading says how many. */
#define MAX_UNBUDGETED 100

/* Text of figures */

/* The sums of @figures, one per currency, between @separator or " + ". */
static char *
join_sums (NapBudgetFigures *figures,
           gboolean          gap,
           const char       *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < figures->sums->len; i++)
    {
      NapBudgetSum *sum = g_ptr_array_index (figures->sums, i);
      g_autofree char *amount = NULL;

      if (sum->overflow)
        amount = g_strdup_printf (_("too much to add up in %s"), sum->currency);
      else
        amount = nap_money_format (gap ? sum->gap : sum->total, sum->currency);
      if (text->len > 0)
        /* Translators: between amounts in different currencies that are not added up */
        g_string_append (text, separator != NULL ? separator : _(" + "));
      g_string_append (text, amount);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_sum (NapBudgetSum *sum,
            gint64        amount)
{
  if (sum->overflow)
    return g_strdup (_("too much to add up"));
  return nap_money_format (amount, sum->currency);
}

/**
 * nap_budget_figures_total_text:
 *
 * Returns: (transfer full): the total of @figures as shown: in the plan
 *   currency when every rate is there, otherwise one amount per currency
 */
char *
nap_budget_figures_total_text (NapBudgetFigures *figures,
                               const char       *plan_currency)
{
  if (figures->converted != NULL)
    return format_sum (figures->converted, figures->converted->total);
  return join_sums (figures, FALSE, NULL);
}

static char *
gap_text (NapBudgetFigures *figures)
{
  if (figures->converted != NULL)
    return format_sum (figures->converted, figures->converted->gap);
  return join_sums (figures, TRUE, NULL);
}

static char *
missing_text (NapBudgetFigures *figures,
              const char       *plan_currency)
{
  g_autofree char *codes = NULL;

  if (figures->missing_rates == NULL || figures->missing_rates[0] == NULL)
    return NULL;
  /* Translators: a list of currency codes, such as "USD, GBP" */
  codes = g_strjoinv (_(", "), figures->missing_rates);
  /* Translators: currency codes, then the plan's currency code */
  return g_strdup_printf (_("No exchange rate from %s into %s: those amounts are not converted. Set the rate in Plan Settings."),
                          codes, plan_currency);
}

/**
 * nap_budget_objective_name:
 *
 * Returns: (transfer full): "1.2 Title", how an objective is named in
 *   the totals
 */
char *
nap_budget_objective_name (NapObjective *objective)
{
  const char *title = nap_objective_get_title (objective);

  /* Translators: an objective's number, then its title, e.g. "1.2 Early warning" */
  return g_strdup_printf (C_("objective name", "%s %s"), nap_objective_get_display_code (objective),
                          nap_text_is_blank (title) ? _("Untitled objective") : title);
}

/* Rows */

/* Shows @figures in row @index of @list: the row that is there, made
 * again only when missing, so that an edit changes a few labels and the
 * side bar keeps its layout.
 */
static void
set_total_row (NapBudgetView    *self,
               GtkListBox       *list,
               guint             index,
               const char       *title,
               NapBudgetFigures *figures)
{
  const char *plan_currency = nap_plan_get_currency (nap_project_get_plan (self->project));
  g_autofree char *total = nap_budget_figures_total_text (figures, plan_currency);
  g_autofree char *gap = gap_text (figures);
  g_autofree char *missing = missing_text (figures, plan_currency);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, (int) index));
  GtkWidget *label;

  if (row == NULL)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      label = gtk_label_new (NULL);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      g_object_set_data (G_OBJECT (row), "nap-total", label);
      /* The row's own labels would be read after its name: it says it all. */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
      gtk_list_box_append (list, row);
    }
  label = g_object_get_data (G_OBJECT (row), "nap-total");

  /* Amounts in several currencies go one per line, never broken. */
  if (figures->converted != NULL)
    shown = g_strdup (total);
  else
    shown = join_sums (figures, FALSE, "\n");
  gtk_label_set_text (GTK_LABEL (label), shown);

  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  if (figures->converted != NULL && !figures->converted->overflow)
    {
      g_autofree char *secured = nap_money_format (figures->converted->secured, plan_currency);
      g_autofree char *pledged = nap_money_format (figures->converted->pledged, plan_currency);
      g_autofree char *unfunded = nap_money_format (figures->converted->unfunded, plan_currency);

      /* Translators: how the total of a pillar, year or funder splits, then
       * its funding gap (what is not secured); \n starts a new line
       */
      subtitle = g_strdup_printf (_("Secured %s · pledged %s · unfunded %s\nFunding gap %s"),
                                  secured, pledged, unfunded, gap);
    }
  else
    /* Translators: the funding gap (what is not secured) */
    subtitle = g_strdup_printf (_("Funding gap %s"), gap);
  if (missing != NULL)
    {
      char *with_missing = g_strconcat (subtitle, "\n", missing, NULL);

      g_free (subtitle);
      subtitle = with_missing;
    }
  if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), subtitle) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Translators: how a screen reader reads a row of totals: what it is the
   * total of, the total, then the funding gap
   */
  accessible = g_strdup_printf (_("%s: total %s, funding gap %s"), title, total, gap);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
}

/* Removes the rows of @list from @first on. */
static void
trim_list (GtkListBox *list,
           guint       first)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, (int) first)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
update_pillars (NapBudgetView *self)
{
  GListModel *pillars = nap_project_get_objectives (self->project);
  const char *plan_currency = nap_plan_get_currency (nap_project_get_plan (self->project));
  guint n = g_list_model_get_n_items (pillars);
  g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (self->totals);

  nap_budget_chart_clear (self->chart);
  nap_budget_chart_set_currency (self->chart, plan_currency);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) pillar = g_list_model_get_item (pillars, i);
      g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (self->totals, pillar);
      g_autofree char *name = nap_budget_objective_name (pillar);

      set_total_row (self, self->pillar_list, i, name, figures);

      if (figures->converted != NULL && !figures->converted->overflow)
        nap_budget_chart_add_bar (self->chart, name,
                                  figures->converted->secured,
                                  figures->converted->pledged,
                                  figures->converted->unfunded);
      else
        {
          g_autofree char *codes = g_strjoinv (_(", "), figures->missing_rates);
          g_autofree char *note = NULL;

          if (figures->converted != NULL)
            note = g_strdup (_("Too much to add up"));
          else
            /* Translators: in the chart, instead of a pillar's bar: %s are currency codes */
            note = g_strdup_printf (_("Not drawn: no exchange rate for %s"), codes);
          nap_budget_chart_add_note (self->chart, name, note);
        }
    }

  set_total_row (self, self->pillar_list, n, _("Whole plan"), plan);
  trim_list (self->pillar_list, n + 1);
}

static void
update_years (NapBudgetView *self)
{
  g_autoptr(GArray) years = nap_budget_totals_get_years (self->totals);

  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_year (self->totals, year);
      g_autofree char *title = year != 0 ? g_strdup_printf ("%d", year) : g_strdup (_("No year"));

      set_total_row (self, self->year_list, i, title, figures);
    }
  trim_list (self->year_list, years->len);
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->year_list), ADW_TYPE_PREFERENCES_GROUP),
                          years->len > 0);

  /* The year filter offers the years that have lines. */
  {
    int selected_year = self->filter_year;
    guint selected = 0;
    g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

    g_ptr_array_add (labels, g_strdup (_("All years")));
    for (guint i = 0; i < years->len; i++)
      {
        int year = g_array_index (years, int, i);

        g_ptr_array_add (labels, year != 0 ? g_strdup_printf ("%d", year) : g_strdup (_("No year")));
        if (year == selected_year)
          selected = i + 1;
      }
    g_ptr_array_add (labels, NULL);

    g_clear_pointer (&self->years, g_array_unref);
    self->years = g_array_ref (years);
    self->updating_choices = TRUE;
    gtk_string_list_splice (self->year_choices, 0,
                            g_list_model_get_n_items (G_LIST_MODEL (self->year_choices)),
                            (const char * const *) labels->pdata);
    gtk_drop_down_set_selected (self->year_filter, selected);
    self->updating_choices = FALSE;
  }
}

static void
update_funders (NapBudgetView *self)
{
  g_autoptr(GArray) funders = nap_budget_totals_get_funders (self->totals);

  for (guint i = 0; i < funders->len; i++)
    {
      gint64 id = g_array_index (funders, gint64, i);
      NapActor *actor = id != 0 ? nap_project_lookup_actor (self->project, id) : NULL;
      g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_funder (self->totals, id);

      set_total_row (self, self->funder_list, i,
                     actor != NULL ? nap_actor_get_name (actor) : _("No funder"), figures);
    }
  trim_list (self->funder_list, funders->len);
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->funder_list), ADW_TYPE_PREFERENCES_GROUP),
                          funders->len > 0);
}

static void
update_currencies (NapBudgetView *self)
{
  g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (self->totals);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint selected = 0;

  g_ptr_array_add (labels, (gpointer) _("All currencies"));
  for (guint i = 0; i < plan->sums->len; i++)
    {
      NapBudgetSum *sum = g_ptr_array_index (plan->sums, i);

      g_ptr_array_add (labels, sum->currency);
      if (g_strcmp0 (sum->currency, self->filter_currency) == 0)
        selected = i + 1;
    }
  g_ptr_array_add (labels, NULL);

  self->updating_choices = TRUE;
  gtk_string_list_splice (self->currency_choices, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->currency_choices)),
                          (const char * const *) labels->pdata);
  gtk_drop_down_set_selected (self->currency_filter, selected);
  self->updating_choices = FALSE;
}

/* Actions without a budget */

static GtkWidget *
create_unbudgeted_row (gpointer item,
                       gpointer user_data)
{
  NapObjective *objective = item;
  NapObjective *parent = nap_objective_get_parent (objective);
  g_autofree char *name = nap_budget_objective_name (objective);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (parent != NULL)
    {
      g_autofree char *parent_name = nap_budget_objective_name (parent);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), parent_name);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open in the Plan view"),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-record");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", nap_record_get_uuid (NAP_RECORD (objective)));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
update_unbudgeted (NapBudgetView *self)
{
  GListModel *objectives = G_LIST_MODEL (self->objectives);
  guint n = objectives != NULL ? g_list_model_get_n_items (objectives) : 0;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  guint count = 0;
  guint shown;
  gboolean same;
  g_autofree char *description = NULL;

  /* The leaves of the tree: actions, whatever the plan calls them. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, i);

      if (g_list_model_get_n_items (nap_objective_get_children (objective)) > 0
          || g_list_model_get_n_items (nap_objective_get_budget_lines (objective)) > 0)
        continue;
      if (count++ < MAX_UNBUDGETED)
        g_ptr_array_add (found, g_steal_pointer (&objective));
    }

  /* Rows are only made again when the list changed. */
  shown = g_list_model_get_n_items (G_LIST_MODEL (self->unbudgeted));
  same = shown == found->len;
  for (guint i = 0; same && i < shown; i++)
    {
      g_autoptr(NapObjective) old = g_list_model_get_item (G_LIST_MODEL (self->unbudgeted), i);

      same = old == g_ptr_array_index (found, i);
    }
  if (!same)
    g_list_store_splice (self->unbudgeted, 0, shown, found->pdata, found->len);

  if (count > MAX_UNBUDGETED)
    /* Translators: how many actions have no budget line, when only some are listed */
    description = g_strdup_printf (ngettext ("%u action has no budget line yet; the first %u are listed.",
                                             "%u actions have no budget line yet; the first %u are listed.",
                                             count),
                                   count, MAX_UNBUDGETED);
  else
    /* Translators: how many actions have no budget line */
    description = g_strdup_printf (ngettext ("%u action has no budget line yet.",
                                             "%u actions have no budget line yet.", count),
                                   count);
  adw_preferences_group_set_description (self->unbudgeted_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->unbudgeted_group), count > 0);
}

/**
 * nap_budget_view_update_summary:
 *
 * Shows the figures of the plan as they are now.
 */
void
nap_budget_view_update_summary (NapBudgetView *self)
{
  if (self->project == NULL || self->totals == NULL)
    {
      trim_list (self->pillar_list, 0);
      trim_list (self->year_list, 0);
      trim_list (self->funder_list, 0);
      nap_budget_chart_clear (self->chart);
      return;
    }

  update_pillars (self);
  update_years (self);
  update_funders (self);
  update_currencies (self);
  update_unbudgeted (self);
}

void
nap_budget_view_init_summary (NapBudgetView *self)
{
  self->unbudgeted = g_list_store_new (NAP_TYPE_OBJECTIVE);
  gtk_list_box_bind_model (self->unbudgeted_list, G_LIST_MODEL (self->unbudgeted),
                           create_unbudgeted_row, NULL, NULL);
}
