/* cli-test-common.c: running nap-tool and making plans for its tests
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "cli-test-common.h"

void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
become_nobody (gpointer data)
{
  /* In the child, between fork and exec: only async-signal-safe calls. */
  if (setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
    _exit (125);
}

/* Runs nap-tool with the arguments (NULL-terminated) in the C locale, as
 * nobody if @as_nobody, and returns its exit status, stdout and stderr.
 */
void
run_tool_full (Run        *run,
               gboolean    as_nobody,
               const char *first,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *tool = g_getenv ("NAP_TOOL");
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (tool);
  g_ptr_array_add (argv, (char *) tool);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");

  run->out = NULL;
  run->err = NULL;
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT,
                as_nobody ? become_nobody : NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);

  if (g_spawn_check_wait_status (wait_status, &error))
    run->status = 0;
  else
    {
      g_assert_error (error, G_SPAWN_EXIT_ERROR, error->code);
      run->status = error->code;
    }
  g_test_message ("nap-tool %s: exit %d\n%s%s", first != NULL ? first : "",
                  run->status, run->out, run->err);
}

char *
checksum_of (const char *path)
{
  return nap_test_checksum (path);
}

/* The names in a folder, to see that nothing left a journal behind. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

NapObjective *
add_objective (NapProject   *project,
               NapObjective *parent,
               const char   *title)
{
  return nap_test_add_objective (project, parent, title);
}

void
add_budget_line (NapProject       *project,
                 NapObjective     *objective,
                 gint64            amount,
                 const char       *currency,
                 NapFundingStatus  status)
{
  nap_test_add_budget_line (project, objective, "Ateliers", amount, currency, status);
}

/* Runs SQL on a file with SQLite itself, as another program would. */
void
sqlite_exec (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}
