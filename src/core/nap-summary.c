/* nap-summary.c: the figures that describe a plan at a glance
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <string.h>

#include "nap-summary.h"

static void
count_objectives (GListModel *objectives,
                  NapSummary *summary)
{
  guint n = g_list_model_get_n_items (objectives);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, i);

      summary->objectives++;
      summary->indicators += g_list_model_get_n_items (nap_objective_get_indicators (objective));
      summary->budget_lines += g_list_model_get_n_items (nap_objective_get_budget_lines (objective));
      count_objectives (nap_objective_get_children (objective), summary);
    }
}

/**
 * nap_summary_compute:
 * @summary: (out caller-allocates): filled in
 *
 * Counts what @project holds and sums up its consultation log.
 */
void
nap_summary_compute (NapProject *project,
                     NapSummary *summary)
{
  GListModel *consultations;

  g_return_if_fail (NAP_IS_PROJECT (project));
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  count_objectives (nap_project_get_objectives (project), summary);
  summary->actors = g_list_model_get_n_items (nap_project_get_actors (project));
  summary->references = g_list_model_get_n_items (nap_project_get_references (project));
  summary->exchange_rates = g_list_model_get_n_items (nap_project_get_exchange_rates (project));

  consultations = nap_project_get_consultations (project);
  summary->consultations = g_list_model_get_n_items (consultations);
  for (guint i = 0; i < summary->consultations; i++)
    {
      g_autoptr(NapConsultation) consultation = g_list_model_get_item (consultations, i);
      GListModel *recommendations = nap_consultation_get_recommendations (consultation);
      guint n = g_list_model_get_n_items (recommendations);

      summary->women += (guint64) MAX (nap_consultation_get_women (consultation), 0);
      summary->men += (guint64) MAX (nap_consultation_get_men (consultation), 0);
      summary->other += (guint64) MAX (nap_consultation_get_other (consultation), 0);
      summary->recommendations += n;
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (recommendations, j);
          NapResponse response = nap_recommendation_get_status (recommendation);

          if ((guint) response < NAP_N_RESPONSES)
            summary->responses[response]++;
        }
    }
}
