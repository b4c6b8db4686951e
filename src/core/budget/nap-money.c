/* nap-money.c: amounts of money shown to people, and converted
 *
 * Formatting uses ICU (unum_formatDecimal() on the exact decimal text, never
 * a double): it knows every locale's grouping, decimal mark, digits and
 * currency symbols ("1 250 000 F CFA", "1 250,50 $US", "$1,250.50",
 * "‏١٬٢٥٠٫٥٠ US$"), which glibc's localeconv() does not (it has no symbol
 * for a foreign currency and no per-locale pattern). The number of
 * decimals is always ours (nap-currency.c), never CLDR's.
 *
 * The locale is the one of LC_MONETARY, as set by setlocale() from the
 * environment (GNOME's "Formats" setting), so that what is shown and what
 * is read back follow the same conventions; the C locale counts as English
 * so that large CFA amounts are still grouped.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <unicode/unum.h>

#include "nap-currency.h"
#include "nap-error.h"
#include "nap-money.h"
#include "nap-money-private.h"

/* Locale */

gboolean
nap_money_is_format_mark (gunichar c)
{
  /* Direction marks ICU puts around Arabic numbers, and a stray BOM. */
  return c == 0x200E || c == 0x200F || c == 0x061C || c == 0xFEFF
         || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void
nap_money_get_locale (char  *buffer,
                      gsize  size)
{
  const char *posix = setlocale (LC_MONETARY, NULL);
  gsize len;

  if (posix == NULL || g_str_equal (posix, "C") || g_str_equal (posix, "POSIX")
      || g_str_has_prefix (posix, "C."))
    posix = "en";

  /* "fr_FR.UTF-8" and "sr_RS@latin" become "fr_FR" and "sr_RS": ICU needs
   * neither the encoding nor the modifier to format numbers.
   */
  len = strcspn (posix, ".@");
  if (len >= size)
    len = size - 1;
  memcpy (buffer, posix, len);
  buffer[len] = '\0';
}

/* Formatters */

typedef enum
{
  STYLE_CURRENCY,
  STYLE_PLAIN,
} Style;

/* Opening an ICU formatter costs tens of microseconds and a budget view
 * formats thousands of amounts: formatters are kept per locale, style and
 * currency. ICU formatters are not to be used from two threads at once.
 */
static GMutex formatters_lock;
static GHashTable *formatters;

static void
close_formatter (gpointer data)
{
  unum_close (data);
}

static void
to_uchars (const char *ascii,
           UChar      *out,
           gsize       size)
{
  gsize i;

  for (i = 0; ascii[i] != '\0' && i + 1 < size; i++)
    out[i] = (UChar) ascii[i];
  out[i] = 0;
}

/* Called with formatters_lock held. */
static UNumberFormat *
get_formatter (Style       style,
               const char *currency)
{
  char locale[64];
  g_autofree char *key = NULL;
  UNumberFormat *formatter;
  UErrorCode status = U_ZERO_ERROR;
  guint decimals = nap_currency_get_decimals (currency);

  nap_money_get_locale (locale, sizeof locale);
  key = g_strdup_printf ("%s|%d|%s", locale, style, currency);

  if (formatters == NULL)
    formatters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_formatter);
  formatter = g_hash_table_lookup (formatters, key);
  if (formatter != NULL)
    return formatter;

  formatter = unum_open (style == STYLE_CURRENCY ? UNUM_CURRENCY : UNUM_DECIMAL,
                         NULL, 0, locale, NULL, &status);
  if (U_FAILURE (status))
    return NULL;

  if (style == STYLE_CURRENCY)
    {
      UChar code[4];

      to_uchars (currency, code, G_N_ELEMENTS (code));
      unum_setTextAttribute (formatter, UNUM_CURRENCY_CODE, code, 3, &status);
    }
  /* After the currency, which would reset them to CLDR's digits. */
  unum_setAttribute (formatter, UNUM_GROUPING_USED, 1);
  unum_setAttribute (formatter, UNUM_MIN_FRACTION_DIGITS, (int32_t) decimals);
  unum_setAttribute (formatter, UNUM_MAX_FRACTION_DIGITS, (int32_t) decimals);
  if (U_FAILURE (status))
    {
      unum_close (formatter);
      return NULL;
    }

  g_hash_table_insert (formatters, g_steal_pointer (&key), formatter);
  return formatter;
}

static char *
format_with (Style       style,
             gint64      amount,
             const char *currency)
{
  g_autofree char *decimal = nap_currency_format_amount (amount, currency);
  UNumberFormat *formatter;
  UChar buffer[128];
  int32_t len = -1;
  UErrorCode status = U_ZERO_ERROR;

  g_mutex_lock (&formatters_lock);
  formatter = get_formatter (style, currency);
  if (formatter != NULL)
    len = unum_formatDecimal (formatter, decimal, -1, buffer, G_N_ELEMENTS (buffer), NULL, &status);
  g_mutex_unlock (&formatters_lock);

  if (formatter == NULL || U_FAILURE (status) || len < 0 || len >= (int32_t) G_N_ELEMENTS (buffer))
    {
      /* ICU without data for the locale: the amount is still right. */
      if (style == STYLE_CURRENCY)
        return g_strdup_printf ("%s %s", decimal, currency);
      return g_steal_pointer (&decimal);
    }

  return g_utf16_to_utf8 (buffer, len, NULL, NULL, NULL);
}

/**
 * nap_money_format:
 * @amount: in minor units of @currency
 * @currency: ISO 4217 code
 *
 * Returns: (transfer full): @amount for people, in the locale of
 *   LC_MONETARY, with the currency symbol (or code) placed as the locale does
 */
char *
nap_money_format (gint64      amount,
                  const char *currency)
{
  g_return_val_if_fail (currency != NULL, NULL);

  return format_with (STYLE_CURRENCY, amount, currency);
}

/**
 * nap_money_format_plain:
 * @amount: in minor units of @currency
 * @currency: ISO 4217 code
 *
 * Returns: (transfer full): @amount without symbol, grouped as the locale
 *   does and with exactly the currency's decimals
 */
char *
nap_money_format_plain (gint64      amount,
                        const char *currency)
{
  g_return_val_if_fail (currency != NULL, NULL);

  return format_with (STYLE_PLAIN, amount, currency);
}

static gunichar
first_char_of_symbol (const UNumberFormat        *formatter,
                      UNumberFormatSymbol         symbol,
                      gunichar                    fallback)
{
  UChar buffer[16];
  UErrorCode status = U_ZERO_ERROR;
  int32_t len = unum_getSymbol (formatter, symbol, buffer, G_N_ELEMENTS (buffer), &status);
  g_autofree char *utf8 = NULL;

  if (U_FAILURE (status) || len <= 0 || len >= (int32_t) G_N_ELEMENTS (buffer))
    return fallback;
  utf8 = g_utf16_to_utf8 (buffer, len, NULL, NULL, NULL);
  if (utf8 == NULL)
    return fallback;
  for (const char *p = utf8; *p != '\0'; p = g_utf8_next_char (p))
    if (!nap_money_is_format_mark (g_utf8_get_char (p)))
      return g_utf8_get_char (p);
  return fallback;
}

/**
 * nap_money_get_marks: (skip)
 *
 * The decimal and grouping marks of the locale, as ICU formats amounts in
 * @currency: what nap_money_parse() reads back.
 */
void
nap_money_get_marks (const char *currency,
                     gunichar   *decimal,
                     gunichar   *group)
{
  UNumberFormat *formatter;

  *decimal = '.';
  *group = ',';
  g_mutex_lock (&formatters_lock);
  formatter = get_formatter (STYLE_PLAIN, currency);
  if (formatter != NULL)
    {
      *decimal = first_char_of_symbol (formatter, UNUM_DECIMAL_SEPARATOR_SYMBOL, '.');
      *group = first_char_of_symbol (formatter, UNUM_GROUPING_SEPARATOR_SYMBOL, ',');
    }
  g_mutex_unlock (&formatters_lock);
}

/* Conversion */

/* A positive decimal such as "655.957", as a string of digits without the
 * point and the number of digits that were after it.
 */
typedef struct
{
  char digits[32];
  guint scale;
} Rate;

#define MAX_RATE_LENGTH 30

static gboolean
read_rate (const char *text,
           Rate       *rate)
{
  gboolean point = FALSE, nonzero = FALSE;
  guint n = 0;

  if (text == NULL || *text == '\0' || strlen (text) > MAX_RATE_LENGTH)
    return FALSE;

  rate->scale = 0;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '.' && !point)
        point = TRUE;
      else if (g_ascii_isdigit (*p))
        {
          rate->digits[n++] = *p;
          nonzero |= *p != '0';
          if (point)
            rate->scale++;
        }
      else
        return FALSE;
    }
  rate->digits[n] = '\0';
  return n > 0 && nonzero;
}

/**
 * nap_money_rate_is_valid:
 * @rate: (nullable): the rate as typed or stored
 *
 * Returns: whether @rate is a decimal that nap_money_convert() accepts
 */
gboolean
nap_money_rate_is_valid (const char  *rate,
                         GError     **error)
{
  Rate parsed;

  if (read_rate (rate, &parsed))
    return TRUE;

  g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
               _("“%s” is not an exchange rate; write a positive number such as 655.957."),
               rate != NULL ? rate : "");
  return FALSE;
}

/* Decimal digits, least significant first: amount (at most 20 digits) times
 * rate (at most 30) fits in 50; four more for the target's decimals.
 */
#define MAX_PRODUCT_DIGITS 56

/* @magnitude x @rate x 10^@shift, rounded half up (on a magnitude, that is
 * half away from zero) when @shift drops digits.
 */
static gboolean
multiply_and_shift (guint64     magnitude,
                    const Rate *rate,
                    int         shift,
                    guint64    *result)
{
  guint8 a[20] = { 0, }, product[MAX_PRODUCT_DIGITS] = { 0, };
  guint na = 0, nr = (guint) strlen (rate->digits);
  guint start;
  guint64 value = 0;

  for (; magnitude > 0; magnitude /= 10)
    a[na++] = (guint8) (magnitude % 10);

  for (guint j = 0; j < nr; j++)
    {
      guint digit = (guint) (rate->digits[nr - 1 - j] - '0');
      guint carry = 0;

      for (guint i = 0; i < na || carry > 0; i++)
        {
          guint sum = product[i + j] + carry + (i < na ? a[i] * digit : 0);

          product[i + j] = (guint8) (sum % 10);
          carry = sum / 10;
        }
    }

  if (shift >= 0)
    {
      if ((guint) shift + na + nr > MAX_PRODUCT_DIGITS)
        return FALSE;
      memmove (product + shift, product, na + nr);
      memset (product, 0, (gsize) shift);
      start = 0;
    }
  else if ((guint) -shift >= MAX_PRODUCT_DIGITS)
    {
      /* Less than a tenth of a minor unit: the product has fewer digits. */
      *result = 0;
      return TRUE;
    }
  else
    start = (guint) -shift;

  for (guint i = MAX_PRODUCT_DIGITS; i > start; i--)
    if (__builtin_mul_overflow (value, 10, &value)
        || __builtin_add_overflow (value, (guint64) product[i - 1], &value))
      return FALSE;

  /* Half away from zero: the first dropped digit decides. */
  if (start > 0 && product[start - 1] >= 5
      && __builtin_add_overflow (value, 1, &value))
    return FALSE;

  *result = value;
  return TRUE;
}

gboolean
nap_money_convert (gint64       amount,
                   const char  *from,
                   const char  *to,
                   const char  *rate,
                   gint64      *result,
                   GError     **error)
{
  Rate parsed;
  guint64 magnitude, converted;
  gboolean negative = amount < 0;
  int shift;

  g_return_val_if_fail (from != NULL, FALSE);
  g_return_val_if_fail (to != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (!nap_money_rate_is_valid (rate, error))
    return FALSE;
  read_rate (rate, &parsed);

  magnitude = negative ? (guint64) 0 - (guint64) amount : (guint64) amount;
  shift = (int) nap_currency_get_decimals (to) - (int) nap_currency_get_decimals (from)
          - (int) parsed.scale;

  if (!multiply_and_shift (magnitude, &parsed, shift, &converted)
      || converted > (guint64) G_MAXINT64 + (negative ? 1 : 0))
    {
      g_autofree char *shown = nap_money_format (amount, from);

      /* Translators: %s is an amount with its currency, the others currency codes */
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("%s is too large to convert into %s at the rate %s."),
                   shown, to, rate);
      return FALSE;
    }

  *result = negative ? (gint64) (0 - converted) : (gint64) converted;
  return TRUE;
}

/* Checked arithmetic */

/**
 * nap_money_add:
 * @sum: (inout): the sum that @amount is added to
 * @amount: the amount
 *
 * Returns: %FALSE, leaving @sum untouched, if the result would not fit
 *   in a gint64
 */
gboolean
nap_money_add (gint64 *sum,
               gint64  amount)
{
  gint64 result;

  g_return_val_if_fail (sum != NULL, FALSE);

  if (__builtin_add_overflow (*sum, amount, &result))
    return FALSE;
  *sum = result;
  return TRUE;
}

/**
 * nap_money_sub:
 * @sum: (inout): the sum that @amount is taken from
 * @amount: the amount
 *
 * Returns: %FALSE, leaving @sum untouched, if the result would not fit
 *   in a gint64
 */
gboolean
nap_money_sub (gint64 *sum,
               gint64  amount)
{
  gint64 result;

  g_return_val_if_fail (sum != NULL, FALSE);

  if (__builtin_sub_overflow (*sum, amount, &result))
    return FALSE;
  *sum = result;
  return TRUE;
}
