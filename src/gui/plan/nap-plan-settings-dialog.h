/* nap-plan-settings-dialog.h: the plan's own fields and level names
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_PLAN_SETTINGS_DIALOG (nap_plan_settings_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NapPlanSettingsDialog, nap_plan_settings_dialog, NAP, PLAN_SETTINGS_DIALOG, AdwPreferencesWindow)

GtkWindow *nap_plan_settings_dialog_new (GtkWindow  *parent,
                                         NapProject *project);

G_END_DECLS
