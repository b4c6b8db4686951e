/* nap-consultation-editor.h: the fields of one consultation session and its recommendations
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_CONSULTATION_EDITOR (nap_consultation_editor_get_type ())

G_DECLARE_FINAL_TYPE (NapConsultationEditor, nap_consultation_editor, NAP, CONSULTATION_EDITOR, AdwBin)

GtkWidget       *nap_consultation_editor_new              (void);
void             nap_consultation_editor_set_project      (NapConsultationEditor *self,
                                                           NapProject            *project);
void             nap_consultation_editor_set_consultation (NapConsultationEditor *self,
                                                           NapConsultation       *consultation);
NapConsultation *nap_consultation_editor_get_consultation (NapConsultationEditor *self);
gboolean         nap_consultation_editor_flush            (NapConsultationEditor *self);
void             nap_consultation_editor_focus_title      (NapConsultationEditor *self);

G_END_DECLS
