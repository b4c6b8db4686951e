/* portal-helper.c: what test-portal.sh cannot do with nap-tool alone
 *
 * Two windows on one plan, and Save As, through the document portal, with
 * the core API as the app uses it. Run by test-portal.sh inside its portal.
 *
 *   portal-helper writers PLAN.nap       a second opening is read-only; the
 *                                        first edits (objective "Two windows")
 *   portal-helper save-as FROM.nap TO.nap   Save As, then an edit of TO
 *                                        (objective "After Save As")
 *   portal-helper conflict PLAN.nap REAL.nap   REAL (the file behind PLAN)
 *                                        is rewritten by "another program";
 *                                        the next edit must not overwrite it
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "portal-helper"

#include "config.h"

#include "nap-error.h"
#include "nap-project.h"

static NapProject *
open_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  NapProject *project = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return project;
}

static void
add_objective (NapProject *project,
               const char *title)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (nap_project_add_objective (project, NULL, -1, title, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "writers"))
    {
      g_autoptr(NapProject) first = open_plan (argv[2]);
      g_autoptr(NapProject) second = open_plan (argv[2]);

      g_assert_false (nap_project_is_read_only (first));
      g_assert_true (nap_project_is_read_only (second));
      g_print ("second window: %s\n", nap_project_get_read_only_reason (second));
      add_objective (first, "Two windows");
      return 0;
    }

  if (argc == 4 && g_str_equal (argv[1], "save-as"))
    {
      g_autoptr(NapProject) project = open_plan (argv[2]);
      g_autoptr(GError) error = NULL;

      g_assert_true (nap_project_save_as (project, argv[3], &error));
      g_assert_no_error (error);
      g_assert_false (nap_project_is_read_only (project));
      add_objective (project, "After Save As");
      return 0;
    }

  if (argc == 4 && g_str_equal (argv[1], "conflict"))
    {
      g_autoptr(NapProject) project = open_plan (argv[2]);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_false (nap_project_is_read_only (project));
      g_assert_true (g_file_get_contents (argv[3], &contents, &length, &error));
      g_assert_true (g_file_set_contents (argv[3], contents, (gssize) length, &error));
      g_assert_no_error (error);

      nap_project_add_objective (project, NULL, -1, "Conflicting edit", &error);
      g_assert_error (error, NAP_ERROR, NAP_ERROR_IN_USE);
      g_print ("refused: %s\n", error->message);
      return 0;
    }

  g_printerr ("Usage: portal-helper writers PLAN | save-as FROM TO | conflict PLAN REAL\n");
  return 2;
}
