/* nap-tool-json.c: nap-tool info --json
 *
 * The same summary as info, for programs: counts, each top-level
 * objective's budget per currency, and the consultation figures. Amounts
 * are strings in the currency's major unit with exactly its decimals, as
 * in NAP XML ("1250.50"), so that no reader rounds them through a double.
 * Keys do not change with the language.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-tool"

#include "config.h"

#include <json-glib/json-glib.h>

#include "nap-budget-totals.h"
#include "nap-currency.h"
#include "nap-summary.h"
#include "nap-tool.h"

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL && *value != '\0')
    {
      g_autofree char *valid = g_utf8_make_valid (value, -1);
      json_builder_add_string_value (builder, valid);
    }
  else
    json_builder_add_null_value (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static void
add_amount (JsonBuilder *builder,
            const char  *key,
            gint64       amount,
            const char  *currency)
{
  g_autofree char *text = nap_currency_format_amount (amount, currency);

  add_string (builder, key, text);
}

static void
add_sum (JsonBuilder        *builder,
         const NapBudgetSum *sum)
{
  json_builder_begin_object (builder);
  add_string (builder, "currency", sum->currency);
  add_int (builder, "decimals", nap_currency_get_decimals (sum->currency));
  add_int (builder, "lines", sum->n_lines);
  json_builder_set_member_name (builder, "overflow");
  json_builder_add_boolean_value (builder, sum->overflow);
  if (!sum->overflow)
    {
      add_amount (builder, "total", sum->total, sum->currency);
      add_amount (builder, "secured", sum->secured, sum->currency);
      add_amount (builder, "pledged", sum->pledged, sum->currency);
      add_amount (builder, "unfunded", sum->unfunded, sum->currency);
      add_amount (builder, "not-secured", sum->gap, sum->currency);
    }
  json_builder_end_object (builder);
}

/* "budget": one sum per currency; "budget-in-plan-currency": every line
 * converted into the plan currency, or null when "missing-rates" names
 * currencies without a rate. The figures are NapBudgetTotals', the same
 * as the Budget view's.
 */
static void
add_figures (JsonBuilder            *builder,
             const NapBudgetFigures *figures)
{
  json_builder_set_member_name (builder, "budget");
  json_builder_begin_array (builder);
  for (guint i = 0; i < figures->sums->len; i++)
    add_sum (builder, g_ptr_array_index (figures->sums, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "budget-in-plan-currency");
  if (figures->converted != NULL)
    add_sum (builder, figures->converted);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "missing-rates");
  json_builder_begin_array (builder);
  for (guint i = 0; figures->missing_rates[i] != NULL; i++)
    json_builder_add_string_value (builder, figures->missing_rates[i]);
  json_builder_end_array (builder);
}

static void
add_budget (JsonBuilder     *builder,
            NapBudgetTotals *totals,
            NapObjective    *objective)
{
  g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (totals, objective);

  add_figures (builder, figures);
}

/* The whole plan's budget, also per year and per funder. */
static void
add_plan_budget (JsonBuilder     *builder,
                 NapBudgetTotals *totals)
{
  g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (totals);
  g_autoptr(GArray) years = nap_budget_totals_get_years (totals);
  g_autoptr(GArray) funders = nap_budget_totals_get_funders (totals);
  NapProject *project = nap_budget_totals_get_project (totals);

  json_builder_set_member_name (builder, "budget");
  json_builder_begin_object (builder);
  add_figures (builder, plan);

  json_builder_set_member_name (builder, "years");
  json_builder_begin_array (builder);
  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_year (totals, year);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "year");
      if (year != 0)
        json_builder_add_int_value (builder, year);
      else
        json_builder_add_null_value (builder);
      add_figures (builder, figures);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "funders");
  json_builder_begin_array (builder);
  for (guint i = 0; i < funders->len; i++)
    {
      gint64 id = g_array_index (funders, gint64, i);
      NapActor *actor = id != 0 ? nap_project_lookup_actor (project, id) : NULL;
      g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_funder (totals, id);

      json_builder_begin_object (builder);
      add_string (builder, "uuid", actor != NULL ? nap_record_get_uuid (NAP_RECORD (actor)) : NULL);
      add_string (builder, "name", actor != NULL ? nap_actor_get_name (actor) : NULL);
      add_figures (builder, figures);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* The figures beyond counts: share of women (a string with one decimal,
 * like amounts, or null without participants), groups, regions.
 */
static void
add_consultation_figures (JsonBuilder *builder,
                          NapProject  *project)
{
  g_autoptr(NapConsultationFigures) figures = nap_consultation_figures_new (project);
  guint permille;

  json_builder_set_member_name (builder, "women-share");
  if (nap_consultation_figures_women_share (figures, &permille))
    {
      g_autofree char *share = g_strdup_printf ("%u.%u", permille / 10, permille % 10);
      json_builder_add_string_value (builder, share);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint i = 0; i < figures->groups->len; i++)
    {
      NapGroupFigure *group = g_ptr_array_index (figures->groups, i);

      json_builder_begin_object (builder);
      add_string (builder, "name", group->name);
      add_int (builder, "count", (gint64) MIN (group->count, (guint64) G_MAXINT64));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_int (builder, "regions-covered", figures->regions->len);
  json_builder_set_member_name (builder, "regions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < figures->regions->len; i++)
    {
      g_autofree char *region = g_utf8_make_valid (g_ptr_array_index (figures->regions, i), -1);
      json_builder_add_string_value (builder, region);
    }
  json_builder_end_array (builder);
}

/**
 * nap_tool_print_info_json:
 *
 * Prints @project's summary as one JSON object on the standard output.
 *
 * Returns: %NAP_TOOL_EXIT_OK
 */
int
nap_tool_print_info_json (NapProject *project)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  NapPlan *plan = nap_project_get_plan (project);
  GListModel *objectives = nap_project_get_objectives (project);
  g_autoptr(NapBudgetTotals) totals = nap_budget_totals_new (project);
  NapSummary summary;

  nap_summary_compute (project, &summary);

  json_builder_begin_object (builder);
  add_string (builder, "file", nap_project_get_path (project));

  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_string (builder, "uuid", nap_record_get_uuid (NAP_RECORD (plan)));
  add_string (builder, "title", nap_plan_get_title (plan));
  add_string (builder, "country", nap_plan_get_country (plan));
  add_string (builder, "period-start", nap_plan_get_period_start (plan));
  add_string (builder, "period-end", nap_plan_get_period_end (plan));
  add_string (builder, "lead-institution", nap_plan_get_lead_institution (plan));
  add_string (builder, "status", nap_enum_to_nick (NAP_TYPE_PLAN_STATUS, nap_plan_get_status (plan)));
  add_string (builder, "language", nap_plan_get_language (plan));
  add_string (builder, "currency", nap_plan_get_currency (plan));
  json_builder_set_member_name (builder, "levels");
  json_builder_begin_array (builder);
  for (guint i = 0; i < nap_project_get_n_levels (project); i++)
    json_builder_add_string_value (builder, nap_project_get_level_name (project, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  add_int (builder, "objectives", summary.objectives);
  add_int (builder, "actors", summary.actors);
  add_int (builder, "indicators", summary.indicators);
  add_int (builder, "budget-lines", summary.budget_lines);
  add_int (builder, "consultations", summary.consultations);
  add_int (builder, "recommendations", summary.recommendations);
  add_int (builder, "references", summary.references);
  add_int (builder, "exchange-rates", summary.exchange_rates);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "objectives");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, i);

      json_builder_begin_object (builder);
      add_string (builder, "uuid", nap_record_get_uuid (NAP_RECORD (objective)));
      add_string (builder, "code", nap_objective_get_display_code (objective));
      add_string (builder, "title", nap_objective_get_title (objective));
      add_budget (builder, totals, objective);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_plan_budget (builder, totals);

  json_builder_set_member_name (builder, "consultations");
  json_builder_begin_object (builder);
  add_int (builder, "sessions", summary.consultations);
  json_builder_set_member_name (builder, "participants");
  json_builder_begin_object (builder);
  add_int (builder, "women", (gint64) summary.women);
  add_int (builder, "men", (gint64) summary.men);
  add_int (builder, "other", (gint64) summary.other);
  add_int (builder, "total", (gint64) (summary.women + summary.men + summary.other));
  json_builder_end_object (builder);
  add_consultation_figures (builder, project);
  json_builder_set_member_name (builder, "recommendations");
  json_builder_begin_object (builder);
  for (guint i = 0; i < NAP_N_RESPONSES; i++)
    add_int (builder, nap_enum_to_nick (NAP_TYPE_RESPONSE, (int) i), summary.responses[i]);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
  return NAP_TOOL_EXIT_OK;
}
