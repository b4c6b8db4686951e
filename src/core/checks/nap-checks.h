/* nap-checks.h: the rules of a plan, each checked in one place
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nap-budget-line.h"
#include "nap-consultation.h"
#include "nap-exchange-rate.h"
#include "nap-objective.h"
#include "nap-plan.h"
#include "nap-problem.h"
#include "nap-recommendation.h"
#include "nap-record.h"

G_BEGIN_DECLS

gboolean   nap_dates_in_order        (const char         *start,
                                      const char         *end);

GPtrArray *nap_plan_check            (NapPlan            *plan);
gboolean   nap_plan_year_in_period   (NapPlan            *plan,
                                      int                 year);
GPtrArray *nap_plan_check_year       (NapPlan            *plan,
                                      int                 year);
GPtrArray *nap_objective_check       (NapObjective       *objective,
                                      NapPlan            *plan);
GPtrArray *nap_budget_line_check     (NapBudgetLine      *line,
                                      NapObjective       *objective,
                                      NapPlan            *plan);
GPtrArray *nap_consultation_check    (NapConsultation    *consultation);
GPtrArray *nap_recommendation_check  (NapRecommendation  *recommendation,
                                      NapConsultation    *consultation);
GPtrArray *nap_exchange_rate_check   (NapExchangeRate    *rate);

gboolean   nap_record_check_edit     (NapRecord          *record,
                                      const char         *property,
                                      const GValue       *value,
                                      GError            **error);
gboolean   nap_record_check_edit_string (NapRecord       *record,
                                      const char         *property,
                                      const char         *text,
                                      GError            **error);

G_END_DECLS
