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
#include "nap-output.h"
#include "nap-portal-file-private.h"
#include "nap-store-private.h"

/**
 * nap_store_save_copy:
 * @self: a #NapStore
 * @path: the path of the file
 *
 * Writes a consistent copy of the project to @path with the backup API,
 * through nap_output_new(): into a temporary file beside it, flushed to
 * disk, then renamed over @path, so that a failure leaves @path as it was.
 */
gboolean
nap_store_save_copy (NapStore    *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(NapOutput) output = NULL;
  g_autofree char *name = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (NAP_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_basename (path);

  /* SQLite cannot write in the document portal (see nap-portal-file.c):
   * the copy is made privately, then written through the portal whole.
   */
  if (nap_portal_file_is_needed (path))
    {
      g_autoptr(NapPortalFile) target = nap_portal_file_open (path, TRUE, TRUE, error);

      if (target == NULL)
        return FALSE;
      if (!nap_portal_file_is_writer (target))
        {
          g_set_error (error, NAP_ERROR, NAP_ERROR_IN_USE,
                       _("Another window is editing “%s”; choose another name."), name);
          return FALSE;
        }
      return nap_store_save_copy (self, nap_portal_file_get_working_path (target), error)
             && nap_portal_file_save (target, TRUE, error);
    }

  output = nap_output_new (path, error);
  if (output == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (nap_output_get_temporary_path (output), &dest,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
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

  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_FULL)
        g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                     _("The disk is full; “%s” was not written. Free some space and try again."), name);
      else
        g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                     _("Could not write “%s”: %s"), name, sqlite3_errstr (rc));
      return FALSE;
    }

  return nap_output_commit (output, error);
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

/**
 * nap_store_find_invalid_text:
 * @self: a #NapStore
 *
 * Finds the text values that are not valid UTF-8: a file made or changed
 * by another program may hold them. The plan shows and exports them with
 * U+FFFD in place of the bad bytes, so nap-tool check reports them.
 *
 * Returns: (transfer full) (element-type utf8): one sentence per value
 *   (empty when there is none), or %NULL with @error set
 */
GPtrArray *
nap_store_find_invalid_text (NapStore  *self,
                             GError   **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (NAP_IS_STORE (self), NULL);

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      nap_store_set_error (self, rc, error);
      return NULL;
    }

  for (guint t = 0; t < tables->len && found->len < 100; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      char *sql = sqlite3_mprintf ("SELECT rowid, * FROM \"%w\"", table);

      rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
      sqlite3_free (sql);
      /* A table without rowid has nothing of ours: skip it. */
      if (rc != SQLITE_OK)
        continue;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && found->len < 100)
        for (int c = 1; c < sqlite3_column_count (stmt); c++)
          {
            const char *text;
            int length;

            if (sqlite3_column_type (stmt, c) != SQLITE_TEXT)
              continue;
            text = (const char *) sqlite3_column_text (stmt, c);
            length = sqlite3_column_bytes (stmt, c);
            if (text != NULL && !g_utf8_validate_len (text, (gsize) length, NULL))
              {
                g_autofree char *shown_table = g_utf8_make_valid (table, -1);
                g_autofree char *shown_column = g_utf8_make_valid (sqlite3_column_name (stmt, c), -1);

                g_ptr_array_add (found,
                                 /* Translators: %1$s is a table of the file (objective,
                                  * indicator...), %2$lld a record's number, %3$s a field */
                                 g_strdup_printf (_("Record %2$lld of “%1$s” holds text in “%3$s” that is not valid UTF-8; "
                                                    "it is shown and exported with � in place of the bad bytes. Retype it."),
                                                  shown_table, (long long) sqlite3_column_int64 (stmt, 0),
                                                  shown_column));
              }
          }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        {
          nap_store_set_error (self, rc, error);
          return NULL;
        }
    }

  return g_steal_pointer (&found);
}
