/* nap-budget-line-list.h: the budget lines of one objective, to edit in place
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_BUDGET_LINE_LIST (nap_budget_line_list_get_type ())

G_DECLARE_FINAL_TYPE (NapBudgetLineList, nap_budget_line_list, NAP, BUDGET_LINE_LIST, AdwBin)

GtkWidget     *nap_budget_line_list_new           (void);
void           nap_budget_line_list_set_objective (NapBudgetLineList *self,
                                                   NapProject        *project,
                                                   NapObjective      *objective);
NapBudgetLine *nap_budget_line_list_get_selected  (NapBudgetLineList *self);
void           nap_budget_line_list_select        (NapBudgetLineList *self,
                                                   guint              position);
gboolean       nap_budget_line_list_flush         (NapBudgetLineList *self);

G_END_DECLS
