/* nap-budget-totals.h: running budget totals of an open plan
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-budget-sum.h"
#include "nap-project.h"

G_BEGIN_DECLS

/**
 * NapBudgetFigures:
 * @n_lines: how many budget lines the figures cover
 * @sums: (element-type NapBudgetSum): one sum per currency, sorted by code
 * @converted: (nullable): every line converted into the plan currency
 *   (@converted->currency), line by line, so that the converted figures of
 *   pillars add up to the plan's; %NULL when a rate is missing
 * @missing_rates: currencies of @sums that have no usable exchange rate into
 *   the plan currency, sorted; empty (never %NULL) when none is missing
 *
 * A snapshot: it does not change when the plan does.
 */
typedef struct
{
  guint n_lines;
  GPtrArray *sums;
  NapBudgetSum *converted;
  GStrv missing_rates;
} NapBudgetFigures;

void nap_budget_figures_free (NapBudgetFigures *figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NapBudgetFigures, nap_budget_figures_free)

#define NAP_TYPE_BUDGET_TOTALS (nap_budget_totals_get_type ())

G_DECLARE_FINAL_TYPE (NapBudgetTotals, nap_budget_totals, NAP, BUDGET_TOTALS, GObject)

/* Follows every edit of @project; emits NapBudgetTotals::changed once per
 * committed edit that changed a total, after NapProject::changed.
 */
NapBudgetTotals  *nap_budget_totals_new           (NapProject      *project);
NapProject       *nap_budget_totals_get_project   (NapBudgetTotals *self);

/* Everything in the plan. */
NapBudgetFigures *nap_budget_totals_get_plan      (NapBudgetTotals *self);
/* @objective and everything under it. */
NapBudgetFigures *nap_budget_totals_get_objective (NapBudgetTotals *self,
                                                   NapObjective    *objective);
/* (element-type int): the years that have lines, ascending; 0 stands for
 * lines without a year and comes first when there are any.
 */
GArray           *nap_budget_totals_get_years     (NapBudgetTotals *self);
NapBudgetFigures *nap_budget_totals_get_year      (NapBudgetTotals *self,
                                                   int              year);
/* (element-type gint64): the actor ids of funders that have lines,
 * ascending; 0 stands for lines without a funder.
 */
GArray           *nap_budget_totals_get_funders   (NapBudgetTotals *self);
NapBudgetFigures *nap_budget_totals_get_funder    (NapBudgetTotals *self,
                                                   gint64           funder_id);

/* The rate of @currency into the plan currency as stored ("1" for the plan
 * currency itself), or %NULL when the plan has none.
 */
const char       *nap_budget_find_rate            (NapProject      *project,
                                                   const char      *currency);
/* @line's amount in the plan currency, with nap_money_convert(); FALSE when
 * the plan has no usable rate for its currency or the result overflows.
 */
gboolean          nap_budget_line_convert         (NapProject      *project,
                                                   NapBudgetLine   *line,
                                                   gint64          *converted);
/* FALSE when @line has a year and it is outside the plan period: such a
 * line is flagged, not refused. A line without a year, or a plan without
 * a period, is always in it.
 */
gboolean          nap_budget_line_year_in_period  (NapBudgetLine   *line,
                                                   NapPlan         *plan);

G_END_DECLS
