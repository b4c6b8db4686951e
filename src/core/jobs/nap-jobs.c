/* nap-jobs.c: importing and exporting plans off the main thread
 *
 * Reading and checking a large NAP XML file, or writing a large plan,
 * takes seconds; these run the work in a worker thread with GTask, as
 * gnome-text-editor's editor-document.c loads and saves files, and say
 * how far they are through a NapProgress. The caller's main loop keeps
 * running meanwhile.
 *
 * What a worker may touch: a NapProject's objects and its SQLite
 * connection are not thread-safe, so a worker never uses the caller's.
 * An import makes the new file and the project on it in the worker, and
 * hands the project over once done. An export opens the plan's file again,
 * read-only, in the worker: every edit is in the file as soon as it is
 * made, so that is the plan the caller sees. Merging, which must change
 * the caller's plan, is NapMergePreview's (nap-merge-preview.c).
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-jobs"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "nap-budget-csv.h"
#include "nap-error.h"
#include "nap-jobs.h"
#include "nap-report.h"
#include "nap-xml-reader.h"
#include "nap-xml-writer.h"

/* What a worker is given: the files, and where to say how far it is. */
typedef struct
{
  char *project_path;     /* the plan's file: an import makes it, an export reads it */
  char *other_path;       /* the XML file an import reads, or the file an export writes */
  NapExportFormat format; /* an export's */
  NapProgress *progress;
} Job;

static Job *
job_new (const char  *project_path,
         const char  *other_path,
         NapProgress *progress)
{
  Job *job = g_new0 (Job, 1);

  job->project_path = g_strdup (project_path);
  job->other_path = g_strdup (other_path);
  job->progress = progress != NULL ? g_object_ref (progress) : NULL;
  return job;
}

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->project_path);
  g_free (job->other_path);
  g_clear_object (&job->progress);
  g_free (job);
}

/* Import */

static void
import_worker (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(NapXmlDocument) doc = NULL;
  g_autoptr(NapProject) project = NULL;
  GError *error = NULL;

  if (g_file_test (job->project_path, G_FILE_TEST_EXISTS)
      || g_file_test (job->project_path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autofree char *name = g_filename_display_basename (job->project_path);

      g_task_return_new_error (task, NAP_ERROR, NAP_ERROR_EXISTS,
                               _("“%s” exists already; choose another name."), name);
      return;
    }

  nap_progress_update (job->progress, _("Reading the file and checking every record…"), 0.0, TRUE);
  /* Cancel stops the read even in the middle of the parse. */
  doc = nap_xml_read_file_full (job->other_path, job->progress, cancellable, &error);
  if (doc == NULL || g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  nap_progress_update (job->progress, _("Writing the new plan…"), NAP_XML_READ_DONE, TRUE);
  project = nap_xml_import_document (doc, job->project_path, &error);
  if (project == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      /* The file is new and ours; nobody wants it any more. */
      g_clear_object (&project);
      g_unlink (job->project_path);
      g_task_return_error (task, error);
      return;
    }

  nap_progress_update (job->progress, NULL, 1.0, FALSE);
  g_task_return_pointer (task, g_steal_pointer (&project), g_object_unref);
}

/**
 * nap_xml_import_async:
 * @xml_path: a NAP XML file
 * @project_path: the new project file; it must not exist
 * @progress: (nullable): where to say how far the import has come
 * @cancellable: (nullable): to stop the import
 * @callback: called in the thread-default main context of the caller
 * @user_data: for @callback
 *
 * Reads @xml_path, with every check of nap_xml_read_file(), into a new
 * project file, in a worker thread: see nap_xml_import(). Call
 * nap_xml_import_finish() from @callback.
 */
void
nap_xml_import_async (const char          *xml_path,
                      const char          *project_path,
                      NapProgress         *progress,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (xml_path != NULL);
  g_return_if_fail (project_path != NULL);
  g_return_if_fail (progress == NULL || NAP_IS_PROGRESS (progress));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, nap_xml_import_async);
  g_task_set_name (task, "[nap] import NAP XML");
  g_task_set_task_data (task, job_new (project_path, xml_path, progress), job_free);
  /* nap_xml_import_finish() looks at the cancellable itself: a plan made
   * before a late cancel must still be thrown away, file and all.
   */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, import_worker);
}

/**
 * nap_xml_import_finish:
 * @result: a #GAsyncResult
 *
 * The end of nap_xml_import_async(). A cancelled import leaves no file
 * behind, even if the worker had finished it: then this returns
 * %G_IO_ERROR_CANCELLED.
 *
 * Returns: (transfer full): the new project, open, or %NULL with @error
 *   set; then no file is left at the project's path
 */
NapProject *
nap_xml_import_finish (GAsyncResult  *result,
                       GError       **error)
{
  GTask *task;
  GCancellable *cancellable;
  Job *job;
  g_autoptr(NapProject) project = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nap_xml_import_async, NULL);

  task = G_TASK (result);
  cancellable = g_task_get_cancellable (task);
  job = g_task_get_task_data (task);
  project = g_task_propagate_pointer (task, error);
  if (project != NULL && g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_clear_object (&project);
      g_unlink (job->project_path);
      return NULL;
    }
  return g_steal_pointer (&project);
}

/* Export */

/* What an export reads: the file itself for NAP XML (the writer needs no
 * objects), the plan's objects for the others.
 */
typedef struct
{
  NapStore *store;
  NapProject *project;
} Source;

static void
source_clear (Source *source)
{
  g_clear_object (&source->store);
  g_clear_object (&source->project);
}

static gboolean
is_xml (NapExportFormat format)
{
  return format == NAP_EXPORT_XML || format == NAP_EXPORT_XML_CONSULTATIONS;
}

static NapXmlExportFlags
xml_flags (NapExportFormat format)
{
  return format == NAP_EXPORT_XML_CONSULTATIONS ? NAP_XML_EXPORT_CONSULTATIONS_ONLY : NAP_XML_EXPORT_ALL;
}

static gboolean
source_open (Source           *source,
             const char       *project_path,
             NapExportFormat   format,
             GError          **error)
{
  if (is_xml (format))
    source->store = nap_store_open (project_path, NAP_STORE_OPEN_READ_ONLY, error);
  else
    source->project = nap_project_open (project_path, NAP_STORE_OPEN_READ_ONLY, error);
  return source->store != NULL || source->project != NULL;
}

static gboolean
source_write (Source           *source,
              NapExportFormat   format,
              GOutputStream    *out,
              GError          **error)
{
  switch (format)
    {
    case NAP_EXPORT_XML:
    case NAP_EXPORT_XML_CONSULTATIONS:
      return nap_xml_export_store (source->store, out, xml_flags (format), error);

    case NAP_EXPORT_BUDGET_CSV:
      {
        g_autoptr(GBytes) bytes = nap_budget_csv_build (source->project);
        gsize size;
        const char *data = g_bytes_get_data (bytes, &size);

        return g_output_stream_write_all (out, data, size, NULL, NULL, error);
      }

    case NAP_EXPORT_REPORT_HTML:
      return nap_report_write (source->project, out, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
source_write_to_file (Source           *source,
                      NapExportFormat   format,
                      const char       *path,
                      GError          **error)
{
  switch (format)
    {
    case NAP_EXPORT_XML:
    case NAP_EXPORT_XML_CONSULTATIONS:
      return nap_xml_export_store_to_file (source->store, path, xml_flags (format), error);

    case NAP_EXPORT_BUDGET_CSV:
      return nap_budget_csv_export_to_file (source->project, path, error);

    case NAP_EXPORT_REPORT_HTML:
      return nap_report_write_to_file (source->project, path, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * nap_export_plan_file:
 * @project_path: a plan file; it is only read
 * @out: where to write; it is not closed
 *
 * Writes the plan in @project_path as @format, opening the file
 * read-only: what `nap-tool export-xml` does. NAP XML is written from the
 * file directly, without loading the plan.
 */
gboolean
nap_export_plan_file (const char       *project_path,
                      NapExportFormat   format,
                      GOutputStream    *out,
                      GError          **error)
{
  Source source = { 0, };
  gboolean ok;

  g_return_val_if_fail (project_path != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  ok = source_open (&source, project_path, format, error)
       && source_write (&source, format, out, error);
  source_clear (&source);
  return ok;
}

/**
 * nap_export_plan_file_to_file:
 * @project_path: a plan file; it is only read
 * @path: the file to write; it is replaced only once the new one is
 *   complete
 *
 * Like nap_export_plan_file(), into the file @path.
 */
gboolean
nap_export_plan_file_to_file (const char       *project_path,
                              NapExportFormat   format,
                              const char       *path,
                              GError          **error)
{
  Source source = { 0, };
  gboolean ok;

  g_return_val_if_fail (project_path != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  ok = source_open (&source, project_path, format, error)
       && source_write_to_file (&source, format, path, error);
  source_clear (&source);
  return ok;
}

static void
export_worker (GTask        *task,
               gpointer      source_object,
               gpointer      data,
               GCancellable *cancellable)
{
  Job *job = data;
  Source source = { 0, };
  g_autofree char *name = g_filename_display_basename (job->other_path);
  g_autofree char *writing = NULL;
  GError *error = NULL;

  nap_progress_update (job->progress, _("Reading the plan…"), 0.0, TRUE);
  if (!source_open (&source, job->project_path, job->format, &error)
      || g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      source_clear (&source);
      g_task_return_error (task, error);
      return;
    }

  /* Translators: a stage of an export: %s is the file written */
  writing = g_strdup_printf (_("Writing “%s”…"), name);
  /* The file is replaced at once when complete: nothing to stop halfway. */
  nap_progress_update (job->progress, writing, 0.5, FALSE);
  if (!source_write_to_file (&source, job->format, job->other_path, &error))
    {
      source_clear (&source);
      g_task_return_error (task, error);
      return;
    }

  source_clear (&source);
  nap_progress_update (job->progress, NULL, 1.0, FALSE);
  g_task_return_boolean (task, TRUE);
}

/**
 * nap_project_export_async:
 * @project: the plan to export
 * @path: the file to write; it is replaced only once the new one is
 *   complete, and a failure leaves it as it was
 * @progress: (nullable): where to say how far the export has come
 * @cancellable: (nullable): to stop the export before it writes
 * @callback: called in the thread-default main context of the caller
 * @user_data: for @callback
 *
 * Writes @project as @format in a worker thread, which reads the plan's
 * file on its own read-only connection: @project may be edited meanwhile,
 * and the export holds the plan as it was when the worker read it. Call
 * nap_project_export_finish() from @callback.
 */
void
nap_project_export_async (NapProject          *project,
                          NapExportFormat      format,
                          const char          *path,
                          NapProgress         *progress,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (NAP_IS_PROJECT (project));
  g_return_if_fail (path != NULL);
  g_return_if_fail (progress == NULL || NAP_IS_PROGRESS (progress));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = job_new (nap_project_get_path (project), path, progress);
  job->format = format;

  task = g_task_new (project, cancellable, callback, user_data);
  g_task_set_source_tag (task, nap_project_export_async);
  g_task_set_name (task, "[nap] export");
  g_task_set_task_data (task, job, job_free);
  /* Once written, the file is there: a late cancel does not undo it. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, export_worker);
}

/**
 * nap_project_export_finish:
 * @project: a #NapProject
 * @result: a #GAsyncResult
 *
 * The end of nap_project_export_async().
 *
 * Returns: whether the file was written; if not, @error says why
 */
gboolean
nap_project_export_finish (NapProject    *project,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (NAP_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, project), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nap_project_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
