/* nap-portal-file.c: a plan reached through the Flatpak document portal
 *
 * In the Flatpak every plan comes through the document portal, a FUSE file
 * system that exposes single files. SQLite cannot work on such a file
 * safely: Debian 12's portal (1.16) refuses the O_NOFOLLOW that SQLite
 * always opens with (ELOOP: "unable to open database file") and implements
 * neither flock() nor POSIX locks (ENOSYS). Newer portals lock, but on every
 * version a -journal beside the plan is only a hidden temporary file of the
 * portal, which a restarted portal no longer shows under that name: after a
 * power cut SQLite would not find the hot journal and the plan would be
 * damaged. journal_mode=MEMORY or OFF would avoid the side file but give up
 * the rollback after a crash altogether.
 *
 * So SQLite works on a private copy in the application's data folder, with
 * its journal beside it as usual, and each commit writes the copy back to
 * the plan through the portal as a whole: into a new file beside the plan,
 * flushed to disk, then renamed over it. The portal renames the real file,
 * so the plan is always either the last saved version or the one before.
 * A lock on the private copy keeps a second window from editing the plan.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "nap-error.h"
#include "nap-portal-file-private.h"

#define FUSE_SUPER_MAGIC 0x65735546
/* The SQLite header's file change counter, bumped by every commit. */
#define CHANGE_COUNTER_OFFSET 24

struct _NapPortalFile
{
  gint ref_count; /* atomic */
  char *path;     /* the plan, through the portal */
  char *working;  /* the private copy SQLite works on */
  int lock_fd;    /* flock() on the private copy's lock file: we are the writer */
  guint32 saved_counter;
  gboolean saved_once;
  GStatBuf seen;  /* the plan when we last read or wrote it */
};

static gboolean
is_lock_unsupported (int errsv)
{
  return errsv == ENOSYS || errsv == EOPNOTSUPP || errsv == ENOTSUP || errsv == ENOLCK;
}

static gboolean
is_under_document_portal (const char *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  g_autofree char *doc = g_build_filename (g_get_user_runtime_dir (), "doc", NULL);
  g_autofree char *dir = g_path_get_dirname (canonical);
  struct statfs fs;

  if (!g_str_has_prefix (canonical, doc) && !g_str_has_prefix (canonical, "/run/flatpak/doc/"))
    return FALSE;

  return statfs (dir, &fs) == 0 && fs.f_type == FUSE_SUPER_MAGIC;
}

/**
 * nap_portal_file_is_needed:
 * @path: a plan file, or one about to be made
 *
 * Tells whether SQLite cannot work on @path itself: it is in the document
 * portal, or its file system refuses the O_NOFOLLOW open or the POSIX locks
 * SQLite relies on.
 *
 * Returns: %TRUE when the plan must be worked on as a private copy
 */
gboolean
nap_portal_file_is_needed (const char *path)
{
  struct flock probe = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
  gboolean needed = FALSE;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  if (is_under_document_portal (path))
    return TRUE;

  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
  if (fd < 0)
    {
      /* A regular file that O_NOFOLLOW alone cannot open. */
      return errno == ELOOP && g_file_test (path, G_FILE_TEST_IS_REGULAR)
             && !g_file_test (path, G_FILE_TEST_IS_SYMLINK);
    }

  if (fcntl (fd, F_GETLK, &probe) != 0 && is_lock_unsupported (errno))
    needed = TRUE;
  close (fd);

  return needed;
}

static char *
working_path_for (const char *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  g_autofree char *base = g_strconcat (digest, ".nap", NULL);

  return g_build_filename (g_get_user_data_dir (), "nap-drafter", "working-copies", base, NULL);
}

/* @message: (transfer full): the sentence for the user */
static void
set_io_error (GError     **error,
              int          errsv,
              char        *message)
{
  g_set_error (error, NAP_ERROR, NAP_ERROR_IO, "%s (%s)", message, g_strerror (errsv));
  g_free (message);
}

/* Copies @from to the already open @to_fd, then flushes it to disk. */
static gboolean
copy_into (const char  *from,
           int          to_fd,
           int         *errsv)
{
  char buffer[65536];
  int from_fd = g_open (from, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok = TRUE;

  if (from_fd < 0)
    {
      *errsv = errno;
      return FALSE;
    }

  for (;;)
    {
      ssize_t n = read (from_fd, buffer, sizeof buffer);
      ssize_t done = 0;

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          ok = n == 0;
          *errsv = errno;
          break;
        }
      while (done < n)
        {
          ssize_t w = write (to_fd, buffer + done, (size_t) (n - done));

          if (w < 0 && errno == EINTR)
            continue;
          if (w < 0)
            break;
          done += w;
        }
      if (done < n)
        {
          ok = FALSE;
          *errsv = errno;
          break;
        }
    }

  if (ok && fsync (to_fd) != 0)
    {
      ok = FALSE;
      *errsv = errno;
    }

  close (from_fd);
  return ok;
}

/* Without locks in the portal, a change by another program since we last
 * read or wrote the plan shows only in its time and size.
 */
static gboolean
is_changed_by_others (NapPortalFile *self)
{
  GStatBuf now;

  if (g_stat (self->path, &now) != 0)
    return FALSE;

  return now.st_size != self->seen.st_size
         || now.st_mtim.tv_sec != self->seen.st_mtim.tv_sec
         || now.st_mtim.tv_nsec != self->seen.st_mtim.tv_nsec;
}

static gboolean
read_change_counter (NapPortalFile *self,
                     guint32       *counter)
{
  guint8 bytes[4];
  int fd = g_open (self->working, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = pread (fd, bytes, sizeof bytes, CHANGE_COUNTER_OFFSET) == sizeof bytes;
  close (fd);
  *counter = ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) | ((guint32) bytes[2] << 8) | bytes[3];

  return ok;
}

/**
 * nap_portal_file_open:
 * @path: the plan, through the portal
 * @create: whether the plan is being made (nothing is copied in)
 * @want_writer: whether the plan is to be edited
 *
 * Makes the private copy SQLite will work on. When @want_writer is set and
 * no other window edits the plan, the copy is ours to edit and save back;
 * otherwise it is a copy of the moment, deleted once unused.
 *
 * Returns: (transfer full): the portal file, or %NULL with @error set
 */
NapPortalFile *
nap_portal_file_open (const char  *path,
                      gboolean     create,
                      gboolean     want_writer,
                      GError     **error)
{
  g_autoptr(NapPortalFile) self = g_new0 (NapPortalFile, 1);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *dir = NULL;
  g_autofree char *journal = NULL;
  int fd = -1;
  int errsv = 0;

  self->ref_count = 1;
  self->lock_fd = -1;
  self->path = g_strdup (path);
  self->working = working_path_for (path);
  dir = g_path_get_dirname (self->working);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      errsv = errno;
      set_io_error (error, errsv, g_strdup_printf (_("“%s” cannot be opened: NAP Drafter’s data folder cannot be made. Check the free space of your home folder."), name));
      return NULL;
    }

  if (want_writer)
    {
      g_autofree char *lock = g_strconcat (self->working, ".lock", NULL);

      self->lock_fd = g_open (lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
      if (self->lock_fd >= 0 && flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
        {
          close (self->lock_fd);
          self->lock_fd = -1;
        }
    }

  if (self->lock_fd >= 0)
    {
      /* A journal left by a crash belongs to an older copy: it must not be
       * played back onto the fresh one.
       */
      journal = g_strconcat (self->working, "-journal", NULL);
      g_unlink (journal);
      fd = g_open (self->working, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    }
  else
    {
      g_free (self->working);
      self->working = g_build_filename (dir, "read-only-XXXXXX.nap", NULL);
      fd = g_mkstemp_full (self->working, O_RDWR | O_CLOEXEC, 0600);
      if (fd < 0)
        g_clear_pointer (&self->working, g_free);
    }

  if (fd < 0)
    {
      errsv = errno;
      set_io_error (error, errsv, g_strdup_printf (_("“%s” cannot be opened: NAP Drafter cannot make its working copy. Check the free space of your home folder."), name));
      return NULL;
    }

  if (!create && g_stat (path, &self->seen) != 0)
    memset (&self->seen, 0, sizeof self->seen);
  if (!create && !copy_into (path, fd, &errsv))
    {
      close (fd);
      set_io_error (error, errsv, g_strdup_printf (_("“%s” cannot be read. Check that the file is still there, or open it again."), name));
      return NULL;
    }
  close (fd);

  self->saved_once = !create && read_change_counter (self, &self->saved_counter);

  return g_steal_pointer (&self);
}

/* Edits that could not be saved back move aside, where the next opening of
 * the plan (which starts a fresh copy) leaves them for the user to find.
 */
static void
keep_unsaved (NapPortalFile *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d %H%M%S");
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *dir = g_path_get_dirname (self->working);
  g_autofree char *stem = g_str_has_suffix (base, ".nap") ? g_strndup (base, strlen (base) - 4) : g_strdup (base);
  g_autofree char *kept_name = g_strdup_printf ("%s (unsaved %s).nap", stem, stamp);
  g_autofree char *kept = g_build_filename (dir, kept_name, NULL);

  if (g_rename (self->working, kept) == 0)
    g_message ("The edits that could not be saved to %s are in %s", self->path, kept);
}

NapPortalFile *
nap_portal_file_ref (NapPortalFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_int_inc (&self->ref_count);
  return self;
}

/**
 * nap_portal_file_unref:
 *
 * Drops a reference; the last one deletes the private copy, unless it
 * holds edits that could not be saved back (they stay for recovery).
 */
void
nap_portal_file_unref (NapPortalFile *self)
{
  guint32 counter = 0;

  if (self == NULL || !g_atomic_int_dec_and_test (&self->ref_count))
    return;

  if (self->working != NULL)
    {
      if (self->lock_fd >= 0 && self->saved_once
          && read_change_counter (self, &counter) && counter != self->saved_counter)
        keep_unsaved (self);
      else
        g_unlink (self->working);
    }
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  g_free (self->path);
  g_free (self->working);
  g_free (self);
}

const char *
nap_portal_file_get_working_path (NapPortalFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->working;
}

gboolean
nap_portal_file_is_writer (NapPortalFile *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->lock_fd >= 0;
}

/**
 * nap_portal_file_save:
 * @force: save even if nothing was committed since the last save
 *
 * Writes the private copy back to the plan through the portal, when a
 * commit changed it: into a new file beside the plan, flushed, then
 * renamed over the plan. Call it only when no transaction is open.
 *
 * Returns: %TRUE on success (the plan holds every commit)
 */
gboolean
nap_portal_file_save (NapPortalFile  *self,
                      gboolean        force,
                      GError        **error)
{
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmpl = NULL;
  guint32 counter = 0;
  int errsv = 0;
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->lock_fd >= 0, FALSE);

  /* A new plan exists only once it is saved with @force. */
  if (!force && !self->saved_once)
    return TRUE;
  if (!read_change_counter (self, &counter))
    counter = self->saved_counter + 1;
  if (!force && counter == self->saved_counter)
    return TRUE;

  name = g_filename_display_basename (self->path);
  if (self->saved_once && is_changed_by_others (self))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_IN_USE,
                   _("“%s” was changed by another program since NAP Drafter opened it, so your edit was not saved there. It is kept in NAP Drafter’s working copy; use Save As to save it under another name."),
                   name);
      return FALSE;
    }

  dir = g_path_get_dirname (self->path);
  base = g_path_get_basename (self->path);
  tmpl = g_strdup_printf ("%s/.%s-XXXXXX", dir, base);
  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      errsv = errno;
      if (!self->saved_once)
        set_io_error (error, errsv, g_strdup_printf (_("“%s” cannot be made in that folder. Choose another folder."), name));
      else
        set_io_error (error, errsv, g_strdup_printf (_("“%s” cannot be saved: no file can be made beside it. Your edit is kept in NAP Drafter’s working copy; use Save As to save it elsewhere."), name));
      return FALSE;
    }

  if (!copy_into (self->working, fd, &errsv))
    {
      close (fd);
      g_unlink (tmpl);
      set_io_error (error, errsv, g_strdup_printf (_("“%s” cannot be saved. Your edit is kept in NAP Drafter’s working copy; free some space, or use Save As to save it elsewhere."), name));
      return FALSE;
    }

  if (close (fd) != 0 || g_rename (tmpl, self->path) != 0)
    {
      errsv = errno;
      g_unlink (tmpl);
      set_io_error (error, errsv, g_strdup_printf (_("“%s” cannot be saved. Your edit is kept in NAP Drafter’s working copy; use Save As to save it elsewhere."), name));
      return FALSE;
    }

  if (g_stat (self->path, &self->seen) != 0)
    memset (&self->seen, 0, sizeof self->seen);
  self->saved_counter = counter;
  self->saved_once = TRUE;
  return TRUE;
}
