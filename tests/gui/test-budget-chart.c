/* test-budget-chart.c: the chart of secured, pledged and unfunded money
 *
 * Draws the chart into a PNG as the program does and reads the pixels
 * back: the file has the size asked for, and each status has its colour
 * on it in proportion to its amount, mirrored right to left.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "nap-budget-chart.h"
#include "nap-error.h"

#define WIDTH 640

typedef struct
{
  guint count[3];    /* pixels of each status colour */
  double mean_x[3];  /* where they are, across */
  int width;
  int height;
} Pixels;

static void
count_pixels (NapBudgetChart *chart,
              const char     *path,
              Pixels         *pixels)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);
  g_autofree guchar *data = NULL;
  guint8 colors[3][3];
  double sum_x[3] = { 0, };
  gsize stride;

  g_assert_no_error (error);
  memset (pixels, 0, sizeof *pixels);
  pixels->width = gdk_texture_get_width (texture);
  pixels->height = gdk_texture_get_height (texture);
  stride = (gsize) pixels->width * 4;
  data = g_malloc (stride * pixels->height);
  /* GDK_MEMORY_DEFAULT: B, G, R, A in memory on little-endian machines. */
  gdk_texture_download (texture, data, stride);

  for (guint s = 0; s < 3; s++)
    {
      GdkRGBA rgba;

      nap_budget_chart_get_color (chart, s, &rgba);
      colors[s][0] = (guint8) (rgba.red * 255 + 0.5);
      colors[s][1] = (guint8) (rgba.green * 255 + 0.5);
      colors[s][2] = (guint8) (rgba.blue * 255 + 0.5);
    }

  for (int y = 0; y < pixels->height; y++)
    for (int x = 0; x < pixels->width; x++)
      {
        const guchar *p = data + y * stride + x * 4;

        for (guint s = 0; s < 3; s++)
          if (p[2] == colors[s][0] && p[1] == colors[s][1] && p[0] == colors[s][2] && p[3] == 255)
            {
              pixels->count[s]++;
              sum_x[s] += x;
            }
      }
  for (guint s = 0; s < 3; s++)
    pixels->mean_x[s] = pixels->count[s] > 0 ? sum_x[s] / pixels->count[s] : -1;
}

static char *
temp_png (void)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("nap-chart-XXXXXX.png", &path, &error);

  g_assert_no_error (error);
  close (fd);
  return path;
}

static NapBudgetChart *
new_chart (void)
{
  NapBudgetChart *chart = NAP_BUDGET_CHART (g_object_ref_sink (nap_budget_chart_new ()));

  nap_budget_chart_set_currency (chart, "XOF");
  /* 1 Prévention: 300 000 secured, 200 000 pledged, 500 000 unfunded. */
  nap_budget_chart_add_bar (chart, "1 Prévention", 300000, 200000, 500000);
  nap_budget_chart_add_bar (chart, "2 Participation et représentation des femmes", 0, 0, 250000);
  nap_budget_chart_add_note (chart, "3 Relèvement", "Not drawn: no exchange rate for USD");
  return chart;
}

static void
test_png (void)
{
  g_autoptr(NapBudgetChart) chart = new_chart ();
  g_autofree char *path = temp_png ();
  g_autoptr(GError) error = NULL;
  Pixels px;

  g_assert_cmpuint (nap_budget_chart_get_n_bars (chart), ==, 3);
  g_assert_true (nap_budget_chart_save_png (chart, path, WIDTH, &error));
  g_assert_no_error (error);
  count_pixels (chart, path, &px);

  g_assert_cmpint (px.width, ==, WIDTH);
  /* A legend, three bars with their labels and an axis. */
  g_assert_cmpint (px.height, >=, 3 * 40);
  g_assert_cmpint (px.height, <=, 600);

  for (guint s = 0; s < 3; s++)
    g_assert_cmpuint (px.count[s], >, 100);
  /* The bars' areas follow the amounts: 300 000 secured for 200 000
   * pledged; the legend swatches are the same size for each.
   */
  g_assert_cmpfloat_with_epsilon ((double) px.count[0] / px.count[1], 1.5, 0.15);
  /* Unfunded: 500 000 + 250 000. */
  g_assert_cmpfloat_with_epsilon ((double) px.count[2] / px.count[0], 2.5, 0.3);
  /* Secured starts the bars, at the reading start. */
  g_assert_cmpfloat (px.mean_x[0], <, px.mean_x[2]);

  g_unlink (path);
}

static void
test_right_to_left (void)
{
  g_autoptr(NapBudgetChart) chart = new_chart ();
  g_autofree char *path = temp_png ();
  g_autoptr(GError) error = NULL;
  Pixels ltr, rtl;

  g_assert_true (nap_budget_chart_save_png (chart, path, WIDTH, &error));
  count_pixels (chart, path, &ltr);

  gtk_widget_set_direction (GTK_WIDGET (chart), GTK_TEXT_DIR_RTL);
  g_assert_true (nap_budget_chart_save_png (chart, path, WIDTH, &error));
  g_assert_no_error (error);
  count_pixels (chart, path, &rtl);

  /* The same picture, mirrored: bars start on the right. */
  for (guint s = 0; s < 3; s++)
    {
      g_assert_cmpuint (rtl.count[s], ==, ltr.count[s]);
      g_assert_cmpfloat_with_epsilon (rtl.mean_x[s], WIDTH - 1 - ltr.mean_x[s], 2.0);
    }
  g_assert_cmpfloat (rtl.mean_x[0], >, rtl.mean_x[2]);

  g_unlink (path);
}

static void
test_empty_and_narrow (void)
{
  g_autoptr(NapBudgetChart) chart = NAP_BUDGET_CHART (g_object_ref_sink (nap_budget_chart_new ()));
  g_autofree char *path = temp_png ();
  g_autoptr(GError) error = NULL;
  Pixels px;

  /* No lines: a sentence, no bars. */
  g_assert_true (nap_budget_chart_save_png (chart, path, 300, &error));
  count_pixels (chart, path, &px);
  g_assert_cmpint (px.width, ==, 300);
  g_assert_cmpint (px.height, >, 0);
  for (guint s = 0; s < 3; s++)
    g_assert_cmpuint (px.count[s], ==, 0);

  /* Huge amounts do not overflow the drawing, and a narrow chart still
   * draws every status.
   */
  nap_budget_chart_add_bar (chart, "1", G_MAXINT64 / 2, G_MAXINT64 / 4, G_MAXINT64 / 4);
  g_assert_true (nap_budget_chart_save_png (chart, path, 200, &error));
  count_pixels (chart, path, &px);
  for (guint s = 0; s < 3; s++)
    g_assert_cmpuint (px.count[s], >, 0);

  g_assert_false (nap_budget_chart_save_png (chart, "/nonexistent-dir/chart.png", 200, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* The chart goes through the one output helper: never through a link. */
  {
    g_autofree char *link = g_strconcat (path, ".link.png", NULL);
    g_autofree char *kept = NULL;

    g_assert_true (g_file_set_contents (path, "old", -1, NULL));
    g_assert_cmpint (symlink (path, link), ==, 0);
    g_assert_false (nap_budget_chart_save_png (chart, link, 200, &error));
    g_assert_error (error, NAP_ERROR, NAP_ERROR_IO);
    g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, "old");
    g_unlink (link);
  }
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/budget-chart/png", test_png);
  g_test_add_func ("/budget-chart/right-to-left", test_right_to_left);
  g_test_add_func ("/budget-chart/empty-and-narrow", test_empty_and_narrow);

  return g_test_run ();
}
