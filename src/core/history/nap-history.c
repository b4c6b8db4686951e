/* nap-history.c: the undo history kept in the project file
 *
 * Undo follows SQLite's own technique (sqlite.org/undoredo.html): on each
 * connection that writes, TEMP triggers on every table of the plan write,
 * for every row changed, the statement that reverses that change into
 * history_entry, in the same transaction as the change. When the
 * transaction commits, nap_history_seal() makes its entries one step.
 * Undoing a step runs its statements from the last to the first, in one
 * transaction with foreign keys deferred; the triggers record the reverse
 * of that again, which becomes the redo step. Cascading deletes fire the
 * triggers too, so an undone delete brings back every row with its rowid,
 * UUID, position, links and values.
 *
 * The triggers are TEMP: they live in the connection, not in the file, so
 * a file holds no code and SQLITE_DBCONFIG_ENABLE_TRIGGER stays off for
 * the file's own schema (TEMP triggers are allowed regardless since SQLite
 * 3.35). A read-only connection has no triggers and never writes.
 *
 * The statements are read back from the file, which may be hostile
 * (SAFETY.md): each must be a single INSERT, UPDATE or DELETE of a plan
 * table, which an authorizer checks before it runs.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-history.h"
#include "nap-store-private.h"

enum {
  REPLAY_NONE,
  REPLAY_UNDO,
  REPLAY_REDO,
};

static char *
quote_ident (const char *name)
{
  GString *s = g_string_new ("\"");

  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (s, '"');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '"');
  return g_string_free (s, FALSE);
}

/* @text inside an SQL string literal. */
static void
append_literal_text (GString    *s,
                     const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\'')
        g_string_append_c (s, '\'');
      g_string_append_c (s, *p);
    }
}

static GPtrArray *
list_strings (sqlite3     *db,
              const char  *sql,
              const char  *arg,
              int         *rc)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  *rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (*rc != SQLITE_OK)
    return NULL;
  if (arg != NULL)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_STATIC);
  while ((*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  if (*rc != SQLITE_DONE)
    return NULL;
  *rc = SQLITE_OK;
  return g_steal_pointer (&names);
}

/* The three triggers of one table, as one script. */
/* The triggers are named after the table's place in the list, not its
 * name, which need not make a valid identifier.
 */
static char *
triggers_for (const char *table,
              guint       index,
              GPtrArray  *columns)
{
  g_autofree char *t = quote_ident (table);
  GString *s = g_string_new (NULL);
  GString *t_lit = g_string_new (NULL);

  append_literal_text (t_lit, t);

  /* An inserted row is deleted again. */
  g_string_append_printf (s,
                          "CREATE TEMP TRIGGER history_insert_%u AFTER INSERT ON main.%s BEGIN"
                          " INSERT INTO history_entry (sql) VALUES ('DELETE FROM %s WHERE rowid = ' || new.rowid);"
                          " END;",
                          index, t, t_lit->str);

  /* A changed row gets its old values back; a change that changes nothing
   * is not recorded.
   */
  g_string_append_printf (s,
                          "CREATE TEMP TRIGGER history_update_%u AFTER UPDATE ON main.%s WHEN old.rowid IS NOT new.rowid",
                          index, t);
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *c = quote_ident (columns->pdata[i]);
      g_string_append_printf (s, " OR old.%s IS NOT new.%s", c, c);
    }
  g_string_append_printf (s, " BEGIN INSERT INTO history_entry (sql) VALUES ('UPDATE %s SET rowid = ' || old.rowid", t_lit->str);
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *c = quote_ident (columns->pdata[i]);
      g_string_append (s, " || ', ");
      append_literal_text (s, c);
      g_string_append_printf (s, " = ' || quote (old.%s)", c);
    }
  g_string_append (s, " || ' WHERE rowid = ' || new.rowid); END;");

  /* A deleted row comes back whole, under its own rowid. */
  g_string_append_printf (s,
                          "CREATE TEMP TRIGGER history_delete_%u AFTER DELETE ON main.%s BEGIN"
                          " INSERT INTO history_entry (sql) VALUES ('INSERT INTO %s (rowid",
                          index, t, t_lit->str);
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *c = quote_ident (columns->pdata[i]);
      g_string_append (s, ", ");
      append_literal_text (s, c);
    }
  g_string_append (s, ") VALUES (' || old.rowid");
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *c = quote_ident (columns->pdata[i]);
      g_string_append_printf (s, " || ', ' || quote (old.%s)", c);
    }
  g_string_append (s, " || ')'); END;");

  g_string_free (t_lit, TRUE);
  return g_string_free (s, FALSE);
}

/**
 * nap_history_attach:
 * @store: a store open for writing
 *
 * Makes @store record its edits in the file's undo history, from now on.
 * Every table of the plan is followed, so a table added by a later
 * migration is followed without a change here; it must be an ordinary
 * (rowid) table, as every table of the plan is, since a row is brought
 * back under its rowid.
 */
gboolean
nap_history_attach (NapStore  *store,
                    GError   **error)
{
  g_autoptr(GPtrArray) tables = NULL;
  int rc;

  g_return_val_if_fail (NAP_IS_STORE (store), FALSE);

  if (store->history_attached || store->read_only_reason != NULL)
    return TRUE;

  tables = list_strings (store->db,
                         "SELECT name FROM main.sqlite_schema WHERE type = 'table'"
                         " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                         " AND name NOT LIKE 'history\\_%' ESCAPE '\\' ORDER BY name",
                         NULL, &rc);
  if (tables == NULL)
    return nap_store_set_error (store, rc, error);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autoptr(GPtrArray) columns = NULL;
      g_autofree char *sql = NULL;

      columns = list_strings (store->db, "SELECT name FROM pragma_table_info (?)",
                              tables->pdata[i], &rc);
      if (columns == NULL)
        return nap_store_set_error (store, rc, error);

      sql = triggers_for (tables->pdata[i], i, columns);
      if (!nap_store_exec (store, sql, error))
        return FALSE;
    }

  store->history_attached = TRUE;
  return TRUE;
}

/**
 * nap_history_reset:
 * @store: a #NapStore
 *
 * Forgets the label and state of the step being recorded: a commit or a
 * rollback ends it.
 */
void
nap_history_reset (NapStore *store)
{
  store->history_replay = REPLAY_NONE;
  store->history_replayed = 0;
  g_clear_pointer (&store->history_label, g_free);
}

/**
 * nap_history_set_label:
 * @store: a #NapStore
 * @label: (nullable): what the edit did, as the user says it ("Delete
 *   “Pillar 1”")
 *
 * Names the step that the current transaction of @store becomes.
 */
void
nap_history_set_label (NapStore   *store,
                       const char *label)
{
  g_return_if_fail (NAP_IS_STORE (store));

  if (store->history_replay == REPLAY_NONE)
    {
      g_free (store->history_label);
      store->history_label = g_strdup (label);
    }
}

static gboolean
run (NapStore     *store,
     const char   *sql,
     gint64        a,
     const char   *text,
     gint64       *result,
     GError      **error)
{
  sqlite3_stmt *stmt = nap_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int64 (stmt, 1, a);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && result != NULL)
    *result = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return nap_store_set_error (store, rc, error);
  return TRUE;
}

/* Drops the oldest steps beyond the bound (nap-history.h). */
static gboolean
prune (NapStore  *store,
       GError   **error)
{
  if (!run (store,
            "DELETE FROM history_step WHERE list = 'undo' AND id NOT IN"
            " (SELECT id FROM history_step WHERE list = 'undo' ORDER BY id DESC LIMIT ?1)",
            NAP_HISTORY_MAX_STEPS, NULL, NULL, error))
    return FALSE;

  for (;;)
    {
      gint64 entries = 0;
      gint64 steps = 0;

      if (!run (store, "SELECT total (entries) FROM history_step", 0, NULL, &entries, error)
          || !run (store, "SELECT count (*) FROM history_step", 0, NULL, &steps, error))
        return FALSE;
      if (entries <= NAP_HISTORY_MAX_ENTRIES || steps <= 1)
        return TRUE;
      if (!run (store, "DELETE FROM history_step WHERE id = (SELECT min (id) FROM history_step)",
                0, NULL, NULL, error))
        return FALSE;
    }
}

/**
 * nap_history_seal:
 * @store: a #NapStore
 *
 * Called by nap_store_commit() just before COMMIT: makes what the
 * transaction changed one step of the history. A new edit empties the
 * redo list; a replayed step moves to the other list.
 */
gboolean
nap_history_seal (NapStore  *store,
                  GError   **error)
{
  gint64 pending = 0;
  gint64 step = 0;
  const char *list;
  int replay = store->history_replay;

  if (!store->history_attached)
    return TRUE;

  if (!run (store, "SELECT count (*) FROM history_entry WHERE step IS NULL",
            0, NULL, &pending, error))
    return FALSE;

  if (replay != REPLAY_NONE
      && !run (store, "DELETE FROM history_step WHERE id = ?1", store->history_replayed, NULL, NULL, error))
    return FALSE;

  if (pending == 0)
    return TRUE;

  list = replay == REPLAY_UNDO ? "redo" : "undo";
  if (!run (store, "INSERT INTO history_step (list, label, entries) VALUES (?2, '', ?1)",
            pending, list, NULL, error))
    return FALSE;
  step = nap_store_last_insert_id (store);
  if (!run (store, "UPDATE history_step SET label = ?2 WHERE id = ?1",
            step, store->history_label != NULL ? store->history_label : "", NULL, error)
      || !run (store, "UPDATE history_entry SET step = ?1 WHERE step IS NULL", step, NULL, NULL, error))
    return FALSE;

  if (replay == REPLAY_NONE
      && !run (store, "DELETE FROM history_step WHERE list = 'redo'", 0, NULL, NULL, error))
    return FALSE;

  return replay == REPLAY_UNDO || prune (store, error);
}

static gint64
top_step (NapStore  *store,
          gboolean   redo,
          char     **label)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  if (sqlite3_prepare_v2 (store->db,
                          "SELECT id, label FROM history_step WHERE list = ? ORDER BY id DESC LIMIT 1",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      /* A file of version 1, open read-only, has no history. */
      sqlite3_finalize (stmt);
      return 0;
    }
  sqlite3_bind_text (stmt, 1, redo ? "redo" : "undo", -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (label != NULL)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, 1);
          *label = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
        }
    }
  sqlite3_finalize (stmt);
  return id;
}

/**
 * nap_history_can_step:
 * @store: a #NapStore
 * @redo: %TRUE for the redo list
 *
 * Returns: whether @store can undo (or redo) a step now
 */
gboolean
nap_history_can_step (NapStore *store,
                      gboolean  redo)
{
  g_return_val_if_fail (NAP_IS_STORE (store), FALSE);

  if (store->read_only_reason != NULL || store->in_transaction)
    return FALSE;
  return top_step (store, redo, NULL) != 0;
}

/**
 * nap_history_get_label:
 * @store: a #NapStore
 *
 * Returns: (transfer full) (nullable): the label of the step that undo
 *   (or redo) would replay, or %NULL if it has none
 */
char *
nap_history_get_label (NapStore *store,
                       gboolean  redo)
{
  char *label = NULL;

  g_return_val_if_fail (NAP_IS_STORE (store), NULL);

  top_step (store, redo, &label);
  return label;
}

/**
 * nap_history_count:
 * @store: a #NapStore
 *
 * Returns: how many steps the undo (or redo) list holds
 */
guint
nap_history_count (NapStore *store,
                   gboolean  redo)
{
  sqlite3_stmt *stmt = NULL;
  guint count = 0;

  g_return_val_if_fail (NAP_IS_STORE (store), 0);

  if (sqlite3_prepare_v2 (store->db, "SELECT count (*) FROM history_step WHERE list = ?",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, redo ? "redo" : "undo", -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        count = (guint) sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_finalize (stmt);
  return count;
}

/* What a statement read back from the file may do: change rows of the
 * plan's tables, and nothing else. The TEMP triggers it fires (zTrigger
 * set: the file's own triggers never run) record the reverse.
 */
static int
authorize_entry (void       *data,
                 int         action,
                 const char *arg1,
                 const char *arg2,
                 const char *database,
                 const char *trigger)
{
  (void) data;
  (void) arg2;

  if (trigger != NULL)
    return SQLITE_OK;

  switch (action)
    {
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
    case SQLITE_READ:
      if (arg1 == NULL || g_str_has_prefix (arg1, "sqlite_") || g_str_has_prefix (arg1, "history_"))
        return SQLITE_DENY;
      if (database != NULL && !g_str_equal (database, "main"))
        return SQLITE_DENY;
      return SQLITE_OK;

    default:
      return SQLITE_DENY;
    }
}

static gboolean
run_entry (NapStore    *store,
           const char  *sql,
           GError     **error)
{
  g_autofree char *name = g_filename_display_basename (store->path);
  sqlite3_stmt *stmt = NULL;
  const char *tail = NULL;
  int rc;

  sqlite3_set_authorizer (store->db, authorize_entry, NULL);
  rc = sqlite3_prepare_v2 (store->db, sql, -1, &stmt, &tail);
  sqlite3_set_authorizer (store->db, NULL, NULL);

  if (rc != SQLITE_OK || stmt == NULL || (tail != NULL && *tail != '\0'))
    {
      sqlite3_finalize (stmt);
      g_set_error (error, NAP_ERROR, NAP_ERROR_CORRUPT,
                   _("The undo history of “%s” is damaged, so this step cannot be replayed."), name);
      return FALSE;
    }

  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return nap_store_set_error (store, rc, error);
  return TRUE;
}

/**
 * nap_history_step:
 * @store: a #NapStore
 * @redo: %FALSE to undo the last step, %TRUE to redo the last undone one
 *
 * Replays a step of the history in one transaction: the file is either
 * wholly back as it was before (or after) that step, or unchanged.
 */
gboolean
nap_history_step (NapStore  *store,
                  gboolean   redo,
                  GError   **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  gint64 step;
  int rc;

  g_return_val_if_fail (NAP_IS_STORE (store), FALSE);
  g_return_val_if_fail (!store->in_transaction, FALSE);

  if (!store->history_attached && !nap_history_attach (store, error))
    return FALSE;
  if (!nap_store_begin (store, error))
    return FALSE;

  step = top_step (store, redo, &label);
  if (step == 0)
    {
      nap_store_rollback (store);
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                           redo ? _("There is nothing to redo.") : _("There is nothing to undo."));
      return FALSE;
    }

  /* The statements run in the reverse order of the changes; a child row
   * may come back before its parent, so keys are checked at COMMIT.
   */
  if (!nap_store_exec (store, "PRAGMA defer_foreign_keys = ON", error))
    {
      nap_store_rollback (store);
      return FALSE;
    }

  stmt = nap_store_prepare (store, "SELECT sql FROM history_entry WHERE step = ? ORDER BY seq DESC", error);
  if (stmt == NULL)
    {
      nap_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, step);
  entries = g_ptr_array_new_with_free_func (g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nap_store_set_error (store, rc, error);
      nap_store_rollback (store);
      return FALSE;
    }

  for (guint i = 0; i < entries->len; i++)
    if (!run_entry (store, entries->pdata[i], error))
      {
        nap_store_rollback (store);
        return FALSE;
      }

  store->history_replay = redo ? REPLAY_REDO : REPLAY_UNDO;
  store->history_replayed = step;
  store->history_label = g_steal_pointer (&label);
  return nap_store_commit (store, error);
}
