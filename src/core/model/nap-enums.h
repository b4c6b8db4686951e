/* nap-enums.h: the enumerated values of the model
 *
 * The nicks are what the project file and NAP XML store.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  NAP_PLAN_STATUS_DRAFT,
  NAP_PLAN_STATUS_VALIDATED,
  NAP_PLAN_STATUS_ADOPTED,
} NapPlanStatus;

typedef enum
{
  NAP_ACTOR_KIND_MINISTRY,
  NAP_ACTOR_KIND_AGENCY,
  NAP_ACTOR_KIND_CIVIL_SOCIETY,
  NAP_ACTOR_KIND_UN_BODY,
  NAP_ACTOR_KIND_DONOR,
  NAP_ACTOR_KIND_OTHER,
} NapActorKind;

typedef enum
{
  NAP_ACTOR_ROLE_LEAD,
  NAP_ACTOR_ROLE_PARTNER,
  NAP_ACTOR_ROLE_MONITOR,
} NapActorRole;

#define NAP_N_ACTOR_ROLES 3

typedef enum
{
  NAP_OBJECTIVE_STATUS_PLANNED,
  NAP_OBJECTIVE_STATUS_ONGOING,
  NAP_OBJECTIVE_STATUS_COMPLETED,
  NAP_OBJECTIVE_STATUS_DELAYED,
  NAP_OBJECTIVE_STATUS_CANCELLED,
} NapObjectiveStatus;

typedef enum
{
  NAP_FUNDING_STATUS_SECURED,
  NAP_FUNDING_STATUS_PLEDGED,
  NAP_FUNDING_STATUS_UNFUNDED,
} NapFundingStatus;

typedef enum
{
  NAP_CONSULTATION_FORMAT_WORKSHOP,
  NAP_CONSULTATION_FORMAT_FOCUS_GROUP,
  NAP_CONSULTATION_FORMAT_HEARING,
  NAP_CONSULTATION_FORMAT_WRITTEN_SUBMISSION,
  NAP_CONSULTATION_FORMAT_ONLINE,
} NapConsultationFormat;

typedef enum
{
  NAP_RESPONSE_ACCEPTED,
  NAP_RESPONSE_PARTLY_ACCEPTED,
  NAP_RESPONSE_NOT_TAKEN_UP,
  NAP_RESPONSE_PENDING,
} NapResponse;

#define NAP_TYPE_PLAN_STATUS (nap_plan_status_get_type ())
#define NAP_TYPE_ACTOR_KIND (nap_actor_kind_get_type ())
#define NAP_TYPE_ACTOR_ROLE (nap_actor_role_get_type ())
#define NAP_TYPE_OBJECTIVE_STATUS (nap_objective_status_get_type ())
#define NAP_TYPE_FUNDING_STATUS (nap_funding_status_get_type ())
#define NAP_TYPE_CONSULTATION_FORMAT (nap_consultation_format_get_type ())
#define NAP_TYPE_RESPONSE (nap_response_get_type ())

GType nap_plan_status_get_type         (void) G_GNUC_CONST;
GType nap_actor_kind_get_type          (void) G_GNUC_CONST;
GType nap_actor_role_get_type          (void) G_GNUC_CONST;
GType nap_objective_status_get_type    (void) G_GNUC_CONST;
GType nap_funding_status_get_type      (void) G_GNUC_CONST;
GType nap_consultation_format_get_type (void) G_GNUC_CONST;
GType nap_response_get_type            (void) G_GNUC_CONST;

const char *nap_enum_to_nick   (GType        enum_type,
                                int          value);
gboolean    nap_enum_from_nick (GType        enum_type,
                                const char  *nick,
                                int         *value);
const char *nap_enum_to_label  (GType        enum_type,
                                int          value);

G_END_DECLS
