/* nap-consultation.c: a consultation session with civil society
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nap-actor.h"
#include "nap-iso-codes.h"
#include "nap-consultation.h"
#include "nap-model-private.h"
#include "nap-recommendation.h"
#include "nap-text.h"

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

/* The columns of the consultation table (migrations in nap-migrations.c). */
static const NapColumn columns[N_PROPS] = {
  [PROP_TITLE] = NAP_COLUMN_TEXT ("title", NC_("changed field", "title")),
  [PROP_START_DATE] = NAP_COLUMN_DATE ("start-date", NC_("changed field", "start date")),
  [PROP_END_DATE] = NAP_COLUMN_DATE ("end-date", NC_("changed field", "end date")),
  [PROP_FORMAT] = NAP_COLUMN_ENUM ("format", NC_("changed field", "format"), nap_consultation_format_get_type, NAP_CONSULTATION_FORMAT_WORKSHOP),
  [PROP_PLACE] = NAP_COLUMN_TEXT ("place", NC_("changed field", "place")),
  [PROP_REGION] = NAP_COLUMN_TEXT ("region", NC_("changed field", "region")),
  [PROP_LANGUAGE] = NAP_COLUMN_TEXT ("language", NC_("changed field", "language")),
  [PROP_FACILITATOR] = NAP_COLUMN_TEXT ("facilitator", NC_("changed field", "facilitator")),
  [PROP_WOMEN] = NAP_COLUMN_INT ("women", NC_("changed field", "women"), 0, G_MAXINT, 0),
  [PROP_MEN] = NAP_COLUMN_INT ("men", NC_("changed field", "men"), 0, G_MAXINT, 0),
  [PROP_OTHER] = NAP_COLUMN_INT ("other", NC_("changed field", "other participants"), 0, G_MAXINT, 0),
  [PROP_NOTES] = NAP_COLUMN_TEXT ("notes", NC_("changed field", "notes")),
};

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

  nap_record_class_install_columns (NAP_RECORD_CLASS (klass), "consultation", columns, N_PROPS);
}

static void
nap_consultation_init (NapConsultation *self)
{
  self->recommendations = g_list_store_new (NAP_TYPE_RECOMMENDATION);
  self->organisations = g_list_store_new (NAP_TYPE_ACTOR);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) nap_participant_group_free);
}

/**
 * nap_consultation_get_title:
 * @self: a #NapConsultation
 *
 * Returns: (transfer none): the title
 */
const char *
nap_consultation_get_title (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_TITLE);
}

/**
 * nap_consultation_get_start_date:
 * @self: a #NapConsultation
 *
 * Returns: (transfer none) (nullable): the first day (ISO 8601), or %NULL
 */
const char *
nap_consultation_get_start_date (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_START_DATE);
}

/**
 * nap_consultation_get_end_date:
 * @self: a #NapConsultation
 *
 * Returns: (transfer none) (nullable): the last day (ISO 8601), or %NULL
 */
const char *
nap_consultation_get_end_date (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_END_DATE);
}

/**
 * nap_consultation_get_format:
 * @self: a #NapConsultation
 */
NapConsultationFormat
nap_consultation_get_format (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), 0);

  return (NapConsultationFormat) nap_record_get_int_field (NAP_RECORD (self), PROP_FORMAT);
}

/**
 * nap_consultation_get_place:
 * @self: a #NapConsultation
 *
 * Returns: (transfer none): the place
 */
const char *
nap_consultation_get_place (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_PLACE);
}

/**
 * nap_consultation_get_region:
 * @self: a #NapConsultation
 *
 * Returns: (transfer none): the region
 */
const char *
nap_consultation_get_region (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_REGION);
}

/**
 * nap_consultation_get_language:
 * @self: a #NapConsultation
 *
 * Returns: (transfer none): the language
 */
const char *
nap_consultation_get_language (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_LANGUAGE);
}

/**
 * nap_consultation_get_facilitator:
 * @self: a #NapConsultation
 *
 * Returns: (transfer none): the facilitator
 */
const char *
nap_consultation_get_facilitator (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_FACILITATOR);
}

/**
 * nap_consultation_get_women:
 * @self: a #NapConsultation
 */
int
nap_consultation_get_women (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_WOMEN);
}

/**
 * nap_consultation_get_men:
 * @self: a #NapConsultation
 */
int
nap_consultation_get_men (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_MEN);
}

/**
 * nap_consultation_get_other:
 * @self: a #NapConsultation
 */
int
nap_consultation_get_other (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_OTHER);
}

/**
 * nap_consultation_get_notes:
 * @self: a #NapConsultation
 *
 * Returns: (transfer none): the notes
 */
const char *
nap_consultation_get_notes (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_NOTES);
}

/**
 * nap_consultation_get_recommendations:
 * @self: a #NapConsultation
 *
 * Returns: (transfer none) (element-type NapRecommendation): the session's
 *   #NapRecommendation<!-- -->s, in order
 */
GListModel *
nap_consultation_get_recommendations (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return G_LIST_MODEL (self->recommendations);
}

/**
 * nap_consultation_get_organisations:
 * @self: a #NapConsultation
 *
 * Returns: (transfer none) (element-type NapActor): the #NapActor<!-- -->s
 *   present
 */
GListModel *
nap_consultation_get_organisations (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  return G_LIST_MODEL (self->organisations);
}

/**
 * nap_consultation_get_groups:
 * @self: a #NapConsultation
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

/**
 * nap_consultation_get_participants:
 * @self: a #NapConsultation
 */
int
nap_consultation_get_participants (NapConsultation *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION (self), 0);

  return nap_consultation_get_women (self) + nap_consultation_get_men (self)
         + nap_consultation_get_other (self);
}

/**
 * nap_consultation_get_region_name:
 * @self: a #NapConsultation
 * @country: (nullable): the plan's country, such as "ML"
 *
 * A region chosen from the list of the country's subdivisions may be
 * stored as its ISO 3166-2 code (NAP XML allows it); people read names.
 *
 * Returns: (transfer none): the translated name of the subdivision of
 *   @country whose code the region is ("ML-5": "Mopti"), or else the region
 *   as it was typed
 */
const char *
nap_consultation_get_region_name (NapConsultation *self,
                                  const char      *country)
{
  const char *region;
  GListModel *subdivisions;

  g_return_val_if_fail (NAP_IS_CONSULTATION (self), NULL);

  region = nap_consultation_get_region (self);
  if (country == NULL || strlen (country) != 2 || strncmp (region, country, 2) != 0 || region[2] != '-')
    return region;

  subdivisions = nap_iso_codes_get_subdivisions (country);
  for (guint i = 0; i < g_list_model_get_n_items (subdivisions); i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (subdivisions, i);

      /* The lists are loaded once and never freed. */
      if (g_str_equal (nap_iso_entry_get_code (entry), region))
        return nap_iso_entry_get_name (entry);
    }
  return region;
}

/* The groups every session offers. They are stored under these English
 * keys, whatever the language of the person who counted them, so that
 * sessions logged in French and in Arabic add up; only their display is
 * translated.
 */
static const char * const default_group_keys[] = {
  "youth",
  "displaced persons",
  "persons with disabilities",
  NULL
};

static const char * const default_group_labels[] = {
  N_("Youth"),
  N_("Displaced persons"),
  N_("Persons with disabilities"),
};

/**
 * nap_participant_group_get_defaults:
 *
 * Returns: (transfer none): the stored names of the groups that every
 *   session offers: youth, displaced persons, persons with disabilities
 */
const char * const *
nap_participant_group_get_defaults (void)
{
  return default_group_keys;
}

/**
 * nap_participant_group_get_display_name:
 * @name: a group as stored
 *
 * Returns: (transfer none): how to show @name: translated for the groups
 *   every session offers (whether stored by key or as their translation),
 *   as typed for the others
 */
const char *
nap_participant_group_get_display_name (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; default_group_keys[i] != NULL; i++)
    {
      g_autofree char *key = nap_text_key (name);
      g_autofree char *default_key = nap_text_key (default_group_keys[i]);
      g_autofree char *label_key = nap_text_key (_(default_group_labels[i]));

      if (g_str_equal (key, default_key) || g_str_equal (key, label_key))
        return _(default_group_labels[i]);
    }
  return name;
}

/**
 * nap_participant_group_new:
 * @name: the group's name, copied
 *
 * Returns: (transfer full): a group of @count participants; free it with
 *   nap_participant_group_free()
 */
NapParticipantGroup *
nap_participant_group_new (const char *name,
                           int         count)
{
  NapParticipantGroup *group = g_new0 (NapParticipantGroup, 1);

  group->name = g_strdup (name);
  group->count = count;
  return group;
}

/**
 * nap_participant_group_free:
 * @group: (transfer full) (nullable): the group to free, or %NULL
 */
void
nap_participant_group_free (NapParticipantGroup *group)
{
  if (group == NULL)
    return;
  g_free (group->name);
  g_free (group);
}
