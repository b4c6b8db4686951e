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
 *   crash-child prepare PLAN STEP   make edit STEP (1 to 3) of the undo scene
 *   crash-child undo PLAN STATE     undo and redo the scene's edits forever
 *   crash-child step PLAN undo|redo one undo or redo, then exit
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "nap-history.h"
#include "nap-project.h"
#include "nap-project-private.h"

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

/* @path, open for writing, or the program ends saying why not. */
static NapProject *
open_for_writing (const char *path)
{
  g_autoptr(GError) error = NULL;
  NapProject *project = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, &error);

  if (project == NULL)
    die (path, error);
  if (nap_project_is_read_only (project))
    die (nap_project_get_read_only_reason (project), NULL);
  return project;
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
  g_autoptr(NapProject) project = open_for_writing (path);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

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

/* The undo scene: three steps over a plan, each of one kind the crash
 * test replays. Step 3 deletes the first pillar, with its objectives,
 * actions, budget lines and the recommendations' links to them: undoing
 * it writes back hundreds of rows in one transaction.
 */
static int
run_prepare (const char *path,
             guint       step)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = open_for_writing (path);
  g_autoptr(NapObjective) pillar = NULL;
  gboolean ok = FALSE;

  pillar = g_list_model_get_item (nap_project_get_objectives (project), 0);
  if (pillar == NULL)
    die ("the plan has no pillar", NULL);

  if (step == 1)
    ok = nap_project_set_string (project, NAP_RECORD (pillar), "title", "Pilier renommé", &error);
  else if (step == 2)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (nap_objective_get_children (pillar), 0);

      ok = objective != NULL
           && nap_project_add_budget_line (project, objective, "Ligne ajoutée", 123456, "XOF", &error) != NULL;
    }
  else if (step == 3)
    ok = nap_project_delete_objective (project, pillar, &error);
  if (!ok)
    die ("prepare", error);
  return 0;
}

/* @state steps of the scene are applied (the undo list holds that many):
 * undo them all, redo them all, and again. Before each step, "begin",
 * "undo" or "redo", and the states before and after it; after it,
 * "done" and the state. Killed in between, the plan must be in one of
 * the two states, never part of the step.
 */
static int
run_undo (const char *path,
          guint       state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = open_for_writing (path);
  gboolean redo = FALSE;

  report ("ready");
  for (;;)
    {
      guint next;

      if (!redo && !nap_project_can_undo (project))
        redo = TRUE;
      else if (redo && !nap_project_can_redo (project))
        redo = FALSE;
      if (redo ? !nap_project_can_redo (project) : !nap_project_can_undo (project))
        die ("the history is empty", NULL);
      if (!redo && state == 0)
        die ("the history has more steps than the scene", NULL);

      next = redo ? state + 1 : state - 1;
      report ("begin\t%s\t%u\t%u", redo ? "redo" : "undo", state, next);
      if (!(redo ? nap_project_redo (project, &error) : nap_project_undo (project, &error)))
        die (redo ? "redo" : "undo", error);
      state = next;
      report ("done\t%u", state);
    }
  return 0;
}

/* After a kill: the sizes of the two lists, as the plan's file holds
 * them, then one step, as a user who opens the plan again would take.
 */
static int
run_step (const char *path,
          gboolean    redo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = open_for_writing (path);
  NapStore *store = nap_project_get_store (project);

  report ("undo\t%u\tredo\t%u", nap_history_count (store, FALSE), nap_history_count (store, TRUE));
  if (!(redo ? nap_project_redo (project, &error) : nap_project_undo (project, &error)))
    die (redo ? "redo" : "undo", error);
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
  if (argc == 4 && g_str_equal (argv[1], "prepare"))
    return run_prepare (argv[2], (guint) strtoul (argv[3], NULL, 10));
  if (argc == 4 && g_str_equal (argv[1], "undo"))
    return run_undo (argv[2], (guint) strtoul (argv[3], NULL, 10));
  if (argc == 4 && g_str_equal (argv[1], "step")
      && (g_str_equal (argv[3], "undo") || g_str_equal (argv[3], "redo")))
    return run_step (argv[2], g_str_equal (argv[3], "redo"));
  fprintf (stderr, "usage: crash-child edit PLAN SEED | save-as PLAN COPY | prepare PLAN 1|2|3\n"
                   "       | undo PLAN STATE | step PLAN undo|redo\n");
  return 2;
}
