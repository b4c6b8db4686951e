/* test-cli.c: nap-tool's commands as a user runs them
 *
 * Runs the built nap-tool (its path in $NAP_TOOL): usage and exit
 * statuses, new, info and check. Plans are made and edited through the
 * core API. The refusals of damaged and foreign files are in
 * test-cli-refuse.c.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli-test-common.h"
#include "nap-budget-csv.h"
#include "nap-budget-totals.h"
#include "nap-currency.h"

/* Usage and exit statuses */

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(Run) run = { 0, };

  run_tool (&run, "--help");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Usage:\n  nap-tool"));
  for (const char *command = "new\0info\0check\0"; *command; command += strlen (command) + 1)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", command);
      g_assert_nonnull (strstr (run.out, line));
    }
  run_clear (&run);

  run_tool (&run, "--version");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "nap-tool " PACKAGE_VERSION "\n");
  run_clear (&run);

  run_tool (&run, "info", "--help");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Usage:\n  nap-tool info [OPTION…] PLAN.nap\n"));
  run_clear (&run);

  run_tool (&run, "new", "--help");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--currency=CUR"));
  g_assert_nonnull (strstr (run.out, "Every other country needs --currency."));
  run_clear (&run);

  /* Usage errors: 2, with a hint on stderr and nothing on stdout. */
  run_tool_full (&run, FALSE, NULL, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Commands:"));
  run_clear (&run);

  run_tool (&run, "frobnicate", fixture->path);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==,
                   "nap-tool: “frobnicate” is not a command.\n"
                   "Try “nap-tool --help” for more information.\n");
  run_clear (&run);

  run_tool (&run, "info");
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "nap-tool info: "));
  run_clear (&run);

  run_tool (&run, "check", fixture->path, "other.nap");
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  run_tool (&run, "info", "--frobnicate", fixture->path);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--frobnicate"));
  run_clear (&run);

  run_tool (&run, "new", fixture->path, "--country", "ML");
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--title"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  run_clear (&run);

  run_tool (&run, "new", fixture->path, "--title", "Plan", "--country", "ZZ");
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "“ZZ” is not a country code"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  run_clear (&run);

  run_tool (&run, "new", fixture->path, "--title", "Plan", "--country", "ML", "--start", "2012-02-30");
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "“2012-02-30” is not a valid date"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_missing_file (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *commands[] = { "info", "check" };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0, };

      run_tool (&run, commands[i], fixture->path);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, "nap-tool: “plan.nap” does not exist.\n");
      g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
    }
}

/* new */

static void
test_new_currency (Fixture       *fixture,
                   gconstpointer  data)
{
  struct {
    const char *country;
    const char *currency;   /* NULL: not given */
    int status;
    const char *plan_currency;
  } cases[] = {
    { "ML", NULL, 0, "XOF" },
    { "sn", NULL, 0, "XOF" },  /* lower case is accepted */
    { "CM", NULL, 0, "XAF" },
    { "IE", NULL, 2, NULL },   /* no default outside the CFA zones */
    { "IE", "eur", 0, "EUR" },
    { "ML", "EUR", 0, "EUR" }, /* a given currency wins */
    { "IE", "EUX", 2, NULL },  /* not an ISO 4217 code */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("plan-%u.nap", i);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_auto(Run) run = { 0, };

      if (cases[i].currency != NULL)
        run_tool (&run, "new", path, "--title", "Plan", "--country", cases[i].country,
                  "--currency", cases[i].currency);
      else
        run_tool (&run, "new", path, "--title", "Plan", "--country", cases[i].country);
      g_assert_cmpint (run.status, ==, cases[i].status);

      if (cases[i].status == 0)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(NapProject) project = nap_project_open (path, NAP_STORE_OPEN_READ_ONLY, &error);
          g_autofree char *upper = g_ascii_strup (cases[i].country, -1);

          g_assert_no_error (error);
          g_assert_cmpstr (nap_plan_get_currency (nap_project_get_plan (project)), ==, cases[i].plan_currency);
          g_assert_cmpstr (nap_plan_get_country (nap_project_get_plan (project)), ==, upper);
        }
      else
        g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  {
    g_auto(Run) run = { 0, };

    run_tool (&run, "new", fixture->path, "--title", "Plan", "--country", "IE");
    g_assert_cmpstr (run.err, ==,
                     "nap-tool new: Give the plan currency with --currency; there is no default for Ireland.\n"
                     "Try “nap-tool new --help” for more information.\n");
  }
}

static void
test_new_existing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *other = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_auto(Run) run = { 0, };

  run_tool (&run, "new", fixture->path, "--title", "Premier plan", "--country", "ML");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);

  /* A second new on the same file: refused, not one byte changed. */
  before = checksum_of (fixture->path);
  run_tool (&run, "new", fixture->path, "--title", "Second plan", "--country", "SN");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "nap-tool: “plan.nap” exists already; choose another name.\n");
  after = checksum_of (fixture->path);
  g_assert_cmpstr (before, ==, after);
  run_clear (&run);

  /* Nor over a file that is not a plan. */
  g_assert_true (g_file_set_contents (other, "Compte rendu de l’atelier\n", -1, NULL));
  run_tool (&run, "new", other, "--title", "Plan", "--country", "ML");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "nap-tool: “notes.txt” exists already; choose another name.\n");
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (other, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "Compte rendu de l’atelier\n");
  }
}

/* info */

/* The value printed after "label" at the start of a line of @text. */
static char *
field_value (const char *text,
             const char *label)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], label))
      return g_strstrip (g_strdup (lines[i] + strlen (label)));
  return NULL;
}

static void
test_new_info (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0, };

  run_tool (&run, "new", fixture->path, "--title", "Plan d’action national 1325",
            "--country", "ML", "--start", "2012-01-01", "--end", "2014-12-31");
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NapProject) project = nap_project_open (fixture->path, NAP_STORE_OPEN_DEFAULT, &error);
    NapObjective *prevention, *participation, *policies;

    g_assert_no_error (error);
    g_assert_false (nap_project_is_read_only (project));
    prevention = add_objective (project, NULL, "Prevention of gender-based conflict and violence");
    policies = add_objective (project, prevention, "Strengthen and develop policies");
    add_objective (project, prevention, "Train the defence and security forces");
    participation = add_objective (project, NULL, "Participation of women in decision-making");
    nap_project_add_indicator (project, policies, "Laws adopted", &error);
    g_assert_no_error (error);
    nap_project_add_actor (project, "Ministère de la Promotion de la Femme", NAP_ACTOR_KIND_MINISTRY, &error);
    g_assert_no_error (error);

    /* Budgets roll up from 1.1 into 1, per currency with its decimals. */
    add_budget_line (project, prevention, 1000000, "XOF", NAP_FUNDING_STATUS_SECURED);
    add_budget_line (project, policies, 250000, "XOF", NAP_FUNDING_STATUS_PLEDGED);
    add_budget_line (project, policies, 500000, "XOF", NAP_FUNDING_STATUS_UNFUNDED);
    add_budget_line (project, policies, 125050, "USD", NAP_FUNDING_STATUS_UNFUNDED);
    add_budget_line (project, participation, 1234, "TND", NAP_FUNDING_STATUS_SECURED);
  }

  before = checksum_of (fixture->path);
  run_tool (&run, "info", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  {
    struct { const char *label; const char *value; } fields[] = {
      { "Title:", "Plan d’action national 1325" },
      { "Country:", "ML (Mali)" },
      { "Period:", "2012-01-01 to 2014-12-31" },
      { "Currency:", "XOF" },
      { "Status:", "Draft" },
      { "Lead institution:", "not set" },
      { "Levels:", "Pillar, Objective, Action" },
      { "Objectives:", "4" },
      { "Actors:", "1" },
      { "Indicators:", "1" },
      { "Budget lines:", "5" },
      { "Consultations:", "0" },
      { "Recommendations:", "0" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        g_autofree char *value = field_value (run.out, fields[i].label);
        g_assert_cmpstr (value, ==, fields[i].value);
      }
  }

  g_assert_nonnull (strstr (run.out,
                            "\nObjective tree\n"
                            "1 Prevention of gender-based conflict and violence\n"
                            "  1.1 Strengthen and develop policies\n"
                            "  1.2 Train the defence and security forces\n"
                            "2 Participation of women in decision-making\n"));
  g_assert_nonnull (strstr (run.out,
                            "\nBudget by top-level objective\n"
                            "1 Prevention of gender-based conflict and violence\n"
                            "  USD total 1250.50, not secured 1250.50, of which unfunded 1250.50\n"
                            "  XOF total 1750000, not secured 750000, of which unfunded 500000\n"
                            "  not converted into XOF: the plan has no exchange rate for USD\n"
                            "2 Participation of women in decision-making\n"
                            "  TND total 1.234, not secured 0.000, of which unfunded 0.000\n"
                            "  not converted into XOF: the plan has no exchange rate for TND\n"
                            "Whole plan\n"
                            "  TND total 1.234, not secured 0.000, of which unfunded 0.000\n"
                            "  USD total 1250.50, not secured 1250.50, of which unfunded 1250.50\n"
                            "  XOF total 1750000, not secured 750000, of which unfunded 500000\n"
                            "  not converted into XOF: the plan has no exchange rates for TND, USD\n"));

  /* info only reads. */
  after = checksum_of (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_info_hostile_text (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_auto(Run) run = { 0, };

  /* A title that would drive the terminal and break the tree's lines. */
  add_objective (project, NULL, "Evil\033]0;pwned\007\nsecond line");
  g_clear_object (&project);

  run_tool (&run, "info", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strchr (run.out, '\033'));
  g_assert_null (strchr (run.out, '\007'));
  g_assert_nonnull (strstr (run.out, "\n1 Evil ]0;pwned  second line\n"));
}

/* check */

static void
test_check_sound (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  NapObjective *objective;
  g_auto(Run) run = { 0, };

  objective = add_objective (project, NULL, "Prevention");
  nap_project_set_string (project, NAP_RECORD (objective), "start-date", "2012-03-01", &error);
  g_assert_no_error (error);
  nap_project_set_string (project, NAP_RECORD (objective), "end-date", "2013-06-30", &error);
  g_assert_no_error (error);
  add_objective (project, objective, "Policies");
  g_clear_object (&project);

  before = checksum_of (fixture->path);
  run_tool (&run, "check", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "“plan.nap” is sound; nothing to report.\n");
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);

  run_tool (&run, "check", "--strict", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  after = checksum_of (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_check_findings (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (fixture->path);
  g_autoptr(GError) error = NULL;
  NapObjective *prevention, *policies;
  NapConsultation *consultation;
  NapBudgetLine *line;
  g_auto(Run) run = { 0, };
  const char *expected[] = {
    "plan.nap: Objective 1 ends on 2012-01-31, before it starts on 2013-01-01.\n",
    "plan.nap: Objective 1.1 has no title.\n",
    "plan.nap: Objective 1.1 starts on 2011-06-01, before the plan period starts on 2012-01-01.\n",
    "plan.nap: Objective 1.1 ends on 2015-03-31, after the plan period ends on 2014-12-31.\n",
    "plan.nap: Budget line “Ateliers” of objective 1.1 is for 2016, outside the plan period.\n",
    "plan.nap: Consultation “Atelier de Mopti” ends on 2012-04-01, before it starts on 2012-04-03.\n",
    "plan.nap: Consultation “Atelier de Mopti” counts 30 in the group “Youth”, more than its 25 participants in all.\n",
    "plan.nap: Recommendation 2 of consultation “Atelier de Mopti” concerns no objective.\n",
    "“plan.nap” is sound, with 8 findings about the plan.\n",
    NULL
  };

  /* Edits refuse an end before the start; a batch, as an import, or an
   * older version, stores one all the same.
   */
  prevention = add_objective (project, NULL, "Prevention");
  nap_project_begin_batch (project, &error);
  g_assert_no_error (error);
  nap_project_set_string (project, NAP_RECORD (prevention), "start-date", "2013-01-01", &error);
  g_assert_no_error (error);
  nap_project_set_string (project, NAP_RECORD (prevention), "end-date", "2012-01-31", &error);
  g_assert_no_error (error);
  nap_project_end_batch (project, TRUE, &error);
  g_assert_no_error (error);

  policies = add_objective (project, prevention, "Policies");
  nap_project_set_string (project, NAP_RECORD (policies), "title", "", &error);
  g_assert_no_error (error);
  nap_project_set_string (project, NAP_RECORD (policies), "start-date", "2011-06-01", &error);
  g_assert_no_error (error);
  nap_project_set_string (project, NAP_RECORD (policies), "end-date", "2015-03-31", &error);
  g_assert_no_error (error);
  line = nap_project_add_budget_line (project, policies, "Ateliers", 500000, NULL, &error);
  g_assert_no_error (error);
  nap_project_set_int (project, NAP_RECORD (line), "year", 2016, &error);
  g_assert_no_error (error);
  line = nap_project_add_budget_line (project, policies, "Formations", 500000, NULL, &error);
  g_assert_no_error (error);
  nap_project_set_int (project, NAP_RECORD (line), "year", 2013, &error);
  g_assert_no_error (error);

  consultation = nap_project_add_consultation (project, "Atelier de Mopti", &error);
  g_assert_no_error (error);
  nap_project_begin_batch (project, &error);
  g_assert_no_error (error);
  nap_project_set_string (project, NAP_RECORD (consultation), "start-date", "2012-04-03", &error);
  g_assert_no_error (error);
  nap_project_set_string (project, NAP_RECORD (consultation), "end-date", "2012-04-01", &error);
  g_assert_no_error (error);
  nap_project_end_batch (project, TRUE, &error);
  g_assert_no_error (error);
  nap_project_set_int (project, NAP_RECORD (consultation), "women", 20, &error);
  g_assert_no_error (error);
  nap_project_set_int (project, NAP_RECORD (consultation), "men", 5, &error);
  g_assert_no_error (error);
  nap_project_set_group_count (project, consultation, "Youth", 30, &error);
  g_assert_no_error (error);
  nap_project_set_group_count (project, consultation, "Displaced persons", 12, &error);
  g_assert_no_error (error);
  {
    NapRecommendation *linked = nap_project_add_recommendation (project, consultation, "Former les forces de sécurité", &error);

    g_assert_no_error (error);
    nap_project_link_recommendation (project, linked, policies, TRUE, &error);
    g_assert_no_error (error);
    nap_project_add_recommendation (project, consultation, "Créer un fonds", &error);
    g_assert_no_error (error);
  }
  g_clear_object (&project);

  run_tool (&run, "check", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  {
    g_autofree char *all = g_strjoinv ("", (char **) expected);
    g_assert_cmpstr (run.out, ==, all);
  }
  run_clear (&run);

  /* --strict makes a finding a failure. */
  run_tool (&run, "check", "--strict", fixture->path);
  g_assert_cmpint (run.status, ==, 1);
}

/* Budget: info's totals, info --json and export-budget agree with the
 * core's NapBudgetTotals, the Budget view's source, to the minor unit.
 */

static void
make_budget_plan (const char *path)
{
  g_autoptr(NapProject) project = nap_test_create_sample_plan (path);
  g_autoptr(GError) error = NULL;
  NapObjective *prevention, *policies, *participation;

  prevention = add_objective (project, NULL, "Prévention");
  policies = add_objective (project, prevention, "Politiques");
  participation = add_objective (project, NULL, "Participation");
  add_budget_line (project, prevention, 1000000, "XOF", NAP_FUNDING_STATUS_SECURED);
  add_budget_line (project, policies, 125050, "EUR", NAP_FUNDING_STATUS_PLEDGED);
  add_budget_line (project, policies, 1, "EUR", NAP_FUNDING_STATUS_UNFUNDED);
  add_budget_line (project, participation, 99999, "USD", NAP_FUNDING_STATUS_UNFUNDED);
  add_budget_line (project, participation, 500000, "XOF", NAP_FUNDING_STATUS_PLEDGED);
  nap_project_set_exchange_rate (project, "EUR", "655.957", "2012-01-15", &error);
  g_assert_no_error (error);
}

static void
assert_json_sum (JsonObject         *object,
                 const NapBudgetSum *sum)
{
  const char *keys[] = { "total", "secured", "pledged", "unfunded", "not-secured" };
  const gint64 values[] = { sum->total, sum->secured, sum->pledged, sum->unfunded, sum->gap };

  g_assert_cmpstr (json_object_get_string_member (object, "currency"), ==, sum->currency);
  g_assert_cmpint (json_object_get_int_member (object, "lines"), ==, sum->n_lines);
  g_assert_false (json_object_get_boolean_member (object, "overflow"));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *text = nap_currency_format_amount (values[i], sum->currency);
      g_assert_cmpstr (json_object_get_string_member (object, keys[i]), ==, text);
    }
}

static void
assert_json_figures (JsonObject             *object,
                     const NapBudgetFigures *figures)
{
  JsonArray *sums = json_object_get_array_member (object, "budget");
  JsonArray *missing = json_object_get_array_member (object, "missing-rates");

  g_assert_cmpuint (json_array_get_length (sums), ==, figures->sums->len);
  for (guint i = 0; i < figures->sums->len; i++)
    assert_json_sum (json_array_get_object_element (sums, i), g_ptr_array_index (figures->sums, i));
  if (figures->converted != NULL)
    assert_json_sum (json_object_get_object_member (object, "budget-in-plan-currency"), figures->converted);
  else
    g_assert_true (json_object_get_null_member (object, "budget-in-plan-currency"));
  g_assert_cmpuint (json_array_get_length (missing), ==, g_strv_length (figures->missing_rates));
  for (guint i = 0; i < json_array_get_length (missing); i++)
    g_assert_cmpstr (json_array_get_string_element (missing, i), ==, figures->missing_rates[i]);
}

static void
test_budget_json (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(NapBudgetTotals) totals = NULL;
  g_auto(Run) run = { 0, };
  JsonObject *root;
  JsonArray *objectives;

  make_budget_plan (fixture->path);
  run_tool (&run, "info", "--json", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  project = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  totals = nap_budget_totals_new (project);

  objectives = json_object_get_array_member (root, "objectives");
  g_assert_cmpuint (json_array_get_length (objectives), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (nap_project_get_objectives (project), i);
      g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (totals, objective);

      assert_json_figures (json_array_get_object_element (objectives, i), figures);
    }
  {
    g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (totals);
    JsonObject *budget = json_object_get_object_member (root, "budget");
    JsonArray *years = json_object_get_array_member (budget, "years");
    JsonArray *funders = json_object_get_array_member (budget, "funders");

    assert_json_figures (budget, plan);
    g_assert_cmpuint (json_array_get_length (years), ==, 1);
    g_assert_true (json_object_get_null_member (json_array_get_object_element (years, 0), "year"));
    g_assert_cmpuint (json_array_get_length (funders), ==, 1);
    g_assert_true (json_object_get_null_member (json_array_get_object_element (funders, 0), "name"));
  }

  /* The first pillar converts (EUR has a rate): 1 000 000 + 820 274 + 7. */
  {
    JsonObject *first = json_array_get_object_element (objectives, 0);
    JsonObject *converted = json_object_get_object_member (first, "budget-in-plan-currency");
    JsonObject *second = json_array_get_object_element (objectives, 1);

    g_assert_cmpstr (json_object_get_string_member (converted, "total"), ==, "1820281");
    g_assert_cmpstr (json_object_get_string_member (converted, "not-secured"), ==, "820281");
    g_assert_true (json_object_get_null_member (second, "budget-in-plan-currency"));
    g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (second, "missing-rates"), 0), ==, "USD");
  }
  run_clear (&run);

  run_tool (&run, "info", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out,
                            "1 Prévention\n"
                            "  EUR total 1250.51, not secured 1250.51, of which unfunded 0.01\n"
                            "  XOF total 1000000, not secured 0, of which unfunded 0\n"
                            "  all in XOF: total 1820281, not secured 820281, of which unfunded 7\n"
                            "2 Participation\n"
                            "  USD total 999.99, not secured 999.99, of which unfunded 999.99\n"
                            "  XOF total 500000, not secured 500000, of which unfunded 0\n"
                            "  not converted into XOF: the plan has no exchange rate for USD\n"));
}

static void
test_export_budget (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "budget.csv", NULL);
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0, };
  gsize length;

  make_budget_plan (fixture->path);
  project = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  expected = nap_budget_csv_build (project);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (expected, NULL),
                                   "\xEF\xBB\xBF" "Code,Objective,Pillar code,Pillar,Budget line,Year,"
                                   "Amount,Currency,Funder,Status,Amount in XOF\r\n"));
  g_clear_object (&project);
  before = checksum_of (fixture->path);

  run_tool (&run, "export-budget", fixture->path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpmem (run.out, strlen (run.out), g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  run_clear (&run);

  run_tool (&run, "export-budget", fixture->path, "-o", output);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_file_get_contents (output, &written, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (written, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  run_clear (&run);

  /* A folder that is not there: status 1, a sentence, nothing written. */
  {
    g_autofree char *bad = g_build_filename (fixture->dir, "missing", "budget.csv", NULL);

    run_tool (&run, "export-budget", fixture->path, "-o", bad);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "“budget.csv” was not written: its folder does not exist."));
    g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
    run_clear (&run);
  }

  run_tool (&run, "export-budget");
  g_assert_cmpint (run.status, ==, 2);

  after = checksum_of (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_unlink (output);
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/cli/usage", test_usage),
    NAP_TEST_CASE ("/cli/missing-file", test_missing_file),
    NAP_TEST_CASE ("/cli/new/currency", test_new_currency),
    NAP_TEST_CASE ("/cli/new/existing", test_new_existing),
    NAP_TEST_CASE ("/cli/new/info", test_new_info),
    NAP_TEST_CASE ("/cli/info/hostile-text", test_info_hostile_text),
    NAP_TEST_CASE ("/cli/check/sound", test_check_sound),
    NAP_TEST_CASE ("/cli/check/findings", test_check_findings),
    NAP_TEST_CASE ("/cli/budget/json", test_budget_json),
    NAP_TEST_CASE ("/cli/budget/export", test_export_budget),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, nap_test_folder_set_up, nap_test_folder_tear_down, cases);

  return g_test_run ();
}
