/* nap-window-xml-jobs.c: importing and merging NAP XML off the main thread
 *
 * Reading and checking a large NAP XML file takes seconds, so import and
 * merge run in a worker thread (GTask, as gnome-text-editor's
 * editor-document.c loads files) behind a small dialog with a progress
 * bar, and the window stays responsive.
 *
 * What the worker may touch: a NapProject's objects and its SQLite
 * connection are not thread-safe, so the worker never uses the window's.
 * - An import reads the file into a new project file of its own, opened
 *   in the worker, and hands the open project to the main thread, which
 *   uses it from then on. The worker does not touch it after that.
 * - A merge reads the file, then reads the plan through a second
 *   connection to the same file (nap_store_open_beside(): the window's
 *   project holds the one-writer lock) into objects of its own, and
 *   computes the preview there. Once the drafter agrees, the views let go
 *   of the window's project (saving what is being typed), the worker
 *   merges through its connection in one transaction, and the main thread
 *   reads the plan again. A merge that fails rolls back: the file and the
 *   window's objects are as they were.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-drafter"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "nap-project-import.h"
#include "nap-window-private.h"
#include "nap-xml-reader.h"

typedef enum
{
  STAGE_READING,
  STAGE_WRITING,
  STAGE_COMPARING,
  STAGE_MERGING,
  STAGE_SHOWING,
} Stage;

struct _NapXmlJob
{
  char *xml_path;
  char *nap_path;          /* an import's new file */
  NapProject *window_project; /* a merge's target: its lock stays held */
  NapStore *store;         /* a merge's connection beside the window's */
  NapProject *project;     /* made in the worker: the import, or the plan
                            * as the merge's connection reads it */
  NapXmlDocument *doc;
  NapMergeReport *report;
  int stage;               /* a Stage, set by the worker */
};

/* What a window has running; one job at a time. */
typedef struct
{
  GtkWidget *progress;
  GtkProgressBar *bar;
  GCancellable *cancellable;
  NapXmlJob *job;
  guint pulse_id;
} Running;

void
_nap_xml_job_free (NapXmlJob *job)
{
  if (job == NULL)
    return;

  g_free (job->xml_path);
  g_free (job->nap_path);
  g_clear_object (&job->project);
  g_clear_object (&job->store);
  g_clear_object (&job->window_project);
  g_clear_pointer (&job->doc, nap_xml_document_free);
  g_clear_pointer (&job->report, nap_merge_report_unref);
  g_free (job);
}

static Running *
running (NapWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "nap-xml-running");
}

/**
 * _nap_window_xml_is_busy:
 *
 * Returns: whether an import or merge of this window is running
 */
gboolean
_nap_window_xml_is_busy (NapWindow *self)
{
  return running (self) != NULL;
}

/**
 * _nap_window_get_xml_progress:
 *
 * Returns: (transfer none) (nullable): the dialog that shows the import
 *   or merge running
 */
GtkWidget *
_nap_window_get_xml_progress (NapWindow *self)
{
  Running *run = running (self);

  return run != NULL ? run->progress : NULL;
}

/* The window was closed while a worker ran: it shows nothing more. Its
 * template children are gone then.
 */
static gboolean
window_gone (NapWindow *self)
{
  return self->toast_overlay == NULL;
}

/* The progress dialog */

static const char *
stage_text (Stage stage)
{
  switch (stage)
    {
    case STAGE_READING:
      return _("Reading the file and checking every record…");
    case STAGE_WRITING:
      return _("Writing the new plan…");
    case STAGE_COMPARING:
      return _("Comparing the file with the plan…");
    case STAGE_MERGING:
      return _("Merging into the plan. This cannot be interrupted: the plan is changed all at once or not at all.");
    case STAGE_SHOWING:
    default:
      return _("Showing the plan…");
    }
}

static gboolean
pulse_cb (gpointer data)
{
  NapWindow *self = data;
  Running *run = running (self);
  Stage stage = (Stage) g_atomic_int_get (&run->job->stage);

  gtk_progress_bar_pulse (run->bar);
  if (run->progress != NULL)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (run->progress), stage_text (stage));
  return G_SOURCE_CONTINUE;
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GCancellable     *cancellable)
{
  if (g_strcmp0 (response, "cancel") == 0)
    g_cancellable_cancel (cancellable);
}

/* Starts showing @job, which a worker is about to run. */
static gboolean
refuse_close_cb (GtkWindow *dialog)
{
  return TRUE;
}

static Running *
start (NapWindow  *self,
       NapXmlJob  *job,
       const char *heading,
       gboolean    cancellable)
{
  Running *run = g_new0 (Running, 1);
  GtkWidget *bar = gtk_progress_bar_new ();

  g_assert (running (self) == NULL);

  run->job = job;
  run->cancellable = g_cancellable_new ();
  run->bar = g_object_ref (GTK_PROGRESS_BAR (bar));
  gtk_progress_bar_set_pulse_step (run->bar, 0.08);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress"),
                                  -1);

  run->progress = adw_message_dialog_new (GTK_WINDOW (self), heading, stage_text (job->stage));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (run->progress), bar);
  if (cancellable)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (run->progress), "cancel", _("_Cancel"));
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (run->progress), "cancel");
      g_signal_connect_object (run->progress, "response", G_CALLBACK (progress_response_cb),
                               run->cancellable, 0);
    }
  else
    /* Nothing to press; and Escape must not hide what is going on. */
    g_signal_connect (run->progress, "close-request", G_CALLBACK (refuse_close_cb), NULL);
  g_object_add_weak_pointer (G_OBJECT (run->progress), (gpointer *) &run->progress);
  gtk_window_present (GTK_WINDOW (run->progress));

  run->pulse_id = g_timeout_add (100, pulse_cb, self);
  g_object_set_data (G_OBJECT (self), "nap-xml-running", run);
  return run;
}

/* Stops showing the job; returns it, and whether it was cancelled. */
static NapXmlJob *
finish (NapWindow *self,
        gboolean  *cancelled)
{
  Running *run = running (self);
  NapXmlJob *job = run->job;

  *cancelled = g_cancellable_is_cancelled (run->cancellable);
  g_clear_handle_id (&run->pulse_id, g_source_remove);
  if (run->progress != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (run->progress), (gpointer *) &run->progress);
      gtk_window_destroy (GTK_WINDOW (run->progress));
    }
  g_object_unref (run->cancellable);
  g_object_unref (run->bar);
  g_free (run);
  g_object_set_data (G_OBJECT (self), "nap-xml-running", NULL);
  return job;
}

/* What is left to do on the main thread (showing a large plan) blocks it
 * for a moment: the dialog says so first, and goes once it is done.
 */
static void
paint_then (NapWindow   *self,
            GSourceFunc  func)
{
  Running *run = running (self);

  g_atomic_int_set (&run->job->stage, STAGE_SHOWING);
  if (run->progress != NULL)
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (run->progress), stage_text (STAGE_SHOWING));
      if (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (run->progress), "cancel"))
        adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (run->progress), "cancel", FALSE);
    }
  g_timeout_add_full (G_PRIORITY_DEFAULT, 150, func, g_object_ref (self), g_object_unref);
}

static void
run_in_thread (NapWindow           *self,
               Running             *run,
               GTaskThreadFunc      worker,
               GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (self, run->cancellable, done, NULL);

  /* The callback looks at the cancellable itself: a result that arrives
   * after a cancel is still there to be thrown away properly.
   */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, run->job, NULL);
  g_task_run_in_thread (task, worker);
}

/* A worker's end: @error, or success with the results in the job. */
static void
return_result (GTask  *task,
               GError *error)
{
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* The slow part of both: reading and checking the file, in a worker. */
static gboolean
read_document (NapXmlJob     *job,
               GCancellable  *cancellable,
               Stage          next,
               GError       **error)
{
  job->doc = nap_xml_read_file (job->xml_path, error);
  if (job->doc == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  g_atomic_int_set (&job->stage, next);
  return TRUE;
}

/* Import */

static void
import_worker (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  NapXmlJob *job = data;
  GError *error = NULL;

  if (read_document (job, cancellable, STAGE_WRITING, &error))
    job->project = nap_xml_import_document (job->doc, job->nap_path, &error);
  return_result (task, error);
}

static NapWindow *
window_of (NapWindow  *self,
           NapProject *project)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = app != NULL ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    if (NAP_IS_WINDOW (l->data) && nap_window_get_project (l->data) == project)
      return l->data;
  return self;
}

static gboolean
import_show_cb (gpointer data)
{
  NapWindow *self = data;
  gboolean cancelled;
  NapXmlJob *job = running (self)->job;
  g_autoptr(GFile) file = g_file_new_for_path (job->nap_path);
  g_autofree char *name = g_filename_display_basename (job->xml_path);
  g_autofree char *message = NULL;

  _nap_window_remember_folder (self, file);
  _nap_window_show_new_project (self, job->project);
  /* Translators: a notification: %s is a file name */
  message = g_strdup_printf (_("Imported “%s”"), name);
  _nap_window_toast (window_of (self, job->project), message);
  finish (self, &cancelled);
  _nap_xml_job_free (job);
  return G_SOURCE_REMOVE;
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  NapWindow *self = NAP_WINDOW (source);
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);
  gboolean cancelled = g_cancellable_is_cancelled (running (self)->cancellable);
  NapXmlJob *job;

  if (ok && !cancelled && !window_gone (self))
    {
      paint_then (self, import_show_cb);
      return;
    }

  job = finish (self, &cancelled);
  if (ok && cancelled)
    {
      /* The file is new and ours; the drafter no longer wants it. */
      g_clear_object (&job->project);
      g_unlink (job->nap_path);
    }
  else if (!ok && !cancelled && !window_gone (self))
    _nap_window_show_error (self, _("Could not import the plan"), error);
  _nap_xml_job_free (job);
}

/**
 * _nap_window_import:
 *
 * Makes the new plan @nap_path from the NAP XML file @xml_path in a worker
 * thread, showing progress, and then shows it: here if this window shows
 * no plan, or else in a new window. A failure is shown in a dialog, and
 * leaves no file at @nap_path; so does a cancel.
 */
void
_nap_window_import (NapWindow  *self,
                    const char *xml_path,
                    const char *nap_path)
{
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  NapXmlJob *job;
  Running *run;

  g_return_if_fail (NAP_IS_WINDOW (self));
  g_return_if_fail (xml_path != NULL && nap_path != NULL);

  if (running (self) != NULL)
    return;

  job = g_new0 (NapXmlJob, 1);
  job->xml_path = g_strdup (xml_path);
  job->nap_path = g_strdup (nap_path);
  name = g_filename_display_basename (xml_path);
  /* Translators: a dialog's heading while a file is read: %s is its name */
  heading = g_strdup_printf (_("Importing “%s”"), name);
  run = start (self, job, heading, TRUE);
  run_in_thread (self, run, import_worker, import_done_cb);
}

/* Merge: reading and the preview */

static char *
merge_heading (const char *xml_path)
{
  g_autofree char *name = g_filename_display_basename (xml_path);

  /* Translators: a dialog's heading while a file is merged: %s is its name */
  return g_strdup_printf (_("Merging “%s”"), name);
}

static void
merge_read_worker (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  NapXmlJob *job = data;
  GError *error = NULL;

  if (read_document (job, cancellable, STAGE_COMPARING, &error))
    {
      /* The plan's objects, the worker's own, read through its connection. */
      job->project = nap_project_new_for_import (job->store);
      if (nap_project_reload (job->project, &error))
        job->report = nap_xml_merge_document (job->project, job->doc, TRUE, &error);
    }

  /* No statement of this connection may hold a lock while the preview
   * is shown: the window's edits would wait for it.
   */
  nap_store_reset_statements (job->store);
  return_result (task, error);
}

static void
merge_read_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  NapWindow *self = NAP_WINDOW (source);
  g_autoptr(GError) error = NULL;
  gboolean cancelled;
  NapXmlJob *job = finish (self, &cancelled);
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);
  GtkWidget *dialog;

  if (window_gone (self))
    ok = FALSE;
  else if (!ok && !cancelled)
    _nap_window_show_error (self, _("Could not merge the file"), error);
  if (!ok || cancelled || self->project != job->window_project)
    {
      _nap_xml_job_free (job);
      return;
    }

  /* The dialog keeps the job: "merge" hands it to the worker again. */
  dialog = _nap_window_merge_dialog_new (self, job->xml_path, job->report);
  g_object_set_data_full (G_OBJECT (dialog), "nap-merge-job", job, (GDestroyNotify) _nap_xml_job_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _nap_window_merge_file:
 *
 * Reads the NAP XML file @xml_path in a worker thread, showing progress,
 * and then shows what merging it would add and change, in a dialog whose
 * "merge" response merges it (see _nap_window_merge_apply()). Nothing is
 * changed before that; a failure to read the file is shown in a dialog.
 */
void
_nap_window_merge_file (NapWindow  *self,
                        const char *xml_path)
{
  g_autofree char *heading = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NapStore) store = NULL;
  NapXmlJob *job;
  Running *run;

  g_return_if_fail (NAP_IS_WINDOW (self));
  g_return_if_fail (xml_path != NULL);

  if (running (self) != NULL || self->project == NULL)
    return;

  store = nap_store_open_beside (nap_project_get_store (self->project), &error);
  if (store == NULL)
    {
      _nap_window_show_error (self, _("Could not merge the file"), error);
      return;
    }

  job = g_new0 (NapXmlJob, 1);
  job->xml_path = g_strdup (xml_path);
  job->window_project = g_object_ref (self->project);
  job->store = g_steal_pointer (&store);
  heading = merge_heading (xml_path);
  run = start (self, job, heading, TRUE);
  run_in_thread (self, run, merge_read_worker, merge_read_done_cb);
}

/* Merge: the change itself */

static void
merge_apply_worker (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  NapXmlJob *job = data;
  GError *error = NULL;

  g_clear_pointer (&job->report, nap_merge_report_unref);
  /* The plan as it is now: what was being typed was saved meanwhile. */
  if (nap_project_reload (job->project, &error))
    job->report = nap_xml_merge_document (job->project, job->doc, FALSE, &error);
  nap_store_reset_statements (job->store);
  return_result (task, error);
}

static gboolean
merge_show_cb (gpointer data)
{
  NapWindow *self = data;
  g_autoptr(GError) error = NULL;
  gboolean cancelled;
  NapXmlJob *job = running (self)->job;
  NapProject *project = job->window_project;
  g_autofree char *summary = NULL;

  /* The merge went through the other connection: the window's objects
   * are read again, as nap_xml_merge() does, and "changed" says so.
   */
  nap_project_reload (project, &error);
  g_signal_emit_by_name (project, "changed");
  if (self->project == project)
    _nap_window_set_views_project (self, project);

  finish (self, &cancelled);
  if (error == NULL)
    {
      summary = _nap_window_merge_summary (job->report, job->xml_path);
      _nap_window_toast (self, summary);
    }
  else
    _nap_window_show_error (self, _("Could not read the merged plan"), error);
  _nap_xml_job_free (job);
  return G_SOURCE_REMOVE;
}

static void
merge_apply_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  NapWindow *self = NAP_WINDOW (source);
  g_autoptr(GError) error = NULL;
  gboolean cancelled;
  NapXmlJob *job;

  if (g_task_propagate_boolean (G_TASK (result), &error) && !window_gone (self))
    {
      paint_then (self, merge_show_cb);
      return;
    }

  /* Nothing was changed, or the window is closed: the plan in the file
   * is the plan of the window's objects, or of none.
   */
  job = finish (self, &cancelled);
  if (!window_gone (self))
    {
      if (self->project == job->window_project)
        _nap_window_set_views_project (self, self->project);
      _nap_window_show_error (self, _("Could not merge the file"), error);
    }
  _nap_xml_job_free (job);
}

/**
 * _nap_window_merge_apply:
 * @job: (transfer full): what _nap_window_merge_file() read
 *
 * Merges, in a worker thread, the file that @job read into the plan
 * shown, then shows the plan read again and says what was done in a
 * toast, or why nothing was changed in a dialog.
 */
void
_nap_window_merge_apply (NapWindow *self,
                         NapXmlJob *job)
{
  g_autofree char *heading = NULL;
  Running *run;

  g_return_if_fail (NAP_IS_WINDOW (self));
  g_return_if_fail (job != NULL);

  if (running (self) != NULL || self->project != job->window_project
      || nap_project_is_read_only (self->project))
    {
      _nap_xml_job_free (job);
      return;
    }

  /* The views save what is being typed and let go of the objects that
   * the reload will replace; the window's connection then holds no lock
   * that would make the worker's wait.
   */
  _nap_window_set_views_project (self, NULL);
  nap_store_reset_statements (nap_project_get_store (self->project));

  g_atomic_int_set (&job->stage, STAGE_MERGING);
  heading = merge_heading (job->xml_path);
  run = start (self, job, heading, FALSE);
  run_in_thread (self, run, merge_apply_worker, merge_apply_done_cb);
}
