/* test-xml-roundtrip.c: export, import, export gives the same bytes
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "nap-currency.h"
#include "xml-test-common.h"

/* A canonical file is read into a project and written back byte for byte. */
static void
check_canonical_file (XmlFixture *fixture,
                      const char *xml_path)
{
  g_autofree char *nap_path = xml_fixture_path (fixture, "plan.nap");
  g_autofree char *original = xml_test_read (xml_path);
  g_autoptr(NapProject) project = xml_test_import (xml_path, nap_path);
  g_autofree char *exported = xml_test_export (project, NAP_XML_EXPORT_ALL);

  g_assert_cmpstr (exported, ==, original);
}

static void
test_mali (XmlFixture    *fixture,
           gconstpointer  data)
{
  g_autofree char *path = xml_test_source_path ("data", "examples", "mali-2012-2014.xml", NULL);

  check_canonical_file (fixture, path);
}

static void
test_small_plan (XmlFixture    *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = xml_test_source_path ("tests", "fixtures", "small-plan.xml", NULL);

  check_canonical_file (fixture, path);
}

static void
test_mali_content (XmlFixture    *fixture,
                   gconstpointer  data)
{
  g_autofree char *xml_path = xml_test_source_path ("data", "examples", "mali-2012-2014.xml", NULL);
  g_autofree char *nap_path = xml_fixture_path (fixture, "mali.nap");
  g_autoptr(NapProject) project = xml_test_import (xml_path, nap_path);
  NapPlan *plan = nap_project_get_plan (project);
  g_autoptr(NapObjective) third = NULL;
  g_autoptr(NapObjective) action = NULL;

  /* What a drafter sees after opening the example. */
  g_assert_cmpstr (nap_record_get_uuid (NAP_RECORD (plan)), ==, "99dd134b-bc91-4e48-b4bc-bbeed2915b67");
  g_assert_cmpstr (nap_plan_get_country (plan), ==, "ML");
  g_assert_cmpstr (nap_plan_get_currency (plan), ==, "XOF");
  g_assert_cmpint (nap_plan_get_status (plan), ==, NAP_PLAN_STATUS_ADOPTED);
  g_assert_cmpstr (nap_plan_get_period_end (plan), ==, "2014-12-31");
  g_assert_true (g_str_has_prefix (nap_plan_get_summary (plan), "Mali’s NAP is focused"));
  g_assert_nonnull (strstr (nap_plan_get_summary (plan), "its objectives.\n\nMali’s drafting"));
  g_assert_cmpuint (nap_project_get_n_levels (project), ==, 3);
  g_assert_cmpstr (nap_project_get_level_name (project, 2), ==, "Action");
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_objectives (project)), ==, 5);
  g_assert_cmpuint (nap_project_count_objectives (project), ==, 17);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_references (project)), ==, 2);

  third = g_list_model_get_item (nap_project_get_objectives (project), 2);
  g_assert_cmpstr (nap_objective_get_title (third), ==, "Participation and representation");
  action = g_list_model_get_item (nap_objective_get_children (third), 0);
  g_assert_cmpstr (nap_objective_get_display_code (action), ==, "3.1");
  g_assert_null (nap_objective_get_code (action));
  g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_indicators (action)), ==, 2);
}

/* The generated plan: every field, every kind, escaping, three currencies. */
static void
test_full_plan (XmlFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *nap_path = xml_fixture_path (fixture, "full.nap");
  g_autofree char *xml_path = xml_fixture_path (fixture, "full.xml");
  g_autofree char *copy_path = xml_fixture_path (fixture, "copy.nap");
  g_autoptr(NapProject) project = xml_test_full_plan (nap_path);
  g_autoptr(NapProject) copy = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;

  first = xml_test_export (project, NAP_XML_EXPORT_ALL);
  g_assert_true (nap_xml_export_to_file (project, xml_path, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *on_disk = xml_test_read (xml_path);
    g_assert_cmpstr (on_disk, ==, first);
  }

  /* Deterministic: the same plan gives the same bytes. */
  second = xml_test_export (project, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (second, ==, first);
  g_clear_pointer (&second, g_free);

  copy = xml_test_import (xml_path, copy_path);
  second = xml_test_export (copy, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (second, ==, first);

  /* The canonical forms the format promises. */
  g_assert_true (g_str_has_prefix (first, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nap xmlns=\"urn:napdrafter:nap:1\" format-version=\"1\" id=\""));
  g_assert_true (g_str_has_suffix (first, "</nap>\n"));
  g_assert_nonnull (strstr (first, "xml:lang=\"fr\">"));
  g_assert_nonnull (strstr (first, "<title>Plan d’action national 1325 — خطة العمل الوطنية &lt;2025&gt; &amp; \"WPS\" 'x'</title>"));
  g_assert_nonnull (strstr (first, "\"quotes\" 'apostrophes' &lt;tags&gt;.\n  Trailing spaces  </summary>"));
  g_assert_nonnull (strstr (first, "with a tab, a CR&#13;\nand"));
  g_assert_nonnull (strstr (first, "\twith a tab"));
  g_assert_nonnull (strstr (first, "href=\"https://undocs.org/S/RES/1325(2000)?a=1&amp;b=&quot;2&quot;\""));
  g_assert_nonnull (strstr (first, "<group name=\"personnes déplacées &quot;PDI&quot;\" count=\"7\"/>"));
  g_assert_nonnull (strstr (first, "year=\"2025\" amount=\"1250000\" currency=\"XOF\" status=\"secured\" funder=\""));
  g_assert_nonnull (strstr (first, "year=\"2026\" amount=\"1250.50\" currency=\"USD\" status=\"pledged\""));
  g_assert_nonnull (strstr (first, "unit-cost=\"50.05\">Voyages (bailleur)</budget-line>"));
  g_assert_nonnull (strstr (first, "amount=\"1250.500\" currency=\"TND\" status=\"unfunded\">Matériel tunisien</budget-line>"));
  g_assert_nonnull (strstr (first, "amount=\"-50000\" currency=\"XOF\" status=\"secured\">Remboursement &lt;correction&gt;</budget-line>"));
  g_assert_nonnull (strstr (first, "amount=\"0.00\" currency=\"EUR\" status=\"unfunded\"/>"));
  g_assert_nonnull (strstr (first, "<objective id=\""));
  g_assert_nonnull (strstr (first, "\" code=\"1.1.a\">"));
  g_assert_nonnull (strstr (first, "<timeframe start=\"2025-01-01\"/>"));
  g_assert_nonnull (strstr (first, "<timeframe end=\"2026-06-30\"/>"));
  g_assert_nonnull (strstr (first, "<description/>"));
  g_assert_nonnull (strstr (first, "<text/>"));
  g_assert_null (strstr (first, "></description>"));
  g_assert_null (strstr (first, "&apos;"));
  g_assert_null (strstr (first, "&#x"));
  /* Four levels deep: the action sits at the fourth indentation. */
  g_assert_nonnull (strstr (first, "\n          <objective id=\""));

  /* The copy holds what the original holds, seen through the model. */
  {
    g_autoptr(NapObjective) pillar = g_list_model_get_item (nap_project_get_objectives (copy), 0);
    g_autoptr(NapObjective) objective = g_list_model_get_item (nap_objective_get_children (pillar), 0);
    g_autoptr(NapObjective) result = g_list_model_get_item (nap_objective_get_children (objective), 0);
    g_autoptr(NapObjective) action = g_list_model_get_item (nap_objective_get_children (result), 0);
    g_autoptr(NapBudgetLine) usd = g_list_model_get_item (nap_objective_get_budget_lines (action), 1);
    g_autoptr(NapBudgetLine) refund = g_list_model_get_item (nap_objective_get_budget_lines (action), 3);
    NapActor *funder = nap_project_lookup_actor (copy, nap_budget_line_get_funder_id (usd));

    g_assert_cmpstr (nap_objective_get_display_code (action), ==, "1.1.a.1");
    g_assert_cmpint (nap_objective_get_depth (action), ==, 3);
    g_assert_cmpint (nap_budget_line_get_amount (usd), ==, 125050);
    g_assert_cmpint (nap_budget_line_get_unit_cost (usd), ==, 5005);
    g_assert_cmpint (nap_budget_line_get_amount (refund), ==, -50000);
    g_assert_nonnull (funder);
    g_assert_cmpstr (nap_actor_get_name (funder), ==, "Agence \"Partenaire\" & Cie");
    g_assert_cmpstr (nap_plan_get_summary (nap_project_get_plan (copy)), ==,
                     nap_plan_get_summary (nap_project_get_plan (project)));
  }
}

/* libxml2's own serializer leaves a canonical file as it is (the format
 * page promises it), so two independent writers agree.
 */
static void
test_xmllint_agrees (XmlFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *nap_path = xml_fixture_path (fixture, "full.nap");
  g_autofree char *xml_path = xml_fixture_path (fixture, "full.xml");
  g_autoptr(NapProject) project = xml_test_full_plan (nap_path);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *formatted = NULL;
  g_autofree char *exported = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (xmllint == NULL)
    {
      g_test_skip ("xmllint is not installed");
      return;
    }

  exported = xml_test_export (project, NAP_XML_EXPORT_ALL);
  g_assert_true (g_file_set_contents (xml_path, exported, -1, &error));
  {
    const char *argv[] = { xmllint, "--format", xml_path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &formatted, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (formatted, ==, exported);
}

/* A failed export leaves the file it would have replaced as it was. */
static void
test_failed_export_keeps_file (XmlFixture    *fixture,
                               gconstpointer  data)
{
  g_autofree char *nap_path = xml_fixture_path (fixture, "plan.nap");
  g_autofree char *xml_path = xml_fixture_path (fixture, "plan.xml");
  g_autoptr(NapProject) project = xml_test_full_plan (nap_path);
  g_autoptr(NapObjective) pillar = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n_files = 0;

  g_assert_true (nap_xml_export_to_file (project, xml_path, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);
  before = xml_test_read (xml_path);

  /* A control character cannot be written in XML 1.0. */
  pillar = g_list_model_get_item (nap_project_get_objectives (project), 1);
  g_assert_true (nap_project_set_string (project, NAP_RECORD (pillar), "title", "Bell\a", &error));
  g_assert_false (nap_xml_export_to_file (project, xml_path, NAP_XML_EXPORT_ALL, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "U+0007"));

  after = xml_test_read (xml_path);
  g_assert_cmpstr (after, ==, before);

  /* No temporary file is left behind. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);
}

/* What XML or the format cannot carry stops the export with a message,
 * instead of making a file that no reader accepts.
 */
static void
test_unwritable_values (XmlFixture    *fixture,
                        gconstpointer  data)
{
  g_autofree char *nap_path = xml_fixture_path (fixture, "plan.nap");
  g_autoptr(NapProject) project = xml_test_full_plan (nap_path);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(NapObjective) pillar = g_list_model_get_item (nap_project_get_objectives (project), 1);
  g_autoptr(NapIndicator) indicator = g_list_model_get_item (nap_objective_get_indicators (pillar), 0);
  g_autoptr(NapConsultation) consultation = g_list_model_get_item (nap_project_get_consultations (project), 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (nap_project_set_int (project, NAP_RECORD (consultation), "women", 1000000000, &error));
  g_assert_false (nap_xml_export (project, out, NAP_XML_EXPORT_ALL, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1000000000"));
  g_clear_error (&error);
  g_assert_true (nap_project_set_int (project, NAP_RECORD (consultation), "women", 999999999, &error));

  g_assert_true (nap_project_set_string (project, NAP_RECORD (indicator), "baseline", "a\x1b[31m red", &error));
  g_clear_object (&out);
  out = g_memory_output_stream_new_resizable ();
  g_assert_false (nap_xml_export (project, out, NAP_XML_EXPORT_ALL, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“a?[31m red”"));
  g_assert_nonnull (strstr (error->message, "U+001B"));
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/xml/roundtrip/mali", test_mali),
    NAP_TEST_CASE ("/xml/roundtrip/mali-content", test_mali_content),
    NAP_TEST_CASE ("/xml/roundtrip/small-plan", test_small_plan),
    NAP_TEST_CASE ("/xml/roundtrip/full-plan", test_full_plan),
    NAP_TEST_CASE ("/xml/roundtrip/xmllint-agrees", test_xmllint_agrees),
    NAP_TEST_CASE ("/xml/roundtrip/failed-export-keeps-file", test_failed_export_keeps_file),
    NAP_TEST_CASE ("/xml/roundtrip/unwritable-values", test_unwritable_values),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (XmlFixture, xml_fixture_set_up, xml_fixture_tear_down, cases);

  return g_test_run ();
}
