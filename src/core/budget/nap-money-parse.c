/* nap-money-parse.c: amounts of money as people type them
 *
 * Reading what a person typed, nap_money_parse():
 * - spaces of any kind (also no-break and narrow no-break), apostrophes and
 *   the Arabic thousands separator (U+066C) only ever group digits; the
 *   Arabic decimal separator (U+066B) is always the decimal mark;
 * - when both "." and "," appear, the last one is the decimal mark
 *   ("1.250.000,50", "1,250.50");
 * - a "." or "," that appears several times groups digits ("1.250.000");
 * - a single "." or "," is the decimal mark if it is the locale's decimal
 *   mark ("1250,5" in French, "12.5" in English). Otherwise it groups digits
 *   when it stands between a group of one to three digits not starting
 *   with 0 and exactly three digits ("1.250" is 1250 in French, "1,250" is
 *   1250 in English), and is the decimal mark in any other position ("12.5"
 *   in French is 12.5);
 * - grouped digits must look grouped: groups of three, or two in Indian
 *   style, with one to three digits in front ("1 25" is refused);
 * - a leading "-" (or U+2212) makes the amount negative; the currency's
 *   code, symbol or narrow symbol may stand before or after the number;
 *   digits of any script (Arabic-Indic included) are read; direction marks
 *   are ignored;
 * - more decimals than the currency has are refused, even zeros: "1.000"
 *   for XOF is more likely a thousand than one franc, so it is better to
 *   ask than to guess.
 *
 * The locale's own marks come from ICU, as nap_money_format_plain() shows
 * them, so that whatever is shown reads back to the same amount. ICU's
 * parser is not used: it follows one locale's pattern strictly and would
 * refuse, or misread, the "1.250.000" and "1,250.50" that people paste
 * from e-mails and spreadsheets made elsewhere.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <unicode/ucurr.h>

#include "nap-currency.h"
#include "nap-error.h"
#include "nap-iso-codes.h"
#include "nap-money.h"
#include "nap-money-private.h"

/* Longer than any amount a person types; longer text is refused unread. */
#define MAX_TEXT_LENGTH 256

/* The locale's marks and the currency's names, as the parser needs them. */
typedef struct
{
  gunichar decimal;          /* the locale's decimal mark */
  gunichar group;            /* the locale's grouping mark */
  GPtrArray *names;          /* what may stand for the currency, longest first */
} ParseContext;

/* Removes white space of any kind (no-break spaces too) from both ends of
 * @text, in place.
 */
static char *
strip_spaces (char *text)
{
  char *start = text;
  char *end;

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  memmove (text, start, strlen (start) + 1);

  end = text + strlen (text);
  while (end > text)
    {
      char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  *end = '\0';
  return text;
}

/* @text without direction marks, and without spaces around it. */
static char *
clean_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!nap_money_is_format_mark (c))
        g_string_append_unichar (out, c);
    }
  return strip_spaces (g_string_free (out, FALSE));
}

static char *
currency_name (const char        *locale,
               const UChar       *code,
               UCurrNameStyle     name_style)
{
  UErrorCode status = U_ZERO_ERROR;
  UBool is_choice = FALSE;
  int32_t len = 0;
  const UChar *name = ucurr_getName (code, locale, name_style, &is_choice, &len, &status);
  g_autofree char *utf8 = NULL;

  if (U_FAILURE (status) || name == NULL || len <= 0)
    return NULL;
  utf8 = g_utf16_to_utf8 (name, len, NULL, NULL, NULL);
  if (utf8 == NULL)
    return NULL;
  return clean_text (utf8);
}

static int
compare_length_descending (gconstpointer a,
                           gconstpointer b)
{
  gsize la = strlen (*(const char * const *) a);
  gsize lb = strlen (*(const char * const *) b);

  return la < lb ? 1 : la > lb ? -1 : 0;
}

static void
parse_context_init (ParseContext *ctx,
                    const char   *currency)
{
  char locale[64];
  UChar code[4];
  char *name;

  ctx->names = g_ptr_array_new_with_free_func (g_free);

  nap_money_get_locale (locale, sizeof locale);
  for (guint i = 0; i < 3; i++)
    code[i] = (UChar) currency[i];
  code[3] = 0;
  nap_money_get_marks (currency, &ctx->decimal, &ctx->group);

  g_ptr_array_add (ctx->names, g_strdup (currency));
  if ((name = currency_name (locale, code, UCURR_SYMBOL_NAME)) != NULL)
    g_ptr_array_add (ctx->names, name);
  if ((name = currency_name (locale, code, UCURR_NARROW_SYMBOL_NAME)) != NULL)
    g_ptr_array_add (ctx->names, name);
  /* How CFA francs are written in West and Central Africa, whatever the
   * locale's symbol.
   */
  if (g_str_equal (currency, "XOF") || g_str_equal (currency, "XAF"))
    {
      g_ptr_array_add (ctx->names, g_strdup ("F CFA"));
      g_ptr_array_add (ctx->names, g_strdup ("FCFA"));
      g_ptr_array_add (ctx->names, g_strdup ("CFA"));
    }
  g_ptr_array_sort (ctx->names, compare_length_descending);
}

static void
parse_context_clear (ParseContext *ctx)
{
  g_clear_pointer (&ctx->names, g_ptr_array_unref);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/* Removes @name from the start or the end of @text; names in Latin
 * letters are matched without regard to case ("xof", "fcfa").
 */
static gboolean
strip_name (char       *text,
            const char *name)
{
  gsize len = strlen (name);
  gsize text_len = strlen (text);
  gboolean fold = is_ascii (name);

  if (len == 0 || len > text_len)
    return FALSE;
  if (fold ? g_ascii_strncasecmp (text, name, len) == 0 : strncmp (text, name, len) == 0)
    {
      memmove (text, text + len, text_len - len + 1);
      return TRUE;
    }
  if (fold ? g_ascii_strcasecmp (text + text_len - len, name) == 0
           : strcmp (text + text_len - len, name) == 0)
    {
      text[text_len - len] = '\0';
      return TRUE;
    }
  return FALSE;
}

typedef enum
{
  TOKEN_DIGIT,
  TOKEN_DOT,       /* "." */
  TOKEN_COMMA,     /* "," */
  TOKEN_GROUP,     /* only ever groups digits */
  TOKEN_DECIMAL,   /* only ever the decimal mark */
} TokenKind;

typedef struct
{
  TokenKind kind;
  int digit;
} Token;

static gboolean
tokenize (const char         *text,
          const ParseContext *ctx,
          GArray             *tokens)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      Token token = { TOKEN_DIGIT, g_unichar_digit_value (c) };

      if (token.digit >= 0)
        ;
      else if (c == '.')
        token.kind = TOKEN_DOT;
      else if (c == ',')
        token.kind = TOKEN_COMMA;
      else if (c == 0x066B || (c == ctx->decimal && c != ctx->group))
        token.kind = TOKEN_DECIMAL;
      else if (g_unichar_isspace (c) || c == '\'' || c == 0x2019 || c == 0x066C || c == ctx->group)
        token.kind = TOKEN_GROUP;
      else
        return FALSE;
      g_array_append_val (tokens, token);
    }
  return TRUE;
}

static TokenKind
locale_decimal_kind (const ParseContext *ctx)
{
  if (ctx->decimal == '.')
    return TOKEN_DOT;
  if (ctx->decimal == ',')
    return TOKEN_COMMA;
  return TOKEN_DECIMAL;
}

/* Whether the single mark at @index stands where a grouping mark would:
 * one to three digits (not starting with 0) before it, up to the start or
 * another grouping mark, and exactly three digits after it.
 */
static gboolean
looks_like_grouping (const Token *tokens,
                     guint        n,
                     guint        index)
{
  guint before = 0, after = 0;
  guint i;

  for (i = index + 1; i < n && tokens[i].kind == TOKEN_DIGIT; i++)
    after++;
  if (after != 3 || i != n)
    return FALSE;

  for (i = index; i > 0 && tokens[i - 1].kind == TOKEN_DIGIT; i--)
    before++;
  return before >= 1 && before <= 3 && tokens[i].digit != 0;
}

/* Index of the decimal mark in @tokens, @n if there is none, or -1 when
 * the marks contradict each other.
 */
static int
find_decimal_mark (const Token        *tokens,
                   guint               n,
                   const ParseContext *ctx)
{
  guint n_dots = 0, n_commas = 0, n_decimals = 0;
  int last_dot = -1, last_comma = -1, last_decimal = -1;

  for (guint i = 0; i < n; i++)
    switch (tokens[i].kind)
      {
      case TOKEN_DOT:
        n_dots++;
        last_dot = (int) i;
        break;
      case TOKEN_COMMA:
        n_commas++;
        last_comma = (int) i;
        break;
      case TOKEN_DECIMAL:
        n_decimals++;
        last_decimal = (int) i;
        break;
      case TOKEN_DIGIT:
      case TOKEN_GROUP:
      default:
        break;
      }

  if (n_decimals > 1)
    return -1;
  if (n_decimals == 1)
    return last_decimal;

  if (n_dots > 0 && n_commas > 0)
    {
      int last = MAX (last_dot, last_comma);
      guint count = last == last_dot ? n_dots : n_commas;

      return count == 1 ? last : -1;
    }

  if (n_dots + n_commas == 0 || n_dots + n_commas > 1)
    return (int) n;

  {
    int mark = MAX (last_dot, last_comma);

    if (tokens[mark].kind == locale_decimal_kind (ctx))
      return mark;
    if (looks_like_grouping (tokens, n, (guint) mark))
      return (int) n;
    return mark;
  }
}

/* Whether the grouping marks before @end sit between groups of digits. */
static gboolean
grouping_is_sound (const Token *tokens,
                   guint        end)
{
  guint run = 0, n_groups = 0;
  gboolean grouped = FALSE;

  for (guint i = 0; i < end; i++)
    if (tokens[i].kind == TOKEN_DIGIT)
      run++;
    else
      {
        /* A mark at the start, or two marks in a row. */
        if (run == 0)
          return FALSE;
        if (n_groups == 0 ? run > 3 : (run < 2 || run > 3))
          return FALSE;
        grouped = TRUE;
        n_groups++;
        run = 0;
      }

  return !grouped || run == 3;
}

static void
set_not_an_amount (GError     **error,
                   const char  *text,
                   const char  *currency)
{
  guint decimals = nap_currency_get_decimals (currency);
  gint64 example = 1250;
  g_autofree char *shown = NULL;

  for (guint i = 0; i < decimals; i++)
    example = example * 10 + (i == 0 ? 5 : 0);
  shown = nap_money_format_plain (example, currency);

  if (text == NULL || *text == '\0')
    /* Translators: %s is an example amount such as "1 250,50" */
    g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID, _("Type an amount, such as %s."), shown);
  else
    /* Translators: the first %s is what was typed, the second an example
     * amount such as "1 250,50"
     */
    g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                 _("“%s” is not an amount; type a number such as %s."), text, shown);
}

static void
set_too_many_decimals (GError     **error,
                       const char  *currency,
                       guint        decimals)
{
  if (decimals == 0)
    /* Translators: %s is a currency code such as XOF */
    g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID, _("%s amounts have no decimals."), currency);
  else
    /* Translators: %s is a currency code such as USD, %u a number of decimals */
    g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                 ngettext ("%s amounts have at most %u decimal.",
                           "%s amounts have at most %u decimals.", decimals),
                 currency, decimals);
}

static void
set_too_large (GError     **error,
               const char  *text,
               gboolean     negative,
               const char  *currency)
{
  g_autofree char *limit = nap_money_format (negative ? G_MININT64 : G_MAXINT64, currency);

  if (negative)
    /* Translators: the first %s is what was typed, the second the smallest
     * amount the program can count
     */
    g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                 _("“%s” is too large; amounts cannot go below %s."), text, limit);
  else
    /* Translators: the first %s is what was typed, the second the largest
     * amount the program can count
     */
    g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                 _("“%s” is too large; amounts cannot exceed %s."), text, limit);
}

/* Accumulates the digits of @tokens[start..end) into @magnitude. */
static gboolean
add_digits (const Token *tokens,
            guint        start,
            guint        end,
            guint64     *magnitude)
{
  for (guint i = start; i < end; i++)
    if (tokens[i].kind == TOKEN_DIGIT
        && (__builtin_mul_overflow (*magnitude, 10, magnitude)
            || __builtin_add_overflow (*magnitude, (guint64) tokens[i].digit, magnitude)))
      return FALSE;
  return TRUE;
}

/* Reads the number itself, once signs and currency names are gone. */
static gboolean
parse_number (const char         *body,
              const char         *text,
              const char         *currency,
              const ParseContext *ctx,
              gboolean            negative,
              gint64             *amount,
              GError            **error)
{
  g_autoptr(GArray) array = g_array_new (FALSE, FALSE, sizeof (Token));
  const Token *tokens;
  guint decimals = nap_currency_get_decimals (currency);
  guint n, n_digits = 0, n_fraction = 0;
  guint64 magnitude = 0;
  int mark;

  if (!tokenize (body, ctx, array) || array->len == 0)
    {
      set_not_an_amount (error, text, currency);
      return FALSE;
    }
  tokens = (const Token *) (gpointer) array->data;
  n = array->len;

  mark = find_decimal_mark (tokens, n, ctx);
  if (mark < 0 || !grouping_is_sound (tokens, (guint) mark))
    {
      set_not_an_amount (error, text, currency);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    if (tokens[i].kind == TOKEN_DIGIT)
      {
        n_digits++;
        if ((int) i > mark)
          n_fraction++;
      }
    else if ((int) i > mark)
      {
        /* Nothing but digits after the decimal mark. */
        set_not_an_amount (error, text, currency);
        return FALSE;
      }
  if (n_digits == 0)
    {
      set_not_an_amount (error, text, currency);
      return FALSE;
    }
  if (n_fraction > decimals)
    {
      set_too_many_decimals (error, currency, decimals);
      return FALSE;
    }

  if (!add_digits (tokens, 0, n, &magnitude))
    {
      set_too_large (error, text, negative, currency);
      return FALSE;
    }
  for (guint i = n_fraction; i < decimals; i++)
    if (__builtin_mul_overflow (magnitude, 10, &magnitude))
      {
        set_too_large (error, text, negative, currency);
        return FALSE;
      }

  /* -2^63 fits a gint64, +2^63 does not. */
  if (magnitude > (guint64) G_MAXINT64 + (negative ? 1 : 0))
    {
      set_too_large (error, text, negative, currency);
      return FALSE;
    }

  *amount = negative ? (gint64) (0 - magnitude) : (gint64) magnitude;
  return TRUE;
}

/* Takes one sign and one currency name off either end of @body, in any
 * order: "-1 250 F CFA", "$-12", "- 12 XOF", "XOF 12".
 */
static void
strip_affixes (char         *body,
               ParseContext *ctx,
               gboolean     *negative)
{
  gboolean signed_ = FALSE, named = FALSE, stripped;

  do
    {
      stripped = FALSE;
      if (!signed_ && (body[0] == '-' || body[0] == '+' || g_str_has_prefix (body, "\u2212")))
        {
          const char *rest = g_utf8_next_char (body);

          *negative = body[0] != '+';
          memmove (body, rest, strlen (rest) + 1);
          signed_ = stripped = TRUE;
        }
      for (guint i = 0; !named && !stripped && i < ctx->names->len; i++)
        if (strip_name (body, g_ptr_array_index (ctx->names, i)))
          named = stripped = TRUE;
      strip_spaces (body);
    }
  while (stripped);
}

gboolean
nap_money_parse (const char  *text,
                 const char  *currency,
                 gint64      *amount,
                 GError     **error)
{
  ParseContext ctx;
  g_autofree char *body = NULL;
  gboolean negative = FALSE, ok;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);
  g_return_val_if_fail (amount != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!nap_iso_codes_is_currency (currency) || !nap_currency_lookup_decimals (currency, NULL))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("“%s” is not a currency code of ISO 4217; use three capital letters such as XOF."),
                   currency);
      return FALSE;
    }
  if (strlen (text) > MAX_TEXT_LENGTH || !g_utf8_validate (text, -1, NULL))
    {
      /* Not worth quoting back. */
      set_not_an_amount (error, "…", currency);
      return FALSE;
    }

  body = clean_text (text);
  if (*body == '\0')
    {
      set_not_an_amount (error, NULL, currency);
      return FALSE;
    }

  parse_context_init (&ctx, currency);
  strip_affixes (body, &ctx, &negative);
  ok = parse_number (body, text, currency, &ctx, negative, amount, error);
  parse_context_clear (&ctx);
  return ok;
}

