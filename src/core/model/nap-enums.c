/* nap-enums.c
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-enums.h"

/* The value names are the user-visible labels, marked for translation and
 * translated by nap_enum_to_label(); the nicks are the stored form.
 */
G_DEFINE_ENUM_TYPE (NapPlanStatus, nap_plan_status,
  G_DEFINE_ENUM_VALUE (NAP_PLAN_STATUS_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (NAP_PLAN_STATUS_VALIDATED, "validated"),
  G_DEFINE_ENUM_VALUE (NAP_PLAN_STATUS_ADOPTED, "adopted"))

G_DEFINE_ENUM_TYPE (NapActorKind, nap_actor_kind,
  G_DEFINE_ENUM_VALUE (NAP_ACTOR_KIND_MINISTRY, "ministry"),
  G_DEFINE_ENUM_VALUE (NAP_ACTOR_KIND_AGENCY, "agency"),
  G_DEFINE_ENUM_VALUE (NAP_ACTOR_KIND_CIVIL_SOCIETY, "civil-society"),
  G_DEFINE_ENUM_VALUE (NAP_ACTOR_KIND_UN_BODY, "un-body"),
  G_DEFINE_ENUM_VALUE (NAP_ACTOR_KIND_DONOR, "donor"),
  G_DEFINE_ENUM_VALUE (NAP_ACTOR_KIND_OTHER, "other"))

G_DEFINE_ENUM_TYPE (NapActorRole, nap_actor_role,
  G_DEFINE_ENUM_VALUE (NAP_ACTOR_ROLE_LEAD, "lead"),
  G_DEFINE_ENUM_VALUE (NAP_ACTOR_ROLE_PARTNER, "partner"),
  G_DEFINE_ENUM_VALUE (NAP_ACTOR_ROLE_MONITOR, "monitor"))

G_DEFINE_ENUM_TYPE (NapObjectiveStatus, nap_objective_status,
  G_DEFINE_ENUM_VALUE (NAP_OBJECTIVE_STATUS_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (NAP_OBJECTIVE_STATUS_ONGOING, "ongoing"),
  G_DEFINE_ENUM_VALUE (NAP_OBJECTIVE_STATUS_COMPLETED, "completed"),
  G_DEFINE_ENUM_VALUE (NAP_OBJECTIVE_STATUS_DELAYED, "delayed"),
  G_DEFINE_ENUM_VALUE (NAP_OBJECTIVE_STATUS_CANCELLED, "cancelled"))

G_DEFINE_ENUM_TYPE (NapFundingStatus, nap_funding_status,
  G_DEFINE_ENUM_VALUE (NAP_FUNDING_STATUS_SECURED, "secured"),
  G_DEFINE_ENUM_VALUE (NAP_FUNDING_STATUS_PLEDGED, "pledged"),
  G_DEFINE_ENUM_VALUE (NAP_FUNDING_STATUS_UNFUNDED, "unfunded"))

G_DEFINE_ENUM_TYPE (NapConsultationFormat, nap_consultation_format,
  G_DEFINE_ENUM_VALUE (NAP_CONSULTATION_FORMAT_WORKSHOP, "workshop"),
  G_DEFINE_ENUM_VALUE (NAP_CONSULTATION_FORMAT_FOCUS_GROUP, "focus-group"),
  G_DEFINE_ENUM_VALUE (NAP_CONSULTATION_FORMAT_HEARING, "hearing"),
  G_DEFINE_ENUM_VALUE (NAP_CONSULTATION_FORMAT_WRITTEN_SUBMISSION, "written-submission"),
  G_DEFINE_ENUM_VALUE (NAP_CONSULTATION_FORMAT_ONLINE, "online"))

G_DEFINE_ENUM_TYPE (NapResponse, nap_response,
  G_DEFINE_ENUM_VALUE (NAP_RESPONSE_ACCEPTED, "accepted"),
  G_DEFINE_ENUM_VALUE (NAP_RESPONSE_PARTLY_ACCEPTED, "partly-accepted"),
  G_DEFINE_ENUM_VALUE (NAP_RESPONSE_NOT_TAKEN_UP, "not-taken-up"),
  G_DEFINE_ENUM_VALUE (NAP_RESPONSE_PENDING, "pending"))

/**
 * nap_enum_to_nick:
 *
 * Returns: (transfer none) (nullable): the nick of @value in @enum_type, or
 *   %NULL if @enum_type has no such value
 */
const char *
nap_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v != NULL ? v->value_nick : NULL;
}

/**
 * nap_enum_from_nick:
 * @nick: (nullable): the nick to look up
 * @value: (out) (optional): where to put the value of @nick
 */
gboolean
nap_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *v;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  v = g_enum_get_value_by_nick (klass, nick);
  if (v == NULL)
    return FALSE;

  if (value != NULL)
    *value = v->value;
  return TRUE;
}

/* Labels for what users see; kept beside the types so that every view
 * shows the same word for the same value.
 */
/**
 * nap_enum_to_label:
 *
 * Returns: (transfer none) (nullable): the translated label of @value, or its
 *   nick for a type without labels; %NULL for no such value
 */
const char *
nap_enum_to_label (GType enum_type,
                   int   value)
{
  if (enum_type == NAP_TYPE_PLAN_STATUS)
    switch ((NapPlanStatus) value)
      {
      case NAP_PLAN_STATUS_DRAFT: return C_("plan status", "Draft");
      case NAP_PLAN_STATUS_VALIDATED: return C_("plan status", "Validated");
      case NAP_PLAN_STATUS_ADOPTED: return C_("plan status", "Adopted");
      default: break;
      }
  else if (enum_type == NAP_TYPE_ACTOR_KIND)
    switch ((NapActorKind) value)
      {
      case NAP_ACTOR_KIND_MINISTRY: return _("Ministry");
      case NAP_ACTOR_KIND_AGENCY: return _("Government agency");
      case NAP_ACTOR_KIND_CIVIL_SOCIETY: return _("Civil-society organisation");
      case NAP_ACTOR_KIND_UN_BODY: return _("UN body");
      case NAP_ACTOR_KIND_DONOR: return _("Donor");
      case NAP_ACTOR_KIND_OTHER: return C_("actor kind", "Other");
      default: break;
      }
  else if (enum_type == NAP_TYPE_ACTOR_ROLE)
    switch ((NapActorRole) value)
      {
      case NAP_ACTOR_ROLE_LEAD: return _("Lead");
      case NAP_ACTOR_ROLE_PARTNER: return _("Partners");
      case NAP_ACTOR_ROLE_MONITOR: return _("Monitoring");
      default: break;
      }
  else if (enum_type == NAP_TYPE_OBJECTIVE_STATUS)
    switch ((NapObjectiveStatus) value)
      {
      case NAP_OBJECTIVE_STATUS_PLANNED: return C_("objective status", "Planned");
      case NAP_OBJECTIVE_STATUS_ONGOING: return C_("objective status", "Ongoing");
      case NAP_OBJECTIVE_STATUS_COMPLETED: return C_("objective status", "Completed");
      case NAP_OBJECTIVE_STATUS_DELAYED: return C_("objective status", "Delayed");
      case NAP_OBJECTIVE_STATUS_CANCELLED: return C_("objective status", "Cancelled");
      default: break;
      }
  else if (enum_type == NAP_TYPE_FUNDING_STATUS)
    switch ((NapFundingStatus) value)
      {
      case NAP_FUNDING_STATUS_SECURED: return C_("funding", "Secured");
      case NAP_FUNDING_STATUS_PLEDGED: return C_("funding", "Pledged");
      case NAP_FUNDING_STATUS_UNFUNDED: return C_("funding", "Unfunded");
      default: break;
      }
  else if (enum_type == NAP_TYPE_CONSULTATION_FORMAT)
    switch ((NapConsultationFormat) value)
      {
      case NAP_CONSULTATION_FORMAT_WORKSHOP: return _("Workshop");
      case NAP_CONSULTATION_FORMAT_FOCUS_GROUP: return _("Focus group");
      case NAP_CONSULTATION_FORMAT_HEARING: return _("Hearing");
      case NAP_CONSULTATION_FORMAT_WRITTEN_SUBMISSION: return _("Written submission");
      case NAP_CONSULTATION_FORMAT_ONLINE: return _("Online");
      default: break;
      }
  else if (enum_type == NAP_TYPE_RESPONSE)
    switch ((NapResponse) value)
      {
      case NAP_RESPONSE_ACCEPTED: return C_("response", "Taken up");
      case NAP_RESPONSE_PARTLY_ACCEPTED: return C_("response", "Partly taken up");
      case NAP_RESPONSE_NOT_TAKEN_UP: return C_("response", "Not taken up");
      case NAP_RESPONSE_PENDING: return C_("response", "Pending");
      default: break;
      }

  return nap_enum_to_nick (enum_type, value);
}
