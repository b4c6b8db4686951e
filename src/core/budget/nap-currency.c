/* nap-currency.c: minor units of ISO 4217 currencies
 *
 * Amounts are stored as counts of a currency's minor units, so the number
 * of decimals of a currency is part of what a stored amount means: if it
 * changed, 1 250 000 XOF would silently become 12 500 XOF. It must never
 * move under a library update, which is why it is a table here and not a
 * call into ICU: ICU's ucurr_getDefaultFractionDigits() follows CLDR, which
 * differs from ISO 4217 for IQD, IRR, RSD and others (CLDR says 0 where
 * ISO says 3 or 2) and has changed between releases.
 *
 * ISO 4217 is what defines the minor unit. iso-codes (which the program
 * uses for the list of codes and their names) does not carry it, so the
 * table below is the "minor unit" column of ISO 4217 list one (the SIX
 * maintenance agency's list_one.xml, CcyMnrUnts) as it stood in 2024, after
 * the amendments that brought in VED, SLE, XCG and ZWG; codes that
 * iso-codes 4.15 still lists after ISO withdrew them (HRK, CUC, SLL, ZWL,
 * ANG) keep the minor unit they had. tests/core/test-money.c checks that
 * every code of iso-codes' iso_4217.json has an entry, so a new currency
 * fails the test suite instead of getting a guessed number of decimals.
 *
 * Funds and units that ISO lists with no minor unit ("N.A.": gold, SDR,
 * test and bond-market codes) are counted in hundredths, as they always
 * were here, so that amounts already saved keep their value.
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

/* ISO gives no minor unit; see above. */
#define NA 2

/* Sorted by code, for bsearch(). */
static const CurrencyDecimals iso_4217[] = {
  { "AED", 2 }, { "AFN", 2 }, { "ALL", 2 }, { "AMD", 2 }, { "ANG", 2 },
  { "AOA", 2 }, { "ARS", 2 }, { "AUD", 2 }, { "AWG", 2 }, { "AZN", 2 },
  { "BAM", 2 }, { "BBD", 2 }, { "BDT", 2 }, { "BGN", 2 }, { "BHD", 3 },
  { "BIF", 0 }, { "BMD", 2 }, { "BND", 2 }, { "BOB", 2 }, { "BOV", 2 },
  { "BRL", 2 }, { "BSD", 2 }, { "BTN", 2 }, { "BWP", 2 }, { "BYN", 2 },
  { "BZD", 2 }, { "CAD", 2 }, { "CDF", 2 }, { "CHE", 2 }, { "CHF", 2 },
  { "CHW", 2 }, { "CLF", 4 }, { "CLP", 0 }, { "CNY", 2 }, { "COP", 2 },
  { "COU", 2 }, { "CRC", 2 }, { "CUC", 2 }, { "CUP", 2 }, { "CVE", 2 },
  { "CZK", 2 }, { "DJF", 0 }, { "DKK", 2 }, { "DOP", 2 }, { "DZD", 2 },
  { "EGP", 2 }, { "ERN", 2 }, { "ETB", 2 }, { "EUR", 2 }, { "FJD", 2 },
  { "FKP", 2 }, { "GBP", 2 }, { "GEL", 2 }, { "GHS", 2 }, { "GIP", 2 },
  { "GMD", 2 }, { "GNF", 0 }, { "GTQ", 2 }, { "GYD", 2 }, { "HKD", 2 },
  { "HNL", 2 }, { "HRK", 2 }, { "HTG", 2 }, { "HUF", 2 }, { "IDR", 2 },
  { "ILS", 2 }, { "INR", 2 }, { "IQD", 3 }, { "IRR", 2 }, { "ISK", 0 },
  { "JMD", 2 }, { "JOD", 3 }, { "JPY", 0 }, { "KES", 2 }, { "KGS", 2 },
  { "KHR", 2 }, { "KMF", 0 }, { "KPW", 2 }, { "KRW", 0 }, { "KWD", 3 },
  { "KYD", 2 }, { "KZT", 2 }, { "LAK", 2 }, { "LBP", 2 }, { "LKR", 2 },
  { "LRD", 2 }, { "LSL", 2 }, { "LYD", 3 }, { "MAD", 2 }, { "MDL", 2 },
  { "MGA", 2 }, { "MKD", 2 }, { "MMK", 2 }, { "MNT", 2 }, { "MOP", 2 },
  { "MRU", 2 }, { "MUR", 2 }, { "MVR", 2 }, { "MWK", 2 }, { "MXN", 2 },
  { "MXV", 2 }, { "MYR", 2 }, { "MZN", 2 }, { "NAD", 2 }, { "NGN", 2 },
  { "NIO", 2 }, { "NOK", 2 }, { "NPR", 2 }, { "NZD", 2 }, { "OMR", 3 },
  { "PAB", 2 }, { "PEN", 2 }, { "PGK", 2 }, { "PHP", 2 }, { "PKR", 2 },
  { "PLN", 2 }, { "PYG", 0 }, { "QAR", 2 }, { "RON", 2 }, { "RSD", 2 },
  { "RUB", 2 }, { "RWF", 0 }, { "SAR", 2 }, { "SBD", 2 }, { "SCR", 2 },
  { "SDG", 2 }, { "SEK", 2 }, { "SGD", 2 }, { "SHP", 2 }, { "SLE", 2 },
  { "SLL", 2 }, { "SOS", 2 }, { "SRD", 2 }, { "SSP", 2 }, { "STN", 2 },
  { "SVC", 2 }, { "SYP", 2 }, { "SZL", 2 }, { "THB", 2 }, { "TJS", 2 },
  { "TMT", 2 }, { "TND", 3 }, { "TOP", 2 }, { "TRY", 2 }, { "TTD", 2 },
  { "TWD", 2 }, { "TZS", 2 }, { "UAH", 2 }, { "UGX", 0 }, { "USD", 2 },
  { "USN", 2 }, { "UYI", 0 }, { "UYU", 2 }, { "UYW", 4 }, { "UZS", 2 },
  { "VED", 2 }, { "VES", 2 }, { "VND", 0 }, { "VUV", 0 }, { "WST", 2 },
  { "XAD", NA }, { "XAF", 0 }, { "XAG", NA }, { "XAU", NA }, { "XBA", NA },
  { "XBB", NA }, { "XBC", NA }, { "XBD", NA }, { "XCD", 2 }, { "XCG", 2 },
  { "XDR", NA }, { "XOF", 0 }, { "XPD", NA }, { "XPF", 0 }, { "XPT", NA },
  { "XSU", NA }, { "XTS", NA }, { "XUA", NA }, { "XXX", NA }, { "YER", 2 },
  { "ZAR", 2 }, { "ZMW", 2 }, { "ZWG", 2 }, { "ZWL", 2 },
};

static int
compare_code (const void *key,
              const void *element)
{
  return strcmp (key, ((const CurrencyDecimals *) element)->code);
}

/**
 * nap_currency_lookup_decimals:
 * @currency: an ISO 4217 code such as "XOF"
 * @decimals: (out) (optional): its number of decimals
 *
 * Returns: whether the table knows @currency
 */
gboolean
nap_currency_lookup_decimals (const char *currency,
                              guint      *decimals)
{
  const CurrencyDecimals *found;

  g_return_val_if_fail (currency != NULL, FALSE);

  found = bsearch (currency, iso_4217, G_N_ELEMENTS (iso_4217),
                   sizeof iso_4217[0], compare_code);
  if (found != NULL && decimals != NULL)
    *decimals = found->decimals;
  return found != NULL;
}

/**
 * nap_currency_get_decimals:
 * @currency: an ISO 4217 code such as "XOF"
 *
 * Codes that are not ISO 4217 currencies are refused wherever a currency
 * is entered (nap_iso_codes_is_currency()); for them this says 2.
 *
 * Returns: how many decimals amounts in @currency have: 0 for XOF and XAF,
 *   3 for TND, 2 for most others
 */
guint
nap_currency_get_decimals (const char *currency)
{
  guint decimals = 2;

  g_return_val_if_fail (currency != NULL, 2);

  nap_currency_lookup_decimals (currency, &decimals);
  return decimals;
}

/**
 * nap_currency_format_amount:
 * @amount: in minor units of @currency
 * @currency: an ISO 4217 currency code
 *
 * Writes @amount in major units with exactly the currency's decimals and a
 * full stop before them, without grouping: 1250000 XOF is "1250000",
 * 125050 USD is "1250.50". This is the machine-readable form of NAP XML
 * and CSV; nap_money_format() is the one for people.
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
