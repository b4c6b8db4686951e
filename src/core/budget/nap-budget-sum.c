/* nap-budget-sum.c: the budget figures of a set of lines in one currency
 *
 * Amounts in different currencies are never added together in a sum:
 * each currency has its own, and conversion into the plan currency is
 * NapBudgetTotals' business.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include "nap-budget-sum.h"

/**
 * nap_budget_sum_new:
 * @currency: an ISO 4217 currency code
 *
 * Returns: (transfer full): an empty sum in @currency; free it with
 *   nap_budget_sum_free()
 */
NapBudgetSum *
nap_budget_sum_new (const char *currency)
{
  NapBudgetSum *sum;

  g_return_val_if_fail (currency != NULL, NULL);

  sum = g_new0 (NapBudgetSum, 1);
  sum->currency = g_strdup (currency);
  return sum;
}

/**
 * nap_budget_sum_copy:
 * @sum: a #NapBudgetSum
 *
 * Returns: (transfer full): a copy of @sum
 */
NapBudgetSum *
nap_budget_sum_copy (const NapBudgetSum *sum)
{
  NapBudgetSum *copy;

  g_return_val_if_fail (sum != NULL, NULL);

  copy = g_memdup2 (sum, sizeof *sum);
  copy->currency = g_strdup (sum->currency);
  return copy;
}

/**
 * nap_budget_sum_free:
 * @sum: (transfer full) (nullable): the sum to free, or %NULL
 */
void
nap_budget_sum_free (NapBudgetSum *sum)
{
  if (sum == NULL)
    return;
  g_free (sum->currency);
  g_free (sum);
}
