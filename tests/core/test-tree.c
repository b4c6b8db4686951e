/* test-tree.c: building the plan's tree of pillars, objectives and actions
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "nap-error.h"
#include "nap-project.h"
#include "nap-test-util.h"

typedef NapTestPlan Fixture;

static NapObjective *
add (Fixture      *fixture,
     NapObjective *parent,
     const char   *title)
{
  NapObjective *objective = nap_test_add_objective (fixture->project, parent, title);

  g_assert_nonnull (objective);
  return objective;
}

/* The tree as "code title" lines, depth-first, indented by depth. */
static char *
outline (NapProject *project)
{
  return nap_test_outline (project);
}

/* What the file holds, read with SQL alone: parent title, position, title. */
static char *
stored_rows (const char *path)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT coalesce (p.title, '-'), o.position, o.title"
                                       " FROM objective o LEFT JOIN objective p ON p.id = o.parent_id"
                                       " ORDER BY coalesce (p.title, ''), o.position",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s/%d/%s\n",
                            sqlite3_column_text (stmt, 0),
                            sqlite3_column_int (stmt, 1),
                            sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static void
assert_reopens_same (Fixture *fixture)
{
  g_autofree char *now = outline (fixture->project);
  g_autofree char *reopened = NULL;
  g_autoptr(NapProject) copy = NULL;
  g_autoptr(GError) error = NULL;

  copy = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  reopened = outline (copy);
  g_assert_cmpstr (now, ==, reopened);
}

static void
test_numbering (Fixture       *fixture,
                gconstpointer  data)
{
  NapObjective *prevention = add (fixture, NULL, "Prevention");
  NapObjective *protection = add (fixture, NULL, "Protection");
  NapObjective *policies = add (fixture, prevention, "Policies");
  g_autofree char *text = NULL;

  add (fixture, prevention, "Legal environment");
  add (fixture, policies, "Train police officers");
  add (fixture, protection, "End impunity");

  text = outline (fixture->project);
  g_assert_cmpstr (text, ==,
                   "1 Prevention\n"
                   "  1.1 Policies\n"
                   "    1.1.1 Train police officers\n"
                   "  1.2 Legal environment\n"
                   "2 Protection\n"
                   "  2.1 End impunity\n");
  g_assert_cmpuint (nap_project_count_objectives (fixture->project), ==, 6);
  assert_reopens_same (fixture);
}

static void
test_insert_at_position (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *rows = NULL;

  add (fixture, NULL, "Prevention");
  add (fixture, NULL, "Participation");
  g_assert_nonnull (nap_project_add_objective (fixture->project, NULL, 1, "Protection", &error));
  g_assert_no_error (error);

  text = outline (fixture->project);
  g_assert_cmpstr (text, ==, "1 Prevention\n2 Protection\n3 Participation\n");
  rows = stored_rows (fixture->path);
  g_assert_cmpstr (rows, ==, "-/0/Prevention\n-/1/Protection\n-/2/Participation\n");
  assert_reopens_same (fixture);
}

static void
test_move_up_down (Fixture       *fixture,
                   gconstpointer  data)
{
  NapObjective *a = add (fixture, NULL, "A");
  NapObjective *c = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *rows = NULL;

  add (fixture, NULL, "B");
  c = add (fixture, NULL, "C");

  g_assert_true (nap_project_move_up (fixture->project, c, &error));
  g_assert_true (nap_project_move_down (fixture->project, a, &error));
  g_assert_no_error (error);
  text = outline (fixture->project);
  g_assert_cmpstr (text, ==, "1 C\n2 A\n3 B\n");

  /* The first cannot go up, the last cannot go down; nothing changes. */
  g_assert_false (nap_project_move_up (fixture->project, c, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&text, g_free);
  text = outline (fixture->project);
  g_assert_cmpstr (text, ==, "1 C\n2 A\n3 B\n");

  rows = stored_rows (fixture->path);
  g_assert_cmpstr (rows, ==, "-/0/C\n-/1/A\n-/2/B\n");
  assert_reopens_same (fixture);
}

static void
test_indent_outdent (Fixture       *fixture,
                     gconstpointer  data)
{
  NapObjective *b;
  NapObjective *c;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  add (fixture, NULL, "A");
  b = add (fixture, NULL, "B");
  c = add (fixture, NULL, "C");

  g_assert_true (nap_project_indent (fixture->project, b, &error));
  g_assert_no_error (error);
  text = outline (fixture->project);
  g_assert_cmpstr (text, ==, "1 A\n  1.1 B\n2 C\n");
  g_clear_pointer (&text, g_free);

  /* C goes under A, after B; then under B. */
  g_assert_true (nap_project_indent (fixture->project, c, &error));
  g_assert_true (nap_project_indent (fixture->project, c, &error));
  g_assert_no_error (error);
  text = outline (fixture->project);
  g_assert_cmpstr (text, ==, "1 A\n  1.1 B\n    1.1.1 C\n");
  g_clear_pointer (&text, g_free);
  assert_reopens_same (fixture);

  /* Outdenting B brings it after A, its subtree with it. */
  g_assert_true (nap_project_outdent (fixture->project, b, &error));
  g_assert_no_error (error);
  text = outline (fixture->project);
  g_assert_cmpstr (text, ==, "1 A\n2 B\n  2.1 C\n");
  g_assert_true (nap_objective_get_parent (c) == b);
  g_assert_null (nap_objective_get_parent (b));

  /* The first item has nothing to go under; the top cannot go higher. */
  g_assert_false (nap_project_outdent (fixture->project, b, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nap_project_indent (fixture->project, c, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  assert_reopens_same (fixture);
}

static void
test_move_inside_itself (Fixture       *fixture,
                         gconstpointer  data)
{
  NapObjective *a = add (fixture, NULL, "A");
  NapObjective *b = add (fixture, a, "B");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_false (nap_project_move_objective (fixture->project, a, b, 0, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  text = outline (fixture->project);
  g_assert_cmpstr (text, ==, "1 A\n  1.1 B\n");
}

static void
test_max_depth (Fixture       *fixture,
                gconstpointer  data)
{
  NapObjective *node = NULL;
  NapObjective *top;
  g_autoptr(GError) error = NULL;

  for (int depth = 0; depth < NAP_MAX_DEPTH; depth++)
    node = add (fixture, node, "Level");
  g_assert_cmpint (nap_objective_get_depth (node), ==, NAP_MAX_DEPTH - 1);

  g_assert_null (nap_project_add_objective (fixture->project, node, -1, "Too deep", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);

  /* Nor can a subtree be moved to where it would be too deep. */
  top = add (fixture, NULL, "Another pillar");
  add (fixture, top, "Its objective");
  g_assert_false (nap_project_move_objective (fixture->project, top, node, 0, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_cmpuint (nap_project_count_objectives (fixture->project), ==, NAP_MAX_DEPTH + 2);
}

static void
test_delete_subtree (Fixture       *fixture,
                     gconstpointer  data)
{
  NapObjective *a = add (fixture, NULL, "A");
  NapObjective *b = add (fixture, NULL, "B");
  NapObjective *b1 = add (fixture, b, "B1");
  NapConsultation *session;
  NapRecommendation *recommendation;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *rows = NULL;

  add (fixture, b1, "B1a");
  add (fixture, NULL, "C");
  g_assert_nonnull (nap_project_add_indicator (fixture->project, b1, "Women trained", &error));
  g_assert_nonnull (nap_project_add_budget_line (fixture->project, b1, "Training", 1250000, "XOF", &error));
  session = nap_project_add_consultation (fixture->project, "Mopti workshop", &error);
  recommendation = nap_project_add_recommendation (fixture->project, session, "Train more police", &error);
  g_assert_true (nap_project_link_recommendation (fixture->project, recommendation, b1, TRUE, &error));
  g_assert_true (nap_project_link_recommendation (fixture->project, recommendation, a, TRUE, &error));
  g_assert_no_error (error);

  g_assert_true (nap_project_delete_objective (fixture->project, b, &error));
  g_assert_no_error (error);

  text = outline (fixture->project);
  g_assert_cmpstr (text, ==, "1 A\n2 C\n");
  rows = stored_rows (fixture->path);
  g_assert_cmpstr (rows, ==, "-/0/A\n-/1/C\n");
  g_assert_cmpuint (nap_project_count_objectives (fixture->project), ==, 2);

  /* The recommendation survives and still concerns A, and only A. */
  g_assert_cmpuint (g_list_model_get_n_items (nap_recommendation_get_objectives (recommendation)), ==, 1);
  assert_reopens_same (fixture);

  {
    g_autoptr(NapProject) copy = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
    g_autoptr(NapConsultation) c = g_list_model_get_item (nap_project_get_consultations (copy), 0);
    g_autoptr(NapRecommendation) r = g_list_model_get_item (nap_consultation_get_recommendations (c), 0);
    g_autoptr(NapObjective) o = g_list_model_get_item (nap_recommendation_get_objectives (r), 0);

    g_assert_cmpuint (g_list_model_get_n_items (nap_recommendation_get_objectives (r)), ==, 1);
    g_assert_cmpstr (nap_objective_get_title (o), ==, "A");
  }
}

static void
test_hand_set_code (Fixture       *fixture,
                    gconstpointer  data)
{
  NapObjective *a = add (fixture, NULL, "A");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  add (fixture, a, "A1");
  add (fixture, NULL, "B");

  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (a), "code", "P1", &error));
  g_assert_no_error (error);
  text = outline (fixture->project);
  g_assert_cmpstr (text, ==, "P1 A\n  P1.1 A1\n2 B\n");
  g_clear_pointer (&text, g_free);
  assert_reopens_same (fixture);

  /* An empty code goes back to automatic numbering. */
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (a), "code", "", &error));
  g_assert_null (nap_objective_get_code (a));
  text = outline (fixture->project);
  g_assert_cmpstr (text, ==, "1 A\n  1.1 A1\n2 B\n");
}

/* What the Code field offers as its placeholder: the number the node
 * would have without its hand-set code, under its parent's code.
 */
static void
test_automatic_code (Fixture       *fixture,
                     gconstpointer  data)
{
  NapObjective *b;
  NapObjective *b1;
  NapObjective *b2;
  g_autofree char *code_b = NULL;
  g_autofree char *code_b2 = NULL;
  g_autofree char *code_b2_under_p = NULL;

  add (fixture, NULL, "A");
  b = add (fixture, NULL, "B");
  b1 = add (fixture, b, "B1");
  b2 = add (fixture, b, "B2");

  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (b), "code", "P", NULL));
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (b2), "code", "X", NULL));

  code_b = nap_project_get_automatic_code (fixture->project, b);
  g_assert_cmpstr (code_b, ==, "2");
  code_b2 = nap_project_get_automatic_code (fixture->project, b2);
  g_assert_cmpstr (code_b2, ==, "P.2");
  g_assert_cmpstr (nap_objective_get_display_code (b2), ==, "X");
  g_assert_cmpstr (nap_objective_get_display_code (b1), ==, "P.1");

  g_assert_true (nap_project_move_up (fixture->project, b2, NULL));
  code_b2_under_p = nap_project_get_automatic_code (fixture->project, b2);
  g_assert_cmpstr (code_b2_under_p, ==, "P.1");
}

static void
test_titles_persist (Fixture       *fixture,
                     gconstpointer  data)
{
  NapObjective *a = add (fixture, NULL, "");
  g_autoptr(GError) error = NULL;

  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (a), "title",
                                         "تعزيز مشاركة المرأة في بناء السلام", &error));
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (a), "start-date", "2012-03-01", &error));
  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (a), "status",
                                      NAP_OBJECTIVE_STATUS_ONGOING, &error));
  g_assert_no_error (error);

  /* A bad date is refused and changes nothing. */
  g_assert_false (nap_project_set_string (fixture->project, NAP_RECORD (a), "end-date", "2012-13-01", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_null (nap_objective_get_end_date (a));
  assert_reopens_same (fixture);

  {
    g_autoptr(NapProject) copy = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, NULL);
    g_autoptr(NapObjective) o = g_list_model_get_item (nap_project_get_objectives (copy), 0);

    g_assert_cmpstr (nap_objective_get_start_date (o), ==, "2012-03-01");
    g_assert_null (nap_objective_get_end_date (o));
    g_assert_cmpint (nap_objective_get_status (o), ==, NAP_OBJECTIVE_STATUS_ONGOING);
  }
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
on_notify (gboolean *flag)
{
  *flag = TRUE;
}

static void
test_views_are_told (Fixture       *fixture,
                     gconstpointer  data)
{
  NapObjective *a = add (fixture, NULL, "A");
  guint top = 0;
  guint under_a = 0;
  gboolean title_notified = FALSE;

  g_signal_connect (nap_project_get_objectives (fixture->project), "items-changed",
                    G_CALLBACK (on_items_changed), &top);
  g_signal_connect (nap_objective_get_children (a), "items-changed",
                    G_CALLBACK (on_items_changed), &under_a);
  g_signal_connect_swapped (a, "notify::title", G_CALLBACK (on_notify), &title_notified);

  add (fixture, a, "A1");
  add (fixture, NULL, "B");
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (a), "title", "Prevention", NULL));

  g_assert_cmpuint (top, ==, 1);
  g_assert_cmpuint (under_a, ==, 1);
  g_assert_true (title_notified);

  /* The handlers point into this stack frame; the teardown closes the
   * project and would call them after it has returned. */
  g_signal_handlers_disconnect_by_data (nap_project_get_objectives (fixture->project), &top);
  g_signal_handlers_disconnect_by_data (nap_objective_get_children (a), &under_a);
  g_signal_handlers_disconnect_by_data (a, &title_notified);
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/tree/numbering", test_numbering),
    NAP_TEST_CASE ("/tree/insert-at-position", test_insert_at_position),
    NAP_TEST_CASE ("/tree/move-up-down", test_move_up_down),
    NAP_TEST_CASE ("/tree/indent-outdent", test_indent_outdent),
    NAP_TEST_CASE ("/tree/move-inside-itself", test_move_inside_itself),
    NAP_TEST_CASE ("/tree/max-depth", test_max_depth),
    NAP_TEST_CASE ("/tree/delete-subtree", test_delete_subtree),
    NAP_TEST_CASE ("/tree/hand-set-code", test_hand_set_code),
    NAP_TEST_CASE ("/tree/automatic-code", test_automatic_code),
    NAP_TEST_CASE ("/tree/titles-persist", test_titles_persist),
    NAP_TEST_CASE ("/tree/views-are-told", test_views_are_told),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, nap_test_plan_set_up, nap_test_plan_tear_down, cases);

  return g_test_run ();
}
