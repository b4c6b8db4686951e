/* nap-objective-editor.h: the fields of one objective
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_OBJECTIVE_EDITOR (nap_objective_editor_get_type ())

G_DECLARE_FINAL_TYPE (NapObjectiveEditor, nap_objective_editor, NAP, OBJECTIVE_EDITOR, AdwBin)

GtkWidget    *nap_objective_editor_new           (void);
void          nap_objective_editor_set_project   (NapObjectiveEditor *self,
                                                  NapProject         *project);
void          nap_objective_editor_set_objective (NapObjectiveEditor *self,
                                                  NapObjective       *objective);
NapObjective *nap_objective_editor_get_objective (NapObjectiveEditor *self);
gboolean      nap_objective_editor_flush         (NapObjectiveEditor *self);
void          nap_objective_editor_focus_title   (NapObjectiveEditor *self);

G_END_DECLS
