/* nap-money.h: amounts of money as people type and read them
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Amounts are gint64 counts of a currency's minor units (nap-currency.h
 * says how many decimals each ISO 4217 currency has); never floats.
 *
 * Errors are NAP_ERROR_INVALID (nap-error.h), with a message for the
 * person who typed the amount: "XOF amounts have no decimals.", "USD
 * amounts have at most 2 decimals.", "“12a” is not an amount; ...",
 * "“…” is too large; ...". Nothing is ever rounded, truncated or wrapped.
 */

/**
 * nap_money_parse:
 * @text: what a person typed, in the UI locale
 * @currency: ISO 4217 code; decides how many decimals are allowed
 * @amount: (out): the amount in minor units of @currency
 * @error: a sentence saying what is wrong with @text
 *
 * Reads "1 250 000", "1 250 000" (narrow no-break space), "1.250.000",
 * "1,250.50", "1250,5" (fr), "-12.5", "1 250 000 XOF", "$ 12", "12 €".
 * The rules for separators are documented in nap-money-parse.c.
 */
gboolean nap_money_parse         (const char  *text,
                                  const char  *currency,
                                  gint64      *amount,
                                  GError     **error);

/**
 * nap_money_format:
 *
 * For display in the UI locale: locale grouping and decimal separator,
 * exactly the currency's decimals, and the currency's symbol or code.
 *
 * Returns: (transfer full): e.g. "1 250 000 F CFA" in fr, "$1,250.50" in en
 */
char    *nap_money_format        (gint64       amount,
                                  const char  *currency);

/**
 * nap_money_format_plain:
 *
 * The number alone in the UI locale, with grouping and exactly the
 * currency's decimals, for an editable cell; nap_money_parse() reads it
 * back to the same amount.
 *
 * Returns: (transfer full): e.g. "1 250 000" in fr, "1,250.50" in en
 */
char    *nap_money_format_plain  (gint64       amount,
                                  const char  *currency);

/**
 * nap_money_convert:
 * @amount: in minor units of @from
 * @from: ISO 4217 code of @amount
 * @to: ISO 4217 code of @result
 * @rate: units of @to for one unit of @from, as a decimal string, as stored
 *   in a NapExchangeRate ("655.957" for EUR to XOF)
 * @result: (out): in minor units of @to
 *
 * Exact decimal arithmetic (128-bit integers): the result is
 * @amount x @rate rescaled from @from's decimals to @to's, rounded half away
 * from zero to @to's minor unit (0.5 XOF becomes 1, -0.5 becomes -1).
 * Fails on a rate that is not a positive decimal and on a result that does
 * not fit in a gint64; never wraps.
 */
gboolean nap_money_convert       (gint64       amount,
                                  const char  *from,
                                  const char  *to,
                                  const char  *rate,
                                  gint64      *result,
                                  GError     **error);

/* Whether @rate is a decimal that nap_money_convert() accepts. */
gboolean nap_money_rate_is_valid (const char  *rate,
                                  GError     **error);

/* Checked arithmetic: FALSE (and *sum untouched) when the result would not
 * fit in a gint64.
 */
gboolean nap_money_add           (gint64      *sum,
                                  gint64       amount);
gboolean nap_money_sub           (gint64      *sum,
                                  gint64       amount);

G_END_DECLS
