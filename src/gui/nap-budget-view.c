/* nap-budget-view.c: every budget line of the plan, its totals and chart
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-budget-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-budget-view.h"

struct _NapBudgetView
{
  AdwBin      parent_instance;

  NapProject *project;
};

G_DEFINE_FINAL_TYPE (NapBudgetView, nap_budget_view, ADW_TYPE_BIN)

static void
nap_budget_view_dispose (GObject *object)
{
  NapBudgetView *self = NAP_BUDGET_VIEW (object);

  g_clear_object (&self->project);

  G_OBJECT_CLASS (nap_budget_view_parent_class)->dispose (object);
}

static void
nap_budget_view_class_init (NapBudgetViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_budget_view_dispose;
}

static void
nap_budget_view_init (NapBudgetView *self)
{
}

GtkWidget *
nap_budget_view_new (void)
{
  return g_object_new (NAP_TYPE_BUDGET_VIEW, NULL);
}

/**
 * nap_budget_view_set_project:
 * @project: (nullable): the plan to show, or %NULL to let go of it
 */
void
nap_budget_view_set_project (NapBudgetView *self,
                           NapProject *project)
{
  g_return_if_fail (NAP_IS_BUDGET_VIEW (self));
  g_return_if_fail (!project || NAP_IS_PROJECT (project));

  g_set_object (&self->project, project);
}

NapProject *
nap_budget_view_get_project (NapBudgetView *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_VIEW (self), NULL);

  return self->project;
}
