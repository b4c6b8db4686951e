/* nap-budget-line.c: an amount of money attached to an objective
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include "nap-budget-line.h"

struct _NapBudgetLine
{
  NapRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (NapBudgetLine, nap_budget_line, NAP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_OBJECTIVE_ID,
  PROP_POSITION,
  PROP_LABEL,
  PROP_YEAR,
  PROP_AMOUNT,
  PROP_CURRENCY,
  PROP_FUNDER_ID,
  PROP_STATUS,
  PROP_UNIT_COST,
  PROP_QUANTITY,
  PROP_FREQUENCY,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
nap_budget_line_class_init (NapBudgetLineClass *klass)
{
  properties[PROP_OBJECTIVE_ID] =
    g_param_spec_int64 ("objective-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        NAP_RECORD_PARAM_FLAGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      NAP_RECORD_PARAM_FLAGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         "",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, 9999, 0,
                      NAP_RECORD_PARAM_FLAGS | NAP_PARAM_NULLABLE);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        NAP_RECORD_PARAM_FLAGS);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL,
                         "XOF",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_FUNDER_ID] =
    g_param_spec_int64 ("funder-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        NAP_RECORD_PARAM_FLAGS | NAP_PARAM_NULLABLE);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       NAP_TYPE_FUNDING_STATUS, NAP_FUNDING_STATUS_UNFUNDED,
                       NAP_RECORD_PARAM_FLAGS);
  properties[PROP_UNIT_COST] =
    g_param_spec_int64 ("unit-cost", NULL, NULL,
                        0, G_MAXINT64, 0,
                        NAP_RECORD_PARAM_FLAGS | NAP_PARAM_NULLABLE);
  properties[PROP_QUANTITY] =
    g_param_spec_int64 ("quantity", NULL, NULL,
                        0, G_MAXINT64, 0,
                        NAP_RECORD_PARAM_FLAGS | NAP_PARAM_NULLABLE);
  properties[PROP_FREQUENCY] =
    g_param_spec_int64 ("frequency", NULL, NULL,
                        0, G_MAXINT64, 0,
                        NAP_RECORD_PARAM_FLAGS | NAP_PARAM_NULLABLE);

  nap_record_class_install_fields (NAP_RECORD_CLASS (klass), "budget_line", properties, N_PROPS);
}

static void
nap_budget_line_init (NapBudgetLine *self)
{
}

/**
 * nap_budget_line_get_objective_id:
 * @self: a #NapBudgetLine
 */
gint64
nap_budget_line_get_objective_id (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), 0);

  return (gint64) nap_record_get_int_field (NAP_RECORD (self), PROP_OBJECTIVE_ID);
}

/**
 * nap_budget_line_get_position:
 * @self: a #NapBudgetLine
 */
int
nap_budget_line_get_position (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_POSITION);
}

/**
 * nap_budget_line_get_label:
 * @self: a #NapBudgetLine
 *
 * Returns: (transfer none): the label
 */
const char *
nap_budget_line_get_label (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_LABEL);
}

/**
 * nap_budget_line_get_year:
 * @self: a #NapBudgetLine
 */
int
nap_budget_line_get_year (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), 0);

  return (int) nap_record_get_int_field (NAP_RECORD (self), PROP_YEAR);
}

/**
 * nap_budget_line_get_amount:
 * @self: a #NapBudgetLine
 */
gint64
nap_budget_line_get_amount (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), 0);

  return (gint64) nap_record_get_int_field (NAP_RECORD (self), PROP_AMOUNT);
}

/**
 * nap_budget_line_get_currency:
 * @self: a #NapBudgetLine
 *
 * Returns: (transfer none): the currency
 */
const char *
nap_budget_line_get_currency (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_CURRENCY);
}

/**
 * nap_budget_line_get_funder_id:
 * @self: a #NapBudgetLine
 */
gint64
nap_budget_line_get_funder_id (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), 0);

  return (gint64) nap_record_get_int_field (NAP_RECORD (self), PROP_FUNDER_ID);
}

/**
 * nap_budget_line_get_status:
 * @self: a #NapBudgetLine
 */
NapFundingStatus
nap_budget_line_get_status (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), 0);

  return (NapFundingStatus) nap_record_get_int_field (NAP_RECORD (self), PROP_STATUS);
}

/**
 * nap_budget_line_get_unit_cost:
 * @self: a #NapBudgetLine
 */
gint64
nap_budget_line_get_unit_cost (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), 0);

  return (gint64) nap_record_get_int_field (NAP_RECORD (self), PROP_UNIT_COST);
}

/**
 * nap_budget_line_get_quantity:
 * @self: a #NapBudgetLine
 */
gint64
nap_budget_line_get_quantity (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), 0);

  return (gint64) nap_record_get_int_field (NAP_RECORD (self), PROP_QUANTITY);
}

/**
 * nap_budget_line_get_frequency:
 * @self: a #NapBudgetLine
 */
gint64
nap_budget_line_get_frequency (NapBudgetLine *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_LINE (self), 0);

  return (gint64) nap_record_get_int_field (NAP_RECORD (self), PROP_FREQUENCY);
}
