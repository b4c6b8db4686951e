/* test-money.c: decimals of currencies, reading and writing amounts in
 * English, French and Arabic, conversion and its rounding
 *
 * The fr_FR, ar_EG and en_US locales are compiled into the build tree
 * (tests/core/locale) and found through LOCPATH.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "nap-currency.h"
#include "nap-error.h"
#include "nap-money.h"

#define NNBSP "\u202F"  /* narrow no-break space: French grouping */
#define NBSP "\u00A0"

static void
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) == NULL)
    g_error ("The locale %s is missing; the build compiles it in tests/core/locale", name);
}

static gint64
parse_ok (const char *text,
          const char *currency)
{
  g_autoptr(GError) error = NULL;
  gint64 amount = 12345;

  if (!nap_money_parse (text, currency, &amount, &error))
    g_error ("“%s” (%s) was refused: %s", text, currency, error->message);
  return amount;
}

static char *
parse_error (const char *text,
             const char *currency)
{
  g_autoptr(GError) error = NULL;
  gint64 amount = 12345;

  if (nap_money_parse (text, currency, &amount, &error))
    g_error ("“%s” (%s) was read as %" G_GINT64_FORMAT, text, currency, amount);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_cmpint (amount, ==, 12345);
  return g_strdup (error->message);
}

/* Decimals */

static void
test_decimals_cover_iso_codes (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (ISO_CODES_JSON_DIR, "iso_4217.json", NULL);
  JsonArray *currencies;
  guint n;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  currencies = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "4217");
  n = json_array_get_length (currencies);
  g_assert_cmpuint (n, >, 150);

  /* A currency iso-codes knows and the table does not would get a guessed
   * number of decimals: add it to nap-currency.c from ISO 4217 list one.
   */
  for (guint i = 0; i < n; i++)
    {
      const char *code = json_object_get_string_member (json_array_get_object_element (currencies, i), "alpha_3");
      guint decimals = 99;

      if (!nap_currency_lookup_decimals (code, &decimals))
        g_error ("%s, listed by iso-codes, has no entry in nap-currency.c's table", code);
      g_assert_cmpuint (decimals, <=, 4);
    }

  g_assert_false (nap_currency_lookup_decimals ("ABC", NULL));
  g_assert_false (nap_currency_lookup_decimals ("", NULL));
}

static void
test_decimals_values (void)
{
  const struct { const char *code; guint decimals; } cases[] = {
    /* 0 */
    { "XOF", 0 }, { "XAF", 0 }, { "JPY", 0 }, { "KRW", 0 }, { "GNF", 0 },
    /* 2, also where CLDR (ICU) says 0 */
    { "USD", 2 }, { "EUR", 2 }, { "IRR", 2 }, { "RSD", 2 }, { "MGA", 2 },
    { "LAK", 2 }, { "SLE", 2 }, { "VED", 2 },
    /* 3, also where CLDR says 0 */
    { "TND", 3 }, { "KWD", 3 }, { "BHD", 3 }, { "IQD", 3 }, { "LYD", 3 },
    /* 4 */
    { "CLF", 4 }, { "UYW", 4 },
    /* ISO gives none: hundredths, as before */
    { "XDR", 2 }, { "XAU", 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (nap_currency_get_decimals (cases[i].code), ==, cases[i].decimals);
  /* Unknown codes are refused where they are typed; the old default stays. */
  g_assert_cmpuint (nap_currency_get_decimals ("ZZZ"), ==, 2);
}

/* The machine-readable form NAP XML and CSV use must not change. */
static void
test_format_amount (void)
{
  const struct { gint64 amount; const char *currency; const char *text; } cases[] = {
    { 1250000, "XOF", "1250000" },
    { 125050, "USD", "1250.50" },
    { 5, "USD", "0.05" },
    { -5, "EUR", "-0.05" },
    { 1250500, "TND", "1250.500" },
    { 12345, "CLF", "1.2345" },
    { G_MAXINT64, "XOF", "9223372036854775807" },
    { G_MININT64, "XOF", "-9223372036854775808" },
    { G_MININT64, "USD", "-92233720368547758.08" },
    { G_MAXINT64, "UYW", "922337203685477.5807" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = nap_currency_format_amount (cases[i].amount, cases[i].currency);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Parsing, English (C counts as English) */

static void
test_parse_english (void)
{
  g_autofree char *message = NULL;

  use_locale ("en_US.UTF-8");

  g_assert_cmpint (parse_ok ("1250000", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1,250,000", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1 250 000", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1" NNBSP "250" NNBSP "000", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1.250.000", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1,250.50", "USD"), ==, 125050);
  g_assert_cmpint (parse_ok ("1.250.000,50", "EUR"), ==, 125000050);
  g_assert_cmpint (parse_ok ("  12.5  ", "USD"), ==, 1250);
  g_assert_cmpint (parse_ok ("0.05", "USD"), ==, 5);
  g_assert_cmpint (parse_ok (".5", "USD"), ==, 50);
  g_assert_cmpint (parse_ok ("-12.5", "USD"), ==, -1250);
  g_assert_cmpint (parse_ok ("\u2212" "12.5", "USD"), ==, -1250);
  g_assert_cmpint (parse_ok ("+7", "USD"), ==, 700);
  g_assert_cmpint (parse_ok ("-0", "XOF"), ==, 0);
  g_assert_cmpint (parse_ok ("1'250'000", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("12,50,000", "XOF"), ==, 1250000);

  /* Ambiguous marks: "." is English's decimal mark; a lone "," before
   * three digits groups them, before any other number it is a decimal mark.
   */
  g_assert_cmpint (parse_ok ("1.250", "TND"), ==, 1250);
  g_assert_cmpint (parse_ok ("1,250", "XOF"), ==, 1250);
  g_assert_cmpint (parse_ok ("1,250", "TND"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1250,5", "USD"), ==, 125050);
  g_assert_cmpint (parse_ok ("0,500", "TND"), ==, 500);
  g_assert_cmpint (parse_ok ("1234,567", "TND"), ==, 1234567);

  /* Currency code, symbol, narrow symbol, before or after. */
  g_assert_cmpint (parse_ok ("$1,250.50", "USD"), ==, 125050);
  g_assert_cmpint (parse_ok ("-$12", "USD"), ==, -1200);
  g_assert_cmpint (parse_ok ("$-12", "USD"), ==, -1200);
  g_assert_cmpint (parse_ok ("USD 12", "USD"), ==, 1200);
  g_assert_cmpint (parse_ok ("12 usd", "USD"), ==, 1200);
  g_assert_cmpint (parse_ok ("€12.30", "EUR"), ==, 1230);
  g_assert_cmpint (parse_ok ("1,250,000 XOF", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1,250,000 FCFA", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1,250,000 F CFA", "XOF"), ==, 1250000);

  /* Every exponent. */
  g_assert_cmpint (parse_ok ("1,000", "JPY"), ==, 1000);
  g_assert_cmpint (parse_ok ("1.5", "EUR"), ==, 150);
  g_assert_cmpint (parse_ok ("1.005", "KWD"), ==, 1005);
  g_assert_cmpint (parse_ok ("1.2345", "CLF"), ==, 12345);
  g_assert_cmpint (parse_ok ("1.2", "CLF"), ==, 12000);

  message = parse_error ("12.5", "XOF");
  g_assert_cmpstr (message, ==, "XOF amounts have no decimals.");
  g_clear_pointer (&message, g_free);
  message = parse_error ("1.000", "XOF");
  g_assert_cmpstr (message, ==, "XOF amounts have no decimals.");
  g_clear_pointer (&message, g_free);
  message = parse_error ("12.505", "USD");
  g_assert_cmpstr (message, ==, "USD amounts have at most 2 decimals.");
  g_clear_pointer (&message, g_free);
  message = parse_error ("1.0005", "TND");
  g_assert_cmpstr (message, ==, "TND amounts have at most 3 decimals.");
  g_clear_pointer (&message, g_free);
  message = parse_error ("1.23456", "CLF");
  g_assert_cmpstr (message, ==, "CLF amounts have at most 4 decimals.");
  g_clear_pointer (&message, g_free);

  message = parse_error ("12a", "USD");
  g_assert_cmpstr (message, ==, "“12a” is not an amount; type a number such as 1,250.50.");
  g_clear_pointer (&message, g_free);
  message = parse_error ("", "XOF");
  g_assert_cmpstr (message, ==, "Type an amount, such as 1,250.");
  g_clear_pointer (&message, g_free);
  message = parse_error ("   ", "XOF");
  g_assert_cmpstr (message, ==, "Type an amount, such as 1,250.");
  g_clear_pointer (&message, g_free);

  {
    const char *refused[] = {
      "abc", "XOF", "1 25", "12 5", "1,2,3", "1..2", "1.,2", ",", ".",
      "--5", "-+5", "5-", "1.250.5,0.1", "1,250.000.5", "1 2 3", "12 XOF XOF",
      "$12", "1e5", "0x10", "12%", "1/2", "∞", ",250", " 1 250 ,5",
    };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      g_free (parse_error (refused[i], "XOF"));
  }

  message = parse_error ("12", "ABC");
  g_assert_cmpstr (message, ==, "“ABC” is not a currency code of ISO 4217; use three capital letters such as XOF.");
  g_clear_pointer (&message, g_free);
  message = parse_error ("\xff" "12", "XOF");
  g_assert_nonnull (strstr (message, "is not an amount"));
}

static void
test_parse_overflow (void)
{
  g_autofree char *message = NULL;

  use_locale ("C");

  g_assert_cmpint (parse_ok ("9223372036854775807", "XOF"), ==, G_MAXINT64);
  g_assert_cmpint (parse_ok ("9,223,372,036,854,775,807", "XOF"), ==, G_MAXINT64);
  g_assert_cmpint (parse_ok ("-9223372036854775808", "XOF"), ==, G_MININT64);
  g_assert_cmpint (parse_ok ("92233720368547758.07", "USD"), ==, G_MAXINT64);
  g_assert_cmpint (parse_ok ("-92233720368547758.08", "USD"), ==, G_MININT64);
  g_assert_cmpint (parse_ok ("922337203685477.5807", "CLF"), ==, G_MAXINT64);
  g_assert_cmpint (parse_ok ("00000000000000000000000000001", "XOF"), ==, 1);

  message = parse_error ("9223372036854775808", "XOF");
  g_assert_cmpstr (message, ==, "“9223372036854775808” is too large; amounts cannot exceed F" NNBSP "CFA" NBSP "9,223,372,036,854,775,807.");
  g_clear_pointer (&message, g_free);
  message = parse_error ("-9223372036854775809", "XOF");
  g_assert_cmpstr (message, ==, "“-9223372036854775809” is too large; amounts cannot go below -F" NNBSP "CFA" NBSP "9,223,372,036,854,775,808.");
  g_clear_pointer (&message, g_free);
  g_free (parse_error ("92233720368547758.08", "USD"));
  g_free (parse_error ("-92233720368547758.09", "USD"));
  g_free (parse_error ("92233720368547759", "USD"));
  g_free (parse_error ("99999999999999999999999", "XOF"));
  g_free (parse_error ("922337203685477.5808", "CLF"));
}

/* Parsing and formatting, French */

static void
test_french (void)
{
  g_autofree char *text = NULL;

  use_locale ("fr_FR.UTF-8");

  g_assert_cmpint (parse_ok ("1" NNBSP "250" NNBSP "000", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1" NBSP "250" NBSP "000", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1 250 000", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1.250.000", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1250,5", "USD"), ==, 125050);
  g_assert_cmpint (parse_ok ("1,250.50", "USD"), ==, 125050);
  g_assert_cmpint (parse_ok ("1 250 000 F CFA", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1 250 000 FCFA", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("1" NNBSP "250,50" NBSP "$US", "USD"), ==, 125050);
  g_assert_cmpint (parse_ok ("-12,5 €", "EUR"), ==, -1250);

  /* "," is French's decimal mark: a lone "," is always one. A lone "."
   * before three digits groups them, otherwise it is a decimal point.
   */
  g_assert_cmpint (parse_ok ("1,250", "TND"), ==, 1250);
  g_assert_cmpint (parse_ok ("1.250", "XOF"), ==, 1250);
  g_assert_cmpint (parse_ok ("1.250", "TND"), ==, 1250000);
  g_assert_cmpint (parse_ok ("12.5", "USD"), ==, 1250);
  g_assert_cmpint (parse_ok ("0.500", "TND"), ==, 500);
  text = parse_error ("1,250", "XOF");
  g_assert_cmpstr (text, ==, "XOF amounts have no decimals.");
  g_clear_pointer (&text, g_free);

  text = nap_money_format (1250000, "XOF");
  g_assert_cmpstr (text, ==, "1" NNBSP "250" NNBSP "000" NBSP "F" NNBSP "CFA");
  g_clear_pointer (&text, g_free);
  text = nap_money_format (125050, "USD");
  g_assert_cmpstr (text, ==, "1" NNBSP "250,50" NBSP "$US");
  g_clear_pointer (&text, g_free);
  text = nap_money_format (-125000, "EUR");
  g_assert_cmpstr (text, ==, "-1" NNBSP "250,00" NBSP "€");
  g_clear_pointer (&text, g_free);
  text = nap_money_format_plain (1250500, "TND");
  g_assert_cmpstr (text, ==, "1" NNBSP "250,500");
  g_clear_pointer (&text, g_free);
  /* CLDR gives IQD no decimals; ISO 4217, and so the program, three. */
  text = nap_money_format_plain (1250500, "IQD");
  g_assert_cmpstr (text, ==, "1" NNBSP "250,500");
  g_clear_pointer (&text, g_free);
  text = nap_money_format_plain (12345, "CLF");
  g_assert_cmpstr (text, ==, "1,2345");
}

/* Arabic: Arabic-Indic digits, U+066B and U+066C, direction marks. */
static void
test_arabic (void)
{
  g_autofree char *text = NULL;

  use_locale ("ar_EG.UTF-8");

  text = nap_money_format_plain (1250000, "XOF");
  g_assert_cmpstr (text, ==, "١٬٢٥٠٬٠٠٠");
  g_clear_pointer (&text, g_free);
  text = nap_money_format_plain (125050, "USD");
  g_assert_cmpstr (text, ==, "١٬٢٥٠٫٥٠");
  g_clear_pointer (&text, g_free);
  text = nap_money_format (125050, "USD");
  g_assert_nonnull (strstr (text, "١٬٢٥٠٫٥٠"));
  g_assert_nonnull (strstr (text, "US$"));

  g_assert_cmpint (parse_ok ("١٬٢٥٠٬٠٠٠", "XOF"), ==, 1250000);
  g_assert_cmpint (parse_ok ("١٢٥٠٫٥", "USD"), ==, 125050);
  g_assert_cmpint (parse_ok ("1,250.50", "USD"), ==, 125050);
  g_assert_cmpint (parse_ok ("1250", "XOF"), ==, 1250);
  g_assert_cmpint (parse_ok ("۱۲۵۰", "XOF"), ==, 1250);
  g_assert_cmpint (parse_ok (text, "USD"), ==, 125050);
  g_clear_pointer (&text, g_free);
  text = parse_error ("١٢٥٠٫٥", "XOF");
  g_assert_cmpstr (text, ==, "XOF amounts have no decimals.");
}

/* Whatever is shown can be typed back, in every locale and exponent. */
static void
test_round_trip (void)
{
  const char *locales[] = { "C", "en_US.UTF-8", "fr_FR.UTF-8", "ar_EG.UTF-8" };
  const char *currencies[] = { "XOF", "USD", "TND", "CLF", "EUR", "JPY" };
  const gint64 edges[] = { 0, 1, -1, 999, 1000, -1000, G_MAXINT64, G_MININT64, G_MININT64 + 1 };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      use_locale (locales[l]);
      for (guint c = 0; c < G_N_ELEMENTS (currencies); c++)
        for (guint i = 0; i < 200 + G_N_ELEMENTS (edges); i++)
          {
            gint64 amount;
            g_autofree char *plain = NULL;
            g_autofree char *full = NULL;

            if (i < G_N_ELEMENTS (edges))
              amount = edges[i];
            else
              {
                /* Magnitudes of every size, both signs. */
                guint bits = (guint) g_test_rand_int_range (1, 64);
                amount = (gint64) ((((guint64) g_test_rand_int () << 32) | (guint32) g_test_rand_int ())
                                   >> (64 - bits));
                if (g_test_rand_bit ())
                  amount = -amount;
              }

            plain = nap_money_format_plain (amount, currencies[c]);
            full = nap_money_format (amount, currencies[c]);
            if (parse_ok (plain, currencies[c]) != amount || parse_ok (full, currencies[c]) != amount)
              g_error ("%s: %" G_GINT64_FORMAT " %s shown as “%s” / “%s” is read back differently",
                       locales[l], amount, currencies[c], plain, full);
          }
    }
}

/* Conversion */

static gint64
convert_ok (gint64      amount,
            const char *from,
            const char *to,
            const char *rate)
{
  g_autoptr(GError) error = NULL;
  gint64 result = 12345;

  if (!nap_money_convert (amount, from, to, rate, &result, &error))
    g_error ("%" G_GINT64_FORMAT " %s at %s was refused: %s", amount, from, rate, error->message);
  return result;
}

static void
test_convert (void)
{
  g_autoptr(GError) error = NULL;
  gint64 result = 12345;

  use_locale ("C");

  /* EUR to XOF at the peg: 100.00 EUR, and one cent either way. */
  g_assert_cmpint (convert_ok (10000, "EUR", "XOF", "655.957"), ==, 65596);
  g_assert_cmpint (convert_ok (1, "EUR", "XOF", "655.957"), ==, 7);
  g_assert_cmpint (convert_ok (-1, "EUR", "XOF", "655.957"), ==, -7);
  g_assert_cmpint (convert_ok (0, "EUR", "XOF", "655.957"), ==, 0);
  g_assert_cmpint (convert_ok (655957, "XOF", "EUR", "0.00152449"), ==, 100000);
  g_assert_cmpint (convert_ok (100, "USD", "TND", "3.1415"), ==, 3142);
  g_assert_cmpint (convert_ok (-100, "USD", "TND", "3.1415"), ==, -3142);
  g_assert_cmpint (convert_ok (12345, "CLF", "XOF", "1"), ==, 1);
  g_assert_cmpint (convert_ok (15000, "CLF", "XOF", "1"), ==, 2);
  g_assert_cmpint (convert_ok (125, "XOF", "CLF", "1"), ==, 1250000);
  g_assert_cmpint (convert_ok (1250000, "XOF", "EUR", "0.0015244901"), ==, 190561);

  /* Half away from zero, exactly at the half. */
  g_assert_cmpint (convert_ok (1, "XOF", "JPY", "0.5"), ==, 1);
  g_assert_cmpint (convert_ok (-1, "XOF", "JPY", "0.5"), ==, -1);
  g_assert_cmpint (convert_ok (3, "XOF", "JPY", "0.5"), ==, 2);
  g_assert_cmpint (convert_ok (-3, "XOF", "JPY", "0.5"), ==, -2);
  g_assert_cmpint (convert_ok (2, "XOF", "JPY", "0.5"), ==, 1);
  g_assert_cmpint (convert_ok (1, "XOF", "JPY", "0.4999999999"), ==, 0);
  g_assert_cmpint (convert_ok (-1, "XOF", "JPY", "0.4999999999"), ==, 0);
  g_assert_cmpint (convert_ok (5, "USD", "XOF", "10"), ==, 1);
  g_assert_cmpint (convert_ok (-5, "USD", "XOF", "10"), ==, -1);
  g_assert_cmpint (convert_ok (1, "XOF", "XOF", "0.000000000000000000000000001"), ==, 0);

  /* The edges of gint64. */
  g_assert_cmpint (convert_ok (G_MAXINT64, "XOF", "JPY", "1"), ==, G_MAXINT64);
  g_assert_cmpint (convert_ok (G_MININT64, "XOF", "JPY", "1"), ==, G_MININT64);
  g_assert_cmpint (convert_ok (G_MININT64, "XOF", "JPY", "1.000"), ==, G_MININT64);
  g_assert_cmpint (convert_ok (922337203685477580, "XOF", "JPY", "10"), ==, 9223372036854775800);
  g_assert_cmpint (convert_ok (G_MAXINT64, "XOF", "JPY", "0.5"), ==, 4611686018427387904);

  g_assert_false (nap_money_convert (G_MAXINT64, "XOF", "JPY", "1.5", &result, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_cmpint (result, ==, 12345);
  g_clear_error (&error);
  g_assert_false (nap_money_convert (G_MININT64, "XOF", "JPY", "1.0000000001", &result, &error));
  g_clear_error (&error);
  g_assert_false (nap_money_convert (1, "XOF", "JPY", "123456789012345678901234567890", &result, &error));
  g_clear_error (&error);
  g_assert_false (nap_money_convert (G_MAXINT64, "XOF", "USD", "1", &result, &error));
  g_clear_error (&error);

  {
    const char *bad[] = { "", "0", "0.000", "-1", "+1", "1.2.3", "1,5", "abc", " 1", "1e3",
                          "1234567890123456789012345678901", "." };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_assert_false (nap_money_rate_is_valid (bad[i], NULL));
        g_assert_false (nap_money_convert (100, "EUR", "XOF", bad[i], &result, &error));
        g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
        g_clear_error (&error);
      }
    g_assert_false (nap_money_convert (100, "EUR", "XOF", NULL, &result, &error));
    g_assert_cmpstr (error->message, ==, "“” is not an exchange rate; write a positive number such as 655.957.");
    g_clear_error (&error);
  }
  g_assert_true (nap_money_rate_is_valid ("655.957", NULL));
  g_assert_true (nap_money_rate_is_valid ("1", NULL));
  g_assert_true (nap_money_rate_is_valid ("0.5", NULL));
  g_assert_true (nap_money_rate_is_valid ("5.", NULL));
}

/* Against 128-bit arithmetic, on rates and amounts where it cannot overflow. */
static void
test_convert_random (void)
{
  const char *currencies[] = { "XOF", "USD", "TND", "CLF" };
  const guint decimals[] = { 0, 2, 3, 4 };

  for (guint n = 0; n < 20000; n++)
    {
      guint from = (guint) g_test_rand_int_range (0, 4), to = (guint) g_test_rand_int_range (0, 4);
      guint64 mantissa = (guint64) g_test_rand_int_range (1, G_MAXINT32) * (guint64) g_test_rand_int_range (1, 1000);
      guint scale = (guint) g_test_rand_int_range (0, 10);
      guint bits = (guint) g_test_rand_int_range (1, 64);
      gint64 amount = (gint64) ((((guint64) g_test_rand_int () << 32) | (guint32) g_test_rand_int ()) >> (64 - bits));
      g_autoptr(GString) rate = g_string_new (NULL);
      __int128 product, divisor = 1, quotient, remainder, expected;
      int shift;
      gint64 result = 0;
      gboolean ok;

      if (g_test_rand_bit ())
        amount = -amount;
      g_string_printf (rate, "%0*" G_GUINT64_FORMAT, (int) scale + 1, mantissa);
      if (scale > 0)
        g_string_insert_c (rate, (gssize) (rate->len - scale), '.');

      product = (__int128) amount * (__int128) mantissa;
      shift = (int) decimals[to] - (int) decimals[from] - (int) scale;
      for (int i = 0; i < ABS (shift); i++)
        divisor *= 10;
      if (shift >= 0)
        expected = product * divisor;
      else
        {
          quotient = product / divisor;
          remainder = product % divisor;
          if (remainder * 2 >= divisor)
            quotient++;
          else if (remainder * 2 <= -divisor)
            quotient--;
          expected = quotient;
        }

      ok = nap_money_convert (amount, currencies[from], currencies[to], rate->str, &result, NULL);
      if (expected > G_MAXINT64 || expected < G_MININT64)
        g_assert_false (ok);
      else
        {
          if (!ok || result != (gint64) expected)
            g_error ("%" G_GINT64_FORMAT " %s at %s into %s: got %" G_GINT64_FORMAT " (ok %d), expected %" G_GINT64_FORMAT,
                     amount, currencies[from], rate->str, currencies[to], result, ok, (gint64) expected);
        }
    }
}

static void
test_checked_arithmetic (void)
{
  gint64 sum = G_MAXINT64 - 1;

  g_assert_true (nap_money_add (&sum, 1));
  g_assert_cmpint (sum, ==, G_MAXINT64);
  g_assert_false (nap_money_add (&sum, 1));
  g_assert_cmpint (sum, ==, G_MAXINT64);
  g_assert_true (nap_money_sub (&sum, G_MAXINT64));
  g_assert_cmpint (sum, ==, 0);
  sum = G_MININT64;
  g_assert_false (nap_money_sub (&sum, 1));
  g_assert_false (nap_money_add (&sum, -1));
  g_assert_cmpint (sum, ==, G_MININT64);
  g_assert_true (nap_money_add (&sum, G_MAXINT64));
  g_assert_cmpint (sum, ==, -1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/decimals/iso-codes", test_decimals_cover_iso_codes);
  g_test_add_func ("/money/decimals/values", test_decimals_values);
  g_test_add_func ("/money/format-amount", test_format_amount);
  g_test_add_func ("/money/parse/english", test_parse_english);
  g_test_add_func ("/money/parse/overflow", test_parse_overflow);
  g_test_add_func ("/money/french", test_french);
  g_test_add_func ("/money/arabic", test_arabic);
  g_test_add_func ("/money/round-trip", test_round_trip);
  g_test_add_func ("/money/convert", test_convert);
  g_test_add_func ("/money/convert/random", test_convert_random);
  g_test_add_func ("/money/checked-arithmetic", test_checked_arithmetic);

  return g_test_run ();
}
