/* nap-recommendation-filter.h: which recommendations the register shows
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-objective.h"
#include "nap-recommendation.h"

G_BEGIN_DECLS

/**
 * NapRecommendationFilter:
 * @response: a #NapResponse, or -1 for any
 * @pillar: (nullable): a top-level objective that one of the objectives
 *   concerned must be under (or be), or %NULL for any; unowned
 * @without_objective: only the recommendations that concern no objective
 * @consultation: (nullable): the session they were made at, or %NULL for
 *   any; unowned
 * @region: (nullable): the region of their session, by name (see
 *   nap_consultation_get_region_name()), compared as nap_text_key() does,
 *   or %NULL for any
 * @country: (nullable): the plan's country, for the names of regions
 * @search: (nullable): words that must each appear in the text, the
 *   reason or the session's title, ignoring case, or %NULL
 *
 * The conditions all hold for a recommendation that matches. A plain
 * struct, so that a copy with one condition dropped is cheap: the register
 * counts statuses with @response set to -1.
 */
typedef struct
{
  int response;
  NapObjective *pillar;
  gboolean without_objective;
  NapConsultation *consultation;
  const char *region;
  const char *country;
  const char *search;
} NapRecommendationFilter;

#define NAP_RECOMMENDATION_FILTER_INIT { -1, NULL, FALSE, NULL, NULL, NULL, NULL }

gboolean nap_recommendation_filter_matches (const NapRecommendationFilter *filter,
                                            NapRecommendation             *recommendation);

G_END_DECLS
