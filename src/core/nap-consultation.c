/* nap-consultation.c: a consultation session with civil society
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include "nap-actor.h"
#include "nap-consultation.h"
#include "nap-model-private.h"
#include "nap-recommendation.h"

G_DEFINE_FINAL_TYPE (NapConsultation, nap_consultation, NAP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_FORMAT,
  PROP_PLACE,
  PROP_REGION,
  PROP_LANGUAGE,
  PROP_FACILITATOR,
  PROP_WOMEN,
  PROP_MEN,
  PROP_OTHER,
  PROP_NOTES,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
nap_consultation_dispose (GObject *object)
{
  NapConsultation *self = NAP_CONSULTATION (object);

  g_clear_object (&self->recommendations);
  g_clear_object (&self->organisations);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (nap_consultation_parent_class)->dispose (object);
}

static void
nap_consultation_class_init (NapConsultationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_consultation_dispose;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         NULL,
                         NAP_RECORD_PARAM_FLAGS | NAP_PARAM_DATE | NAP_PARAM_NULLABLE);
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL,
                         NULL,
                         NAP_RECORD_PARAM_FLAGS | NAP_PARAM_DATE | NAP_PARAM_NULLABLE);
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       NAP_TYPE_CONSULTATION_FORMAT, NAP_CONSULTATION_FORMAT_WORKSHOP,
                       NAP_RECORD_PARAM_FLAGS);
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_FACILITATOR] =
    g_param_spec_string ("facilitator", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_WOMEN] =
    g_param_spec_int ("women", NULL, NULL,
                      0, G_MAXINT, 0,
                      NAP_RECORD_PARAM_FLAGS);
  properties[PROP_MEN] =
    g_param_spec_int ("men", NULL, NULL,
                      0, G_MAXINT, 0,
                      NAP_RECORD_PARAM_FLAGS);
  properties[PROP_OTHER] =
    g_param_spec_int ("other", NULL, NULL,
                      0, G_MAXINT, 0,
                      NAP_RECORD_PARAM_FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);

  nap_record_class_install_fields (NAP_RECORD_CLASS (klass), "consultation", properties, N_PROPS);
}

static void
nap_consultation_init (NapConsultation *self)
{
  self->recommendations = g_list_store_new (NAP_TYPE_RECOMMENDATION);
  self->organisations = g_list_store_new (NAP_TYPE_ACTOR);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) nap_participant_group_free);
}

const char *
nap_consultation_get_title (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_TITLE);
}

const char *
nap_consultation_get_start_date (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_START_DATE);
}

const char *
nap_consultation_get_end_date (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_END_DATE);
}

NapConsultationFormat
nap_consultation_get_format (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), 0);

  return (NapConsultationFormat) nap_record_get_int_field (NAP_RECORD (self), PROP_FORMAT);
}

const char *
nap_consultation_get_place (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_PLACE);
}

const char *
nap_consultation_get_region (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_REGION);
}

const char *
nap_consultation_get_language (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_LANGUAGE);
}

const char *
nap_consultation_get_facilitator (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_FACILITATOR);
}

int
nap_consultation_get_women (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_WOMEN);
}

int
nap_consultation_get_men (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_MEN);
}

int
nap_consultation_get_other (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_OTHER);
}

const char *
nap_consultation_get_notes (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_NOTES);
}

/**
 * nap_consultation_get_recommendations:
 *
 * Returns: (transfer none): the session's #NapRecommendation<!-- -->s, in order
 */
GListModel *
nap_consultation_get_recommendations (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return G_LIST_MODEL (self->recommendations);
}

/**
 * nap_consultation_get_organisations:
 *
 * Returns: (transfer none): the #NapActor<!-- -->s present
 */
GListModel *
nap_consultation_get_organisations (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return G_LIST_MODEL (self->organisations);
}

/**
 * nap_consultation_get_groups:
 *
 * Returns: (transfer none) (element-type NapParticipantGroup): participants
 *   counted by group (youth, displaced persons...)
 */
GPtrArray *
nap_consultation_get_groups (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return self->groups;
}

int
nap_consultation_get_participants (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), 0);

  return nap_consultation_get_women (self) + nap_consultation_get_men (self)
         + nap_consultation_get_other (self);
}

NapParticipantGroup *
nap_participant_group_new (const char *name,
                           int         count)
{
  NapParticipantGroup *group = g_new0 (NapParticipantGroup, 1);

  group->name = g_strdup (name);
  group->count = count;
  return group;
}

void
nap_participant_group_free (NapParticipantGroup *group)
{
  if (group == NULL)
    return;
  g_free (group->name);
  g_free (group);
}
