/* nap-xml-build.c: the plain structs of a document, from its libxml2 tree
 *
 * Runs on a tree that the schema accepted: structure, order and the
 * lexical form of every value are known to be right, so this only copies,
 * keeping each record's line for the checks' messages.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <libxml/tree.h>

#include "nap-xml-private.h"

int
nap_xml_node_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return (int) CLAMP (line, 0, G_MAXINT);
}

gboolean
nap_xml_node_is (xmlNode    *node,
                 const char *local_name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE
         && node->ns != NULL && g_strcmp0 ((const char *) node->ns->href, NAP_XML_NAMESPACE) == 0
         && (local_name == NULL || g_strcmp0 ((const char *) node->name, local_name) == 0);
}

char *
nap_xml_node_attribute (xmlNode    *node,
                        const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

xmlNode *
nap_xml_node_child (xmlNode    *parent,
                    const char *local_name)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (nap_xml_node_is (child, local_name))
      return child;
  return NULL;
}

static char *
text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *copy = g_strdup (content != NULL ? (const char *) content : "");

  xmlFree (content);
  return copy;
}

static char *
child_text (xmlNode    *parent,
            const char *local_name)
{
  xmlNode *child = nap_xml_node_child (parent, local_name);

  return child != NULL ? text (child) : g_strdup ("");
}

static int
enum_attribute (xmlNode    *node,
                const char *name,
                GType       type)
{
  g_autofree char *nick = nap_xml_node_attribute (node, name);
  int value = 0;

  nap_enum_from_nick (type, nick, &value);
  return value;
}

static int
enum_text (xmlNode *node,
           GType    type)
{
  g_autofree char *nick = text (node);
  int value = 0;

  nap_enum_from_nick (type, nick, &value);
  return value;
}

static gint64
count_attribute (xmlNode    *node,
                 const char *name)
{
  g_autofree char *digits = nap_xml_node_attribute (node, name);

  return digits != NULL ? g_ascii_strtoll (digits, NULL, 10) : 0;
}

static void
init_item (NapXmlItem *item,
           GType       type,
           xmlNode    *node)
{
  nap_xml_item_init (item, type, nap_xml_node_attribute (node, "id"), nap_xml_node_line (node));
}

static NapXmlRef *
ref_of (xmlNode    *node,
        const char *name)
{
  g_autofree char *uuid = nap_xml_node_attribute (node, name);

  return nap_xml_ref_new (uuid, nap_xml_node_line (node));
}

static void
read_plan (NapXmlDocument *doc,
           xmlNode        *plan)
{
  for (xmlNode *child = plan->children; child != NULL; child = child->next)
    {
      const char *local_name = (const char *) child->name;

      if (!nap_xml_node_is (child, NULL))
        continue;

      if (g_str_equal (local_name, "title"))
        doc->title = text (child);
      else if (g_str_equal (local_name, "country"))
        doc->country = text (child);
      else if (g_str_equal (local_name, "period"))
        {
          doc->period_start = nap_xml_node_attribute (child, "start");
          doc->period_end = nap_xml_node_attribute (child, "end");
          doc->period_line = nap_xml_node_line (child);
        }
      else if (g_str_equal (local_name, "lead-institution"))
        doc->lead_institution = text (child);
      else if (g_str_equal (local_name, "status"))
        doc->status = enum_text (child, NAP_TYPE_PLAN_STATUS);
      else if (g_str_equal (local_name, "currency"))
        {
          doc->currency = text (child);
          doc->currency_line = nap_xml_node_line (child);
        }
      else if (g_str_equal (local_name, "exchange-rate"))
        {
          NapXmlExchangeRate *rate = g_new0 (NapXmlExchangeRate, 1);

          init_item (&rate->item, NAP_TYPE_EXCHANGE_RATE, child);
          rate->currency = nap_xml_node_attribute (child, "currency");
          rate->rate = nap_xml_node_attribute (child, "rate");
          rate->date = nap_xml_node_attribute (child, "date");
          g_ptr_array_add (doc->exchange_rates, rate);
        }
      else if (g_str_equal (local_name, "summary"))
        doc->summary = text (child);
      else if (g_str_equal (local_name, "reference"))
        {
          NapXmlReference *reference = g_new0 (NapXmlReference, 1);

          init_item (&reference->item, NAP_TYPE_REFERENCE, child);
          reference->href = nap_xml_node_attribute (child, "href");
          reference->title = text (child);
          g_ptr_array_add (doc->references, reference);
        }
    }
}

static void
read_budget_line (NapXmlObjective *objective,
                  xmlNode         *node)
{
  NapXmlBudgetLine *line = nap_xml_budget_line_new ();
  g_autofree char *funder = nap_xml_node_attribute (node, "funder");

  init_item (&line->item, NAP_TYPE_BUDGET_LINE, node);
  line->label = text (node);
  line->has_year = xmlHasProp (node, (const xmlChar *) "year") != NULL;
  line->year = (int) count_attribute (node, "year");
  line->amount_text = nap_xml_node_attribute (node, "amount");
  line->currency = nap_xml_node_attribute (node, "currency");
  line->status = enum_attribute (node, "status", NAP_TYPE_FUNDING_STATUS);
  if (funder != NULL)
    line->funder = nap_xml_ref_new (funder, nap_xml_node_line (node));
  line->unit_cost_text = nap_xml_node_attribute (node, "unit-cost");
  line->quantity = count_attribute (node, "quantity");
  line->frequency = count_attribute (node, "frequency");
  g_ptr_array_add (objective->budget_lines, line);
}

static void
read_objective (NapXmlDocument  *doc,
                NapXmlObjective *parent,
                GPtrArray       *siblings,
                xmlNode         *node)
{
  NapXmlObjective *objective = nap_xml_objective_new ();

  init_item (&objective->item, NAP_TYPE_OBJECTIVE, node);
  objective->parent = parent;
  objective->depth = parent != NULL ? parent->depth + 1 : 0;
  objective->index = siblings->len;
  objective->code = nap_xml_node_attribute (node, "code");
  g_ptr_array_add (siblings, objective);
  doc->n_objectives++;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      const char *local_name = (const char *) child->name;

      if (!nap_xml_node_is (child, NULL))
        continue;

      if (g_str_equal (local_name, "title"))
        objective->title = text (child);
      else if (g_str_equal (local_name, "description"))
        objective->description = text (child);
      else if (g_str_equal (local_name, "lead"))
        g_ptr_array_add (objective->actors[NAP_ACTOR_ROLE_LEAD], ref_of (child, "actor"));
      else if (g_str_equal (local_name, "partner"))
        g_ptr_array_add (objective->actors[NAP_ACTOR_ROLE_PARTNER], ref_of (child, "actor"));
      else if (g_str_equal (local_name, "monitor"))
        g_ptr_array_add (objective->actors[NAP_ACTOR_ROLE_MONITOR], ref_of (child, "actor"));
      else if (g_str_equal (local_name, "timeframe"))
        {
          objective->start_date = nap_xml_node_attribute (child, "start");
          objective->end_date = nap_xml_node_attribute (child, "end");
          objective->timeframe_line = nap_xml_node_line (child);
        }
      else if (g_str_equal (local_name, "status"))
        objective->status = enum_text (child, NAP_TYPE_OBJECTIVE_STATUS);
      else if (g_str_equal (local_name, "indicator"))
        {
          NapXmlIndicator *indicator = g_new0 (NapXmlIndicator, 1);

          init_item (&indicator->item, NAP_TYPE_INDICATOR, child);
          indicator->title = child_text (child, "title");
          indicator->unit = child_text (child, "unit");
          indicator->baseline = child_text (child, "baseline");
          indicator->target = child_text (child, "target");
          indicator->verification = child_text (child, "verification");
          g_ptr_array_add (objective->indicators, indicator);
        }
      else if (g_str_equal (local_name, "budget-line"))
        read_budget_line (objective, child);
      else if (g_str_equal (local_name, "objective"))
        read_objective (doc, objective, objective->children, child);
    }
}

static void
read_recommendation (NapXmlConsultation *consultation,
                     xmlNode            *node)
{
  NapXmlRecommendation *recommendation = nap_xml_recommendation_new ();

  init_item (&recommendation->item, NAP_TYPE_RECOMMENDATION, node);
  recommendation->status = enum_attribute (node, "status", NAP_TYPE_RESPONSE);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (nap_xml_node_is (child, "text"))
        recommendation->text = text (child);
      else if (nap_xml_node_is (child, "concerns"))
        g_ptr_array_add (recommendation->concerns, ref_of (child, "objective"));
      else if (nap_xml_node_is (child, "response"))
        recommendation->response = text (child);
    }
  g_ptr_array_add (consultation->recommendations, recommendation);
}

static void
read_consultation (NapXmlDocument *doc,
                   xmlNode        *node)
{
  NapXmlConsultation *consultation = nap_xml_consultation_new ();

  init_item (&consultation->item, NAP_TYPE_CONSULTATION, node);
  consultation->start_date = nap_xml_node_attribute (node, "start");
  consultation->end_date = nap_xml_node_attribute (node, "end");
  consultation->format = enum_attribute (node, "format", NAP_TYPE_CONSULTATION_FORMAT);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      const char *local_name = (const char *) child->name;

      if (!nap_xml_node_is (child, NULL))
        continue;

      if (g_str_equal (local_name, "title"))
        consultation->title = text (child);
      else if (g_str_equal (local_name, "location"))
        {
          consultation->place = text (child);
          consultation->region = nap_xml_node_attribute (child, "region");
        }
      else if (g_str_equal (local_name, "facilitator"))
        consultation->facilitator = text (child);
      else if (g_str_equal (local_name, "language"))
        consultation->language = text (child);
      else if (g_str_equal (local_name, "participants"))
        {
          consultation->women = (int) count_attribute (child, "women");
          consultation->men = (int) count_attribute (child, "men");
          consultation->other = (int) count_attribute (child, "other");
        }
      else if (g_str_equal (local_name, "group"))
        {
          NapXmlGroup *group = g_new0 (NapXmlGroup, 1);

          group->line = nap_xml_node_line (child);
          group->name = nap_xml_node_attribute (child, "name");
          group->count = (int) count_attribute (child, "count");
          g_ptr_array_add (consultation->groups, group);
        }
      else if (g_str_equal (local_name, "organisation"))
        g_ptr_array_add (consultation->organisations, ref_of (child, "actor"));
      else if (g_str_equal (local_name, "notes"))
        consultation->notes = text (child);
      else if (g_str_equal (local_name, "recommendation"))
        read_recommendation (consultation, child);
    }

  if (consultation->region == NULL)
    consultation->region = g_strdup ("");
  g_ptr_array_add (doc->consultations, consultation);
}

NapXmlDocument *
nap_xml_document_build (xmlNode    *root,
                        const char *name)
{
  g_autoptr(NapXmlDocument) doc = nap_xml_document_new (name);
  xmlChar *language = xmlGetNsProp (root, (const xmlChar *) "lang", XML_XML_NAMESPACE);
  g_autofree char *content = nap_xml_node_attribute (root, "content");

  init_item (&doc->plan, NAP_TYPE_PLAN, root);
  doc->language = g_strdup ((const char *) language);
  doc->consultations_only = g_strcmp0 (content, "consultations") == 0;
  xmlFree (language);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (nap_xml_node_is (child, "plan"))
        read_plan (doc, child);
      else if (nap_xml_node_is (child, "actors"))
        {
          for (xmlNode *node = child->children; node != NULL; node = node->next)
            if (nap_xml_node_is (node, "actor"))
              {
                NapXmlActor *actor = g_new0 (NapXmlActor, 1);

                init_item (&actor->item, NAP_TYPE_ACTOR, node);
                actor->kind = enum_attribute (node, "kind", NAP_TYPE_ACTOR_KIND);
                actor->name = text (node);
                g_ptr_array_add (doc->actors, actor);
              }
        }
      else if (nap_xml_node_is (child, "levels"))
        {
          for (xmlNode *node = child->children; node != NULL; node = node->next)
            if (nap_xml_node_is (node, "level"))
              {
                NapXmlLevel *level = g_new0 (NapXmlLevel, 1);

                level->line = nap_xml_node_line (node);
                level->depth = (guint) count_attribute (node, "depth");
                level->name = nap_xml_node_attribute (node, "name");
                g_ptr_array_add (doc->levels, level);
              }
        }
      else if (nap_xml_node_is (child, "objectives"))
        {
          for (xmlNode *node = child->children; node != NULL; node = node->next)
            if (nap_xml_node_is (node, "objective"))
              read_objective (doc, NULL, doc->objectives, node);
        }
      else if (nap_xml_node_is (child, "consultations"))
        {
          for (xmlNode *node = child->children; node != NULL; node = node->next)
            if (nap_xml_node_is (node, "consultation"))
              read_consultation (doc, node);
        }
    }

  return g_steal_pointer (&doc);
}

