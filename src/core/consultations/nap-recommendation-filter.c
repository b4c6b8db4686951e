/* nap-recommendation-filter.c: which recommendations the register shows
 *
 * In the core, without GTK, so that the rules of the register's filters are
 * tested like the other rules of the plan.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <string.h>

#include "nap-recommendation-filter.h"
#include "nap-text.h"

static gboolean
has_pillar (NapRecommendation *recommendation,
            NapObjective      *pillar)
{
  g_autoptr(GPtrArray) pillars = nap_recommendation_list_pillars (recommendation);

  return g_ptr_array_find (pillars, pillar, NULL);
}

static gboolean
contains_words (NapRecommendation *recommendation,
                const char        *search)
{
  NapConsultation *consultation = nap_recommendation_get_consultation (recommendation);
  g_autofree char *joined = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *needles = nap_text_key (search);
  g_auto(GStrv) words = NULL;

  joined = g_strjoin ("\n",
                      nap_recommendation_get_text (recommendation),
                      nap_recommendation_get_response (recommendation),
                      consultation != NULL ? nap_consultation_get_title (consultation) : "",
                      NULL);
  haystack = nap_text_key (joined);

  words = g_strsplit_set (needles, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/**
 * nap_recommendation_filter_matches:
 * @filter: a #NapRecommendationFilter
 * @recommendation: a #NapRecommendation
 *
 * Returns: whether @recommendation meets every condition of @filter
 */
gboolean
nap_recommendation_filter_matches (const NapRecommendationFilter *filter,
                                   NapRecommendation             *recommendation)
{
  NapConsultation *consultation;

  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (recommendation), FALSE);

  consultation = nap_recommendation_get_consultation (recommendation);

  if (filter->response >= 0 && (int) nap_recommendation_get_status (recommendation) != filter->response)
    return FALSE;
  if (filter->consultation != NULL && consultation != filter->consultation)
    return FALSE;
  if (filter->without_objective
      && g_list_model_get_n_items (nap_recommendation_get_objectives (recommendation)) > 0)
    return FALSE;
  if (filter->pillar != NULL && !has_pillar (recommendation, filter->pillar))
    return FALSE;
  if (filter->region != NULL)
    {
      g_autofree char *wanted = nap_text_key (filter->region);
      g_autofree char *region = nap_text_key (consultation != NULL
                                              ? nap_consultation_get_region_name (consultation, filter->country)
                                              : "");

      if (!g_str_equal (wanted, region))
        return FALSE;
    }
  if (filter->search != NULL && !contains_words (recommendation, filter->search))
    return FALSE;
  return TRUE;
}
