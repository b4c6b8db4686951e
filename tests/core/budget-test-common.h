/* budget-test-common.h: a plan to cost, for the budget tests
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-project.h"
#include "nap-test-util.h"

G_BEGIN_DECLS

#define add_objective(project, parent, title) nap_test_add_objective ((project), (parent), (title))

/* A new plan in a folder of its own: Mali 2012-2014, in XOF. */
typedef struct
{
  char *dir;
  char *path;
  NapProject *project;
} Fixture;

void           fixture_set_up    (Fixture          *fixture,
                                  gconstpointer     data);
void           fixture_tear_down (Fixture          *fixture,
                                  gconstpointer     data);

NapBudgetLine *add_line          (NapProject       *project,
                                  NapObjective     *objective,
                                  gint64            amount,
                                  const char       *currency,
                                  NapFundingStatus  status);
void           set_rate          (NapProject       *project,
                                  const char       *currency,
                                  const char       *rate);

G_END_DECLS
