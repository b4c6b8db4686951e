/* test-output.c: every output replaces its target only once complete
 *
 * XML, CSV, HTML and Save As all go through nap-output.c: a failure, a
 * refusal or a full disk leaves the previous file or none, a symbolic
 * link is never written through, and temporary files left by a killed
 * process are removed the next time, never those of a live one.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nap-budget-csv.h"
#include "nap-error.h"
#include "nap-output.h"
#include "nap-project-private.h"
#include "nap-report.h"
#include "nap-test-util.h"
#include "nap-xml-writer.h"

typedef NapTestPlan Fixture;

/* The names in @dir, sorted, one per line. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

static char *
contents_of (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&contents);
}

/* Each kind of output the program writes. */
typedef enum
{
  OUTPUT_XML,
  OUTPUT_CSV,
  OUTPUT_REPORT,
  OUTPUT_SAVE_COPY,
  N_OUTPUTS
} OutputKind;

static gboolean
write_output (Fixture     *fixture,
              OutputKind   kind,
              const char  *path,
              GError     **error)
{
  switch (kind)
    {
    case OUTPUT_XML:
      return nap_xml_export_to_file (fixture->project, path, NAP_XML_EXPORT_ALL, error);
    case OUTPUT_CSV:
      return nap_budget_csv_export_to_file (fixture->project, path, error);
    case OUTPUT_REPORT:
      return nap_report_write_to_file (fixture->project, path, error);
    case OUTPUT_SAVE_COPY:
      return nap_store_save_copy (nap_project_get_store (fixture->project), path, error);
    default:
      g_assert_not_reached ();
    }
}

/* export-xml -o LINK wrote through the link, in place. */
static void
test_symlink_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "target", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "link", NULL);
  g_autofree char *dangling = g_build_filename (fixture->dir, "dangling", NULL);
  g_autofree char *nowhere = g_build_filename (fixture->dir, "nowhere", NULL);

  g_assert_true (g_file_set_contents (target, "the old file", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_cmpint (symlink (nowhere, dangling), ==, 0);

  for (OutputKind kind = 0; kind < N_OUTPUTS; kind++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) dangling_error = NULL;
      g_autofree char *kept = NULL;
      g_autofree char *listing = NULL;

      g_assert_false (write_output (fixture, kind, link, &error));
      g_assert_error (error, NAP_ERROR, NAP_ERROR_IO);
      g_assert_cmpstr (error->message, ==,
                       "“link” is a symbolic link; NAP Drafter does not write through links. "
                       "Choose the file it points to, or another name.");
      kept = contents_of (target);
      g_assert_cmpstr (kept, ==, "the old file");
      g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));

      /* A dangling link made the file it points to. */
      g_assert_false (write_output (fixture, kind, dangling, &dangling_error));
      g_assert_error (dangling_error, NAP_ERROR, NAP_ERROR_IO);
      g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

      listing = list_dir (fixture->dir);
      g_assert_cmpstr (listing, ==, "dangling\nlink\nplan.nap\ntarget");
    }
}

static void
test_replaces_and_creates (Fixture       *fixture,
                           gconstpointer  data)
{
  for (OutputKind kind = 0; kind < N_OUTPUTS; kind++)
    {
      g_autofree char *out = g_build_filename (fixture->dir, "out", NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *listing = NULL;
      GStatBuf st;

      g_assert_true (write_output (fixture, kind, out, &error));
      g_assert_no_error (error);
      g_assert_true (write_output (fixture, kind, out, &error));
      g_assert_no_error (error);
      /* A new file gets the umask's permissions, not mkstemp()'s 0600. */
      g_assert_cmpint (g_stat (out, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0644);
      listing = list_dir (fixture->dir);
      g_assert_cmpstr (listing, ==, "out\nplan.nap");
      g_unlink (out);
    }
}

/* A title with U+001B is refused by the XML writer after 64 KiB were
 * written: the output path held those 65,536 bytes.
 */
static void
test_refusal_leaves_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *fresh = g_build_filename (fixture->dir, "fresh.xml", NULL);
  g_autofree char *old = g_build_filename (fixture->dir, "old.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *title = NULL;
  NapPlan *plan = nap_project_get_plan (fixture->project);
  GString *big = g_string_new ("Plan ");

  /* More than the writer's buffer first, so that a partial file would
   * have content.
   */
  for (int i = 0; i < 20000; i++)
    g_string_append (big, "abcdefgh ");
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (plan), "summary", big->str, &error));
  g_assert_no_error (error);
  g_string_free (big, TRUE);
  title = g_strdup ("Plan \033[2J");
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (plan), "lead-institution", title, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_set_contents (old, "the old export", -1, NULL));

  g_assert_false (nap_xml_export_to_file (fixture->project, fresh, NAP_XML_EXPORT_ALL, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  g_assert_false (nap_xml_export_to_file (fixture->project, old, NAP_XML_EXPORT_ALL, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  kept = contents_of (old);
  g_assert_cmpstr (kept, ==, "the old export");

  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "old.xml\nplan.nap");
}

/* A small tmpfs fills up: every output fails with a sentence naming the
 * file, and leaves the previous one, or nothing.
 */
static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *mnt = g_build_filename (fixture->dir, "small", NULL);
  g_autofree char *filler = g_build_filename (mnt, "filler", NULL);
  g_autofree char *old = g_build_filename (mnt, "old", NULL);
  g_autofree char *filler_data = NULL;
  gsize filler_size = 16 * 1024;

  g_assert_cmpint (g_mkdir (mnt, 0755), ==, 0);
  if (mount ("tmpfs", mnt, "tmpfs", 0, "size=64k") != 0)
    {
      g_test_skip ("A small tmpfs cannot be mounted here (not root, or no mount permission).");
      return;
    }

  g_assert_true (g_file_set_contents (old, "old", -1, NULL));

  /* Fill the disk, in pages at the end, so that not even the CSV header
   * of a plan without budget lines fits.
   */
  filler_data = g_malloc0 (filler_size);
  for (int i = 0; filler_size >= 4096; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%d", filler, i);

      if (!g_file_set_contents (name, filler_data, (gssize) filler_size, NULL))
        {
          g_unlink (name);
          filler_size /= 2;
        }
    }

  for (OutputKind kind = 0; kind < N_OUTPUTS; kind++)
    {
      g_autofree char *fresh = g_build_filename (mnt, "fresh", NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *kept = NULL;
      g_autofree char *listing = NULL;

      g_assert_false (write_output (fixture, kind, fresh, &error));
      g_assert_error (error, NAP_ERROR, NAP_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "“fresh”"));
      g_assert_nonnull (strstr (error->message, "full"));
      g_clear_error (&error);
      g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

      g_assert_false (write_output (fixture, kind, old, &error));
      g_assert_error (error, NAP_ERROR, NAP_ERROR_IO);
      kept = contents_of (old);
      g_assert_cmpstr (kept, ==, "old");

      listing = list_dir (mnt);
      g_assert_null (strstr (listing, ".nap-drafter-"));
    }

  g_assert_cmpint (umount (mnt), ==, 0);
}

static int
dead_pid (void)
{
  pid_t pid = fork ();

  if (pid == 0)
    _exit (0);
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (waitpid (pid, NULL, 0), ==, pid);
  return (int) pid;
}

/* Temporary files of a killed export are removed the next time; those of
 * a live process, or locked by one, are not.
 */
static void
test_stale_temporaries (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "out.xml", NULL);
  g_autofree char *stale = NULL;
  g_autofree char *stale_journal = NULL;
  g_autofree char *live = NULL;
  g_autofree char *locked = NULL;
  g_autofree char *foreign = g_build_filename (fixture->dir, ".goutputstream-ABC123", NULL);
  g_autoptr(GError) error = NULL;
  int dead = dead_pid ();
  int lock_fd;
  GPid sleeper;
  const char *argv[] = { "sleep", "60", NULL };

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &sleeper, &error));
  g_assert_no_error (error);

  stale = g_strdup_printf ("%s/.nap-drafter-%d-0000abcd.tmp", fixture->dir, dead);
  stale_journal = g_strdup_printf ("%s-journal", stale);
  live = g_strdup_printf ("%s/.nap-drafter-%d-0000beef.tmp", fixture->dir, (int) sleeper);
  locked = g_strdup_printf ("%s/.nap-drafter-%d-0000cafe.tmp", fixture->dir, dead);
  for (const char *p = stale; p != NULL; p = (p == stale ? stale_journal : p == stale_journal ? live : p == live ? locked : p == locked ? foreign : NULL))
    g_assert_true (g_file_set_contents (p, "partial", -1, NULL));

  g_assert_true (nap_output_is_temporary_name (".nap-drafter-12-0000abcd.tmp", NULL, NULL));
  g_assert_false (nap_output_is_temporary_name (".goutputstream-ABC123", NULL, NULL));
  g_assert_false (nap_output_is_temporary_name ("plan.nap", NULL, NULL));

  /* The dead process's file is still being written by someone: a lock. */
  lock_fd = g_open (locked, O_RDONLY, 0);
  g_assert_cmpint (flock (lock_fd, LOCK_EX), ==, 0);

  g_assert_true (nap_xml_export_to_file (fixture->project, out, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);

  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale_journal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (live, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (locked, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (foreign, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));

  close (lock_fd);
  kill (sleeper, SIGKILL);
  waitpid (sleeper, NULL, 0);
  g_spawn_close_pid (sleeper);

  /* Now both are stale. */
  g_assert_cmpuint (nap_output_remove_stale (fixture->dir), ==, 2);
}

/* A killed export leaves its temporary file, which the next one removes. */
static void
test_killed_export (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "out.xml", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  int fds[2];
  pid_t pid;
  char c;

  g_assert_true (g_file_set_contents (out, "the old export", -1, NULL));
  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  if (pid == 0)
    {
      NapOutput *output = nap_output_new (out, NULL);

      g_output_stream_write_all (nap_output_get_stream (output), "<?xml", 5, NULL, NULL, NULL);
      g_output_stream_flush (nap_output_get_stream (output), NULL, NULL);
      (void) !write (fds[1], "w", 1);
      pause ();
      _exit (1);
    }
  close (fds[1]);
  g_assert_cmpint (read (fds[0], &c, 1), ==, 1);
  close (fds[0]);

  /* While the writer lives, its file is left alone. */
  g_assert_cmpuint (nap_output_remove_stale (fixture->dir), ==, 0);

  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
  {
    g_autofree char *kept = contents_of (out);
    g_assert_cmpstr (kept, ==, "the old export");
  }
  listing = list_dir (fixture->dir);
  g_assert_nonnull (strstr (listing, ".nap-drafter-"));
  g_clear_pointer (&listing, g_free);

  g_assert_true (nap_xml_export_to_file (fixture->project, out, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);
  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "out.xml\nplan.nap");
}

/* Opening a plan for writing removes what a killed import or Save As
 * left beside it.
 */
static void
test_open_removes_stale (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *stale = g_strdup_printf ("%s/.nap-drafter-%d-00001234.tmp", fixture->dir, dead_pid ());
  g_autofree char *journal = g_strconcat (stale, "-journal", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  g_clear_object (&fixture->project);
  g_assert_true (g_file_set_contents (stale, "half a copy", -1, NULL));
  g_assert_true (g_file_set_contents (journal, "its journal", -1, NULL));

  fixture->project = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_clear_object (&fixture->project);

  fixture->project = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "plan.nap");
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/output/symlink-refused", test_symlink_refused),
    NAP_TEST_CASE ("/output/replaces-and-creates", test_replaces_and_creates),
    NAP_TEST_CASE ("/output/refusal-leaves-nothing", test_refusal_leaves_nothing),
    NAP_TEST_CASE ("/output/full-disk", test_full_disk),
    NAP_TEST_CASE ("/output/stale-temporaries", test_stale_temporaries),
    NAP_TEST_CASE ("/output/killed-export", test_killed_export),
    NAP_TEST_CASE ("/output/open-removes-stale", test_open_removes_stale),
  };

  g_test_init (&argc, &argv, NULL);
  umask (022);
  NAP_TEST_ADD_CASES (Fixture, nap_test_plan_set_up, nap_test_plan_tear_down, cases);

  return g_test_run ();
}
