/* nap-consultation.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nap-enums.h"
#include "nap-record.h"

G_BEGIN_DECLS

#define NAP_TYPE_CONSULTATION (nap_consultation_get_type ())

G_DECLARE_FINAL_TYPE (NapConsultation, nap_consultation, NAP, CONSULTATION, NapRecord)

const char *nap_consultation_get_title (NapConsultation *self);
const char *nap_consultation_get_start_date (NapConsultation *self);
const char *nap_consultation_get_end_date (NapConsultation *self);
NapConsultationFormat nap_consultation_get_format (NapConsultation *self);
const char *nap_consultation_get_place (NapConsultation *self);
const char *nap_consultation_get_region (NapConsultation *self);
const char *nap_consultation_get_language (NapConsultation *self);
const char *nap_consultation_get_facilitator (NapConsultation *self);
int nap_consultation_get_women (NapConsultation *self);
int nap_consultation_get_men (NapConsultation *self);
int nap_consultation_get_other (NapConsultation *self);
const char *nap_consultation_get_notes (NapConsultation *self);

typedef struct
{
  char *name;
  int count;
} NapParticipantGroup;

NapParticipantGroup *nap_participant_group_new  (const char          *name,
                                                 int                  count);
void                 nap_participant_group_free (NapParticipantGroup *group);

const char * const  *nap_participant_group_get_defaults     (void);
const char          *nap_participant_group_get_display_name (const char *name);

GListModel *nap_consultation_get_recommendations (NapConsultation *self);
GListModel *nap_consultation_get_organisations   (NapConsultation *self);
GPtrArray  *nap_consultation_get_groups          (NapConsultation *self);
int         nap_consultation_get_participants    (NapConsultation *self);
const char *nap_consultation_get_region_name     (NapConsultation *self,
                                                  const char      *country);

G_END_DECLS
