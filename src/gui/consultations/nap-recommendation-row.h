/* nap-recommendation-row.h: one recommendation of a session, to edit in place
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_RECOMMENDATION_ROW (nap_recommendation_row_get_type ())

G_DECLARE_FINAL_TYPE (NapRecommendationRow, nap_recommendation_row, NAP, RECOMMENDATION_ROW, GtkListBoxRow)

GtkWidget         *nap_recommendation_row_new                (NapProject           *project,
                                                              NapRecommendation    *recommendation);
NapRecommendation *nap_recommendation_row_get_recommendation (NapRecommendationRow *self);
gboolean           nap_recommendation_row_flush              (NapRecommendationRow *self);
void               nap_recommendation_row_focus_text         (NapRecommendationRow *self);
void               nap_recommendation_row_update_number      (NapRecommendationRow *self);

G_END_DECLS
