/* nap-budget-view-private.h: shared by the parts of the Budget view
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-budget-chart.h"
#include "nap-budget-totals.h"
#include "nap-budget-view.h"

G_BEGIN_DECLS

struct _NapBudgetView
{
  AdwBin               parent_instance;

  NapProject          *project;
  NapBudgetTotals     *totals;
  GSignalGroup        *totals_signals;
  GSignalGroup        *project_signals;
  guint                summary_idle_id;
  guint                refilter_idle_id;
  guint                updating_choices : 1;

  /* Every line of the plan: objectives in tree order, mapped to their
   * lines and flattened; then filtered and sorted for the view.
   */
  GtkTreeListModel    *objectives;
  GtkFlattenListModel *lines;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkSingleSelection  *selection;
  GHashTable          *amount_keys;    /* NapBudgetLine → its worth, to sort */
  guint                generation;     /* of the plan, one more at each edit */

  /* What the filters let through; see update_filter_state() */
  NapObjective        *filter_pillar;
  int                  filter_year;     /* -1 for any */
  gint64               filter_funder;   /* -1 for any */
  int                  filter_status;   /* -1 for any */
  char                *filter_currency; /* NULL for any */

  /* Filter choices */
  GListModel          *pillar_choices;
  GtkStringList       *year_choices;
  GArray              *years;          /* int, the years year_choices lists */
  GListModel          *funder_choices;
  GtkStringList       *currency_choices;
  GListStore          *unbudgeted;     /* NapObjective */

  GtkPaned            *paned;
  GtkDropDown         *pillar_filter;
  GtkDropDown         *year_filter;
  GtkDropDown         *funder_filter;
  GtkDropDown         *status_filter;
  GtkDropDown         *currency_filter;
  GtkLabel            *count_label;
  GtkStack            *lines_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *code_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *label_column;
  GtkColumnViewColumn *year_column;
  GtkColumnViewColumn *amount_column;
  GtkColumnViewColumn *currency_column;
  GtkColumnViewColumn *funder_column;
  GtkColumnViewColumn *status_column;
  NapBudgetChart      *chart;
  GtkListBox          *pillar_list;
  GtkListBox          *year_list;
  GtkListBox          *funder_list;
  AdwPreferencesGroup *unbudgeted_group;
  GtkListBox          *unbudgeted_list;
};

/* The lines (nap-budget-view-lines.c) */
void          nap_budget_view_init_lines      (NapBudgetView *self);
void          nap_budget_view_set_lines_project (NapBudgetView *self);
gboolean      nap_budget_view_filter_active   (NapBudgetView *self);
NapObjective *nap_budget_view_line_objective  (NapBudgetView *self,
                                               NapBudgetLine *line);
NapObjective *nap_budget_view_line_pillar     (NapBudgetView *self,
                                               NapBudgetLine *line);

/* The totals, the chart and the actions without budget
 * (nap-budget-view-totals.c)
 */
void          nap_budget_view_init_summary    (NapBudgetView *self);
void          nap_budget_view_update_summary  (NapBudgetView *self);
char         *nap_budget_figures_total_text   (NapBudgetFigures *figures,
                                               const char       *plan_currency);
char         *nap_budget_objective_name       (NapObjective  *objective);

G_END_DECLS
