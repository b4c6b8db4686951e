/* nap-new-plan-dialog.h: the form that makes a new plan file
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_NEW_PLAN_DIALOG (nap_new_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NapNewPlanDialog, nap_new_plan_dialog, NAP, NEW_PLAN_DIALOG, AdwWindow)

NapNewPlanDialog *nap_new_plan_dialog_new       (GtkWindow         *parent);
NapProject       *nap_new_plan_dialog_create_at (NapNewPlanDialog  *self,
                                                 const char        *path,
                                                 GError           **error);

G_END_DECLS
