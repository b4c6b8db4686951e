/* nap-exchange-rate.c: the value of one unit of a foreign currency in the plan currency
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include "nap-exchange-rate.h"

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

static GParamSpec *properties[N_PROPS];

static void
nap_exchange_rate_class_init (NapExchangeRateClass *klass)
{
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL,
                         "EUR",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_RATE] =
    g_param_spec_string ("rate", NULL, NULL,
                         "1",
                         NAP_RECORD_PARAM_FLAGS);
  properties[PROP_SET_ON] =
    g_param_spec_string ("set-on", NULL, NULL,
                         NULL,
                         NAP_RECORD_PARAM_FLAGS | NAP_PARAM_DATE | NAP_PARAM_NULLABLE);

  nap_record_class_install_fields (NAP_RECORD_CLASS (klass), "exchange_rate", properties, N_PROPS);
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
