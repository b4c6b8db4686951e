/* nap-objective-picker.h: a button that finds an objective of the plan by code or title
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"
#include "nap-search-popover.h"

G_BEGIN_DECLS

#define NAP_TYPE_OBJECTIVE_PICKER (nap_objective_picker_get_type ())

G_DECLARE_FINAL_TYPE (NapObjectivePicker, nap_objective_picker, NAP, OBJECTIVE_PICKER, AdwBin)

GtkWidget        *nap_objective_picker_new          (void);
void              nap_objective_picker_set_project  (NapObjectivePicker *self,
                                                     NapProject         *project);
void              nap_objective_picker_set_excluded (NapObjectivePicker *self,
                                                     GListModel         *objectives);
void              nap_objective_picker_popup        (NapObjectivePicker *self);
void              nap_objective_picker_reload       (NapObjectivePicker *self);
NapSearchPopover *nap_objective_picker_get_popover  (NapObjectivePicker *self);

G_END_DECLS
