/* nap-summary.h: the figures that describe a plan at a glance
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-enums.h"
#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_N_RESPONSES 4

/**
 * NapSummary:
 * @women: participants of all consultations, by sex
 * @responses: recommendations, by #NapResponse
 *
 * Counts of a plan's records and the figures of its consultation log.
 * Budget totals are nap_budget_sum_objective()'s.
 */
typedef struct
{
  guint objectives;
  guint actors;
  guint indicators;
  guint budget_lines;
  guint consultations;
  guint recommendations;
  guint references;
  guint exchange_rates;
  guint64 women;
  guint64 men;
  guint64 other;
  guint responses[NAP_N_RESPONSES];
} NapSummary;

void nap_summary_compute (NapProject *project,
                          NapSummary *summary);

G_END_DECLS
