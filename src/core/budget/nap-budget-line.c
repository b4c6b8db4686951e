/* nap-budget-line.c: an amount of money attached to an objective
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-budget-line.h"
#include "nap-record-private.h"

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

/* The columns of the budget_line table (migrations in nap-migrations.c). */
static const NapColumn columns[N_PROPS] = {
  [PROP_OBJECTIVE_ID] = NAP_COLUMN_ID ("objective-id", 0),
  [PROP_POSITION] = NAP_COLUMN_POSITION,
  [PROP_LABEL] = NAP_COLUMN_TEXT ("label", NC_("changed field", "label")),
  [PROP_YEAR] = NAP_COLUMN_INT ("year", NC_("changed field", "year"), 0, 9999, NAP_PARAM_NULLABLE),
  [PROP_AMOUNT] = NAP_COLUMN_INT64 ("amount", NC_("changed field", "amount"), G_MININT64, G_MAXINT64, 0),
  [PROP_CURRENCY] = NAP_COLUMN_TEXT_DEFAULT ("currency", NC_("changed field", "currency"), "XOF", 0),
  [PROP_FUNDER_ID] = NAP_COLUMN_ID ("funder-id", NAP_PARAM_NULLABLE),
  [PROP_STATUS] = NAP_COLUMN_ENUM ("status", NC_("changed field", "status"), nap_funding_status_get_type, NAP_FUNDING_STATUS_UNFUNDED),
  [PROP_UNIT_COST] = NAP_COLUMN_INT64 ("unit-cost", NC_("changed field", "unit cost"), 0, G_MAXINT64, NAP_PARAM_NULLABLE),
  [PROP_QUANTITY] = NAP_COLUMN_INT64 ("quantity", NC_("changed field", "quantity"), 0, G_MAXINT64, NAP_PARAM_NULLABLE),
  [PROP_FREQUENCY] = NAP_COLUMN_INT64 ("frequency", NC_("changed field", "frequency"), 0, G_MAXINT64, NAP_PARAM_NULLABLE),
};

static void
nap_budget_line_class_init (NapBudgetLineClass *klass)
{
  nap_record_class_install_columns (NAP_RECORD_CLASS (klass), "budget_line", columns, N_PROPS);
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
