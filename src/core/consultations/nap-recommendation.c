/* nap-recommendation.c: what a consultation asked of the plan, and the drafters' answer
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-model-private.h"
#include "nap-objective.h"
#include "nap-recommendation.h"

G_DEFINE_FINAL_TYPE (NapRecommendation, nap_recommendation, NAP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CONSULTATION_ID,
  PROP_POSITION,
  PROP_TEXT,
  PROP_STATUS,
  PROP_RESPONSE,
  N_PROPS,
};

/* The columns of the recommendation table (migrations in nap-migrations.c). */
static const NapColumn columns[N_PROPS] = {
  [PROP_CONSULTATION_ID] = NAP_COLUMN_ID ("consultation-id", 0),
  [PROP_POSITION] = NAP_COLUMN_POSITION,
  [PROP_TEXT] = NAP_COLUMN_TEXT ("text", NC_("changed field", "text")),
  [PROP_STATUS] = NAP_COLUMN_ENUM ("status", NC_("changed field", "status"), nap_response_get_type, NAP_RESPONSE_PENDING),
  [PROP_RESPONSE] = NAP_COLUMN_TEXT ("response", NC_("changed field", "response")),
};

static void
nap_recommendation_dispose (GObject *object)
{
  NapRecommendation *self = NAP_RECOMMENDATION (object);

  g_clear_object (&self->objectives);

  G_OBJECT_CLASS (nap_recommendation_parent_class)->dispose (object);
}

static void
nap_recommendation_class_init (NapRecommendationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_recommendation_dispose;

  nap_record_class_install_columns (NAP_RECORD_CLASS (klass), "recommendation", columns, N_PROPS);
}

static void
nap_recommendation_init (NapRecommendation *self)
{
  self->objectives = g_list_store_new (NAP_TYPE_OBJECTIVE);
}

/**
 * nap_recommendation_get_consultation_id:
 * @self: a #NapRecommendation
 */
gint64
nap_recommendation_get_consultation_id (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), 0);

  return (gint64) nap_record_get_int_field (NAP_RECORD (self), PROP_CONSULTATION_ID);
}

/**
 * nap_recommendation_get_position:
 * @self: a #NapRecommendation
 */
int
nap_recommendation_get_position (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_POSITION);
}

/**
 * nap_recommendation_get_text:
 * @self: a #NapRecommendation
 *
 * Returns: (transfer none): the text
 */
const char *
nap_recommendation_get_text (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_TEXT);
}

/**
 * nap_recommendation_get_status:
 * @self: a #NapRecommendation
 */
NapResponse
nap_recommendation_get_status (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), 0);

  return (NapResponse) nap_record_get_int_field (NAP_RECORD (self), PROP_STATUS);
}

/**
 * nap_recommendation_get_response:
 * @self: a #NapRecommendation
 *
 * Returns: (transfer none): the response
 */
const char *
nap_recommendation_get_response (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_RESPONSE);
}

/**
 * nap_recommendation_get_consultation:
 * @self: a #NapRecommendation
 *
 * Returns: (transfer none) (nullable): the session it was made at
 */
NapConsultation *
nap_recommendation_get_consultation (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), NULL);

  return self->consultation;
}

/**
 * nap_recommendation_get_objectives:
 * @self: a #NapRecommendation
 *
 * Returns: (transfer none) (element-type NapObjective): the
 *   #NapObjective<!-- -->s it concerns
 */
GListModel *
nap_recommendation_get_objectives (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), NULL);

  return G_LIST_MODEL (self->objectives);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  NapObjective *first = *(NapObjective **) a;
  NapObjective *second = *(NapObjective **) b;

  return nap_objective_get_position (first) - nap_objective_get_position (second);
}

/**
 * nap_recommendation_list_pillars:
 * @self: a #NapRecommendation
 *
 * The pillars are the top-level objectives: those of the objectives a
 * recommendation concerns, each once.
 *
 * Returns: (transfer container) (element-type NapObjective): the pillars,
 *   in the order of the plan; empty if it concerns no objective
 */
GPtrArray *
nap_recommendation_list_pillars (NapRecommendation *self)
{
  GPtrArray *pillars;
  guint n;

  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), NULL);

  pillars = g_ptr_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->objectives));
  for (guint i = 0; i < n; i++)
    {
      NapObjective *pillar = g_list_model_get_item (G_LIST_MODEL (self->objectives), i);
      guint steps = 0;

      g_object_unref (pillar); /* the list keeps it */
      while (nap_objective_get_parent (pillar) != NULL && steps++ < 64)
        pillar = nap_objective_get_parent (pillar);
      if (!g_ptr_array_find (pillars, pillar, NULL))
        g_ptr_array_add (pillars, pillar);
    }
  g_ptr_array_sort (pillars, compare_positions);
  return pillars;
}

/* Tree order: compare the positions from the top, level by level. */
static int
compare_tree_order (gconstpointer a,
                    gconstpointer b)
{
  NapObjective *path_a[64], *path_b[64];
  guint depth_a = 0, depth_b = 0;

  for (NapObjective *up = *(NapObjective **) a; up != NULL && depth_a < G_N_ELEMENTS (path_a); up = nap_objective_get_parent (up))
    path_a[depth_a++] = up;
  for (NapObjective *up = *(NapObjective **) b; up != NULL && depth_b < G_N_ELEMENTS (path_b); up = nap_objective_get_parent (up))
    path_b[depth_b++] = up;

  while (depth_a > 0 && depth_b > 0)
    {
      int difference = nap_objective_get_position (path_a[--depth_a]) - nap_objective_get_position (path_b[--depth_b]);

      if (difference != 0)
        return difference;
    }
  /* An ancestor comes before its descendants. */
  return (int) depth_a - (int) depth_b;
}

/**
 * nap_recommendation_list_objectives:
 * @self: a #NapRecommendation
 *
 * Returns: (transfer full) (element-type NapObjective): the objectives it
 *   concerns, in the order of the plan's tree
 */
GPtrArray *
nap_recommendation_list_objectives (NapRecommendation *self)
{
  GPtrArray *objectives;
  guint n;

  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->objectives));
  objectives = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (objectives, g_list_model_get_item (G_LIST_MODEL (self->objectives), i));
  g_ptr_array_sort (objectives, compare_tree_order);
  return objectives;
}

/**
 * nap_recommendation_format_objectives:
 * @self: a #NapRecommendation
 *
 * Returns: (transfer full): the numbers of the objectives it concerns,
 *   in tree order, such as "1.2, 3.1"; empty if none
 */
char *
nap_recommendation_format_objectives (NapRecommendation *self)
{
  g_autoptr(GPtrArray) objectives = NULL;
  GString *codes;

  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), NULL);

  codes = g_string_new (NULL);
  objectives = nap_recommendation_list_objectives (self);
  for (guint i = 0; i < objectives->len; i++)
    {
      NapObjective *objective = g_ptr_array_index (objectives, i);

      if (i > 0)
        /* Translators: the separator in a list of objective numbers */
        g_string_append (codes, C_("objective numbers", ", "));
      g_string_append (codes, nap_objective_get_display_code (objective));
    }
  return g_string_free (codes, FALSE);
}
