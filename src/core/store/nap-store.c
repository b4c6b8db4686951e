/* nap-store.c: the SQLite project file
 *
 * Opening is where hostile or damaged files are met, so it checks, in this
 * order and before writing anything: that the file is SQLite, that it is
 * ours (application_id), that it is not from a newer version (user_version),
 * that it is not damaged (quick_check). Only then does it set the journal
 * mode or migrate. See SAFETY.md.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <unistd.h>

#include "nap-error.h"
#include "nap-history.h"
#include "nap-migrations.h"
#include "nap-output.h"
#include "nap-portal-file-private.h"
#include "nap-store-private.h"


G_DEFINE_FINAL_TYPE (NapStore, nap_store, G_TYPE_OBJECT)

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
nap_store_finalize (GObject *object)
{
  NapStore *self = NAP_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  if (self->portal != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* A failed save was already reported by the commit that made it. */
      if (nap_portal_file_is_writer (self->portal) && !nap_portal_file_save (self->portal, FALSE, &error))
        g_message ("%s", error->message);
      nap_portal_file_unref (self->portal);
    }
  g_free (self->path);
  g_free (self->display_path);
  g_free (self->read_only_reason);
  g_free (self->history_label);

  G_OBJECT_CLASS (nap_store_parent_class)->finalize (object);
}

static void
nap_store_class_init (NapStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nap_store_finalize;
}

static void
nap_store_init (NapStore *self)
{
  self->lock_fd = -1;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            finalize_statement);
}

int
nap_store_get_schema_version (void)
{
  return (int) nap_migrations_get_count ();
}

sqlite3_stmt *
nap_store_prepare (NapStore    *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NAP_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      nap_store_set_error (self, rc, error);
      return NULL;
    }

  /* Statements are keyed by the caller's SQL; callers that build SQL at run
   * time (from field names, never from user text) pass interned strings.
   */
  g_hash_table_insert (self->statements, (gpointer) g_intern_string (sql), stmt);
  return stmt;
}

gboolean
nap_store_exec (NapStore    *self,
                const char  *sql,
                GError     **error)
{
  int rc;

  g_return_val_if_fail (NAP_IS_STORE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return nap_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
nap_store_step_done (NapStore      *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  sqlite3_reset (stmt);
  return nap_store_set_error (self, rc, error);
}

gint64
nap_store_last_insert_id (NapStore *self)
{
  g_return_val_if_fail (NAP_IS_STORE (self), 0);

  return sqlite3_last_insert_rowid (self->db);
}

gboolean
nap_store_begin (NapStore  *self,
                 GError   **error)
{
  g_return_val_if_fail (NAP_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);

  if (self->read_only_reason != NULL)
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_READ_ONLY, self->read_only_reason);
      return FALSE;
    }

  if (!nap_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_transaction = TRUE;
  return TRUE;
}

gboolean
nap_store_commit (NapStore  *self,
                  GError   **error)
{
  g_return_val_if_fail (NAP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_transaction, FALSE);

  /* The undo step is written in the transaction it undoes. */
  if (!nap_history_seal (self, error) || !nap_store_exec (self, "COMMIT", error))
    {
      nap_store_rollback (self);
      return FALSE;
    }

  self->in_transaction = FALSE;
  nap_history_reset (self);

  /* The commit is in the private copy; the plan gets it now. */
  if (self->portal != NULL)
    return nap_portal_file_save (self->portal, FALSE, error);

  return TRUE;
}

void
nap_store_rollback (NapStore *self)
{
  g_return_if_fail (NAP_IS_STORE (self));

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_transaction = FALSE;
  nap_history_reset (self);
}

/**
 * nap_store_begin_read:
 *
 * Begins a read transaction, so that several queries see the file as it
 * was at one moment even if another program writes to it meanwhile; end
 * it with nap_store_end_read(). Inside a write transaction it does
 * nothing: the queries see that transaction's changes.
 */
gboolean
nap_store_begin_read (NapStore  *self,
                      GError   **error)
{
  g_return_val_if_fail (NAP_IS_STORE (self), FALSE);

  g_return_val_if_fail (!self->in_read, FALSE);

  if (!sqlite3_get_autocommit (self->db))
    return TRUE;
  if (!nap_store_exec (self, "BEGIN DEFERRED", error))
    return FALSE;
  self->in_read = TRUE;
  return TRUE;
}

void
nap_store_end_read (NapStore *self)
{
  g_return_if_fail (NAP_IS_STORE (self));

  if (self->in_read)
    {
      /* Nothing was written: ending a read transaction cannot fail in a
       * way that matters, and it must end even after an error.
       */
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
      self->in_read = FALSE;
    }
}

static gboolean
query_int (NapStore    *self,
           const char  *sql,
           int         *result,
           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *result = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return nap_store_set_error (self, rc, error);
  return TRUE;
}

/* quick_check verifies the file's structure (what keeps SQLite's reading
 * of a hostile file safe) and then every CHECK constraint of every row,
 * which costs twice as much again. A plan opened read-only is only read,
 * and what reads it (nap-project-records.c, nap-xml-rows.c) takes an
 * enumeration it does not know as the default and clamps numbers: there
 * a value outside its CHECK does no harm, and @structure_only skips them.
 * A plan opened for writing gets the whole check, since an edit of such a
 * row would fail.
 */
static gboolean
check_quick (NapStore  *self,
             gboolean   structure_only,
             GError   **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  if (structure_only)
    sqlite3_exec (self->db, "PRAGMA ignore_check_constraints = ON", NULL, NULL, NULL);
  rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (structure_only)
    sqlite3_exec (self->db, "PRAGMA ignore_check_constraints = OFF", NULL, NULL, NULL);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE && rc != SQLITE_OK)
    return nap_store_set_error (self, rc, error);

  if (!ok)
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened safely. Open a backup copy, or ask for help recovering it."),
                   name);
      return FALSE;
    }

  return TRUE;
}

/* One writer per file. SQLite's own locks are held only during a
 * transaction, so a BSD lock on the file, held while the project is open,
 * tells a second window or program that someone is editing. It needs no side
 * file and leaves SQLite's POSIX locks alone.
 */
static gboolean
acquire_writer_lock (NapStore *self)
{
  int fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    return FALSE;

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int errsv = errno;

      close (fd);
      /* A file system without flock() (some FUSE and network ones) cannot
       * say; SQLite's own locks still keep two writers from mixing.
       */
      return errsv == ENOSYS || errsv == EOPNOTSUPP || errsv == ENOLCK;
    }

  self->lock_fd = fd;
  return TRUE;
}

static gboolean
migrate (NapStore  *self,
         int        from_version,
         GError   **error)
{
  guint count = nap_migrations_get_count ();

  if (!nap_store_begin (self, error))
    return FALSE;

  for (guint v = (guint) from_version; v < count; v++)
    {
      if (!nap_store_exec (self, nap_migrations_get (v), error))
        {
          nap_store_rollback (self);
          return FALSE;
        }
    }

  {
    g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %u",
                                            NAP_STORE_APPLICATION_ID, count);
    if (!nap_store_exec (self, sql, error))
      {
        nap_store_rollback (self);
        return FALSE;
      }
  }

  return nap_store_commit (self, error);
}

static void
set_read_only (NapStore   *self,
               const char *reason)
{
  if (self->read_only_reason == NULL)
    self->read_only_reason = g_strdup (reason);
}

static void G_GNUC_PRINTF (2, 3)
set_read_only_printf (NapStore   *self,
                      const char *format,
                      ...)
{
  va_list args;

  if (self->read_only_reason != NULL)
    return;
  va_start (args, format);
  self->read_only_reason = g_strdup_vprintf (format, args);
  va_end (args);
}

/* SQLite writes its journal beside the plan: a plan in a folder that
 * cannot be written can be read, never changed.
 */
static gboolean
folder_is_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (dir, W_OK) == 0;
}

/* A program that stopped in the middle of a change (a kill, a crash, the
 * power) leaves a hot journal, which the next connection that can write
 * rolls back. A read-only connection cannot and gets
 * SQLITE_READONLY_ROLLBACK on every read; so a reader makes a short
 * read-write connection whose first read undoes the unfinished change,
 * as the next writer would have, and then reads the plan as it was last
 * saved. SQLite itself tells a hot journal from the journal of a live
 * writer (which holds a lock), so a change in progress is never undone.
 */
static gboolean
recover_hot_journal (NapStore  *self,
                     GError   **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_exec (self->db, "PRAGMA schema_version", NULL, NULL, NULL);
  if (rc != SQLITE_READONLY_ROLLBACK)
    return TRUE;

  rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, TRUE);
      sqlite3_busy_timeout (db, 2000);
      sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
      if (sqlite3_db_readonly (db, "main") == 1)
        rc = SQLITE_READONLY_ROLLBACK;
      else
        rc = sqlite3_exec (db, "PRAGMA schema_version", NULL, NULL, NULL);
    }
  else
    rc = SQLITE_READONLY_ROLLBACK;
  sqlite3_close_v2 (db);

  if (rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN || rc == SQLITE_PERM
      || (rc & 0xff) == SQLITE_READONLY)
    rc = SQLITE_READONLY_ROLLBACK;
  if (rc != SQLITE_OK)
    return nap_store_set_error (self, rc, error);

  g_debug ("Undid an unfinished change in %s", self->path);
  return TRUE;
}

/* A kill can also leave a journal that is not hot (created, its header
 * not yet written): SQLite ignores it, and it would stay beside the plan
 * until the next change. Under an exclusive lock no other connection is
 * in the middle of a change, and a hot journal has been rolled back on
 * the way to the lock, so a journal still there is stale.
 */
static void
remove_stale_journal (NapStore   *self,
                      const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  if (!g_file_test (journal, G_FILE_TEST_EXISTS)
      || sqlite3_exec (self->db, "BEGIN EXCLUSIVE", NULL, NULL, NULL) != SQLITE_OK)
    return;
  if (g_file_test (journal, G_FILE_TEST_IS_REGULAR) && g_unlink (journal) == 0)
    g_debug ("Removed a stale journal beside %s", path);
  sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
}

/* A file may be hostile (SAFETY.md): nothing in it runs code. */
static void
configure (NapStore *self)
{
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 2000);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
}

/**
 * nap_store_open:
 * @path: the path of the file
 * @flags: %NAP_STORE_OPEN_CREATE to make a new project file
 *
 * Opens a project file. A file that is not a plan, belongs to another
 * program, is damaged or comes from a newer version is refused and left
 * untouched. A file that cannot be written, or that another window or
 * program is editing, opens read-only: see nap_store_get_read_only_reason().
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
NapStore *
nap_store_open (const char         *path,
                NapStoreOpenFlags   flags,
                GError            **error)
{
  return nap_store_open_as (path, NULL, flags, error);
}

/**
 * nap_store_open_as:
 * @display_path: (nullable): the file that messages name instead of @path
 *
 * nap_store_open() for a temporary file that becomes @display_path once
 * complete (an import): a full disk names the plan the user asked for.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
NapStore *
nap_store_open_as (const char         *path,
                   const char         *display_path,
                   NapStoreOpenFlags   flags,
                   GError            **error)
{
  g_autoptr(NapStore) self = NULL;
  g_autofree char *name = NULL;
  gboolean create = (flags & NAP_STORE_OPEN_CREATE) != 0;
  int open_flags;
  const char *db_path = path;
  int app_id = 0;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (NAP_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->display_path = g_strdup (display_path);
  name = g_filename_display_basename (nap_store_get_display_path (self));

  if (create)
    {
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, NAP_ERROR, NAP_ERROR_EXISTS,
                       _("“%s” exists already; choose another name."), name);
          return NULL;
        }
      open_flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
  else
    {
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, NAP_ERROR, NAP_ERROR_NOT_FOUND,
                       _("“%s” does not exist."), name);
          return NULL;
        }
      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        {
          g_autofree char *target = g_file_read_link (path, NULL);
          g_autofree char *shown = g_filename_display_name (target != NULL ? target : "");

          /* SQLite's journal would be written beside the link, not beside
           * the plan: a crash would leave the two apart.
           */
          g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                       _("“%s” is a symbolic link, which NAP Drafter does not open. Open the plan it points to, “%s”, instead."),
                       name, shown);
          return NULL;
        }
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, NAP_ERROR, NAP_ERROR_NOT_A_PROJECT,
                       _("“%s” is a folder, not a NAP Drafter plan."), name);
          return NULL;
        }
      open_flags = (flags & NAP_STORE_OPEN_READ_ONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    }

  /* A store is used by one thread at a time (a worker opens its own), so
   * SQLite need not lock the connection on every call.
   */
  if (nap_portal_file_is_needed (path))
    {
      self->portal = nap_portal_file_open (path, create, (flags & NAP_STORE_OPEN_READ_ONLY) == 0, error);
      if (self->portal == NULL)
        return NULL;
      db_path = nap_portal_file_get_working_path (self->portal);
    }

  rc = sqlite3_open_v2 (db_path, &self->db, open_flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      nap_store_set_error (self, rc, error);
      if (create)
        g_unlink (path);
      return NULL;
    }

  configure (self);

  if (!create && (flags & NAP_STORE_OPEN_READ_ONLY) && !recover_hot_journal (self, error))
    return NULL;

  if (!create)
    {
      /* Reading the header is the first read: a file that is not SQLite
       * fails here with SQLITE_NOTADB.
       */
      if (!query_int (self, "PRAGMA application_id", &app_id, error)
          || !query_int (self, "PRAGMA user_version", &version, error))
        return NULL;

      if (app_id != NAP_STORE_APPLICATION_ID)
        {
          if (app_id == 0 && version == 0)
            g_set_error (error, NAP_ERROR, NAP_ERROR_NOT_A_PROJECT,
                         _("“%s” is a database, but not a NAP Drafter plan."), name);
          else
            g_set_error (error, NAP_ERROR, NAP_ERROR_FOREIGN,
                         _("“%s” belongs to another program and cannot be opened as a plan."), name);
          return NULL;
        }

      if (version > nap_store_get_schema_version ())
        {
          g_set_error (error, NAP_ERROR, NAP_ERROR_TOO_NEW,
                       _("“%s” was made by a newer version of NAP Drafter. Update NAP Drafter to open it."),
                       name);
          return NULL;
        }

      if (version < 1)
        {
          g_set_error (error, NAP_ERROR, NAP_ERROR_CORRUPT,
                       _("“%s” is damaged and cannot be opened safely. Open a backup copy, or ask for help recovering it."),
                       name);
          return NULL;
        }

      if (!nap_store_exec (self, "PRAGMA cell_size_check = ON", error)
          || !check_quick (self, (flags & NAP_STORE_OPEN_READ_ONLY) != 0, error))
        return NULL;
    }

  if (!nap_store_exec (self, "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON", error))
    return NULL;

  if (flags & NAP_STORE_OPEN_READ_ONLY)
    set_read_only (self, _("The plan was opened read-only."));
  else if (sqlite3_db_readonly (self->db, "main") == 1
           || (self->portal != NULL && !create && g_access (path, W_OK) != 0))
    set_read_only_printf (self, _("“%s” is write-protected, so the plan is open read-only."), name);
  else if (self->portal == NULL && !folder_is_writable (path))
    set_read_only_printf (self, _("The folder holding “%s” cannot be written to, so the plan is open read-only. "
                                  "Move it to a folder you can write to in order to edit it."), name);
  else if (self->portal != NULL ? !nap_portal_file_is_writer (self->portal) : !acquire_writer_lock (self))
    set_read_only_printf (self, _("Another window or program is editing “%s”, so it is open read-only."), name);

  if (self->read_only_reason == NULL && !create && self->portal == NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      /* What a killed export, import or Save As left beside the plan. */
      nap_output_remove_stale (dir);
      remove_stale_journal (self, path);
    }

  if (self->read_only_reason == NULL)
    {
      /* No -wal/-shm beside a file that people copy and e-mail. */
      if (!nap_store_exec (self, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL", error))
        {
          if (create)
            g_unlink (path);
          return NULL;
        }

      if (version < nap_store_get_schema_version () && !migrate (self, version, error))
        {
          if (create)
            g_unlink (path);
          return NULL;
        }

      /* A new file records its edits once it holds a plan: see
       * nap_project_create().
       */
      if (!create && !nap_history_attach (self, error))
        return NULL;
      /* A new plan exists only once saved through the portal. */
      if (self->portal != NULL && create && !nap_portal_file_save (self->portal, TRUE, error))
        return NULL;
    }
  else if (version < (int) nap_migrations_get_readable_from ())
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY,
                   _("“%s” was made by an older version and must be updated, but it is open read-only."),
                   name);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * nap_store_open_beside:
 * @writer: a store open for writing, which holds the file's lock
 *
 * Opens a second connection to @writer's file, for a worker thread that
 * writes while @writer's thread waits: the lock that makes @writer the
 * one writer is @writer's, so this store takes none, and the file is not
 * checked again. The caller must not write through @writer, nor keep a
 * statement of it running, while this store writes: SQLite would make
 * one of them wait, and then fail.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
NapStore *
nap_store_open_beside (NapStore  *writer,
                       GError   **error)
{
  g_autoptr(NapStore) self = NULL;
  int rc;

  g_return_val_if_fail (NAP_IS_STORE (writer), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (writer->read_only_reason != NULL)
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_READ_ONLY, writer->read_only_reason);
      return NULL;
    }

  self = g_object_new (NAP_TYPE_STORE, NULL);
  self->path = g_strdup (writer->path);
  if (writer->portal != NULL)
    self->portal = nap_portal_file_ref (writer->portal);
  rc = sqlite3_open_v2 (self->portal != NULL ? nap_portal_file_get_working_path (self->portal) : self->path,
                        &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      nap_store_set_error (self, rc, error);
      return NULL;
    }

  configure (self);
  if (!nap_store_exec (self, "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON;"
                             " PRAGMA synchronous = FULL", error)
      || !nap_history_attach (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * nap_store_reset_statements:
 *
 * Ends every statement of @self that is still running, so that it holds
 * no lock on the file: before another connection writes to it.
 */
void
nap_store_reset_statements (NapStore *self)
{
  g_return_if_fail (NAP_IS_STORE (self));

  for (sqlite3_stmt *stmt = sqlite3_next_stmt (self->db, NULL);
       stmt != NULL;
       stmt = sqlite3_next_stmt (self->db, stmt))
    if (sqlite3_stmt_busy (stmt))
      sqlite3_reset (stmt);
}

/**
 * nap_store_get_path:
 * @self: a #NapStore
 *
 * Returns: (transfer none): the path of the file
 */
const char *
nap_store_get_path (NapStore *self)
{
  g_return_val_if_fail (NAP_IS_STORE (self), NULL);

  return self->path;
}

/**
 * nap_store_is_read_only:
 * @self: a #NapStore
 */
gboolean
nap_store_is_read_only (NapStore *self)
{
  g_return_val_if_fail (NAP_IS_STORE (self), TRUE);

  return self->read_only_reason != NULL;
}

/**
 * nap_store_get_read_only_reason:
 * @self: a #NapStore
 *
 * Returns: (transfer none) (nullable): why the file is open read-only, or
 *   %NULL if it is not
 */
const char *
nap_store_get_read_only_reason (NapStore *self)
{
  g_return_val_if_fail (NAP_IS_STORE (self), NULL);

  return self->read_only_reason;
}

