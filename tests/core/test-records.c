/* test-records.c: actors, indicators, budget lines, consultations and the
 * rules every field obeys
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "nap-error.h"
#include "nap-project.h"
#include "nap-test-util.h"

typedef NapTestAction Fixture;

static NapProject *
reopen (Fixture *fixture)
{
  return nap_test_reopen (fixture->path);
}

static char *
sql_text (Fixture    *fixture,
          const char *sql)
{
  return nap_test_sql_text (fixture->path, sql);
}

static void
test_actors_by_role (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NapActor *ministry;
  NapActor *ngo;

  ministry = nap_project_add_actor (fixture->project, "Ministère de la Promotion de la Femme",
                                    NAP_ACTOR_KIND_MINISTRY, &error);
  ngo = nap_project_add_actor (fixture->project, "WILDAF Mali", NAP_ACTOR_KIND_CIVIL_SOCIETY, &error);
  g_assert_no_error (error);

  g_assert_null (nap_project_add_actor (fixture->project, "   ", NAP_ACTOR_KIND_OTHER, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (nap_project_find_actor_by_name (fixture->project, "wildaf mali") == ngo);

  /* Implementers and monitors stay apart. */
  g_assert_true (nap_project_add_objective_actor (fixture->project, fixture->action,
                                                  NAP_ACTOR_ROLE_LEAD, ministry, &error));
  g_assert_true (nap_project_add_objective_actor (fixture->project, fixture->action,
                                                  NAP_ACTOR_ROLE_MONITOR, ngo, &error));
  g_assert_true (nap_project_add_objective_actor (fixture->project, fixture->action,
                                                  NAP_ACTOR_ROLE_MONITOR, ngo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_actors (fixture->action, NAP_ACTOR_ROLE_MONITOR)), ==, 1);

  {
    g_autoptr(NapProject) copy = reopen (fixture);
    g_autoptr(NapObjective) pillar = g_list_model_get_item (nap_project_get_objectives (copy), 0);
    g_autoptr(NapObjective) action = g_list_model_get_item (nap_objective_get_children (pillar), 0);
    g_autoptr(NapActor) lead = g_list_model_get_item (nap_objective_get_actors (action, NAP_ACTOR_ROLE_LEAD), 0);
    g_autoptr(NapActor) monitor = g_list_model_get_item (nap_objective_get_actors (action, NAP_ACTOR_ROLE_MONITOR), 0);

    g_assert_cmpstr (nap_actor_get_name (lead), ==, "Ministère de la Promotion de la Femme");
    g_assert_cmpint (nap_actor_get_kind (lead), ==, NAP_ACTOR_KIND_MINISTRY);
    g_assert_cmpstr (nap_actor_get_name (monitor), ==, "WILDAF Mali");
    g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_actors (action, NAP_ACTOR_ROLE_PARTNER)), ==, 0);
  }

  /* Deleting an actor takes it off every objective. */
  g_assert_true (nap_project_delete_record (fixture->project, NAP_RECORD (ngo), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_actors (fixture->action, NAP_ACTOR_ROLE_MONITOR)), ==, 0);
  {
    g_autoptr(NapProject) copy = reopen (fixture);
    g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_actors (copy)), ==, 1);
  }
}

static void
test_enums_stored_as_words (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  g_autofree char *funding = NULL;
  NapBudgetLine *line;

  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (fixture->action), "status",
                                      NAP_OBJECTIVE_STATUS_DELAYED, &error));
  line = nap_project_add_budget_line (fixture->project, fixture->action, "Lawyers' fees",
                                      25000000, NULL, &error);
  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (line), "status",
                                      NAP_FUNDING_STATUS_PLEDGED, &error));
  g_assert_no_error (error);

  /* The file reads on its own: words, not numbers. */
  status = sql_text (fixture, "SELECT status FROM objective WHERE title = 'Legal aid'");
  funding = sql_text (fixture, "SELECT status || ' ' || currency || ' ' || amount FROM budget_line");
  g_assert_cmpstr (status, ==, "delayed");
  g_assert_cmpstr (funding, ==, "pledged XOF 25000000");

  /* Not a value of the enumeration: refused. */
  g_assert_false (nap_project_set_int (fixture->project, NAP_RECORD (line), "status", 42, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_cmpint (nap_budget_line_get_status (line), ==, NAP_FUNDING_STATUS_PLEDGED);
}

static void
test_unknown_field_refused (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (nap_project_set_string (fixture->project, NAP_RECORD (fixture->action),
                                          "title; DROP TABLE objective", "x", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  /* Derived fields are not stored. */
  g_assert_false (nap_project_set_string (fixture->project, NAP_RECORD (fixture->action),
                                          "display-code", "9.9", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  /* Text that a user types, SQL included, is only ever data. */
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (fixture->action), "title",
                                         "x'); DROP TABLE objective; --", &error));
  g_assert_no_error (error);
  {
    g_autoptr(NapProject) copy = reopen (fixture);
    g_assert_cmpuint (nap_project_count_objectives (copy), ==, 2);
  }
}

static void
test_indicators (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NapIndicator *indicator;

  indicator = nap_project_add_indicator (fixture->project, fixture->action,
                                         "Women police officers in UN peacekeeping", &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (indicator), "baseline", "1 of 26", &error));
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (indicator), "verification",
                                         "UN peacekeeping statistics", &error));
  g_assert_nonnull (nap_project_add_indicator (fixture->project, fixture->action, "Second", &error));
  g_assert_no_error (error);

  {
    g_autoptr(NapProject) copy = reopen (fixture);
    g_autoptr(NapObjective) pillar = g_list_model_get_item (nap_project_get_objectives (copy), 0);
    g_autoptr(NapObjective) action = g_list_model_get_item (nap_objective_get_children (pillar), 0);
    g_autoptr(NapIndicator) first = g_list_model_get_item (nap_objective_get_indicators (action), 0);

    g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_indicators (action)), ==, 2);
    g_assert_cmpstr (nap_indicator_get_baseline (first), ==, "1 of 26");
    g_assert_cmpstr (nap_indicator_get_verification (first), ==, "UN peacekeeping statistics");
  }

  g_assert_true (nap_project_delete_record (fixture->project, NAP_RECORD (indicator), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_indicators (fixture->action)), ==, 1);
}

static void
test_budget_lines (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NapActor *donor;
  NapBudgetLine *line;

  donor = nap_project_add_actor (fixture->project, "European Union", NAP_ACTOR_KIND_DONOR, &error);
  line = nap_project_add_budget_line (fixture->project, fixture->action, "Training", 1250050, "EUR", &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (line), "funder-id",
                                      nap_record_get_id (NAP_RECORD (donor)), &error));
  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (line), "year", 2013, &error));
  g_assert_no_error (error);

  g_assert_null (nap_project_add_budget_line (fixture->project, fixture->action, "x", 1, "euro", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nap_project_set_int (fixture->project, NAP_RECORD (line), "year", 123456, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);

  /* Largest and smallest amounts survive exactly. */
  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (line), "amount", G_MAXINT64, &error));
  {
    g_autoptr(NapProject) copy = reopen (fixture);
    g_autoptr(NapObjective) pillar = g_list_model_get_item (nap_project_get_objectives (copy), 0);
    g_autoptr(NapObjective) action = g_list_model_get_item (nap_objective_get_children (pillar), 0);
    g_autoptr(NapBudgetLine) stored = g_list_model_get_item (nap_objective_get_budget_lines (action), 0);

    g_assert_cmpint (nap_budget_line_get_amount (stored), ==, G_MAXINT64);
    g_assert_cmpstr (nap_budget_line_get_currency (stored), ==, "EUR");
    g_assert_cmpint (nap_budget_line_get_year (stored), ==, 2013);
    g_assert_cmpint (nap_budget_line_get_funder_id (stored), ==, nap_record_get_id (NAP_RECORD (donor)));
  }

  /* A deleted funder leaves the line without one. */
  g_assert_true (nap_project_delete_record (fixture->project, NAP_RECORD (donor), &error));
  g_assert_cmpint (nap_budget_line_get_funder_id (line), ==, 0);
  {
    g_autofree char *funder = sql_text (fixture, "SELECT coalesce (funder_id, 'none') FROM budget_line");
    g_assert_cmpstr (funder, ==, "none");
  }
}

static void
test_consultations (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NapConsultation *session;
  NapRecommendation *recommendation;
  NapActor *ngo;
  g_autoptr(GPtrArray) concerning = NULL;

  session = nap_project_add_consultation (fixture->project, "Atelier de Mopti", &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (session), "start-date", "2011-11-14", &error));
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (session), "region", "ML-5", &error));
  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (session), "women", 34, &error));
  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (session), "men", 12, &error));
  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (session), "format",
                                      NAP_CONSULTATION_FORMAT_FOCUS_GROUP, &error));
  g_assert_true (nap_project_set_group_count (fixture->project, session, "Displaced persons", 9, &error));
  g_assert_true (nap_project_set_group_count (fixture->project, session, "Youth", 15, &error));
  g_assert_true (nap_project_set_group_count (fixture->project, session, "Youth", 16, &error));
  g_assert_no_error (error);

  /* No negative counts. */
  g_assert_false (nap_project_set_int (fixture->project, NAP_RECORD (session), "other", -1, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nap_project_set_group_count (fixture->project, session, "Youth", -3, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);

  ngo = nap_project_add_actor (fixture->project, "Réseau des femmes de Mopti", NAP_ACTOR_KIND_CIVIL_SOCIETY, &error);
  g_assert_true (nap_project_add_organisation (fixture->project, session, ngo, &error));
  recommendation = nap_project_add_recommendation (fixture->project, session,
                                                   "Open legal aid desks in every cercle", &error);
  g_assert_true (nap_project_link_recommendation (fixture->project, recommendation, fixture->action, TRUE, &error));
  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (recommendation), "status",
                                      NAP_RESPONSE_PARTLY_ACCEPTED, &error));
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (recommendation), "response",
                                         "Desks in the regional capitals first", &error));
  g_assert_no_error (error);

  concerning = nap_project_list_recommendations_for (fixture->project, fixture->action);
  g_assert_cmpuint (concerning->len, ==, 1);
  g_assert_true (g_ptr_array_index (concerning, 0) == recommendation);
  g_assert_true (nap_recommendation_get_consultation (recommendation) == session);
  g_assert_cmpint (nap_consultation_get_participants (session), ==, 46);

  {
    g_autoptr(NapProject) copy = reopen (fixture);
    g_autoptr(NapConsultation) c = g_list_model_get_item (nap_project_get_consultations (copy), 0);
    g_autoptr(NapRecommendation) r = g_list_model_get_item (nap_consultation_get_recommendations (c), 0);
    g_autoptr(NapActor) org = g_list_model_get_item (nap_consultation_get_organisations (c), 0);
    GPtrArray *groups = nap_consultation_get_groups (c);
    NapParticipantGroup *youth;

    g_assert_cmpstr (nap_consultation_get_title (c), ==, "Atelier de Mopti");
    g_assert_cmpstr (nap_consultation_get_region (c), ==, "ML-5");
    g_assert_cmpint (nap_consultation_get_format (c), ==, NAP_CONSULTATION_FORMAT_FOCUS_GROUP);
    g_assert_cmpint (nap_consultation_get_women (c), ==, 34);
    g_assert_cmpuint (groups->len, ==, 2);
    youth = g_ptr_array_index (groups, 1);
    g_assert_cmpstr (youth->name, ==, "Youth");
    g_assert_cmpint (youth->count, ==, 16);
    g_assert_cmpstr (nap_actor_get_name (org), ==, "Réseau des femmes de Mopti");
    g_assert_cmpint (nap_recommendation_get_status (r), ==, NAP_RESPONSE_PARTLY_ACCEPTED);
    g_assert_cmpstr (nap_recommendation_get_response (r), ==, "Desks in the regional capitals first");
    g_assert_cmpuint (g_list_model_get_n_items (nap_recommendation_get_objectives (r)), ==, 1);
    g_assert_true (nap_recommendation_get_consultation (r) == c);
  }

  /* Deleting the session deletes what it said. */
  g_assert_true (nap_project_delete_record (fixture->project, NAP_RECORD (session), &error));
  g_assert_no_error (error);
  g_clear_pointer (&concerning, g_ptr_array_unref);
  concerning = nap_project_list_recommendations_for (fixture->project, fixture->action);
  g_assert_cmpuint (concerning->len, ==, 0);
  {
    g_autofree char *left = sql_text (fixture, "SELECT count(*) FROM recommendation");
    g_assert_cmpstr (left, ==, "0");
  }
}

static void
test_exchange_rates_and_references (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (nap_project_set_exchange_rate (fixture->project, "EUR", "655.957", "1999-01-01", &error));
  g_assert_nonnull (nap_project_set_exchange_rate (fixture->project, "USD", "600", NULL, &error));
  g_assert_nonnull (nap_project_set_exchange_rate (fixture->project, "USD", "590.5", "2013-06-01", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_exchange_rates (fixture->project)), ==, 2);

  for (guint i = 0; i < 4; i++)
    {
      const char *bad[] = { "-1", "0", "1,5", "abc" };

      g_assert_null (nap_project_set_exchange_rate (fixture->project, "GBP", bad[i], NULL, &error));
      g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
      g_clear_error (&error);
    }

  g_assert_nonnull (nap_project_add_reference (fixture->project, "Mali NAP 2012-2014 (English translation)",
                                               "https://www.wpsnaps.org/app/uploads/2019/09/Mali-NAP-2012-2014-English-translation-DP160100212.pdf",
                                               &error));
  g_assert_no_error (error);

  {
    g_autoptr(NapProject) copy = reopen (fixture);
    g_autoptr(NapExchangeRate) usd = g_list_model_get_item (nap_project_get_exchange_rates (copy), 1);
    g_autoptr(NapReference) reference = g_list_model_get_item (nap_project_get_references (copy), 0);

    g_assert_cmpstr (nap_exchange_rate_get_currency (usd), ==, "USD");
    g_assert_cmpstr (nap_exchange_rate_get_rate (usd), ==, "590.5");
    g_assert_cmpstr (nap_exchange_rate_get_set_on (usd), ==, "2013-06-01");
    g_assert_cmpstr (nap_reference_get_title (reference), ==, "Mali NAP 2012-2014 (English translation)");
  }
}

static void
test_levels (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Axe", "Objectif", "Résultat", "Activité", NULL };
  const char *none[] = { NULL };
  const char *blank[] = { "Axe", " ", NULL };

  g_assert_true (nap_project_set_level_names (fixture->project, names, &error));
  g_assert_no_error (error);
  g_assert_false (nap_project_set_level_names (fixture->project, none, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nap_project_set_level_names (fixture->project, blank, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);

  {
    g_autoptr(NapProject) copy = reopen (fixture);

    g_assert_cmpuint (nap_project_get_n_levels (copy), ==, 4);
    g_assert_cmpstr (nap_project_get_level_name (copy, 2), ==, "Résultat");
  }
}

static void
test_failed_batch_changes_nothing (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_true (nap_project_begin_batch (fixture->project, &error));
  ok = nap_project_add_objective (fixture->project, NULL, -1, "Participation", &error) != NULL
       && nap_project_add_actor (fixture->project, "UN Women", NAP_ACTOR_KIND_UN_BODY, &error) != NULL
       && nap_project_set_string (fixture->project, NAP_RECORD (fixture->action), "end-date", "not a date", &error);
  g_assert_false (ok);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_false (nap_project_end_batch (fixture->project, ok, NULL));

  /* Neither the file nor what is shown kept any part of it. */
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_objectives (fixture->project)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_actors (fixture->project)), ==, 0);
  {
    g_autoptr(NapProject) copy = reopen (fixture);
    g_assert_cmpuint (nap_project_count_objectives (copy), ==, 2);
    g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_actors (copy)), ==, 0);
  }
  /* And the project goes on working. */
  g_assert_nonnull (nap_project_add_objective (fixture->project, NULL, -1, "Participation", NULL));
}

/* Each record class is the one description of its table: every field it
 * stores is a column of a new file, and every column of the table but id
 * and uuid is one of its fields, so nothing a user types is lost on the
 * way to the file and back, and a field added without its migration (or
 * a migration without its field) fails here.
 */
static void
test_columns_match_schema (Fixture       *fixture,
                           gconstpointer  data)
{
  GType types[] = {
    NAP_TYPE_PLAN, NAP_TYPE_EXCHANGE_RATE, NAP_TYPE_REFERENCE, NAP_TYPE_ACTOR,
    NAP_TYPE_OBJECTIVE, NAP_TYPE_INDICATOR, NAP_TYPE_BUDGET_LINE,
    NAP_TYPE_CONSULTATION, NAP_TYPE_RECOMMENDATION,
  };
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[t]);
      NapRecordClass *record_class = NAP_RECORD_CLASS (klass);
      g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s')", record_class->table);
      sqlite3_stmt *stmt = NULL;
      GParamSpec **fields;
      guint n_fields;
      guint n_stored = 0;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_finalize (stmt);
      g_assert_true (g_hash_table_remove (columns, "id"));
      g_assert_true (g_hash_table_remove (columns, "uuid"));

      fields = nap_record_class_list_fields (record_class, &n_fields);
      for (guint i = 0; i < n_fields; i++)
        {
          g_autofree char *column = nap_record_column_name (fields[i]);

          if (fields[i]->flags & NAP_PARAM_DERIVED)
            {
              g_assert_false (g_hash_table_contains (columns, column));
              continue;
            }
          if (!g_hash_table_contains (columns, column))
            g_error ("%s has no column %s for the field %s", record_class->table, column, fields[i]->name);
          n_stored++;
        }
      g_assert_cmpuint (n_stored, ==, g_hash_table_size (columns));
    }
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/records/actors-by-role", test_actors_by_role),
    NAP_TEST_CASE ("/records/enums-stored-as-words", test_enums_stored_as_words),
    NAP_TEST_CASE ("/records/unknown-field-refused", test_unknown_field_refused),
    NAP_TEST_CASE ("/records/indicators", test_indicators),
    NAP_TEST_CASE ("/records/budget-lines", test_budget_lines),
    NAP_TEST_CASE ("/records/consultations", test_consultations),
    NAP_TEST_CASE ("/records/exchange-rates-and-references", test_exchange_rates_and_references),
    NAP_TEST_CASE ("/records/levels", test_levels),
    NAP_TEST_CASE ("/records/failed-batch-changes-nothing", test_failed_batch_changes_nothing),
    NAP_TEST_CASE ("/records/columns-match-schema", test_columns_match_schema),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, nap_test_action_set_up, nap_test_action_tear_down, cases);

  return g_test_run ();
}
