/* nap-consultations-view.h: the consultation log, a session's editor and its recommendations
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_CONSULTATIONS_VIEW (nap_consultations_view_get_type ())

G_DECLARE_FINAL_TYPE (NapConsultationsView, nap_consultations_view, NAP, CONSULTATIONS_VIEW, AdwBin)

GtkWidget  *nap_consultations_view_new         (void);
void        nap_consultations_view_set_project (NapConsultationsView *self,
                                                NapProject           *project);
NapProject *nap_consultations_view_get_project (NapConsultationsView *self);
gboolean    nap_consultations_view_select      (NapConsultationsView *self,
                                                NapConsultation      *consultation);
gboolean    nap_consultations_view_flush       (NapConsultationsView *self);

G_END_DECLS
