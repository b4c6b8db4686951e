/* test-window-cancel.c: Cancel in the progress dialog stops a long parse
 *
 * What a drafter relies on (issue 10, item 9): importing a large file
 * shows a progress dialog with Cancel, and Cancel stops the job while it
 * is still parsing the file, not once the parse is over; the cancelled
 * import leaves no plan behind, opens nothing and reports no error.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gui-test-util.h"
#include "gui-test-wait.h"
#include "nap-application.h"
#include "nap-test-util.h"
#include "nap-window-private.h"
#include "nap-xml-reader.h"

static NapApplication *app;
static char *tmp_dir;

/* The user's click on Cancel, as soon as the parse says how far it is:
 * from the first update of the job's progress that the window is given.
 */
typedef struct
{
  GtkWidget *dialog;
  double pressed_at;
} Press;

static void
press_cancel_cb (NapProgress *progress,
                 GParamSpec  *pspec,
                 Press       *press)
{
  double fraction = nap_progress_get_fraction (progress);

  if (press->pressed_at > 0.0 || fraction <= 0.0)
    return;
  press->pressed_at = fraction;
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (press->dialog), "cancel"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (press->dialog), "cancel");
}

static void
test_cancel_during_parse (void)
{
  g_autofree char *xml_path = g_build_filename (tmp_dir, "large.xml", NULL);
  g_autofree char *nap_path = g_build_filename (tmp_dir, "large.nap", NULL);
  g_autoptr(NapProgress) progress = NULL;
  NapWindow *window = nap_window_new (app);
  Press press = { NULL, 0.0 };

  /* About 40 MB, which takes the parser a second or more. */
  nap_test_write_large_plan (xml_path, 40000);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (window)));

  _nap_window_import (window, xml_path, nap_path);
  g_assert_true (_nap_window_xml_is_busy (window));
  press.dialog = _nap_window_get_xml_progress (window);
  g_assert_nonnull (press.dialog);
  progress = g_object_ref (_nap_window_get_xml_job_progress (window));
  g_signal_connect (progress, "notify::fraction", G_CALLBACK (press_cancel_cb), &press);

  gui_test_wait_until (!_nap_window_xml_is_busy (window));
  g_signal_handlers_disconnect_by_data (progress, &press);
  g_assert_null (_nap_window_get_xml_progress (window));

  /* Pressed in the parse, and the parse stopped: its progress never
   * reached its end.
   */
  g_assert_cmpfloat (press.pressed_at, >, 0.0);
  g_assert_cmpfloat (press.pressed_at, <, NAP_XML_READ_PARSED);
  g_assert_cmpfloat (nap_progress_get_fraction (progress), <, NAP_XML_READ_PARSED);

  /* Nothing made, nothing opened, nothing to say. */
  g_assert_false (g_file_test (nap_path, G_FILE_TEST_EXISTS));
  g_assert_null (nap_window_get_project (window));
  g_assert_null (gui_test_find_message_dialog (GTK_WINDOW (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (xml_path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  tmp_dir = g_dir_make_tmp ("nap-test-window-cancel-XXXXXX", &error);
  g_assert_no_error (error);
  gtk_test_init (&argc, &argv, NULL);

  /* No application id: no D-Bus needed, and the resources by hand. */
  app = g_object_new (NAP_TYPE_APPLICATION,
                      "resource-base-path", "/io/github/napdrafter/NapDrafter",
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/window-cancel/during-parse", test_cancel_during_parse);

  ret = g_test_run ();

  g_clear_object (&app);
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
