/* nap-plan.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-enums.h"
#include "nap-record.h"

G_BEGIN_DECLS

#define NAP_TYPE_PLAN (nap_plan_get_type ())

G_DECLARE_FINAL_TYPE (NapPlan, nap_plan, NAP, PLAN, NapRecord)

const char *nap_plan_get_title (NapPlan *self);
const char *nap_plan_get_country (NapPlan *self);
const char *nap_plan_get_period_start (NapPlan *self);
const char *nap_plan_get_period_end (NapPlan *self);
const char *nap_plan_get_lead_institution (NapPlan *self);
NapPlanStatus nap_plan_get_status (NapPlan *self);
const char *nap_plan_get_language (NapPlan *self);
const char *nap_plan_get_currency (NapPlan *self);
const char *nap_plan_get_summary (NapPlan *self);

G_END_DECLS
