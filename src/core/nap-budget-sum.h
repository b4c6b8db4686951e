/* nap-budget-sum.h: budget totals of an objective and everything under it
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-objective.h"

G_BEGIN_DECLS

/**
 * NapBudgetSum:
 * @currency: ISO 4217 code; the amounts are in its minor units
 * @total: every line
 * @secured: lines whose funding is secured
 * @pledged: lines whose funding is pledged
 * @unfunded: lines with no funding yet
 * @overflow: a sum did not fit in 64 bits; the amounts are meaningless
 *
 * The funding gap is what is not secured: @total - @secured, that is
 * @pledged + @unfunded.
 */
typedef struct
{
  char *currency;
  gint64 total;
  gint64 secured;
  gint64 pledged;
  gint64 unfunded;
  gboolean overflow;
} NapBudgetSum;

GPtrArray *nap_budget_sum_objective (NapObjective *objective);
void       nap_budget_sum_free      (NapBudgetSum *sum);

G_END_DECLS
