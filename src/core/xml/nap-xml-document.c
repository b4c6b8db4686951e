/* nap-xml-document.c: a NAP XML document in memory
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-xml-private.h"

void
nap_xml_item_init (NapXmlItem *item,
                   GType       type,
                   char       *uuid,
                   int         line)
{
  item->type = type;
  item->uuid = uuid;
  item->line = line;
}

NapXmlRef *
nap_xml_ref_new (const char *uuid,
                 int         line)
{
  NapXmlRef *ref = g_new0 (NapXmlRef, 1);

  ref->uuid = g_strdup (uuid);
  ref->line = line;
  return ref;
}

void
nap_xml_ref_free (NapXmlRef *ref)
{
  if (ref == NULL)
    return;
  g_free (ref->uuid);
  g_free (ref);
}

static void
exchange_rate_free (NapXmlExchangeRate *rate)
{
  g_free (rate->item.uuid);
  g_free (rate->currency);
  g_free (rate->rate);
  g_free (rate->date);
  g_free (rate);
}

static void
reference_free (NapXmlReference *reference)
{
  g_free (reference->item.uuid);
  g_free (reference->href);
  g_free (reference->title);
  g_free (reference);
}

static void
actor_free (NapXmlActor *actor)
{
  g_free (actor->item.uuid);
  g_free (actor->name);
  g_free (actor);
}

static void
level_free (NapXmlLevel *level)
{
  g_free (level->name);
  g_free (level);
}

static void
indicator_free (NapXmlIndicator *indicator)
{
  g_free (indicator->item.uuid);
  g_free (indicator->title);
  g_free (indicator->unit);
  g_free (indicator->baseline);
  g_free (indicator->target);
  g_free (indicator->verification);
  g_free (indicator);
}

static void
budget_line_free (NapXmlBudgetLine *line)
{
  g_free (line->item.uuid);
  g_free (line->label);
  g_free (line->amount_text);
  g_free (line->currency);
  nap_xml_ref_free (line->funder);
  g_free (line->unit_cost_text);
  g_free (line);
}

NapXmlBudgetLine *
nap_xml_budget_line_new (void)
{
  return g_new0 (NapXmlBudgetLine, 1);
}

static void
objective_free (NapXmlObjective *objective)
{
  g_free (objective->item.uuid);
  g_free (objective->code);
  g_free (objective->title);
  g_free (objective->description);
  for (guint i = 0; i < NAP_N_ACTOR_ROLES; i++)
    g_ptr_array_unref (objective->actors[i]);
  g_free (objective->start_date);
  g_free (objective->end_date);
  g_ptr_array_unref (objective->indicators);
  g_ptr_array_unref (objective->budget_lines);
  g_ptr_array_unref (objective->children);
  g_free (objective);
}

NapXmlObjective *
nap_xml_objective_new (void)
{
  NapXmlObjective *objective = g_new0 (NapXmlObjective, 1);

  for (guint i = 0; i < NAP_N_ACTOR_ROLES; i++)
    objective->actors[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) nap_xml_ref_free);
  objective->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) indicator_free);
  objective->budget_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) budget_line_free);
  objective->children = g_ptr_array_new_with_free_func ((GDestroyNotify) objective_free);
  return objective;
}

static void
group_free (NapXmlGroup *group)
{
  g_free (group->name);
  g_free (group);
}

static void
recommendation_free (NapXmlRecommendation *recommendation)
{
  g_free (recommendation->item.uuid);
  g_free (recommendation->text);
  g_ptr_array_unref (recommendation->concerns);
  g_free (recommendation->response);
  g_free (recommendation);
}

NapXmlRecommendation *
nap_xml_recommendation_new (void)
{
  NapXmlRecommendation *recommendation = g_new0 (NapXmlRecommendation, 1);

  recommendation->concerns = g_ptr_array_new_with_free_func ((GDestroyNotify) nap_xml_ref_free);
  return recommendation;
}

static void
consultation_free (NapXmlConsultation *consultation)
{
  g_free (consultation->item.uuid);
  g_free (consultation->start_date);
  g_free (consultation->end_date);
  g_free (consultation->title);
  g_free (consultation->place);
  g_free (consultation->region);
  g_free (consultation->facilitator);
  g_free (consultation->language);
  g_ptr_array_unref (consultation->groups);
  g_ptr_array_unref (consultation->organisations);
  g_free (consultation->notes);
  g_ptr_array_unref (consultation->recommendations);
  g_free (consultation);
}

NapXmlConsultation *
nap_xml_consultation_new (void)
{
  NapXmlConsultation *consultation = g_new0 (NapXmlConsultation, 1);

  consultation->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  consultation->organisations = g_ptr_array_new_with_free_func ((GDestroyNotify) nap_xml_ref_free);
  consultation->recommendations = g_ptr_array_new_with_free_func ((GDestroyNotify) recommendation_free);
  return consultation;
}

NapXmlDocument *
nap_xml_document_new (const char *name)
{
  NapXmlDocument *doc = g_new0 (NapXmlDocument, 1);

  doc->name = g_strdup (name);
  doc->exchange_rates = g_ptr_array_new_with_free_func ((GDestroyNotify) exchange_rate_free);
  doc->references = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);
  doc->actors = g_ptr_array_new_with_free_func ((GDestroyNotify) actor_free);
  doc->levels = g_ptr_array_new_with_free_func ((GDestroyNotify) level_free);
  doc->objectives = g_ptr_array_new_with_free_func ((GDestroyNotify) objective_free);
  doc->consultations = g_ptr_array_new_with_free_func ((GDestroyNotify) consultation_free);
  doc->ids = g_hash_table_new (g_str_hash, g_str_equal);
  return doc;
}

/**
 * nap_xml_document_free:
 * @doc: (transfer full) (nullable): the document to free, or %NULL
 */
void
nap_xml_document_free (NapXmlDocument *doc)
{
  if (doc == NULL)
    return;

  g_hash_table_unref (doc->ids);
  g_free (doc->name);
  g_free (doc->plan.uuid);
  g_free (doc->language);
  g_free (doc->title);
  g_free (doc->country);
  g_free (doc->period_start);
  g_free (doc->period_end);
  g_free (doc->lead_institution);
  g_free (doc->currency);
  g_ptr_array_unref (doc->exchange_rates);
  g_free (doc->summary);
  g_ptr_array_unref (doc->references);
  g_ptr_array_unref (doc->actors);
  g_ptr_array_unref (doc->levels);
  g_ptr_array_unref (doc->objectives);
  g_ptr_array_unref (doc->consultations);
  g_free (doc);
}

/**
 * nap_xml_document_get_plan_uuid:
 * @doc: a #NapXmlDocument
 *
 * Returns: (transfer none): the plan's UUID, as the file gives it
 */
const char *
nap_xml_document_get_plan_uuid (NapXmlDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return doc->plan.uuid;
}

/**
 * nap_xml_document_get_title:
 * @doc: a #NapXmlDocument
 *
 * Returns: (transfer none): the plan's title, as the file gives it
 */
const char *
nap_xml_document_get_title (NapXmlDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return doc->title;
}

/**
 * nap_xml_set_error:
 * @line: 0 when the problem has no line
 * @message: a translated sentence that starts in lower case
 *
 * Every refusal names the file and, where there is one, the line.
 */
void
nap_xml_set_error (GError     **error,
                   const char  *name,
                   int          line,
                   const char  *message)
{
  if (line > 0)
    /* Translators: a problem in a NAP XML file: the file's name, the
     * line number, then what is wrong there
     */
    g_set_error (error, NAP_ERROR, NAP_ERROR_XML, _("“%s”, line %d: %s"), name, line, message);
  else
    /* Translators: a problem in a NAP XML file: the file's name, then
     * what is wrong with it
     */
    g_set_error (error, NAP_ERROR, NAP_ERROR_XML, _("“%s”: %s"), name, message);
}
