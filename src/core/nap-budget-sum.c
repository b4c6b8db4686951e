/* nap-budget-sum.c: budget totals of an objective and everything under it
 *
 * Amounts in different currencies are never added together here: each
 * currency has its own sum. Converting them into the plan currency is the
 * exchange rates' business.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include "nap-budget-line.h"
#include "nap-budget-sum.h"

void
nap_budget_sum_free (NapBudgetSum *sum)
{
  if (sum == NULL)
    return;
  g_free (sum->currency);
  g_free (sum);
}

static gboolean
add_checked (gint64 *sum,
             gint64  amount)
{
  return !__builtin_add_overflow (*sum, amount, sum);
}

static NapBudgetSum *
find_sum (GPtrArray  *sums,
          const char *currency)
{
  NapBudgetSum *sum;

  for (guint i = 0; i < sums->len; i++)
    {
      sum = g_ptr_array_index (sums, i);
      if (g_strcmp0 (sum->currency, currency) == 0)
        return sum;
    }

  sum = g_new0 (NapBudgetSum, 1);
  sum->currency = g_strdup (currency);
  g_ptr_array_add (sums, sum);
  return sum;
}

static void
add_lines (GPtrArray    *sums,
           NapObjective *objective,
           guint         depth)
{
  GListModel *lines = nap_objective_get_budget_lines (objective);
  GListModel *children = nap_objective_get_children (objective);
  guint n;

  /* The tree is at most NAP_MAX_DEPTH deep and loops are refused on load;
   * this only guards against a model that broke that promise.
   */
  g_return_if_fail (depth < 64);

  n = g_list_model_get_n_items (lines);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapBudgetLine) line = g_list_model_get_item (lines, i);
      NapBudgetSum *sum = find_sum (sums, nap_budget_line_get_currency (line));
      gint64 amount = nap_budget_line_get_amount (line);
      gint64 *part;

      switch (nap_budget_line_get_status (line))
        {
        case NAP_FUNDING_STATUS_SECURED:
          part = &sum->secured;
          break;
        case NAP_FUNDING_STATUS_PLEDGED:
          part = &sum->pledged;
          break;
        case NAP_FUNDING_STATUS_UNFUNDED:
        default:
          part = &sum->unfunded;
          break;
        }

      if (!add_checked (&sum->total, amount) || !add_checked (part, amount))
        sum->overflow = TRUE;
    }

  n = g_list_model_get_n_items (children);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) child = g_list_model_get_item (children, i);

      add_lines (sums, child, depth + 1);
    }
}

static int
compare_currency (gconstpointer a,
                  gconstpointer b)
{
  const NapBudgetSum *sa = *(NapBudgetSum * const *) a;
  const NapBudgetSum *sb = *(NapBudgetSum * const *) b;

  return g_strcmp0 (sa->currency, sb->currency);
}

/**
 * nap_budget_sum_objective:
 *
 * Adds up the budget lines of @objective and of every objective under it,
 * one sum per currency.
 *
 * Returns: (transfer full) (element-type NapBudgetSum): the sums, sorted by
 *   currency code; empty when there are no budget lines
 */
GPtrArray *
nap_budget_sum_objective (NapObjective *objective)
{
  GPtrArray *sums;

  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), NULL);

  sums = g_ptr_array_new_with_free_func ((GDestroyNotify) nap_budget_sum_free);
  add_lines (sums, objective, 0);
  g_ptr_array_sort (sums, compare_currency);
  return sums;
}
