/* budget-test-common.c: a plan to cost, for the budget tests
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "budget-test-common.h"

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("nap-test-budget-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "plan.nap", NULL);
  fixture->project = nap_project_create (fixture->path, "Mali 2012-2014", "ML", "XOF",
                                         "2012-01-01", "2014-12-31", &error);
  g_assert_no_error (error);
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->project);
  g_unlink (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

NapObjective *
add_objective (NapProject   *project,
               NapObjective *parent,
               const char   *title)
{
  g_autoptr(GError) error = NULL;
  NapObjective *objective = nap_project_add_objective (project, parent, -1, title, &error);

  g_assert_no_error (error);
  return objective;
}

NapBudgetLine *
add_line (NapProject       *project,
          NapObjective     *objective,
          gint64            amount,
          const char       *currency,
          NapFundingStatus  status)
{
  g_autoptr(GError) error = NULL;
  NapBudgetLine *line = nap_project_add_budget_line (project, objective, "Ligne", amount, currency, &error);

  g_assert_no_error (error);
  nap_project_set_int (project, NAP_RECORD (line), "status", status, &error);
  g_assert_no_error (error);
  return line;
}

void
set_rate (NapProject *project,
          const char *currency,
          const char *rate)
{
  g_autoptr(GError) error = NULL;

  nap_project_set_exchange_rate (project, currency, rate, "2012-01-01", &error);
  g_assert_no_error (error);
}
