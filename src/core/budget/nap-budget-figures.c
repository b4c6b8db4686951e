/* nap-budget-figures.c: budget figures for people to read, and the rules
 * for one line: its conversion into the plan currency, its year
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <string.h>

#include "nap-budget-totals-private.h"
#include "nap-checks.h"
#include "nap-money.h"

/**
 * nap_budget_figures_free:
 * @figures: (transfer full) (nullable): the figures to free, or %NULL
 */
void
nap_budget_figures_free (NapBudgetFigures *figures)
{
  if (figures == NULL)
    return;
  g_ptr_array_unref (figures->sums);
  nap_budget_sum_free (figures->converted);
  g_strfreev (figures->missing_rates);
  g_free (figures);
}

static gboolean
narrow (NapWide  value,
        gint64  *out)
{
  if (value > G_MAXINT64 || value < G_MININT64)
    return FALSE;
  *out = (gint64) value;
  return TRUE;
}

static NapBudgetSum *
make_sum (const char    *currency,
          guint          n_lines,
          const NapWide *parts)
{
  NapBudgetSum *sum = nap_budget_sum_new (currency);

  sum->n_lines = n_lines;
  sum->overflow = !(narrow (parts[NAP_PART_TOTAL], &sum->total)
                    && narrow (parts[NAP_PART_SECURED], &sum->secured)
                    && narrow (parts[NAP_PART_PLEDGED], &sum->pledged)
                    && narrow (parts[NAP_PART_UNFUNDED], &sum->unfunded)
                    && narrow (parts[NAP_PART_TOTAL] - parts[NAP_PART_SECURED], &sum->gap));
  if (sum->overflow)
    sum->total = sum->secured = sum->pledged = sum->unfunded = sum->gap = 0;
  return sum;
}

/* The figures of @bucket, with @rates (interned currency -> rate) of the
 * plan currency @plan_currency; empty ones for %NULL.
 */
NapBudgetFigures *
nap_budget_figures_new (const NapBudgetBucket *bucket,
                        const char            *plan_currency,
                        GHashTable            *rates)
{
  NapBudgetFigures *figures = g_new0 (NapBudgetFigures, 1);
  g_autoptr(GStrvBuilder) missing = g_strv_builder_new ();
  static const NapWide nothing[NAP_N_PARTS] = { 0, };

  figures->sums = g_ptr_array_new_with_free_func ((GDestroyNotify) nap_budget_sum_free);
  if (bucket == NULL)
    {
      figures->converted = make_sum (plan_currency, 0, nothing);
      figures->missing_rates = g_strv_builder_end (missing);
      return figures;
    }

  figures->n_lines = bucket->n_lines;
  for (guint i = 0; i < bucket->currencies->len; i++)
    {
      const NapCurrencyTotal *total = &g_array_index (bucket->currencies, NapCurrencyTotal, i);

      g_ptr_array_add (figures->sums, make_sum (total->currency, total->n_lines, total->parts));
      if (total->currency != plan_currency
          && !g_hash_table_contains (rates, total->currency))
        g_strv_builder_add (missing, total->currency);
    }
  figures->missing_rates = g_strv_builder_end (missing);

  if (bucket->n_unconverted == 0)
    {
      figures->converted = make_sum (plan_currency, bucket->n_lines, bucket->converted);
      if (bucket->n_overflowed > 0)
        {
          figures->converted->overflow = TRUE;
          figures->converted->total = figures->converted->secured = 0;
          figures->converted->pledged = figures->converted->unfunded = 0;
          figures->converted->gap = 0;
        }
    }
  return figures;
}

/* One line at a time */

/**
 * nap_budget_find_rate:
 * @project: a #NapProject
 * @currency: an ISO 4217 currency code
 *
 * Returns: (transfer none) (nullable): the rate to the plan currency, as a
 *   decimal string; the plan currency itself gives "1"; %NULL if the plan
 *   has no rate for @currency
 */
const char *
nap_budget_find_rate (NapProject *project,
                      const char *currency)
{
  NapPlan *plan;
  GListModel *rates;
  guint n;

  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (currency != NULL, NULL);

  plan = nap_project_get_plan (project);
  if (plan != NULL && g_strcmp0 (nap_plan_get_currency (plan), currency) == 0)
    return "1";

  rates = nap_project_get_exchange_rates (project);
  n = g_list_model_get_n_items (rates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapExchangeRate) rate = g_list_model_get_item (rates, i);

      if (g_strcmp0 (nap_exchange_rate_get_currency (rate), currency) == 0)
        return nap_exchange_rate_get_rate (rate);
    }
  return NULL;
}

/**
 * nap_budget_line_convert:
 * @project: a #NapProject
 * @line: a #NapBudgetLine
 * @converted: (out): where to put the amount in the plan currency
 */
gboolean
nap_budget_line_convert (NapProject    *project,
                         NapBudgetLine *line,
                         gint64        *converted)
{
  const char *currency;
  const char *rate;
  NapPlan *plan;

  g_return_val_if_fail (NAP_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (line), FALSE);
  g_return_val_if_fail (converted != NULL, FALSE);

  plan = nap_project_get_plan (project);
  currency = nap_budget_line_get_currency (line);
  rate = nap_budget_find_rate (project, currency);
  if (plan == NULL || rate == NULL)
    return FALSE;
  if (g_str_equal (currency, nap_plan_get_currency (plan)))
    {
      *converted = nap_budget_line_get_amount (line);
      return TRUE;
    }
  return nap_money_convert (nap_budget_line_get_amount (line), currency,
                            nap_plan_get_currency (plan), rate, converted, NULL);
}

/**
 * nap_budget_line_year_in_period:
 * @line: a #NapBudgetLine
 * @plan: a #NapPlan
 */
gboolean
nap_budget_line_year_in_period (NapBudgetLine *line,
                                NapPlan       *plan)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (line), TRUE);
  g_return_val_if_fail (NAP_IS_PLAN (plan), TRUE);

  /* The rule is the plan's: nap-checks.c. */
  return nap_plan_year_in_period (plan, nap_budget_line_get_year (line));
}
