/* test-xml-merge.c: folding a NAP XML file into an open plan
 *
 * The facilitator's case throughout: the drafting team and a facilitator
 * each import the same XML (so their plans share every UUID); the
 * facilitator records consultations offline, exports, and the team merges.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "xml-test-common.h"

typedef struct
{
  XmlFixture base;
  char *team_path;
  char *facilitator_path;
  char *exchange_path;       /* what the facilitator sends back */
  NapProject *team;
  NapProject *facilitator;
} MergeFixture;

static void
merge_set_up (MergeFixture  *fixture,
              gconstpointer  data)
{
  g_autofree char *source = xml_test_source_path ("tests", "fixtures", "small-plan.xml", NULL);

  xml_fixture_set_up (&fixture->base, data);
  fixture->team_path = xml_fixture_path (&fixture->base, "team.nap");
  fixture->facilitator_path = xml_fixture_path (&fixture->base, "facilitator.nap");
  fixture->exchange_path = xml_fixture_path (&fixture->base, "from-mopti.xml");
  fixture->team = xml_test_import (source, fixture->team_path);
  fixture->facilitator = xml_test_import (source, fixture->facilitator_path);
}

static void
merge_tear_down (MergeFixture  *fixture,
                 gconstpointer  data)
{
  g_clear_object (&fixture->team);
  g_clear_object (&fixture->facilitator);
  g_free (fixture->team_path);
  g_free (fixture->facilitator_path);
  g_free (fixture->exchange_path);
  xml_fixture_tear_down (&fixture->base, data);
}

static NapObjective *
find_objective (NapProject *project,
                const char *uuid)
{
  NapRecord *record = nap_project_lookup_uuid (project, uuid);

  g_assert_true (NAP_IS_OBJECTIVE (record));
  return NAP_OBJECTIVE (record);
}

#define PILLAR "5f81cb95-3b0c-47e9-8753-1e90801ed7d5"
#define ACTION "f30c961f-77ee-4e62-9a5b-821880c801bf"

/* What the facilitator does in Mopti: a new partner organisation, a
 * session, and a recommendation on the existing action.
 */
static void
record_session (MergeFixture *fixture)
{
  NapProject *project = fixture->facilitator;
  g_autoptr(GError) error = NULL;
  NapActor *association;
  NapConsultation *session;
  NapRecommendation *recommendation;

  association = nap_project_add_actor (project, "Association des femmes de Sévaré", NAP_ACTOR_KIND_CIVIL_SOCIETY, &error);
  g_assert_no_error (error);
  session = nap_project_add_consultation (project, "Focus group à Sévaré", &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_set_string (project, NAP_RECORD (session), "start-date", "2025-02-03", &error));
  g_assert_true (nap_project_set_int (project, NAP_RECORD (session), "women", 18, &error));
  g_assert_true (nap_project_set_group_count (project, session, "jeunes filles", 6, &error));
  g_assert_true (nap_project_add_organisation (project, session, association, &error));
  recommendation = nap_project_add_recommendation (project, session, "Prévoir une garderie pendant les formations.", &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_link_recommendation (project, recommendation,
                                                  find_objective (project, ACTION), TRUE, &error));
  g_assert_no_error (error);

  g_assert_true (nap_xml_export_to_file (project, fixture->exchange_path, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);
}

static NapMergeReport *
merge (MergeFixture *fixture,
       gboolean      dry_run)
{
  g_autoptr(GError) error = NULL;
  NapMergeReport *report = nap_xml_merge (fixture->team, fixture->exchange_path, dry_run, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (nap_merge_report_get_applied (report) == !dry_run);
  return report;
}

static gboolean
has_line (NapMergeReport *report,
          const char     *fragment)
{
  for (const char * const *line = nap_merge_report_get_lines (report); *line != NULL; line++)
    if (strstr (*line, fragment) != NULL)
      return TRUE;
  return FALSE;
}

/* Merging @path into the team's plan, as a preview or for real, is
 * refused as bad XML and leaves the plan as it was. Returns the refusal.
 */
static char *
merge_refused (MergeFixture *fixture,
               const char   *path,
               gboolean      dry_run)
{
  g_autofree char *before = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NapMergeReport) report = nap_xml_merge (fixture->team, path, dry_run, &error);

  g_assert_null (report);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_XML);
  after = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (after, ==, before);
  return g_strdup (error->message);
}

static void
test_facilitator (MergeFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(GPtrArray) recommendations = NULL;
  g_autofree char *team_export = NULL;
  g_autofree char *facilitator_export = NULL;
  NapRecommendation *recommendation;
  NapConsultation *session;
  NapActor *organisation;
  guint n_actors = g_list_model_get_n_items (nap_project_get_actors (fixture->team));
  guint n_objectives = nap_project_count_objectives (fixture->team);

  record_session (fixture);
  report = merge (fixture, FALSE);

  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_ACTOR), ==, 1);
  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_CONSULTATION), ==, 1);
  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_RECOMMENDATION), ==, 1);
  g_assert_cmpuint (nap_merge_report_get_total_added (report), ==, 3);
  g_assert_cmpuint (nap_merge_report_get_total_updated (report), ==, 0);
  g_assert_true (has_line (report, "New consultation “Focus group à Sévaré”."));
  g_assert_true (has_line (report, "New actor “Association des femmes de Sévaré”."));
  g_assert_true (has_line (report, "New recommendation “Prévoir une garderie pendant les formations.” from the consultation “Focus group à Sévaré”."));

  /* The session, its recommendation and its link are in the team's plan,
   * in memory and in the file; nothing is duplicated.
   */
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_actors (fixture->team)), ==, n_actors + 1);
  g_assert_cmpuint (nap_project_count_objectives (fixture->team), ==, n_objectives);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (fixture->team)), ==, 2);
  recommendations = nap_project_list_recommendations_for (fixture->team, find_objective (fixture->team, ACTION));
  g_assert_cmpuint (recommendations->len, ==, 2);
  recommendation = g_ptr_array_index (recommendations, 1);
  g_assert_cmpstr (nap_recommendation_get_text (recommendation), ==, "Prévoir une garderie pendant les formations.");
  session = nap_recommendation_get_consultation (recommendation);
  g_assert_cmpstr (nap_consultation_get_start_date (session), ==, "2025-02-03");
  g_assert_cmpint (nap_consultation_get_women (session), ==, 18);
  organisation = g_list_model_get_item (nap_consultation_get_organisations (session), 0);
  g_assert_cmpstr (nap_actor_get_name (organisation), ==, "Association des femmes de Sévaré");
  g_object_unref (organisation);

  /* Both plans are now the same plan, byte for byte. */
  team_export = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  facilitator_export = xml_test_export (fixture->facilitator, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (team_export, ==, facilitator_export);

  /* And so is the file, read again. */
  g_clear_object (&fixture->team);
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *reopened = NULL;

    fixture->team = nap_project_open (fixture->team_path, NAP_STORE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    reopened = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
    g_assert_cmpstr (reopened, ==, facilitator_export);
  }
}

static void
test_twice (MergeFixture  *fixture,
            gconstpointer  data)
{
  g_autoptr(NapMergeReport) first = NULL;
  g_autoptr(NapMergeReport) second = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  record_session (fixture);
  first = merge (fixture, FALSE);
  g_assert_false (nap_merge_report_is_empty (first));

  before = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  second = merge (fixture, FALSE);
  g_assert_cmpuint (nap_merge_report_get_total_added (second), ==, 0);
  g_assert_cmpuint (nap_merge_report_get_total_updated (second), ==, 0);
  g_assert_true (nap_merge_report_is_empty (second));
  g_assert_null (nap_merge_report_get_lines (second)[0]);
  after = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (after, ==, before);
}

static void
test_preview (MergeFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(NapMergeReport) preview = NULL;
  g_autoptr(NapMergeReport) done = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *file_before = xml_test_read (fixture->team_path);
  g_autofree char *file_after = NULL;
  const char * const *preview_lines;
  const char * const *done_lines;

  record_session (fixture);
  before = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  preview = merge (fixture, TRUE);
  after = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  file_after = xml_test_read (fixture->team_path);

  /* A preview writes nothing, and says what the merge then does. */
  g_assert_cmpstr (after, ==, before);
  g_assert_true (memcmp (file_after, file_before, 4096) == 0);
  done = merge (fixture, FALSE);
  for (guint kind = 0; kind < NAP_N_MERGE_KINDS; kind++)
    {
      g_assert_cmpuint (nap_merge_report_get_n_added (preview, kind), ==, nap_merge_report_get_n_added (done, kind));
      g_assert_cmpuint (nap_merge_report_get_n_updated (preview, kind), ==, nap_merge_report_get_n_updated (done, kind));
    }
  preview_lines = nap_merge_report_get_lines (preview);
  done_lines = nap_merge_report_get_lines (done);
  g_assert_cmpstrv (preview_lines, done_lines);
}

/* A file with a dangling reference is refused before the plan is touched. */
static void
test_dangling (MergeFixture  *fixture,
               gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GString) broken = NULL;
  g_autoptr(GError) error = NULL;

  record_session (fixture);
  contents = xml_test_read (fixture->exchange_path);
  broken = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (broken, "<concerns objective=\"" ACTION,
                                      "<concerns objective=\"00000000-0000-4000-8000-000000000000", 0), ==, 2);
  g_assert_true (g_file_set_contents (fixture->exchange_path, broken->str, -1, &error));

  message = merge_refused (fixture, fixture->exchange_path, FALSE);
  g_assert_nonnull (strstr (message, "no objective in the document has the id 00000000-0000-4000-8000-000000000000"));
}

/* A merge that fails after it has written (here: the commit, while another
 * program reads the file) rolls all of it back, in the file and in memory.
 */
static void
test_rollback (MergeFixture  *fixture,
               gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  sqlite3 *reader = NULL;
  sqlite3_stmt *stmt = NULL;
  NapPlan *plan;

  record_session (fixture);
  plan = nap_project_get_plan (fixture->facilitator);
  g_assert_true (nap_project_set_string (fixture->facilitator, NAP_RECORD (plan), "title", "Titre modifié", &error));
  g_assert_true (nap_xml_export_to_file (fixture->facilitator, fixture->exchange_path, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);

  before = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);

  /* A reader in the middle of a read transaction blocks the commit. */
  g_assert_cmpint (sqlite3_open_v2 (fixture->team_path, &reader, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (reader, "SELECT title FROM objective", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  report = nap_xml_merge (fixture->team, fixture->exchange_path, FALSE, &error);
  g_assert_null (report);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_IN_USE);
  g_clear_error (&error);

  sqlite3_finalize (stmt);
  sqlite3_close (reader);

  after = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (nap_plan_get_title (nap_project_get_plan (fixture->team)), !=, "Titre modifié");

  g_clear_object (&fixture->team);
  fixture->team = nap_project_open (fixture->team_path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_free (after);
  after = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (after, ==, before);
}

static void
test_other_plan (MergeFixture  *fixture,
                 gconstpointer  data)
{
  g_autofree char *mali = xml_test_source_path ("data", "examples", "mali-2012-2014.xml", NULL);
  g_autofree char *preview = merge_refused (fixture, mali, TRUE);

  g_assert_true (g_str_has_prefix (preview, "“mali-2012-2014.xml”, line 2: the file holds another plan (“Mali National Action Plan"));
  g_free (merge_refused (fixture, mali, FALSE));
}

/* The document's values win; the team's work that the copy lacks stays;
 * the team's restructuring is not undone by a stale copy.
 */
static void
test_updates_and_places (MergeFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(NapConsultation) session = NULL;
  g_autoptr(NapRecommendation) recommendation = NULL;
  NapObjective *pillar, *action, *second, *first_new, *team_pillar;
  NapIndicator *team_indicator;
  g_autofree char *team_pillar_uuid = NULL;
  g_autofree char *team_indicator_uuid = NULL;

  /* The facilitator: the response to a recommendation, and two new actions
   * under the pillar, one before and one after the existing action.
   */
  session = g_list_model_get_item (nap_project_get_consultations (fixture->facilitator), 0);
  recommendation = g_list_model_get_item (nap_consultation_get_recommendations (session), 0);
  g_assert_true (nap_project_set_int (fixture->facilitator, NAP_RECORD (recommendation), "status",
                                      NAP_RESPONSE_PARTLY_ACCEPTED, &error));
  g_assert_true (nap_project_set_string (fixture->facilitator, NAP_RECORD (recommendation), "response",
                                         "Only the travel.", &error));
  pillar = find_objective (fixture->facilitator, PILLAR);
  g_assert_nonnull (nap_project_add_objective (fixture->facilitator, pillar, 0, "Before", &error));
  second = nap_project_add_objective (fixture->facilitator, pillar, -1, "After", &error);
  g_assert_no_error (error);
  g_assert_nonnull (nap_project_add_objective (fixture->facilitator, second, -1, "Under after", &error));
  g_assert_true (nap_xml_export_to_file (fixture->facilitator, fixture->exchange_path, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);

  /* The team meanwhile: a second pillar that the action moves to, and an
   * indicator.
   */
  team_pillar = nap_project_add_objective (fixture->team, NULL, -1, "Team pillar", &error);
  g_assert_no_error (error);
  action = find_objective (fixture->team, ACTION);
  g_assert_true (nap_project_move_objective (fixture->team, action, team_pillar, 0, &error));
  team_indicator = nap_project_add_indicator (fixture->team, action, "Team indicator", &error);
  g_assert_no_error (error);
  /* The merge reads the plan again: keep the ids, not the objects. */
  team_pillar_uuid = g_strdup (nap_record_get_uuid (NAP_RECORD (team_pillar)));
  team_indicator_uuid = g_strdup (nap_record_get_uuid (NAP_RECORD (team_indicator)));

  report = merge (fixture, FALSE);
  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_OBJECTIVE), ==, 3);
  g_assert_cmpuint (nap_merge_report_get_n_updated (report, NAP_MERGE_KIND_RECOMMENDATION), ==, 1);
  g_assert_cmpuint (nap_merge_report_get_total_updated (report), ==, 1);
  g_assert_true (has_line (report, "New objective “Before” under 1 Participation and representation."));
  g_assert_true (has_line (report, "New objective “Under after” under “After”."));
  g_assert_true (has_line (report, "The recommendation “Hold the training close to the participants' villages and p…” changes: status, response."));

  /* The action stays where the team put it, with the team's indicator. */
  action = find_objective (fixture->team, ACTION);
  team_pillar = find_objective (fixture->team, team_pillar_uuid);
  g_assert_true (nap_objective_get_parent (action) == team_pillar);
  g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_indicators (action)), ==, 2);
  team_indicator = NAP_INDICATOR (nap_project_lookup_uuid (fixture->team, team_indicator_uuid));
  g_assert_nonnull (team_indicator);
  g_assert_cmpstr (nap_indicator_get_title (team_indicator), ==, "Team indicator");

  /* The new actions are under the pillar, in the facilitator's order. */
  pillar = find_objective (fixture->team, PILLAR);
  g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_children (pillar)), ==, 2);
  first_new = g_list_model_get_item (nap_objective_get_children (pillar), 0);
  g_assert_cmpstr (nap_objective_get_title (first_new), ==, "Before");
  g_assert_cmpstr (nap_objective_get_display_code (first_new), ==, "1.1");
  g_object_unref (first_new);
  second = g_list_model_get_item (nap_objective_get_children (pillar), 1);
  g_assert_cmpstr (nap_objective_get_title (second), ==, "After");
  g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_children (second)), ==, 1);
  g_object_unref (second);

  {
    NapRecommendation *merged = NAP_RECOMMENDATION (nap_project_lookup_uuid (fixture->team, "f4fa502e-72ea-47e3-b061-0846af48c499"));

    g_assert_cmpint (nap_recommendation_get_status (merged), ==, NAP_RESPONSE_PARTLY_ACCEPTED);
    g_assert_cmpstr (nap_recommendation_get_response (merged), ==, "Only the travel.");
  }
}

/* An id that names another kind of record in the plan is refused. */
static void
test_kind_mismatch (MergeFixture  *fixture,
                    gconstpointer  data)
{
  g_autofree char *contents = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  g_autoptr(GString) changed = g_string_new (contents);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* The pillar gets a new id, and an actor takes the pillar's. */
  g_assert_cmpuint (g_string_replace (changed, PILLAR, "aaaaaaaa-3b0c-47e9-8753-1e90801ed7d5", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (changed, "11d95178-50d6-45c1-9652-f35134a89594", PILLAR, 0), ==, 2);
  g_assert_true (g_file_set_contents (fixture->exchange_path, changed->str, -1, &error));

  message = merge_refused (fixture, fixture->exchange_path, TRUE);
  g_assert_cmpstr (message, ==,
                   "“from-mopti.xml”, line 18: the id " PILLAR " belongs to another kind of record in this plan.");
}

/* A consultations-only file carries the sessions and what they point at,
 * is a valid document, and merging it into the plan it came from changes
 * nothing.
 */
static void
test_consultations_only (MergeFixture  *fixture,
                         gconstpointer  data)
{
  g_autofree char *full_path = xml_fixture_path (&fixture->base, "full.nap");
  g_autoptr(NapProject) full = xml_test_full_plan (full_path);
  g_autofree char *copy_path = xml_fixture_path (&fixture->base, "copy.nap");
  g_autofree char *full_xml = xml_fixture_path (&fixture->base, "full.xml");
  g_autoptr(NapProject) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *partial = NULL;

  g_assert_true (nap_xml_export_to_file (full, full_xml, NAP_XML_EXPORT_ALL, &error));
  copy = xml_test_import (full_xml, copy_path);
  before = xml_test_export (copy, NAP_XML_EXPORT_ALL);

  g_assert_true (nap_xml_export_to_file (full, fixture->exchange_path, NAP_XML_EXPORT_CONSULTATIONS_ONLY, &error));
  g_assert_no_error (error);
  g_assert_true (nap_xml_validate (fixture->exchange_path, &error));
  g_assert_no_error (error);

  partial = xml_test_read (fixture->exchange_path);
  g_assert_null (strstr (partial, "<budget-line"));
  g_assert_null (strstr (partial, "<indicator"));
  g_assert_null (strstr (partial, "Sans description"));   /* concerned by nothing */
  g_assert_nonnull (strstr (partial, "<title>Former 50 médiatrices à Mopti</title>"));  /* concerned */
  g_assert_nonnull (strstr (partial, "<title>تعزيز مشاركة المرأة</title>"));  /* its ancestor */
  g_assert_nonnull (strstr (partial, "<title>Participation</title>"));
  g_assert_nonnull (strstr (partial, "<title>Contribution écrite</title>"));
  g_assert_nonnull (strstr (partial, "<actor id="));
  g_assert_nonnull (strstr (partial, "<level depth=\"3\" name=\"Action\"/>"));

  report = nap_xml_merge (copy, fixture->exchange_path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (nap_merge_report_is_empty (report));
  after = xml_test_export (copy, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (after, ==, before);
}

static void
test_read_only (MergeFixture  *fixture,
                gconstpointer  data)
{
  g_autoptr(NapProject) reader = NULL;
  g_autoptr(NapMergeReport) preview = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;

  record_session (fixture);
  g_clear_object (&fixture->team);
  reader = nap_project_open (fixture->team_path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  /* A read-only plan can show what a merge would do, not do it. */
  preview = nap_xml_merge (reader, fixture->exchange_path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nap_merge_report_get_total_added (preview), ==, 3);
  report = nap_xml_merge (reader, fixture->exchange_path, FALSE, &error);
  g_assert_null (report);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (reader)), ==, 1);
}

/* A new objective may not end up deeper than the tree allows, counted
 * where its parent is in the team's plan, not in the file.
 */
static void
test_too_deep (MergeFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = NULL;
  NapObjective *parent;
  NapObjective *middle;

  /* The facilitator: six levels under the action, which is at depth 1:
   * eight levels in her copy, the most there can be.
   */
  parent = find_objective (fixture->facilitator, ACTION);
  for (guint i = 0; i < 6; i++)
    {
      parent = nap_project_add_objective (fixture->facilitator, parent, -1, "Deeper", &error);
      g_assert_no_error (error);
    }
  g_assert_true (nap_xml_export_to_file (fixture->facilitator, fixture->exchange_path, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);

  /* The team puts the action one level down. */
  middle = nap_project_add_objective (fixture->team, find_objective (fixture->team, PILLAR), -1, "Middle", &error);
  g_assert_true (nap_project_move_objective (fixture->team, find_objective (fixture->team, ACTION), middle, 0, &error));
  g_assert_no_error (error);

  preview = merge_refused (fixture, fixture->exchange_path, TRUE);
  g_assert_nonnull (strstr (preview, "the new objective “Deeper” would be more than 8 levels deep in this plan."));
  g_free (merge_refused (fixture, fixture->exchange_path, FALSE));
}

/* A rate made on each copy for the same currency is one rate. */
static void
test_exchange_rate_by_currency (MergeFixture  *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(NapExchangeRate) usd = NULL;
  GListModel *rates;

  g_assert_nonnull (nap_project_set_exchange_rate (fixture->facilitator, "USD", "600.25", "2025-03-01", &error));
  g_assert_true (nap_xml_export_to_file (fixture->facilitator, fixture->exchange_path, NAP_XML_EXPORT_ALL, &error));
  g_assert_nonnull (nap_project_set_exchange_rate (fixture->team, "USD", "590", NULL, &error));
  g_assert_no_error (error);

  report = merge (fixture, FALSE);
  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_EXCHANGE_RATE), ==, 0);
  g_assert_cmpuint (nap_merge_report_get_n_updated (report, NAP_MERGE_KIND_EXCHANGE_RATE), ==, 1);
  g_assert_true (has_line (report, "The exchange rate for USD changes: rate, date of the rate."));

  rates = nap_project_get_exchange_rates (fixture->team);
  g_assert_cmpuint (g_list_model_get_n_items (rates), ==, 2);
  usd = g_list_model_get_item (rates, 1);
  g_assert_cmpstr (nap_exchange_rate_get_currency (usd), ==, "USD");
  g_assert_cmpstr (nap_exchange_rate_get_rate (usd), ==, "600.25");
}

/* Lists that a file makes long merge whole: here 100,000 groups and 20,000
 * organisations in one consultation, merged twice. How long that takes is a
 * benchmark's figure, not a test's (tests/bench/xml-bench.py, "merge of
 * long lists"): a test under a sanitizer or a loaded machine has no bound.
 */
static void
test_long_lists (MergeFixture  *fixture,
                 gconstpointer  data)
{
  g_autofree char *contents = xml_test_export (fixture->team, NAP_XML_EXPORT_ALL);
  g_autoptr(GString) actors = g_string_new ("");
  g_autoptr(GString) groups = g_string_new ("<group name=\"displaced persons\" count=\"7\"/>\n");
  g_autoptr(GString) organisations = g_string_new ("<organisation actor=\"d0a7897b-d8f8-4faa-9f95-e83ddd8476ec\"/>\n");
  g_autoptr(GString) big = g_string_new (contents);
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(NapMergeReport) again = NULL;
  g_autoptr(NapConsultation) consultation = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (groups, "      <group name=\"group %u\" count=\"%u\"/>\n", i, i);
  for (guint i = 0; i < 20000; i++)
    {
      g_string_append_printf (actors, "    <actor id=\"00000000-0000-4000-8000-%012u\" kind=\"other\">Actor %u</actor>\n", i, i);
      g_string_append_printf (organisations, "      <organisation actor=\"00000000-0000-4000-8000-%012u\"/>\n", i);
    }
  g_string_append (actors, "  </actors>");
  g_assert_cmpuint (g_string_replace (big, "  </actors>", actors->str, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (big, "<group name=\"displaced persons\" count=\"7\"/>\n", groups->str, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (big, "<organisation actor=\"d0a7897b-d8f8-4faa-9f95-e83ddd8476ec\"/>\n",
                                      organisations->str, 1), ==, 1);
  g_assert_true (g_file_set_contents (fixture->exchange_path, big->str, -1, &error));

  report = merge (fixture, FALSE);
  g_assert_cmpuint (nap_merge_report_get_n_added (report, NAP_MERGE_KIND_ACTOR), ==, 20000);
  g_assert_cmpuint (nap_merge_report_get_n_updated (report, NAP_MERGE_KIND_CONSULTATION), ==, 1);
  again = merge (fixture, FALSE);
  g_assert_true (nap_merge_report_is_empty (again));

  consultation = g_list_model_get_item (nap_project_get_consultations (fixture->team), 0);
  g_assert_cmpuint (nap_consultation_get_groups (consultation)->len, ==, 100002);
  g_assert_cmpuint (g_list_model_get_n_items (nap_consultation_get_organisations (consultation)), ==, 20001);
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/xml/merge/facilitator", test_facilitator),
    NAP_TEST_CASE ("/xml/merge/twice", test_twice),
    NAP_TEST_CASE ("/xml/merge/preview", test_preview),
    NAP_TEST_CASE ("/xml/merge/dangling", test_dangling),
    NAP_TEST_CASE ("/xml/merge/rollback", test_rollback),
    NAP_TEST_CASE ("/xml/merge/other-plan", test_other_plan),
    NAP_TEST_CASE ("/xml/merge/updates-and-places", test_updates_and_places),
    NAP_TEST_CASE ("/xml/merge/kind-mismatch", test_kind_mismatch),
    NAP_TEST_CASE ("/xml/merge/consultations-only", test_consultations_only),
    NAP_TEST_CASE ("/xml/merge/read-only", test_read_only),
    NAP_TEST_CASE ("/xml/merge/too-deep", test_too_deep),
    NAP_TEST_CASE ("/xml/merge/exchange-rate-by-currency", test_exchange_rate_by_currency),
    NAP_TEST_CASE ("/xml/merge/long-lists", test_long_lists),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (MergeFixture, merge_set_up, merge_tear_down, cases);

  return g_test_run ();
}
