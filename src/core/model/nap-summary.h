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
 * Budget totals are NapBudgetTotals' (nap-budget-totals.h).
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

/**
 * NapGroupFigure:
 * @name: the group's name as first written in the log
 * @count: participants in that group, over every session
 */
typedef struct
{
  char *name;
  guint64 count;
} NapGroupFigure;

/**
 * NapConsultationFigures:
 * @sessions: how many sessions the log holds
 * @women: participants of every session, by sex
 * @groups: (element-type NapGroupFigure): every group name used, summed
 *   over the sessions, in the order of first use; names that differ only
 *   in case or surrounding spaces are one group
 * @regions: (element-type utf8): the distinct regions the sessions were
 *   held in, in the order of first use, without empty ones, by name (see
 *   nap_consultation_get_region_name()); compared like group names
 * @recommendations: how many recommendations, of which @responses by
 *   #NapResponse
 *
 * What a plan can say about its consultations: item 7 of issue 5.
 */
typedef struct
{
  guint sessions;
  guint64 women;
  guint64 men;
  guint64 other;
  GPtrArray *groups;
  GPtrArray *regions;
  guint recommendations;
  guint responses[NAP_N_RESPONSES];
} NapConsultationFigures;

NapConsultationFigures *nap_consultation_figures_new          (NapProject                   *project);
void                    nap_consultation_figures_free         (NapConsultationFigures       *figures);
guint64                 nap_consultation_figures_participants (const NapConsultationFigures *figures);
gboolean                nap_consultation_figures_women_share  (const NapConsultationFigures *figures,
                                                               guint                        *permille);
char                   *nap_consultation_figures_format_women_share (const NapConsultationFigures *figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NapConsultationFigures, nap_consultation_figures_free)

G_END_DECLS
