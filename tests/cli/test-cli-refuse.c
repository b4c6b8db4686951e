/* test-cli-refuse.c: files nap-tool must refuse or only read
 *
 * SAFETY.md's hostile and unlucky files, each through nap-tool info and
 * check: random bytes, another program's database, a plain database, a
 * file from a newer version, a damaged page, a folder; and the files that
 * open read-only: write-protected, or in use by another window. Every case
 * leaves the file byte for byte and no side file beside it.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli-test-common.h"
#include "nap-error.h"
#include "nap-xml-writer.h"

typedef struct
{
  const char *path;
  char *checksum;
  char *listing;
} Snapshot;

static void
snapshot_take (Snapshot   *snapshot,
               const char *dir,
               const char *path)
{
  snapshot->path = path;
  snapshot->checksum = checksum_of (path);
  snapshot->listing = list_dir (dir);
}

static void
snapshot_assert_unchanged (Snapshot   *snapshot,
                           const char *dir)
{
  g_autofree char *checksum = checksum_of (snapshot->path);
  g_autofree char *listing = list_dir (dir);

  g_assert_cmpstr (checksum, ==, snapshot->checksum);
  g_assert_cmpstr (listing, ==, snapshot->listing);
  g_clear_pointer (&snapshot->checksum, g_free);
  g_clear_pointer (&snapshot->listing, g_free);
}

/* info and check both refuse the file with @message on stderr. */
static void
assert_refused (Fixture    *fixture,
                const char *message)
{
  const char *commands[] = { "info", "check" };
  g_autofree char *expected = g_strdup_printf ("nap-tool: %s\n", message);
  Snapshot snapshot;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0, };

      snapshot_take (&snapshot, fixture->dir, fixture->path);
      run_tool (&run, commands[i], fixture->path);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, expected);
      snapshot_assert_unchanged (&snapshot, fixture->dir);
    }
}

static void
test_refuse_random_bytes (Fixture       *fixture,
                          gconstpointer  data)
{
  guint8 bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (fixture->path, (const char *) bytes, sizeof bytes, NULL));

  assert_refused (fixture, "“plan.nap” is not a NAP Drafter plan.");
}

static void
test_refuse_foreign (Fixture       *fixture,
                     gconstpointer  data)
{
  sqlite_exec (fixture->path,
               "PRAGMA application_id = 305419896;" /* 0x12345678 */
               "CREATE TABLE contacts (name TEXT, phone TEXT);"
               "INSERT INTO contacts VALUES ('Awa', '+223 20 00 00 00');");

  assert_refused (fixture, "“plan.nap” belongs to another program and cannot be opened as a plan.");
}

static void
test_refuse_plain_sqlite (Fixture       *fixture,
                          gconstpointer  data)
{
  sqlite_exec (fixture->path,
               "CREATE TABLE objective (title TEXT);"
               "INSERT INTO objective VALUES ('Prevention');");

  assert_refused (fixture, "“plan.nap” is a database, but not a NAP Drafter plan.");
}

static void
test_refuse_too_new (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);

  g_clear_object (&project);
  sqlite_exec (fixture->path, "PRAGMA user_version = 99");

  assert_refused (fixture, "“plan.nap” was made by a newer version of NAP Drafter. Update NAP Drafter to open it.");
}

static void
test_refuse_damaged (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint page;

  nap_project_begin_batch (project, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective %u: strengthen the participation of women in peace processes", i);

      add_objective (project, NULL, title);
    }
  nap_project_end_batch (project, TRUE, &error);
  g_assert_no_error (error);
  g_clear_object (&project);

  /* The default page size is 4096 bytes; a page in the middle holds
   * objectives. Overwriting its b-tree header breaks it for sure.
   */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length % 4096, ==, 0);
  g_assert_cmpuint (length / 4096, >, 8);
  page = (guint) (length / 4096) / 2;
  memset (contents + page * 4096, 0xff, 200);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));

  assert_refused (fixture, "“plan.nap” is damaged and cannot be opened safely. Open a backup copy, or ask for help recovering it.");
}

static void
test_refuse_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0, };

  run_tool (&run, "info", fixture->dir);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "is a folder, not a NAP Drafter plan."));
}

/* Makes a plan with one objective, gives the file and its folder
 * @file_mode and @dir_mode, and runs @open_in_child in a child, as the
 * user nobody if @as_nobody. The folder is left writable. Returns FALSE
 * when the test is skipped; else the child succeeded and not a byte of
 * the folder changed.
 */
static gboolean
open_protected (Fixture  *fixture,
                int       file_mode,
                int       dir_mode,
                gboolean  as_nobody,
                void    (*open_in_child) (const char *path,
                                          gboolean    as_nobody))
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  Snapshot snapshot;
  int wait_status = 0;
  pid_t pid;

  add_objective (project, NULL, "Prevention");
  g_clear_object (&project);
  g_assert_cmpint (g_chmod (fixture->path, file_mode), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, dir_mode), ==, 0);

  snapshot_take (&snapshot, fixture->dir, fixture->path);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    open_in_child (fixture->path, as_nobody);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  if (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 77)
    {
      g_test_skip ("running as root and cannot switch to the user nobody");
      return FALSE;
    }
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
  snapshot_assert_unchanged (&snapshot, fixture->dir);
  return TRUE;
}

/* The core, in a child that cannot write @path, opens it read-only and
 * says why. Exits 0 when it does, 77 when it cannot become nobody.
 */
static void
open_write_protected (const char *path,
                      gboolean    as_nobody)
{
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GError) error = NULL;

  if (as_nobody && (setgid (NOBODY) != 0 || setuid (NOBODY) != 0))
    _exit (77);
  g_assert_cmpint (access (path, W_OK), !=, 0);

  project = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_is_read_only (project));
  g_assert_cmpstr (nap_project_get_read_only_reason (project), ==,
                   "“plan.nap” is write-protected, so the plan is open read-only.");
  g_assert_null (nap_project_add_objective (project, NULL, -1, "Participation", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY);
  _exit (0);
}

/* A write-protected file opens read-only and keeps every byte. Root may
 * write to any file, so as root the other side runs as the user nobody.
 */
static void
test_write_protected (Fixture       *fixture,
                      gconstpointer  data)
{
  gboolean as_nobody = getuid () == 0;
  Snapshot snapshot;

  if (!open_protected (fixture, 0444, 0755, as_nobody, open_write_protected))
    return;

  /* nap-tool reads it all the same, as a user who cannot write it. */
  {
    g_auto(Run) run = { 0, };

    snapshot_take (&snapshot, fixture->dir, fixture->path);
    run_tool_full (&run, as_nobody, "info", fixture->path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\n1 Prevention\n"));
    run_clear (&run);
    run_tool_full (&run, as_nobody, "check", fixture->path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "“plan.nap” is sound; nothing to report.\n");
    snapshot_assert_unchanged (&snapshot, fixture->dir);
  }
}

/* In a child: a plan whose folder cannot be written opens read-only and
 * says why; it said "open read-only; the change was not saved".
 */
static void
open_in_protected_folder (const char *path,
                          gboolean    as_nobody)
{
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GError) error = NULL;
  const char *reason = "The folder holding “plan.nap” cannot be written to, so the plan is open read-only. "
                       "Move it to a folder you can write to in order to edit it.";

  if (as_nobody && (setgid (NOBODY) != 0 || setuid (NOBODY) != 0))
    _exit (77);
  g_assert_cmpint (access (path, W_OK), ==, 0);

  project = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_is_read_only (project));
  g_assert_cmpstr (nap_project_get_read_only_reason (project), ==, reason);
  g_assert_null (nap_project_add_objective (project, NULL, -1, "Participation", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, reason);
  _exit (0);
}

static void
test_folder_write_protected (Fixture       *fixture,
                             gconstpointer  data)
{
  open_protected (fixture, 0666, 0555, getuid () == 0, open_in_protected_folder);
}

/* After a crash mid-merge, every read-only command said "open read-only;
 * the change was not saved". Where the journal can be rolled back they
 * read the plan as last saved; where it cannot, they say what to do.
 */
static void
test_hot_journal (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);
  g_autofree char *xml = g_build_filename (fixture->dir, "copy.xml", NULL);
  g_autoptr(GError) error = NULL;

  add_objective (project, NULL, "Prevention");
  g_assert_true (nap_xml_export_to_file (project, xml, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);
  g_clear_object (&project);
  nap_test_make_hot_journal (fixture->path, "objective");
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));

  if (getuid () == 0)
    {
      g_auto(Run) run = { 0, };

      /* A user who cannot write the folder cannot roll it back. */
      g_assert_cmpint (g_chmod (fixture->path, 0666), ==, 0);
      g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
      run_tool_full (&run, TRUE, "check", fixture->path, NULL);
      g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.err, ==,
                       "nap-tool: “plan.nap” holds an unfinished change from a program that stopped, "
                       "and it cannot be undone without writing to the file. Make the file and its folder "
                       "writable, then open it again.\n");
      g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));
    }

  {
    const char *commands[][5] = {
      { "check", fixture->path, NULL },
      { "info", fixture->path, NULL },
      { "export-xml", fixture->path, NULL },
      { "export-budget", fixture->path, NULL },
      { "report", fixture->path, NULL },
      { "merge", "--dry-run", fixture->path, xml, NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      {
        g_auto(Run) run = { 0, };

        run_tool_full (&run, FALSE, commands[i][0], commands[i][1], commands[i][2], commands[i][3], NULL);
        if (run.status != 0)
          g_error ("%s after a crash: %s", commands[i][0], run.err);
        g_assert_null (strstr (run.out, "half-written"));
      }
  }
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

/* A file that another window is editing: a second opener gets it
 * read-only and says why, and nap-tool can still read it.
 */
static void
test_in_use (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(NapProject) writer = nap_test_create_sample_plan (fixture->path);
  g_autoptr(NapProject) second = NULL;
  g_autoptr(GError) error = NULL;
  Snapshot snapshot;

  add_objective (writer, NULL, "Prevention");
  g_assert_false (nap_project_is_read_only (writer));

  snapshot_take (&snapshot, fixture->dir, fixture->path);

  /* flock() belongs to the open file, so a second open in this process
   * meets the first one's lock as another program would.
   */
  second = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_is_read_only (second));
  g_assert_cmpstr (nap_project_get_read_only_reason (second), ==,
                   "Another window or program is editing “plan.nap”, so it is open read-only.");
  g_assert_null (nap_project_add_objective (second, NULL, -1, "Participation", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==,
                   "Another window or program is editing “plan.nap”, so it is open read-only.");
  g_clear_error (&error);
  g_clear_object (&second);

  {
    g_auto(Run) run = { 0, };

    run_tool (&run, "info", fixture->path);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\n1 Prevention\n"));
    run_clear (&run);
    run_tool (&run, "check", fixture->path);
    g_assert_cmpint (run.status, ==, 0);
  }

  snapshot_assert_unchanged (&snapshot, fixture->dir);

  /* The first window goes on editing. */
  add_objective (writer, NULL, "Participation");
}

/* check --strict called a plan "sound" whose title holds ESC, which
 * export-xml then refuses: check finds what a later command would refuse.
 */
static void
test_check_finds_unexportable (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autofree char *xml = g_build_filename (fixture->dir, "plan.xml", NULL);

  add_objective (project, NULL, "Prevention");
  g_clear_object (&project);
  sqlite_exec (fixture->path, "UPDATE objective SET title = 'Prevention ' || char(27) || '[2J'");

  {
    g_auto(Run) run = { 0, };

    run_tool (&run, "export-xml", fixture->path, "-o", xml);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "U+001B"));
    g_assert_false (g_file_test (xml, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) run = { 0, };

    run_tool (&run, "check", "--strict", fixture->path);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.out, "plan.nap: The plan cannot be exported as NAP XML: "));
    g_assert_nonnull (strstr (run.out, "U+001B"));
    /* Nothing that moves a terminal's cursor reaches it. */
    g_assert_null (strchr (run.out, '\033'));
  }
  {
    g_auto(Run) run = { 0, };

    run_tool (&run, "check", fixture->path);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "with 1 finding"));
  }

  /* Text that is not UTF-8 is exported with U+FFFD: check says so. */
  sqlite_exec (fixture->path, "UPDATE objective SET title = 'Prevention', description = CAST (X'416d69ff' AS TEXT)");
  {
    g_auto(Run) run = { 0, };

    run_tool (&run, "check", "--strict", fixture->path);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.out, "plan.nap: Record 1 of “objective” holds text in “description” that is not valid UTF-8"));
    g_assert_true (g_utf8_validate (run.out, -1, NULL));
  }
}

/* quick_check, on open, does not compare an index with its table: merge
 * wrote into a plan whose index no longer matched its rows.
 */
static void
test_merge_refuses_broken_index (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autofree char *xml = g_build_filename (fixture->dir, "copy.xml", NULL);
  g_autoptr(GError) error = NULL;
  Snapshot snapshot;

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective %u", i);

      add_objective (project, NULL, title);
    }
  g_assert_true (nap_xml_export_to_file (project, xml, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);
  g_clear_object (&project);

  /* The index's rows stay in (parent_id, position) order while its
   * declaration says (position, parent_id): every row is "missing".
   */
  sqlite_exec (fixture->path,
               "PRAGMA writable_schema = ON;"
               " UPDATE sqlite_schema SET sql = 'CREATE INDEX objective_by_parent ON objective (position, parent_id)'"
               " WHERE name = 'objective_by_parent';");

  snapshot_take (&snapshot, fixture->dir, fixture->path);
  {
    g_auto(Run) run = { 0, };

    run_tool (&run, "merge", fixture->path, xml);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.err, ==,
                     "nap-tool: “plan.nap” is damaged, so nothing was merged into it. "
                     "Open a backup copy, or ask for help recovering it.\n");
  }
  snapshot_assert_unchanged (&snapshot, fixture->dir);
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/cli/refuse/random-bytes", test_refuse_random_bytes),
    NAP_TEST_CASE ("/cli/refuse/foreign", test_refuse_foreign),
    NAP_TEST_CASE ("/cli/refuse/plain-sqlite", test_refuse_plain_sqlite),
    NAP_TEST_CASE ("/cli/refuse/too-new", test_refuse_too_new),
    NAP_TEST_CASE ("/cli/refuse/damaged", test_refuse_damaged),
    NAP_TEST_CASE ("/cli/refuse/folder", test_refuse_folder),
    NAP_TEST_CASE ("/cli/read-only/write-protected", test_write_protected),
    NAP_TEST_CASE ("/cli/read-only/in-use", test_in_use),
    NAP_TEST_CASE ("/cli/read-only/hot-journal", test_hot_journal),
    NAP_TEST_CASE ("/cli/read-only/folder-write-protected", test_folder_write_protected),
    NAP_TEST_CASE ("/cli/check/finds-unexportable", test_check_finds_unexportable),
    NAP_TEST_CASE ("/cli/merge/refuses-broken-index", test_merge_refuses_broken_index),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, nap_test_folder_set_up, nap_test_folder_tear_down, cases);

  return g_test_run ();
}
