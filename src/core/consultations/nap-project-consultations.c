/* nap-project-consultations.c: the consultation log and its recommendations
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-project-private.h"

static void
take_consultation (NapProject *self,
                   NapRecord  *record,
                   gpointer    data)
{
  g_list_store_append (self->consultations, record);
}

static void
take_recommendation (NapProject *self,
                     NapRecord  *record,
                     gpointer    data)
{
  GHashTable *consultations = data;
  NapRecommendation *recommendation = NAP_RECOMMENDATION (record);
  gint64 consultation_id = nap_recommendation_get_consultation_id (recommendation);
  NapConsultation *consultation;

  consultation = g_hash_table_lookup (consultations, &consultation_id);
  if (consultation == NULL)
    return;

  recommendation->consultation = consultation;
  g_list_store_append (consultation->recommendations, recommendation);
}

/* Positions stay 0, 1, 2... within each owner. A new link or record is
 * placed at the count of those it joins; after a gap left by a removal it
 * would tie with an older one, and SQL gives ties no order, so the plan
 * read back from the file would differ from the plan shown. Each statement
 * renumbers in the order the plan is read in.
 */
static const char * const pack_sql[] = {
  [NAP_PACK_GROUPS] =
    "UPDATE participant_group SET position = packed.n FROM"
    " (SELECT rowid AS row, row_number () OVER (PARTITION BY consultation_id ORDER BY position, name) - 1 AS n"
    "  FROM participant_group) AS packed"
    " WHERE participant_group.rowid = packed.row AND participant_group.position <> packed.n",
  [NAP_PACK_ORGANISATIONS] =
    "UPDATE consultation_actor SET position = packed.n FROM"
    " (SELECT rowid AS row, row_number () OVER (PARTITION BY consultation_id ORDER BY position, rowid) - 1 AS n"
    "  FROM consultation_actor) AS packed"
    " WHERE consultation_actor.rowid = packed.row AND consultation_actor.position <> packed.n",
  [NAP_PACK_OBJECTIVE_ACTORS] =
    "UPDATE objective_actor SET position = packed.n FROM"
    " (SELECT rowid AS row, row_number () OVER (PARTITION BY objective_id, role ORDER BY position, rowid) - 1 AS n"
    "  FROM objective_actor) AS packed"
    " WHERE objective_actor.rowid = packed.row AND objective_actor.position <> packed.n",
  [NAP_PACK_RECOMMENDATIONS] =
    "UPDATE recommendation SET position = packed.n FROM"
    " (SELECT id AS row, row_number () OVER (PARTITION BY consultation_id ORDER BY position, id) - 1 AS n"
    "  FROM recommendation) AS packed"
    " WHERE recommendation.id = packed.row AND recommendation.position <> packed.n",
};

/**
 * nap_project_pack_positions:
 *
 * Renumbers the positions of @what densely; call it inside the edit that
 * removed something.
 */
gboolean
nap_project_pack_positions (NapProject   *self,
                            NapPackWhat   what,
                            GError      **error)
{
  sqlite3_stmt *stmt;

  g_assert (what < G_N_ELEMENTS (pack_sql));

  stmt = nap_store_prepare (self->store, pack_sql[what], error);
  return stmt != NULL && nap_store_step_done (self->store, stmt, error);
}

/* After a recommendation is deleted: the numbers in memory follow the file. */
void
nap_project_renumber_recommendations (NapConsultation *consultation)
{
  GListModel *list = G_LIST_MODEL (consultation->recommendations);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (list, i);

      g_object_set (recommendation, "position", (int) i, NULL);
    }
}

gboolean
nap_project_load_consultations (NapProject  *self,
                                GError     **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) recommendations = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;
  guint n;
  int rc;

  if (!nap_project_load_records (self, NAP_TYPE_CONSULTATION,
                                 "ORDER BY start_date IS NULL, start_date, id",
                                 take_consultation, NULL, error))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->consultations));
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (guint i = 0; i < n; i++)
    {
      NapConsultation *consultation = g_list_model_get_item (G_LIST_MODEL (self->consultations), i);
      gint64 id = nap_record_get_id (NAP_RECORD (consultation));

      g_array_append_val (ids, id);
      g_hash_table_insert (by_id, &g_array_index (ids, gint64, i), consultation);
      g_object_unref (consultation); /* the store keeps it */
    }

  if (!nap_project_load_records (self, NAP_TYPE_RECOMMENDATION, "ORDER BY consultation_id, position, id",
                                 take_recommendation, by_id, error))
    return FALSE;

  stmt = nap_store_prepare (self->store,
                            "SELECT consultation_id, name, count FROM participant_group"
                            " ORDER BY consultation_id, position, name", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      NapConsultation *consultation = g_hash_table_lookup (by_id, &id);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *valid = g_utf8_make_valid (name != NULL ? name : "", -1);

      if (consultation != NULL)
        g_ptr_array_add (consultation->groups,
                         nap_participant_group_new (valid, (int) CLAMP (sqlite3_column_int64 (stmt, 2), 0, G_MAXINT)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return nap_store_set_error (self->store, rc, error);

  stmt = nap_store_prepare (self->store,
                            "SELECT consultation_id, actor_id FROM consultation_actor"
                            " ORDER BY consultation_id, position, rowid", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      NapConsultation *consultation = g_hash_table_lookup (by_id, &id);
      NapActor *actor = nap_project_lookup_actor (self, sqlite3_column_int64 (stmt, 1));

      if (consultation != NULL && actor != NULL)
        g_list_store_append (consultation->organisations, actor);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return nap_store_set_error (self->store, rc, error);

  /* Index recommendations by id for the links. */
  for (guint i = 0; i < n; i++)
    {
      NapConsultation *consultation = g_hash_table_lookup (by_id, &g_array_index (ids, gint64, i));
      GListModel *list = G_LIST_MODEL (consultation->recommendations);

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          NapRecommendation *recommendation = g_list_model_get_item (list, j);
          gint64 *key = g_new (gint64, 1);

          *key = nap_record_get_id (NAP_RECORD (recommendation));
          g_hash_table_insert (recommendations, key, recommendation);
          g_object_unref (recommendation);
        }
    }

  stmt = nap_store_prepare (self->store,
                            "SELECT recommendation_id, objective_id FROM recommendation_objective"
                            " ORDER BY recommendation_id, rowid", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      NapRecommendation *recommendation = g_hash_table_lookup (recommendations, &id);
      NapObjective *objective = nap_project_lookup_objective (self, sqlite3_column_int64 (stmt, 1));

      if (recommendation != NULL && objective != NULL)
        g_list_store_append (recommendation->objectives, objective);
    }
  sqlite3_reset (stmt);

  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, recommendations);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_free (key);
  }

  if (rc != SQLITE_DONE)
    return nap_store_set_error (self->store, rc, error);
  return TRUE;
}

/**
 * nap_project_add_consultation:
 * @self: a #NapProject
 * @title: the title
 *
 * Returns: (transfer none): the new session, or %NULL with @error set
 */
NapConsultation *
nap_project_add_consultation (NapProject  *self,
                              const char  *title,
                              GError     **error)
{
  g_autoptr(NapConsultation) consultation = NULL;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  if (title != NULL && !g_utf8_validate (title, -1, NULL))
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID, _("The text is not valid UTF-8."));
      return NULL;
    }

  consultation = g_object_new (NAP_TYPE_CONSULTATION, "title", title != NULL ? title : "", NULL);

  if (!nap_project_edit_begin (self, error))
    return NULL;
  ok = nap_project_insert_record (self, NAP_RECORD (consultation), error);
  if (!nap_project_edit_end (self, ok, error))
    {
      nap_project_unindex_record (self, NAP_RECORD (consultation));
      return NULL;
    }

  g_list_store_append (self->consultations, consultation);
  nap_project_emit_changed (self);
  return consultation;
}

static NapParticipantGroup *
find_group (NapConsultation *consultation,
            const char      *name,
            guint           *index)
{
  for (guint i = 0; i < consultation->groups->len; i++)
    {
      NapParticipantGroup *group = g_ptr_array_index (consultation->groups, i);

      if (g_str_equal (group->name, name))
        {
          if (index != NULL)
            *index = i;
          return group;
        }
    }
  return NULL;
}

/**
 * nap_project_set_group_count:
 * @self: a #NapProject
 * @consultation: a #NapConsultation
 * @group: the group's name: "Youth", "Displaced persons"...
 *
 * Counts the participants of @consultation who belong to @group, adding
 * the group if the session has none of that name.
 */
gboolean
nap_project_set_group_count (NapProject       *self,
                             NapConsultation  *consultation,
                             const char       *group,
                             int               count,
                             GError          **error)
{
  NapParticipantGroup *existing;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_CONSULTATION (consultation), FALSE);
  g_return_val_if_fail (group != NULL, FALSE);

  if (!g_utf8_validate (group, -1, NULL) || nap_text_is_blank (group))
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID, _("A group needs a name."));
      return FALSE;
    }
  if (count < 0)
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                           _("A number of participants cannot be negative."));
      return FALSE;
    }

  existing = find_group (consultation, group, NULL);
  if (existing != NULL && existing->count == count)
    return TRUE;

  if (!nap_project_edit_begin (self, error))
    return FALSE;
  stmt = nap_store_prepare (self->store,
                            "INSERT INTO participant_group (consultation_id, name, count, position)"
                            " VALUES (?1, ?2, ?3, ?4)"
                            " ON CONFLICT (consultation_id, name) DO UPDATE SET count = ?3", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, nap_record_get_id (NAP_RECORD (consultation)));
      sqlite3_bind_text (stmt, 2, group, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 3, count);
      sqlite3_bind_int (stmt, 4, (int) consultation->groups->len);
      ok = nap_store_step_done (self->store, stmt, error);
    }
  if (!nap_project_edit_end (self, ok, error))
    return FALSE;

  if (existing != NULL)
    existing->count = count;
  else
    g_ptr_array_add (consultation->groups, nap_participant_group_new (group, count));
  nap_project_emit_changed (self);
  return TRUE;
}

/**
 * nap_project_remove_group:
 * @self: a #NapProject
 * @consultation: a #NapConsultation
 * @group: the name of the group, as stored
 */
gboolean
nap_project_remove_group (NapProject       *self,
                          NapConsultation  *consultation,
                          const char       *group,
                          GError          **error)
{
  sqlite3_stmt *stmt;
  guint index;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_CONSULTATION (consultation), FALSE);
  g_return_val_if_fail (group != NULL, FALSE);

  if (find_group (consultation, group, &index) == NULL)
    return TRUE;

  if (!nap_project_edit_begin (self, error))
    return FALSE;
  stmt = nap_store_prepare (self->store,
                            "DELETE FROM participant_group WHERE consultation_id = ? AND name = ?", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, nap_record_get_id (NAP_RECORD (consultation)));
      sqlite3_bind_text (stmt, 2, group, -1, SQLITE_TRANSIENT);
      ok = nap_store_step_done (self->store, stmt, error)
           && nap_project_pack_positions (self, NAP_PACK_GROUPS, error);
    }
  if (!nap_project_edit_end (self, ok, error))
    return FALSE;

  g_ptr_array_remove_index (consultation->groups, index);
  nap_project_emit_changed (self);
  return TRUE;
}

/* @pack: what to renumber after a removal, or -1 */
static gboolean
set_link (NapProject  *self,
          const char  *sql,
          gint64       a,
          gint64       b,
          int          position,
          int          pack,
          GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!nap_project_edit_begin (self, error))
    return FALSE;
  stmt = nap_store_prepare (self->store, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, a);
      sqlite3_bind_int64 (stmt, 2, b);
      if (position >= 0)
        sqlite3_bind_int (stmt, 3, position);
      ok = nap_store_step_done (self->store, stmt, error);
    }
  if (ok && pack >= 0)
    ok = nap_project_pack_positions (self, (NapPackWhat) pack, error);
  return nap_project_edit_end (self, ok, error);
}

/**
 * nap_project_add_organisation:
 * @self: a #NapProject
 * @consultation: a #NapConsultation
 * @actor: a #NapActor
 */
gboolean
nap_project_add_organisation (NapProject       *self,
                              NapConsultation  *consultation,
                              NapActor         *actor,
                              GError          **error)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_CONSULTATION (consultation), FALSE);
  g_return_val_if_fail (NAP_IS_ACTOR (actor), FALSE);

  if (g_list_store_find (consultation->organisations, actor, NULL))
    return TRUE;

  if (!set_link (self,
                 "INSERT INTO consultation_actor (consultation_id, actor_id, position) VALUES (?, ?, ?)",
                 nap_record_get_id (NAP_RECORD (consultation)), nap_record_get_id (NAP_RECORD (actor)),
                 (int) g_list_model_get_n_items (G_LIST_MODEL (consultation->organisations)), -1, error))
    return FALSE;

  g_list_store_append (consultation->organisations, actor);
  nap_project_emit_changed (self);
  return TRUE;
}

/**
 * nap_project_remove_organisation:
 * @self: a #NapProject
 * @consultation: a #NapConsultation
 * @actor: a #NapActor
 */
gboolean
nap_project_remove_organisation (NapProject       *self,
                                 NapConsultation  *consultation,
                                 NapActor         *actor,
                                 GError          **error)
{
  guint index;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_CONSULTATION (consultation), FALSE);
  g_return_val_if_fail (NAP_IS_ACTOR (actor), FALSE);

  if (!g_list_store_find (consultation->organisations, actor, &index))
    return TRUE;

  if (!set_link (self, "DELETE FROM consultation_actor WHERE consultation_id = ? AND actor_id = ?",
                 nap_record_get_id (NAP_RECORD (consultation)), nap_record_get_id (NAP_RECORD (actor)),
                 -1, NAP_PACK_ORGANISATIONS, error))
    return FALSE;

  g_list_store_remove (consultation->organisations, index);
  nap_project_emit_changed (self);
  return TRUE;
}

/**
 * nap_project_add_recommendation:
 * @self: a #NapProject
 * @consultation: a #NapConsultation
 * @text: the text
 *
 * Returns: (transfer none): the new recommendation, pending, or %NULL with
 *   @error set
 */
NapRecommendation *
nap_project_add_recommendation (NapProject       *self,
                                NapConsultation  *consultation,
                                const char       *text,
                                GError          **error)
{
  g_autoptr(NapRecommendation) recommendation = NULL;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (NAP_IS_CONSULTATION (consultation), NULL);

  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID, _("The text is not valid UTF-8."));
      return NULL;
    }

  recommendation = g_object_new (NAP_TYPE_RECOMMENDATION,
                                 "consultation-id", nap_record_get_id (NAP_RECORD (consultation)),
                                 "position", (int) g_list_model_get_n_items (G_LIST_MODEL (consultation->recommendations)),
                                 "text", text != NULL ? text : "",
                                 NULL);

  if (!nap_project_edit_begin (self, error))
    return NULL;
  ok = nap_project_insert_record (self, NAP_RECORD (recommendation), error);
  if (!nap_project_edit_end (self, ok, error))
    {
      nap_project_unindex_record (self, NAP_RECORD (recommendation));
      return NULL;
    }

  recommendation->consultation = consultation;
  g_list_store_append (consultation->recommendations, recommendation);
  nap_project_emit_changed (self);
  return recommendation;
}

/**
 * nap_project_link_recommendation:
 * @self: a #NapProject
 * @recommendation: a #NapRecommendation
 * @objective: a #NapObjective
 * @linked: whether @recommendation concerns @objective
 */
gboolean
nap_project_link_recommendation (NapProject         *self,
                                 NapRecommendation  *recommendation,
                                 NapObjective       *objective,
                                 gboolean            linked,
                                 GError            **error)
{
  guint index;
  gboolean present;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (recommendation), FALSE);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), FALSE);

  present = g_list_store_find (recommendation->objectives, objective, &index);
  if (present == !!linked)
    return TRUE;

  if (!set_link (self,
                 linked ? "INSERT INTO recommendation_objective (recommendation_id, objective_id) VALUES (?, ?)"
                        : "DELETE FROM recommendation_objective WHERE recommendation_id = ? AND objective_id = ?",
                 nap_record_get_id (NAP_RECORD (recommendation)), nap_record_get_id (NAP_RECORD (objective)),
                 -1, -1, error))
    return FALSE;

  if (linked)
    g_list_store_append (recommendation->objectives, objective);
  else
    g_list_store_remove (recommendation->objectives, index);
  nap_project_emit_changed (self);
  return TRUE;
}

/**
 * nap_project_list_recommendations_for:
 * @self: a #NapProject
 * @objective: a #NapObjective
 *
 * Returns: (transfer full) (element-type NapRecommendation): the
 *   recommendations that concern @objective, by session date
 */
GPtrArray *
nap_project_list_recommendations_for (NapProject   *self,
                                      NapObjective *objective)
{
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), NULL);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->consultations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapConsultation) consultation = g_list_model_get_item (G_LIST_MODEL (self->consultations), i);
      GListModel *list = G_LIST_MODEL (consultation->recommendations);

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (list, j);

          if (g_list_store_find (recommendation->objectives, objective, NULL))
            g_ptr_array_add (result, g_object_ref (recommendation));
        }
    }
  return result;
}
