/* nap-currency.c: minor units of ISO 4217 currencies
 *
 * Amounts are counted in a currency's minor units; how many of those make a
 * major unit is fixed by ISO 4217. iso-codes does not carry that number, so
 * the currencies that do not use two decimals are listed here. A later issue
 * may take them from a maintained source instead.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <string.h>

#include "nap-currency.h"

typedef struct
{
  char code[4];
  guint decimals;
} CurrencyDecimals;

/* ISO 4217 currencies (and funds) whose minor unit is not 1/100; sorted. */
static const CurrencyDecimals exceptions[] = {
  { "BHD", 3 }, { "BIF", 0 }, { "CLF", 4 }, { "CLP", 0 }, { "DJF", 0 },
  { "GNF", 0 }, { "IQD", 3 }, { "ISK", 0 }, { "JOD", 3 }, { "JPY", 0 },
  { "KMF", 0 }, { "KRW", 0 }, { "KWD", 3 }, { "LYD", 3 }, { "OMR", 3 },
  { "PYG", 0 }, { "RWF", 0 }, { "TND", 3 }, { "UGX", 0 }, { "UYI", 0 },
  { "UYW", 4 }, { "VND", 0 }, { "VUV", 0 }, { "XAF", 0 }, { "XOF", 0 },
  { "XPF", 0 },
};

static int
compare_code (const void *key,
              const void *element)
{
  return strcmp (key, ((const CurrencyDecimals *) element)->code);
}

/**
 * nap_currency_get_decimals:
 * @currency: an ISO 4217 code such as "XOF"
 *
 * Returns: how many decimals amounts in @currency have: 0 for XOF and XAF,
 *   3 for TND, 2 for most others
 */
guint
nap_currency_get_decimals (const char *currency)
{
  const CurrencyDecimals *found;

  g_return_val_if_fail (currency != NULL, 2);

  found = bsearch (currency, exceptions, G_N_ELEMENTS (exceptions),
                   sizeof exceptions[0], compare_code);
  return found != NULL ? found->decimals : 2;
}

/**
 * nap_currency_format_amount:
 * @amount: in minor units of @currency
 *
 * Writes @amount in major units with exactly the currency's decimals and a
 * full stop before them, without grouping: 1250000 XOF is "1250000",
 * 125050 USD is "1250.50".
 *
 * Returns: (transfer full): the amount as text
 */
char *
nap_currency_format_amount (gint64      amount,
                            const char *currency)
{
  guint decimals;
  guint64 magnitude;
  guint64 unit = 1;

  g_return_val_if_fail (currency != NULL, NULL);

  decimals = nap_currency_get_decimals (currency);
  for (guint i = 0; i < decimals; i++)
    unit *= 10;

  /* -G_MININT64 does not fit a gint64; its magnitude fits a guint64. */
  magnitude = amount < 0 ? (guint64) 0 - (guint64) amount : (guint64) amount;

  if (decimals == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, amount < 0 ? "-" : "", magnitude);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT,
                          amount < 0 ? "-" : "", magnitude / unit,
                          (int) decimals, magnitude % unit);
}
