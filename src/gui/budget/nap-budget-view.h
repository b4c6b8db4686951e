/* nap-budget-view.h: every budget line of the plan, its totals and chart
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-budget-totals.h"
#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_BUDGET_VIEW (nap_budget_view_get_type ())

G_DECLARE_FINAL_TYPE (NapBudgetView, nap_budget_view, NAP, BUDGET_VIEW, AdwBin)

GtkWidget       *nap_budget_view_new         (void);
void             nap_budget_view_set_project (NapBudgetView  *self,
                                              NapProject     *project);
NapProject      *nap_budget_view_get_project (NapBudgetView  *self);
NapBudgetTotals *nap_budget_view_get_totals  (NapBudgetView  *self);
GListModel      *nap_budget_view_get_lines   (NapBudgetView  *self);
void             nap_budget_view_export_async  (NapBudgetView       *self,
                                                const char          *path,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean         nap_budget_view_export_finish (NapBudgetView       *self,
                                                GAsyncResult        *result,
                                                GError             **error);

G_END_DECLS
