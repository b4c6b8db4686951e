/* nap-merge-preview.c: merging a NAP XML file into an open plan, in two steps
 *
 * A drafter merging a file first sees what it would add and change, then
 * agrees. Both steps run in a worker thread (GTask), since reading and
 * checking a large file takes seconds:
 *
 * - nap_merge_preview_new_async() reads the file, then reads the plan
 *   through a second connection to its file (nap_store_open_beside(): the
 *   project holds the one-writer lock) into objects of its own, and walks
 *   the file against them without writing: the report, and every refusal.
 * - nap_merge_preview_apply_async() merges through that connection, in one
 *   transaction, reading the plan again first (it may have been edited
 *   while the preview was shown). Back on the caller's thread, the
 *   project reads its file again (nap_project_reload()): each of its lists
 *   changes once and NapProject::changed is emitted once, after the
 *   objects hold the merge. A merge that fails rolls back: the file and
 *   the project's objects are as they were.
 *
 * A NapProject's objects and its connection are not thread-safe: the
 * workers never touch the project's, and while the merge writes, the
 * caller must not edit the project (nap_merge_preview_apply_async()).
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-merge"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-merge-preview.h"
#include "nap-project-import.h"
#include "nap-project-private.h"
#include "nap-xml-merge-private.h"

struct _NapMergePreview
{
  GObject parent_instance;

  NapProject *project;     /* the plan merged into; the caller's thread's */
  char *xml_path;
  NapStore *store;         /* the workers' connection beside the project's */
  NapProject *worker;      /* the plan as the workers read it */
  NapXmlDocument *doc;
  NapMergeReport *report;  /* the preview's, then the merge's */
  NapProgress *progress;   /* of the step running */
  gboolean busy;           /* the merge runs in a worker */
  gboolean applied;
};

G_DEFINE_FINAL_TYPE (NapMergePreview, nap_merge_preview, G_TYPE_OBJECT)

static void
nap_merge_preview_finalize (GObject *object)
{
  NapMergePreview *self = NAP_MERGE_PREVIEW (object);

  g_clear_object (&self->worker);
  g_clear_object (&self->store);
  g_clear_object (&self->project);
  g_clear_object (&self->progress);
  g_clear_pointer (&self->doc, nap_xml_document_free);
  g_clear_pointer (&self->report, nap_merge_report_unref);
  g_free (self->xml_path);

  G_OBJECT_CLASS (nap_merge_preview_parent_class)->finalize (object);
}

static void
nap_merge_preview_class_init (NapMergePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nap_merge_preview_finalize;
}

static void
nap_merge_preview_init (NapMergePreview *self)
{
}

/* The preview */

static void
preview_worker (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  NapMergePreview *self = data;
  GError *error = NULL;

  nap_progress_update (self->progress, _("Reading the file and checking every record…"), 0.0, TRUE);
  self->doc = nap_xml_read_file_full (self->xml_path, self->progress, cancellable, &error);
  if (self->doc != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      nap_progress_update (self->progress, _("Comparing the file with the plan…"), NAP_XML_READ_DONE, TRUE);
      self->worker = nap_project_new_for_import (self->store);
      if (nap_project_reload (self->worker, &error))
        self->report = nap_xml_merge_preview (self->worker, self->doc, &error);
    }

  /* No statement of this connection may hold a lock while the preview
   * is shown: the project's edits would wait for it.
   */
  nap_store_reset_statements (self->store);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    {
      nap_progress_update (self->progress, NULL, 1.0, TRUE);
      g_task_return_pointer (task, g_object_ref (self), g_object_unref);
    }
}

/**
 * nap_merge_preview_new_async:
 * @project: the plan to merge into, open for writing
 * @xml_path: a NAP XML file, a copy of @project's plan
 * @progress: (nullable): where to say how far the preview has come
 * @cancellable: (nullable): to stop the preview
 * @callback: called in the thread-default main context of the caller
 * @user_data: for @callback
 *
 * Reads @xml_path and works out, in a worker thread, what merging it
 * into @project would add and change. Nothing is written. Call
 * nap_merge_preview_new_finish() from @callback.
 */
void
nap_merge_preview_new_async (NapProject          *project,
                             const char          *xml_path,
                             NapProgress         *progress,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(NapMergePreview) self = NULL;
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (NAP_IS_PROJECT (project));
  g_return_if_fail (xml_path != NULL);
  g_return_if_fail (progress == NULL || NAP_IS_PROGRESS (progress));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  self = g_object_new (NAP_TYPE_MERGE_PREVIEW, NULL);
  self->project = g_object_ref (project);
  self->xml_path = g_strdup (xml_path);
  self->progress = progress != NULL ? g_object_ref (progress) : NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, nap_merge_preview_new_async);
  g_task_set_name (task, "[nap] merge preview");

  /* A plan open read-only is refused here, before the file is read. */
  self->store = nap_store_open_beside (nap_project_get_store (project), &error);
  if (self->store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, g_object_ref (self), g_object_unref);
  g_task_run_in_thread (task, preview_worker);
}

/**
 * nap_merge_preview_new_finish:
 * @result: a #GAsyncResult
 *
 * The end of nap_merge_preview_new_async().
 *
 * Returns: (transfer full): the preview, whose report says what merging
 *   would do, or %NULL with @error set
 */
NapMergePreview *
nap_merge_preview_new_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nap_merge_preview_new_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * nap_merge_preview_get_project:
 * @self: a #NapMergePreview
 *
 * Returns: (transfer none): the plan the file is merged into
 */
NapProject *
nap_merge_preview_get_project (NapMergePreview *self)
{
  g_return_val_if_fail (NAP_IS_MERGE_PREVIEW (self), NULL);

  return self->project;
}

/**
 * nap_merge_preview_get_xml_path:
 * @self: a #NapMergePreview
 *
 * Returns: (transfer none): the NAP XML file merged
 */
const char *
nap_merge_preview_get_xml_path (NapMergePreview *self)
{
  g_return_val_if_fail (NAP_IS_MERGE_PREVIEW (self), NULL);

  return self->xml_path;
}

/**
 * nap_merge_preview_get_report:
 * @self: a #NapMergePreview
 *
 * Returns: (transfer none): what merging would add and change; once
 *   applied, what it did
 */
NapMergeReport *
nap_merge_preview_get_report (NapMergePreview *self)
{
  g_return_val_if_fail (NAP_IS_MERGE_PREVIEW (self), NULL);

  return self->report;
}

/* The merge */

static void
apply_worker (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  NapMergePreview *self = source;
  NapMergeReport *report = NULL;
  GError *error = NULL;

  /* The last moment a cancel stops it: from here it is all or nothing. */
  if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      nap_progress_update (self->progress,
                           _("Merging into the plan. This cannot be interrupted: the plan is changed all at once or not at all."),
                           0.0, FALSE);
      /* The plan as it is now: it may have been edited since the preview. */
      if (nap_project_reload (self->worker, &error))
        report = nap_xml_merge_write (self->worker, self->doc, &error);
      nap_store_reset_statements (self->store);
    }

  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify) nap_merge_report_unref);
}

/* Back on the caller's thread: the project shows what the file holds. */
static void
applied_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  NapMergePreview *self = NAP_MERGE_PREVIEW (source);
  g_autoptr(GTask) task = user_data;
  g_autoptr(NapMergeReport) report = NULL;
  GError *error = NULL;

  self->busy = FALSE;
  report = g_task_propagate_pointer (G_TASK (result), &error);
  if (report == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  self->applied = TRUE;
  g_clear_pointer (&self->report, nap_merge_report_unref);
  self->report = nap_merge_report_ref (report);
  if (!nap_project_reload (self->project, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  nap_progress_update (self->progress, NULL, 1.0, FALSE);
  g_task_return_pointer (task, g_steal_pointer (&report), (GDestroyNotify) nap_merge_report_unref);
}

/**
 * nap_merge_preview_apply_async:
 * @self: a #NapMergePreview
 * @progress: (nullable): where to say how far the merge has come
 * @cancellable: (nullable): to stop the merge before it starts writing;
 *   once it writes, it runs to its end
 * @callback: called in the thread-default main context of the caller
 * @user_data: for @callback
 *
 * Merges the file previewed into the project in a worker thread, in one
 * transaction, then reads the project again from its file, which emits
 * its signals once (see nap_project_reload()). Until @callback is called,
 * the caller must not edit the project nor keep anything reading it: the
 * worker's connection writes to the same file. Call
 * nap_merge_preview_apply_finish() from @callback. A preview is applied
 * once.
 */
void
nap_merge_preview_apply_async (NapMergePreview     *self,
                               NapProgress         *progress,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;
  g_autoptr(GTask) worker = NULL;

  g_return_if_fail (NAP_IS_MERGE_PREVIEW (self));
  g_return_if_fail (progress == NULL || NAP_IS_PROGRESS (progress));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nap_merge_preview_apply_async);
  g_task_set_name (task, "[nap] merge");

  if (self->busy || self->applied || self->report == NULL)
    {
      g_task_return_new_error (task, NAP_ERROR, NAP_ERROR_FAILED,
                               _("This merge has been done already; open the file again to merge it."));
      g_object_unref (task);
      return;
    }
  if (nap_project_is_read_only (self->project))
    {
      g_task_return_new_error (task, NAP_ERROR, NAP_ERROR_READ_ONLY, "%s",
                               nap_project_get_read_only_reason (self->project));
      g_object_unref (task);
      return;
    }

  g_set_object (&self->progress, progress);
  /* The project's connection holds no lock that would make the worker's
   * wait.
   */
  nap_store_reset_statements (nap_project_get_store (self->project));
  self->busy = TRUE;

  worker = g_task_new (self, cancellable, applied_cb, task);
  g_task_set_source_tag (worker, apply_worker);
  g_task_set_name (worker, "[nap] merge worker");
  /* applied_cb looks at the result: once written, the merge stands. */
  g_task_set_check_cancellable (worker, FALSE);
  g_task_run_in_thread (worker, apply_worker);
}

/**
 * nap_merge_preview_apply_finish:
 * @self: a #NapMergePreview
 * @result: a #GAsyncResult
 *
 * The end of nap_merge_preview_apply_async().
 *
 * Returns: (transfer full): what the merge added and changed, or %NULL
 *   with @error set; then the file is as it was
 */
NapMergeReport *
nap_merge_preview_apply_finish (NapMergePreview  *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (NAP_IS_MERGE_PREVIEW (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nap_merge_preview_apply_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
