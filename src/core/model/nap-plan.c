/* nap-plan.c: the plan itself: one per project file
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-plan.h"
#include "nap-record-private.h"

struct _NapPlan
{
  NapRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (NapPlan, nap_plan, NAP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_COUNTRY,
  PROP_PERIOD_START,
  PROP_PERIOD_END,
  PROP_LEAD_INSTITUTION,
  PROP_STATUS,
  PROP_LANGUAGE,
  PROP_CURRENCY,
  PROP_SUMMARY,
  N_PROPS,
};

/* The columns of the plan table (migrations in nap-migrations.c). */
static const NapColumn columns[N_PROPS] = {
  [PROP_TITLE] = NAP_COLUMN_TEXT ("title", NC_("changed field", "title")),
  [PROP_COUNTRY] = NAP_COLUMN_TEXT ("country", NC_("changed field", "country")),
  [PROP_PERIOD_START] = NAP_COLUMN_DATE ("period-start", NC_("changed field", "start of the period")),
  [PROP_PERIOD_END] = NAP_COLUMN_DATE ("period-end", NC_("changed field", "end of the period")),
  [PROP_LEAD_INSTITUTION] = NAP_COLUMN_TEXT ("lead-institution", NC_("changed field", "lead institution")),
  [PROP_STATUS] = NAP_COLUMN_ENUM ("status", NC_("changed field", "status"), nap_plan_status_get_type, NAP_PLAN_STATUS_DRAFT),
  [PROP_LANGUAGE] = NAP_COLUMN_TEXT_DEFAULT ("language", NC_("changed field", "language"), "en", 0),
  [PROP_CURRENCY] = NAP_COLUMN_TEXT_DEFAULT ("currency", NC_("changed field", "currency"), "XOF", 0),
  [PROP_SUMMARY] = NAP_COLUMN_TEXT ("summary", NC_("changed field", "summary")),
};

static void
nap_plan_class_init (NapPlanClass *klass)
{
  nap_record_class_install_columns (NAP_RECORD_CLASS (klass), "plan", columns, N_PROPS);
}

static void
nap_plan_init (NapPlan *self)
{
}

/**
 * nap_plan_get_title:
 * @self: a #NapPlan
 *
 * Returns: (transfer none): the title
 */
const char *
nap_plan_get_title (NapPlan *self)
{
  g_return_val_if_fail (NAP_IS_PLAN (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_TITLE);
}

/**
 * nap_plan_get_country:
 * @self: a #NapPlan
 *
 * Returns: (transfer none): the country
 */
const char *
nap_plan_get_country (NapPlan *self)
{
  g_return_val_if_fail (NAP_IS_PLAN (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_COUNTRY);
}

/**
 * nap_plan_get_period_start:
 * @self: a #NapPlan
 *
 * Returns: (transfer none) (nullable): the first day of the plan
 *   (ISO 8601), or %NULL
 */
const char *
nap_plan_get_period_start (NapPlan *self)
{
  g_return_val_if_fail (NAP_IS_PLAN (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_PERIOD_START);
}

/**
 * nap_plan_get_period_end:
 * @self: a #NapPlan
 *
 * Returns: (transfer none) (nullable): the last day of the plan
 *   (ISO 8601), or %NULL
 */
const char *
nap_plan_get_period_end (NapPlan *self)
{
  g_return_val_if_fail (NAP_IS_PLAN (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_PERIOD_END);
}

/**
 * nap_plan_get_lead_institution:
 * @self: a #NapPlan
 *
 * Returns: (transfer none): the lead institution
 */
const char *
nap_plan_get_lead_institution (NapPlan *self)
{
  g_return_val_if_fail (NAP_IS_PLAN (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_LEAD_INSTITUTION);
}

/**
 * nap_plan_get_status:
 * @self: a #NapPlan
 */
NapPlanStatus
nap_plan_get_status (NapPlan *self)
{
  g_return_val_if_fail (NAP_IS_PLAN (self), 0);

  return (NapPlanStatus) nap_record_get_int_field (NAP_RECORD (self), PROP_STATUS);
}

/**
 * nap_plan_get_language:
 * @self: a #NapPlan
 *
 * Returns: (transfer none): the language
 */
const char *
nap_plan_get_language (NapPlan *self)
{
  g_return_val_if_fail (NAP_IS_PLAN (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_LANGUAGE);
}

/**
 * nap_plan_get_currency:
 * @self: a #NapPlan
 *
 * Returns: (transfer none): the currency
 */
const char *
nap_plan_get_currency (NapPlan *self)
{
  g_return_val_if_fail (NAP_IS_PLAN (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_CURRENCY);
}

/**
 * nap_plan_get_summary:
 * @self: a #NapPlan
 *
 * Returns: (transfer none): the summary
 */
const char *
nap_plan_get_summary (NapPlan *self)
{
  g_return_val_if_fail (NAP_IS_PLAN (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_SUMMARY);
}
