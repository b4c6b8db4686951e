/* crash-child.c: edits a plan forever, saying which edits are committed
 *
 * The crash-injection test (test-crash.py) kills this program with
 * SIGKILL at a random moment, then checks that the plan file is sound and
 * holds every edit this program reported as committed. An edit is
 * reported only after the core returned from it, that is after SQLite's
 * COMMIT: what is printed must survive any kill.
 *
 *   crash-child edit PLAN SEED      add, rename, cost and delete objectives
 *   crash-child save-as PLAN COPY   Save As over COPY, again and again
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "nap-project.h"

static void
report (const char *format,
        ...) G_GNUC_PRINTF (1, 2);

static void
report (const char *format,
        ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static G_NORETURN void
die (const char *what,
     GError     *error)
{
  fprintf (stderr, "crash-child: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static void
collect_titles (NapObjective *objective,
                GString      *effects)
{
  GListModel *children = nap_objective_get_children (objective);

  g_string_append_printf (effects, "\tabsent\t%s", nap_objective_get_title (objective));
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(NapObjective) child = g_list_model_get_item (children, i);

      collect_titles (child, effects);
    }
}

/* One random edit. Before it, "begin N" and what the plan holds once it
 * is committed ("present T", "absent T" for objective titles); after it,
 * "done N". Fields are separated by tabs, as titles hold spaces. A kill
 * between the two may leave either state.
 */
static void
edit_once (NapProject *project,
           GRand      *rand,
           guint       n)
{
  GListModel *pillars = nap_project_get_objectives (project);
  guint n_pillars = g_list_model_get_n_items (pillars);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) effects = g_string_new (NULL);
  g_autofree char *title = g_strdup_printf ("edit-%u-%08x", n, g_rand_int (rand));
  g_autoptr(NapObjective) pillar = NULL;
  guint choice = g_rand_int_range (rand, 0, 10);
  gboolean ok;

  if (n_pillars < 3)
    choice = 0;
  else
    pillar = g_list_model_get_item (pillars, g_rand_int_range (rand, 0, n_pillars));

  if (choice < 4)
    g_string_append_printf (effects, "\tpresent\t%s", title);
  else if (choice < 7)
    g_string_append_printf (effects, "\tabsent\t%s\tpresent\t%s", nap_objective_get_title (pillar), title);
  else if (choice < 9)
    g_string_append_printf (effects, "\tpresent\t%s", title);
  else
    collect_titles (pillar, effects);

  report ("begin\t%u%s", n, effects->str);
  if (choice < 4)
    ok = nap_project_add_objective (project, NULL, -1, title, &error) != NULL;
  else if (choice < 7)
    ok = nap_project_set_string (project, NAP_RECORD (pillar), "title", title, &error);
  else if (choice < 9)
    {
      NapObjective *child = nap_project_add_objective (project, pillar, -1, title, &error);

      /* The line is an edit of its own: its label is not checked. */
      ok = child != NULL
           && nap_project_add_budget_line (project, child, title, g_rand_int_range (rand, 1, 1000000), "XOF",
                                           &error) != NULL;
    }
  else
    ok = nap_project_delete_objective (project, pillar, &error);
  if (!ok)
    die (title, error);
  report ("done\t%u", n);
}

static int
run_edits (const char *path,
           guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  if (project == NULL)
    die (path, error);
  if (nap_project_is_read_only (project))
    die (nap_project_get_read_only_reason (project), NULL);
  report ("ready");
  for (guint n = 0;; n++)
    edit_once (project, rand, n);
  return 0;
}

/* Save As of an unchanging plan over @copy: whenever this is killed,
 * @copy must be the file it was before or a whole copy.
 */
static int
run_save_as (const char *path,
             const char *copy)
{
  report ("ready");
  for (guint n = 0;; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NapProject) project = nap_project_open (path, NAP_STORE_OPEN_READ_ONLY, &error);

      if (project == NULL)
        die (path, error);
      if (!nap_project_save_as (project, copy, &error))
        die (copy, error);
      report ("saved %u", n);
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "edit"))
    return run_edits (argv[2], (guint32) strtoul (argv[3], NULL, 10));
  if (argc == 4 && g_str_equal (argv[1], "save-as"))
    return run_save_as (argv[2], argv[3]);
  fprintf (stderr, "usage: crash-child edit PLAN SEED | save-as PLAN COPY\n");
  return 2;
}
