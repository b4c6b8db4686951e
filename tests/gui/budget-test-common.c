/* budget-test-common.c: helpers shared by the budget widget tests
 *
 * A plan "Mali" in XOF over 2025-2030 with a EUR rate of 655.957, two
 * pillars and three actions, in a temporary file.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "budget-test-common.h"

static NapObjective *
add_objective (BudgetFixture *fixture,
               NapObjective  *parent,
               const char    *title)
{
  return nap_test_add_objective (fixture->project, parent, title);
}

void
budget_test_set_up (BudgetFixture *fixture,
                    const char    *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("nap-test-%s-XXXXXX", name);
  NapObjective *objective;

  fixture->dir = nap_test_make_dir (template, "plan.nap", &fixture->path);
  fixture->project = nap_test_create_plan (fixture->path, "Plan d’action national du Mali",
                                           "ML", "XOF", "2025-01-01", "2030-12-31");
  g_assert_nonnull (nap_project_set_exchange_rate (fixture->project, "EUR", "655.957", "2025-01-01", &error));
  g_assert_no_error (error);

  fixture->pillars[0] = add_objective (fixture, NULL, "Prévention");
  fixture->pillars[1] = add_objective (fixture, NULL, "Participation");
  objective = add_objective (fixture, fixture->pillars[0], "Renforcer les politiques");
  fixture->actions[0] = add_objective (fixture, objective, "Former les formatrices");
  fixture->actions[1] = add_objective (fixture, objective, "Campagne radio");
  fixture->actions[2] = add_objective (fixture, fixture->pillars[1], "Quotas électoraux");
}

/* Shows @widget in a window with a toast overlay, as the main window has. */
void
budget_test_show (BudgetFixture *fixture,
                  GtkWidget     *widget)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  fixture->widget = widget;
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), widget);
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_present (fixture->window);
  gui_test_flush_events ();
}

void
budget_test_tear_down (BudgetFixture *fixture)
{
  g_clear_pointer (&fixture->window, gtk_window_destroy);
  gui_test_flush_events ();
  nap_test_remove_plan (&fixture->project, &fixture->dir, &fixture->path);
}
