/* nap-xml-merge-tree.c: merging the objective tree and the consultations
 *
 * An objective the plan has keeps its place: a stale copy must not undo
 * the drafting team's restructuring. A new one goes under its parent in
 * the document, right after the sibling that precedes it there (first if
 * it is the first child), or last when that sibling is elsewhere in the
 * plan. Links (actors, organisations, objectives concerned) are only ever
 * added, like records.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-project-import.h"
#include "nap-xml-merge-private.h"

static const char top_level[] = "top";

/* The children of a parent in their order in the file as the merge goes,
 * new ones included, and where the last new one went: new siblings mostly
 * follow each other.
 */
typedef struct
{
  GPtrArray *children;   /* NapObjective, unowned */
  NapRecord *last;
  guint last_index;
} Order;

void
nap_xml_merge_order_free (gpointer data)
{
  Order *order = data;

  g_ptr_array_unref (order->children);
  g_free (order);
}

static Order *
order_of (NapXmlMerge  *m,
          NapObjective *parent)
{
  gpointer key = parent != NULL ? (gpointer) parent : (gpointer) top_level;
  Order *order = g_hash_table_lookup (m->orders, key);

  if (order == NULL)
    {
      GListModel *children = parent != NULL ? nap_objective_get_children (parent)
                                            : nap_project_get_objectives (m->project);
      guint n = g_list_model_get_n_items (children);

      order = g_new0 (Order, 1);
      order->children = g_ptr_array_sized_new (n + 1);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(NapObjective) child = g_list_model_get_item (children, i);

          g_ptr_array_add (order->children, child);
        }
      g_hash_table_insert (m->orders, key, order);
    }
  return order;
}

static guint
position_for (NapXmlMerge     *m,
              Order           *order,
              NapXmlObjective *xobjective)
{
  GPtrArray *siblings = xobjective->parent != NULL ? xobjective->parent->children : m->doc->objectives;
  NapXmlObjective *previous;
  NapRecord *record;
  guint index;

  if (xobjective->index == 0)
    return 0;

  previous = g_ptr_array_index (siblings, xobjective->index - 1);
  record = nap_xml_merge_lookup (m, previous->item.uuid);
  if (record != NULL && record == order->last)
    return order->last_index + 1;
  if (record != NULL && g_ptr_array_find (order->children, record, &index))
    return index + 1;
  return order->children->len;
}

static gboolean
merge_budget_line (NapXmlMerge      *m,
                   NapXmlBudgetLine *xline,
                   NapObjective     *owner,
                   const char       *owner_name,
                   int               position)
{
  g_autoptr(NapBudgetLine) incoming = nap_xml_budget_line_to_record (xline);
  NapRecord *existing = nap_xml_merge_lookup (m, xline->item.uuid);
  NapRecord *funder = xline->funder != NULL ? nap_xml_merge_lookup (m, xline->funder->uuid) : NULL;
  g_autofree char *name = nap_xml_merge_brief (xline->label);

  if (existing != NULL)
    {
      NapActor *current = nap_project_lookup_actor (m->project,
                                                    nap_budget_line_get_funder_id (NAP_BUDGET_LINE (existing)));
      const char *current_uuid = current != NULL ? nap_record_get_uuid (NAP_RECORD (current)) : NULL;

      if (!nap_xml_merge_update_fields (m, existing, NAP_RECORD (incoming)))
        return FALSE;
      if (g_strcmp0 (current_uuid, xline->funder != NULL ? xline->funder->uuid : NULL) != 0)
        {
          nap_xml_merge_note_change (m, C_("changed field", "funder"));
          if (m->apply
              && !nap_project_set_int (m->project, existing, "funder-id",
                                       funder != NULL ? nap_record_get_id (funder) : 0, m->error))
            return FALSE;
        }
      nap_xml_merge_report_changes (m, NAP_MERGE_KIND_BUDGET_LINE,
                                    _("The budget line “%s” changes: %s."), name);
      return TRUE;
    }

  nap_merge_report_add (m->report, NAP_MERGE_KIND_BUDGET_LINE, TRUE,
                        g_strdup_printf (_("New budget line “%s” on the objective %s."), name, owner_name));
  if (m->apply)
    g_object_set (incoming,
                  "objective-id", nap_record_get_id (NAP_RECORD (owner)),
                  "position", position,
                  "funder-id", funder != NULL ? nap_record_get_id (funder) : (gint64) 0,
                  NULL);
  return nap_xml_merge_add (m, NAP_RECORD (incoming));
}

/* Indicators and budget lines: the ones the plan has are updated where
 * they are; new ones go last on @owner.
 */
static gboolean
merge_parts (NapXmlMerge     *m,
             NapXmlObjective *xobjective,
             NapObjective    *owner,
             gboolean         owner_is_new,
             const char      *owner_name)
{
  int n_indicators = owner_is_new ? 0 : (int) g_list_model_get_n_items (nap_objective_get_indicators (owner));
  int n_lines = owner_is_new ? 0 : (int) g_list_model_get_n_items (nap_objective_get_budget_lines (owner));

  for (guint i = 0; i < xobjective->indicators->len; i++)
    {
      NapXmlIndicator *xindicator = g_ptr_array_index (xobjective->indicators, i);
      g_autoptr(NapIndicator) incoming = nap_xml_indicator_to_record (xindicator);
      NapRecord *existing = nap_xml_merge_lookup (m, xindicator->item.uuid);
      g_autofree char *name = nap_xml_merge_brief (xindicator->title);

      if (existing != NULL)
        {
          if (!nap_xml_merge_update_fields (m, existing, NAP_RECORD (incoming)))
            return FALSE;
          nap_xml_merge_report_changes (m, NAP_MERGE_KIND_INDICATOR,
                                        _("The indicator “%s” changes: %s."), name);
          continue;
        }

      nap_merge_report_add (m->report, NAP_MERGE_KIND_INDICATOR, TRUE,
                            g_strdup_printf (_("New indicator “%s” on the objective %s."), name, owner_name));
      if (m->apply)
        g_object_set (incoming,
                      "objective-id", nap_record_get_id (NAP_RECORD (owner)),
                      "position", n_indicators++,
                      NULL);
      if (!nap_xml_merge_add (m, NAP_RECORD (incoming)))
        return FALSE;
    }

  for (guint i = 0; i < xobjective->budget_lines->len; i++)
    {
      NapXmlBudgetLine *xline = g_ptr_array_index (xobjective->budget_lines, i);
      gboolean is_new = nap_xml_merge_lookup (m, xline->item.uuid) == NULL;

      if (!merge_budget_line (m, xline, owner, owner_name, n_lines))
        return FALSE;
      if (is_new)
        n_lines++;
    }
  return TRUE;
}

static gboolean merge_objective (NapXmlMerge     *m,
                                 NapXmlObjective *xobjective,
                                 NapObjective    *parent,
                                 const char      *parent_name,
                                 int              depth);

static gboolean
add_objective (NapXmlMerge     *m,
               NapXmlObjective *xobjective,
               NapObjective    *incoming,
               NapObjective    *parent,
               const char      *parent_name,
               int              depth)
{
  g_autofree char *title = nap_xml_merge_brief (xobjective->title);
  g_autofree char *name = NULL;

  if (depth >= NAP_MAX_DEPTH)
    return nap_xml_merge_fail (m, xobjective->item.line,
                               _("the new objective “%s” would be more than %d levels deep in this plan."),
                               title, NAP_MAX_DEPTH);

  if (parent_name != NULL)
    nap_merge_report_add (m->report, NAP_MERGE_KIND_OBJECTIVE, TRUE,
                          g_strdup_printf (_("New objective “%s” under %s."), title, parent_name));
  else
    nap_merge_report_add (m->report, NAP_MERGE_KIND_OBJECTIVE, TRUE,
                          g_strdup_printf (_("New top-level objective “%s”."), title));

  if (m->apply)
    {
      Order *order = order_of (m, parent);
      guint position = position_for (m, order, xobjective);
      gint64 parent_id = parent != NULL ? nap_record_get_id (NAP_RECORD (parent)) : 0;

      if (!nap_project_import_make_room (m->project, parent_id, (int) position, m->error))
        return FALSE;
      g_object_set (incoming, "parent-id", parent_id, "position", (int) position, NULL);
      if (!nap_xml_merge_add (m, NAP_RECORD (incoming)))
        return FALSE;
      g_ptr_array_insert (order->children, (int) position, incoming);
      order->last = NAP_RECORD (incoming);
      order->last_index = position;

      for (guint role = 0; role < NAP_N_ACTOR_ROLES; role++)
        for (guint i = 0; i < xobjective->actors[role]->len; i++)
          {
            NapXmlRef *ref = g_ptr_array_index (xobjective->actors[role], i);

            if (!nap_xml_merge_link (m, NAP_RECORD (incoming), ref->uuid, (int) role, (int) i))
              return FALSE;
          }
    }

  /* Translators: how the merge report names a new objective, by its title */
  name = g_strdup_printf (C_("merge report", "“%s”"), title);
  if (!merge_parts (m, xobjective, incoming, TRUE, name))
    return FALSE;

  for (guint i = 0; i < xobjective->children->len; i++)
    if (!merge_objective (m, g_ptr_array_index (xobjective->children, i), incoming, name, depth + 1))
      return FALSE;
  return TRUE;
}

static gboolean
update_objective (NapXmlMerge     *m,
                  NapXmlObjective *xobjective,
                  NapObjective    *objective,
                  NapObjective    *incoming)
{
  static const char *role_labels[NAP_N_ACTOR_ROLES] = {
    NC_("changed field", "lead"),
    NC_("changed field", "partners"),
    NC_("changed field", "monitors"),
  };
  g_autofree char *name = nap_xml_merge_objective_name (objective);

  /* In a consultations-only export, an objective the plan has is there to
   * be referred to: the team's version stands. New children still come.
   */
  if (m->doc->consultations_only)
    goto children;

  if (!nap_xml_merge_update_fields (m, NAP_RECORD (objective), NAP_RECORD (incoming)))
    return FALSE;

  for (guint role = 0; role < NAP_N_ACTOR_ROLES; role++)
    {
      GListModel *actors = nap_objective_get_actors (objective, role);
      g_autoptr(GHashTable) present = nap_xml_merge_uuid_set (actors);
      int position = (int) g_list_model_get_n_items (actors);

      for (guint i = 0; i < xobjective->actors[role]->len; i++)
        {
          NapXmlRef *ref = g_ptr_array_index (xobjective->actors[role], i);

          if (g_hash_table_contains (present, ref->uuid))
            continue;
          nap_xml_merge_note_change (m, g_dpgettext2 (GETTEXT_PACKAGE, "changed field", role_labels[role]));
          if (!nap_xml_merge_link (m, NAP_RECORD (objective), ref->uuid, (int) role, position++))
            return FALSE;
        }
    }
  nap_xml_merge_report_changes (m, NAP_MERGE_KIND_OBJECTIVE, _("The objective %s changes: %s."), name);

  if (!merge_parts (m, xobjective, objective, FALSE, name))
    return FALSE;

children:
  for (guint i = 0; i < xobjective->children->len; i++)
    if (!merge_objective (m, g_ptr_array_index (xobjective->children, i), objective, name,
                          nap_objective_get_depth (objective) + 1))
      return FALSE;
  return TRUE;
}

/**
 * merge_objective:
 * @parent: (nullable): where a new objective goes: %NULL for the top level;
 *   in a preview, %NULL also for a parent that is new
 * @parent_name: (nullable): for the report; %NULL at the top level
 * @depth: the depth a new objective would have here
 */
static gboolean
merge_objective (NapXmlMerge     *m,
                 NapXmlObjective *xobjective,
                 NapObjective    *parent,
                 const char      *parent_name,
                 int              depth)
{
  g_autoptr(NapObjective) incoming = nap_xml_objective_to_record (xobjective);
  NapRecord *existing = nap_xml_merge_lookup (m, xobjective->item.uuid);

  if (existing != NULL)
    return update_objective (m, xobjective, NAP_OBJECTIVE (existing), incoming);
  return add_objective (m, xobjective, incoming, parent, parent_name, depth);
}

gboolean
nap_xml_merge_objectives (NapXmlMerge *m)
{
  for (guint i = 0; i < m->doc->objectives->len; i++)
    if (!merge_objective (m, g_ptr_array_index (m->doc->objectives, i), NULL, NULL, 0))
      return FALSE;
  return TRUE;
}

/* Groups and organisations: counts updated, new ones added, none removed. */
static gboolean
merge_attendance (NapXmlMerge        *m,
                  NapXmlConsultation *xconsultation,
                  NapConsultation    *consultation,
                  gboolean            is_new)
{
  GPtrArray *groups = nap_consultation_get_groups (consultation);
  GListModel *organisations = nap_consultation_get_organisations (consultation);
  int n_groups = is_new ? 0 : (int) groups->len;
  int n_organisations = is_new ? 0 : (int) g_list_model_get_n_items (organisations);
  gint64 id = m->apply ? nap_record_get_id (NAP_RECORD (consultation)) : 0;
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) present = nap_xml_merge_uuid_set (organisations);

  for (guint i = 0; !is_new && i < groups->len; i++)
    {
      NapParticipantGroup *group = g_ptr_array_index (groups, i);

      g_hash_table_insert (by_name, group->name, group);
    }

  for (guint i = 0; i < xconsultation->groups->len; i++)
    {
      NapXmlGroup *xgroup = g_ptr_array_index (xconsultation->groups, i);
      NapParticipantGroup *group = g_hash_table_lookup (by_name, xgroup->name);
      int position = n_groups;

      if (group != NULL && group->count == xgroup->count)
        continue;
      if (group == NULL)
        n_groups++;
      if (!is_new)
        nap_xml_merge_note_change (m, C_("changed field", "groups of participants"));
      if (m->apply && !nap_project_import_group (m->project, id, xgroup->name, xgroup->count, position, m->error))
        return FALSE;
    }

  for (guint i = 0; i < xconsultation->organisations->len; i++)
    {
      NapXmlRef *ref = g_ptr_array_index (xconsultation->organisations, i);

      if (!is_new && g_hash_table_contains (present, ref->uuid))
        continue;
      if (!is_new)
        nap_xml_merge_note_change (m, C_("changed field", "organisations"));
      if (!nap_xml_merge_link (m, NAP_RECORD (consultation), ref->uuid, 0, n_organisations++))
        return FALSE;
    }
  return TRUE;
}

static gboolean
merge_recommendations (NapXmlMerge        *m,
                       NapXmlConsultation *xconsultation,
                       NapConsultation    *consultation,
                       gboolean            is_new,
                       const char         *consultation_name)
{
  int n = is_new ? 0 : (int) g_list_model_get_n_items (nap_consultation_get_recommendations (consultation));

  for (guint i = 0; i < xconsultation->recommendations->len; i++)
    {
      NapXmlRecommendation *xrecommendation = g_ptr_array_index (xconsultation->recommendations, i);
      g_autoptr(NapRecommendation) incoming = nap_xml_recommendation_to_record (xrecommendation);
      NapRecord *existing = nap_xml_merge_lookup (m, xrecommendation->item.uuid);
      g_autofree char *name = nap_xml_merge_brief (xrecommendation->text);
      g_autoptr(GHashTable) present = NULL;
      NapRecord *owner = existing;

      if (existing != NULL)
        {
          if (!nap_xml_merge_update_fields (m, existing, NAP_RECORD (incoming)))
            return FALSE;
        }
      else
        {
          nap_merge_report_add (m->report, NAP_MERGE_KIND_RECOMMENDATION, TRUE,
                                g_strdup_printf (_("New recommendation “%s” from the consultation “%s”."),
                                                 name, consultation_name));
          if (m->apply)
            g_object_set (incoming,
                          "consultation-id", nap_record_get_id (NAP_RECORD (consultation)),
                          "position", n++,
                          NULL);
          if (!nap_xml_merge_add (m, NAP_RECORD (incoming)))
            return FALSE;
          owner = NAP_RECORD (incoming);
        }

      if (existing != NULL)
        present = nap_xml_merge_uuid_set (nap_recommendation_get_objectives (NAP_RECOMMENDATION (existing)));
      for (guint j = 0; j < xrecommendation->concerns->len; j++)
        {
          NapXmlRef *ref = g_ptr_array_index (xrecommendation->concerns, j);

          if (existing != NULL)
            {
              if (g_hash_table_contains (present, ref->uuid))
                continue;
              nap_xml_merge_note_change (m, C_("changed field", "objectives concerned"));
            }
          if (!nap_xml_merge_link (m, owner, ref->uuid, 0, 0))
            return FALSE;
        }

      nap_xml_merge_report_changes (m, NAP_MERGE_KIND_RECOMMENDATION,
                                    _("The recommendation “%s” changes: %s."), name);
    }
  return TRUE;
}

gboolean
nap_xml_merge_consultations (NapXmlMerge *m)
{
  for (guint i = 0; i < m->doc->consultations->len; i++)
    {
      NapXmlConsultation *xconsultation = g_ptr_array_index (m->doc->consultations, i);
      g_autoptr(NapConsultation) incoming = nap_xml_consultation_to_record (xconsultation);
      NapRecord *existing = nap_xml_merge_lookup (m, xconsultation->item.uuid);
      g_autofree char *name = nap_xml_merge_brief (xconsultation->title);
      NapConsultation *consultation = existing != NULL ? NAP_CONSULTATION (existing) : incoming;

      if (existing != NULL)
        {
          if (!nap_xml_merge_update_fields (m, existing, NAP_RECORD (incoming)))
            return FALSE;
        }
      else
        {
          nap_merge_report_add (m->report, NAP_MERGE_KIND_CONSULTATION, TRUE,
                                g_strdup_printf (_("New consultation “%s”."), name));
          if (!nap_xml_merge_add (m, NAP_RECORD (incoming)))
            return FALSE;
        }

      if (!merge_attendance (m, xconsultation, consultation, existing == NULL))
        return FALSE;
      nap_xml_merge_report_changes (m, NAP_MERGE_KIND_CONSULTATION,
                                    _("The consultation “%s” changes: %s."), name);

      if (!merge_recommendations (m, xconsultation, consultation, existing == NULL, name))
        return FALSE;
    }
  return TRUE;
}
