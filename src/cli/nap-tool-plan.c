/* nap-tool-plan.c: nap-tool new, info and check
 *
 * info and check open the plan read-only, so that neither ever writes to
 * it; new refuses an existing file. Text from a plan is printed through
 * printable(): a file may come from anyone, and control characters in a
 * title must not drive the user's terminal.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-tool"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "nap-budget-totals.h"
#include "nap-checks.h"
#include "nap-currency.h"
#include "nap-error.h"
#include "nap-iso-codes.h"
#include "nap-project.h"
#include "nap-summary.h"
#include "nap-text.h"
#include "nap-tool.h"
#include "nap-xml-reader.h"
#include "nap-xml-writer.h"

/* Text from the plan, made safe to print: valid UTF-8 on one line, without
 * control characters.
 */
static char *
printable (const char *text)
{
  return nap_text_printable (text);
}

static char *
printable_title (const char *title)
{
  if (nap_text_is_blank (title))
    return g_strdup (_("(untitled)"));
  return printable (title);
}

/* new */

/* "ml " → "ML": codes are typed in any case. */
static void
normalize_code (char *code)
{
  g_strstrip (code);
  for (char *p = code; *p != '\0'; p++)
    *p = g_ascii_toupper (*p);
}

int
nap_tool_cmd_new (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *country = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *description = NULL;
  const GOptionEntry entries[] = {
    { "title", 't', 0, G_OPTION_ARG_STRING, &title,
      N_("The plan's title (required)"), N_("TEXT") },
    { "country", 'c', 0, G_OPTION_ARG_STRING, &country,
      N_("The country, as an ISO 3166-1 code such as ML (required)"), N_("CC") },
    { "start", 's', 0, G_OPTION_ARG_STRING, &start,
      N_("The first day of the plan period"), N_("YYYY-MM-DD") },
    { "end", 'e', 0, G_OPTION_ARG_STRING, &end,
      N_("The last day of the plan period"), N_("YYYY-MM-DD") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency,
      N_("The plan currency, as an ISO 4217 code such as XOF"), N_("CUR") },
    G_OPTION_ENTRY_NULL
  };
  const char *path;
  int status;

  /* Translators: the usage line of "nap-tool new" */
  context = nap_tool_context_new (_("PLAN.nap"),
                                  _("Create a new plan file. An existing file is never replaced."),
                                  entries);
  description = g_strdup (_("The currency may be left out for the countries of the two CFA franc zones:\n"
                            "XOF for Benin, Burkina Faso, Côte d’Ivoire, Guinea-Bissau, Mali, Niger,\n"
                            "Senegal and Togo; XAF for Cameroon, the Central African Republic, Chad,\n"
                            "Congo, Equatorial Guinea and Gabon. Every other country needs --currency."));
  g_option_context_set_description (context, description);

  status = nap_tool_parse (context, &argc, &argv, 1);
  if (status != NAP_TOOL_EXIT_OK)
    return status;
  path = argv[1];

  if (title == NULL || nap_text_is_blank (title) || !g_utf8_validate (title, -1, NULL))
    return nap_tool_usage_error (_("Give the plan's title with --title."));
  if (country == NULL)
    return nap_tool_usage_error (_("Give the plan's country with --country, such as --country ML."));

  normalize_code (country);
  /* Without iso-codes installed, any two capital letters will do: the core
   * checks that much.
   */
  if (g_list_model_get_n_items (nap_iso_codes_get_countries ()) > 0
      && !nap_iso_codes_is_country (country))
    return nap_tool_usage_error (_("“%s” is not a country code; use an ISO 3166-1 code such as ML."),
                                 country);

  if (currency != NULL)
    {
      normalize_code (currency);
      if (g_list_model_get_n_items (nap_iso_codes_get_currencies ()) > 0
          && !nap_iso_codes_is_currency (currency))
        return nap_tool_usage_error (_("“%s” is not a currency code; use an ISO 4217 code such as XOF."),
                                     currency);
    }
  else if (nap_iso_codes_default_currency (country) != NULL)
    currency = g_strdup (nap_iso_codes_default_currency (country));
  else
    {
      const char *name = nap_iso_codes_country_name (country);

      /* Translators: %s is a country's name or code */
      return nap_tool_usage_error (_("Give the plan currency with --currency; there is no default for %s."),
                                   name != NULL ? name : country);
    }

  project = nap_project_create (path, title, country, currency, start, end, &error);
  if (project == NULL)
    {
      /* A date or code the core refused is a mistake on the command line. */
      if (g_error_matches (error, NAP_ERROR, NAP_ERROR_INVALID))
        return nap_tool_usage_error ("%s", error->message);
      return nap_tool_fail (error);
    }

  return NAP_TOOL_EXIT_OK;
}

/* info */

/* Prints label/value rows with the values lined up. */
static void
print_rows (const char * const *rows)
{
  guint width = 0;

  for (guint i = 0; rows[i] != NULL; i += 2)
    width = MAX (width, (guint) g_utf8_strlen (rows[i], -1));

  for (guint i = 0; rows[i] != NULL; i += 2)
    {
      guint pad = width - (guint) g_utf8_strlen (rows[i], -1);

      g_print ("%s%*s  %s\n", rows[i], (int) pad, "", rows[i + 1]);
    }
}

static char *
describe_period (NapPlan *plan)
{
  const char *start = nap_plan_get_period_start (plan);
  const char *end = nap_plan_get_period_end (plan);
  gboolean has_start = start != NULL && *start != '\0';
  gboolean has_end = end != NULL && *end != '\0';

  if (has_start && has_end)
    /* Translators: a period of time, from the first date to the second */
    return g_strdup_printf (_("%s to %s"), start, end);
  if (has_start)
    return g_strdup_printf (_("from %s"), start);
  if (has_end)
    return g_strdup_printf (_("until %s"), end);
  return g_strdup (_("not set"));
}

static void
print_tree (GListModel *objectives)
{
  guint n = g_list_model_get_n_items (objectives);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, i);
      g_autofree char *code = printable (nap_objective_get_display_code (objective));
      g_autofree char *title = printable_title (nap_objective_get_title (objective));

      g_print ("%*s%s %s\n", 2 * nap_objective_get_depth (objective), "", code, title);
      print_tree (nap_objective_get_children (objective));
    }
}

/* The texts of @sum, or FALSE (with a line saying so) when it overflowed. */
static gboolean
sum_texts (const NapBudgetSum  *sum,
           char               **currency,
           char               **total,
           char               **gap,
           char               **unfunded)
{
  if (sum->overflow)
    {
      g_print ("  %s\n", _("The amounts are too large to add up."));
      return FALSE;
    }

  *currency = printable (sum->currency);
  *total = nap_currency_format_amount (sum->total, sum->currency);
  *gap = nap_currency_format_amount (sum->gap, sum->currency);
  *unfunded = nap_currency_format_amount (sum->unfunded, sum->currency);
  return TRUE;
}

/* The lines of one objective's budget, or the whole plan's: per currency,
 * then everything in the plan currency, or which rates are missing.
 */
static void
print_figures (const NapBudgetFigures *figures,
               const char             *plan_currency)
{
  if (figures->n_lines == 0)
    {
      g_print ("  %s\n", _("no budget lines"));
      return;
    }

  for (guint i = 0; i < figures->sums->len; i++)
    {
      g_autofree char *currency = NULL, *total = NULL, *gap = NULL, *unfunded = NULL;

      if (!sum_texts (g_ptr_array_index (figures->sums, i), &currency, &total, &gap, &unfunded))
        continue;
      g_print ("  ");
      /* Translators: budget in one currency: 1$ the currency code, 2$ the
       * total, 3$ the funding gap (what is not secured: pledged or
       * unfunded), 4$ the part with no funding at all. Amounts are in
       * major units, such as 1250.50.
       */
      g_print (_("%1$s total %2$s, not secured %3$s, of which unfunded %4$s"),
               currency, total, gap, unfunded);
      g_print ("\n");
    }

  if (figures->converted != NULL)
    {
      g_autofree char *currency = NULL, *total = NULL, *gap = NULL, *unfunded = NULL;
      const NapBudgetSum *first = g_ptr_array_index (figures->sums, 0);

      /* Only worth a line when something was converted. */
      if ((figures->sums->len > 1 || !g_str_equal (first->currency, plan_currency))
          && sum_texts (figures->converted, &currency, &total, &gap, &unfunded))
        {
          g_print ("  ");
          /* Translators: the same budget with every line converted into
           * the plan currency (1$) at the plan's exchange rates; 2$ to 4$
           * as above
           */
          g_print (_("all in %1$s: total %2$s, not secured %3$s, of which unfunded %4$s"),
                   currency, total, gap, unfunded);
          g_print ("\n");
        }
    }
  else
    {
      g_autofree char *missing = g_strjoinv (_(", "), figures->missing_rates);
      g_autofree char *shown = printable (missing);
      g_autofree char *target = printable (plan_currency);

      g_print ("  ");
      /* Translators: 1$ the plan currency, 2$ one or more currency codes */
      g_print (ngettext ("not converted into %1$s: the plan has no exchange rate for %2$s",
                         "not converted into %1$s: the plan has no exchange rates for %2$s",
                         g_strv_length (figures->missing_rates)),
               target, shown);
      g_print ("\n");
    }
}

static void
print_budget (NapProject *project)
{
  g_autoptr(NapBudgetTotals) totals = nap_budget_totals_new (project);
  GListModel *objectives = nap_project_get_objectives (project);
  const char *plan_currency = nap_plan_get_currency (nap_project_get_plan (project));
  g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (totals);
  guint n = g_list_model_get_n_items (objectives);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, i);
      g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (totals, objective);
      g_autofree char *code = printable (nap_objective_get_display_code (objective));
      g_autofree char *title = printable_title (nap_objective_get_title (objective));

      g_print ("%s %s\n", code, title);
      print_figures (figures, plan_currency);
    }

  g_print ("%s\n", _("Whole plan"));
  print_figures (plan, plan_currency);
}

int
nap_tool_cmd_info (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GString) levels = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *country = NULL;
  g_autofree char *period = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *n_objectives = NULL;
  g_autofree char *n_actors = NULL;
  g_autofree char *n_indicators = NULL;
  g_autofree char *n_budget_lines = NULL;
  g_autofree char *n_consultations = NULL;
  g_autofree char *n_recommendations = NULL;
  GListModel *objectives;
  NapPlan *plan;
  NapSummary summary;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the summary as JSON, for other programs"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = nap_tool_context_new (_("PLAN.nap"),
                                  _("Summarise a plan: its settings, how many records of each kind it holds,\n"
                                    "its objectives, and the budget total and funding gap of each\n"
                                    "top-level objective. The file is only read."),
                                  entries);
  status = nap_tool_open_plan (context, &argc, &argv, &project);
  if (status != NAP_TOOL_EXIT_OK)
    return status;
  if (json)
    return nap_tool_print_info_json (project);

  plan = nap_project_get_plan (project);
  objectives = nap_project_get_objectives (project);

  title = printable_title (nap_plan_get_title (plan));
  {
    g_autofree char *code = printable (nap_plan_get_country (plan));
    const char *name = nap_iso_codes_country_name (code);

    country = name != NULL ? g_strdup_printf ("%s (%s)", code, name) : g_strdup (code);
  }
  period = describe_period (plan);
  currency = printable (nap_plan_get_currency (plan));
  lead = nap_text_is_blank (nap_plan_get_lead_institution (plan))
         ? g_strdup (_("not set"))
         : printable (nap_plan_get_lead_institution (plan));

  for (guint i = 0; i < nap_project_get_n_levels (project); i++)
    {
      g_autofree char *name = printable (nap_project_get_level_name (project, i));

      if (i > 0)
        /* Translators: separates the names of the levels, "Pillar, Objective, Action" */
        g_string_append (levels, _(", "));
      g_string_append (levels, name);
    }

  nap_summary_compute (project, &summary);
  n_objectives = g_strdup_printf ("%u", nap_project_count_objectives (project));
  n_actors = g_strdup_printf ("%u", summary.actors);
  n_indicators = g_strdup_printf ("%u", summary.indicators);
  n_budget_lines = g_strdup_printf ("%u", summary.budget_lines);
  n_consultations = g_strdup_printf ("%u", summary.consultations);
  n_recommendations = g_strdup_printf ("%u", summary.recommendations);

  {
    const char *rows[] = {
      _("Title:"), title,
      _("Country:"), country,
      _("Period:"), period,
      _("Currency:"), currency,
      _("Status:"), nap_enum_to_label (NAP_TYPE_PLAN_STATUS, nap_plan_get_status (plan)),
      _("Lead institution:"), lead,
      _("Levels:"), levels->str,
      NULL
    };
    const char *count_rows[] = {
      _("Objectives:"), n_objectives,
      _("Actors:"), n_actors,
      _("Indicators:"), n_indicators,
      _("Budget lines:"), n_budget_lines,
      _("Consultations:"), n_consultations,
      _("Recommendations:"), n_recommendations,
      NULL
    };

    print_rows (rows);
    g_print ("\n");
    print_rows (count_rows);
  }

  if (g_list_model_get_n_items (objectives) > 0)
    {
      g_print ("\n%s\n", _("Objective tree"));
      print_tree (objectives);
      g_print ("\n%s\n", _("Budget by top-level objective"));
      print_budget (project);
    }

  return NAP_TOOL_EXIT_OK;
}

/* check */

/* The rules are the core's, shared with the editors and the edit path:
 * this command only prints what they find.
 */
typedef struct
{
  char *name;       /* the file's display name */
  NapPlan *plan;
  guint findings;
} Check;

static void
report (Check     *check,
        GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      NapProblem *problem = g_ptr_array_index (problems, i);

      g_print ("%s: %s\n", check->name, problem->message);
      check->findings++;
    }
}

static void
report_message (Check      *check,
                const char *message)
{
  g_print ("%s: %s\n", check->name, message);
  check->findings++;
}

static void
check_objectives (Check      *check,
                  GListModel *objectives)
{
  guint n = g_list_model_get_n_items (objectives);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, i);
      g_autoptr(GPtrArray) problems = nap_objective_check (objective, check->plan);
      GListModel *lines = nap_objective_get_budget_lines (objective);

      report (check, problems);
      for (guint j = 0; j < g_list_model_get_n_items (lines); j++)
        {
          g_autoptr(NapBudgetLine) line = g_list_model_get_item (lines, j);
          g_autoptr(GPtrArray) line_problems = nap_budget_line_check (line, objective, check->plan);

          report (check, line_problems);
        }

      check_objectives (check, nap_objective_get_children (objective));
    }
}

static void
check_list (Check      *check,
            GListModel *records)
{
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapRecord) record = g_list_model_get_item (records, i);
      g_autoptr(GPtrArray) problems = NULL;

      if (NAP_IS_CONSULTATION (record))
        problems = nap_consultation_check (NAP_CONSULTATION (record));
      else
        problems = nap_exchange_rate_check (NAP_EXCHANGE_RATE (record));
      report (check, problems);
    }
}

/* What a later command would refuse, check finds: the plan is written as
 * NAP XML (which refuses text XML cannot carry, such as ESC or invalid
 * UTF-8) and read back with every check of an import or merge.
 */
static void
check_exportable (Check      *check,
                  NapProject *project)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(NapXmlDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (out);

  if (!nap_xml_export (project, out, NAP_XML_EXPORT_ALL, &error)
      || !g_output_stream_close (out, NULL, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s says what the export refused */
      message = g_strdup_printf (_("The plan cannot be exported as NAP XML: %s"), error->message);
      report_message (check, message);
      return;
    }

  doc = nap_xml_read_from_memory (g_memory_output_stream_get_data (memory),
                                  g_memory_output_stream_get_data_size (memory),
                                  check->name, &error);
  if (doc == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s says what the import refused */
      message = g_strdup_printf (_("An export of the plan could not be imported or merged again: %s"), error->message);
      report_message (check, message);
    }
}

int
nap_tool_cmd_check (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  NapPlan *plan;
  gboolean strict = FALSE;
  Check check = { NULL, };
  const GOptionEntry entries[] = {
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      N_("Fail (exit status 1) on any finding, not only on damage"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = nap_tool_context_new (_("PLAN.nap"),
                                  _("Check a plan file. Damage to the file is an error (exit status 1).\n"
                                    "Findings about the plan itself, such as dates that end before they\n"
                                    "start or recommendations that concern no objective, are printed, and\n"
                                    "the exit status is 0 unless --strict is given. The file is only read."),
                                  entries);
  status = nap_tool_open_plan (context, &argc, &argv, &project);
  if (status != NAP_TOOL_EXIT_OK)
    return status;

  name = g_filename_display_basename (argv[1]);
  problems = nap_project_check_integrity (project, &error);
  if (problems == NULL)
    return nap_tool_fail (error);

  if (problems->len > 0)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *text = printable (g_ptr_array_index (problems, i));

          g_print ("%s: %s\n", name, text);
        }
      g_printerr ("nap-tool: ");
      g_printerr (_("“%s” is damaged. Open a backup copy, or ask for help recovering it."), name);
      g_printerr ("\n");
      return NAP_TOOL_EXIT_FAILURE;
    }

  plan = nap_project_get_plan (project);
  check.name = name;
  check.plan = plan;

  {
    g_autoptr(GPtrArray) plan_problems = nap_plan_check (plan);

    report (&check, plan_problems);
  }
  check_objectives (&check, nap_project_get_objectives (project));
  check_list (&check, nap_project_get_consultations (project));
  check_list (&check, nap_project_get_exchange_rates (project));
  check_exportable (&check, project);
  {
    g_autoptr(GPtrArray) invalid = nap_project_find_invalid_text (project, &error);

    if (invalid == NULL)
      return nap_tool_fail (error);
    for (guint i = 0; i < invalid->len; i++)
      report_message (&check, g_ptr_array_index (invalid, i));
  }

  if (check.findings == 0)
    {
      g_print (_("“%s” is sound; nothing to report."), name);
      g_print ("\n");
      return NAP_TOOL_EXIT_OK;
    }

  g_print (ngettext ("“%s” is sound, with %u finding about the plan.",
                     "“%s” is sound, with %u findings about the plan.",
                     check.findings),
           name, check.findings);
  g_print ("\n");
  return strict ? NAP_TOOL_EXIT_FAILURE : NAP_TOOL_EXIT_OK;
}
