/* nap-output.c: writing a file that replaces another only once complete
 *
 * Every file the program writes besides the plan itself (XML, CSV, HTML,
 * a copy made by Save As, and the formats to come) goes through here, so
 * that one piece of code holds the rules of SAFETY.md, "Writing other
 * files":
 *
 * - The new content goes to a temporary file in the target's folder (so
 *   that the rename stays on one filesystem), is flushed with fsync(),
 *   and only then renamed over the target; the folder is synced too. The
 *   path is the same whether or not the target exists, so a failure, a
 *   refusal, a full disk or a kill leaves the previous file or a complete
 *   new one, never part of one.
 *
 * - A target that is a symbolic link is refused. Writing in place through
 *   the link is what lost files before; writing to the link's resolved
 *   target would put the file wherever the link points (outside the
 *   folder the user chose, another user's file, or a system file for a
 *   program run as root) and a dangling link would create a file there;
 *   replacing the link itself would silently break whatever the user set
 *   it up for. A refusal that says why, and names the way forward, is
 *   the one choice that surprises nobody. rename() replaces a name and
 *   never follows it, so a link that appears after the check is replaced,
 *   never written through.
 *
 * - Temporary files are named .nap-drafter-PID-RANDOM.tmp (SQLite adds
 *   "-journal" to a copy's journal), and the writer holds a BSD lock on
 *   it while writing. Before writing into a folder, the ones left there
 *   by a process that is gone (killed, or the machine stopped) are
 *   removed: only when the PID in the name is not running and the lock
 *   can be taken, so never one that a live process is writing.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-output"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nap-error.h"
#include "nap-output.h"

#define TEMPORARY_PREFIX ".nap-drafter-"
#define TEMPORARY_SUFFIX ".tmp"
#define JOURNAL_SUFFIX "-journal"

struct _NapOutput
{
  char *path;
  char *temporary;
  char *name;           /* the target's display name, for messages */
  int fd;
  GOutputStream *stream;
  gboolean committed;
};

static void
set_errno_error (const char  *name,
                 int          saved_errno,
                 GError     **error)
{
  switch (saved_errno)
    {
    case ENOSPC:
    case EDQUOT:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("The disk is full; “%s” was not written. Free some space and try again."), name);
      break;

    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("“%s” was not written: its folder cannot be written to. Choose another folder."), name);
      break;

    case ENOENT:
    case ENOTDIR:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("“%s” was not written: its folder does not exist. Choose another folder."), name);
      break;

    default:
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
      break;
    }
}

/**
 * nap_output_check_target:
 * @path: where a file is to be written
 *
 * Checks that @path may be replaced: it does not exist, or it is a
 * regular file. A symbolic link, a folder or a device is refused.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
nap_output_check_target (const char  *path,
                         GError     **error)
{
  g_autofree char *name = NULL;
  struct stat st;

  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_basename (path);
  if (lstat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;
      set_errno_error (name, saved_errno, error);
      return FALSE;
    }
  if (S_ISREG (st.st_mode))
    return TRUE;

  if (S_ISLNK (st.st_mode))
    g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                 _("“%s” is a symbolic link; NAP Drafter does not write through links. "
                   "Choose the file it points to, or another name."), name);
  else if (S_ISDIR (st.st_mode))
    g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                 _("“%s” is a folder; choose a file name."), name);
  else
    g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                 _("“%s” is not a regular file; choose another name."), name);
  return FALSE;
}

/**
 * nap_output_temporary_name:
 *
 * Returns: (transfer full): a new name for a temporary file of this
 *   process, without folder, that nap_output_remove_stale() recognises
 */
char *
nap_output_temporary_name (void)
{
  return g_strdup_printf (TEMPORARY_PREFIX "%d-%08x" TEMPORARY_SUFFIX,
                          (int) getpid (), g_random_int ());
}

/**
 * nap_output_is_temporary_name:
 * @basename: a file name without folder
 * @is_journal: (out) (optional): whether it is the journal SQLite keeps
 *   beside such a file
 * @pid: (out) (optional): the process that made it
 *
 * Returns: whether @basename is one of nap_output_temporary_name()'s, or
 *   its journal
 */
gboolean
nap_output_is_temporary_name (const char *basename,
                              gboolean   *is_journal,
                              int        *pid)
{
  const char *p;
  char *end;
  long value;

  if (!g_str_has_prefix (basename, TEMPORARY_PREFIX))
    return FALSE;
  p = basename + strlen (TEMPORARY_PREFIX);
  if (!g_ascii_isdigit (*p))
    return FALSE;
  errno = 0;
  value = strtol (p, &end, 10);
  if (errno != 0 || value <= 0 || value > G_MAXINT || *end != '-')
    return FALSE;
  p = end + 1;
  for (int i = 0; i < 8; i++)
    if (!g_ascii_isxdigit (p[i]))
      return FALSE;
  p += 8;
  if (g_str_equal (p, TEMPORARY_SUFFIX))
    {
      if (is_journal != NULL)
        *is_journal = FALSE;
    }
  else if (g_str_equal (p, TEMPORARY_SUFFIX JOURNAL_SUFFIX))
    {
      if (is_journal != NULL)
        *is_journal = TRUE;
    }
  else
    return FALSE;

  if (pid != NULL)
    *pid = (int) value;
  return TRUE;
}

static gboolean
process_is_alive (int pid)
{
  if (pid == (int) getpid ())
    return TRUE;
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

/**
 * nap_output_remove_stale:
 * @dir: a folder
 *
 * Removes the temporary files that a process now gone left in @dir: a
 * killed export, Save As or import. A file whose process still runs, or
 * whose lock is held, is left alone.
 *
 * Returns: how many files were removed
 */
guint
nap_output_remove_stale (const char *dir)
{
  g_autoptr(GDir) listing = NULL;
  const char *entry;
  guint removed = 0;

  g_return_val_if_fail (dir != NULL, 0);

  listing = g_dir_open (dir, 0, NULL);
  if (listing == NULL)
    return 0;

  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;
      int pid;
      int fd;

      if (!nap_output_is_temporary_name (entry, NULL, &pid) || process_is_alive (pid))
        continue;

      path = g_build_filename (dir, entry, NULL);
      fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0);
      if (fd < 0)
        continue;
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode)
          && (flock (fd, LOCK_EX | LOCK_NB) == 0 || errno == ENOSYS || errno == EOPNOTSUPP)
          && g_unlink (path) == 0)
        removed++;
      close (fd);
    }

  return removed;
}

/**
 * nap_output_new:
 * @path: the file to write; it is replaced by nap_output_commit()
 *
 * Begins writing @path: makes a temporary file beside it, locked while
 * this lives. Write to nap_output_get_stream(), then call
 * nap_output_commit(); nap_output_free() without a commit removes the
 * temporary file and leaves @path as it was.
 *
 * Returns: (transfer full): the output, or %NULL with @error set
 */
NapOutput *
nap_output_new (const char  *path,
                GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *temporary = NULL;
  NapOutput *self;
  struct stat st;
  int fd = -1;

  g_return_val_if_fail (path != NULL, NULL);

  if (!nap_output_check_target (path, error))
    return NULL;

  name = g_filename_display_basename (path);
  dir = g_path_get_dirname (path);
  nap_output_remove_stale (dir);

  for (int attempt = 0; attempt < 16 && fd < 0; attempt++)
    {
      g_autofree char *file = nap_output_temporary_name ();

      g_free (temporary);
      temporary = g_build_filename (dir, file, NULL);
      fd = g_open (temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
      if (fd < 0 && errno != EEXIST)
        break;
    }
  if (fd < 0)
    {
      set_errno_error (name, errno, error);
      return NULL;
    }

  /* The lock tells nap_output_remove_stale() in another process that the
   * file is being written; a filesystem without BSD locks (some FUSE
   * ones) leaves only the PID check.
   */
  (void) flock (fd, LOCK_EX | LOCK_NB);

  /* A replaced file keeps its permissions; a new one gets the umask's. */
  if (stat (path, &st) == 0)
    (void) fchmod (fd, st.st_mode & 0777);

  self = g_new0 (NapOutput, 1);
  self->path = g_strdup (path);
  self->temporary = g_steal_pointer (&temporary);
  self->name = g_steal_pointer (&name);
  self->fd = fd;
  self->stream = g_unix_output_stream_new (fd, FALSE);
  return self;
}

/**
 * nap_output_get_stream:
 * @self: a #NapOutput
 *
 * Returns: (transfer none): the stream that writes the temporary file
 */
GOutputStream *
nap_output_get_stream (NapOutput *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->stream;
}

/**
 * nap_output_get_temporary_path:
 * @self: a #NapOutput
 *
 * For a writer that opens the file itself (SQLite for Save As).
 *
 * Returns: (transfer none): the temporary file's path
 */
const char *
nap_output_get_temporary_path (NapOutput *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temporary;
}

/**
 * nap_output_set_write_error:
 * @self: a #NapOutput
 * @cause: why writing to the stream, or making the content, failed
 *
 * Sets @error to a sentence that names the target rather than the
 * temporary file. A refusal of the content itself (a NapError other than
 * %NAP_ERROR_IO) is passed on as it is.
 *
 * Returns: %FALSE
 */
gboolean
nap_output_set_write_error (NapOutput     *self,
                            const GError  *cause,
                            GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cause != NULL, FALSE);

  if (cause->domain == NAP_ERROR && cause->code != NAP_ERROR_IO)
    g_propagate_error (error, g_error_copy (cause));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    set_errno_error (self->name, ENOSPC, error);
  else
    g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                 _("Could not write “%s”: %s"), self->name, cause->message);
  return FALSE;
}

static void
sync_directory (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/**
 * nap_output_commit:
 * @self: a #NapOutput
 *
 * Flushes the temporary file to disk and renames it over the target.
 * On failure the target is as it was and the temporary file is removed
 * by nap_output_free().
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
nap_output_commit (NapOutput  *self,
                   GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (!g_output_stream_flush (self->stream, NULL, &local_error))
    return nap_output_set_write_error (self, local_error, error);

  /* A full disk may only show here, when the filesystem allocates. */
  if (fsync (self->fd) != 0)
    {
      set_errno_error (self->name, errno, error);
      return FALSE;
    }

  if (!nap_output_check_target (self->path, error))
    return FALSE;

  if (g_rename (self->temporary, self->path) != 0)
    {
      set_errno_error (self->name, errno, error);
      return FALSE;
    }
  self->committed = TRUE;
  sync_directory (self->path);
  return TRUE;
}

/**
 * nap_output_free:
 * @self: (transfer full): a #NapOutput
 *
 * Ends the output; without a commit, the temporary file (and a journal
 * SQLite left beside it) is removed and the target is as it was.
 */
void
nap_output_free (NapOutput *self)
{
  if (self == NULL)
    return;

  if (!self->committed)
    {
      g_autofree char *journal = g_strconcat (self->temporary, JOURNAL_SUFFIX, NULL);

      g_unlink (self->temporary);
      g_unlink (journal);
    }
  g_clear_object (&self->stream);
  close (self->fd);
  g_free (self->path);
  g_free (self->temporary);
  g_free (self->name);
  g_free (self);
}

/**
 * nap_output_write_contents:
 * @path: the file to write
 * @data: (array length=size): its new content
 *
 * Writes @data to @path with nap_output_new() and nap_output_commit().
 *
 * Returns: %TRUE, or %FALSE with @error set and @path as it was
 */
gboolean
nap_output_write_contents (const char  *path,
                           const char  *data,
                           gsize        size,
                           GError     **error)
{
  g_autoptr(NapOutput) output = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  output = nap_output_new (path, error);
  if (output == NULL)
    return FALSE;

  if (!g_output_stream_write_all (output->stream, data, size, NULL, NULL, &local_error))
    return nap_output_set_write_error (output, local_error, error);

  return nap_output_commit (output, error);
}
