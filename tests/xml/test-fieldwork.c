/* test-fieldwork.c: a facilitator's sessions travel back to the team's plan
 *
 * Issue 5, item 8, across two project files: the team's plan A; B, a copy
 * made with Save As and carried to the field; two sessions logged in B,
 * exported as "consultations only" and merged into A, where the team went
 * on working in the meantime.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nap-summary.h"
#include "xml-test-common.h"

typedef struct
{
  XmlFixture base;
  char *team_path;
  char *field_path;
  char *exchange_path;
  NapProject *team;    /* A */
  NapProject *field;   /* B */
  /* UUIDs of A's records, as B has them too. */
  char *prevention;
  char *alert;         /* an objective under prevention */
  char *mediators;     /* an action under alert */
  char *participation;
  char *ministry;
} Field;

static void
check (gboolean  ok,
       GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (ok);
}

static gpointer
lookup (NapProject *project,
        const char *uuid)
{
  NapRecord *record = nap_project_lookup_uuid (project, uuid);

  g_assert_nonnull (record);
  return record;
}

static void
field_set_up (Field         *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NapObjective *prevention, *alert, *mediators, *participation;
  NapActor *ministry;

  xml_fixture_set_up (&f->base, data);
  f->team_path = xml_fixture_path (&f->base, "plan-a.nap");
  f->field_path = xml_fixture_path (&f->base, "plan-b.nap");
  f->exchange_path = xml_fixture_path (&f->base, "sessions-from-b.xml");

  f->team = nap_project_create (f->team_path, "Plan d’action national 1325", "ML", "XOF",
                                "2012-01-01", "2014-12-31", &error);
  g_assert_no_error (error);
  prevention = nap_test_add_objective (f->team, NULL, "Prévention");
  alert = nap_test_add_objective (f->team, prevention, "Alerte précoce");
  mediators = nap_test_add_objective (f->team, alert, "Former des médiatrices");
  participation = nap_test_add_objective (f->team, NULL, "Participation");
  nap_test_add_objective (f->team, participation, "Femmes dans les conseils communaux");
  ministry = nap_project_add_actor (f->team, "Ministère de la Promotion de la Femme",
                                    NAP_ACTOR_KIND_MINISTRY, &error);
  g_assert_no_error (error);
  check (nap_project_add_objective_actor (f->team, alert, NAP_ACTOR_ROLE_LEAD, ministry, &error), error);

  f->prevention = g_strdup (nap_record_get_uuid (NAP_RECORD (prevention)));
  f->alert = g_strdup (nap_record_get_uuid (NAP_RECORD (alert)));
  f->mediators = g_strdup (nap_record_get_uuid (NAP_RECORD (mediators)));
  f->participation = g_strdup (nap_record_get_uuid (NAP_RECORD (participation)));
  f->ministry = g_strdup (nap_record_get_uuid (NAP_RECORD (ministry)));

  /* The facilitator's copy: Save As moves the open project to B, so A is
   * opened again from its file, as the team would.
   */
  check (nap_project_save_as (f->team, f->field_path, &error), error);
  f->field = g_steal_pointer (&f->team);
  g_assert_cmpstr (nap_project_get_path (f->field), ==, f->field_path);
  f->team = nap_project_open (f->team_path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
field_tear_down (Field         *f,
                 gconstpointer  data)
{
  g_clear_object (&f->team);
  g_clear_object (&f->field);
  g_free (f->team_path);
  g_free (f->field_path);
  g_free (f->exchange_path);
  g_free (f->prevention);
  g_free (f->alert);
  g_free (f->mediators);
  g_free (f->participation);
  g_free (f->ministry);
  xml_fixture_tear_down (&f->base, data);
}

/* Two days in Mopti and a hearing in Bamako, logged in B. */
static void
log_sessions (Field *f)
{
  NapProject *b = f->field;
  g_autoptr(GError) error = NULL;
  NapConsultation *mopti, *bamako;
  NapRecommendation *r;
  NapActor *network;

  network = nap_project_add_actor (b, "Réseau des femmes de Mopti", NAP_ACTOR_KIND_CIVIL_SOCIETY, &error);
  g_assert_no_error (error);

  mopti = nap_project_add_consultation (b, "Atelier de Mopti", &error);
  g_assert_no_error (error);
  check (nap_project_set_string (b, NAP_RECORD (mopti), "start-date", "2012-04-03", &error), error);
  check (nap_project_set_string (b, NAP_RECORD (mopti), "end-date", "2012-04-05", &error), error);
  check (nap_project_set_string (b, NAP_RECORD (mopti), "region", "Mopti", &error), error);
  check (nap_project_set_int (b, NAP_RECORD (mopti), "women", 31, &error), error);
  check (nap_project_set_int (b, NAP_RECORD (mopti), "men", 12, &error), error);
  check (nap_project_set_int (b, NAP_RECORD (mopti), "other", 1, &error), error);
  check (nap_project_set_group_count (b, mopti, "Youth", 9, &error), error);
  check (nap_project_set_group_count (b, mopti, "Displaced persons", 14, &error), error);
  check (nap_project_add_organisation (b, mopti, lookup (b, f->ministry), &error), error);
  check (nap_project_add_organisation (b, mopti, network, &error), error);

  r = nap_project_add_recommendation (b, mopti, "Former des médiatrices dans chaque cercle.", &error);
  g_assert_no_error (error);
  check (nap_project_link_recommendation (b, r, lookup (b, f->mediators), TRUE, &error), error);
  check (nap_project_set_int (b, NAP_RECORD (r), "status", NAP_RESPONSE_ACCEPTED, &error), error);
  check (nap_project_set_string (b, NAP_RECORD (r), "response", "Action 1.1.1 du plan.", &error), error);
  r = nap_project_add_recommendation (b, mopti, "Un numéro vert pour les alertes.", &error);
  g_assert_no_error (error);
  check (nap_project_link_recommendation (b, r, lookup (b, f->alert), TRUE, &error), error);
  check (nap_project_link_recommendation (b, r, lookup (b, f->participation), TRUE, &error), error);

  bamako = nap_project_add_consultation (b, "Audition à Bamako", &error);
  g_assert_no_error (error);
  check (nap_project_set_string (b, NAP_RECORD (bamako), "start-date", "2012-05-10", &error), error);
  check (nap_project_set_int (b, NAP_RECORD (bamako), "format", NAP_CONSULTATION_FORMAT_HEARING, &error), error);
  check (nap_project_set_int (b, NAP_RECORD (bamako), "women", 20, &error), error);
  check (nap_project_set_group_count (b, bamako, "Youth", 4, &error), error);
  check (nap_project_add_organisation (b, bamako, network, &error), error);
  r = nap_project_add_recommendation (b, bamako, "Publier les réponses de l’équipe.", &error);
  g_assert_no_error (error);

  check (nap_xml_export_to_file (b, f->exchange_path, NAP_XML_EXPORT_CONSULTATIONS_ONLY, &error), error);
}

static NapMergeReport *
merge_into_team (Field *f)
{
  g_autoptr(GError) error = NULL;
  NapMergeReport *report = nap_xml_merge (f->team, f->exchange_path, FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static NapConsultation *
find_session (NapProject *project,
              const char *title)
{
  GListModel *sessions = nap_project_get_consultations (project);
  NapConsultation *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(NapConsultation) session = g_list_model_get_item (sessions, i);

      if (g_str_equal (nap_consultation_get_title (session), title))
        {
          g_assert_null (found); /* never twice */
          found = session;
        }
    }
  g_assert_nonnull (found);
  return found;
}

static guint
count_actors_named (NapProject *project,
                    const char *name)
{
  GListModel *actors = nap_project_get_actors (project);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(NapActor) actor = g_list_model_get_item (actors, i);

      n += g_str_equal (nap_actor_get_name (actor), name);
    }
  return n;
}

static void
assert_group (NapConsultation *session,
              guint            index,
              const char      *name,
              int              count)
{
  NapParticipantGroup *group;

  g_assert_cmpuint (nap_consultation_get_groups (session)->len, >, index);
  group = g_ptr_array_index (nap_consultation_get_groups (session), index);
  g_assert_cmpstr (group->name, ==, name);
  g_assert_cmpint (group->count, ==, count);
}

/* Everything B logged is in A once, linked to A's own objectives. */
static void
assert_sessions_arrived (Field      *f,
                         NapProject *a)
{
  NapConsultation *mopti = find_session (a, "Atelier de Mopti");
  NapConsultation *bamako = find_session (a, "Audition à Bamako");
  GListModel *recommendations = nap_consultation_get_recommendations (mopti);
  GListModel *organisations = nap_consultation_get_organisations (mopti);
  g_autoptr(NapRecommendation) first = NULL;
  g_autoptr(NapRecommendation) second = NULL;
  g_autoptr(NapActor) org = NULL;
  NapSummary summary;

  nap_summary_compute (a, &summary);
  g_assert_cmpuint (summary.consultations, ==, 2);
  g_assert_cmpuint (summary.recommendations, ==, 3);
  g_assert_cmpuint (summary.actors, ==, 2);
  g_assert_cmpuint (summary.objectives, ==, 5);
  g_assert_cmpuint (count_actors_named (a, "Réseau des femmes de Mopti"), ==, 1);

  g_assert_cmpstr (nap_consultation_get_start_date (mopti), ==, "2012-04-03");
  g_assert_cmpstr (nap_consultation_get_end_date (mopti), ==, "2012-04-05");
  g_assert_cmpstr (nap_consultation_get_region (mopti), ==, "Mopti");
  g_assert_cmpint (nap_consultation_get_women (mopti), ==, 31);
  g_assert_cmpint (nap_consultation_get_men (mopti), ==, 12);
  g_assert_cmpint (nap_consultation_get_other (mopti), ==, 1);
  g_assert_cmpuint (nap_consultation_get_groups (mopti)->len, ==, 2);
  assert_group (mopti, 0, "Youth", 9);
  assert_group (mopti, 1, "Displaced persons", 14);
  g_assert_cmpuint (g_list_model_get_n_items (organisations), ==, 2);
  org = g_list_model_get_item (organisations, 0);
  g_assert_true (NAP_RECORD (org) == lookup (a, f->ministry));
  g_clear_object (&org);
  org = g_list_model_get_item (organisations, 1);
  g_assert_cmpstr (nap_actor_get_name (org), ==, "Réseau des femmes de Mopti");

  g_assert_cmpint (nap_consultation_get_format (bamako), ==, NAP_CONSULTATION_FORMAT_HEARING);
  g_assert_cmpint (nap_consultation_get_participants (bamako), ==, 20);
  assert_group (bamako, 0, "Youth", 4);
  g_assert_cmpuint (g_list_model_get_n_items (nap_consultation_get_organisations (bamako)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (nap_consultation_get_recommendations (bamako)), ==, 1);

  /* The links point at A's objectives, found by UUID. */
  g_assert_cmpuint (g_list_model_get_n_items (recommendations), ==, 2);
  first = g_list_model_get_item (recommendations, 0);
  second = g_list_model_get_item (recommendations, 1);
  g_assert_cmpint (nap_recommendation_get_status (first), ==, NAP_RESPONSE_ACCEPTED);
  g_assert_cmpstr (nap_recommendation_get_response (first), ==, "Action 1.1.1 du plan.");
  g_assert_cmpuint (g_list_model_get_n_items (nap_recommendation_get_objectives (first)), ==, 1);
  {
    g_autoptr(NapObjective) concerned = g_list_model_get_item (nap_recommendation_get_objectives (first), 0);
    g_autoptr(GPtrArray) listed = nap_project_list_recommendations_for (a, lookup (a, f->mediators));

    g_assert_true (NAP_RECORD (concerned) == lookup (a, f->mediators));
    g_assert_cmpuint (listed->len, ==, 1);
    g_assert_cmpstr (nap_record_get_uuid (g_ptr_array_index (listed, 0)), ==,
                     nap_record_get_uuid (NAP_RECORD (first)));
  }
  g_assert_cmpuint (g_list_model_get_n_items (nap_recommendation_get_objectives (second)), ==, 2);
  {
    g_autoptr(GPtrArray) for_participation = nap_project_list_recommendations_for (a, lookup (a, f->participation));

    g_assert_cmpuint (for_participation->len, ==, 1);
    g_assert_true (g_ptr_array_index (for_participation, 0) == (gpointer) second);
  }
}

static void
test_sessions_travel_back (Field         *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(NapMergeReport) again = NULL;
  g_autoptr(NapProject) reopened = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *merged_again = NULL;
  g_autofree char *from_disk = NULL;

  log_sessions (f);

  report = merge_into_team (f);
  g_assert_true (nap_merge_report_get_applied (report));
  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_CONSULTATION), ==, 2);
  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_RECOMMENDATION), ==, 3);
  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_ACTOR), ==, 1);
  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_OBJECTIVE), ==, 0);
  assert_sessions_arrived (f, f->team);

  /* The same file again: nothing to add, nothing to change. */
  merged = xml_test_export (f->team, NAP_XML_EXPORT_ALL);
  again = merge_into_team (f);
  g_assert_true (nap_merge_report_is_empty (again));
  merged_again = xml_test_export (f->team, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (merged_again, ==, merged);
  assert_sessions_arrived (f, f->team);

  /* And it is all in A's file, not only in memory. */
  reopened = nap_project_open (f->team_path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  assert_sessions_arrived (f, reopened);
  from_disk = xml_test_export (reopened, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (from_disk, ==, merged);
}

/* While B was in the field, A's team renamed an objective that B's
 * recommendations concern, renamed the ministry and a level, and changed
 * the plan's title. B's copy still has the old values; its sessions must
 * not bring them back.
 */
static void
test_team_edits_survive (Field         *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  const char *levels[] = { "Axe", "Objectif", "Action", NULL };
  NapObjective *alert = lookup (f->team, f->alert);
  NapPlan *plan = nap_project_get_plan (f->team);

  check (nap_project_set_string (f->team, NAP_RECORD (alert), "title", "Alerte précoce et réponse rapide", &error), error);
  check (nap_project_set_int (f->team, NAP_RECORD (alert), "status", NAP_OBJECTIVE_STATUS_ONGOING, &error), error);
  check (nap_project_set_string (f->team, NAP_RECORD (lookup (f->team, f->ministry)), "name",
                                 "Ministère de la Femme, de l’Enfant et de la Famille", &error), error);
  check (nap_project_set_string (f->team, NAP_RECORD (plan), "title", "PAN 1325 (version validée)", &error), error);
  check (nap_project_set_level_names (f->team, levels, &error), error);
  check (nap_project_remove_objective_actor (f->team, alert, NAP_ACTOR_ROLE_LEAD,
                                             lookup (f->team, f->ministry), &error), error);

  log_sessions (f);
  report = merge_into_team (f);

  g_assert_cmpuint (nap_merge_report_get_n_updated (report, NAP_MERGE_KIND_OBJECTIVE), ==, 0);
  g_assert_cmpuint (nap_merge_report_get_n_updated (report, NAP_MERGE_KIND_ACTOR), ==, 0);
  g_assert_cmpuint (nap_merge_report_get_n_updated (report, NAP_MERGE_KIND_PLAN), ==, 0);
  g_assert_cmpuint (nap_merge_report_get_n_updated (report, NAP_MERGE_KIND_LEVEL), ==, 0);

  alert = lookup (f->team, f->alert);
  g_assert_cmpstr (nap_objective_get_title (alert), ==, "Alerte précoce et réponse rapide");
  g_assert_cmpint (nap_objective_get_status (alert), ==, NAP_OBJECTIVE_STATUS_ONGOING);
  g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_actors (alert, NAP_ACTOR_ROLE_LEAD)), ==, 0);
  g_assert_cmpstr (nap_actor_get_name (lookup (f->team, f->ministry)), ==,
                   "Ministère de la Femme, de l’Enfant et de la Famille");
  g_assert_cmpstr (nap_plan_get_title (nap_project_get_plan (f->team)), ==, "PAN 1325 (version validée)");
  g_assert_cmpstr (nap_project_get_level_name (f->team, 0), ==, "Axe");
  assert_sessions_arrived (f, f->team);
}

/* Objectives and actors the facilitator made in the field are new to A:
 * they arrive, once, where B had them.
 */
static void
test_new_records_arrive (Field         *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(NapMergeReport) again = NULL;
  NapObjective *shelters;
  NapConsultation *session;
  NapRecommendation *r;
  g_autofree char *uuid = NULL;
  GListModel *children;

  shelters = nap_test_add_objective (f->field, lookup (f->field, f->prevention), "Maisons d’accueil");
  uuid = g_strdup (nap_record_get_uuid (NAP_RECORD (shelters)));
  session = nap_project_add_consultation (f->field, "Groupe de discussion à Sévaré", &error);
  g_assert_no_error (error);
  r = nap_project_add_recommendation (f->field, session, "Ouvrir une maison d’accueil à Sévaré.", &error);
  g_assert_no_error (error);
  check (nap_project_link_recommendation (f->field, r, shelters, TRUE, &error), error);
  check (nap_xml_export_to_file (f->field, f->exchange_path, NAP_XML_EXPORT_CONSULTATIONS_ONLY, &error), error);

  report = merge_into_team (f);
  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_OBJECTIVE), ==, 1);
  children = nap_objective_get_children (lookup (f->team, f->prevention));
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 2);
  /* Under the pillar B put it under; where among its siblings follows the
   * merge's rule for a document that leaves siblings out.
   */
  {
    NapObjective *arrived = lookup (f->team, uuid);
    g_autoptr(GPtrArray) listed = nap_project_list_recommendations_for (f->team, arrived);

    g_assert_true (nap_objective_get_parent (arrived) == lookup (f->team, f->prevention));
    g_assert_cmpstr (nap_objective_get_title (arrived), ==, "Maisons d’accueil");
    g_assert_cmpuint (listed->len, ==, 1);
  }

  again = merge_into_team (f);
  g_assert_true (nap_merge_report_is_empty (again));
  g_assert_cmpuint (nap_project_count_objectives (f->team), ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/fieldwork/sessions-travel-back", test_sessions_travel_back),
    NAP_TEST_CASE ("/fieldwork/team-edits-survive", test_team_edits_survive),
    NAP_TEST_CASE ("/fieldwork/new-records-arrive", test_new_records_arrive),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Field, field_set_up, field_tear_down, cases);

  return g_test_run ();
}
