/* budget-bench.c: what keeping the budget totals up to date costs
 *
 *   ninja -C BUILD tests/bench/budget-bench && BUILD/tests/bench/budget-bench [LINES]
 *
 * Makes a plan of 5 pillars x 20 objectives x 10 actions with LINES budget
 * lines (100,000 by default) spread over the actions, in XOF, EUR and USD
 * with rates for EUR and USD, then times:
 * - a full computation of the totals (what a rescan after every edit
 *   would cost), NapBudgetTotals made from scratch;
 * - the totals' update after one edit of one line (amount, status,
 *   currency, year, funder), edits made on the objects so that the time is
 *   the totals' and not SQLite's;
 * - the same edits made as a user makes them, through the project, each
 *   committed to the file (fsync included), with and without totals;
 * - moving an action with its lines, and changing a rate (every line in
 *   that currency is converted again).
 * Issue 4 asks that an edit does not rescan the plan.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "nap-budget-totals.h"
#include "nap-project.h"

static double
now (void)
{
  return (double) g_get_monotonic_time () / 1e6;
}

static long
resident_kb (void)
{
  g_autofree char *text = NULL;
  long pages = 0, resident = 0;

  if (g_file_get_contents ("/proc/self/statm", &text, NULL, NULL))
    sscanf (text, "%ld %ld", &pages, &resident);
  return resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static void
fail (GError *error)
{
  g_printerr ("budget-bench: %s\n", error->message);
  exit (1);
}

static NapProject *
make_plan (const char *path,
           guint       n_lines,
           GPtrArray  *actions,
           GPtrArray  *lines,
           GPtrArray  *funders)
{
  static const char * const currencies[] = { "XOF", "XOF", "EUR", "USD" };
  g_autoptr(GError) error = NULL;
  NapProject *project;

  project = nap_project_create (path, "Bench", "ML", "XOF", "2019-01-01", "2023-12-31", &error);
  if (project == NULL)
    fail (error);
  if (!nap_project_begin_batch (project, &error))
    fail (error);

  for (guint f = 0; f < 8; f++)
    g_ptr_array_add (funders, nap_project_add_actor (project, "Bailleur", NAP_ACTOR_KIND_DONOR, &error));
  nap_project_set_exchange_rate (project, "EUR", "655.957", "2019-01-01", &error);
  nap_project_set_exchange_rate (project, "USD", "585.25", "2019-01-01", &error);

  for (guint p = 0; p < 5; p++)
    {
      NapObjective *pillar = nap_project_add_objective (project, NULL, -1, "Pilier", &error);

      for (guint o = 0; o < 20; o++)
        {
          NapObjective *objective = nap_project_add_objective (project, pillar, -1, "Objectif", &error);

          for (guint a = 0; a < 10; a++)
            g_ptr_array_add (actions, nap_project_add_objective (project, objective, -1, "Action", &error));
        }
    }
  if (error != NULL)
    fail (error);

  for (guint i = 0; i < n_lines; i++)
    {
      NapObjective *action = g_ptr_array_index (actions, i % actions->len);
      NapBudgetLine *line = nap_project_add_budget_line (project, action, "Ligne",
                                                         g_random_int_range (1, 100000000),
                                                         currencies[i % G_N_ELEMENTS (currencies)],
                                                         &error);
      if (line == NULL)
        fail (error);
      g_object_set (line,
                    "status", (NapFundingStatus) (i % 3),
                    "year", 2019 + (int) (i % 5),
                    "funder-id", nap_record_get_id (g_ptr_array_index (funders, i % funders->len)),
                    NULL);
      g_ptr_array_add (lines, line);
    }

  /* The objects were set directly above: the file does not hold those
   * fields, which does not matter to the timings.
   */
  if (!nap_project_end_batch (project, TRUE, &error))
    fail (error);
  return project;
}

typedef void (*EditFunc) (NapBudgetLine *line,
                          guint          i);

static void
edit_amount (NapBudgetLine *line,
             guint          i)
{
  g_object_set (line, "amount", (gint64) g_random_int_range (1, 100000000), NULL);
}

static void
edit_status (NapBudgetLine *line,
             guint          i)
{
  g_object_set (line, "status", (NapFundingStatus) g_random_int_range (0, 3), NULL);
}

static void
edit_currency (NapBudgetLine *line,
               guint          i)
{
  g_object_set (line, "currency", i % 2 ? "EUR" : "USD", NULL);
}

static void
edit_year (NapBudgetLine *line,
           guint          i)
{
  g_object_set (line, "year", 2019 + g_random_int_range (0, 5), NULL);
}

static void
edit_label (NapBudgetLine *line,
            guint          i)
{
  g_object_set (line, "label", i % 2 ? "Ateliers" : "Formations", NULL);
}

static double
time_edits (GPtrArray *lines,
            EditFunc   edit,
            guint      n)
{
  double start = now ();

  for (guint i = 0; i < n; i++)
    edit (g_ptr_array_index (lines, g_random_int_range (0, (gint32) lines->len)), i);
  return (now () - start) / n;
}

static double
time_committed_edits (NapProject *project,
                      GPtrArray  *lines,
                      guint       n)
{
  g_autoptr(GError) error = NULL;
  double start = now ();

  for (guint i = 0; i < n; i++)
    {
      NapBudgetLine *line = g_ptr_array_index (lines, g_random_int_range (0, (gint32) lines->len));

      if (!nap_project_set_int (project, NAP_RECORD (line), "amount", g_random_int_range (1, 100000000), &error))
        fail (error);
    }
  return (now () - start) / n;
}

int
main (int    argc,
      char **argv)
{
  guint n_lines = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GPtrArray) funders = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(NapBudgetTotals) totals = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double start, full, without;
  long before_kb;

  g_random_set_seed (4);
  dir = g_dir_make_tmp ("nap-budget-bench-XXXXXX", &error);
  if (dir == NULL)
    fail (error);
  path = g_build_filename (dir, "bench.nap", NULL);

  before_kb = resident_kb ();
  start = now ();
  project = make_plan (path, n_lines, actions, lines, funders);
  g_print ("plan: %u budget lines under %u actions, made in %.2f s, %ld KiB in memory\n",
           lines->len, actions->len, now () - start, resident_kb () - before_kb);

  /* Before any totals exist: what an edit costs the project alone. */
  without = time_committed_edits (project, lines, 100);

  before_kb = resident_kb ();
  start = now ();
  totals = nap_budget_totals_new (project);
  full = now () - start;
  g_print ("full computation (NapBudgetTotals from scratch): %.1f ms, %ld KiB more memory\n",
           full * 1e3, resident_kb () - before_kb);
  {
    g_autoptr(NapBudgetTotals) again = NULL;

    start = now ();
    again = nap_budget_totals_new (project);
    g_print ("full computation, second time: %.1f ms\n", (now () - start) * 1e3);
  }

  {
    const struct { const char *what; EditFunc func; } kinds[] = {
      { "amount", edit_amount },
      { "status", edit_status },
      { "currency (converted again)", edit_currency },
      { "year", edit_year },
      { "label (no total changes)", edit_label },
    };

    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        double per_edit = time_edits (lines, kinds[k].func, 100000);

        g_print ("update after one edit of %s: %.2f us (%.0f times faster than a full computation)\n",
                 kinds[k].what, per_edit * 1e6, full / per_edit);
      }
  }

  {
    double with = time_committed_edits (project, lines, 100);

    g_print ("an edit of an amount committed to the file: %.2f ms with totals, %.2f ms without\n",
             with * 1e3, without * 1e3);
  }

  {
    NapObjective *action = g_ptr_array_index (actions, 0);
    NapObjective *target = nap_objective_get_parent (g_ptr_array_index (actions, actions->len - 1));
    guint n = g_list_model_get_n_items (nap_objective_get_budget_lines (action));

    start = now ();
    if (!nap_project_move_objective (project, action, target, 0, &error))
      fail (error);
    g_print ("moving an action with its %u lines to another pillar: %.2f ms (with the file's commit)\n",
             n, (now () - start) * 1e3);
  }

  start = now ();
  if (nap_project_set_exchange_rate (project, "EUR", "656", "2020-01-01", &error) == NULL)
    fail (error);
  {
    g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (totals);

    g_print ("changing the EUR rate (every EUR line converted again): %.1f ms\n",
             (now () - start) * 1e3);
    g_assert (plan->converted != NULL);
  }

  g_clear_object (&totals);
  g_clear_object (&project);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
