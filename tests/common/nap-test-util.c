/* nap-test-util.c: what every test of the plan file needs
 *
 * The core, command-line, XML and widget tests all make a plan in a
 * temporary folder, fill it and read it back; these helpers do it once,
 * each failing the test at the first call that did not succeed.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-test"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nap-iso-codes.h"
#include "nap-test-util.h"

/**
 * nap_test_add_cases:
 * @fixture_size: the size of the fixture each case gets
 * @set_up: (nullable): makes the fixture, a `void (*) (Fixture *, gconstpointer)`
 * @tear_down: (nullable): frees what @set_up made
 * @cases: (array length=n_cases) (transfer none): the cases, in the order they run
 * @n_cases: how many cases @cases holds
 *
 * Registers each case with g_test_add_vtable(), so that a test program
 * lists its cases in a table instead of one g_test_add() call each.
 * Use NAP_TEST_ADD_CASES() rather than calling this directly.
 */
void
nap_test_add_cases (gsize              fixture_size,
                    GCallback          set_up,
                    GCallback          tear_down,
                    const NapTestCase *cases,
                    gsize              n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    g_test_add_vtable (cases[i].path, fixture_size, cases[i].data,
                       (GTestFixtureFunc) set_up,
                       (GTestFixtureFunc) cases[i].func,
                       (GTestFixtureFunc) tear_down);
}

/**
 * nap_test_folder_set_up:
 * @folder: the fixture
 * @data: (nullable): unused
 *
 * Makes the test's folder, named after the test program, such as
 * nap-test-store-XXXXXX for test-store.
 */
void
nap_test_folder_set_up (NapTestFolder *folder,
                        gconstpointer  data)
{
  g_autofree char *program = g_path_get_basename (g_get_prgname ());
  g_autofree char *dir_template = g_strdup_printf ("nap-%s-XXXXXX", program);

  folder->dir = nap_test_make_dir (dir_template, "plan.nap", &folder->path);
}

/**
 * nap_test_folder_tear_down:
 * @folder: the fixture
 * @data: (nullable): unused
 *
 * Removes the test's folder and all it holds.
 */
void
nap_test_folder_tear_down (NapTestFolder *folder,
                           gconstpointer  data)
{
  nap_test_remove_tree (folder->dir);
  g_free (folder->dir);
  g_free (folder->path);
}

/**
 * nap_test_plan_set_up:
 * @plan: the fixture
 * @data: (nullable): unused
 *
 * Makes the test's folder, as nap_test_folder_set_up() does, and the
 * sample plan in it.
 */
void
nap_test_plan_set_up (NapTestPlan   *plan,
                      gconstpointer  data)
{
  nap_test_folder_set_up ((NapTestFolder *) plan, data);
  plan->project = nap_test_create_sample_plan (plan->path);
}

/**
 * nap_test_plan_tear_down:
 * @plan: the fixture
 * @data: (nullable): unused
 *
 * Closes the plan and removes the test's folder and all it holds.
 */
void
nap_test_plan_tear_down (NapTestPlan   *plan,
                         gconstpointer  data)
{
  g_clear_object (&plan->project);
  nap_test_folder_tear_down ((NapTestFolder *) plan, data);
}

/**
 * nap_test_action_set_up:
 * @fixture: the fixture
 * @data: (nullable): unused
 *
 * Makes the test's folder and the plan of #NapTestAction in it.
 */
void
nap_test_action_set_up (NapTestAction *fixture,
                        gconstpointer  data)
{
  nap_test_folder_set_up ((NapTestFolder *) fixture, data);
  fixture->project = nap_test_create_plan (fixture->path, "Mali 2012-2014",
                                           "ML", "XOF", "2012-01-01", "2014-12-31");
  fixture->pillar = nap_test_add_objective (fixture->project, NULL, "Protection");
  fixture->action = nap_test_add_objective (fixture->project, fixture->pillar, "Legal aid");
}

/**
 * nap_test_action_tear_down:
 * @fixture: the fixture
 * @data: (nullable): unused
 *
 * Closes the plan and removes the test's folder and all it holds.
 */
void
nap_test_action_tear_down (NapTestAction *fixture,
                           gconstpointer  data)
{
  nap_test_plan_tear_down ((NapTestPlan *) fixture, data);
}

/**
 * nap_test_use_english:
 *
 * Makes the messages English, whatever the environment, so that a test
 * can compare them; call it before g_test_init().
 */
void
nap_test_use_english (void)
{
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C", TRUE);
  setlocale (LC_ALL, "C");
}

/**
 * nap_test_use_language:
 * @language: a language the build translates to, such as "fr"
 *
 * Makes the messages of this process @language, from the translations of
 * the build tree (NAP_BUILD_DIR/po). gettext chooses the language once, so
 * call it at the start of a test subprocess.
 */
void
nap_test_use_language (const char *language)
{
  g_autofree char *locale_dir = g_build_filename (g_getenv ("NAP_BUILD_DIR"), "po", NULL);

  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

/**
 * nap_test_ok:
 * @result: what a call that sets @error returned
 * @error: (nullable): the error it set
 *
 * Asserts that the call succeeded: no error, and a true result.
 */
void
nap_test_ok (gboolean  result,
             GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (result);
}

/**
 * nap_test_make_dir:
 * @dir_template: a template for g_dir_make_tmp(), such as "nap-test-tree-XXXXXX"
 * @file_name: (nullable): a file in the folder, not created
 * @path: (out) (optional) (transfer full): where the path of @file_name goes
 *
 * Makes a temporary folder of the test's own.
 *
 * Returns: (transfer full): the folder's path
 */
char *
nap_test_make_dir (const char  *dir_template,
                   const char  *file_name,
                   char       **path)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (dir_template, &error);

  g_assert_no_error (error);
  if (file_name != NULL && path != NULL)
    *path = g_build_filename (dir, file_name, NULL);
  return dir;
}

/**
 * nap_test_create_plan:
 * @path: the new plan file
 * @title: the plan's title
 * @country: its ISO 3166 code
 * @currency: its ISO 4217 code
 * @start: (nullable): the first day of its period
 * @end: (nullable): the last day of its period
 *
 * Creates a plan, failing the test if it could not.
 *
 * Returns: (transfer full): the plan
 */
NapProject *
nap_test_create_plan (const char *path,
                      const char *title,
                      const char *country,
                      const char *currency,
                      const char *start,
                      const char *end)
{
  g_autoptr(GError) error = NULL;
  NapProject *project = nap_project_create (path, title, country, currency, start, end, &error);

  g_assert_no_error (error);
  return project;
}

/**
 * nap_test_create_sample_plan:
 * @path: the new plan file
 *
 * Creates the plan most tests start from: "Plan d’action national 1325",
 * Mali, in XOF, for 2012 to 2014.
 *
 * Returns: (transfer full): the plan
 */
NapProject *
nap_test_create_sample_plan (const char *path)
{
  NapProject *project = nap_test_create_plan (path, "Plan d’action national 1325", "ML", "XOF",
                                              "2012-01-01", "2014-12-31");

  g_assert_nonnull (project);
  return project;
}

/**
 * nap_test_make_hot_journal:
 * @path: a plan file, closed
 * @table: a table with a title column, such as "plan" or "objective"
 *
 * Leaves the plan as a crash in the middle of a change does: a child
 * changes every title of @table and enough more to reach the file, and is
 * killed before it commits, so that the plan has a hot journal.
 */
void
nap_test_make_hot_journal (const char *path,
                           const char *table)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = 2; BEGIN IMMEDIATE;"
                                          " UPDATE %s SET title = 'half-written';"
                                          " CREATE TABLE junk (x);"
                                          " WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 500)"
                                          " INSERT INTO junk SELECT randomblob (1000) FROM c;",
                                          table);
  int fds[2];
  pid_t pid;
  char c;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  if (pid == 0)
    {
      sqlite3 *db = NULL;
      int rc;

      close (fds[0]);
      rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
      (void) !write (fds[1], rc == SQLITE_OK ? "y" : "n", 1);
      pause ();
      _exit (1);
    }
  close (fds[1]);
  g_assert_cmpint (read (fds[0], &c, 1), ==, 1);
  close (fds[0]);
  g_assert_cmpint (c, ==, 'y');
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, NULL, 0), ==, pid);
}

/**
 * nap_test_remove_plan:
 * @project: (inout) (nullable): the plan, closed and cleared
 * @dir: (inout): its folder, removed and freed
 * @path: (inout): its file, removed and freed
 *
 * Undoes nap_test_make_dir() and nap_test_create_plan().
 */
void
nap_test_remove_plan (NapProject **project,
                      char       **dir,
                      char       **path)
{
  g_clear_object (project);
  g_unlink (*path);
  g_rmdir (*dir);
  g_clear_pointer (dir, g_free);
  g_clear_pointer (path, g_free);
}

/**
 * nap_test_remove_tree:
 * @dir: a folder
 *
 * Removes @dir and all it holds. A symbolic link is removed, never
 * followed: a test may link to a folder that is not its own.
 */
void
nap_test_remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        nap_test_remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/**
 * nap_test_reopen:
 * @path: a plan file
 *
 * Returns: (transfer full): the plan as saved, in a second, read-only copy
 */
NapProject *
nap_test_reopen (const char *path)
{
  g_autoptr(GError) error = NULL;
  NapProject *project = nap_project_open (path, NAP_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return project;
}

/**
 * nap_test_add_objective:
 * @project: a plan
 * @parent: (nullable): the parent, or %NULL for a pillar
 * @title: the title
 *
 * Returns: (transfer none): the objective added last under @parent
 */
NapObjective *
nap_test_add_objective (NapProject   *project,
                        NapObjective *parent,
                        const char   *title)
{
  g_autoptr(GError) error = NULL;
  NapObjective *objective = nap_project_add_objective (project, parent, -1, title, &error);

  g_assert_no_error (error);
  return objective;
}

/**
 * nap_test_add_budget_line:
 * @project: a plan
 * @objective: the objective it costs
 * @label: what it pays for
 * @amount: in minor units of @currency
 * @currency: an ISO 4217 code
 * @status: how far it is funded
 *
 * Returns: (transfer none): the line
 */
NapBudgetLine *
nap_test_add_budget_line (NapProject       *project,
                          NapObjective     *objective,
                          const char       *label,
                          gint64            amount,
                          const char       *currency,
                          NapFundingStatus  status)
{
  g_autoptr(GError) error = NULL;
  NapBudgetLine *line = nap_project_add_budget_line (project, objective, label, amount, currency, &error);

  g_assert_no_error (error);
  nap_project_set_int (project, NAP_RECORD (line), "status", status, &error);
  g_assert_no_error (error);
  return line;
}

/**
 * nap_test_find_code:
 * @model: (element-type NapIsoEntry): countries, currencies or regions
 * @code: an ISO code
 *
 * Returns: the position of @code in @model, or %G_MAXUINT if it is not there
 */
guint
nap_test_find_code (GListModel *model,
                    const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (model, i);

      if (g_strcmp0 (nap_iso_entry_get_code (entry), code) == 0)
        return i;
    }
  return G_MAXUINT;
}

static void
outline_list (GListModel *list,
              GString    *out)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (list, i);

      for (int d = 0; d < nap_objective_get_depth (objective); d++)
        g_string_append (out, "  ");
      g_string_append_printf (out, "%s %s\n",
                              nap_objective_get_display_code (objective),
                              nap_objective_get_title (objective));
      outline_list (nap_objective_get_children (objective), out);
    }
}

/**
 * nap_test_outline:
 * @project: a plan
 *
 * The tree as "code title" lines, depth-first, indented by depth.
 *
 * Returns: (transfer full): the outline
 */
char *
nap_test_outline (NapProject *project)
{
  GString *out = g_string_new (NULL);

  outline_list (nap_project_get_objectives (project), out);
  return g_string_free (out, FALSE);
}

/**
 * nap_test_checksum:
 * @path: a file
 *
 * Returns: (transfer full): the SHA-256 of what @path holds, to see that
 *   nothing wrote to it
 */
char *
nap_test_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/**
 * nap_test_sql_text:
 * @path: a plan file
 * @sql: a query
 *
 * Reads the file with SQLite alone, as another program would.
 *
 * Returns: (transfer full) (nullable): the first column of the first row
 */
char *
nap_test_sql_text (const char *path,
                   const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

/**
 * nap_test_write_large_plan:
 * @path: the NAP XML file to write
 * @n_sessions: how many sessions to add
 *
 * Writes tests/fixtures/small-plan.xml with @n_sessions more copies of
 * its session, each under UUIDs of its own: about a kilobyte each, so
 * that the parser takes a while over the file, which is still a plan
 * that imports.
 */
void
nap_test_write_large_plan (const char *path,
                           guint       n_sessions)
{
  g_autofree char *source = g_build_filename (g_getenv ("NAP_SOURCE_DIR"), "tests", "fixtures",
                                              "small-plan.xml", NULL);
  g_autofree char *text = NULL;
  g_autofree char *block = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GError) error = NULL;
  const char *start;
  const char *end;

  g_assert_nonnull (g_getenv ("NAP_SOURCE_DIR"));
  g_assert_true (g_file_get_contents (source, &text, NULL, &error));
  g_assert_no_error (error);
  start = strstr (text, "    <consultation ");
  end = start != NULL ? strstr (start, "</consultation>\n") : NULL;
  g_assert_nonnull (end);
  end += strlen ("</consultation>\n");
  block = g_strndup (start, end - start);
  out = g_string_new_len (text, end - text);
  for (guint i = 1; i <= n_sessions; i++)
    {
      g_autoptr(GString) copy = g_string_new (block);
      g_autofree char *session = g_strdup_printf ("%08x-0000-4000-8000-000000000001", i);
      g_autofree char *recommendation = g_strdup_printf ("%08x-0000-4000-8000-000000000002", i);

      g_assert_cmpuint (g_string_replace (copy, "d92224e1-7e6f-498f-b725-636be0ad500a", session, 0), ==, 1);
      g_assert_cmpuint (g_string_replace (copy, "f4fa502e-72ea-47e3-b061-0846af48c499", recommendation, 0), ==, 1);
      g_string_append_len (out, copy->str, copy->len);
    }
  g_string_append (out, end);
  g_assert_true (g_file_set_contents (path, out->str, out->len, &error));
  g_assert_no_error (error);
}
