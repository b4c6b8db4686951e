/* nap-budget-totals-private.h: the running sums behind NapBudgetFigures
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-budget-totals.h"

G_BEGIN_DECLS

typedef __int128 NapWide;

enum
{
  NAP_PART_TOTAL,
  NAP_PART_SECURED,
  NAP_PART_PLEDGED,
  NAP_PART_UNFUNDED,
  NAP_N_PARTS
};

typedef struct
{
  const char *currency;  /* interned */
  guint n_lines;
  NapWide parts[NAP_N_PARTS];
} NapCurrencyTotal;

typedef struct
{
  GArray *currencies;    /* NapCurrencyTotal, sorted by code; a handful */
  guint n_lines;
  guint n_unconverted;   /* lines in a currency without a usable rate */
  guint n_overflowed;    /* lines whose converted amount does not fit */
  NapWide converted[NAP_N_PARTS];
} NapBudgetBucket;

NapBudgetFigures *nap_budget_figures_new (const NapBudgetBucket *bucket,
                                          const char            *plan_currency,
                                          GHashTable            *rates);

G_END_DECLS
