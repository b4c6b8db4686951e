/* nap-project-history.c: undo and redo of a plan's edits
 *
 * The history itself is in the project file (nap-history.c); here a
 * replayed step is followed by the objects in memory. A step may touch any
 * record, so the plan is read again from its file, as after a merge, and
 * "changed" says so.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-history.h"
#include "nap-project-private.h"

/**
 * nap_project_can_undo:
 * @self: a #NapProject
 *
 * Returns: whether nap_project_undo() has an edit to undo: the history
 *   holds one and the plan is open for writing
 */
gboolean
nap_project_can_undo (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);

  return self->store != NULL && self->batch_depth == 0
         && nap_history_can_step (self->store, FALSE);
}

/**
 * nap_project_can_redo:
 * @self: a #NapProject
 *
 * Returns: whether nap_project_redo() has an undone edit to redo
 */
gboolean
nap_project_can_redo (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);

  return self->store != NULL && self->batch_depth == 0
         && nap_history_can_step (self->store, TRUE);
}

/**
 * nap_project_get_undo_label:
 * @self: a #NapProject
 *
 * Returns: (transfer full) (nullable): what the edit that undo would undo
 *   did, such as "Delete “Pillar 1”", or %NULL if it has no name
 */
char *
nap_project_get_undo_label (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return nap_history_get_label (self->store, FALSE);
}

/**
 * nap_project_get_redo_label:
 * @self: a #NapProject
 *
 * Returns: (transfer full) (nullable): what the edit that redo would redo
 *   did, or %NULL if it has no name
 */
char *
nap_project_get_redo_label (NapProject *self)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  return nap_history_get_label (self->store, TRUE);
}

/* Names the step that the edit under way becomes. */
void
nap_project_set_step_label (NapProject *self,
                            const char *label)
{
  nap_history_set_label (self->store, label);
}

static gboolean
replay (NapProject  *self,
        gboolean     redo,
        GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->batch_depth == 0, FALSE);

  if (nap_store_is_read_only (self->store))
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_READ_ONLY,
                           nap_store_get_read_only_reason (self->store));
      return FALSE;
    }

  ok = nap_history_step (self->store, redo, error);
  if (!ok)
    {
      nap_project_history_changed (self);
      return FALSE;
    }

  /* The file has the step; the objects follow it. */
  if (!nap_project_reload (self, &local_error))
    {
      g_autofree char *name = g_filename_display_basename (nap_project_get_path (self));

      g_set_error (error, NAP_ERROR, NAP_ERROR_FAILED,
                   redo
                   ? _("The change was redone in “%s”, but the plan could not be read again (%s). Close it and open it again.")
                   : _("The change was undone in “%s”, but the plan could not be read again (%s). Close it and open it again."),
                   name, local_error->message);
      nap_project_emit_changed (self);
      return FALSE;
    }

  nap_project_emit_changed (self);
  return TRUE;
}

/**
 * nap_project_undo:
 * @self: a #NapProject
 *
 * Undoes the last edit still in the plan's history, whoever made it (this
 * window, an earlier session, or nap-tool), in one transaction. The plan
 * is then read again from its file and "changed" is emitted.
 *
 * Returns: %TRUE if the edit was undone, or %FALSE with @error set and
 *   the plan unchanged
 */
gboolean
nap_project_undo (NapProject  *self,
                  GError     **error)
{
  return replay (self, FALSE, error);
}

/**
 * nap_project_redo:
 * @self: a #NapProject
 *
 * Does again the last edit that nap_project_undo() undid, if no other
 * edit came since.
 *
 * Returns: %TRUE if the edit was redone, or %FALSE with @error set and
 *   the plan unchanged
 */
gboolean
nap_project_redo (NapProject  *self,
                  GError     **error)
{
  return replay (self, TRUE, error);
}
