/* budget-test-common.c: helpers shared by the budget widget tests
 *
 * A plan "Mali" in XOF over 2025-2030 with a EUR rate of 655.957, two
 * pillars and three actions, in a temporary file.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "budget-test-common.h"

void
budget_test_flush_events (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static NapObjective *
add_objective (BudgetFixture *fixture,
               NapObjective  *parent,
               const char    *title)
{
  g_autoptr(GError) error = NULL;
  NapObjective *objective = nap_project_add_objective (fixture->project, parent, -1, title, &error);

  g_assert_no_error (error);
  return objective;
}

void
budget_test_set_up (BudgetFixture *fixture,
                    const char    *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("nap-test-%s-XXXXXX", name);
  NapObjective *objective;

  fixture->dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "plan.nap", NULL);
  fixture->project = nap_project_create (fixture->path, "Plan d’action national du Mali",
                                         "ML", "XOF", "2025-01-01", "2030-12-31", &error);
  g_assert_no_error (error);
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
  budget_test_flush_events ();
}

void
budget_test_tear_down (BudgetFixture *fixture)
{
  g_clear_pointer (&fixture->window, gtk_window_destroy);
  budget_test_flush_events ();
  g_clear_object (&fixture->project);
  g_unlink (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

NapBudgetLine *
budget_test_add_line (BudgetFixture    *fixture,
                      NapObjective     *objective,
                      const char       *label,
                      gint64            amount,
                      const char       *currency,
                      NapFundingStatus  status)
{
  g_autoptr(GError) error = NULL;
  NapBudgetLine *line = nap_project_add_budget_line (fixture->project, objective, label,
                                                     amount, currency, &error);

  g_assert_no_error (error);
  nap_project_set_int (fixture->project, NAP_RECORD (line), "status", status, &error);
  g_assert_no_error (error);
  return line;
}

/* The plan as saved, in a second, read-only copy. */
NapProject *
budget_test_reopen (BudgetFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  NapProject *project = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return project;
}

static void
find_all (GtkWidget *root,
          GType      type,
          GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    find_all (c, type, found);
}

/* Every widget of @type under @root, in the order they are shown. */
GPtrArray *
budget_test_find_all (GtkWidget *root,
                      GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  find_all (root, type, found);
  return found;
}

guint
budget_test_count_all (GtkWidget *root,
                       GType      type)
{
  g_autoptr(GPtrArray) found = budget_test_find_all (root, type);

  return found->len;
}

gpointer
budget_test_template_child (gpointer    widget,
                            GType       type,
                            const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return object;
}
