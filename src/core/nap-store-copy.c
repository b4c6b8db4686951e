/* nap-store-copy.c: copies of the project file, and its full check
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
#include <unistd.h>

#include "nap-error.h"
#include "nap-store-private.h"

/**
 * nap_store_save_copy:
 * @self: a #NapStore
 * @path: the path of the file
 *
 * Writes a consistent copy of the project to @path: into a temporary file
 * beside it with the backup API, flushed to disk, then renamed over @path,
 * so that a failure leaves @path as it was.
 */
gboolean
nap_store_save_copy (NapStore    *self,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmpl = NULL;
  g_autofree char *name = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  g_return_val_if_fail (NAP_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_basename (path);
  dir = g_path_get_dirname (path);
  tmpl = g_build_filename (dir, ".nap-drafter-XXXXXX", NULL);
  fd = g_mkstemp (tmpl);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmpl, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
        }
      else
        rc = sqlite3_errcode (dest);
    }
  sqlite3_close_v2 (dest);

  if (rc == SQLITE_OK)
    {
      fd = g_open (tmpl, O_RDONLY | O_CLOEXEC, 0);
      if (fd < 0 || fsync (fd) != 0)
        rc = SQLITE_IOERR;
      if (fd >= 0)
        close (fd);
    }

  if (rc != SQLITE_OK || g_rename (tmpl, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmpl);
      if (rc == SQLITE_FULL)
        g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                     _("The disk is full; “%s” was not written. Free some space and try again."), name);
      else
        g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                     _("Could not write “%s”: %s"), name,
                     rc != SQLITE_OK ? sqlite3_errstr (rc) : g_strerror (saved_errno));
      return FALSE;
    }

  {
    /* Make the rename itself durable. */
    int dfd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    if (dfd >= 0)
      {
        fsync (dfd);
        close (dfd);
      }
  }

  return TRUE;
}

/**
 * nap_store_check_integrity:
 * @self: a #NapStore
 *
 * Returns: (transfer full) (element-type utf8): the problems SQLite finds
 *   in the file (empty when it is sound), or %NULL with @error set
 */
GPtrArray *
nap_store_check_integrity (NapStore  *self,
                           GError   **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (NAP_IS_STORE (self), NULL);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (text, "ok") != 0)
        g_ptr_array_add (problems, g_strdup (text));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      nap_store_set_error (self, rc, error);
      return NULL;
    }

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (problems,
                       g_strdup_printf ("%s row %lld refers to a missing %s",
                                        (const char *) sqlite3_column_text (stmt, 0),
                                        (long long) sqlite3_column_int64 (stmt, 1),
                                        (const char *) sqlite3_column_text (stmt, 2)));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      nap_store_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&problems);
}
