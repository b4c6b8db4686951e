/* nap-xml-checks.c: the rules of NAP XML that RELAX NG cannot express
 *
 * Run on a document that the schema accepted: unique ids, references that
 * resolve to a record of the right kind, real dates, known currencies,
 * amounts with exactly their currency's decimals and within 64 bits, and
 * the "at most once" rules. See "Beyond the schema" in docs/xml-format.md.
 * The first problem in document order is reported.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-currency.h"
#include "nap-iso-codes.h"
#include "nap-error.h"
#include "nap-xml-private.h"

typedef struct
{
  NapXmlDocument *doc;
  GError **error;
} Checks;

G_GNUC_PRINTF (3, 4)
static gboolean
fail (Checks     *checks,
      int         line,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  nap_xml_set_error (checks->error, checks->doc->name, line, message);
  return FALSE;
}

static gboolean
check_id (Checks     *checks,
          NapXmlItem *item)
{
  NapXmlItem *first = g_hash_table_lookup (checks->doc->ids, item->uuid);

  if (first != NULL)
    return fail (checks, item->line, _("the id %s is used twice (first on line %d)."),
                 item->uuid, first->line);

  g_hash_table_insert (checks->doc->ids, item->uuid, item);
  return TRUE;
}

static gboolean
check_date (Checks     *checks,
            const char *date,
            int         line)
{
  if (date == NULL || nap_date_is_valid_iso (date))
    return TRUE;
  return fail (checks, line, _("“%s” is not a real date."), date);
}

static gboolean
check_currency (Checks     *checks,
                const char *code,
                int         line)
{
  if (code != NULL && nap_iso_codes_is_currency (code))
    return TRUE;
  /* Without iso-codes installed there is no list to check against; the
   * schema has checked the form, and refusing every plan helps no one.
   */
  if (code != NULL && g_list_model_get_n_items (nap_iso_codes_get_currencies ()) == 0)
    return TRUE;
  return fail (checks, line, _("“%s” is not a known ISO 4217 currency code."), code);
}

typedef enum
{
  AMOUNT_OK,
  AMOUNT_MORE_DECIMALS,
  AMOUNT_FEWER_DECIMALS,
  AMOUNT_TOO_LARGE,
} AmountResult;

/* Converts the schema's lexical form, -?[0-9]{1,18}(\.[0-9]{1,4})?, to a
 * count of minor units, digit by digit: never through a double.
 */
static AmountResult
parse_amount (const char *text,
              guint       decimals,
              gint64     *result)
{
  const char *p = text;
  gboolean negative = FALSE;
  guint64 magnitude = 0;
  guint fraction_digits = 0;
  gboolean in_fraction = FALSE;
  guint64 limit;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  for (; *p != '\0'; p++)
    {
      if (*p == '.')
        {
          in_fraction = TRUE;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        return AMOUNT_TOO_LARGE; /* cannot happen after the schema */
      if (in_fraction)
        fraction_digits++;
      if (magnitude > (G_MAXUINT64 - 9) / 10)
        return AMOUNT_TOO_LARGE;
      magnitude = magnitude * 10 + (guint64) (*p - '0');
    }

  if (fraction_digits > decimals)
    return AMOUNT_MORE_DECIMALS;
  if (fraction_digits < decimals)
    return AMOUNT_FEWER_DECIMALS;

  limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  if (magnitude > limit)
    return AMOUNT_TOO_LARGE;

  if (negative)
    *result = magnitude == (guint64) G_MAXINT64 + 1 ? G_MININT64 : -(gint64) magnitude;
  else
    *result = (gint64) magnitude;
  return AMOUNT_OK;
}

static gboolean
check_amounts (Checks           *checks,
               NapXmlBudgetLine *line)
{
  guint decimals = nap_currency_get_decimals (line->currency);
  int at = line->item.line;

  switch (parse_amount (line->amount_text, decimals, &line->amount))
    {
    case AMOUNT_OK:
      break;
    case AMOUNT_MORE_DECIMALS:
      return fail (checks, at, _("the budget line amount “%s” has more decimals than %s allows (%u)."),
                   line->amount_text, line->currency, decimals);
    case AMOUNT_FEWER_DECIMALS:
      return fail (checks, at, _("the budget line amount “%s” has fewer decimals than %s has (%u); write them all."),
                   line->amount_text, line->currency, decimals);
    case AMOUNT_TOO_LARGE:
    default:
      return fail (checks, at, _("the budget line amount “%s” is too large."), line->amount_text);
    }

  if (line->unit_cost_text == NULL)
    return TRUE;

  switch (parse_amount (line->unit_cost_text, decimals, &line->unit_cost))
    {
    case AMOUNT_OK:
      break;
    case AMOUNT_MORE_DECIMALS:
      return fail (checks, at, _("the unit cost “%s” has more decimals than %s allows (%u)."),
                   line->unit_cost_text, line->currency, decimals);
    case AMOUNT_FEWER_DECIMALS:
      return fail (checks, at, _("the unit cost “%s” has fewer decimals than %s has (%u); write them all."),
                   line->unit_cost_text, line->currency, decimals);
    case AMOUNT_TOO_LARGE:
    default:
      return fail (checks, at, _("the unit cost “%s” is too large."), line->unit_cost_text);
    }

  if (line->unit_cost < 0)
    return fail (checks, at, _("the unit cost “%s” is negative; only the amount of a budget line may be."),
                 line->unit_cost_text);
  return TRUE;
}

static gboolean
check_budget_line (Checks           *checks,
                   NapXmlBudgetLine *line)
{
  if (!check_id (checks, &line->item))
    return FALSE;
  if (line->has_year && line->year == 0)
    return fail (checks, line->item.line, _("“0000” is not a year."));
  if (!check_currency (checks, line->currency, line->item.line))
    return FALSE;
  return check_amounts (checks, line);
}

/* Ids are indexed in a first pass, references resolved in a second, so that
 * a reference may point forward in the document.
 */
static gboolean
index_objective (Checks          *checks,
                 NapXmlObjective *objective)
{
  if (!check_id (checks, &objective->item)
      || !check_date (checks, objective->start_date, objective->timeframe_line)
      || !check_date (checks, objective->end_date, objective->timeframe_line))
    return FALSE;

  for (guint i = 0; i < objective->indicators->len; i++)
    {
      NapXmlIndicator *indicator = g_ptr_array_index (objective->indicators, i);

      if (!check_id (checks, &indicator->item))
        return FALSE;
    }
  for (guint i = 0; i < objective->budget_lines->len; i++)
    if (!check_budget_line (checks, g_ptr_array_index (objective->budget_lines, i)))
      return FALSE;
  for (guint i = 0; i < objective->children->len; i++)
    if (!index_objective (checks, g_ptr_array_index (objective->children, i)))
      return FALSE;
  return TRUE;
}

static gboolean
resolve (Checks    *checks,
         NapXmlRef *ref,
         GType      type)
{
  NapXmlItem *item = g_hash_table_lookup (checks->doc->ids, ref->uuid);

  if (item != NULL && item->type == type)
    return TRUE;

  if (type == NAP_TYPE_ACTOR)
    return fail (checks, ref->line, _("no actor in the document has the id %s."), ref->uuid);
  return fail (checks, ref->line, _("no objective in the document has the id %s."), ref->uuid);
}

/* Resolves @refs, each of which may appear once in the list. A hostile
 * file can make a list long, so duplicates are found through a set.
 */
static gboolean
resolve_list (Checks     *checks,
              GPtrArray  *refs,
              GType       type,
              const char *element)
{
  g_autoptr(GHashTable) seen = NULL;

  if (refs->len > 1)
    seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < refs->len; i++)
    {
      NapXmlRef *ref = g_ptr_array_index (refs, i);

      if (!resolve (checks, ref, type))
        return FALSE;
      if (seen != NULL && !g_hash_table_add (seen, ref->uuid))
        /* Translators: the second %s is an element name such as lead or concerns */
        return fail (checks, ref->line, _("%s appears twice among the “%s” elements here."),
                     ref->uuid, element);
    }
  return TRUE;
}

static gboolean
resolve_objective (Checks          *checks,
                   NapXmlObjective *objective)
{
  static const char * const roles[NAP_N_ACTOR_ROLES] = { "lead", "partner", "monitor" };

  for (guint role = 0; role < NAP_N_ACTOR_ROLES; role++)
    if (!resolve_list (checks, objective->actors[role], NAP_TYPE_ACTOR, roles[role]))
      return FALSE;

  for (guint i = 0; i < objective->budget_lines->len; i++)
    {
      NapXmlBudgetLine *line = g_ptr_array_index (objective->budget_lines, i);

      if (line->funder != NULL && !resolve (checks, line->funder, NAP_TYPE_ACTOR))
        return FALSE;
    }

  for (guint i = 0; i < objective->children->len; i++)
    if (!resolve_objective (checks, g_ptr_array_index (objective->children, i)))
      return FALSE;
  return TRUE;
}

static gboolean
check_plan (Checks *checks)
{
  NapXmlDocument *doc = checks->doc;
  g_autoptr(GHashTable) currencies = g_hash_table_new (g_str_hash, g_str_equal);

  if (!check_id (checks, &doc->plan)
      || !check_date (checks, doc->period_start, doc->period_line)
      || !check_date (checks, doc->period_end, doc->period_line)
      || !check_currency (checks, doc->currency, doc->currency_line))
    return FALSE;

  for (guint i = 0; i < doc->exchange_rates->len; i++)
    {
      NapXmlExchangeRate *rate = g_ptr_array_index (doc->exchange_rates, i);

      if (!check_id (checks, &rate->item)
          || !check_currency (checks, rate->currency, rate->item.line)
          || !check_date (checks, rate->date, rate->item.line))
        return FALSE;
      if (g_str_equal (rate->currency, doc->currency))
        return fail (checks, rate->item.line,
                     _("%s is the plan currency; exchange rates are for the other currencies."),
                     rate->currency);
      if (!g_hash_table_add (currencies, rate->currency))
        return fail (checks, rate->item.line, _("there are two exchange rates for %s."), rate->currency);
    }

  for (guint i = 0; i < doc->references->len; i++)
    if (!check_id (checks, g_ptr_array_index (doc->references, i)))
      return FALSE;
  for (guint i = 0; i < doc->actors->len; i++)
    if (!check_id (checks, g_ptr_array_index (doc->actors, i)))
      return FALSE;

  return TRUE;
}

static gboolean
check_levels (Checks *checks)
{
  GPtrArray *levels = checks->doc->levels;

  for (guint i = 0; i < levels->len; i++)
    {
      NapXmlLevel *level = g_ptr_array_index (levels, i);

      if (level->depth < i)
        return fail (checks, level->line, _("there are two levels of depth %u."), level->depth);
      if (level->depth != i || level->depth >= NAP_MAX_DEPTH)
        return fail (checks, level->line,
                     _("a level of depth %u comes where depth %u was expected; levels go from 0 to %d, in order, without gaps."),
                     level->depth, i, NAP_MAX_DEPTH - 1);
      if (nap_text_is_blank (level->name))
        return fail (checks, level->line, _("every level needs a name."));
    }
  return TRUE;
}

static gboolean
check_consultation (Checks             *checks,
                    NapXmlConsultation *consultation)
{
  g_autoptr(GHashTable) names = NULL;

  if (!check_id (checks, &consultation->item)
      || !check_date (checks, consultation->start_date, consultation->item.line)
      || !check_date (checks, consultation->end_date, consultation->item.line))
    return FALSE;

  names = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < consultation->groups->len; i++)
    {
      NapXmlGroup *group = g_ptr_array_index (consultation->groups, i);

      if (nap_text_is_blank (group->name))
        return fail (checks, group->line, _("every group of participants needs a name."));
      if (!g_hash_table_add (names, group->name))
        return fail (checks, group->line, _("there are two groups named “%s” in this consultation."),
                     group->name);
    }

  if (!resolve_list (checks, consultation->organisations, NAP_TYPE_ACTOR, "organisation"))
    return FALSE;

  for (guint i = 0; i < consultation->recommendations->len; i++)
    {
      NapXmlRecommendation *recommendation = g_ptr_array_index (consultation->recommendations, i);

      if (!check_id (checks, &recommendation->item))
        return FALSE;
    }
  return TRUE;
}

/**
 * nap_xml_document_check:
 *
 * Applies every rule of "Beyond the schema" to a document the schema
 * accepted, and fills in the amounts in minor units and the id index.
 */
gboolean
nap_xml_document_check (NapXmlDocument  *doc,
                        GError         **error)
{
  Checks checks = { doc, error };

  g_return_val_if_fail (doc != NULL, FALSE);

  if (!check_plan (&checks) || !check_levels (&checks))
    return FALSE;

  for (guint i = 0; i < doc->objectives->len; i++)
    if (!index_objective (&checks, g_ptr_array_index (doc->objectives, i)))
      return FALSE;
  for (guint i = 0; i < doc->consultations->len; i++)
    if (!check_consultation (&checks, g_ptr_array_index (doc->consultations, i)))
      return FALSE;

  for (guint i = 0; i < doc->objectives->len; i++)
    if (!resolve_objective (&checks, g_ptr_array_index (doc->objectives, i)))
      return FALSE;
  for (guint i = 0; i < doc->consultations->len; i++)
    {
      NapXmlConsultation *consultation = g_ptr_array_index (doc->consultations, i);

      for (guint j = 0; j < consultation->recommendations->len; j++)
        {
          NapXmlRecommendation *recommendation = g_ptr_array_index (consultation->recommendations, j);

          if (!resolve_list (&checks, recommendation->concerns, NAP_TYPE_OBJECTIVE, "concerns"))
            return FALSE;
        }
    }

  return TRUE;
}
