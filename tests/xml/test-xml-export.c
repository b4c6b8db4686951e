/* test-xml-export.c: export reads the file, and writes what the plan shows
 *
 * Export reads the project file with SQL instead of the plan's objects
 * (nap-xml-rows.c). These tests hold it to what the objects show: records
 * made in any order, and files crafted to hold what NAP Drafter never
 * writes.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "xml-test-common.h"

/* Every UUID the document carries, as id= or as a link, in order. */
static GPtrArray *
uuids_in (const char *xml)
{
  g_autoptr(GRegex) regex = g_regex_new (" (?:id|actor|funder|objective)=\"([^\"]*)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *uuids = g_ptr_array_new_with_free_func (g_free);

  g_regex_match (regex, xml, 0, &match);
  while (g_match_info_matches (match))
    {
      g_ptr_array_add (uuids, g_match_info_fetch (match, 1));
      g_match_info_next (match, NULL);
    }
  return uuids;
}

static void
add (GPtrArray *uuids,
     gpointer   record)
{
  g_ptr_array_add (uuids, g_strdup (nap_record_get_uuid (NAP_RECORD (record))));
}

/* The same, from the plan's objects, in the order of docs/xml-format.md. */
static void
expect_objective (NapProject   *project,
                  NapObjective *objective,
                  GPtrArray    *uuids)
{
  GListModel *indicators = nap_objective_get_indicators (objective);
  GListModel *lines = nap_objective_get_budget_lines (objective);
  GListModel *children = nap_objective_get_children (objective);

  add (uuids, objective);
  for (guint role = 0; role < NAP_N_ACTOR_ROLES; role++)
    {
      GListModel *actors = nap_objective_get_actors (objective, role);

      for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
        {
          g_autoptr(GObject) actor = g_list_model_get_item (actors, i);
          add (uuids, actor);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(GObject) indicator = g_list_model_get_item (indicators, i);
      add (uuids, indicator);
    }
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(NapBudgetLine) line = g_list_model_get_item (lines, i);
      NapActor *funder = nap_project_lookup_actor (project, nap_budget_line_get_funder_id (line));

      add (uuids, line);
      if (funder != NULL)
        add (uuids, funder);
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(NapObjective) child = g_list_model_get_item (children, i);
      expect_objective (project, child, uuids);
    }
}

static int
by_date (gconstpointer a,
         gconstpointer b)
{
  NapConsultation *x = *(NapConsultation **) a;
  NapConsultation *y = *(NapConsultation **) b;
  const char *dx = nap_consultation_get_start_date (x);
  const char *dy = nap_consultation_get_start_date (y);
  gint64 ix = nap_record_get_id (NAP_RECORD (x));
  gint64 iy = nap_record_get_id (NAP_RECORD (y));

  if ((dx == NULL) != (dy == NULL))
    return dx == NULL ? 1 : -1;
  if (dx != NULL && strcmp (dx, dy) != 0)
    return strcmp (dx, dy);
  return ix < iy ? -1 : ix > iy;
}

static int
by_code (gconstpointer a,
         gconstpointer b)
{
  return strcmp (nap_exchange_rate_get_currency (*(NapExchangeRate **) a),
                 nap_exchange_rate_get_currency (*(NapExchangeRate **) b));
}

static GPtrArray *
expected_uuids (NapProject *project)
{
  GPtrArray *uuids = g_ptr_array_new_with_free_func (g_free);
  GListModel *lists[] = {
    nap_project_get_references (project),
    nap_project_get_actors (project),
  };
  GListModel *rates = nap_project_get_exchange_rates (project);
  g_autoptr(GPtrArray) by_currency = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *objectives = nap_project_get_objectives (project);
  GListModel *consultations = nap_project_get_consultations (project);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);

  add (uuids, nap_project_get_plan (project));
  /* Rates by currency code; a rate set in this session is last in memory. */
  for (guint i = 0; i < g_list_model_get_n_items (rates); i++)
    g_ptr_array_add (by_currency, g_list_model_get_item (rates, i));
  g_ptr_array_sort (by_currency, by_code);
  for (guint i = 0; i < by_currency->len; i++)
    add (uuids, g_ptr_array_index (by_currency, i));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) record = g_list_model_get_item (lists[l], i);
        add (uuids, record);
      }
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, i);
      expect_objective (project, objective, uuids);
    }

  for (guint i = 0; i < g_list_model_get_n_items (consultations); i++)
    g_ptr_array_add (sessions, g_list_model_get_item (consultations, i));
  g_ptr_array_sort (sessions, by_date);
  for (guint i = 0; i < sessions->len; i++)
    {
      NapConsultation *session = g_ptr_array_index (sessions, i);
      GListModel *organisations = nap_consultation_get_organisations (session);
      GListModel *recommendations = nap_consultation_get_recommendations (session);

      add (uuids, session);
      for (guint j = 0; j < g_list_model_get_n_items (organisations); j++)
        {
          g_autoptr(GObject) actor = g_list_model_get_item (organisations, j);
          add (uuids, actor);
        }
      for (guint j = 0; j < g_list_model_get_n_items (recommendations); j++)
        {
          g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (recommendations, j);
          GListModel *concerns = nap_recommendation_get_objectives (recommendation);

          add (uuids, recommendation);
          for (guint k = 0; k < g_list_model_get_n_items (concerns); k++)
            {
              g_autoptr(GObject) objective = g_list_model_get_item (concerns, k);
              add (uuids, objective);
            }
        }
    }
  return uuids;
}

static void
assert_same_uuids (GPtrArray *got,
                   GPtrArray *expected)
{
  for (guint i = 0; i < MIN (got->len, expected->len); i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, g_ptr_array_index (expected, i));
  g_assert_cmpuint (got->len, ==, expected->len);
}

static gpointer
check (gpointer  record,
       GError   *error)
{
  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

/* A plan edited the way drafters edit: records made after the ones they
 * come before, lines added to an early action late, an objective moved
 * to another pillar, sessions entered out of date order. The rows of the
 * file are then in no order the export can lean on.
 */
static void
test_order (XmlFixture    *fixture,
            gconstpointer  data)
{
  g_autofree char *path = xml_fixture_path (fixture, "edited.nap");
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = nap_project_create (path, "Plan", "ML", "XOF", NULL, NULL, &error);
  NapObjective *second, *first, *a, *b, *c, *late;
  NapActor *ministry, *donor;
  NapConsultation *june, *january;
  NapRecommendation *r1, *r2;
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  NapRecord *order_records[9];
  char *order[9];

  g_assert_no_error (error);
  ministry = check (nap_project_add_actor (project, "Ministère", NAP_ACTOR_KIND_MINISTRY, &error), error);
  donor = check (nap_project_add_actor (project, "Bailleur", NAP_ACTOR_KIND_DONOR, &error), error);
  second = check (nap_project_add_objective (project, NULL, -1, "Deuxième axe", &error), error);
  a = check (nap_project_add_objective (project, second, -1, "A", &error), error);
  b = check (nap_project_add_objective (project, second, -1, "B", &error), error);
  first = check (nap_project_add_objective (project, NULL, 0, "Premier axe", &error), error);
  c = check (nap_project_add_objective (project, first, -1, "C", &error), error);
  late = check (nap_project_add_objective (project, a, 0, "Action ajoutée plus tard", &error), error);

  check (nap_project_add_budget_line (project, b, "b1", 100, "XOF", &error), error);
  check (nap_project_add_budget_line (project, c, "c1", 200, "XOF", &error), error);
  check (nap_project_add_indicator (project, late, "i-late", &error), error);
  check (nap_project_add_indicator (project, c, "i-c", &error), error);
  {
    NapBudgetLine *funded = check (nap_project_add_budget_line (project, a, "a1", 300, "EUR", &error), error);

    g_assert_true (nap_project_set_int (project, NAP_RECORD (funded), "funder-id",
                                        nap_record_get_id (NAP_RECORD (donor)), &error));
  }
  check (nap_project_add_budget_line (project, b, "b2", 400, "XOF", &error), error);
  g_assert_true (nap_project_add_objective_actor (project, c, NAP_ACTOR_ROLE_MONITOR, ministry, &error));
  g_assert_true (nap_project_add_objective_actor (project, c, NAP_ACTOR_ROLE_LEAD, donor, &error));
  g_assert_true (nap_project_add_objective_actor (project, c, NAP_ACTOR_ROLE_LEAD, ministry, &error));
  /* B goes to the first pillar, before C. */
  g_assert_true (nap_project_move_objective (project, b, first, 0, &error));
  check (nap_project_set_exchange_rate (project, "USD", "600.5", NULL, &error), error);
  check (nap_project_set_exchange_rate (project, "EUR", "655.957", "1999-01-01", &error), error);

  june = check (nap_project_add_consultation (project, "Juin", &error), error);
  g_assert_true (nap_project_set_string (project, NAP_RECORD (june), "start-date", "2024-06-01", &error));
  january = check (nap_project_add_consultation (project, "Janvier", &error), error);
  g_assert_true (nap_project_set_string (project, NAP_RECORD (january), "start-date", "2024-01-15", &error));
  check (nap_project_add_consultation (project, "Sans date", &error), error);
  r1 = check (nap_project_add_recommendation (project, june, "r1", &error), error);
  r2 = check (nap_project_add_recommendation (project, january, "r2", &error), error);
  check (nap_project_add_recommendation (project, june, "r3", &error), error);
  g_assert_true (nap_project_link_recommendation (project, r2, late, TRUE, &error));
  g_assert_true (nap_project_link_recommendation (project, r2, c, TRUE, &error));
  g_assert_true (nap_project_link_recommendation (project, r1, b, TRUE, &error));
  g_assert_true (nap_project_add_organisation (project, january, donor, &error));
  g_assert_true (nap_project_add_organisation (project, january, ministry, &error));

  {
    gpointer records[] = { first, b, c, donor, ministry, ministry, second, a, late };

    memcpy (order_records, records, sizeof records);
  }

  xml = xml_test_export (project, NAP_XML_EXPORT_ALL);
  got = uuids_in (xml);
  expected = expected_uuids (project);
  assert_same_uuids (got, expected);
  g_assert_nonnull (strstr (xml, "<title>Janvier</title>"));
  g_assert_true (strstr (xml, "<title>Janvier</title>") < strstr (xml, "<title>Juin</title>"));
  g_assert_true (strstr (xml, "<title>Juin</title>") < strstr (xml, "<title>Sans date</title>"));

  /* For the consultations-only file below. */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = g_strdup (nap_record_get_uuid (order_records[i]));

  /* The same plan read back into objects: the order is theirs. */
  g_clear_object (&project);
  project = nap_project_open (path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = expected_uuids (project);
  assert_same_uuids (got, expected);

  /* Consultations only: the objectives recommendations concern and their
   * ancestors, in the plan's order, without lines or indicators.
   */
  {
    g_autofree char *sent = xml_test_export (project, NAP_XML_EXPORT_CONSULTATIONS_ONLY);
    const char *objectives = strstr (sent, "<objectives>");
    const char *end = strstr (sent, "</objectives>");
    g_autofree char *part = g_strndup (objectives, (gsize) (end - objectives));
    g_autoptr(GPtrArray) ids = uuids_in (part);

    g_assert_null (strstr (part, "<budget-line"));
    g_assert_null (strstr (part, "<indicator"));
    g_assert_cmpuint (ids->len, ==, G_N_ELEMENTS (order));
    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      g_assert_cmpstr (g_ptr_array_index (ids, i), ==, order[i]);
    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      g_free (order[i]);
  }
}

/* Runs @sql on the file directly, as another program could. */
static void
tamper (const char *path,
        const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static char *
export_file (const char  *path,
             GError     **error)
{
  g_autoptr(NapStore) store = nap_store_open (path, NAP_STORE_OPEN_READ_ONLY, error);
  g_autoptr(GOutputStream) out = NULL;

  if (store == NULL)
    return NULL;
  out = g_memory_output_stream_new_resizable ();
  if (!nap_xml_export_store (store, out, NAP_XML_EXPORT_ALL, error))
    return NULL;
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  g_output_stream_close (out, NULL, NULL);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

/* What a crafted file holds is written as the plan's objects show it, and
 * the file written reads back.
 */
static void
test_crafted_values (XmlFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = xml_fixture_path (fixture, "crafted.nap");
  g_autofree char *xml_path = xml_fixture_path (fixture, "crafted.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = nap_project_create (path, "Plan", "ML", "XOF", NULL, NULL, &error);
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(NapObjective) reread = NULL;
  NapObjective *pillar;
  NapActor *donor;
  NapBudgetLine *line;

  g_assert_no_error (error);
  donor = check (nap_project_add_actor (project, "Bailleur", NAP_ACTOR_KIND_DONOR, &error), error);
  pillar = check (nap_project_add_objective (project, NULL, -1, "Axe", &error), error);
  line = check (nap_project_add_budget_line (project, pillar, "Ligne", 100, "XOF", &error), error);
  g_assert_true (nap_project_set_int (project, NAP_RECORD (line), "funder-id",
                                      nap_record_get_id (NAP_RECORD (donor)), &error));
  g_assert_true (nap_project_set_int (project, NAP_RECORD (line), "year", 2025, &error));
  g_clear_object (&project);

  tamper (path,
          "PRAGMA ignore_check_constraints = ON;"
          "UPDATE objective SET status = 'bogus', title = CAST (X'41FF42' AS TEXT);"
          "UPDATE actor SET uuid = 'not-a-uuid';"
          "UPDATE budget_line SET year = 123456, quantity = -4;");

  xml = export_file (path, &error);
  g_assert_no_error (error);
  /* An unknown status is the default, bad UTF-8 is repaired, numbers out
   * of range are clamped, and a made-up UUID is the same everywhere.
   */
  g_assert_nonnull (strstr (xml, "<title>A\xef\xbf\xbd" "B</title>"));
  g_assert_nonnull (strstr (xml, "<status>planned</status>"));
  g_assert_nonnull (strstr (xml, "year=\"9999\""));
  g_assert_null (strstr (xml, "quantity="));
  g_assert_null (strstr (xml, "not-a-uuid"));
  got = uuids_in (xml);
  g_assert_cmpuint (got->len, ==, 5);
  for (guint i = 0; i < got->len; i++)
    g_assert_true (g_uuid_string_is_valid (g_ptr_array_index (got, i)));
  /* The actor, and the budget line's funder. */
  g_assert_cmpstr (g_ptr_array_index (got, 1), ==, g_ptr_array_index (got, 4));

  g_assert_true (g_file_set_contents (xml_path, xml, -1, NULL));
  g_assert_true (nap_xml_validate (xml_path, &error));
  g_assert_no_error (error);

  /* Open read-only, the plan shows the same; the file's structure is
   * checked, the values outside their CHECK are read as above.
   */
  project = nap_project_open (path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  reread = g_list_model_get_item (nap_project_get_objectives (project), 0);
  g_assert_cmpint (nap_objective_get_status (reread), ==, NAP_OBJECTIVE_STATUS_PLANNED);
  g_clear_object (&reread);
  g_clear_object (&project);

  /* For editing, the whole check refuses it: an edit of that row would
   * fail.
   */
  project = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_CORRUPT);
  g_assert_null (project);
}

/* A loop in the objective tree is refused, as opening the plan refuses it,
 * and an earlier export stays as it was.
 */
static void
test_loop (XmlFixture    *fixture,
           gconstpointer  data)
{
  g_autofree char *path = xml_fixture_path (fixture, "loop.nap");
  g_autofree char *xml_path = xml_fixture_path (fixture, "loop.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = nap_project_create (path, "Plan", "ML", "XOF", NULL, NULL, &error);
  g_autoptr(NapStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  NapObjective *pillar;

  g_assert_no_error (error);
  pillar = check (nap_project_add_objective (project, NULL, -1, "Axe", &error), error);
  check (nap_project_add_objective (project, pillar, -1, "Objectif", &error), error);
  check (nap_project_add_objective (project, NULL, -1, "Autre axe", &error), error);
  g_assert_true (nap_xml_export_to_file (project, xml_path, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);
  before = xml_test_read (xml_path);
  g_clear_object (&project);

  tamper (path, "UPDATE objective SET parent_id = (SELECT max (id) FROM objective WHERE title = 'Objectif')"
                " WHERE title = 'Axe'");

  store = nap_store_open (path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (nap_xml_export_store_to_file (store, xml_path, NAP_XML_EXPORT_ALL, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "loop.nap"));
  g_assert_nonnull (strstr (error->message, "its own ancestor"));
  after = xml_test_read (xml_path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/xml/export/order", test_order),
    NAP_TEST_CASE ("/xml/export/crafted-values", test_crafted_values),
    NAP_TEST_CASE ("/xml/export/loop", test_loop),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (XmlFixture, xml_fixture_set_up, xml_fixture_tear_down, cases);

  return g_test_run ();
}
