/* nap-budget-sum.h: the budget figures of a set of lines in one currency
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * NapBudgetSum:
 * @currency: ISO 4217 code; the amounts are in its minor units
 * @n_lines: how many budget lines are added up
 * @total: every line
 * @secured: lines whose funding is secured
 * @pledged: lines whose funding is pledged
 * @unfunded: lines with no funding yet
 * @gap: the funding gap, what is not secured: @total - @secured, that is
 *   @pledged + @unfunded
 * @overflow: a sum did not fit in 64 bits; the amounts are meaningless and
 *   must not be shown
 *
 * NapBudgetTotals (nap-budget-totals.h) makes them.
 */
typedef struct
{
  char *currency;
  guint n_lines;
  gint64 total;
  gint64 secured;
  gint64 pledged;
  gint64 unfunded;
  gint64 gap;
  gboolean overflow;
} NapBudgetSum;

NapBudgetSum *nap_budget_sum_new  (const char   *currency);
NapBudgetSum *nap_budget_sum_copy (const NapBudgetSum *sum);
void          nap_budget_sum_free (NapBudgetSum *sum);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NapBudgetSum, nap_budget_sum_free)

G_END_DECLS
