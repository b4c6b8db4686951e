/* test-history.c: undo and redo of every kind of edit, from the file
 *
 * What a drafter relies on: Ctrl+Z brings the plan back exactly as it was
 * (the NAP XML export, which carries every field, is byte for byte the
 * same), Ctrl+Shift+Z does the edit again, and the history is still there
 * after closing the plan.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nap-history.h"
#include "../xml/xml-test-common.h"

typedef struct
{
  XmlFixture xml;
  char *path;
  NapProject *project;
} Fixture;

/* The full plan takes a hundred edits, each synced to disk: it is made
 * once, closed, and each test works on a copy of its file.
 */
static char *template_path;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) from = g_file_new_for_path (template_path);
  g_autoptr(GFile) to = NULL;

  xml_fixture_set_up (&fixture->xml, data);
  fixture->path = xml_fixture_path (&fixture->xml, "plan.nap");
  to = g_file_new_for_path (fixture->path);
  g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->project = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->project);
  g_free (fixture->path);
  xml_fixture_tear_down (&fixture->xml, data);
}

/* The plan as its file holds it, read through a connection of its own. */
static char *
export_file (const char *path)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(NapStore) store = nap_store_open (path, NAP_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  g_assert_true (nap_xml_export_store (store, out, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

/* The plan in memory, which must be what the file holds. */
static char *
export (Fixture *fixture)
{
  g_autofree char *from_file = export_file (fixture->path);
  char *from_memory = xml_test_export (fixture->project, NAP_XML_EXPORT_ALL);

  g_assert_cmpstr (from_memory, ==, from_file);
  return from_memory;
}

static void
undo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nap_project_can_undo (fixture->project));
  g_assert_true (nap_project_undo (fixture->project, &error));
  g_assert_no_error (error);
}

static void
redo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nap_project_can_redo (fixture->project));
  g_assert_true (nap_project_redo (fixture->project, &error));
  g_assert_no_error (error);
}

static NapObjective *
top (Fixture *fixture,
     guint    i)
{
  GListModel *objectives = nap_project_get_objectives (fixture->project);
  g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, i);

  g_assert_nonnull (objective);
  return objective;
}

static NapObjective *
child (NapObjective *parent,
       guint         i)
{
  g_autoptr(NapObjective) objective = g_list_model_get_item (nap_objective_get_children (parent), i);

  g_assert_nonnull (objective);
  return objective;
}

static gpointer
item (GListModel *list,
      guint       i)
{
  g_autoptr(GObject) object = g_list_model_get_item (list, i);

  g_assert_nonnull (object);
  return object;
}

static NapConsultation *
consultation (Fixture *fixture)
{
  return item (nap_project_get_consultations (fixture->project), 0);
}

static NapRecommendation *
recommendation (Fixture *fixture)
{
  return item (nap_consultation_get_recommendations (consultation (fixture)), 1);
}

/* Each edit is one thing a drafter does in the window, through the core. */
typedef void (*EditFunc) (Fixture *fixture, GError **error);

static void
edit_add_objective (Fixture *fixture, GError **error)
{
  g_assert_nonnull (nap_project_add_objective (fixture->project, top (fixture, 0), 0, "Nouvel objectif", error));
}

static void
edit_move (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_move_down (fixture->project, top (fixture, 0), error));
}

static void
edit_indent (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_indent (fixture->project, top (fixture, 1), error));
}

static void
edit_outdent (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_outdent (fixture->project, child (top (fixture, 0), 0), error));
}

static void
edit_delete_pillar (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_delete_objective (fixture->project, top (fixture, 0), error));
}

static void
edit_field (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (top (fixture, 1)),
                                         "title", "Participation des femmes", error));
}

static void
edit_add_budget_line (Fixture *fixture, GError **error)
{
  g_assert_nonnull (nap_project_add_budget_line (fixture->project, top (fixture, 1), "Ateliers",
                                                 420000, "XOF", error));
}

static NapBudgetLine *
first_line (Fixture *fixture)
{
  NapObjective *action = child (child (child (top (fixture, 0), 0), 0), 0);

  return item (nap_objective_get_budget_lines (action), 0);
}

static void
edit_budget_amount (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_set_int (fixture->project, NAP_RECORD (first_line (fixture)),
                                      "amount", 99, error));
}

static void
edit_delete_budget_line (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_delete_record (fixture->project, NAP_RECORD (first_line (fixture)), error));
}

static void
edit_rate (Fixture *fixture, GError **error)
{
  g_assert_nonnull (nap_project_set_exchange_rate (fixture->project, "USD", "612.25", "2025-06-01", error));
}

static void
edit_add_session (Fixture *fixture, GError **error)
{
  g_assert_nonnull (nap_project_add_consultation (fixture->project, "Audition publique", error));
}

static void
edit_session_group (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_set_group_count (fixture->project, consultation (fixture), "jeunes", 40, error));
}

static void
edit_delete_session (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_delete_record (fixture->project, NAP_RECORD (consultation (fixture)), error));
}

static void
edit_add_recommendation (Fixture *fixture, GError **error)
{
  g_assert_nonnull (nap_project_add_recommendation (fixture->project, consultation (fixture),
                                                    "Recruter des policières", error));
}

static void
edit_link_recommendation (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_link_recommendation (fixture->project, recommendation (fixture),
                                                  top (fixture, 0), TRUE, error));
}

static void
edit_add_actor (Fixture *fixture, GError **error)
{
  g_assert_nonnull (nap_project_add_actor (fixture->project, "Ministère de la Justice",
                                           NAP_ACTOR_KIND_MINISTRY, error));
}

static void
edit_actor_role (Fixture *fixture, GError **error)
{
  NapActor *actor = item (nap_project_get_actors (fixture->project), 3);

  g_assert_true (nap_project_add_objective_actor (fixture->project, top (fixture, 1),
                                                  NAP_ACTOR_ROLE_LEAD, actor, error));
}

/* The ministry leads, monitors and funds: its links all go with it. */
static void
edit_delete_actor (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_delete_record (fixture->project,
                                            item (nap_project_get_actors (fixture->project), 0), error));
}

static void
edit_plan_settings (Fixture *fixture, GError **error)
{
  g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (nap_project_get_plan (fixture->project)),
                                         "lead-institution", "Primature", error));
}

static void
edit_level_names (Fixture *fixture, GError **error)
{
  const char * const names[] = { "Pilier", "But", NULL };

  g_assert_true (nap_project_set_level_names (fixture->project, names, error));
}

static const struct
{
  const char *name;
  EditFunc func;
} edits[] = {
  { "add-objective", edit_add_objective },
  { "move", edit_move },
  { "indent", edit_indent },
  { "outdent", edit_outdent },
  { "delete-pillar", edit_delete_pillar },
  { "field", edit_field },
  { "add-budget-line", edit_add_budget_line },
  { "budget-amount", edit_budget_amount },
  { "delete-budget-line", edit_delete_budget_line },
  { "rate", edit_rate },
  { "add-session", edit_add_session },
  { "session-group", edit_session_group },
  { "delete-session", edit_delete_session },
  { "add-recommendation", edit_add_recommendation },
  { "link-recommendation", edit_link_recommendation },
  { "add-actor", edit_add_actor },
  { "actor-role", edit_actor_role },
  { "delete-actor", edit_delete_actor },
  { "plan-settings", edit_plan_settings },
  { "level-names", edit_level_names },
};

/* One edit is one step: undo brings back the plan before it, in the file
 * and in memory; redo the plan after it; and again.
 */
static void
test_each_edit (Fixture       *fixture,
                gconstpointer  data)
{
  EditFunc func = (EditFunc) data;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = export (fixture);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *again = NULL;

  func (fixture, &error);
  g_assert_no_error (error);
  after = export (fixture);
  g_assert_cmpstr (after, !=, before);
  g_assert_false (nap_project_can_redo (fixture->project));

  undo (fixture);
  undone = export (fixture);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (nap_project_can_redo (fixture->project));

  redo (fixture);
  redone = export (fixture);
  g_assert_cmpstr (redone, ==, after);
  g_assert_false (nap_project_can_redo (fixture->project));

  undo (fixture);
  g_free (again);
  again = export (fixture);
  g_assert_cmpstr (again, ==, before);
}

static int
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* The pillar holds an action with five budget lines, two indicators,
 * actors in three roles and funders, and a recommendation concerns it:
 * undoing its delete brings back each row with its id and UUID, and the
 * export is byte-identical.
 */
static void
test_delete_pillar_exact (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = export (fixture);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  const char *rows = "SELECT (SELECT count (*) FROM objective) * 1000000"
                     " + (SELECT count (*) FROM budget_line) * 10000"
                     " + (SELECT count (*) FROM recommendation_objective) * 100"
                     " + (SELECT count (*) FROM objective_actor)";
  const char *ids = "SELECT total (id * length (uuid)) FROM"
                    " (SELECT id, uuid FROM objective UNION ALL SELECT id, uuid FROM budget_line"
                    "  UNION ALL SELECT id, uuid FROM indicator)";
  int rows_before = count_rows (fixture->path, rows);
  int ids_before = count_rows (fixture->path, ids);
  NapObjective *pillar = top (fixture, 0);
  g_autofree char *uuid = g_strdup (nap_record_get_uuid (NAP_RECORD (pillar)));

  g_assert_true (strstr (before, "Formateurs &amp; salle") != NULL);
  g_assert_true (nap_project_delete_objective (fixture->project, pillar, &error));
  g_assert_no_error (error);
  after = export (fixture);
  g_assert_null (strstr (after, "Formateurs &amp; salle"));
  g_assert_cmpint (count_rows (fixture->path, rows), <, rows_before);
  g_assert_null (nap_project_lookup_uuid (fixture->project, uuid));

  undo (fixture);
  undone = export (fixture);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpint (count_rows (fixture->path, rows), ==, rows_before);
  g_assert_cmpint (count_rows (fixture->path, ids), ==, ids_before);
  g_assert_nonnull (nap_project_lookup_uuid (fixture->project, uuid));
  g_assert_cmpint (count_rows (fixture->path, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);
}

/* The history is in the file: close, reopen, undo. */
static void
test_survives_reopen (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = export (fixture);
  g_autofree char *undone = NULL;

  edit_delete_pillar (fixture, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->project);

  fixture->project = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  undo (fixture);
  undone = export (fixture);
  g_assert_cmpstr (undone, ==, before);

  /* The redo list is in the file too. */
  g_clear_object (&fixture->project);
  fixture->project = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_can_redo (fixture->project));
}

/* Save As copies the history with the plan: the copy can undo what came
 * before it, and the original file is left as it was.
 */
static void
test_save_as_keeps_history (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = xml_fixture_path (&fixture->xml, "copy.nap");
  g_autofree char *before = export (fixture);
  g_autofree char *deleted = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *original = NULL;

  edit_delete_pillar (fixture, &error);
  g_assert_no_error (error);
  deleted = export (fixture);
  g_assert_true (nap_project_save_as (fixture->project, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (nap_project_get_path (fixture->project), ==, copy);
  g_assert_true (nap_project_can_undo (fixture->project));

  undo (fixture);
  undone = xml_test_export (fixture->project, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (undone, ==, before);
  original = export_file (fixture->path);
  g_assert_cmpstr (original, ==, deleted);
}

static void
notified (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* After an undo, a new edit takes the place of what was undone. */
static void
test_new_edit_clears_redo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint redo_notified = 0;

  g_signal_connect (fixture->project, "notify::can-redo", G_CALLBACK (notified), &redo_notified);
  edit_field (fixture, &error);
  g_assert_no_error (error);
  undo (fixture);
  g_assert_true (nap_project_can_redo (fixture->project));
  g_assert_cmpuint (redo_notified, ==, 1);

  edit_plan_settings (fixture, &error);
  g_assert_no_error (error);
  g_assert_false (nap_project_can_redo (fixture->project));
  g_assert_cmpuint (redo_notified, ==, 2);
  g_assert_false (nap_project_redo (fixture->project, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
}

/* Making the plan is not an edit to undo; each edit since is one step,
 * and the history keeps the last NAP_HISTORY_MAX_STEPS.
 */
static void
test_bound (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nap-test-history-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.nap", NULL);
  g_autoptr(NapProject) project = nap_project_create (path, "Plan", "ML", "XOF", NULL, NULL, &error);
  NapPlan *plan;
  guint undone = 0;

  g_assert_no_error (error);
  g_assert_false (nap_project_can_undo (project));

  for (guint i = 1; i <= NAP_HISTORY_MAX_STEPS + 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Plan %u", i);

      plan = nap_project_get_plan (project);
      g_assert_true (nap_project_set_string (project, NAP_RECORD (plan), "title", title, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (count_rows (path, "SELECT count (*) FROM history_step"), ==, NAP_HISTORY_MAX_STEPS);

  while (nap_project_can_undo (project))
    {
      g_assert_true (nap_project_undo (project, &error));
      g_assert_no_error (error);
      undone++;
    }
  g_assert_cmpuint (undone, ==, NAP_HISTORY_MAX_STEPS);
  plan = nap_project_get_plan (project);
  g_assert_cmpstr (nap_plan_get_title (plan), ==, "Plan 5");

  g_clear_object (&project);
  g_unlink (path);
  g_rmdir (dir);
}

/* A merge is one step, named after the file, and redo applies it again. */
static void
test_merge_one_step (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = xml_fixture_path (&fixture->xml, "exchange.xml");
  g_autofree char *original = export (fixture);
  g_autofree char *before = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *label = NULL;
  NapMergeReport *report;

  g_assert_true (nap_xml_export_to_file (fixture->project, xml, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);
  edit_delete_pillar (fixture, &error);
  edit_plan_settings (fixture, &error);
  edit_add_session (fixture, &error);
  g_assert_no_error (error);
  before = export (fixture);

  report = nap_xml_merge (fixture->project, xml, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  nap_merge_report_unref (report);
  merged = export (fixture);
  g_assert_cmpstr (merged, !=, before);
  label = nap_project_get_undo_label (fixture->project);
  g_assert_nonnull (label);
  g_assert_true (strstr (label, "exchange.xml") != NULL);

  undo (fixture);
  undone = export (fixture);
  g_assert_cmpstr (undone, ==, before);
  redo (fixture);
  redone = export (fixture);
  g_assert_cmpstr (redone, ==, merged);

  /* Four more undos go back to the plan as exported. */
  g_free (undone);
  undo (fixture);
  undo (fixture);
  undo (fixture);
  undo (fixture);
  undone = export (fixture);
  g_assert_cmpstr (undone, ==, original);
}

/* A plan opened read-only has nothing to undo and writes nothing. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) reader = NULL;
  g_autofree char *before = NULL;

  edit_field (fixture, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->project);
  before = export_file (fixture->path);

  reader = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (nap_project_can_undo (reader));
  g_assert_false (nap_project_undo (reader, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY);
  g_clear_object (&reader);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count (*) FROM history_step WHERE list = 'undo'"), >, 0);
}

/* A file is not trusted (SAFETY.md): a history entry that does anything
 * but change a row of the plan is refused, and the plan stays as it was.
 */
static void
test_hostile_entry (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *attached = xml_fixture_path (&fixture->xml, "elsewhere.db");
  g_autofree char *before = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *after = NULL;
  const char *hostile[] = {
    "ATTACH '@' AS x",
    "DELETE FROM history_step",
    "UPDATE objective SET title = 'x'; ATTACH '@' AS x",
    "PRAGMA user_version = 99",
  };

  edit_field (fixture, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->project);
  before = export_file (fixture->path);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;

      g_auto(GStrv) parts = g_strsplit (hostile[i], "@", -1);

      g_clear_pointer (&sql, g_free);
      sql = g_strjoinv (attached, parts);
      g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO history_entry (step, sql)"
                                               " SELECT max (id), ? FROM history_step", -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, sql, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);
      sqlite3_close (db);

      fixture->project = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_false (nap_project_undo (fixture->project, &error));
      g_assert_error (error, NAP_ERROR, NAP_ERROR_CORRUPT);
      g_clear_error (&error);
      g_clear_object (&fixture->project);

      g_assert_false (g_file_test (attached, G_FILE_TEST_EXISTS));
      g_free (after);
      after = export_file (fixture->path);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpint (count_rows (fixture->path, "PRAGMA user_version"), ==, nap_store_get_schema_version ());

      g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "DELETE FROM history_entry WHERE seq = (SELECT max (seq) FROM history_entry)",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
    }
}

int
main (int   argc,
      char *argv[])
{
  XmlFixture template_dir;
  int ret;

  g_test_init (&argc, &argv, NULL);

  xml_fixture_set_up (&template_dir, NULL);
  template_path = xml_fixture_path (&template_dir, "template.nap");
  g_object_unref (xml_test_full_plan (template_path));

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *name = g_strdup_printf ("/history/undo-redo/%s", edits[i].name);

      g_test_add (name, Fixture, (gconstpointer) edits[i].func,
                  fixture_set_up, test_each_edit, fixture_tear_down);
    }
  g_test_add ("/history/delete-pillar-exact", Fixture, NULL,
              fixture_set_up, test_delete_pillar_exact, fixture_tear_down);
  g_test_add ("/history/survives-reopen", Fixture, NULL,
              fixture_set_up, test_survives_reopen, fixture_tear_down);
  g_test_add ("/history/save-as-keeps-history", Fixture, NULL,
              fixture_set_up, test_save_as_keeps_history, fixture_tear_down);
  g_test_add ("/history/new-edit-clears-redo", Fixture, NULL,
              fixture_set_up, test_new_edit_clears_redo, fixture_tear_down);
  g_test_add_func ("/history/bound", test_bound);
  g_test_add ("/history/merge-one-step", Fixture, NULL,
              fixture_set_up, test_merge_one_step, fixture_tear_down);
  g_test_add ("/history/read-only", Fixture, NULL,
              fixture_set_up, test_read_only, fixture_tear_down);
  g_test_add ("/history/hostile-entry", Fixture, NULL,
              fixture_set_up, test_hostile_entry, fixture_tear_down);

  ret = g_test_run ();

  xml_fixture_tear_down (&template_dir, NULL);
  g_free (template_path);
  return ret;
}
