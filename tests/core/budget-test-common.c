/* budget-test-common.c: a plan to cost, for the budget tests
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "budget-test-common.h"

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = nap_test_make_dir ("nap-test-budget-XXXXXX", "plan.nap", &fixture->path);
  fixture->project = nap_test_create_plan (fixture->path, "Mali 2012-2014",
                                           "ML", "XOF", "2012-01-01", "2014-12-31");
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  nap_test_remove_plan (&fixture->project, &fixture->dir, &fixture->path);
}

NapBudgetLine *
add_line (NapProject       *project,
          NapObjective     *objective,
          gint64            amount,
          const char       *currency,
          NapFundingStatus  status)
{
  return nap_test_add_budget_line (project, objective, "Ligne", amount, currency, status);
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
