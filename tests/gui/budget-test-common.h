/* budget-test-common.h: helpers shared by the budget widget tests
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"
#include "gui-test-util.h"

G_BEGIN_DECLS

typedef struct
{
  char *dir;
  char *path;
  NapProject *project;
  NapObjective *pillars[2];
  NapObjective *actions[3];   /* 1.1.1 and 1.1.2 under pillar 1, 2.1 under pillar 2 */
  GtkWindow *window;
  GtkWidget *widget;
} BudgetFixture;

void           budget_test_set_up         (BudgetFixture *fixture,
                                           const char    *name);
void           budget_test_show           (BudgetFixture *fixture,
                                           GtkWidget     *widget);
void           budget_test_tear_down      (BudgetFixture *fixture);

G_END_DECLS
