/* nap-participant-groups.h: participants of a session counted by group
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_PARTICIPANT_GROUPS (nap_participant_groups_get_type ())

G_DECLARE_FINAL_TYPE (NapParticipantGroups, nap_participant_groups, NAP, PARTICIPANT_GROUPS, AdwPreferencesGroup)

GtkWidget      *nap_participant_groups_new              (void);
void            nap_participant_groups_set_consultation (NapParticipantGroups *self,
                                                         NapProject           *project,
                                                         NapConsultation      *consultation);
gboolean        nap_participant_groups_add              (NapParticipantGroups *self,
                                                         const char           *name);
GtkSpinButton  *nap_participant_groups_get_spin_button  (NapParticipantGroups *self,
                                                         const char           *name);
void            nap_participant_groups_set_problems     (NapParticipantGroups *self,
                                                         const char           *problems);
void            nap_participant_groups_flush            (NapParticipantGroups *self);
const char     *nap_participant_groups_display_name     (const char           *name);

G_END_DECLS
