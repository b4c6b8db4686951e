/* test-report.c: the "What we heard, what we did" report
 *
 * A fixed plan gives the page in tests/fixtures/report.html, byte for
 * byte, in the C locale (NAP_REGENERATE_FIXTURES=1 writes it again after a
 * deliberate change: then read the difference). Text from the plan is
 * escaped; the page is in the language of the user interface.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <string.h>

#include "consultations-test-common.h"
#include "nap-error.h"
#include "nap-project.h"
#include "nap-report.h"

typedef struct
{
  char *dir;
  char *path;
  NapProject *project;
} Fixture;

/* The plan of the fixture: three pillars, three sessions, four
 * recommendations, one of them on two pillars and one on none.
 */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NapObjective *prevention, *alert, *protection, *legal_aid;
  NapConsultation *mopti, *bamako, *written;
  NapRecommendation *r;

  f->dir = nap_test_make_dir ("nap-test-report-XXXXXX", "plan.nap", &f->path);
  f->project = nap_test_create_plan (f->path, "Plan d’action national 1325 — Mali",
                                     "ML", "XOF", "2012-01-01", "2014-12-31");

  prevention = test_add_objective (f->project, NULL, "Prévention");
  alert = test_add_objective (f->project, prevention, "Alerte précoce");
  protection = test_add_objective (f->project, NULL, "Protection");
  legal_aid = test_add_objective (f->project, protection, "Aide juridique");
  test_add_objective (f->project, NULL, "Participation");

  /* Sessions out of date order, and a region given by its code. */
  bamako = test_add_session (f->project, "Audition à Bamako", "2012-05-10", NULL, "Bamako", "Bamako");
  mopti = test_add_session (f->project, "Atelier de Mopti", "2012-04-03", "2012-04-05", "Sévaré", "ML-5");
  test_ok (nap_project_set_int (f->project, NAP_RECORD (mopti), "women", 31, &error), error);
  test_ok (nap_project_set_int (f->project, NAP_RECORD (mopti), "men", 12, &error), error);
  test_ok (nap_project_set_int (f->project, NAP_RECORD (bamako), "women", 20, &error), error);
  written = test_add_session (f->project, "Contribution écrite", NULL, NULL, "", "");

  r = test_recommend (f->project, mopti, "Former des médiatrices dans chaque cercle.", NAP_RESPONSE_ACCEPTED,
                 "Action 1.1 du plan.\nBudget prévu pour 2013.");
  test_concern (f->project, r, alert);
  r = test_recommend (f->project, mopti, "Un numéro vert pour les alertes.", NAP_RESPONSE_PARTLY_ACCEPTED,
                 "D’abord à Mopti et à Bamako.");
  test_concern (f->project, r, legal_aid);
  test_concern (f->project, r, alert);
  r = test_recommend (f->project, bamako, "Des cliniques juridiques mobiles.", NAP_RESPONSE_NOT_TAKEN_UP, "");
  test_concern (f->project, r, protection);
  test_recommend (f->project, written, "Publier les réponses de l’équipe.", NAP_RESPONSE_PENDING, "");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  nap_test_remove_plan (&f->project, &f->dir, &f->path);
}

static void
test_fixture (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *expected_path = g_build_filename (g_getenv ("NAP_SOURCE_DIR"), "tests", "fixtures",
                                                     "report.html", NULL);
  g_autofree char *html = nap_report_build (f->project);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("NAP_REGENERATE_FIXTURES") != NULL)
    test_ok (g_file_set_contents (expected_path, html, -1, &error), error);

  test_ok (g_file_get_contents (expected_path, &expected, NULL, &error), error);
  g_assert_cmpstr (html, ==, expected);
}

static xmlDocPtr
parse (const char *html)
{
  xmlDocPtr doc = htmlReadMemory (html, (int) strlen (html), "report.html", "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);

  g_assert_nonnull (doc);
  return doc;
}

static char *
xpath_string (xmlDocPtr   doc,
              const char *expression)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  g_autofree char *query = g_strdup_printf ("string(%s)", expression);
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *) query, context);
  char *text = g_strdup ((const char *) result->stringval);

  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return text;
}

static double
xpath_count (xmlDocPtr   doc,
             const char *expression)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  g_autofree char *query = g_strdup_printf ("count(%s)", expression);
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *) query, context);
  double count = result->floatval;

  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return count;
}

static void
test_structure (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *html = nap_report_build (f->project);
  xmlDocPtr doc = parse (html);
  g_autofree char *first_pillar = xpath_string (doc, "//section[1]/h2");
  g_autofree char *last_heading = xpath_string (doc, "//section[last()]/h2");
  g_autofree char *first_session = xpath_string (doc, "//section[1]/article[1]/dl/dd[1]");
  g_autofree char *also = xpath_string (doc, "//section[2]/article[@class='partly-accepted']/p[@class='also']");
  g_autofree char *lang = xpath_string (doc, "/html/@lang");
  g_autofree char *dir = xpath_string (doc, "/html/@dir");

  g_assert_cmpstr (lang, ==, "en");
  g_assert_cmpstr (dir, ==, "ltr");
  /* Three pillars and the recommendations that concern none. */
  g_assert_cmpfloat (xpath_count (doc, "//main/section"), ==, 4);
  g_assert_cmpstr (first_pillar, ==, "1 Prévention");
  g_assert_cmpstr (last_heading, ==, "Recommendations that concern no objective");
  /* Under each of its pillars: 2 under Prevention, 2 under Protection. */
  g_assert_cmpfloat (xpath_count (doc, "//section[1]/article"), ==, 2);
  g_assert_cmpfloat (xpath_count (doc, "//section[2]/article"), ==, 2);
  g_assert_cmpfloat (xpath_count (doc, "//section[3]/article"), ==, 0);
  g_assert_cmpfloat (xpath_count (doc, "//section[4]/article"), ==, 1);
  g_assert_cmpfloat (xpath_count (doc, "//article"), ==, 5);
  /* The earlier session comes first, whatever the order it was logged in. */
  g_assert_cmpstr (first_session, ==, "Atelier de Mopti");
  g_assert_cmpstr (also, ==, "This recommendation concerns several pillars; it is also listed under 1 Prévention.");
  xmlFreeDoc (doc);

  /* Print rules keep a recommendation on one page. */
  g_assert_nonnull (strstr (html, "@media print{"));
  g_assert_nonnull (strstr (html, "article{break-inside:avoid;page-break-inside:avoid}"));
}

static void
test_hostile_text (Fixture       *f,
                   gconstpointer  data)
{
  const char *hostile = "<script>alert(\"x\")</script> & 'quotes' </article></section><h1>";
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *text = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *title = NULL;
  g_autofree char *with_control = g_strconcat (hostile, "\x01\x1b", NULL);
  NapConsultation *session = g_list_model_get_item (nap_project_get_consultations (f->project), 0);
  NapObjective *pillar = g_list_model_get_item (nap_project_get_objectives (f->project), 0);
  NapRecommendation *r;
  xmlDocPtr doc;

  test_ok (nap_project_set_string (f->project, NAP_RECORD (nap_project_get_plan (f->project)), "title", hostile, &error), error);
  test_ok (nap_project_set_string (f->project, NAP_RECORD (session), "title", hostile, &error), error);
  test_ok (nap_project_set_string (f->project, NAP_RECORD (pillar), "title", hostile, &error), error);
  r = test_recommend (f->project, session, with_control, NAP_RESPONSE_PENDING, hostile);
  test_concern (f->project, r, pillar);
  g_object_unref (session);
  g_object_unref (pillar);

  html = nap_report_build (f->project);
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "'quotes'"));
  g_assert_null (strstr (html, "\"x\""));
  g_assert_null (strstr (html, "\x01"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos; &lt;/article&gt;"));

  /* Read back, the page holds the text as typed, in its place. */
  doc = parse (html);
  g_assert_cmpfloat (xpath_count (doc, "//script"), ==, 0);
  g_assert_cmpfloat (xpath_count (doc, "//h1"), ==, 1);
  g_assert_cmpfloat (xpath_count (doc, "//main/section"), ==, 4);
  text = xpath_string (doc, "//section[1]/article[last()]/p[@class='text']");
  g_assert_cmpstr (text, ==, hostile);
  reason = xpath_string (doc, "//section[1]/article[last()]/dl/dd[last()]");
  g_assert_cmpstr (reason, ==, hostile);
  title = xpath_string (doc, "/html/head/title");
  g_assert_true (g_str_has_suffix (title, hostile));
  xmlFreeDoc (doc);
}

static void
test_write_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "report.html", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "report.html", NULL);
  g_autofree char *written = NULL;
  g_autofree char *html = nap_report_build (f->project);
  g_autoptr(GError) error = NULL;

  test_ok (nap_report_write_to_file (f->project, out, &error), error);
  test_ok (g_file_get_contents (out, &written, NULL, &error), error);
  g_assert_cmpstr (written, ==, html);
  g_unlink (out);

  g_assert_false (nap_report_write_to_file (f->project, missing, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "“report.html” was not written: its folder does not exist."));
}

/* In a child process: the language is chosen once per process. */
static void
test_language (Fixture       *f,
               gconstpointer  data)
{
  const char *language = data;

  if (g_test_subprocess ())
    {
      g_autofree char *html = NULL;
      const char *root;

      nap_test_use_language (language);
      html = nap_report_build (f->project);
      root = strstr (html, "<html");
      g_print ("%.*s", (int) strcspn (root, ">") + 1, root);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  if (g_str_equal (language, "ar"))
    g_test_trap_assert_stdout ("<html lang=\"ar\" dir=\"rtl\">");
  else
    g_test_trap_assert_stdout ("<html lang=\"fr\" dir=\"ltr\">");
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/report/fixture", test_fixture),
    NAP_TEST_CASE ("/report/structure", test_structure),
    NAP_TEST_CASE ("/report/hostile-text", test_hostile_text),
    NAP_TEST_CASE ("/report/write-file", test_write_file),
    NAP_TEST_CASE_DATA ("/report/language/fr", test_language, "fr"),
    NAP_TEST_CASE_DATA ("/report/language/ar", test_language, "ar"),
  };

  /* The fixture is English: no translation, whatever the environment. */
  nap_test_use_english ();
  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, fixture_set_up, fixture_tear_down, cases);

  return g_test_run ();
}
