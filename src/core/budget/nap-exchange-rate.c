/* nap-exchange-rate.c: the value of one unit of a foreign currency in the plan currency
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-exchange-rate.h"
#include "nap-record-private.h"

struct _NapExchangeRate
{
  NapRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (NapExchangeRate, nap_exchange_rate, NAP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CURRENCY,
  PROP_RATE,
  PROP_SET_ON,
  N_PROPS,
};

/* The columns of the exchange_rate table (migrations in nap-migrations.c). */
static const NapColumn columns[N_PROPS] = {
  [PROP_CURRENCY] = NAP_COLUMN_TEXT_DEFAULT ("currency", NC_("changed field", "currency"), "EUR", 0),
  [PROP_RATE] = NAP_COLUMN_TEXT_DEFAULT ("rate", NC_("changed field", "rate"), "1", 0),
  [PROP_SET_ON] = NAP_COLUMN_DATE ("set-on", NC_("changed field", "date of the rate")),
};

static void
nap_exchange_rate_class_init (NapExchangeRateClass *klass)
{
  nap_record_class_install_columns (NAP_RECORD_CLASS (klass), "exchange_rate", columns, N_PROPS);
}

static void
nap_exchange_rate_init (NapExchangeRate *self)
{
}

/**
 * nap_exchange_rate_get_currency:
 * @self: a #NapExchangeRate
 *
 * Returns: (transfer none): the currency
 */
const char *
nap_exchange_rate_get_currency (NapExchangeRate *self)
{
  g_return_val_if_fail (NAP_IS_EXCHANGE_RATE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_CURRENCY);
}

/**
 * nap_exchange_rate_get_rate:
 * @self: a #NapExchangeRate
 *
 * Returns: (transfer none): the rate
 */
const char *
nap_exchange_rate_get_rate (NapExchangeRate *self)
{
  g_return_val_if_fail (NAP_IS_EXCHANGE_RATE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_RATE);
}

/**
 * nap_exchange_rate_get_set_on:
 * @self: a #NapExchangeRate
 *
 * Returns: (transfer none) (nullable): the day the rate was set (ISO 8601)
 */
const char *
nap_exchange_rate_get_set_on (NapExchangeRate *self)
{
  g_return_val_if_fail (NAP_IS_EXCHANGE_RATE (self), NULL);

  return nap_record_get_string_field (NAP_RECORD (self), PROP_SET_ON);
}
