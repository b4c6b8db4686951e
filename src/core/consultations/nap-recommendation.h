/* nap-recommendation.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nap-consultation.h"
#include "nap-enums.h"
#include "nap-record.h"

G_BEGIN_DECLS

#define NAP_TYPE_RECOMMENDATION (nap_recommendation_get_type ())

G_DECLARE_FINAL_TYPE (NapRecommendation, nap_recommendation, NAP, RECOMMENDATION, NapRecord)

gint64 nap_recommendation_get_consultation_id (NapRecommendation *self);
int nap_recommendation_get_position (NapRecommendation *self);
const char *nap_recommendation_get_text (NapRecommendation *self);
NapResponse nap_recommendation_get_status (NapRecommendation *self);
const char *nap_recommendation_get_response (NapRecommendation *self);

NapConsultation *nap_recommendation_get_consultation (NapRecommendation *self);
GListModel      *nap_recommendation_get_objectives   (NapRecommendation *self);
GPtrArray       *nap_recommendation_list_objectives  (NapRecommendation *self);
GPtrArray       *nap_recommendation_list_pillars     (NapRecommendation *self);
char            *nap_recommendation_format_objectives (NapRecommendation *self);

G_END_DECLS
