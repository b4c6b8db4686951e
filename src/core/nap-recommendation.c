/* nap-recommendation.c: what a consultation asked of the plan, and the drafters' answer
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

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

static GParamSpec *properties[N_PROPS];

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

  properties[PROP_CONSULTATION_ID] =
    g_param_spec_int64 ("consultation-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        NAP_RECORD_PARAM_FLAGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      NAP_RECORD_PARAM_FLAGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       NAP_TYPE_RESPONSE, NAP_RESPONSE_PENDING,
                       NAP_RECORD_PARAM_FLAGS);
  properties[PROP_RESPONSE] =
    g_param_spec_string ("response", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);

  nap_record_class_install_fields (NAP_RECORD_CLASS (klass), "recommendation", properties, N_PROPS);
}

static void
nap_recommendation_init (NapRecommendation *self)
{
  self->objectives = g_list_store_new (NAP_TYPE_OBJECTIVE);
}

gint64
nap_recommendation_get_consultation_id (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), 0);

  return (gint64) nap_record_get_int_field (NAP_RECORD (self), PROP_CONSULTATION_ID);
}

int
nap_recommendation_get_position (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_POSITION);
}

const char *
nap_recommendation_get_text (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_TEXT);
}

NapResponse
nap_recommendation_get_status (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), 0);

  return (NapResponse) nap_record_get_int_field (NAP_RECORD (self), PROP_STATUS);
}

const char *
nap_recommendation_get_response (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_RESPONSE);
}

/**
 * nap_recommendation_get_consultation:
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
 *
 * Returns: (transfer none): the #NapObjective<!-- -->s it concerns
 */
GListModel *
nap_recommendation_get_objectives (NapRecommendation *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (self), NULL);

  return G_LIST_MODEL (self->objectives);
}
