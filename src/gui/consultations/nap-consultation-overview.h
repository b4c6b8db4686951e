/* nap-consultation-overview.h: the figures of the consultation log
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_CONSULTATION_OVERVIEW (nap_consultation_overview_get_type ())

G_DECLARE_FINAL_TYPE (NapConsultationOverview, nap_consultation_overview, NAP, CONSULTATION_OVERVIEW, AdwBin)

GtkWidget  *nap_consultation_overview_new         (void);
void        nap_consultation_overview_set_project (NapConsultationOverview *self,
                                                   NapProject              *project);
NapProject *nap_consultation_overview_get_project (NapConsultationOverview *self);

G_END_DECLS
