/* test-xml-jobs.c: import, merge and export as the core's jobs, headless
 *
 * What the window relies on, without a window: the jobs run off the main
 * thread, say which stage they are in, can be cancelled where that is
 * safe, and a merge changes the plan all at once, which the project then
 * reports once.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "nap-budget-csv.h"
#include "nap-jobs.h"
#include "nap-merge-preview.h"
#include "nap-report.h"
#include "xml-test-common.h"

/* Waiting for a job */

static GAsyncResult *
wait_for_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
keep_result_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

/* The stages a progress went through, in order, and its fractions. */
typedef struct
{
  GPtrArray *stages;
  double last_fraction;
  gboolean went_back;
  gboolean uncancellable_seen;
} Watch;

static void
stage_cb (NapProgress *progress,
          GParamSpec  *pspec,
          Watch       *watch)
{
  g_ptr_array_add (watch->stages, g_strdup (nap_progress_get_stage (progress)));
}

static void
fraction_cb (NapProgress *progress,
             GParamSpec  *pspec,
             Watch       *watch)
{
  if (nap_progress_get_fraction (progress) < watch->last_fraction)
    watch->went_back = TRUE;
  watch->last_fraction = nap_progress_get_fraction (progress);
}

static void
cancellable_cb (NapProgress *progress,
                GParamSpec  *pspec,
                Watch       *watch)
{
  if (!nap_progress_get_cancellable (progress))
    watch->uncancellable_seen = TRUE;
}

static NapProgress *
watch_progress (Watch *watch)
{
  NapProgress *progress = nap_progress_new ();

  watch->stages = g_ptr_array_new_with_free_func (g_free);
  watch->last_fraction = 0.0;
  watch->went_back = FALSE;
  watch->uncancellable_seen = FALSE;
  g_signal_connect (progress, "notify::stage", G_CALLBACK (stage_cb), watch);
  g_signal_connect (progress, "notify::fraction", G_CALLBACK (fraction_cb), watch);
  g_signal_connect (progress, "notify::cancellable", G_CALLBACK (cancellable_cb), watch);
  return progress;
}

/* Every update queued by the worker has been shown. */
static void
wait_for_fraction (NapProgress *progress,
                   double       fraction)
{
  while (nap_progress_get_fraction (progress) < fraction)
    g_main_context_iteration (NULL, TRUE);
}

static void
watch_clear (Watch *watch)
{
  g_clear_pointer (&watch->stages, g_ptr_array_unref);
}

/* A file's bytes, to see that a job left it as it was. */
static GBytes *
file_bytes (const char *path)
{
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);

  g_assert_nonnull (mapped);
  return g_bytes_new (g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped));
}

/* Import */

static void
test_import (XmlFixture    *fixture,
             gconstpointer  data)
{
  g_autofree char *source = xml_test_source_path ("tests", "fixtures", "small-plan.xml", NULL);
  g_autofree char *path = xml_fixture_path (fixture, "imported.nap");
  g_autofree char *reference_path = xml_fixture_path (fixture, "reference.nap");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(NapProgress) progress = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(NapProject) reference = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *reference_xml = NULL;
  Watch watch;

  progress = watch_progress (&watch);
  nap_xml_import_async (source, path, progress, NULL, keep_result_cb, &result);
  project = nap_xml_import_finish (wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_true (NAP_IS_PROJECT (project));
  g_assert_cmpstr (nap_project_get_path (project), ==, path);
  g_assert_false (nap_project_is_read_only (project));

  /* The same plan as the import on the caller's thread makes. */
  reference = xml_test_import (source, reference_path);
  xml = xml_test_export (project, NAP_XML_EXPORT_ALL);
  reference_xml = xml_test_export (reference, NAP_XML_EXPORT_ALL);
  g_assert_cmpstr (xml, ==, reference_xml);

  /* Every stage was seen, in order, and the bar only went forward. */
  wait_for_fraction (progress, 1.0);
  g_assert_cmpuint (watch.stages->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (watch.stages, 0), ==, "Reading the file and checking every record…");
  g_assert_cmpstr (g_ptr_array_index (watch.stages, 1), ==, "Writing the new plan…");
  g_assert_false (watch.went_back);
  g_assert_cmpfloat (nap_progress_get_fraction (progress), ==, 1.0);
  watch_clear (&watch);
}

static void
test_import_refused (XmlFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *source = xml_test_source_path ("tests", "fixtures", "small-plan.xml", NULL);
  g_autofree char *existing = xml_fixture_path (fixture, "existing.nap");
  g_autofree char *path = xml_fixture_path (fixture, "new.nap");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  NapProject *project;

  /* An existing file is never replaced, and is left as it was. */
  g_assert_true (g_file_set_contents (existing, "mine", -1, NULL));
  nap_xml_import_async (source, existing, NULL, NULL, keep_result_cb, &result);
  project = nap_xml_import_finish (wait_for_result (&result), &error);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_EXISTS);
  g_assert_null (project);
  g_assert_nonnull (strstr (error->message, "existing.nap"));
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "mine");
  }
  g_clear_object (&result);
  g_clear_error (&error);

  /* A file that is not NAP XML makes no plan. */
  nap_xml_import_async (existing, path, NULL, NULL, keep_result_cb, &result);
  project = nap_xml_import_finish (wait_for_result (&result), &error);
  g_assert_nonnull (error);
  g_assert_null (project);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_import_cancel (XmlFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *source = xml_test_source_path ("tests", "fixtures", "small-plan.xml", NULL);
  g_autofree char *early = xml_fixture_path (fixture, "early.nap");
  g_autofree char *late = xml_fixture_path (fixture, "late.nap");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(NapProgress) progress = nap_progress_new ();
  g_autoptr(GError) error = NULL;
  NapProject *project;

  /* Cancelled while it reads: no file. */
  g_cancellable_cancel (cancellable);
  nap_xml_import_async (source, early, NULL, cancellable, keep_result_cb, &result);
  project = nap_xml_import_finish (wait_for_result (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (project);
  g_assert_false (g_file_test (early, G_FILE_TEST_EXISTS));
  g_clear_object (&result);
  g_clear_error (&error);

  /* Cancelled once the worker had made the plan, before the caller took
   * it: the file it made goes too.
   */
  g_cancellable_reset (cancellable);
  nap_xml_import_async (source, late, progress, cancellable, keep_result_cb, &result);
  wait_for_result (&result);
  wait_for_fraction (progress, 1.0);
  g_assert_true (g_file_test (late, G_FILE_TEST_EXISTS));
  g_cancellable_cancel (cancellable);
  project = nap_xml_import_finish (result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (project);
  g_assert_false (g_file_test (late, G_FILE_TEST_EXISTS));
}

/* A plan that takes the parser a while: see nap_test_write_large_plan(). */
static char *
write_large_plan (XmlFixture *fixture,
                  guint       n_sessions)
{
  char *path = xml_fixture_path (fixture, "large.xml");

  nap_test_write_large_plan (path, n_sessions);
  return path;
}

/* Cancel pressed as soon as the parse says it has begun. */
typedef struct
{
  GCancellable *cancellable;
  double cancelled_at;  /* the fraction then, or 0 */
  double last;          /* the last fraction shown */
  guint in_parse;       /* how many were shown before the parse's end */
} Canceller;

static void
cancel_in_parse_cb (NapProgress *progress,
                    GParamSpec  *pspec,
                    Canceller   *canceller)
{
  double fraction = nap_progress_get_fraction (progress);

  canceller->last = fraction;
  if (fraction < NAP_XML_READ_PARSED)
    canceller->in_parse++;
  if (canceller->cancelled_at == 0.0 && fraction > 0.0)
    {
      canceller->cancelled_at = fraction;
      g_cancellable_cancel (canceller->cancellable);
    }
}

/* Every update the worker queued before it finished has been shown. */
static void
drain_updates (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Cancel in the middle of a large file's parse: the job stops there, in
 * the parse (the progress never reaches the end of the parse), says it
 * was cancelled, and leaves no plan behind.
 */
static void
test_import_cancel_parse (XmlFixture    *fixture,
                          gconstpointer  data)
{
  g_autofree char *source = write_large_plan (fixture, 20000);
  g_autofree char *path = xml_fixture_path (fixture, "large.nap");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(NapProgress) progress = nap_progress_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  Canceller canceller = { cancellable, 0.0, 0.0, 0 };
  NapProject *project;

  g_signal_connect (progress, "notify::fraction", G_CALLBACK (cancel_in_parse_cb), &canceller);
  nap_xml_import_async (source, path, progress, cancellable, keep_result_cb, &result);
  project = nap_xml_import_finish (wait_for_result (&result), &error);
  drain_updates ();

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (project);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (nap_progress_get_stage (progress), ==, "Reading the file and checking every record…");
  g_assert_cmpfloat (canceller.cancelled_at, >, 0.0);
  g_assert_cmpfloat (canceller.cancelled_at, <, NAP_XML_READ_PARSED);
  g_assert_cmpfloat (canceller.last, <, NAP_XML_READ_PARSED);
}

/* Uncancelled, the parse says how far it is long before its end, then
 * goes through NAP_XML_READ_PARSED: the test above would see it if the
 * parse went on.
 */
static void
test_import_parse_progress (XmlFixture    *fixture,
                            gconstpointer  data)
{
  g_autofree char *source = write_large_plan (fixture, 2000);
  g_autoptr(NapProgress) progress = NULL;
  g_autoptr(NapXmlDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  Canceller first = { NULL, 0.0, 0.0, 0 };
  Watch watch;

  progress = watch_progress (&watch);
  g_signal_connect (progress, "notify::fraction", G_CALLBACK (cancel_in_parse_cb), &first);
  doc = nap_xml_read_file_full (source, progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  drain_updates ();
  g_assert_cmpfloat (first.cancelled_at, >, 0.0);
  g_assert_cmpfloat (first.cancelled_at, <, NAP_XML_READ_PARSED);
  /* The bar moves all along the parse, about once for each percent. */
  g_assert_cmpuint (first.in_parse, >=, 50);
  g_assert_cmpfloat (nap_progress_get_fraction (progress), ==, NAP_XML_READ_DONE);
  g_assert_false (watch.went_back);
  watch_clear (&watch);
}

/* Merge */

typedef struct
{
  XmlFixture base;
  char *team_path;
  char *exchange_path;       /* what the facilitator sends back */
  NapProject *team;
  guint n_sessions;          /* the team's, before the merge */
} MergeFixture;

static void
merge_set_up (MergeFixture  *fixture,
              gconstpointer  data)
{
  g_autofree char *source = xml_test_source_path ("tests", "fixtures", "small-plan.xml", NULL);
  g_autofree char *field_path = NULL;
  g_autoptr(NapProject) field = NULL;
  g_autoptr(GError) error = NULL;

  xml_fixture_set_up (&fixture->base, data);
  fixture->team_path = xml_fixture_path (&fixture->base, "team.nap");
  fixture->exchange_path = xml_fixture_path (&fixture->base, "from-mopti.xml");
  field_path = xml_fixture_path (&fixture->base, "field.nap");
  fixture->team = xml_test_import (source, fixture->team_path);
  fixture->n_sessions = g_list_model_get_n_items (nap_project_get_consultations (fixture->team));

  /* The facilitator logs a session in the field and sends it back. */
  field = xml_test_import (source, field_path);
  g_assert_nonnull (nap_project_add_consultation (field, "Focus group à Sévaré", &error));
  g_assert_no_error (error);
  g_assert_true (nap_xml_export_to_file (field, fixture->exchange_path, NAP_XML_EXPORT_CONSULTATIONS_ONLY, &error));
  g_assert_no_error (error);
}

static void
merge_tear_down (MergeFixture  *fixture,
                 gconstpointer  data)
{
  g_clear_object (&fixture->team);
  g_free (fixture->team_path);
  g_free (fixture->exchange_path);
  xml_fixture_tear_down (&fixture->base, data);
}

static NapMergePreview *
preview (MergeFixture *fixture,
         NapProgress  *progress)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  NapMergePreview *merge;

  nap_merge_preview_new_async (fixture->team, fixture->exchange_path, progress, NULL,
                               keep_result_cb, &result);
  merge = nap_merge_preview_new_finish (wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_true (NAP_IS_MERGE_PREVIEW (merge));
  return merge;
}

static NapMergeReport *
apply (NapMergePreview  *merge,
       NapProgress      *progress,
       GCancellable     *cancellable,
       GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  nap_merge_preview_apply_async (merge, progress, cancellable, keep_result_cb, &result);
  return nap_merge_preview_apply_finish (merge, wait_for_result (&result), error);
}

/* What the project said while the merge was applied. */
typedef struct
{
  guint changed;
  guint sessions_changed;
  guint sessions_at_changed;
} Heard;

static void
changed_cb (NapProject *project,
            Heard      *heard)
{
  heard->changed++;
  heard->sessions_at_changed = g_list_model_get_n_items (nap_project_get_consultations (project));
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Heard      *heard)
{
  heard->sessions_changed++;
}

static void
listen (NapProject *project,
        Heard      *heard)
{
  *heard = (Heard) { 0, };
  g_signal_connect (project, "changed", G_CALLBACK (changed_cb), heard);
  g_signal_connect (nap_project_get_consultations (project), "items-changed",
                    G_CALLBACK (items_changed_cb), heard);
}

static void
stop_listening (NapProject *project,
                Heard      *heard)
{
  g_signal_handlers_disconnect_by_data (project, heard);
  g_signal_handlers_disconnect_by_data (nap_project_get_consultations (project), heard);
}

static void
test_merge (MergeFixture  *fixture,
            gconstpointer  data)
{
  g_autoptr(NapMergePreview) merge = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(NapProgress) reading = NULL;
  g_autoptr(NapProgress) writing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = file_bytes (fixture->team_path);
  g_autoptr(GBytes) after = NULL;
  Watch watch;
  Heard heard;

  /* The preview says what would come, and changes nothing. */
  listen (fixture->team, &heard);
  reading = watch_progress (&watch);
  merge = preview (fixture, reading);
  g_assert_true (nap_merge_preview_get_project (merge) == fixture->team);
  g_assert_cmpstr (nap_merge_preview_get_xml_path (merge), ==, fixture->exchange_path);
  g_assert_false (nap_merge_report_get_applied (nap_merge_preview_get_report (merge)));
  g_assert_cmpuint (nap_merge_report_get_total_added (nap_merge_preview_get_report (merge)), ==, 1);
  after = file_bytes (fixture->team_path);
  g_assert_true (g_bytes_equal (after, before));
  g_assert_cmpuint (heard.changed, ==, 0);
  g_assert_cmpuint (heard.sessions_changed, ==, 0);
  wait_for_fraction (reading, 1.0);
  g_assert_cmpuint (watch.stages->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (watch.stages, 0), ==, "Reading the file and checking every record…");
  g_assert_cmpstr (g_ptr_array_index (watch.stages, 1), ==, "Comparing the file with the plan…");
  watch_clear (&watch);

  /* The plan may be edited while the preview is shown. */
  g_assert_nonnull (nap_project_add_actor (fixture->team, "Ministère de la Femme", NAP_ACTOR_KIND_OTHER, &error));
  g_assert_no_error (error);
  heard = (Heard) { 0, };

  /* Applied, the merge is in the file and in the objects, which the
   * project reports once, when they hold it; it cannot be stopped.
   */
  writing = watch_progress (&watch);
  report = apply (merge, writing, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (nap_merge_report_get_applied (report));
  g_assert_cmpuint (nap_merge_report_get_total_added (report), ==, 1);
  g_assert_cmpuint (heard.changed, ==, 1);
  g_assert_cmpuint (heard.sessions_changed, ==, 1);
  g_assert_cmpuint (heard.sessions_at_changed, ==, fixture->n_sessions + 1);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (fixture->team)), ==, fixture->n_sessions + 1);
  g_assert_nonnull (nap_project_find_actor_by_name (fixture->team, "Ministère de la Femme"));
  wait_for_fraction (writing, 1.0);
  g_assert_true (watch.uncancellable_seen);
  g_assert_cmpuint (watch.stages->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (watch.stages, 0), "Merging into the plan."));
  watch_clear (&watch);
  {
    g_autoptr(NapProject) reread = nap_project_open (fixture->team_path, NAP_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (reread)), ==, fixture->n_sessions + 1);
  }

  /* A preview is applied once. */
  g_clear_pointer (&report, nap_merge_report_unref);
  report = apply (merge, NULL, NULL, &error);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_FAILED);
  g_assert_null (report);
  g_assert_cmpuint (heard.changed, ==, 1);
  stop_listening (fixture->team, &heard);
}

/* A merge that fails while it writes changes nothing, in the file or in
 * the objects, and the plan goes on taking edits.
 */
static void
test_merge_all_or_nothing (MergeFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(NapMergePreview) merge = preview (fixture, NULL);
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  sqlite3 *intruder = NULL;
  NapConsultation *first = g_list_model_get_item (nap_project_get_consultations (fixture->team), 0);
  Heard heard;

  g_object_unref (first);
  listen (fixture->team, &heard);
  g_assert_cmpint (sqlite3_open (fixture->team_path, &intruder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (intruder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  before = file_bytes (fixture->team_path);
  report = apply (merge, NULL, NULL, &error);
  sqlite3_exec (intruder, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (intruder);

  g_assert_error (error, NAP_ERROR, NAP_ERROR_IN_USE);
  g_assert_null (report);
  after = file_bytes (fixture->team_path);
  g_assert_true (g_bytes_equal (after, before));
  g_assert_cmpuint (heard.changed, ==, 0);
  g_assert_cmpuint (heard.sessions_changed, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (fixture->team)), ==, fixture->n_sessions);
  /* The same objects as before: nothing was read again. */
  {
    g_autoptr(NapConsultation) still = g_list_model_get_item (nap_project_get_consultations (fixture->team), 0);

    g_assert_true (still == first);
  }
  g_clear_error (&error);
  g_assert_nonnull (nap_project_add_consultation (fixture->team, "Après l’échec", &error));
  g_assert_no_error (error);
  stop_listening (fixture->team, &heard);
}

static void
test_merge_cancel (MergeFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(NapMergePreview) merge = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = file_bytes (fixture->team_path);
  g_autoptr(GBytes) after = NULL;

  /* A cancelled preview gives nothing to apply. */
  g_cancellable_cancel (cancellable);
  nap_merge_preview_new_async (fixture->team, fixture->exchange_path, NULL, cancellable,
                               keep_result_cb, &result);
  g_assert_null (nap_merge_preview_new_finish (wait_for_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* A merge cancelled before it writes writes nothing. */
  merge = preview (fixture, NULL);
  report = apply (merge, NULL, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (report);
  after = file_bytes (fixture->team_path);
  g_assert_true (g_bytes_equal (after, before));
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (fixture->team)), ==, fixture->n_sessions);
}

/* A merge's preview of a large file, cancelled in its parse, leaves the
 * plan as it was.
 */
static void
test_merge_cancel_parse (MergeFixture  *fixture,
                         gconstpointer  data)
{
  g_autofree char *source = write_large_plan (&fixture->base, 20000);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(NapProgress) progress = nap_progress_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = file_bytes (fixture->team_path);
  g_autoptr(GBytes) after = NULL;
  Canceller canceller = { cancellable, 0.0, 0.0, 0 };

  g_signal_connect (progress, "notify::fraction", G_CALLBACK (cancel_in_parse_cb), &canceller);
  nap_merge_preview_new_async (fixture->team, source, progress, cancellable, keep_result_cb, &result);
  g_assert_null (nap_merge_preview_new_finish (wait_for_result (&result), &error));
  drain_updates ();

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (canceller.cancelled_at, >, 0.0);
  g_assert_cmpfloat (canceller.last, <, NAP_XML_READ_PARSED);
  after = file_bytes (fixture->team_path);
  g_assert_true (g_bytes_equal (after, before));
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_consultations (fixture->team)), ==, fixture->n_sessions);
}

/* A plan open read-only takes no merge, and the preview says so. */
static void
test_merge_read_only (MergeFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(NapProject) reader = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  reader = nap_project_open (fixture->team_path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  nap_merge_preview_new_async (reader, fixture->exchange_path, NULL, NULL, keep_result_cb, &result);
  g_assert_null (nap_merge_preview_new_finish (wait_for_result (&result), &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_READ_ONLY);
}

/* The merge on the caller's thread reports itself once too. */
static void
test_merge_sync_signals (MergeFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  Heard heard;

  listen (fixture->team, &heard);
  report = nap_xml_merge (fixture->team, fixture->exchange_path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpuint (heard.changed, ==, 1);
  g_assert_cmpuint (heard.sessions_changed, ==, 1);
  g_assert_cmpuint (heard.sessions_at_changed, ==, fixture->n_sessions + 1);
  stop_listening (fixture->team, &heard);
}

/* Export */

static void
test_export (XmlFixture    *fixture,
             gconstpointer  data)
{
  g_autofree char *project_path = xml_fixture_path (fixture, "plan.nap");
  g_autoptr(NapProject) project = xml_test_full_plan (project_path);
  static const struct
  {
    NapExportFormat format;
    const char *name;
  } formats[] = {
    { NAP_EXPORT_XML, "plan.xml" },
    { NAP_EXPORT_XML_CONSULTATIONS, "consultations.xml" },
    { NAP_EXPORT_BUDGET_CSV, "budget.csv" },
    { NAP_EXPORT_REPORT_HTML, "report.html" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = xml_fixture_path (fixture, formats[i].name);
      g_autofree char *expected_path = g_strconcat (path, ".expected", NULL);
      g_autofree char *written = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *streamed = NULL;
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(NapProgress) progress = nap_progress_new ();
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      g_autoptr(GError) error = NULL;
      gboolean ok = FALSE;

      /* What the export on the caller's thread writes. */
      switch (formats[i].format)
        {
        case NAP_EXPORT_XML:
          ok = nap_xml_export_to_file (project, expected_path, NAP_XML_EXPORT_ALL, &error);
          break;
        case NAP_EXPORT_XML_CONSULTATIONS:
          ok = nap_xml_export_to_file (project, expected_path, NAP_XML_EXPORT_CONSULTATIONS_ONLY, &error);
          break;
        case NAP_EXPORT_BUDGET_CSV:
          ok = nap_budget_csv_export_to_file (project, expected_path, &error);
          break;
        case NAP_EXPORT_REPORT_HTML:
          ok = nap_report_write_to_file (project, expected_path, &error);
          break;
        default:
          g_assert_not_reached ();
        }
      g_assert_no_error (error);
      g_assert_true (ok);

      nap_project_export_async (project, formats[i].format, path, progress, NULL, keep_result_cb, &result);
      g_assert_true (nap_project_export_finish (project, wait_for_result (&result), &error));
      g_assert_no_error (error);
      wait_for_fraction (progress, 1.0);

      /* Byte for byte the same, in a file and in a stream. */
      expected = xml_test_read (expected_path);
      written = xml_test_read (path);
      g_assert_cmpstr (written, ==, expected);
      g_assert_true (nap_export_plan_file (project_path, formats[i].format, out, &error));
      g_assert_no_error (error);
      g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
      g_assert_true (g_output_stream_close (out, NULL, NULL));
      streamed = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
      g_assert_cmpstr (streamed, ==, expected);
    }

  /* A failure says which file, and leaves it as it was. */
  {
    g_autofree char *folder = xml_fixture_path (fixture, "a-folder");
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
    nap_project_export_async (project, NAP_EXPORT_XML, folder, NULL, NULL, keep_result_cb, &result);
    g_assert_false (nap_project_export_finish (project, wait_for_result (&result), &error));
    g_assert_nonnull (error);
    g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/jobs/import", XmlFixture, NULL, xml_fixture_set_up, test_import, xml_fixture_tear_down);
  g_test_add ("/jobs/import-refused", XmlFixture, NULL, xml_fixture_set_up, test_import_refused, xml_fixture_tear_down);
  g_test_add ("/jobs/import-cancel", XmlFixture, NULL, xml_fixture_set_up, test_import_cancel, xml_fixture_tear_down);
  g_test_add ("/jobs/import-cancel-parse", XmlFixture, NULL, xml_fixture_set_up, test_import_cancel_parse, xml_fixture_tear_down);
  g_test_add ("/jobs/import-parse-progress", XmlFixture, NULL, xml_fixture_set_up, test_import_parse_progress, xml_fixture_tear_down);
  g_test_add ("/jobs/merge", MergeFixture, NULL, merge_set_up, test_merge, merge_tear_down);
  g_test_add ("/jobs/merge-all-or-nothing", MergeFixture, NULL, merge_set_up, test_merge_all_or_nothing, merge_tear_down);
  g_test_add ("/jobs/merge-cancel", MergeFixture, NULL, merge_set_up, test_merge_cancel, merge_tear_down);
  g_test_add ("/jobs/merge-cancel-parse", MergeFixture, NULL, merge_set_up, test_merge_cancel_parse, merge_tear_down);
  g_test_add ("/jobs/merge-read-only", MergeFixture, NULL, merge_set_up, test_merge_read_only, merge_tear_down);
  g_test_add ("/jobs/merge-sync-signals", MergeFixture, NULL, merge_set_up, test_merge_sync_signals, merge_tear_down);
  g_test_add ("/jobs/export", XmlFixture, NULL, xml_fixture_set_up, test_export, xml_fixture_tear_down);

  return g_test_run ();
}
