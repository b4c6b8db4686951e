/* nap-project-import.c: writing records that come with their own UUIDs
 *
 * The public editing functions make new records with new UUIDs and keep
 * the objects in memory in step with every row. Import and merge write
 * many rows that already have UUIDs, in one batch, and then read the plan
 * back; these are the few writes they need besides
 * nap_project_insert_record() and nap_project_set_value().
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-project"

#include "config.h"

#include "nap-error.h"
#include "nap-project-import.h"
#include "nap-project-private.h"

/**
 * nap_project_new_for_import:
 * @store: a #NapStore
 *
 * Returns: (transfer full): a project on @store, a new and empty file,
 *   whose objects are not loaded
 */
NapProject *
nap_project_new_for_import (NapStore *store)
{
  NapProject *self;

  g_return_val_if_fail (NAP_IS_STORE (store), NULL);

  self = g_object_new (NAP_TYPE_PROJECT, NULL);
  self->store = g_object_ref (store);
  return self;
}

static gboolean
run (NapProject   *self,
     sqlite3_stmt *stmt,
     GError      **error)
{
  gboolean ok;

  if (!nap_project_edit_begin (self, error))
    {
      sqlite3_reset (stmt);
      return FALSE;
    }
  ok = nap_store_step_done (self->store, stmt, error);
  return nap_project_edit_end (self, ok, error);
}

/**
 * nap_project_import_make_room:
 * @self: a #NapProject
 *
 * Moves the siblings at @position and after one place down, so that a new
 * objective can go at @position. @parent_id is 0 for the top level.
 */
gboolean
nap_project_import_make_room (NapProject  *self,
                              gint64       parent_id,
                              int          position,
                              GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);

  stmt = nap_store_prepare (self->store,
                            "UPDATE objective SET position = position + 1"
                            " WHERE parent_id IS NULLIF (?1, 0) AND position >= ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_int (stmt, 2, position);
  return run (self, stmt, error);
}

/**
 * nap_project_import_level:
 * @self: a #NapProject
 * @name: the name of the level at @depth
 */
gboolean
nap_project_import_level (NapProject  *self,
                          guint        depth,
                          const char  *name,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);

  stmt = nap_store_prepare (self->store,
                            "INSERT INTO level (depth, name) VALUES (?1, ?2)"
                            " ON CONFLICT (depth) DO UPDATE SET name = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) depth);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  return run (self, stmt, error);
}

/**
 * nap_project_import_link:
 * @self: a #NapProject
 * @owner: an objective, consultation or recommendation
 * @other: an actor (objective, consultation) or an objective (recommendation)
 * @role: a #NapActorRole for an objective's actors, otherwise ignored
 *
 * Links two records that are both written already.
 */
gboolean
nap_project_import_link (NapProject  *self,
                         NapRecord   *owner,
                         NapRecord   *other,
                         int          role,
                         int          position,
                         GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (nap_record_get_id (owner) != 0 && nap_record_get_id (other) != 0, FALSE);

  if (NAP_IS_OBJECTIVE (owner))
    {
      stmt = nap_store_prepare (self->store,
                                "INSERT INTO objective_actor (objective_id, actor_id, role, position)"
                                " VALUES (?1, ?2, ?4, ?3)", error);
      if (stmt != NULL)
        sqlite3_bind_text (stmt, 4, nap_enum_to_nick (NAP_TYPE_ACTOR_ROLE, role), -1, SQLITE_STATIC);
    }
  else if (NAP_IS_CONSULTATION (owner))
    stmt = nap_store_prepare (self->store,
                              "INSERT INTO consultation_actor (consultation_id, actor_id, position)"
                              " VALUES (?1, ?2, ?3)", error);
  else if (NAP_IS_RECOMMENDATION (owner))
    stmt = nap_store_prepare (self->store,
                              "INSERT INTO recommendation_objective (recommendation_id, objective_id)"
                              " VALUES (?1, ?2)", error);
  else
    g_return_val_if_reached (FALSE);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, nap_record_get_id (owner));
  sqlite3_bind_int64 (stmt, 2, nap_record_get_id (other));
  if (!NAP_IS_RECOMMENDATION (owner))
    sqlite3_bind_int (stmt, 3, position);
  return run (self, stmt, error);
}

/**
 * nap_project_import_group:
 * @self: a #NapProject
 * @name: the group's name, as stored
 *
 * Adds a group of participants, or sets the count of the one of that name.
 */
gboolean
nap_project_import_group (NapProject  *self,
                          gint64       consultation_id,
                          const char  *name,
                          int          count,
                          int          position,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);

  stmt = nap_store_prepare (self->store,
                            "INSERT INTO participant_group (consultation_id, name, count, position)"
                            " VALUES (?1, ?2, ?3, ?4)"
                            " ON CONFLICT (consultation_id, name) DO UPDATE SET count = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, consultation_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, count);
  sqlite3_bind_int (stmt, 4, position);
  return run (self, stmt, error);
}
