/* nap-store-errors.c: what every SQLite result means to a drafter
 *
 * Each result code the program can meet becomes a sentence that names the
 * user's file and says what to do (SAFETY.md); it has its own file so that
 * the list can grow without nap-store.c growing with it.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-store-private.h"

/**
 * nap_store_get_display_path:
 *
 * Returns: (transfer none): the file that messages name: the plan the
 *   user asked for, which for an import is not the temporary file open
 */
const char *
nap_store_get_display_path (NapStore *self)
{
  return self->display_path != NULL ? self->display_path : self->path;
}

/* Every SQLite result becomes a sentence a drafter can act on: it names
 * the user's file (for an import, the plan being made, not its temporary
 * file) and says what to do. tests/core/test-store-faults.c goes through
 * every primary result code.
 */
gboolean
nap_store_set_error (NapStore  *self,
                     int        rc,
                     GError   **error)
{
  g_autofree char *name = NULL;
  const char *detail;

  g_return_val_if_fail (NAP_IS_STORE (self), FALSE);

  name = g_filename_display_basename (nap_store_get_display_path (self));
  detail = self->db != NULL && sqlite3_errcode (self->db) == rc ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc)
    {
    case SQLITE_READONLY_ROLLBACK:
      g_set_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY,
                   _("“%s” holds an unfinished change from a program that stopped, and it cannot be undone "
                     "without writing to the file. Make the file and its folder writable, then open it again."),
                   name);
      goto out;

    case SQLITE_READONLY_DIRECTORY:
      g_set_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY,
                   _("The folder holding “%s” cannot be written to, and saving a change needs a journal file "
                     "beside the plan; the change was not saved. Move the plan to a folder you can write to."),
                   name);
      goto out;

    case SQLITE_READONLY_DBMOVED:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("“%s” was moved, renamed or deleted while it was open; the change was not saved. "
                     "Open it again from where it is now."),
                   name);
      goto out;

    default:
      break;
    }

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, NAP_ERROR, NAP_ERROR_NOT_A_PROJECT,
                   _("“%s” is not a NAP Drafter plan."), name);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_MISMATCH:
    case SQLITE_FORMAT:
      g_set_error (error, NAP_ERROR, NAP_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened safely. Open a backup copy, or ask for help recovering it."),
                   name);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IN_USE,
                   _("“%s” is in use by another window or program. Close it there and try again."), name);
      break;

    case SQLITE_READONLY:
      g_set_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY,
                   _("“%s” is open read-only; the change was not saved."), name);
      break;

    case SQLITE_FULL:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("The disk holding “%s” is full; the change was not saved. Free some space and try again."),
                   name);
      break;

    case SQLITE_IOERR:
    case SQLITE_NOLFS:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("“%s” could not be read or written (%s). Check the disk it is on, then try again."),
                   name, detail);
      break;

    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("“%s” could not be opened: check that it exists and that you may read and write it and its folder."),
                   name);
      break;

    case SQLITE_PROTOCOL:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("“%s” is on a disk where file locking does not work reliably, such as a network share. "
                     "Copy it to a folder on this computer and open it there."),
                   name);
      break;

    case SQLITE_NOMEM:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("There was not enough memory to work on “%s”."), name);
      break;

    case SQLITE_TOOBIG:
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("A text or value is too large to be kept in “%s”; the change was not saved. Shorten it and try again."),
                   name);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("The change breaks a rule of the plan in “%s” (%s); it was not saved."), name, detail);
      break;

    case SQLITE_ABORT:
    case SQLITE_INTERRUPT:
      g_set_error (error, NAP_ERROR, NAP_ERROR_FAILED,
                   _("The work on “%s” was stopped before it ended; nothing was changed. Try again."), name);
      break;

    case SQLITE_SCHEMA:
      g_set_error (error, NAP_ERROR, NAP_ERROR_FAILED,
                   _("“%s” was changed by another program while it was being read. Try again."), name);
      break;

    default:
      /* SQLITE_ERROR, SQLITE_INTERNAL, SQLITE_NOTFOUND, SQLITE_EMPTY,
       * SQLITE_MISUSE, SQLITE_RANGE and the rest: our mistake, not the
       * user's.
       */
      g_set_error (error, NAP_ERROR, NAP_ERROR_FAILED,
                   _("Something went wrong while working on “%s” (%s); nothing was changed. "
                     "Try again, and if it happens again, report it with this message."),
                   name, detail);
      break;
    }

 out:
  /* A failed statement may have ended or poisoned the transaction. */
  if (self->in_transaction && self->db != NULL && sqlite3_get_autocommit (self->db))
    self->in_transaction = FALSE;

  return FALSE;
}
