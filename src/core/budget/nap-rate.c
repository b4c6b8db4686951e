/* nap-rate.c: exchange rates as text, as stored and as people type them
 *
 * A rate is stored as the decimal a person typed, never as a float, with a
 * full stop: "655.957" (one euro in CFA francs). What NAP Drafter stores
 * is a subset of what NAP XML allows (data/nap.rng, "rate"), so that every
 * stored rate exports; nap_rate_normalize() is the rule, and
 * nap_project_set_exchange_rate() applies it.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nap-error.h"
#include "nap-money-private.h"
#include "nap-rate.h"

/**
 * nap_rate_normalize:
 * @text: digits with at most one full stop: "655.957", "0.5", ".5"
 *
 * Checks a rate and writes it as NAP XML wants it: without leading zeros
 * ("0655.9" is "655.9", ".5" is "0.5") and without a trailing full stop.
 *
 * Returns: (transfer full): the rate, or %NULL with @error set to a
 *   sentence that says what is wrong
 */
char *
nap_rate_normalize (const char  *text,
                    GError     **error)
{
  g_autoptr(GString) whole = g_string_new (NULL);
  g_autoptr(GString) decimals = g_string_new (NULL);
  GString *part = whole;
  gboolean nonzero = FALSE;

  if (text == NULL || *text == '\0')
    {
      /* Translators: you may write the number as your language does, 655,957 */
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID, _("Write the rate, for example 655.957."));
      return NULL;
    }
  if (*text == '-')
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID, _("An exchange rate cannot be negative."));
      return NULL;
    }

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '.' && part == whole)
        part = decimals;
      else if (g_ascii_isdigit (*p))
        {
          nonzero |= *p != '0';
          /* Leading zeros say nothing. */
          if (part == decimals || whole->len > 0 || *p != '0')
            g_string_append_c (part, *p);
        }
      else
        {
          /* Translators: you may write the number as your language does, 655,957 */
          g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                               _("Write the rate with digits and one decimal separator, for example 655.957."));
          return NULL;
        }
    }

  if (!nonzero && strpbrk (text, "0123456789") != NULL)
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID, _("An exchange rate cannot be zero."));
      return NULL;
    }
  if (!nonzero)
    {
      /* Translators: you may write the number as your language does, 655,957 */
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                           _("Write the rate with digits and one decimal separator, for example 655.957."));
      return NULL;
    }
  if (whole->len > NAP_RATE_MAX_INTEGER_DIGITS)
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   ngettext ("An exchange rate has at most %d digit before the decimal separator.",
                             "An exchange rate has at most %d digits before the decimal separator.",
                             NAP_RATE_MAX_INTEGER_DIGITS),
                   NAP_RATE_MAX_INTEGER_DIGITS);
      return NULL;
    }
  if (decimals->len > NAP_RATE_MAX_DECIMALS)
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   ngettext ("An exchange rate has at most %d decimal; round it.",
                             "An exchange rate has at most %d decimals; round it.",
                             NAP_RATE_MAX_DECIMALS),
                   NAP_RATE_MAX_DECIMALS);
      return NULL;
    }

  if (whole->len == 0)
    g_string_append_c (whole, '0');
  if (decimals->len > 0)
    g_string_append_printf (whole, ".%s", decimals->str);
  return g_string_free (g_steal_pointer (&whole), FALSE);
}

/**
 * nap_rate_parse:
 * @text: a rate as typed, with the decimal separator of the UI locale or
 *   a full stop, and digits of any script; spaces are ignored
 * @plan_currency: (nullable): what the rate converts into; some locales
 *   write amounts of some currencies differently
 *
 * Returns: (transfer full): the rate as stored ("655.957"), or %NULL with
 *   @error set, see nap_rate_normalize()
 */
char *
nap_rate_parse (const char  *text,
                const char  *plan_currency,
                GError     **error)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  gunichar decimal, group;

  g_return_val_if_fail (text != NULL, NULL);

  nap_money_get_marks (plan_currency != NULL ? plan_currency : "XOF", &decimal, &group);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      int digit = g_unichar_digit_value (c);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_c (plain, '?');
          break;
        }
      if (g_unichar_isspace (c) || nap_money_is_format_mark (c))
        continue;
      if (digit >= 0)
        g_string_append_c (plain, (char) ('0' + digit));
      else if (c == '.' || c == decimal)
        g_string_append_c (plain, '.');
      else if (c == 0x2212) /* minus sign */
        g_string_append_c (plain, '-');
      else
        g_string_append_unichar (plain, c);
    }
  return nap_rate_normalize (plain->str, error);
}

/**
 * nap_rate_format:
 * @rate: (nullable): a rate as stored
 * @plan_currency: (nullable): the plan currency, whose locale marks are
 *   used; %NULL for those of XOF
 *
 * Returns: (transfer full): @rate with the UI locale's decimal separator,
 *   as nap_rate_parse() reads it back
 */
char *
nap_rate_format (const char *rate,
                 const char *plan_currency)
{
  g_autoptr(GString) shown = NULL;
  gunichar decimal, group;

  if (rate == NULL)
    return g_strdup ("");

  nap_money_get_marks (plan_currency != NULL ? plan_currency : "XOF", &decimal, &group);
  shown = g_string_new (rate);
  for (gsize i = 0; i < shown->len; i++)
    if (shown->str[i] == '.')
      {
        char mark[8];
        int length = g_unichar_to_utf8 (decimal, mark);

        g_string_erase (shown, (gssize) i, 1);
        g_string_insert_len (shown, (gssize) i, mark, length);
        break;
      }
  return g_string_free (g_steal_pointer (&shown), FALSE);
}
