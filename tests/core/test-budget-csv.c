/* test-budget-csv.c: the budget as CSV for spreadsheets, against a fixture
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "budget-test-common.h"
#include "nap-budget-csv.h"
#include "nap-budget-totals.h"
#include "nap-error.h"

static NapProject *
make_csv_plan (Fixture *fixture)
{
  NapProject *project = fixture->project;
  g_autoptr(GError) error = NULL;
  NapObjective *prevention, *policies, *participation;
  NapActor *eu;
  NapBudgetLine *line;

  prevention = add_objective (project, NULL, "Prévention, \"protection\"");
  policies = add_objective (project, prevention, "Renforcer les politiques\net les lois");
  participation = add_objective (project, NULL, "Participation");
  add_objective (project, participation, "Sans budget");
  eu = nap_project_add_actor (project, "Union européenne", NAP_ACTOR_KIND_DONOR, &error);
  g_assert_no_error (error);
  set_rate (project, "EUR", "655.957");

  line = add_line (project, prevention, 1250000, "XOF", NAP_FUNDING_STATUS_SECURED);
  nap_project_set_string (project, NAP_RECORD (line), "label", "Ateliers régionaux", &error);
  nap_project_set_int (project, NAP_RECORD (line), "year", 2012, &error);
  line = add_line (project, policies, 125050, "EUR", NAP_FUNDING_STATUS_PLEDGED);
  nap_project_set_string (project, NAP_RECORD (line), "label", "Formation, juristes", &error);
  nap_project_set_int (project, NAP_RECORD (line), "funder-id", nap_record_get_id (NAP_RECORD (eu)), &error);
  nap_project_set_int (project, NAP_RECORD (line), "year", 2013, &error);
  line = add_line (project, policies, -50000, "XOF", NAP_FUNDING_STATUS_SECURED);
  nap_project_set_string (project, NAP_RECORD (line), "label", "=HYPERLINK(\"http://example.com\")", &error);
  line = add_line (project, participation, 99999, "USD", NAP_FUNDING_STATUS_UNFUNDED);
  nap_project_set_string (project, NAP_RECORD (line), "label", "Transport", &error);
  line = add_line (project, participation, 1250500, "TND", NAP_FUNDING_STATUS_UNFUNDED);
  nap_project_set_string (project, NAP_RECORD (line), "label", "- matériel", &error);
  g_assert_no_error (error);
  return project;
}

static void
test_csv_fixture (Fixture       *fixture,
                  gconstpointer  data)
{
  NapProject *project = make_csv_plan (fixture);
  g_autoptr(GBytes) csv = nap_budget_csv_build (project);
  g_autofree char *path = g_build_filename (g_getenv ("NAP_SOURCE_DIR"), "tests", "fixtures", "budget.csv", NULL);
  g_autofree char *expected = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &expected, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), expected, length);
}

/* The converted column adds up to the totals, where every rate is there. */
static void
test_csv_agrees_with_totals (Fixture       *fixture,
                             gconstpointer  data)
{
  NapProject *project = make_csv_plan (fixture);
  g_autoptr(NapBudgetTotals) totals = NULL;
  g_autoptr(NapBudgetFigures) plan = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_auto(GStrv) rows = NULL;
  gint64 sum = 0;

  set_rate (project, "USD", "600.25");
  set_rate (project, "TND", "195.5");
  totals = nap_budget_totals_new (project);
  plan = nap_budget_totals_get_plan (totals);
  csv = nap_budget_csv_build (project);
  rows = g_strsplit (g_bytes_get_data (csv, NULL), "\r\n", -1);

  for (guint i = 1; rows[i] != NULL && rows[i][0] != '\0'; i++)
    {
      const char *last = strrchr (rows[i], ',');

      g_assert_nonnull (last);
      g_assert_cmpstr (last + 1, !=, "");
      sum += g_ascii_strtoll (last + 1, NULL, 10);
    }
  g_assert_nonnull (plan->converted);
  g_assert_cmpint (sum, ==, plan->converted->total);
}

static void
test_csv_write (Fixture       *fixture,
                gconstpointer  data)
{
  NapProject *project = make_csv_plan (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "budget.csv", NULL);
  g_autofree char *written = NULL;
  g_autoptr(GBytes) csv = nap_budget_csv_build (project);
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_true (nap_budget_csv_export_to_file (project, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &written, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (written, length, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_unlink (path);

  /* A folder that is not there: a sentence naming the file. */
  {
    g_autofree char *bad = g_build_filename (fixture->dir, "missing", "budget.csv", NULL);

    g_assert_false (nap_budget_csv_export_to_file (project, bad, &error));
    g_assert_error (error, NAP_ERROR, NAP_ERROR_IO);
    g_assert_nonnull (strstr (error->message, "budget.csv"));
  }
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/budget/csv/fixture", test_csv_fixture),
    NAP_TEST_CASE ("/budget/csv/agrees-with-totals", test_csv_agrees_with_totals),
    NAP_TEST_CASE ("/budget/csv/write", test_csv_write),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, fixture_set_up, fixture_tear_down, cases);

  return g_test_run ();
}
