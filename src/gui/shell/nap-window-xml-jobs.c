/* nap-window-xml-jobs.c: showing the core's import, merge and export jobs
 *
 * Import, merge and export run in the core, off the main thread
 * (nap-jobs.h, nap-merge-preview.h); the window starts them, shows a small
 * dialog with the job's stage and a progress bar, and reacts to the
 * result: it shows the imported plan, the merge preview, a toast, or why
 * nothing was done.
 *
 * While a merge writes, the views let go of the plan's objects (saving
 * what is being typed): the core reads the plan again once the merge is
 * in the file, and the views then take the new objects.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-drafter"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-jobs.h"
#include "nap-window-private.h"

/* What a window has running; one job at a time. */
typedef struct
{
  GtkWidget *progress;       /* the dialog; NULL once it is gone */
  GtkProgressBar *bar;
  GCancellable *cancellable;
  NapProgress *job_progress;
  GSignalGroup *progress_signals; /* of job_progress, to the dialog */
  char *xml_path;            /* the file read, or the file an export writes */
  NapProject *project;       /* an import's new plan, once made */
  NapMergePreview *preview;  /* a merge's */
  NapMergeReport *report;    /* what the merge did */
  guint pulse_id;
} Running;

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

/**
 * _nap_window_get_xml_job_progress:
 *
 * Returns: (transfer none) (nullable): how far the job running has come,
 *   as its worker says
 */
NapProgress *
_nap_window_get_xml_job_progress (NapWindow *self)
{
  Running *run = running (self);

  return run != NULL ? run->job_progress : NULL;
}

/* The window was closed while a worker ran: it shows nothing more. Its
 * template children are gone then.
 */
static gboolean
window_gone (NapWindow *self)
{
  return self->toast_overlay == NULL;
}

static gboolean
is_cancelled (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The progress dialog */

static gboolean
pulse_cb (gpointer data)
{
  Running *run = data;

  gtk_progress_bar_pulse (run->bar);
  return G_SOURCE_CONTINUE;
}

static void
stage_cb (NapProgress *progress,
          GParamSpec  *pspec,
          Running     *run)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (run->progress);

  if (dialog == NULL)
    return;
  if (nap_progress_get_stage (progress) != NULL)
    adw_message_dialog_set_body (dialog, nap_progress_get_stage (progress));
  if (adw_message_dialog_has_response (dialog, "cancel"))
    adw_message_dialog_set_response_enabled (dialog, "cancel", nap_progress_get_cancellable (progress));
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GCancellable     *cancellable)
{
  if (g_strcmp0 (response, "cancel") == 0)
    g_cancellable_cancel (cancellable);
}

static gboolean
refuse_close_cb (GtkWindow *dialog)
{
  return TRUE;
}

typedef enum
{
  JOB_IMPORT,
  JOB_MERGE,
  JOB_EXPORT,
} JobKind;

/* The progress dialog's heading, naming @path's file. */
static char *
heading_for (JobKind     job,
             const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  switch (job)
    {
    case JOB_IMPORT:
      /* Translators: a dialog's heading while a file is read: %s is its name */
      return g_strdup_printf (_("Importing “%s”"), name);
    case JOB_MERGE:
      /* Translators: a dialog's heading while a file is merged: %s is its name */
      return g_strdup_printf (_("Merging “%s”"), name);
    case JOB_EXPORT:
    default:
      /* Translators: a dialog's heading while a file is written: %s is its name */
      return g_strdup_printf (_("Exporting “%s”"), name);
    }
}

/* Starts showing a job about @path, which the caller then starts; or
 * returns %NULL if another job of this window runs.
 */
static Running *
start (NapWindow  *self,
       JobKind     job,
       const char *path,
       gboolean    cancellable)
{
  g_autofree char *heading = NULL;
  GtkWidget *bar;
  Running *run;

  if (running (self) != NULL)
    return NULL;

  run = g_new0 (Running, 1);
  bar = gtk_progress_bar_new ();
  heading = heading_for (job, path);

  run->xml_path = g_strdup (path);
  run->cancellable = g_cancellable_new ();
  run->job_progress = nap_progress_new ();
  run->bar = g_object_ref (GTK_PROGRESS_BAR (bar));
  gtk_progress_bar_set_pulse_step (run->bar, 0.08);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress"),
                                  -1);

  run->progress = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
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
  /* Running is a struct, not an object: it owns the group, which lets go
   * of the handlers in finish ().
   */
  run->progress_signals = g_signal_group_new (NAP_TYPE_PROGRESS);
  g_signal_group_connect (run->progress_signals, "notify::stage", G_CALLBACK (stage_cb), run);
  g_signal_group_connect (run->progress_signals, "notify::cancellable", G_CALLBACK (stage_cb), run);
  g_signal_group_set_target (run->progress_signals, run->job_progress);
  gtk_window_present (GTK_WINDOW (run->progress));

  run->pulse_id = g_timeout_add (100, pulse_cb, run);
  g_object_set_data (G_OBJECT (self), "nap-xml-running", run);
  return run;
}

/* Stops showing the job. */
static void
finish (NapWindow *self)
{
  Running *run = running (self);

  g_clear_handle_id (&run->pulse_id, g_source_remove);
  g_clear_object (&run->progress_signals);
  if (run->progress != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (run->progress), (gpointer *) &run->progress);
      gtk_window_destroy (GTK_WINDOW (run->progress));
    }
  g_object_unref (run->cancellable);
  g_object_unref (run->job_progress);
  g_object_unref (run->bar);
  g_free (run->xml_path);
  g_clear_object (&run->project);
  g_clear_object (&run->preview);
  g_clear_pointer (&run->report, nap_merge_report_unref);
  g_free (run);
  g_object_set_data (G_OBJECT (self), "nap-xml-running", NULL);
}

/* What is left to do on the main thread (showing a large plan) blocks it
 * for a moment: the dialog says so first, and goes once it is done.
 */
static void
paint_then (NapWindow   *self,
            GSourceFunc  func)
{
  Running *run = running (self);

  if (run->progress != NULL)
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (run->progress), _("Showing the plan…"));
      if (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (run->progress), "cancel"))
        adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (run->progress), "cancel", FALSE);
    }
  g_timeout_add_full (G_PRIORITY_DEFAULT, 150, func, g_object_ref (self), g_object_unref);
}

/* Import */

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
  Running *run = running (self);
  g_autoptr(NapProject) project = g_steal_pointer (&run->project);
  g_autoptr(GFile) file = g_file_new_for_path (nap_project_get_path (project));
  g_autofree char *name = g_filename_display_basename (run->xml_path);
  g_autofree char *message = NULL;

  _nap_window_remember_folder (self, file);
  _nap_window_show_new_project (self, project);
  /* Translators: a notification: %s is a file name */
  message = g_strdup_printf (_("Imported “%s”"), name);
  _nap_window_toast (window_of (self, project), message);
  finish (self);
  return G_SOURCE_REMOVE;
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(NapWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = nap_xml_import_finish (result, &error);

  /* A cancelled import left no file; a closed window keeps what was made. */
  if (project != NULL && !window_gone (self))
    {
      running (self)->project = g_steal_pointer (&project);
      paint_then (self, import_show_cb);
      return;
    }

  finish (self);
  if (project == NULL && !is_cancelled (error) && !window_gone (self))
    _nap_window_show_error (self, _("Could not import the plan"), error);
}

/**
 * _nap_window_import:
 *
 * Makes the new plan @nap_path from the NAP XML file @xml_path with the
 * core's import job, showing progress, and then shows it: here if this
 * window shows no plan, or else in a new window. A failure is shown in a
 * dialog, and leaves no file at @nap_path; so does a cancel.
 */
void
_nap_window_import (NapWindow  *self,
                    const char *xml_path,
                    const char *nap_path)
{
  Running *run;

  g_return_if_fail (NAP_IS_WINDOW (self));
  g_return_if_fail (xml_path != NULL && nap_path != NULL);

  if ((run = start (self, JOB_IMPORT, xml_path, TRUE)) == NULL)
    return;
  nap_xml_import_async (xml_path, nap_path, run->job_progress, run->cancellable,
                        import_done_cb, g_object_ref (self));
}

/* Export */

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(NapWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (running (self)->xml_path);
  gboolean ok = nap_project_export_finish (NAP_PROJECT (source), result, &error);

  finish (self);
  if (window_gone (self))
    return;
  if (ok)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *message = NULL;

      _nap_window_remember_folder (self, file);
      /* Translators: a notification: %s is a file name */
      message = g_strdup_printf (_("Exported to “%s”"), name);
      _nap_window_toast (self, message);
    }
  else if (!is_cancelled (error))
    _nap_window_show_error (self, _("Could not export the plan"), error);
}

/**
 * _nap_window_export:
 *
 * Writes the plan shown to @path as @format with the core's export job,
 * showing progress, and says so in a toast, or why not in a dialog.
 */
void
_nap_window_export (NapWindow       *self,
                    const char      *path,
                    NapExportFormat  format)
{
  Running *run;

  g_return_if_fail (NAP_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  if (self->project == NULL || (run = start (self, JOB_EXPORT, path, TRUE)) == NULL)
    return;
  nap_project_export_async (self->project, format, path, run->job_progress, run->cancellable,
                            export_done_cb, g_object_ref (self));
}

/* Merge: reading and the preview */

static void
merge_read_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(NapWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NapMergePreview) preview = nap_merge_preview_new_finish (result, &error);
  GtkWidget *dialog;

  finish (self);
  if (window_gone (self))
    return;
  if (preview == NULL)
    {
      if (!is_cancelled (error))
        _nap_window_show_error (self, _("Could not merge the file"), error);
      return;
    }
  if (self->project != nap_merge_preview_get_project (preview))
    return;

  /* The dialog keeps the preview: "merge" applies it. */
  dialog = _nap_window_merge_dialog_new (self, nap_merge_preview_get_xml_path (preview),
                                         nap_merge_preview_get_report (preview));
  g_object_set_data_full (G_OBJECT (dialog), "nap-merge-preview",
                          g_steal_pointer (&preview), g_object_unref);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _nap_window_merge_file:
 *
 * Reads the NAP XML file @xml_path with the core's merge preview job,
 * showing progress, and then shows what merging it would add and change,
 * in a dialog whose "merge" response merges it (see
 * _nap_window_merge_apply()). Nothing is changed before that; a failure
 * to read the file is shown in a dialog.
 */
void
_nap_window_merge_file (NapWindow  *self,
                        const char *xml_path)
{
  Running *run;

  g_return_if_fail (NAP_IS_WINDOW (self));
  g_return_if_fail (xml_path != NULL);

  if (self->project == NULL || (run = start (self, JOB_MERGE, xml_path, TRUE)) == NULL)
    return;
  nap_merge_preview_new_async (self->project, xml_path, run->job_progress, run->cancellable,
                               merge_read_done_cb, g_object_ref (self));
}

/* Merge: the change itself */

static gboolean
merge_show_cb (gpointer data)
{
  NapWindow *self = data;
  Running *run = running (self);
  NapProject *project = nap_merge_preview_get_project (run->preview);
  g_autofree char *summary = NULL;

  /* The core has read the plan again; the views take its new objects. */
  if (self->project == project)
    _nap_window_set_views_project (self, project);
  summary = _nap_window_merge_summary (run->report, run->xml_path);
  finish (self);
  _nap_window_toast (self, summary);
  return G_SOURCE_REMOVE;
}

static void
merge_apply_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(NapWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  NapMergePreview *preview = NAP_MERGE_PREVIEW (source);
  g_autoptr(NapMergeReport) report = nap_merge_preview_apply_finish (preview, result, &error);

  if (report != NULL && !window_gone (self))
    {
      running (self)->report = g_steal_pointer (&report);
      paint_then (self, merge_show_cb);
      return;
    }

  /* Nothing was changed, or the window is closed: the plan in the file
   * is the plan of the project's objects, or of none.
   */
  finish (self);
  if (!window_gone (self))
    {
      if (self->project == nap_merge_preview_get_project (preview))
        _nap_window_set_views_project (self, self->project);
      if (report == NULL)
        _nap_window_show_error (self, _("Could not merge the file"), error);
    }
}

/**
 * _nap_window_merge_apply:
 * @preview: what _nap_window_merge_file() read
 *
 * Merges the file that @preview read into the plan shown, with the
 * core's merge job, then shows the plan read again and says what was
 * done in a toast, or why nothing was changed in a dialog.
 */
void
_nap_window_merge_apply (NapWindow       *self,
                         NapMergePreview *preview)
{
  Running *run;

  g_return_if_fail (NAP_IS_WINDOW (self));
  g_return_if_fail (NAP_IS_MERGE_PREVIEW (preview));

  if (running (self) != NULL || self->project != nap_merge_preview_get_project (preview)
      || nap_project_is_read_only (self->project))
    return;

  /* The views save what is being typed and let go of the objects that
   * the reload will replace.
   */
  _nap_window_set_views_project (self, NULL);

  run = start (self, JOB_MERGE, nap_merge_preview_get_xml_path (preview), FALSE);
  run->preview = g_object_ref (preview);
  nap_merge_preview_apply_async (preview, run->job_progress, NULL,
                                 merge_apply_done_cb, g_object_ref (self));
}
