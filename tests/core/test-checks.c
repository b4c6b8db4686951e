/* test-checks.c: the rules of a plan, each checked once in the core
 *
 * Every check reports each problem with its field and sentence, and the
 * edit path refuses, with the same sentence, an edit that breaks a rule,
 * whoever asks: these tests ask as the command line and the editors do.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "consultations-test-common.h"
#include "nap-checks.h"
#include "nap-error.h"
#include "nap-project.h"

#define END_REFUSED "The end date is before the start date; it is not saved until it is later."
#define START_REFUSED "The start date is after the end date; it is not saved until it is earlier."

typedef NapTestAction Fixture;

static NapProject *
reopen (Fixture *fixture)
{
  return nap_test_reopen (fixture->path);
}

static void
set_string (NapProject *project,
            gpointer    record,
            const char *property,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  test_ok (nap_project_set_string (project, NAP_RECORD (record), property, text, &error), error);
}

/* Stores what an edit would refuse, as an import or an older version may. */
static void
store_anyway (NapProject *project,
              gpointer    record,
              const char *property,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  test_ok (nap_project_begin_batch (project, &error), error);
  set_string (project, record, property, text);
  test_ok (nap_project_end_batch (project, TRUE, &error), error);
}

static void
assert_refused (NapProject *project,
                gpointer    record,
                const char *property,
                const char *text,
                const char *sentence)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) asked = NULL;

  /* Asked beforehand, the core gives the answer the edit gets. */
  g_assert_false (nap_record_check_edit_string (NAP_RECORD (record), property, text, &asked));
  g_assert_error (asked, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_cmpstr (asked->message, ==, sentence);

  g_assert_false (nap_project_set_string (project, NAP_RECORD (record), property, text, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, sentence);
}

/* "field: message" of each problem, one a line, to compare at once. */
static char *
describe (GPtrArray *problems)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      NapProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (text, "%s: %s\n", problem->field, problem->message);
    }
  return g_string_free (text, FALSE);
}

static void
assert_problems (GPtrArray  *problems,
                 const char *expected)
{
  g_autoptr(GPtrArray) owned = problems;
  g_autofree char *text = describe (owned);

  g_assert_cmpstr (text, ==, expected);
}

/* Problems */

static void
test_problem (void)
{
  g_autoptr(NapProblem) problem = nap_problem_new ("end-date", "Ends too soon.");
  g_autoptr(NapProblem) copy = g_boxed_copy (NAP_TYPE_PROBLEM, problem);
  g_autoptr(GPtrArray) problems = nap_problems_new ();
  g_autofree char *joined = NULL;

  g_assert_cmpstr (copy->field, ==, "end-date");
  g_assert_cmpstr (copy->message, ==, "Ends too soon.");
  g_assert_true (copy->message != problem->message);

  g_assert_null (nap_problems_join (problems, "\n"));
  g_assert_null (nap_problems_find (problems, "title"));
  g_ptr_array_add (problems, nap_problem_new ("title", "No title."));
  g_ptr_array_add (problems, g_steal_pointer (&copy));
  joined = nap_problems_join (problems, "\n");
  g_assert_cmpstr (joined, ==, "No title.\nEnds too soon.");
  g_assert_cmpstr (nap_problems_find (problems, "end-date")->message, ==, "Ends too soon.");
}

static void
test_dates_in_order (void)
{
  g_assert_true (nap_dates_in_order ("2012-01-01", "2012-01-01"));
  g_assert_true (nap_dates_in_order ("2012-01-01", "2013-01-01"));
  g_assert_false (nap_dates_in_order ("2013-01-01", "2012-12-31"));
  /* A date not set breaks no rule. */
  g_assert_true (nap_dates_in_order (NULL, "2012-12-31"));
  g_assert_true (nap_dates_in_order ("2013-01-01", ""));
}

/* The plan */

static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  NapPlan *plan = nap_project_get_plan (fixture->project);

  assert_problems (nap_plan_check (plan), "");

  assert_refused (fixture->project, plan, "period-end", "2011-12-31",
                  "The period ends before it starts; the end is not saved until it is later.");
  assert_refused (fixture->project, plan, "period-start", "2015-01-01",
                  "The period starts after it ends; the start is not saved until it is earlier.");
  g_assert_cmpstr (nap_plan_get_period_start (plan), ==, "2012-01-01");
  g_assert_cmpstr (nap_plan_get_period_end (plan), ==, "2014-12-31");

  store_anyway (fixture->project, plan, "period-end", "2011-12-31");
  assert_problems (nap_plan_check (plan),
                   "period-end: The plan period ends on 2011-12-31, before it starts on 2012-01-01.\n");

  /* An edit that puts the period right again is welcome. */
  set_string (fixture->project, plan, "period-end", "2016-12-31");
  assert_problems (nap_plan_check (plan), "");
}

/* Objectives */

static void
test_objective (Fixture       *fixture,
                gconstpointer  data)
{
  NapPlan *plan = nap_project_get_plan (fixture->project);
  NapObjective *action = fixture->action;

  assert_problems (nap_objective_check (action, plan), "");

  set_string (fixture->project, action, "title", "");
  assert_problems (nap_objective_check (action, plan), "title: Objective 1.1 has no title.\n");
  set_string (fixture->project, action, "title", "Legal aid");

  set_string (fixture->project, action, "start-date", "2011-06-01");
  set_string (fixture->project, action, "end-date", "2015-03-31");
  assert_problems (nap_objective_check (action, plan),
                   "start-date: Objective 1.1 starts on 2011-06-01, before the plan period starts on 2012-01-01.\n"
                   "end-date: Objective 1.1 ends on 2015-03-31, after the plan period ends on 2014-12-31.\n");
  /* Without the plan, the period is not asked about. */
  assert_problems (nap_objective_check (action, NULL), "");

  set_string (fixture->project, action, "start-date", "2013-01-01");
  store_anyway (fixture->project, action, "end-date", "2012-01-31");
  assert_problems (nap_objective_check (action, plan),
                   "end-date: Objective 1.1 ends on 2012-01-31, before it starts on 2013-01-01.\n");
}

/* The edit path refuses an objective that ends before it starts, for
 * every caller, and writes nothing.
 */
static void
test_objective_edit (Fixture       *fixture,
                     gconstpointer  data)
{
  NapObjective *action = fixture->action;
  g_autoptr(GError) error = NULL;

  set_string (fixture->project, action, "start-date", "2013-01-01");
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_STRING);
    g_value_set_string (&value, "2012-01-31");
    g_assert_false (nap_project_set_value (fixture->project, NAP_RECORD (action), "end-date", &value, &error));
    g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, END_REFUSED);
    g_clear_error (&error);
  }
  assert_refused (fixture->project, action, "end-date", "2012-01-31", END_REFUSED);
  g_assert_null (nap_objective_get_end_date (action));
  {
    g_autoptr(NapProject) copy = reopen (fixture);
    g_autoptr(NapObjective) pillar = g_list_model_get_item (nap_project_get_objectives (copy), 0);
    g_autoptr(NapObjective) saved = g_list_model_get_item (nap_objective_get_children (pillar), 0);

    g_assert_cmpstr (nap_objective_get_start_date (saved), ==, "2013-01-01");
    g_assert_null (nap_objective_get_end_date (saved));
  }

  /* The same day, a later day, or no end at all: accepted. */
  set_string (fixture->project, action, "end-date", "2013-01-01");
  set_string (fixture->project, action, "end-date", "2013-06-30");
  g_assert_cmpstr (nap_objective_get_end_date (action), ==, "2013-06-30");

  /* Moving the start past the end is refused the other way round. */
  assert_refused (fixture->project, action, "start-date", "2013-07-01", START_REFUSED);
  g_assert_cmpstr (nap_objective_get_start_date (action), ==, "2013-01-01");
  /* Without an end, any start will do. */
  set_string (fixture->project, action, "end-date", "");
  set_string (fixture->project, action, "start-date", "2013-07-01");

  /* Other fields of the record are not held up by the rule. */
  set_string (fixture->project, action, "title", "Legal aid for survivors");

  /* What is no date at all is refused before any rule is asked. */
  g_assert_false (nap_record_check_edit_string (NAP_RECORD (action), "end-date", "2013-02-30", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nap_record_check_edit_string (NAP_RECORD (action), "no-such-field", "x", &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_INVALID);
}

/* The refusal is the translated sentence the editors show, in the
 * drafter's language: in a child process, as the language is chosen once.
 */
static void
test_objective_edit_translated (Fixture       *fixture,
                                gconstpointer  data)
{
  const char *language = data;

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;

      nap_test_use_language (language);

      set_string (fixture->project, fixture->action, "start-date", "2013-01-01");
      g_assert_false (nap_project_set_string (fixture->project, NAP_RECORD (fixture->action),
                                              "end-date", "2012-01-31", &error));
      if (g_str_equal (language, "ar"))
        g_assert_cmpstr (error->message, ==, "تاريخ الانتهاء قبل تاريخ البدء؛ لن يُحفظ حتى يصبح لاحقًا له.");
      else
        g_assert_cmpstr (error->message, ==, "La date de fin est antérieure à la date de début\302\240; "
                                             "elle ne sera enregistrée que lorsqu’elle sera postérieure.");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Budget lines */

static void
set_year (NapProject    *project,
          NapBudgetLine *line,
          int            year)
{
  g_autoptr(GError) error = NULL;

  test_ok (nap_project_set_int (project, NAP_RECORD (line), "year", year, &error), error);
}

static void
test_budget_line (Fixture       *fixture,
                  gconstpointer  data)
{
  NapPlan *plan = nap_project_get_plan (fixture->project);
  g_autoptr(GError) error = NULL;
  NapBudgetLine *line;

  line = nap_project_add_budget_line (fixture->project, fixture->action, "Ateliers", 500000, NULL, &error);
  g_assert_no_error (error);
  assert_problems (nap_budget_line_check (line, fixture->action, plan), "");

  set_year (fixture->project, line, 2016);
  assert_problems (nap_budget_line_check (line, fixture->action, plan),
                   "year: Budget line “Ateliers” of objective 1.1 is for 2016, outside the plan period.\n");
  assert_problems (nap_budget_line_check (line, fixture->action, NULL), "");

  set_year (fixture->project, line, 2011);
  assert_problems (nap_budget_line_check (line, fixture->action, plan),
                   "year: Budget line “Ateliers” of objective 1.1 is for 2011, outside the plan period.\n");

  set_year (fixture->project, line, 2014);
  assert_problems (nap_budget_line_check (line, fixture->action, plan), "");

  /* The same rule, for a year typed in the Budget view. */
  g_assert_true (nap_plan_year_in_period (plan, 2012));
  g_assert_true (nap_plan_year_in_period (plan, 0));
  g_assert_false (nap_plan_year_in_period (plan, 2015));
  assert_problems (nap_plan_check_year (plan, 2013), "");
  assert_problems (nap_plan_check_year (plan, 2015), "year: 2015 is outside the plan period, 2012–2014.\n");
  set_string (fixture->project, plan, "period-end", "");
  assert_problems (nap_plan_check_year (plan, 2015), "");
  assert_problems (nap_plan_check_year (plan, 2011), "year: 2011 is before the plan starts, in 2012.\n");
  set_string (fixture->project, plan, "period-end", "2014-12-31");
  set_string (fixture->project, plan, "period-start", "");
  assert_problems (nap_plan_check_year (plan, 2015), "year: 2015 is after the plan ends, in 2014.\n");
}

/* Consultations and their recommendations */

static void
test_consultation (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NapConsultation *session;
  NapRecommendation *first, *second;

  session = test_add_session (fixture->project, "Atelier de Mopti", "2012-04-03", NULL, NULL, NULL);
  assert_problems (nap_consultation_check (session), "");

  assert_refused (fixture->project, session, "end-date", "2012-04-01", END_REFUSED);
  g_assert_null (nap_consultation_get_end_date (session));
  set_string (fixture->project, session, "end-date", "2012-04-05");
  assert_refused (fixture->project, session, "start-date", "2012-04-06", START_REFUSED);

  store_anyway (fixture->project, session, "end-date", "2012-04-01");
  test_ok (nap_project_set_int (fixture->project, NAP_RECORD (session), "women", 20, &error), error);
  test_ok (nap_project_set_int (fixture->project, NAP_RECORD (session), "men", 5, &error), error);
  test_ok (nap_project_set_group_count (fixture->project, session, "Youth", 30, &error), error);
  first = test_recommend (fixture->project, session, "Former les forces de sécurité", NAP_RESPONSE_PENDING, NULL);
  second = test_recommend (fixture->project, session, "Créer un fonds", NAP_RESPONSE_PENDING, NULL);
  test_concern (fixture->project, first, fixture->action);

  assert_problems (nap_recommendation_check (first, session), "");
  assert_problems (nap_recommendation_check (second, session),
                   "objectives: Recommendation 2 of consultation “Atelier de Mopti” concerns no objective.\n");
  assert_problems (nap_consultation_check (session),
                   "end-date: Consultation “Atelier de Mopti” ends on 2012-04-01, before it starts on 2012-04-03.\n"
                   "groups: Consultation “Atelier de Mopti” counts 30 in the group “Youth”, more than its 25 participants in all.\n"
                   "recommendations: Recommendation 2 of consultation “Atelier de Mopti” concerns no objective.\n");
}

/* Exchange rates */

static void
test_exchange_rate (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  NapExchangeRate *rate;

  rate = nap_project_set_exchange_rate (fixture->project, "EUR", "655.957", "2012-01-01", &error);
  g_assert_no_error (error);
  assert_problems (nap_exchange_rate_check (rate), "");

  /* The rule of nap_project_set_exchange_rate() holds for a field edit too. */
  assert_refused (fixture->project, rate, "rate", "0", "An exchange rate cannot be zero.");
  assert_refused (fixture->project, rate, "rate", "-2", "An exchange rate cannot be negative.");
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate), ==, "655.957");

  store_anyway (fixture->project, rate, "rate", "0");
  assert_problems (nap_exchange_rate_check (rate), "rate: An exchange rate cannot be zero.\n");
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/checks/plan", test_plan),
    NAP_TEST_CASE ("/checks/objective", test_objective),
    NAP_TEST_CASE ("/checks/objective-edit", test_objective_edit),
    NAP_TEST_CASE_DATA ("/checks/objective-edit/fr", test_objective_edit_translated, "fr"),
    NAP_TEST_CASE_DATA ("/checks/objective-edit/ar", test_objective_edit_translated, "ar"),
    NAP_TEST_CASE ("/checks/budget-line", test_budget_line),
    NAP_TEST_CASE ("/checks/consultation", test_consultation),
    NAP_TEST_CASE ("/checks/exchange-rate", test_exchange_rate),
  };

  /* The sentences are compared in English, whatever the environment. */
  nap_test_use_english ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/checks/problem", test_problem);
  g_test_add_func ("/checks/dates-in-order", test_dates_in_order);
  NAP_TEST_ADD_CASES (Fixture, nap_test_action_set_up, nap_test_action_tear_down, cases);

  return g_test_run ();
}
