/* test-cli-consultations.c: nap-tool report, and the consultation figures
 * of info --json and check
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-test-common.h"
#include "nap-report.h"

static void
ok (gboolean  result,
    GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (result);
}

/* Two sessions: 2 women and 1 man, then 0; a group named twice. */
static void
make_plan (Fixture *fixture)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autoptr(GError) error = NULL;
  NapObjective *pillar = add_objective (project, NULL, "Prévention");
  NapConsultation *mopti, *bamako;
  NapRecommendation *r;

  mopti = nap_project_add_consultation (project, "Atelier de Mopti", &error);
  g_assert_no_error (error);
  ok (nap_project_set_string (project, NAP_RECORD (mopti), "start-date", "2012-04-03", &error), error);
  ok (nap_project_set_string (project, NAP_RECORD (mopti), "region", "ML-5", &error), error);
  ok (nap_project_set_int (project, NAP_RECORD (mopti), "women", 2, &error), error);
  ok (nap_project_set_int (project, NAP_RECORD (mopti), "men", 1, &error), error);
  ok (nap_project_set_group_count (project, mopti, "Youth", 2, &error), error);
  bamako = nap_project_add_consultation (project, "Audition <à> Bamako", &error);
  g_assert_no_error (error);
  ok (nap_project_set_string (project, NAP_RECORD (bamako), "region", "Bamako", &error), error);
  ok (nap_project_set_group_count (project, bamako, "youth", 1, &error), error);

  r = nap_project_add_recommendation (project, mopti, "Former des médiatrices & des juges.", &error);
  g_assert_no_error (error);
  ok (nap_project_link_recommendation (project, r, pillar, TRUE, &error), error);
  ok (nap_project_set_int (project, NAP_RECORD (r), "status", NAP_RESPONSE_ACCEPTED, &error), error);
  r = nap_project_add_recommendation (project, bamako, "Publier les réponses.", &error);
  g_assert_no_error (error);
}

static char *
report_of (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return nap_report_build (project);
}

static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "report.html", NULL);
  g_autofree char *written = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *before = NULL;
  g_auto(Run) run = { 0, };
  g_auto(Run) to_stdout = { 0, };

  make_plan (fixture);
  before = checksum_of (fixture->path);
  expected = report_of (fixture);
  g_assert_nonnull (strstr (expected, "Audition &lt;à&gt; Bamako"));
  g_assert_nonnull (strstr (expected, "Former des médiatrices &amp; des juges."));

  run_tool (&run, "report", fixture->path, "-o", out);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  run_tool (&to_stdout, "report", fixture->path);
  g_assert_cmpint (to_stdout.status, ==, 0);
  g_assert_cmpstr (to_stdout.out, ==, expected);

  /* The plan is only read. */
  {
    g_autofree char *after = checksum_of (fixture->path);
    g_assert_cmpstr (after, ==, before);
  }
}

static void
test_report_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *missing_folder = g_build_filename (fixture->dir, "nowhere", "report.html", NULL);
  g_autofree char *out = g_build_filename (fixture->dir, "report.html", NULL);
  g_autofree char *listing = NULL;
  g_auto(Run) usage = { 0, };
  g_auto(Run) no_plan = { 0, };
  g_auto(Run) no_folder = { 0, };
  g_auto(Run) kept = { 0, };
  g_autofree char *contents = NULL;

  run_tool (&usage, "report");
  g_assert_cmpint (usage.status, ==, 2);
  g_assert_nonnull (strstr (usage.err, "Expected 1 argument."));

  run_tool (&no_plan, "report", fixture->path);
  g_assert_cmpint (no_plan.status, ==, 1);
  g_assert_nonnull (strstr (no_plan.err, "plan.nap"));

  make_plan (fixture);
  run_tool (&no_folder, "report", fixture->path, "-o", missing_folder);
  g_assert_cmpint (no_folder.status, ==, 1);
  g_assert_true (g_str_has_prefix (no_folder.err, "nap-tool: “report.html” was not written: its folder does not exist."));

  /* A report that cannot be written leaves the old one as it was. */
  g_assert_true (g_file_set_contents (out, "old report", -1, NULL));
  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
  run_tool_full (&kept, TRUE, "report", fixture->path, "-o", out, NULL);
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  g_assert_cmpint (kept.status, ==, 1);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old report");
  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "plan.nap\nreport.html");
}

static JsonObject *
parse_consultations (JsonParser *parser,
                     const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "consultations");
}

static void
test_info_json (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0, };
  JsonObject *consultations, *participants, *responses, *group;
  JsonArray *groups, *regions;

  make_plan (fixture);
  run_tool (&run, "info", "--json", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  consultations = parse_consultations (parser, run.out);

  /* The keys there were before stay as they were. */
  g_assert_cmpint (json_object_get_int_member (consultations, "sessions"), ==, 2);
  participants = json_object_get_object_member (consultations, "participants");
  g_assert_cmpint (json_object_get_int_member (participants, "women"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (participants, "men"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (participants, "other"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (participants, "total"), ==, 3);
  responses = json_object_get_object_member (consultations, "recommendations");
  g_assert_cmpint (json_object_get_int_member (responses, "accepted"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (responses, "pending"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (responses, "not-taken-up"), ==, 0);

  /* 2 of 3: a string with one decimal, like amounts. */
  g_assert_cmpstr (json_object_get_string_member (consultations, "women-share"), ==, "66.7");
  groups = json_object_get_array_member (consultations, "groups");
  g_assert_cmpuint (json_array_get_length (groups), ==, 1);
  group = json_array_get_object_element (groups, 0);
  g_assert_cmpstr (json_object_get_string_member (group, "name"), ==, "Youth");
  g_assert_cmpint (json_object_get_int_member (group, "count"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (consultations, "regions-covered"), ==, 2);
  regions = json_object_get_array_member (consultations, "regions");
  g_assert_cmpstr (json_array_get_string_element (regions, 0), ==, "Mopti");
  g_assert_cmpstr (json_array_get_string_element (regions, 1), ==, "Bamako");
}

static void
test_info_json_no_participants (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0, };
  JsonObject *consultations;

  g_clear_object (&project);
  run_tool (&run, "info", "--json", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  consultations = parse_consultations (parser, run.out);
  g_assert_true (json_object_get_null_member (consultations, "women-share"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (consultations, "groups")), ==, 0);
  g_assert_cmpint (json_object_get_int_member (consultations, "regions-covered"), ==, 0);
}

static void
test_help_lists_report (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(Run) run = { 0, };

  run_tool (&run, "--help");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "  report "));
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/cli/report/writes", test_report),
    NAP_TEST_CASE ("/cli/report/refused", test_report_refused),
    NAP_TEST_CASE ("/cli/info-json/consultations", test_info_json),
    NAP_TEST_CASE ("/cli/info-json/no-participants", test_info_json_no_participants),
    NAP_TEST_CASE ("/cli/help/report", test_help_lists_report),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, nap_test_folder_set_up, nap_test_folder_tear_down, cases);

  return g_test_run ();
}
