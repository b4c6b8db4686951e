/* nap-objective.c: a node of the plan's tree (pillar, objective, action...)
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-budget-line.h"
#include "nap-indicator.h"
#include "nap-model-private.h"
#include "nap-objective.h"

G_DEFINE_FINAL_TYPE (NapObjective, nap_objective, NAP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARENT_ID,
  PROP_POSITION,
  PROP_CODE,
  PROP_DISPLAY_CODE,
  PROP_DEPTH,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_STATUS,
  N_PROPS,
};

/* The columns of the objective table (migrations in nap-migrations.c). */
static const NapColumn columns[N_PROPS] = {
  [PROP_PARENT_ID] = NAP_COLUMN_ID ("parent-id", NAP_PARAM_NULLABLE),
  [PROP_POSITION] = NAP_COLUMN_POSITION,
  /* Set by hand only; NULL means the number derives from the tree. */
  [PROP_CODE] = NAP_COLUMN_TEXT_DEFAULT ("code", NC_("changed field", "number"), NULL, NAP_PARAM_NULLABLE),
  /* What is shown: the hand-set code, or the derived numbering (2.3.1). */
  [PROP_DISPLAY_CODE] = NAP_COLUMN_TEXT_DEFAULT ("display-code", NULL, "", NAP_PARAM_DERIVED),
  [PROP_DEPTH] = NAP_COLUMN_INT ("depth", NULL, 0, G_MAXINT, NAP_PARAM_DERIVED),
  [PROP_TITLE] = NAP_COLUMN_TEXT ("title", NC_("changed field", "title")),
  [PROP_DESCRIPTION] = NAP_COLUMN_TEXT ("description", NC_("changed field", "description")),
  [PROP_START_DATE] = NAP_COLUMN_DATE ("start-date", NC_("changed field", "start date")),
  [PROP_END_DATE] = NAP_COLUMN_DATE ("end-date", NC_("changed field", "end date")),
  [PROP_STATUS] = NAP_COLUMN_ENUM ("status", NC_("changed field", "status"), nap_objective_status_get_type, NAP_OBJECTIVE_STATUS_PLANNED),
};

static void
nap_objective_dispose (GObject *object)
{
  NapObjective *self = NAP_OBJECTIVE (object);

  g_clear_object (&self->children);
  g_clear_object (&self->indicators);
  g_clear_object (&self->budget_lines);
  for (guint i = 0; i < NAP_N_ACTOR_ROLES; i++)
    g_clear_object (&self->actors[i]);

  G_OBJECT_CLASS (nap_objective_parent_class)->dispose (object);
}

static void
nap_objective_class_init (NapObjectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_objective_dispose;

  nap_record_class_install_columns (NAP_RECORD_CLASS (klass), "objective", columns, N_PROPS);
}

static void
nap_objective_init (NapObjective *self)
{
  self->children = g_list_store_new (NAP_TYPE_OBJECTIVE);
  self->indicators = g_list_store_new (NAP_TYPE_INDICATOR);
  self->budget_lines = g_list_store_new (NAP_TYPE_BUDGET_LINE);
  for (guint i = 0; i < NAP_N_ACTOR_ROLES; i++)
    self->actors[i] = g_list_store_new (NAP_TYPE_ACTOR);
}

/**
 * nap_objective_get_parent_id:
 * @self: a #NapObjective
 */
gint64
nap_objective_get_parent_id (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), 0);

  return nap_record_get_int_field (NAP_RECORD (self), PROP_PARENT_ID);
}

/**
 * nap_objective_get_position:
 * @self: a #NapObjective
 */
int
nap_objective_get_position (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_POSITION);
}

/**
 * nap_objective_get_code:
 * @self: a #NapObjective
 *
 * Returns: (transfer none) (nullable): the code the user gave, or %NULL
 */
const char *
nap_objective_get_code (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_CODE);
}

/**
 * nap_objective_get_display_code:
 * @self: a #NapObjective
 *
 * Returns: (transfer none): the display code
 */
const char *
nap_objective_get_display_code (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_DISPLAY_CODE);
}

/**
 * nap_objective_get_depth:
 * @self: a #NapObjective
 */
int
nap_objective_get_depth (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_DEPTH);
}

/**
 * nap_objective_get_title:
 * @self: a #NapObjective
 *
 * Returns: (transfer none): the title
 */
const char *
nap_objective_get_title (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_TITLE);
}

/**
 * nap_objective_get_description:
 * @self: a #NapObjective
 *
 * Returns: (transfer none): the description
 */
const char *
nap_objective_get_description (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_DESCRIPTION);
}

/**
 * nap_objective_get_start_date:
 * @self: a #NapObjective
 *
 * Returns: (transfer none) (nullable): the start date (ISO 8601)
 */
const char *
nap_objective_get_start_date (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_START_DATE);
}

/**
 * nap_objective_get_end_date:
 * @self: a #NapObjective
 *
 * Returns: (transfer none) (nullable): the end date (ISO 8601)
 */
const char *
nap_objective_get_end_date (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_END_DATE);
}

/**
 * nap_objective_get_status:
 * @self: a #NapObjective
 */
NapObjectiveStatus
nap_objective_get_status (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), 0);

  return (NapObjectiveStatus) nap_record_get_int_field (NAP_RECORD (self), PROP_STATUS);
}

/**
 * nap_objective_get_parent:
 * @self: a #NapObjective
 *
 * Returns: (transfer none) (nullable): the parent node, %NULL at the top
 */
NapObjective *
nap_objective_get_parent (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);

  return self->parent;
}

/**
 * nap_objective_get_children:
 * @self: a #NapObjective
 *
 * Returns: (transfer none) (element-type NapObjective): the child nodes, in
 *   order; a GListModel of #NapObjective that stays up to date as the tree
 *   is edited
 */
GListModel *
nap_objective_get_children (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);

  return G_LIST_MODEL (self->children);
}

/**
 * nap_objective_get_indicators:
 * @self: a #NapObjective
 *
 * Returns: (transfer none) (element-type NapIndicator): the objective's
 *   indicators, in order
 */
GListModel *
nap_objective_get_indicators (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);

  return G_LIST_MODEL (self->indicators);
}

/**
 * nap_objective_get_budget_lines:
 * @self: a #NapObjective
 *
 * Returns: (transfer none) (element-type NapBudgetLine): the objective's
 *   budget lines, in order
 */
GListModel *
nap_objective_get_budget_lines (NapObjective *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);

  return G_LIST_MODEL (self->budget_lines);
}

/**
 * nap_objective_get_actors:
 * @self: a #NapObjective
 *
 * Returns: (transfer none) (element-type NapActor): the #NapActor<!-- -->s in
 *   @role, in order
 */
GListModel *
nap_objective_get_actors (NapObjective *self,
                          NapActorRole  role)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE (self), NULL);
  g_return_val_if_fail (role < NAP_N_ACTOR_ROLES, NULL);

  return G_LIST_MODEL (self->actors[role]);
}

void
nap_objective_set_derived (NapObjective *self,
                           const char   *display_code,
                           int           depth)
{
  g_assert (NAP_IS_OBJECTIVE (self));

  if (g_strcmp0 (display_code, nap_objective_get_display_code (self)) != 0)
    g_object_set (self, "display-code", display_code, NULL);
  if (depth != nap_objective_get_depth (self))
    g_object_set (self, "depth", depth, NULL);
}
