/* budget-view-bench.c: the Budget view over a plan of 100,000 budget lines
 *
 *   ninja -C BUILD tests/bench/budget-view-bench
 *   xvfb-run -a -s "-screen 0 1280x800x24" env GSETTINGS_SCHEMA_DIR=BUILD/data \
 *     BUILD/tests/bench/budget-view-bench [LINES]
 *
 * Times showing the view, one edit until the view shows it (list cell,
 * totals and chart), scrolling the list frame by frame from top to
 * bottom, sorting by amount and filtering by status. A benchmark, not a
 * test: it asserts nothing and prints the times.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "nap-budget-view.h"

static void
die (const GError *error)
{
  g_printerr ("budget-view-bench: %s\n", error->message);
  exit (1);
}

static void
run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @widget's window has drawn a new frame. */
static void
next_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);

  gtk_widget_queue_draw (widget);
  while (gdk_frame_clock_get_frame_counter (clock) == frame)
    g_main_context_iteration (NULL, TRUE);
  run_pending ();
}

/* Frames until the view has sorted and filtered everything. */
static void
until_done (GtkWidget  *view,
            GListModel *shown)
{
  GtkSortListModel *sorted = GTK_SORT_LIST_MODEL (shown);
  GtkFilterListModel *filtered = GTK_FILTER_LIST_MODEL (gtk_sort_list_model_get_model (sorted));

  do
    next_frame (view);
  while (gtk_sort_list_model_get_pending (sorted) > 0 || gtk_filter_list_model_get_pending (filtered) > 0);
}

static NapProject *
make_plan (const char *path,
           guint       n_lines,
           GPtrArray  *lines)
{
  static const char * const currencies[] = { "XOF", "EUR", "XOF", "USD" };
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  NapProject *project = nap_project_create (path, "Banc d’essai", "ML", "XOF",
                                            "2020-01-01", "2024-12-31", &error);

  if (project == NULL || !nap_project_begin_batch (project, &error))
    die (error);
  nap_project_set_exchange_rate (project, "EUR", "655.957", "2020-01-01", &error);
  nap_project_set_exchange_rate (project, "USD", "600", "2020-01-01", &error);
  for (guint p = 0; p < 6; p++)
    {
      NapObjective *pillar = nap_project_add_objective (project, NULL, -1, "Pilier", &error);

      for (guint a = 0; a < 400; a++)
        g_ptr_array_add (actions, nap_project_add_objective (project, pillar, -1, "Action", &error));
    }
  for (guint i = 0; i < n_lines && error == NULL; i++)
    {
      NapBudgetLine *line = nap_project_add_budget_line (project, g_ptr_array_index (actions, i % actions->len),
                                                         "Ligne", 1000 + i, currencies[i % 4], &error);

      if (line != NULL)
        nap_project_set_int (project, NAP_RECORD (line), "status", i % 3, &error);
      g_ptr_array_add (lines, line);
    }
  if (error != NULL || !nap_project_end_batch (project, TRUE, &error))
    die (error);
  return project;
}

int
main (int   argc,
      char *argv[])
{
  guint n_lines = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(NapProject) project = NULL;
  GtkWidget *window, *view, *column_view, *scrolled;
  GtkAdjustment *adjustment;
  g_autoptr(GTimer) timer = g_timer_new ();
  double worst = 0, total = 0;
  guint frames = 0;
  const char *columns[] = { "amount_column", "code_column", "title_column", "label_column",
                            "year_column", "currency_column", "funder_column", "status_column" };

  gtk_init ();
  adw_init ();

  dir = g_dir_make_tmp ("nap-budget-view-bench-XXXXXX", &error);
  if (dir == NULL)
    die (error);
  path = g_build_filename (dir, "bench.nap", NULL);
  project = make_plan (path, n_lines, lines);
  g_print ("plan: %u budget lines, made in %.2f s\n", n_lines, g_timer_elapsed (timer, NULL));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  view = nap_budget_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  run_pending ();

  g_timer_start (timer);
  nap_budget_view_set_project (NAP_BUDGET_VIEW (view), project);
  until_done (view, nap_budget_view_get_lines (NAP_BUDGET_VIEW (view)));
  g_print ("showing the view: %.1f ms\n", g_timer_elapsed (timer, NULL) * 1000);

  /* One edit, until the list, the totals and the chart show it; the
   * edit itself (written to the file) apart.
   */
  worst = total = 0;
  for (guint i = 0; i < 20; i++)
    {
      NapBudgetLine *line = g_ptr_array_index (lines, g_random_int_range (0, (int) lines->len));

      g_timer_start (timer);
      if (!nap_project_set_int (project, NAP_RECORD (line), "amount", g_random_int_range (1, 1000000), &error))
        die (error);
      worst += g_timer_elapsed (timer, NULL);
      next_frame (view);
      total += g_timer_elapsed (timer, NULL);
    }
  g_print ("one edit, shown: %.1f ms on average over 20, of which %.1f ms saving it\n",
           total / 20 * 1000, worst / 20 * 1000);

  /* Scrolling as a mouse wheel does, 120 pixels a frame, from the top and
   * then from the middle after a jump there (a drag of the scroll bar).
   */
  column_view = GTK_WIDGET (gtk_widget_get_template_child (view, NAP_TYPE_BUDGET_VIEW, "column_view"));
  scrolled = gtk_widget_get_parent (column_view);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  for (guint pass = 0; pass < 2; pass++)
    {
      worst = total = 0;
      frames = 0;
      if (pass == 1)
        {
          g_timer_start (timer);
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
          next_frame (view);
          g_print ("jumping to the middle: %.1f ms\n", g_timer_elapsed (timer, NULL) * 1000);
        }
      for (; frames < 200; frames++)
        {
          double elapsed;

          g_timer_start (timer);
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 120);
          next_frame (view);
          elapsed = g_timer_elapsed (timer, NULL);
          worst = MAX (worst, elapsed);
          total += elapsed;
        }
      g_print ("scrolling %s: %.1f ms per frame on average, %.1f ms at worst, over %u frames\n",
               pass == 0 ? "from the top" : "from the middle", total / frames * 1000, worst * 1000, frames);
    }

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_timer_start (timer);
      gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (column_view),
                                      GTK_COLUMN_VIEW_COLUMN (gtk_widget_get_template_child (view, NAP_TYPE_BUDGET_VIEW,
                                                                                             columns[i])),
                                      GTK_SORT_ASCENDING);
      until_done (view, nap_budget_view_get_lines (NAP_BUDGET_VIEW (view)));
      g_print ("sorting by %s: %.1f ms until shown\n", columns[i], g_timer_elapsed (timer, NULL) * 1000);
    }

  g_timer_start (timer);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_widget_get_template_child (view, NAP_TYPE_BUDGET_VIEW,
                                                                            "status_filter")), 1);
  until_done (view, nap_budget_view_get_lines (NAP_BUDGET_VIEW (view)));
  g_print ("filtering by status: %.1f ms until shown, %u lines shown\n",
           g_timer_elapsed (timer, NULL) * 1000,
           g_list_model_get_n_items (nap_budget_view_get_lines (NAP_BUDGET_VIEW (view))));

  gtk_window_destroy (GTK_WINDOW (window));
  run_pending ();
  g_clear_object (&project);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
