/* nap-project.c: an open plan, its records in memory and in its file
 *
 * The file is the truth; the objects are its picture in memory. Every edit
 * writes the file first, in one transaction, and changes the objects only
 * once that has committed, so what is shown is always what is saved.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-project"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "nap-checks.h"
#include "nap-error.h"
#include "nap-history.h"
#include "nap-iso-codes.h"
#include "nap-project-private.h"

G_DEFINE_FINAL_TYPE (NapProject, nap_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_model (NapProject *self)
{
  g_hash_table_remove_all (self->objectives_by_id);
  g_hash_table_remove_all (self->actors_by_id);
  g_hash_table_remove_all (self->records_by_uuid);
  g_list_store_remove_all (self->objectives);
  g_list_store_remove_all (self->actors);
  g_list_store_remove_all (self->consultations);
  g_list_store_remove_all (self->exchange_rates);
  g_list_store_remove_all (self->references);
  g_ptr_array_set_size (self->levels, 0);
  g_clear_object (&self->plan);
}

static void
nap_project_dispose (GObject *object)
{
  NapProject *self = NAP_PROJECT (object);

  if (self->objectives != NULL)
    clear_model (self);
  g_clear_object (&self->objectives);
  g_clear_object (&self->actors);
  g_clear_object (&self->consultations);
  g_clear_object (&self->exchange_rates);
  g_clear_object (&self->references);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_pointer (&self->objectives_by_id, g_hash_table_unref);
  g_clear_pointer (&self->actors_by_id, g_hash_table_unref);
  g_clear_pointer (&self->records_by_uuid, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (nap_project_parent_class)->dispose (object);
}

static void
nap_project_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NapProject *self = NAP_PROJECT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, nap_project_get_path (self));
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, nap_project_is_read_only (self));
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, nap_project_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, nap_project_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nap_project_class_init (NapProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_project_dispose;
  object_class->get_property = nap_project_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Whether nap_project_undo() / nap_project_redo() have a step to replay
   * (nap-project-history.c), notified after every edit and replay.
   */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NapProject::changed:
   *
   * Emitted after every committed edit, for views that summarise the plan.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
nap_project_init (NapProject *self)
{
  self->objectives = g_list_store_new (NAP_TYPE_OBJECTIVE);
  self->actors = g_list_store_new (NAP_TYPE_ACTOR);
  self->consultations = g_list_store_new (NAP_TYPE_CONSULTATION);
  self->exchange_rates = g_list_store_new (NAP_TYPE_EXCHANGE_RATE);
  self->references = g_list_store_new (NAP_TYPE_REFERENCE);
  self->levels = g_ptr_array_new_with_free_func (g_free);
  self->objectives_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->actors_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->records_by_uuid = g_hash_table_new (g_str_hash, g_str_equal);

  /* An edit made through another connection (a merge in a worker) ends
   * with "changed" too.
   */
  g_signal_connect (self, "changed", G_CALLBACK (nap_project_history_changed), NULL);
}

/* Transactions */

gboolean
nap_project_edit_begin (NapProject  *self,
                        GError     **error)
{
  if (nap_store_is_read_only (self->store))
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_READ_ONLY,
                           nap_store_get_read_only_reason (self->store));
      return FALSE;
    }

  if (self->batch_depth > 0)
    return !self->batch_failed;

  return nap_store_begin (self->store, error);
}

gboolean
nap_project_edit_end (NapProject  *self,
                      gboolean     success,
                      GError     **error)
{
  if (self->batch_depth > 0)
    {
      if (!success)
        self->batch_failed = TRUE;
      return success;
    }

  if (!success)
    {
      nap_store_rollback (self->store);
      return FALSE;
    }

  if (!nap_store_commit (self->store, error))
    return FALSE;
  nap_project_history_changed (self);
  return TRUE;
}

void
nap_project_emit_changed (NapProject *self)
{
  if (self->batch_depth == 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * nap_project_begin_batch:
 * @self: a #NapProject
 */
gboolean
nap_project_begin_batch (NapProject  *self,
                         GError     **error)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);

  if (self->batch_depth == 0)
    {
      if (!nap_project_edit_begin (self, error))
        return FALSE;
      self->batch_failed = FALSE;
    }
  self->batch_depth++;
  return TRUE;
}

/**
 * nap_project_end_batch:
 * @self: a #NapProject
 */
gboolean
nap_project_end_batch (NapProject  *self,
                       gboolean     success,
                       GError     **error)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (self->batch_depth > 0, FALSE);

  if (!success)
    self->batch_failed = TRUE;
  if (--self->batch_depth > 0)
    return !self->batch_failed;

  if (self->batch_failed)
    {
      nap_store_rollback (self->store);
      /* The objects may hold part of the batch: read them back. */
      nap_project_reload (self, NULL);
      return FALSE;
    }

  if (!nap_store_commit (self->store, error))
    {
      nap_project_reload (self, NULL);
      return FALSE;
    }

  nap_project_renumber (self);
  nap_project_history_changed (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* Puts @from's objects in place of @self's; each list changes once. */
static void
take_list (GListStore *to,
           GListStore *from)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (from));
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (from), i));
  g_list_store_remove_all (from);
  g_list_store_splice (to, 0, g_list_model_get_n_items (G_LIST_MODEL (to)), items->pdata, n);
}

static void
take_model (NapProject *self,
            NapProject *from)
{
  GHashTable *table;
  GPtrArray *levels;

  /* The lookups first: a view that hears of a list may look records up. */
  table = self->objectives_by_id;
  self->objectives_by_id = from->objectives_by_id;
  from->objectives_by_id = table;
  table = self->actors_by_id;
  self->actors_by_id = from->actors_by_id;
  from->actors_by_id = table;
  table = self->records_by_uuid;
  self->records_by_uuid = from->records_by_uuid;
  from->records_by_uuid = table;
  levels = self->levels;
  self->levels = from->levels;
  from->levels = levels;
  g_set_object (&self->plan, from->plan);

  take_list (self->actors, from->actors);
  take_list (self->exchange_rates, from->exchange_rates);
  take_list (self->references, from->references);
  take_list (self->objectives, from->objectives);
  take_list (self->consultations, from->consultations);
}

/**
 * nap_project_reload:
 * @self: a #NapProject
 *
 * Reads the whole plan again from its file, into new objects, and then
 * puts them in place at once: each list model of the project says so in
 * one #GListModel::items-changed, and #NapProject::changed is emitted
 * once, after all of them. What was written to the file behind the
 * objects' back (a merge, a failed batch) is then shown. If the file
 * cannot be read, the project holds no records.
 */
gboolean
nap_project_reload (NapProject  *self,
                    GError     **error)
{
  g_autoptr(NapProject) fresh = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);

  fresh = g_object_new (NAP_TYPE_PROJECT, NULL);
  fresh->store = g_object_ref (self->store);
  if (!nap_project_load (fresh, error))
    {
      clear_model (self);
      g_signal_emit (self, signals[CHANGED], 0);
      return FALSE;
    }

  take_model (self, fresh);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * nap_project_save_as:
 * @self: a #NapProject
 * @path: the path of the file
 *
 * Writes a consistent copy of the plan to @path and goes on working on
 * that copy, as users expect of "Save As".
 */
gboolean
nap_project_save_as (NapProject  *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(NapStore) store = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->batch_depth == 0, FALSE);

  if (!nap_store_save_copy (self->store, path, error))
    return FALSE;

  store = nap_store_open (path, NAP_STORE_OPEN_DEFAULT, error);
  if (store == NULL)
    return FALSE;

  g_set_object (&self->store, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  nap_project_history_changed (self);
  return TRUE;
}

/**
 * nap_project_check_integrity:
 * @self: a #NapProject
 *
 * Checks every page and index of the plan's file, which opening only
 * samples: see nap_store_check_integrity().
 *
 * Returns: (transfer full) (element-type utf8): what is damaged, empty if
 *   nothing is, or %NULL with @error set if the check could not run
 */
GPtrArray *
nap_project_check_integrity (NapProject  *self,
                             GError     **error)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return nap_store_check_integrity (self->store, error);
}

/**
 * nap_project_find_invalid_text:
 * @self: a #NapProject
 *
 * Finds the text of the plan that is not valid UTF-8, which opening does
 * not look at: see nap_store_find_invalid_text().
 *
 * Returns: (transfer full) (element-type utf8): a sentence for each place,
 *   empty if there is none, or %NULL with @error set
 */
GPtrArray *
nap_project_find_invalid_text (NapProject  *self,
                               GError     **error)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return nap_store_find_invalid_text (self->store, error);
}

/* Accessors */

/* The file under the plan; for the core only (nap-project-private.h). */
NapStore *
nap_project_get_store (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return self->store;
}

/**
 * nap_project_get_path:
 * @self: a #NapProject
 *
 * Returns: (transfer none): the path of the plan's file
 */
const char *
nap_project_get_path (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return nap_store_get_path (self->store);
}

/**
 * nap_project_is_read_only:
 * @self: a #NapProject
 */
gboolean
nap_project_is_read_only (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), TRUE);

  return nap_store_is_read_only (self->store);
}

/**
 * nap_project_get_read_only_reason:
 * @self: a #NapProject
 *
 * Returns: (transfer none) (nullable): why the plan is open read-only, or
 *   %NULL if it is not
 */
const char *
nap_project_get_read_only_reason (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return nap_store_get_read_only_reason (self->store);
}

/**
 * nap_project_get_plan:
 * @self: a #NapProject
 *
 * Returns: (transfer none): the plan's settings record
 */
NapPlan *
nap_project_get_plan (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return self->plan;
}

/**
 * nap_project_get_objectives:
 * @self: a #NapProject
 *
 * Returns: (transfer none) (element-type NapObjective): the top-level
 *   objectives (pillars)
 */
GListModel *
nap_project_get_objectives (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->objectives);
}

/**
 * nap_project_get_actors:
 * @self: a #NapProject
 *
 * Returns: (transfer none) (element-type NapActor): the plan's actors
 */
GListModel *
nap_project_get_actors (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->actors);
}

/**
 * nap_project_get_consultations:
 * @self: a #NapProject
 *
 * Returns: (transfer none) (element-type NapConsultation): the plan's
 *   consultation sessions
 */
GListModel *
nap_project_get_consultations (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->consultations);
}

/**
 * nap_project_get_exchange_rates:
 * @self: a #NapProject
 *
 * Returns: (transfer none) (element-type NapExchangeRate): the plan's
 *   exchange rates
 */
GListModel *
nap_project_get_exchange_rates (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->exchange_rates);
}

/**
 * nap_project_get_references:
 * @self: a #NapProject
 *
 * Returns: (transfer none) (element-type NapReference): the plan's
 *   references
 */
GListModel *
nap_project_get_references (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->references);
}

/**
 * nap_project_lookup_objective:
 * @self: a #NapProject
 *
 * Returns: (transfer none) (nullable): the objective with row id @id, or %NULL
 */
NapObjective *
nap_project_lookup_objective (NapProject *self,
                              gint64      id)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return id != 0 ? g_hash_table_lookup (self->objectives_by_id, &id) : NULL;
}

/**
 * nap_project_lookup_actor:
 * @self: a #NapProject
 *
 * Returns: (transfer none) (nullable): the actor with row id @id, or %NULL
 */
NapActor *
nap_project_lookup_actor (NapProject *self,
                          gint64      id)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return id != 0 ? g_hash_table_lookup (self->actors_by_id, &id) : NULL;
}

/**
 * nap_project_lookup_uuid:
 * @self: a #NapProject
 * @uuid: (nullable): a UUID
 *
 * Returns: (transfer none) (nullable): the record of any kind with @uuid
 */
NapRecord *
nap_project_lookup_uuid (NapProject *self,
                         const char *uuid)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return uuid != NULL ? g_hash_table_lookup (self->records_by_uuid, uuid) : NULL;
}

/**
 * nap_project_count_objectives:
 * @self: a #NapProject
 */
guint
nap_project_count_objectives (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), 0);

  return g_hash_table_size (self->objectives_by_id);
}

/* Levels */

/**
 * nap_project_get_n_levels:
 * @self: a #NapProject
 */
guint
nap_project_get_n_levels (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), 0);

  return self->levels->len;
}

/**
 * nap_project_get_level_name:
 * @self: a #NapProject
 *
 * Returns: (transfer none): the plan's name for nodes at @depth; beyond the
 *   named levels, the deepest name
 */
const char *
nap_project_get_level_name (NapProject *self,
                            guint       depth)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  if (self->levels->len == 0)
    return _("Objective");

  return g_ptr_array_index (self->levels, MIN (depth, self->levels->len - 1));
}

/**
 * nap_project_set_level_names:
 * @self: a #NapProject
 * @names: (array zero-terminated=1): the names of the levels, from the
 *   top, between 1 and %NAP_MAX_DEPTH of them
 */
gboolean
nap_project_set_level_names (NapProject          *self,
                             const char * const  *names,
                             GError             **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;
  guint n;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (names != NULL, FALSE);

  n = g_strv_length ((char **) names);
  if (n == 0 || n > NAP_MAX_DEPTH)
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("A plan names between 1 and %d levels."), NAP_MAX_DEPTH);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    if (!g_utf8_validate (names[i], -1, NULL) || nap_text_is_blank (names[i]))
      {
        g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                             _("Every level needs a name."));
        return FALSE;
      }

  if (!nap_project_edit_begin (self, error))
    return FALSE;

  ok = nap_store_exec (self->store, "DELETE FROM level", error);
  for (guint i = 0; ok && i < n; i++)
    {
      stmt = nap_store_prepare (self->store, "INSERT INTO level (depth, name) VALUES (?, ?)", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int (stmt, 1, (int) i);
          sqlite3_bind_text (stmt, 2, names[i], -1, SQLITE_TRANSIENT);
          ok = nap_store_step_done (self->store, stmt, error);
        }
    }
  if (!nap_project_edit_end (self, ok, error))
    return FALSE;

  g_ptr_array_set_size (self->levels, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->levels, g_strdup (names[i]));
  nap_project_emit_changed (self);
  return TRUE;
}


/* Tells the views whether undo and redo have a step, when that changed. */
void
nap_project_history_changed (NapProject *self)
{
  gboolean can_undo = nap_project_can_undo (self);
  gboolean can_redo = nap_project_can_redo (self);

  if (self->can_undo != can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (self->can_redo != can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}
