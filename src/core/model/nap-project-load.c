/* nap-project-load.c: opening a plan, or making a new one, and reading
 * its records from the file into memory
 *
 * NapProject's own file (nap-project.c) keeps the open plan and its
 * edits; this one builds the picture of the file that they start from.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-project"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "nap-checks.h"
#include "nap-error.h"
#include "nap-history.h"
#include "nap-iso-codes.h"
#include "nap-project-private.h"

static void
take_plan (NapProject *self,
           NapRecord  *record,
           gpointer    data)
{
  if (self->plan == NULL)
    self->plan = g_object_ref (NAP_PLAN (record));
}

static void
append_to (NapProject *self,
           NapRecord  *record,
           gpointer    data)
{
  g_list_store_append (G_LIST_STORE (data), record);
}

static void
take_actor (NapProject *self,
            NapRecord  *record,
            gpointer    data)
{
  gint64 *key = g_new (gint64, 1);

  *key = nap_record_get_id (record);
  g_hash_table_insert (self->actors_by_id, key, record);
  g_list_store_append (self->actors, record);
}

static void
take_objective (NapProject *self,
                NapRecord  *record,
                gpointer    data)
{
  g_ptr_array_add (data, g_object_ref (record));
}

static void
take_objective_part (NapProject *self,
                     NapRecord  *record,
                     gpointer    data)
{
  gint64 objective_id = NAP_IS_INDICATOR (record)
                        ? nap_indicator_get_objective_id (NAP_INDICATOR (record))
                        : nap_budget_line_get_objective_id (NAP_BUDGET_LINE (record));
  NapObjective *objective;

  objective = nap_project_lookup_objective (self, objective_id);
  if (objective == NULL)
    return;

  if (NAP_IS_INDICATOR (record))
    g_list_store_append (objective->indicators, record);
  else
    g_list_store_append (objective->budget_lines, record);
}

static gboolean
load_objectives (NapProject  *self,
                 GError     **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (!nap_project_load_records (self, NAP_TYPE_OBJECTIVE,
                     "ORDER BY parent_id IS NOT NULL, parent_id, position, id",
                     take_objective, all, error))
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      NapObjective *objective = g_ptr_array_index (all, i);
      gint64 *key = g_new (gint64, 1);

      *key = nap_record_get_id (NAP_RECORD (objective));
      g_hash_table_insert (self->objectives_by_id, key, objective);
    }

  for (guint i = 0; i < all->len; i++)
    {
      NapObjective *objective = g_ptr_array_index (all, i);
      NapObjective *parent = nap_project_lookup_objective (self, nap_objective_get_parent_id (objective));
      guint steps = 0;

      /* A crafted file could make the tree a loop; refuse it. */
      for (NapObjective *up = parent; up != NULL; up = nap_project_lookup_objective (self, nap_objective_get_parent_id (up)))
        if (up == objective || ++steps > all->len)
          {
            g_set_error (error, NAP_ERROR, NAP_ERROR_CORRUPT,
                         _("The objective tree in “%s” is damaged (an objective is its own ancestor)."),
                         nap_project_get_path (self));
            return FALSE;
          }

      objective->parent = parent;
      g_list_store_append (parent != NULL ? parent->children : self->objectives, objective);
    }

  stmt = nap_store_prepare (self->store,
                            "SELECT objective_id, actor_id, role FROM objective_actor"
                            " ORDER BY objective_id, role, position, rowid",
                            error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NapObjective *objective = nap_project_lookup_objective (self, sqlite3_column_int64 (stmt, 0));
      NapActor *actor = nap_project_lookup_actor (self, sqlite3_column_int64 (stmt, 1));
      int role;

      if (objective != NULL && actor != NULL
          && nap_enum_from_nick (NAP_TYPE_ACTOR_ROLE, (const char *) sqlite3_column_text (stmt, 2), &role))
        g_list_store_append (objective->actors[role], actor);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return nap_store_set_error (self->store, rc, error);

  return nap_project_load_records (self, NAP_TYPE_INDICATOR, "ORDER BY objective_id, position, id",
                       take_objective_part, NULL, error)
      && nap_project_load_records (self, NAP_TYPE_BUDGET_LINE, "ORDER BY objective_id, position, id",
                       take_objective_part, NULL, error);
}

static gboolean
load_levels (NapProject  *self,
             GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = nap_store_prepare (self->store, "SELECT name FROM level ORDER BY depth", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      g_ptr_array_add (self->levels, g_utf8_make_valid (name != NULL ? name : "", -1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return nap_store_set_error (self->store, rc, error);
  return TRUE;
}

gboolean
nap_project_load (NapProject  *self,
      GError     **error)
{
  if (!nap_project_load_records (self, NAP_TYPE_PLAN, "WHERE id = 1", take_plan, NULL, error))
    return FALSE;

  if (self->plan == NULL)
    {
      g_autofree char *name = g_filename_display_basename (nap_project_get_path (self));
      g_set_error (error, NAP_ERROR, NAP_ERROR_CORRUPT,
                   _("“%s” is damaged: it holds no plan."), name);
      return FALSE;
    }

  if (!load_levels (self, error)
      || !nap_project_load_records (self, NAP_TYPE_ACTOR, "ORDER BY id", take_actor, NULL, error)
      || !nap_project_load_records (self, NAP_TYPE_EXCHANGE_RATE, "ORDER BY currency",
                        append_to, self->exchange_rates, error)
      || !nap_project_load_records (self, NAP_TYPE_REFERENCE, "ORDER BY position, id",
                        append_to, self->references, error)
      || !load_objectives (self, error)
      || !nap_project_load_consultations (self, error))
    return FALSE;

  nap_project_renumber (self);
  return TRUE;
}

/**
 * nap_project_open:
 * @path: the path of the file
 *
 * Opens a plan: see nap_store_open() for what is refused.
 *
 * Returns: (transfer full): the project, or %NULL with @error set
 */
NapProject *
nap_project_open (const char         *path,
                  NapStoreOpenFlags   flags,
                  GError            **error)
{
  g_autoptr(NapProject) self = NULL;
  g_autoptr(NapStore) store = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail ((flags & NAP_STORE_OPEN_CREATE) == 0, NULL);

  store = nap_store_open (path, flags, error);
  if (store == NULL)
    return NULL;

  self = g_object_new (NAP_TYPE_PROJECT, NULL);
  self->store = g_steal_pointer (&store);
  if (!nap_project_load (self, error))
    return NULL;
  self->can_undo = nap_project_can_undo (self);
  self->can_redo = nap_project_can_redo (self);

  return g_steal_pointer (&self);
}

/**
 * nap_project_create:
 * @path: the path of the file
 * @title: the plan's title
 * @country: an ISO 3166 country code
 * @currency: ISO 4217 code of the plan currency
 * @period_start: (nullable): ISO 8601 date
 * @period_end: (nullable): ISO 8601 date
 *
 * Makes a new project file; refuses to overwrite an existing file. The
 * levels are named after the UI language: Pillar, Objective, Action.
 *
 * Returns: (transfer full): the project, or %NULL with @error set
 */
NapProject *
nap_project_create (const char  *path,
                    const char  *title,
                    const char  *country,
                    const char  *currency,
                    const char  *period_start,
                    const char  *period_end,
                    GError     **error)
{
  g_autoptr(NapProject) self = NULL;
  g_autoptr(NapStore) store = NULL;
  g_autoptr(NapPlan) plan = NULL;
  const char *levels[] = { _("Pillar"), _("Objective"), _("Action"), NULL };
  const char * const *languages = g_get_language_names ();
  g_autofree char *language = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  if (country == NULL || !nap_iso_codes_is_country (country))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("“%s” is not a country code of ISO 3166; use two capital letters such as ML."),
                   country != NULL ? country : "");
      return NULL;
    }
  if (currency == NULL || !nap_iso_codes_is_currency (currency))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("“%s” is not a currency code of ISO 4217; use three capital letters such as XOF."),
                   currency != NULL ? currency : "");
      return NULL;
    }
  for (const char *d = period_start; d != NULL; d = (d == period_start ? period_end : NULL))
    if (*d != '\0' && !nap_date_is_valid_iso (d))
      {
        g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                     _("“%s” is not a valid date; write it as YYYY-MM-DD."), d);
        return NULL;
      }
  if (!nap_dates_in_order (period_start, period_end))
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                           _("The plan period ends before it starts."));
      return NULL;
    }

  /* The plan's language is the drafter's: the first language GLib reports,
   * without territory or encoding ("fr_FR.UTF-8" -> "fr").
   */
  language = g_strdup (languages[0] != NULL ? languages[0] : "en");
  language[strcspn (language, "_.@")] = '\0';
  /* "C.UTF-8" and "POSIX" are no language: such a system speaks English. */
  if (*language == '\0' || g_str_equal (language, "C") || g_str_equal (language, "POSIX"))
    {
      g_free (language);
      language = g_strdup ("en");
    }

  store = nap_store_open (path, NAP_STORE_OPEN_CREATE, error);
  if (store == NULL)
    return NULL;

  self = g_object_new (NAP_TYPE_PROJECT, NULL);
  self->store = g_steal_pointer (&store);

  plan = g_object_new (NAP_TYPE_PLAN,
                       "title", title,
                       "country", country,
                       "currency", currency,
                       "period-start", period_start,
                       "period-end", period_end,
                       "language", language,
                       NULL);

  ok = nap_store_begin (self->store, error)
       && nap_project_insert_record (self, NAP_RECORD (plan), error);
  for (guint i = 0; ok && levels[i] != NULL; i++)
    {
      sqlite3_stmt *stmt = nap_store_prepare (self->store,
                                              "INSERT INTO level (depth, name) VALUES (?, ?)", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int (stmt, 1, (int) i);
          sqlite3_bind_text (stmt, 2, levels[i], -1, SQLITE_TRANSIENT);
          ok = nap_store_step_done (self->store, stmt, error);
        }
    }
  if (ok)
    ok = nap_store_commit (self->store, error);
  else
    nap_store_rollback (self->store);

  /* Making the plan is no step to undo: its edits are, from now on. */
  if (!ok || !nap_project_load (self, error) || !nap_history_attach (self->store, error))
    {
      g_clear_object (&self);
      g_unlink (path);
      return NULL;
    }

  return g_steal_pointer (&self);
}
