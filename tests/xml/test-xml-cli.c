/* test-xml-cli.c: nap-tool export-xml, import-xml, merge, validate and
 * info --json as a user runs them
 *
 * Exit statuses as DESIGN.md promises: 0 done, 1 refused or failed (a
 * message on stderr naming the file and, for XML, the line), 2 a usage
 * error. A failed command leaves every existing file as it was.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-test-common.h"

static char *
source_path (const char *first,
             const char *second)
{
  return g_build_filename (g_getenv ("NAP_SOURCE_DIR"), first, second, NULL);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* plan.nap made from the Mali example. */
static void
import_mali (Fixture *fixture)
{
  g_autofree char *mali = source_path ("data", "examples/mali-2012-2014.xml");
  g_auto(Run) run = { 0, };

  run_tool (&run, "import-xml", mali, "-o", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Made “plan.nap”, a plan with 17 objectives.\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *mali = source_path ("data", "examples/mali-2012-2014.xml");
  g_autofree char *expected = read_file (mali);
  g_autofree char *out_path = g_build_filename (fixture->dir, "out.xml", NULL);
  g_autofree char *written = NULL;
  g_autofree char *before = NULL;
  g_auto(Run) run = { 0, };

  import_mali (fixture);
  before = checksum_of (fixture->path);

  /* To standard output, and to a file: the same bytes as the example. */
  run_tool (&run, "export-xml", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);

  run_tool (&run, "export-xml", fixture->path, "-o", out_path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  written = read_file (out_path);
  g_assert_cmpstr (written, ==, expected);
  run_clear (&run);

  run_tool (&run, "export-xml", "--consultations-only", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "<objectives/>\n  <consultations/>\n</nap>\n"));
  run_clear (&run);

  /* Exporting only reads the plan. */
  {
    g_autofree char *after = checksum_of (fixture->path);
    g_assert_cmpstr (after, ==, before);
  }

  /* Failures: 1, the message names the file; usage errors: 2. */
  run_tool (&run, "export-xml", "missing.nap");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "“missing.nap” does not exist"));
  run_clear (&run);

  run_tool (&run, "export-xml", mali);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  run_clear (&run);

  run_tool (&run, "export-xml");
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  run_tool (&run, "export-xml", fixture->path, "--frobnicate");
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  run_tool (&run, "export-xml", "--help");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Usage:\n  nap-tool export-xml [OPTION…] PLAN.nap\n"));
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *mali = source_path ("data", "examples/mali-2012-2014.xml");
  g_autofree char *bad = source_path ("tests", "fixtures/invalid/bad-status.xml");
  g_autofree char *other = g_build_filename (fixture->dir, "other.nap", NULL);
  g_autofree char *before = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0, };

  import_mali (fixture);
  before = checksum_of (fixture->path);

  /* Never over an existing file, whatever it holds. */
  run_tool (&run, "import-xml", mali, "-o", fixture->path);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "nap-tool: “plan.nap” exists already; choose another name.\n");
  {
    g_autofree char *after = checksum_of (fixture->path);
    g_assert_cmpstr (after, ==, before);
  }
  run_clear (&run);

  g_assert_true (g_file_set_contents (other, "not a plan", -1, NULL));
  run_tool (&run, "import-xml", mali, "-o", other);
  g_assert_cmpint (run.status, ==, 1);
  {
    g_autofree char *contents = read_file (other);
    g_assert_cmpstr (contents, ==, "not a plan");
  }
  g_unlink (other);
  run_clear (&run);

  /* A refused file: the line, and no plan file. */
  run_tool (&run, "import-xml", bad, "-o", other);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "nap-tool: “bad-status.xml”, line 37: “in-progress” is not a valid value for “status”.\n");
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "plan.nap");
  run_clear (&run);

  run_tool (&run, "import-xml", mali);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "-o PLAN.nap"));
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  run_clear (&run);

  run_tool (&run, "import-xml", mali, mali, "-o", other);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *small = source_path ("tests", "fixtures/small-plan.xml");
  g_autofree char *mali = source_path ("data", "examples/mali-2012-2014.xml");
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.xml", NULL);
  g_autofree char *before = NULL;
  g_autoptr(GString) changed = NULL;
  g_auto(Run) run = { 0, };

  run_tool (&run, "import-xml", small, "-o", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  /* A copy of the plan with one more consultation. */
  {
    g_autofree char *contents = read_file (small);

    changed = g_string_new (contents);
    g_string_replace (changed, "  </consultations>",
                      "    <consultation id=\"0b5e7c3a-4f0e-4c5b-9d3e-0e6f3c1d2a4b\" start=\"2025-02-03\" format=\"hearing\">\n"
                      "      <title>Audition à Gao</title>\n      <location/>\n      <facilitator/>\n      <language/>\n"
                      "      <participants women=\"5\" men=\"2\" other=\"0\"/>\n      <notes/>\n"
                      "    </consultation>\n  </consultations>", 1);
    g_assert_true (g_file_set_contents (copy, changed->str, -1, NULL));
  }

  before = checksum_of (fixture->path);
  run_tool (&run, "merge", "--dry-run", fixture->path, copy);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Consultations"));
  g_assert_nonnull (strstr (run.out, "New consultation “Audition à Gao”."));
  {
    g_autofree char *after = checksum_of (fixture->path);
    g_assert_cmpstr (after, ==, before);
  }
  run_clear (&run);

  run_tool (&run, "merge", fixture->path, copy);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "New consultation “Audition à Gao”."));
  run_clear (&run);

  run_tool (&run, "merge", fixture->path, copy);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Nothing was added or changed: the plan has everything in the file already.\n");
  run_clear (&run);

  run_tool (&run, "export-xml", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, changed->str);
  run_clear (&run);

  /* Another plan's file is refused, and the plan stays as it was. */
  g_free (before);
  before = checksum_of (fixture->path);
  run_tool (&run, "merge", fixture->path, mali);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "nap-tool: “mali-2012-2014.xml”, line 2: the file holds another plan"));
  {
    g_autofree char *after = checksum_of (fixture->path);
    g_assert_cmpstr (after, ==, before);
  }
  run_clear (&run);

  run_tool (&run, "merge", fixture->path);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  run_tool (&run, "merge", fixture->path, "missing.xml");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "“missing.xml”"));
}

static void
test_validate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *small = source_path ("tests", "fixtures/small-plan.xml");
  g_autofree char *too_deep = source_path ("tests", "fixtures/invalid/too-deep.xml");
  g_autofree char *namespace = source_path ("tests", "fixtures/invalid/wrong-namespace.xml");
  g_auto(Run) run = { 0, };

  run_tool (&run, "validate", small);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "“small-plan.xml” is a valid NAP XML document.\n");
  run_clear (&run);

  run_tool (&run, "validate", too_deep);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "nap-tool: “too-deep.xml”, line 71: objectives are nested more than 8 levels deep.\n");
  run_clear (&run);

  run_tool (&run, "validate", namespace);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "“wrong-namespace.xml”, line 2: "));
  run_clear (&run);

  run_tool (&run, "validate", "missing.xml");
  g_assert_cmpint (run.status, ==, 1);
  run_clear (&run);

  run_tool (&run, "validate");
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  run_tool (&run, "validate", small, small);
  g_assert_cmpint (run.status, ==, 2);
}

static void
test_info_json (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *small = source_path ("tests", "fixtures/small-plan.xml");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0, };
  JsonObject *root;
  JsonObject *budget;
  JsonArray *objectives;
  JsonArray *sums;

  run_tool (&run, "import-xml", small, "-o", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  run_tool (&run, "info", "--json", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "plan"), "currency"), ==, "XOF");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "counts"), "objectives"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "counts"), "budget-lines"), ==, 2);

  objectives = json_object_get_array_member (root, "objectives");
  g_assert_cmpuint (json_array_get_length (objectives), ==, 1);
  sums = json_object_get_array_member (json_array_get_object_element (objectives, 0), "budget");
  g_assert_cmpuint (json_array_get_length (sums), ==, 2);
  budget = json_array_get_object_element (sums, 0);
  g_assert_cmpstr (json_object_get_string_member (budget, "currency"), ==, "EUR");
  g_assert_cmpstr (json_object_get_string_member (budget, "total"), ==, "15000.00");
  g_assert_cmpstr (json_object_get_string_member (budget, "pledged"), ==, "15000.00");
  g_assert_cmpstr (json_object_get_string_member (budget, "not-secured"), ==, "15000.00");
  budget = json_array_get_object_element (sums, 1);
  g_assert_cmpstr (json_object_get_string_member (budget, "currency"), ==, "XOF");
  g_assert_cmpstr (json_object_get_string_member (budget, "secured"), ==, "12500000");
  g_assert_cmpstr (json_object_get_string_member (budget, "unfunded"), ==, "0");

  {
    JsonObject *consultations = json_object_get_object_member (root, "consultations");
    JsonObject *participants = json_object_get_object_member (consultations, "participants");
    JsonObject *responses = json_object_get_object_member (consultations, "recommendations");

    g_assert_cmpint (json_object_get_int_member (consultations, "sessions"), ==, 1);
    g_assert_cmpint (json_object_get_int_member (participants, "women"), ==, 34);
    g_assert_cmpint (json_object_get_int_member (participants, "men"), ==, 9);
    g_assert_cmpint (json_object_get_int_member (participants, "total"), ==, 43);
    g_assert_cmpint (json_object_get_int_member (responses, "accepted"), ==, 1);
    g_assert_cmpint (json_object_get_int_member (responses, "pending"), ==, 0);
  }
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/xml/cli/export-xml", test_export),
    NAP_TEST_CASE ("/xml/cli/import-xml", test_import),
    NAP_TEST_CASE ("/xml/cli/merge", test_merge),
    NAP_TEST_CASE ("/xml/cli/validate", test_validate),
    NAP_TEST_CASE ("/xml/cli/info-json", test_info_json),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, nap_test_folder_set_up, nap_test_folder_tear_down, cases);

  return g_test_run ();
}
