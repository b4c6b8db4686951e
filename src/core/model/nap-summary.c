/* nap-summary.c: the figures that describe a plan at a glance
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nap-text.h"
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
 * @project: a #NapProject
 * @summary: (out caller-allocates): filled in
 *
 * Counts what @project holds and sums up its consultation log.
 */
void
nap_summary_compute (NapProject *project,
                     NapSummary *summary)
{
  g_autoptr(NapConsultationFigures) figures = NULL;

  g_return_if_fail (NAP_IS_PROJECT (project));
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  count_objectives (nap_project_get_objectives (project), summary);
  summary->actors = g_list_model_get_n_items (nap_project_get_actors (project));
  summary->references = g_list_model_get_n_items (nap_project_get_references (project));
  summary->exchange_rates = g_list_model_get_n_items (nap_project_get_exchange_rates (project));

  figures = nap_consultation_figures_new (project);
  summary->consultations = figures->sessions;
  summary->recommendations = figures->recommendations;
  summary->women = figures->women;
  summary->men = figures->men;
  summary->other = figures->other;
  memcpy (summary->responses, figures->responses, sizeof summary->responses);
}

static void
group_figure_free (NapGroupFigure *figure)
{
  g_free (figure->name);
  g_free (figure);
}

/* Adds without wrapping: a crafted file could hold huge counts. */
static guint64
add_saturated (guint64 sum,
               guint64 count)
{
  return sum > G_MAXUINT64 - count ? G_MAXUINT64 : sum + count;
}

static void
add_group (NapConsultationFigures *figures,
           GHashTable             *groups,
           NapParticipantGroup    *group)
{
  g_autofree char *key = NULL;
  NapGroupFigure *figure;

  if (nap_text_is_blank (group->name))
    return;

  key = nap_text_key (group->name);
  figure = g_hash_table_lookup (groups, key);
  if (figure == NULL)
    {
      figure = g_new0 (NapGroupFigure, 1);
      figure->name = g_strstrip (g_strdup (group->name));
      g_ptr_array_add (figures->groups, figure);
      g_hash_table_insert (groups, g_steal_pointer (&key), figure);
    }
  figure->count = add_saturated (figure->count, (guint64) MAX (group->count, 0));
}

static void
add_region (NapConsultationFigures *figures,
            GHashTable             *regions,
            const char             *region)
{
  g_autofree char *key = NULL;

  if (nap_text_is_blank (region))
    return;

  key = nap_text_key (region);
  if (g_hash_table_contains (regions, key))
    return;
  g_ptr_array_add (figures->regions, g_strstrip (g_strdup (region)));
  g_hash_table_add (regions, g_steal_pointer (&key));
}

/**
 * nap_consultation_figures_new:
 * @project: a #NapProject
 *
 * Sums up @project's consultation log.
 *
 * Returns: (transfer full): the figures; free with
 *   nap_consultation_figures_free()
 */
NapConsultationFigures *
nap_consultation_figures_new (NapProject *project)
{
  NapConsultationFigures *figures;
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GHashTable) regions = NULL;
  GListModel *consultations;
  const char *country;

  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);

  country = nap_plan_get_country (nap_project_get_plan (project));
  figures = g_new0 (NapConsultationFigures, 1);
  figures->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_figure_free);
  figures->regions = g_ptr_array_new_with_free_func (g_free);
  groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  consultations = nap_project_get_consultations (project);
  figures->sessions = g_list_model_get_n_items (consultations);
  for (guint i = 0; i < figures->sessions; i++)
    {
      g_autoptr(NapConsultation) consultation = g_list_model_get_item (consultations, i);
      GListModel *recommendations = nap_consultation_get_recommendations (consultation);
      GPtrArray *session_groups = nap_consultation_get_groups (consultation);
      guint n = g_list_model_get_n_items (recommendations);

      figures->women = add_saturated (figures->women, (guint64) MAX (nap_consultation_get_women (consultation), 0));
      figures->men = add_saturated (figures->men, (guint64) MAX (nap_consultation_get_men (consultation), 0));
      figures->other = add_saturated (figures->other, (guint64) MAX (nap_consultation_get_other (consultation), 0));
      for (guint j = 0; j < session_groups->len; j++)
        add_group (figures, groups, g_ptr_array_index (session_groups, j));
      add_region (figures, regions, nap_consultation_get_region_name (consultation, country));

      figures->recommendations += n;
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (recommendations, j);
          NapResponse response = nap_recommendation_get_status (recommendation);

          if ((guint) response < NAP_N_RESPONSES)
            figures->responses[response]++;
        }
    }

  return figures;
}

/**
 * nap_consultation_figures_free:
 * @figures: (transfer full) (nullable): the figures to free, or %NULL
 */
void
nap_consultation_figures_free (NapConsultationFigures *figures)
{
  if (figures == NULL)
    return;
  g_ptr_array_unref (figures->groups);
  g_ptr_array_unref (figures->regions);
  g_free (figures);
}

/**
 * nap_consultation_figures_participants:
 * @figures: a #NapConsultationFigures
 *
 * Returns: the participants of every session: women, men and other
 */
guint64
nap_consultation_figures_participants (const NapConsultationFigures *figures)
{
  g_return_val_if_fail (figures != NULL, 0);

  return add_saturated (add_saturated (figures->women, figures->men), figures->other);
}

/**
 * nap_consultation_figures_women_share:
 * @figures: a #NapConsultationFigures
 * @permille: (out): women among the participants, in tenths of a percent,
 *   rounded half up: 625 for 62.5 %
 *
 * Returns: %FALSE when no participant is counted: then there is no share
 *   to give, rather than a share of 0
 */
gboolean
nap_consultation_figures_women_share (const NapConsultationFigures *figures,
                                      guint                        *permille)
{
  guint64 total, women;

  g_return_val_if_fail (figures != NULL, FALSE);
  g_return_val_if_fail (permille != NULL, FALSE);

  total = nap_consultation_figures_participants (figures);
  women = MIN (figures->women, total);
  if (total == 0)
    return FALSE;

  /* women * 1000 must not overflow, even for a crafted file's counts. */
  while (women > (G_MAXUINT64 - total) / 1000)
    {
      women /= 2;
      total /= 2;
    }
  *permille = (guint) ((women * 1000 + total / 2) / total);
  return TRUE;
}

/**
 * nap_consultation_figures_format_women_share:
 * @figures: a #NapConsultationFigures
 *
 * Returns: (transfer full) (nullable): the share of women as the UI
 *   language writes a percentage, such as "62.5%" or "62,5 %"; %NULL when
 *   no participant is counted
 */
char *
nap_consultation_figures_format_women_share (const NapConsultationFigures *figures)
{
  g_autofree char *number = NULL;
  guint permille;

  if (!nap_consultation_figures_women_share (figures, &permille))
    return NULL;

  /* printf writes the locale's decimal separator. */
  number = g_strdup_printf ("%.1f", permille / 10.0);
  /* Translators: a percentage; %s is a number such as 62.5. Write it as
   * your language does, such as "%s %%" (with a no-break space) in French.
   */
  return g_strdup_printf (_("%s%%"), number);
}
