/* nap-project-tree.c: editing the objective tree
 *
 * Siblings are numbered 0..n-1 in the position column; every operation
 * keeps that true in the file and in the GListStores that views show.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-project-private.h"

static GListStore *
children_of (NapProject   *self,
             NapObjective *parent)
{
  return parent != NULL ? parent->children : self->objectives;
}

/**
 * nap_project_get_siblings:
 * @self: a #NapProject
 * @objective: a #NapObjective
 *
 * Returns: (transfer none) (element-type NapObjective): the list that
 *   holds @objective
 */
GListModel *
nap_project_get_siblings (NapProject   *self,
                          NapObjective *objective)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), NULL);

  return G_LIST_MODEL (children_of (self, objective->parent));
}

/**
 * nap_project_get_index:
 * @self: a #NapProject
 * @objective: a #NapObjective
 */
guint
nap_project_get_index (NapProject   *self,
                       NapObjective *objective)
{
  guint index = 0;

  g_return_val_if_fail (NAP_IS_PROJECT (self), 0);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), 0);

  if (!g_list_store_find (children_of (self, objective->parent), objective, &index))
    g_return_val_if_reached (0);
  return index;
}

static int
subtree_height (NapObjective *objective)
{
  GListModel *children = G_LIST_MODEL (objective->children);
  guint n = g_list_model_get_n_items (children);
  int height = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) child = g_list_model_get_item (children, i);
      height = MAX (height, subtree_height (child));
    }
  return height + 1;
}

static int
depth_of (NapObjective *objective)
{
  int depth = 0;

  for (NapObjective *up = objective; up != NULL; up = up->parent)
    depth++;
  return depth;
}

/* The number a node gets from its place: "3" at the top, "2.3" below "2". */
static char *
automatic_code (const char *prefix,
                guint       index)
{
  if (prefix != NULL)
    return g_strdup_printf ("%s.%u", prefix, index + 1);
  return g_strdup_printf ("%u", index + 1);
}

static void
renumber_list (GListModel *list,
               const char *prefix,
               int         depth)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (list, i);
      const char *code = nap_objective_get_code (objective);
      g_autofree char *display = NULL;

      if (code != NULL && *code != '\0')
        display = g_strdup (code);
      else
        display = automatic_code (prefix, i);

      nap_objective_set_derived (objective, display, depth);
      renumber_list (G_LIST_MODEL (objective->children), display, depth + 1);
    }
}

/**
 * nap_project_renumber:
 *
 * Derives every node's code from its place in the tree (1, 1.2, 1.2.3),
 * starting again from a hand-set code where there is one.
 */
void
nap_project_renumber (NapProject *self)
{
  renumber_list (G_LIST_MODEL (self->objectives), NULL, 0);
}

/**
 * nap_project_get_automatic_code:
 * @self: a #NapProject
 * @objective: a #NapObjective
 *
 * Returns: (transfer full): the number @objective has from its place in
 *   the tree, whether or not a code was set by hand
 */
char *
nap_project_get_automatic_code (NapProject   *self,
                                NapObjective *objective)
{
  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), NULL);

  return automatic_code (objective->parent != NULL ? nap_objective_get_display_code (objective->parent) : NULL,
                         nap_project_get_index (self, objective));
}

/* Writes position = index for the siblings from @from on. */
static gboolean
store_positions (NapProject  *self,
                 GListModel  *list,
                 guint        from,
                 GError     **error)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = from; i < n; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (list, i);

      if (!nap_project_write_int (self, NAP_RECORD (objective), "position", i, error))
        return FALSE;
    }
  return TRUE;
}

static void
sync_positions (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (list, i);

      if (nap_objective_get_position (objective) != (int) i)
        g_object_set (objective, "position", (int) i, NULL);
    }
}

/**
 * nap_project_add_objective:
 * @self: a #NapProject
 * @parent: (nullable): the parent, or %NULL for a top-level node
 * @position: where among the siblings, or -1 for the end
 * @title: the title
 *
 * Returns: (transfer none): the new node, or %NULL with @error set
 */
NapObjective *
nap_project_add_objective (NapProject    *self,
                           NapObjective  *parent,
                           int            position,
                           const char    *title,
                           GError       **error)
{
  g_autoptr(NapObjective) objective = NULL;
  GListStore *siblings;
  guint n;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (parent == NULL || NAP_IS_OBJECTIVE (parent), NULL);

  if (depth_of (parent) >= NAP_MAX_DEPTH)
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("The plan can hold at most %d levels."), NAP_MAX_DEPTH);
      return NULL;
    }
  if (title != NULL && !g_utf8_validate (title, -1, NULL))
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID, _("The text is not valid UTF-8."));
      return NULL;
    }

  siblings = children_of (self, parent);
  n = g_list_model_get_n_items (G_LIST_MODEL (siblings));
  if (position < 0 || (guint) position > n)
    position = (int) n;

  objective = g_object_new (NAP_TYPE_OBJECTIVE,
                            "parent-id", parent != NULL ? nap_record_get_id (NAP_RECORD (parent)) : 0,
                            "position", position,
                            "title", title != NULL ? title : "",
                            NULL);

  if (!nap_project_edit_begin (self, error))
    return NULL;

  /* Make room first, from the end, so that positions stay unique. */
  ok = TRUE;
  for (guint i = n; ok && i > (guint) position; i--)
    {
      g_autoptr(NapObjective) sibling = g_list_model_get_item (G_LIST_MODEL (siblings), i - 1);

      ok = nap_project_write_int (self, NAP_RECORD (sibling), "position", i, error);
    }
  ok = ok && nap_project_insert_record (self, NAP_RECORD (objective), error);

  if (!nap_project_edit_end (self, ok, error))
    {
      nap_project_unindex_record (self, NAP_RECORD (objective));
      return NULL;
    }

  {
    gint64 *key = g_new (gint64, 1);

    *key = nap_record_get_id (NAP_RECORD (objective));
    g_hash_table_insert (self->objectives_by_id, key, objective);
  }
  objective->parent = parent;
  g_list_store_insert (siblings, (guint) position, objective);
  sync_positions (G_LIST_MODEL (siblings));
  nap_project_renumber (self);
  nap_project_emit_changed (self);

  return objective;
}

static gboolean
is_within (NapObjective *node,
           NapObjective *ancestor)
{
  for (NapObjective *up = node; up != NULL; up = up->parent)
    if (up == ancestor)
      return TRUE;
  return FALSE;
}

/**
 * nap_project_move_objective:
 * @self: a #NapProject
 * @objective: a #NapObjective
 * @new_parent: (nullable): the new parent, %NULL for the top level
 * @position: the index among the new siblings once moved
 *
 * Moves @objective and its subtree.
 */
gboolean
nap_project_move_objective (NapProject    *self,
                            NapObjective  *objective,
                            NapObjective  *new_parent,
                            guint          position,
                            GError       **error)
{
  g_autoptr(NapObjective) keep = NULL;
  GListStore *from;
  GListStore *to;
  guint old_index;
  guint n_to;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (new_parent == NULL || NAP_IS_OBJECTIVE (new_parent), FALSE);

  if (new_parent != NULL && is_within (new_parent, objective))
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                           _("An objective cannot be moved inside itself."));
      return FALSE;
    }
  if (depth_of (new_parent) + subtree_height (objective) > NAP_MAX_DEPTH)
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("The plan can hold at most %d levels."), NAP_MAX_DEPTH);
      return FALSE;
    }

  from = children_of (self, objective->parent);
  to = children_of (self, new_parent);
  old_index = nap_project_get_index (self, objective);
  n_to = g_list_model_get_n_items (G_LIST_MODEL (to)) - (from == to ? 1 : 0);
  position = MIN (position, n_to);

  if (from == to && position == old_index)
    return TRUE;

  if (!nap_project_edit_begin (self, error))
    return FALSE;

  keep = g_object_ref (objective);
  g_list_store_remove (from, old_index);
  g_list_store_insert (to, position, objective);

  /* 0 is no parent: the field is nullable, so the column holds NULL. */
  ok = nap_project_write_int (self, NAP_RECORD (objective), "parent-id",
                              new_parent != NULL ? nap_record_get_id (NAP_RECORD (new_parent)) : 0,
                              error);
  ok = ok && store_positions (self, G_LIST_MODEL (from), 0, error);
  if (ok && from != to)
    ok = store_positions (self, G_LIST_MODEL (to), 0, error);

  if (!nap_project_edit_end (self, ok, error))
    {
      /* Put the lists back as the file still has them. */
      guint index = 0;

      if (g_list_store_find (to, objective, &index))
        g_list_store_remove (to, index);
      g_list_store_insert (from, old_index, objective);
      return FALSE;
    }

  objective->parent = new_parent;
  g_object_set (objective,
                "parent-id", new_parent != NULL ? nap_record_get_id (NAP_RECORD (new_parent)) : 0,
                NULL);
  sync_positions (G_LIST_MODEL (from));
  if (from != to)
    sync_positions (G_LIST_MODEL (to));
  nap_project_renumber (self);
  nap_project_emit_changed (self);
  return TRUE;
}

/**
 * nap_project_move_up:
 * @self: a #NapProject
 * @objective: a #NapObjective
 */
gboolean
nap_project_move_up (NapProject    *self,
                     NapObjective  *objective,
                     GError       **error)
{
  guint index;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), FALSE);

  index = nap_project_get_index (self, objective);
  if (index == 0)
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                           _("This is the first item at its level already."));
      return FALSE;
    }
  return nap_project_move_objective (self, objective, objective->parent, index - 1, error);
}

/**
 * nap_project_move_down:
 * @self: a #NapProject
 * @objective: a #NapObjective
 */
gboolean
nap_project_move_down (NapProject    *self,
                       NapObjective  *objective,
                       GError       **error)
{
  guint index;
  guint n;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), FALSE);

  index = nap_project_get_index (self, objective);
  n = g_list_model_get_n_items (G_LIST_MODEL (children_of (self, objective->parent)));
  if (index + 1 >= n)
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                           _("This is the last item at its level already."));
      return FALSE;
    }
  return nap_project_move_objective (self, objective, objective->parent, index + 1, error);
}

/**
 * nap_project_indent:
 * @self: a #NapProject
 * @objective: a #NapObjective
 *
 * Makes @objective the last child of the sibling above it.
 */
gboolean
nap_project_indent (NapProject    *self,
                    NapObjective  *objective,
                    GError       **error)
{
  g_autoptr(NapObjective) above = NULL;
  guint index;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), FALSE);

  index = nap_project_get_index (self, objective);
  if (index == 0)
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                           _("Only an item with another above it at the same level can be indented."));
      return FALSE;
    }

  above = g_list_model_get_item (G_LIST_MODEL (children_of (self, objective->parent)), index - 1);
  return nap_project_move_objective (self, objective, above,
                                     g_list_model_get_n_items (G_LIST_MODEL (above->children)),
                                     error);
}

/**
 * nap_project_outdent:
 * @self: a #NapProject
 * @objective: a #NapObjective
 *
 * Makes @objective the sibling that follows its parent.
 */
gboolean
nap_project_outdent (NapProject    *self,
                     NapObjective  *objective,
                     GError       **error)
{
  NapObjective *parent;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), FALSE);

  parent = objective->parent;
  if (parent == NULL)
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                           _("This item is at the top level already."));
      return FALSE;
    }

  return nap_project_move_objective (self, objective, parent->parent,
                                     nap_project_get_index (self, parent) + 1, error);
}

/* Drops a deleted subtree from the indexes and from the recommendations
 * that pointed at it (the file's foreign keys did the same on disk).
 */
void
nap_project_forget_objective (NapProject   *self,
                              NapObjective *objective)
{
  GListModel *children = G_LIST_MODEL (objective->children);
  guint n_consultations = g_list_model_get_n_items (G_LIST_MODEL (self->consultations));
  gint64 id = nap_record_get_id (NAP_RECORD (objective));

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(NapObjective) child = g_list_model_get_item (children, i);
      nap_project_forget_objective (self, child);
    }

  for (guint i = 0; i < n_consultations; i++)
    {
      g_autoptr(NapConsultation) consultation = g_list_model_get_item (G_LIST_MODEL (self->consultations), i);
      GListModel *recommendations = G_LIST_MODEL (consultation->recommendations);

      for (guint j = 0; j < g_list_model_get_n_items (recommendations); j++)
        {
          g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (recommendations, j);
          guint index;

          if (g_list_store_find (recommendation->objectives, objective, &index))
            g_list_store_remove (recommendation->objectives, index);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (objective->indicators)); i++)
    {
      g_autoptr(NapRecord) record = g_list_model_get_item (G_LIST_MODEL (objective->indicators), i);
      nap_project_unindex_record (self, record);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (objective->budget_lines)); i++)
    {
      g_autoptr(NapRecord) record = g_list_model_get_item (G_LIST_MODEL (objective->budget_lines), i);
      nap_project_unindex_record (self, record);
    }

  nap_project_unindex_record (self, NAP_RECORD (objective));
  g_hash_table_remove (self->objectives_by_id, &id);
}

/**
 * nap_project_delete_objective:
 * @self: a #NapProject
 * @objective: a #NapObjective
 *
 * Deletes @objective with its subtree, indicators and budget lines, and
 * unlinks the recommendations that concerned them.
 */
gboolean
nap_project_delete_objective (NapProject    *self,
                              NapObjective  *objective,
                              GError       **error)
{
  g_autoptr(NapObjective) keep = NULL;
  GListStore *siblings;
  guint index;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), FALSE);

  siblings = children_of (self, objective->parent);
  index = nap_project_get_index (self, objective);

  if (!nap_project_edit_begin (self, error))
    return FALSE;

  {
    /* Translators: the name of an undo step; %s is the deleted item's title */
    g_autofree char *label = g_strdup_printf (_("Delete “%s”"), nap_objective_get_title (objective));
    nap_project_set_step_label (self, label);
  }

  ok = nap_project_delete_row (self, NAP_RECORD (objective), error);
  if (ok)
    {
      /* Close the gap among the siblings that follow. */
      guint n = g_list_model_get_n_items (G_LIST_MODEL (siblings));

      for (guint i = index + 1; ok && i < n; i++)
        {
          g_autoptr(NapObjective) sibling = g_list_model_get_item (G_LIST_MODEL (siblings), i);

          ok = nap_project_write_int (self, NAP_RECORD (sibling), "position", i - 1, error);
        }
    }
  if (!nap_project_edit_end (self, ok, error))
    return FALSE;

  keep = g_object_ref (objective);
  nap_project_forget_objective (self, objective);
  g_list_store_remove (siblings, index);
  objective->parent = NULL;
  sync_positions (G_LIST_MODEL (siblings));
  nap_project_renumber (self);
  nap_project_emit_changed (self);
  return TRUE;
}
