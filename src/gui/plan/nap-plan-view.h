/* nap-plan-view.h: the objective tree and the editor of its selection
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_PLAN_VIEW (nap_plan_view_get_type ())

G_DECLARE_FINAL_TYPE (NapPlanView, nap_plan_view, NAP, PLAN_VIEW, AdwBin)

GtkWidget    *nap_plan_view_new          (void);
void          nap_plan_view_set_project  (NapPlanView  *self,
                                          NapProject   *project);
NapProject   *nap_plan_view_get_project  (NapPlanView  *self);
NapObjective *nap_plan_view_get_selected (NapPlanView  *self);
gboolean      nap_plan_view_select       (NapPlanView  *self,
                                          NapObjective *objective);
gboolean      nap_plan_view_flush        (NapPlanView  *self);

G_END_DECLS
