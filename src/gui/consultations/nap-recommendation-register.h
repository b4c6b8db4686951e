/* nap-recommendation-register.h: every recommendation of the plan and the team's answers
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_RECOMMENDATION_REGISTER (nap_recommendation_register_get_type ())

G_DECLARE_FINAL_TYPE (NapRecommendationRegister, nap_recommendation_register, NAP, RECOMMENDATION_REGISTER, AdwBin)

GtkWidget  *nap_recommendation_register_new         (void);
void        nap_recommendation_register_set_project (NapRecommendationRegister *self,
                                                     NapProject                *project);
NapProject *nap_recommendation_register_get_project (NapRecommendationRegister *self);

G_END_DECLS
