/* test-store.c: the project file keeps the plan safe
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nap-error.h"
#include "nap-project.h"
#include "nap-test-util.h"

typedef NapTestFolder Fixture;

static char *
checksum_of (const char *path)
{
  return nap_test_checksum (path);
}

static int
pragma_int (const char *path,
            const char *pragma)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_create_and_reopen (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autoptr(NapProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  g_assert_false (nap_project_is_read_only (project));
  g_assert_cmpstr (nap_plan_get_title (nap_project_get_plan (project)), ==, "Plan d’action national 1325");
  g_assert_cmpstr (nap_project_get_level_name (project, 0), ==, "Pillar");
  g_assert_cmpstr (nap_project_get_level_name (project, 2), ==, "Action");
  /* Beyond the named levels, the deepest name. */
  g_assert_cmpstr (nap_project_get_level_name (project, 5), ==, "Action");

  g_assert_true (nap_project_set_string (project, NAP_RECORD (nap_project_get_plan (project)),
                                         "lead-institution", "Ministère de la Promotion de la Femme", &error));
  g_assert_no_error (error);
  g_clear_object (&project);

  /* A file people copy and e-mail: no side files, ours by its header. */
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (pragma_int (fixture->path, "application_id"), ==, NAP_STORE_APPLICATION_ID);
  g_assert_cmpint (pragma_int (fixture->path, "user_version"), ==, nap_store_get_schema_version ());

  again = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nap_plan_get_lead_institution (nap_project_get_plan (again)), ==,
                   "Ministère de la Promotion de la Femme");
  g_assert_cmpstr (nap_plan_get_country (nap_project_get_plan (again)), ==, "ML");
  g_assert_cmpstr (nap_plan_get_period_end (nap_project_get_plan (again)), ==, "2014-12-31");
}

static void
test_create_refuses_existing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  NapProject *project;

  g_assert_true (g_file_set_contents (fixture->path, "precious", -1, NULL));
  before = checksum_of (fixture->path);

  project = nap_project_create (fixture->path, "Plan", "ML", "XOF", NULL, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "plan.nap"));

  after = checksum_of (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_create_refuses_bad_values (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (nap_project_create (fixture->path, "Plan", "Mali", "XOF", NULL, NULL, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (nap_project_create (fixture->path, "Plan", "ML", "CFA", NULL, NULL, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (nap_project_create (fixture->path, "Plan", "ML", "XOF", "2014-01-01", "2012-12-31", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (nap_project_create (fixture->path, "Plan", "ML", "XOF", "2014-02-30", NULL, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);

  /* Nothing is left behind by a refused creation. */
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

/* Opens @path, expects @code, and checks the file was not touched. */
static void
assert_refused (const char *path,
                int         code,
                const char *words)
{
  g_autofree char *before = checksum_of (path);
  g_autofree char *after = NULL;

  /* Read-only opens (export, nap-tool info) check the file more lightly
   * (nap-store.c, check_quick()), and must refuse the same files.
   */
  for (guint i = 0; i < 2; i++)
    {
      NapStoreOpenFlags flags = i == 0 ? NAP_STORE_OPEN_DEFAULT : NAP_STORE_OPEN_READ_ONLY;
      g_autoptr(GError) error = NULL;
      NapProject *project = nap_project_open (path, flags, &error);

      g_assert_null (project);
      g_assert_error (error, NAP_ERROR, code);
      g_assert_nonnull (strstr (error->message, "plan.nap"));
      g_assert_nonnull (strstr (error->message, words));
    }

  after = checksum_of (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_random_bytes (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree guint8 *bytes = g_malloc (8192);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1325);

  for (guint i = 0; i < 8192; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (fixture->path, (const char *) bytes, 8192, NULL));

  assert_refused (fixture->path, NAP_ERROR_NOT_A_PROJECT, "not a NAP Drafter plan");
}

static void
test_refuse_empty_and_text (Fixture       *fixture,
                            gconstpointer  data)
{
  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  assert_refused (fixture->path, NAP_ERROR_NOT_A_PROJECT, "not a NAP Drafter plan");

  g_assert_true (g_file_set_contents (fixture->path, "Title;Amount\nPrevention;1000\n", -1, NULL));
  assert_refused (fixture->path, NAP_ERROR_NOT_A_PROJECT, "not a NAP Drafter plan");
}

static void
test_refuse_foreign_database (Fixture       *fixture,
                              gconstpointer  data)
{
  exec_sql (fixture->path,
            "PRAGMA application_id = 1196444237;" /* GPKG */
            "CREATE TABLE features (id INTEGER PRIMARY KEY, geometry BLOB);");
  assert_refused (fixture->path, NAP_ERROR_FOREIGN, "another program");
}

static void
test_refuse_plain_database (Fixture       *fixture,
                            gconstpointer  data)
{
  exec_sql (fixture->path, "CREATE TABLE budget (line TEXT, amount INTEGER);");
  assert_refused (fixture->path, NAP_ERROR_NOT_A_PROJECT, "not a NAP Drafter plan");
}

static void
test_refuse_newer_version (Fixture       *fixture,
                           gconstpointer  data)
{
  g_clear_object (&(NapProject *){ nap_test_create_sample_plan (fixture->path) });
  exec_sql (fixture->path, "PRAGMA user_version = 99;");
  assert_refused (fixture->path, NAP_ERROR_TOO_NEW, "newer version");
}

static void
test_refuse_corrupt (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  {
    g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);

    g_assert_true (nap_project_begin_batch (project, NULL));
    for (int i = 0; i < 400; i++)
      {
        g_autofree char *title = g_strdup_printf ("Objective %d: strengthen the protection of women", i);
        g_assert_nonnull (nap_project_add_objective (project, NULL, -1, title, NULL));
      }
    g_assert_true (nap_project_end_batch (project, TRUE, NULL));
  }

  /* Wreck the header and first cells of a page inside the objective table. */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  memset (contents + 6 * 4096, 0xff, 300);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));

  assert_refused (fixture->path, NAP_ERROR_CORRUPT, "damaged");
}

static void
test_refuse_folder_and_missing (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_null (nap_project_open (fixture->dir, NAP_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_NOT_A_PROJECT);
}

static void
test_second_writer_read_only (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(NapProject) first = nap_test_create_sample_plan (fixture->path);
  g_autoptr(NapProject) second = NULL;
  g_autoptr(NapProject) third = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (nap_project_add_objective (first, NULL, -1, "Prevention", &error));
  g_assert_no_error (error);

  second = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_is_read_only (second));
  g_assert_nonnull (strstr (nap_project_get_read_only_reason (second), "Another window or program"));
  /* It still shows the plan... */
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_objectives (second)), ==, 1);
  /* ...and refuses to change it. */
  g_assert_null (nap_project_add_objective (second, NULL, -1, "Protection", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_objectives (second)), ==, 1);
  g_clear_error (&error);

  /* Once the writer is gone, the file is writable again. */
  g_clear_object (&first);
  g_clear_object (&second);
  third = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (nap_project_is_read_only (third));
}

static void
test_write_protected_read_only (Fixture       *fixture,
                                gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(NapProject) project = NULL;
      g_autoptr(GError) error = NULL;
      const char *path = g_getenv ("NAP_TEST_PATH");

      /* Root writes through any mode bits: become nobody for this check. */
      if (getuid () == 0 && setuid (65534) != 0)
        g_error ("could not drop privileges");

      project = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_true (nap_project_is_read_only (project));
      g_assert_nonnull (strstr (nap_project_get_read_only_reason (project), "write-protected"));
      g_assert_null (nap_project_add_objective (project, NULL, -1, "x", &error));
      g_assert_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY);
      return;
    }
  else
    {
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      g_clear_object (&(NapProject *){ nap_test_create_sample_plan (fixture->path) });
      g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
      g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
      before = checksum_of (fixture->path);

      g_setenv ("NAP_TEST_PATH", fixture->path, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();

      after = checksum_of (fixture->path);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_save_as (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autoptr(NapProject) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (fixture->dir, "copy.nap", NULL);

  g_assert_nonnull (nap_project_add_objective (project, NULL, -1, "Prevention", &error));
  g_assert_true (nap_project_save_as (project, target, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (nap_project_get_path (project), ==, target);

  /* Work goes on in the copy; the original keeps what it had. */
  g_assert_nonnull (nap_project_add_objective (project, NULL, -1, "Protection", &error));
  g_clear_object (&project);

  copy = nap_project_open (target, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_objectives (copy)), ==, 2);
  g_clear_object (&copy);

  copy = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_objectives (copy)), ==, 1);
}

static void
test_save_as_failure_keeps_target (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "copy.nap", NULL);

  g_assert_false (nap_project_save_as (project, missing, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_IO);
  g_assert_cmpstr (nap_project_get_path (project), ==, fixture->path);
  g_assert_false (nap_project_is_read_only (project));
}

/* kill -9 in the middle of edits: every edit reported committed is there,
 * and the file is sound.
 */
static void
test_crash_during_edits (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  int fds[2];
  pid_t pid;
  int committed = 0;
  int status;

  g_clear_object (&(NapProject *){ nap_test_create_sample_plan (fixture->path) });
  g_assert_cmpint (pipe (fds), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      NapProject *child = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, NULL);

      close (fds[0]);
      if (child == NULL)
        _exit (1);
      for (int i = 1;; i++)
        {
          g_autofree char *title = g_strdup_printf ("Action %d", i);

          if (nap_project_add_objective (child, NULL, -1, title, NULL) == NULL)
            _exit (2);
          if (write (fds[1], &i, sizeof i) != sizeof i)
            _exit (3);
        }
    }

  close (fds[1]);
  while (committed < 60)
    g_assert_cmpint (read (fds[0], &committed, sizeof committed), ==, sizeof committed);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  /* Drain what the child reported before it died. */
  while (read (fds[0], &committed, sizeof committed) == sizeof committed)
    ;
  close (fds[0]);

  project = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  problems = nap_project_check_integrity (project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_objectives (project)), >=, (guint) committed);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_objectives (project)), <=, (guint) committed + 1);
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/store/create-and-reopen", test_create_and_reopen),
    NAP_TEST_CASE ("/store/create-refuses-existing", test_create_refuses_existing),
    NAP_TEST_CASE ("/store/create-refuses-bad-values", test_create_refuses_bad_values),
    NAP_TEST_CASE ("/store/refuse/random-bytes", test_refuse_random_bytes),
    NAP_TEST_CASE ("/store/refuse/empty-and-text", test_refuse_empty_and_text),
    NAP_TEST_CASE ("/store/refuse/foreign-database", test_refuse_foreign_database),
    NAP_TEST_CASE ("/store/refuse/plain-database", test_refuse_plain_database),
    NAP_TEST_CASE ("/store/refuse/newer-version", test_refuse_newer_version),
    NAP_TEST_CASE ("/store/refuse/corrupt", test_refuse_corrupt),
    NAP_TEST_CASE ("/store/refuse/folder-and-missing", test_refuse_folder_and_missing),
    NAP_TEST_CASE ("/store/second-writer-read-only", test_second_writer_read_only),
    NAP_TEST_CASE ("/store/write-protected-read-only", test_write_protected_read_only),
    NAP_TEST_CASE ("/store/save-as", test_save_as),
    NAP_TEST_CASE ("/store/save-as-failure-keeps-target", test_save_as_failure_keeps_target),
    NAP_TEST_CASE ("/store/crash-during-edits", test_crash_during_edits),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, nap_test_folder_set_up, nap_test_folder_tear_down, cases);

  return g_test_run ();
}
