/* test-consultations.c: the rules of the consultation log (issue 5)
 *
 * Counts, the checks of a session, the order of groups, organisations and
 * actors after removals, the figures of the log, and the register's
 * filters.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "consultations-test-common.h"
#include "nap-checks.h"
#include "nap-error.h"
#include "nap-project.h"
#include "nap-recommendation-filter.h"
#include "nap-summary.h"
#include "nap-xml-writer.h"

typedef struct
{
  char *dir;
  char *path;
  NapProject *project;
  NapObjective *prevention;
  NapObjective *alert;       /* 1.1 */
  NapObjective *protection;
  NapObjective *legal_aid;   /* 2.1 */
  NapConsultation *mopti;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = nap_test_make_dir ("nap-test-consultations-XXXXXX", "plan.nap", &f->path);
  f->project = nap_test_create_plan (f->path, "Mali 2012-2014", "ML", "XOF", "2012-01-01", "2014-12-31");
  f->prevention = test_add_objective (f->project, NULL, "Prevention");
  f->alert = test_add_objective (f->project, f->prevention, "Early warning");
  f->protection = test_add_objective (f->project, NULL, "Protection");
  f->legal_aid = test_add_objective (f->project, f->protection, "Legal aid");
  f->mopti = test_add_session (f->project, "Atelier de Mopti", "2012-04-03", NULL, NULL, "Mopti");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  nap_test_remove_plan (&f->project, &f->dir, &f->path);
}

/* Counts */

static void
test_counts_not_negative (Fixture       *f,
                          gconstpointer  data)
{
  const char *fields[] = { "women", "men", "other" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), fields[i], 12, &error), error);
      g_assert_false (nap_project_set_int (f->project, NAP_RECORD (f->mopti), fields[i], -1, &error));
      g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, "A number cannot be negative; write 0 or more.");
      g_clear_error (&error);
      test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), fields[i], 0, &error), error);
    }
  g_assert_cmpint (nap_consultation_get_participants (f->mopti), ==, 0);

  test_ok (nap_project_set_group_count (f->project, f->mopti, "Youth", 0, &error), error);
  g_assert_false (nap_project_set_group_count (f->project, f->mopti, "Youth", -4, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A number of participants cannot be negative.");
  g_assert_cmpint (((NapParticipantGroup *) g_ptr_array_index (nap_consultation_get_groups (f->mopti), 0))->count, ==, 0);
}

/* The model of a session holds counts, never a participant's name: these
 * sessions can involve survivors of violence. A field added to the
 * session must be added here on purpose.
 */
static void
test_no_names (Fixture       *f,
               gconstpointer  data)
{
  const char *expected[] = { "title", "start-date", "end-date", "format", "place", "region",
                             "language", "facilitator", "women", "men", "other", "notes", NULL };
  g_autoptr(GString) fields = g_string_new (NULL);
  g_autofree char *wanted = g_strjoinv (" ", (char **) expected);
  guint n = 0;
  GParamSpec **pspecs = nap_record_class_list_fields (g_type_class_peek (NAP_TYPE_CONSULTATION), &n);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (fields, "%s%s", i > 0 ? " " : "", pspecs[i]->name);
  g_assert_cmpstr (fields->str, ==, wanted);
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *sentence)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (((NapProblem *) g_ptr_array_index (problems, i))->message, sentence))
      return TRUE;
  return FALSE;
}

static void
test_check_session (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  NapRecommendation *recommendation;

  test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), "women", 20, &error), error);
  test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), "men", 4, &error), error);
  test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), "other", 1, &error), error);
  test_ok (nap_project_set_group_count (f->project, f->mopti, "Youth", 25, &error), error);
  problems = nap_consultation_check (f->mopti);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* One more in the group than in the session: flagged. */
  test_ok (nap_project_set_group_count (f->project, f->mopti, "Youth", 26, &error), error);
  /* An end before the start is refused by an edit; a file from an older
   * version, or an import, may hold one all the same.
   */
  test_ok (nap_project_begin_batch (f->project, &error), error);
  test_ok (nap_project_set_string (f->project, NAP_RECORD (f->mopti), "end-date", "2012-04-01", &error), error);
  test_ok (nap_project_end_batch (f->project, TRUE, &error), error);
  recommendation = test_recommend (f->project, f->mopti, "Hold sessions in the villages.", NAP_RESPONSE_PENDING, NULL);
  problems = nap_consultation_check (f->mopti);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_true (has_problem (problems, "Consultation “Atelier de Mopti” ends on 2012-04-01, before it starts on 2012-04-03."));
  g_assert_true (has_problem (problems, "Consultation “Atelier de Mopti” counts 26 in the group “Youth”, more than its 25 participants in all."));
  g_assert_true (has_problem (problems, "Recommendation 1 of consultation “Atelier de Mopti” concerns no objective."));
  g_clear_pointer (&problems, g_ptr_array_unref);

  test_ok (nap_project_link_recommendation (f->project, recommendation, f->alert, TRUE, &error), error);
  test_ok (nap_project_set_string (f->project, NAP_RECORD (f->mopti), "end-date", "2012-04-05", &error), error);
  test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), "other", 2, &error), error);
  problems = nap_consultation_check (f->mopti);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Positions stay dense after removals */

static char *
export (NapProject *project)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  test_ok (nap_xml_export (project, out, NAP_XML_EXPORT_ALL, &error), error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
sql_text (Fixture    *f,
          const char *sql)
{
  return nap_test_sql_text (f->path, sql);
}

static void
assert_positions (Fixture    *f,
                  const char *table,
                  const char *owner,
                  const char *expected)
{
  g_autofree char *sql = g_strdup_printf ("SELECT group_concat (position, ',') FROM"
                                          " (SELECT position FROM %s ORDER BY %s, position)",
                                          table, owner);
  g_autofree char *positions = sql_text (f, sql);

  g_assert_cmpstr (positions, ==, expected);
}

static void
test_dense_positions (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *live = NULL;
  g_autofree char *reloaded = NULL;
  NapActor *actors[5];
  const char *names[] = { "Zeta", "Alpha", "Mu", "Beta", "Omega" };
  NapRecommendation *recommendations[4];

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      actors[i] = nap_project_add_actor (f->project, names[i], NAP_ACTOR_KIND_CIVIL_SOCIETY, &error);
      g_assert_no_error (error);
    }

  /* Groups: remove the second, add one whose name sorts first. */
  test_ok (nap_project_set_group_count (f->project, f->mopti, "Youth", 3, &error), error);
  test_ok (nap_project_set_group_count (f->project, f->mopti, "Elders", 2, &error), error);
  test_ok (nap_project_set_group_count (f->project, f->mopti, "Widows", 1, &error), error);
  test_ok (nap_project_remove_group (f->project, f->mopti, "Elders", &error), error);
  test_ok (nap_project_set_group_count (f->project, f->mopti, "Displaced persons", 5, &error), error);
  assert_positions (f, "participant_group", "consultation_id", "0,1,2");

  /* Organisations: remove the first two, add one; the actor list ties
   * would have put it before the third.
   */
  for (guint i = 0; i < 4; i++)
    test_ok (nap_project_add_organisation (f->project, f->mopti, actors[i], &error), error);
  test_ok (nap_project_remove_organisation (f->project, f->mopti, actors[0], &error), error);
  test_ok (nap_project_remove_organisation (f->project, f->mopti, actors[1], &error), error);
  test_ok (nap_project_add_organisation (f->project, f->mopti, actors[4], &error), error);
  assert_positions (f, "consultation_actor", "consultation_id", "0,1,2");

  /* An objective's actors, and the rows an actor's deletion removes. */
  for (guint i = 0; i < 4; i++)
    test_ok (nap_project_add_objective_actor (f->project, f->alert, NAP_ACTOR_ROLE_PARTNER, actors[i], &error), error);
  test_ok (nap_project_remove_objective_actor (f->project, f->alert, NAP_ACTOR_ROLE_PARTNER, actors[1], &error), error);
  test_ok (nap_project_delete_record (f->project, NAP_RECORD (actors[0]), &error), error);
  test_ok (nap_project_add_objective_actor (f->project, f->alert, NAP_ACTOR_ROLE_PARTNER, actors[4], &error), error);
  assert_positions (f, "objective_actor", "objective_id, role", "0,1,2");
  assert_positions (f, "consultation_actor", "consultation_id", "0,1,2");

  /* Recommendations: delete the first two, add one. */
  for (guint i = 0; i < G_N_ELEMENTS (recommendations); i++)
    {
      g_autofree char *text = g_strdup_printf ("Recommendation %u", i);
      recommendations[i] = test_recommend (f->project, f->mopti, text, NAP_RESPONSE_PENDING, NULL);
    }
  test_ok (nap_project_delete_record (f->project, NAP_RECORD (recommendations[0]), &error), error);
  test_ok (nap_project_delete_record (f->project, NAP_RECORD (recommendations[1]), &error), error);
  test_recommend (f->project, f->mopti, "Recommendation 4", NAP_RESPONSE_PENDING, NULL);
  assert_positions (f, "recommendation", "consultation_id", "0,1,2");
  g_assert_cmpint (nap_recommendation_get_position (recommendations[2]), ==, 0);
  g_assert_cmpint (nap_recommendation_get_position (recommendations[3]), ==, 1);

  /* The plan shown and the plan read back are the same, to the byte. */
  live = export (f->project);
  test_ok (nap_project_reload (f->project, &error), error);
  reloaded = export (f->project);
  g_assert_cmpstr (live, ==, reloaded);
  g_assert_nonnull (strstr (live, "<group name=\"Youth\" count=\"3\"/>\n      <group name=\"Widows\" count=\"1\"/>\n"
                                  "      <group name=\"Displaced persons\" count=\"5\"/>"));
}

/* Figures */

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapConsultationFigures) empty = NULL;
  g_autoptr(NapConsultationFigures) figures = NULL;
  g_autofree char *share = NULL;
  NapConsultation *sevare, *bamako, *written;
  NapGroupFigure *group;
  guint permille = 12345;
  NapSummary summary;

  /* No participant yet: no share, rather than 0 %. */
  empty = nap_consultation_figures_new (f->project);
  g_assert_cmpuint (empty->sessions, ==, 1);
  g_assert_cmpuint (nap_consultation_figures_participants (empty), ==, 0);
  g_assert_false (nap_consultation_figures_women_share (empty, &permille));
  g_assert_null (nap_consultation_figures_format_women_share (empty));

  test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), "women", 2, &error), error);
  test_ok (nap_project_set_int (f->project, NAP_RECORD (f->mopti), "men", 1, &error), error);
  test_ok (nap_project_set_group_count (f->project, f->mopti, "Youth", 2, &error), error);
  test_ok (nap_project_set_group_count (f->project, f->mopti, "Displaced persons", 1, &error), error);

  /* The same region typed otherwise, and as its ISO 3166-2 code. */
  sevare = test_add_session (f->project, "Focus group à Sévaré", "2012-04-10", NULL, NULL, " MOPTI ");
  test_ok (nap_project_set_int (f->project, NAP_RECORD (sevare), "women", 30, &error), error);
  test_ok (nap_project_set_group_count (f->project, sevare, " youth ", 8, &error), error);
  test_ok (nap_project_set_group_count (f->project, sevare, "Persons with disabilities", 3, &error), error);
  bamako = test_add_session (f->project, "Audition à Bamako", "2012-05-02", NULL, NULL, "ML-BKO");
  test_ok (nap_project_set_int (f->project, NAP_RECORD (bamako), "men", 7, &error), error);
  test_ok (nap_project_set_int (f->project, NAP_RECORD (bamako), "other", 1, &error), error);
  written = test_add_session (f->project, "Contribution écrite", "2012-05-20", NULL, NULL, "");
  g_assert_true (NAP_IS_CONSULTATION (written));
  test_recommend (f->project, f->mopti, "One", NAP_RESPONSE_ACCEPTED, NULL);
  test_recommend (f->project, f->mopti, "Two", NAP_RESPONSE_PENDING, NULL);
  test_recommend (f->project, bamako, "Three", NAP_RESPONSE_PENDING, NULL);
  test_recommend (f->project, written, "Four", NAP_RESPONSE_NOT_TAKEN_UP, NULL);

  figures = nap_consultation_figures_new (f->project);
  g_assert_cmpuint (figures->sessions, ==, 4);
  g_assert_cmpuint (figures->women, ==, 32);
  g_assert_cmpuint (figures->men, ==, 8);
  g_assert_cmpuint (figures->other, ==, 1);
  g_assert_cmpuint (nap_consultation_figures_participants (figures), ==, 41);

  g_assert_cmpuint (figures->groups->len, ==, 3);
  group = g_ptr_array_index (figures->groups, 0);
  g_assert_cmpstr (group->name, ==, "Youth");
  g_assert_cmpuint (group->count, ==, 10);
  group = g_ptr_array_index (figures->groups, 1);
  g_assert_cmpstr (group->name, ==, "Displaced persons");
  g_assert_cmpuint (group->count, ==, 1);
  group = g_ptr_array_index (figures->groups, 2);
  g_assert_cmpstr (group->name, ==, "Persons with disabilities");
  g_assert_cmpuint (group->count, ==, 3);

  /* Mopti once; Bamako by its name; the session without a region adds none. */
  g_assert_cmpuint (figures->regions->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (figures->regions, 0), ==, "Mopti");
  g_assert_cmpstr (g_ptr_array_index (figures->regions, 1), ==, "Bamako");

  /* 32 of 41 is 78.048...%: one decimal, rounded. */
  g_assert_true (nap_consultation_figures_women_share (figures, &permille));
  g_assert_cmpuint (permille, ==, 780);
  share = nap_consultation_figures_format_women_share (figures);
  g_assert_cmpstr (share, ==, "78.0%");

  g_assert_cmpuint (figures->recommendations, ==, 4);
  g_assert_cmpuint (figures->responses[NAP_RESPONSE_ACCEPTED], ==, 1);
  g_assert_cmpuint (figures->responses[NAP_RESPONSE_PARTLY_ACCEPTED], ==, 0);
  g_assert_cmpuint (figures->responses[NAP_RESPONSE_NOT_TAKEN_UP], ==, 1);
  g_assert_cmpuint (figures->responses[NAP_RESPONSE_PENDING], ==, 2);

  /* The plan's summary says the same. */
  nap_summary_compute (f->project, &summary);
  g_assert_cmpuint (summary.consultations, ==, 4);
  g_assert_cmpuint (summary.women, ==, 32);
  g_assert_cmpuint (summary.recommendations, ==, 4);
  g_assert_cmpuint (summary.responses[NAP_RESPONSE_PENDING], ==, 2);
}

static void
test_women_share_rounding (Fixture       *f,
                           gconstpointer  data)
{
  NapConsultationFigures figures = { 0, };
  guint permille = 0;

  figures.women = 2;
  figures.men = 1;
  g_assert_true (nap_consultation_figures_women_share (&figures, &permille));
  g_assert_cmpuint (permille, ==, 667);

  figures.women = 1;
  figures.men = 7;
  g_assert_true (nap_consultation_figures_women_share (&figures, &permille));
  g_assert_cmpuint (permille, ==, 125);

  /* Counts too large to multiply by 1000 still give a share. */
  figures.women = G_MAXUINT64 / 2;
  figures.men = G_MAXUINT64 / 2;
  g_assert_true (nap_consultation_figures_women_share (&figures, &permille));
  g_assert_cmpuint (permille, ==, 500);
}

/* The register's filters */

static void
test_pillars_and_filter (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NapConsultation *bamako = test_add_session (f->project, "Audition à Bamako", "2012-05-02", NULL, NULL, "Bamako");
  NapRecommendation *both, *one, *none;
  NapRecommendationFilter filter = NAP_RECOMMENDATION_FILTER_INIT;
  g_autoptr(GPtrArray) pillars = NULL;
  g_autofree char *codes = NULL;

  both = test_recommend (f->project, f->mopti, "Un numéro vert pour les alertes", NAP_RESPONSE_PENDING, NULL);
  test_ok (nap_project_link_recommendation (f->project, both, f->legal_aid, TRUE, &error), error);
  test_ok (nap_project_link_recommendation (f->project, both, f->alert, TRUE, &error), error);
  test_ok (nap_project_link_recommendation (f->project, both, f->prevention, TRUE, &error), error);
  one = test_recommend (f->project, bamako, "Des cliniques juridiques mobiles", NAP_RESPONSE_ACCEPTED, NULL);
  test_ok (nap_project_set_string (f->project, NAP_RECORD (one), "response", "Action 2.1, avec le barreau", &error), error);
  test_ok (nap_project_link_recommendation (f->project, one, f->legal_aid, TRUE, &error), error);
  none = test_recommend (f->project, bamako, "Publier les réponses", NAP_RESPONSE_PENDING, NULL);

  /* Each pillar once, in the order of the plan. */
  pillars = nap_recommendation_list_pillars (both);
  g_assert_cmpuint (pillars->len, ==, 2);
  g_assert_true (g_ptr_array_index (pillars, 0) == (gpointer) f->prevention);
  g_assert_true (g_ptr_array_index (pillars, 1) == (gpointer) f->protection);
  codes = nap_recommendation_format_objectives (both);
  g_assert_cmpstr (codes, ==, "1, 1.1, 2.1");

  g_assert_true (nap_recommendation_filter_matches (&filter, both));
  g_assert_true (nap_recommendation_filter_matches (&filter, none));

  filter.response = NAP_RESPONSE_PENDING;
  g_assert_true (nap_recommendation_filter_matches (&filter, both));
  g_assert_false (nap_recommendation_filter_matches (&filter, one));
  g_assert_true (nap_recommendation_filter_matches (&filter, none));
  filter.response = -1;

  /* A recommendation on two pillars is under each. */
  filter.pillar = f->prevention;
  g_assert_true (nap_recommendation_filter_matches (&filter, both));
  g_assert_false (nap_recommendation_filter_matches (&filter, one));
  filter.pillar = f->protection;
  g_assert_true (nap_recommendation_filter_matches (&filter, both));
  g_assert_true (nap_recommendation_filter_matches (&filter, one));
  g_assert_false (nap_recommendation_filter_matches (&filter, none));
  filter.pillar = NULL;
  filter.without_objective = TRUE;
  g_assert_false (nap_recommendation_filter_matches (&filter, both));
  g_assert_true (nap_recommendation_filter_matches (&filter, none));
  filter.without_objective = FALSE;

  filter.consultation = bamako;
  g_assert_false (nap_recommendation_filter_matches (&filter, both));
  g_assert_true (nap_recommendation_filter_matches (&filter, one));
  filter.consultation = NULL;

  filter.region = "  mopti";
  g_assert_true (nap_recommendation_filter_matches (&filter, both));
  g_assert_false (nap_recommendation_filter_matches (&filter, one));
  filter.region = NULL;

  /* Every word, ignoring case, in the text, the reason or the session. */
  filter.search = "BARREAU cliniques";
  g_assert_false (nap_recommendation_filter_matches (&filter, both));
  g_assert_true (nap_recommendation_filter_matches (&filter, one));
  filter.search = "audition publier";
  g_assert_true (nap_recommendation_filter_matches (&filter, none));
  g_assert_false (nap_recommendation_filter_matches (&filter, both));
}

/* The groups every session offers are stored under one key whatever the
 * language they were counted in, and shown by their label.
 */
static void
test_default_groups (void)
{
  const char * const *defaults = nap_participant_group_get_defaults ();

  g_assert_cmpuint (g_strv_length ((char **) defaults), ==, 3);
  g_assert_cmpstr (defaults[0], ==, "youth");
  g_assert_cmpstr (nap_participant_group_get_display_name ("youth"), ==, "Youth");
  g_assert_cmpstr (nap_participant_group_get_display_name ("  Displaced Persons "), ==, "Displaced persons");
  g_assert_cmpstr (nap_participant_group_get_display_name ("persons with disabilities"), ==, "Persons with disabilities");
  g_assert_cmpstr (nap_participant_group_get_display_name ("Veterans"), ==, "Veterans");
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/consultations/counts-not-negative", test_counts_not_negative),
    NAP_TEST_CASE ("/consultations/no-names", test_no_names),
    NAP_TEST_CASE ("/consultations/check-session", test_check_session),
    NAP_TEST_CASE ("/consultations/dense-positions", test_dense_positions),
    NAP_TEST_CASE ("/consultations/figures", test_figures),
    NAP_TEST_CASE ("/consultations/women-share-rounding", test_women_share_rounding),
    NAP_TEST_CASE ("/consultations/pillars-and-filter", test_pillars_and_filter),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, fixture_set_up, fixture_tear_down, cases);
  g_test_add_func ("/consultations/default-groups", test_default_groups);

  return g_test_run ();
}
