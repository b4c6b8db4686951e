/* nap-budget-line.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-enums.h"
#include "nap-record.h"

G_BEGIN_DECLS

#define NAP_TYPE_BUDGET_LINE (nap_budget_line_get_type ())

G_DECLARE_FINAL_TYPE (NapBudgetLine, nap_budget_line, NAP, BUDGET_LINE, NapRecord)

gint64 nap_budget_line_get_objective_id (NapBudgetLine *self);
int nap_budget_line_get_position (NapBudgetLine *self);
const char *nap_budget_line_get_label (NapBudgetLine *self);
int nap_budget_line_get_year (NapBudgetLine *self);
gint64 nap_budget_line_get_amount (NapBudgetLine *self);
const char *nap_budget_line_get_currency (NapBudgetLine *self);
gint64 nap_budget_line_get_funder_id (NapBudgetLine *self);
NapFundingStatus nap_budget_line_get_status (NapBudgetLine *self);
gint64 nap_budget_line_get_unit_cost (NapBudgetLine *self);
gint64 nap_budget_line_get_quantity (NapBudgetLine *self);
gint64 nap_budget_line_get_frequency (NapBudgetLine *self);

G_END_DECLS
