/* nap-plan.c: the plan itself: one per project file
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include "nap-plan.h"

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

static GParamSpec *properties[N_PROPS];

static void
nap_plan_class_init (NapPlanClass *klass)
{
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_PERIOD_START] =
    g_param_spec_string ("period-start", NULL, NULL,
                         NULL,
                         NAP_RECORD_PARAM_FLAGS | NAP_PARAM_DATE | NAP_PARAM_NULLABLE);
  properties[PROP_PERIOD_END] =
    g_param_spec_string ("period-end", NULL, NULL,
                         NULL,
                         NAP_RECORD_PARAM_FLAGS | NAP_PARAM_DATE | NAP_PARAM_NULLABLE);
  properties[PROP_LEAD_INSTITUTION] =
    g_param_spec_string ("lead-institution", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       NAP_TYPE_PLAN_STATUS, NAP_PLAN_STATUS_DRAFT,
                       NAP_RECORD_PARAM_FLAGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL,
                         "XOF",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);

  nap_record_class_install_fields (NAP_RECORD_CLASS (klass), "plan", properties, N_PROPS);
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
