/* nap-budget-line-list-private.h: shared by the budget line list and its cells
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-budget-line-list.h"
#include "nap-field-binding.h"

G_BEGIN_DECLS

struct _NapBudgetLineList
{
  AdwBin               parent_instance;

  NapProject          *project;
  NapObjective        *objective;
  GtkSingleSelection  *selection;
  GListModel          *funders;        /* a "None" item, then the plan's actors */
  GHashTable          *cells;          /* NapBudgetCell, every cell of the view */
  gpointer             error_owner;    /* the cell whose refusal error_label shows */
  NapBudgetLine       *focus_pending;  /* its label takes the focus once shown */
  NapBudgetLine       *costing_line;   /* the line the costing rows edit */
  GPtrArray           *costing_bindings;
  GSignalGroup        *costing_signals; /* of costing_line */
  GSignalGroup        *project_signals;
  GSignalGroup        *lines_signals;   /* of the objective's budget lines */

  AdwPreferencesGroup *group;
  GtkStack            *stack;
  GtkScrolledWindow   *scroller;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *label_column;
  GtkColumnViewColumn *year_column;
  GtkColumnViewColumn *amount_column;
  GtkColumnViewColumn *currency_column;
  GtkColumnViewColumn *funder_column;
  GtkColumnViewColumn *status_column;
  GtkLabel            *error_label;
  GtkLabel            *period_label;
  AdwPreferencesGroup *costing_group;
  AdwEntryRow         *unit_cost_row;
  AdwEntryRow         *quantity_row;
  AdwEntryRow         *frequency_row;
  GtkLabel            *costing_error;
};

/* The cells (nap-budget-line-cells.c) */
void     nap_budget_line_list_init_cells     (NapBudgetLineList *self);
void     nap_budget_line_list_dispose_cells  (NapBudgetLineList *self);
gboolean nap_budget_line_list_flush_cells    (NapBudgetLineList *self);
void     nap_budget_line_list_refresh_cells  (NapBudgetLineList *self);
void     nap_budget_line_list_forget_line    (NapBudgetLineList *self,
                                              NapBudgetLine     *line);
void     nap_budget_line_list_focus_label    (NapBudgetLineList *self,
                                              NapBudgetLine     *line);
void     nap_budget_line_list_show_refusal   (NapBudgetLineList *self,
                                              gpointer           owner,
                                              const char        *message);

/* The costing of the selected line (nap-budget-line-costing.c) */
void     nap_budget_line_list_init_costing   (NapBudgetLineList *self);
void     nap_budget_line_list_update_costing (NapBudgetLineList *self);
void     nap_budget_line_list_update_costing_title (NapBudgetLineList *self);
gboolean nap_budget_line_list_flush_costing  (NapBudgetLineList *self);

/* Shared checks */
gboolean nap_budget_line_uses_costing        (NapBudgetLine     *line);
gboolean nap_budget_line_list_check_year     (NapBudgetLineList *self,
                                              const char        *text,
                                              int               *year,
                                              char             **message);
char    *nap_budget_line_list_period_warning (NapBudgetLineList *self,
                                              int                year);
gboolean nap_budget_line_list_commit         (NapBudgetLineList *self,
                                              NapBudgetLine     *line,
                                              const char        *property,
                                              gint64             value);
gboolean nap_budget_line_list_set_currency   (NapBudgetLineList *self,
                                              NapBudgetLine     *line,
                                              const char        *currency);

G_END_DECLS
