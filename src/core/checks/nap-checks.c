/* nap-checks.c: the rules of a plan, each checked in one place
 *
 * Every rule about what a plan may hold is written here once. The checks
 * report every problem of a record, for `nap-tool check` and the editors;
 * nap_record_check_edit() refuses an edit that would break a rule, and
 * nap_project_set_value() asks it before anything is written, so the rule
 * holds whoever edits: the window, the command line or a test.
 *
 * Two kinds of rule: those an edit must not break (an end before the
 * start, a rate that is no number) are refused by the edit path; the
 * others (no title yet, a date outside the plan period, a group larger
 * than the whole session) are only reported, because drafting goes
 * through such states.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nap-checks.h"
#include "nap-error.h"
#include "nap-rate.h"
#include "nap-text.h"

/**
 * nap_dates_in_order:
 * @start: (nullable): an ISO 8601 date, or anything else when not set
 * @end: (nullable): an ISO 8601 date, or anything else when not set
 *
 * The rule of every period (the plan's, an objective's, a session's): it
 * may not end before it starts. A missing date breaks no rule.
 *
 * Returns: %FALSE only when both are dates and @end comes before @start
 */
gboolean
nap_dates_in_order (const char *start,
                    const char *end)
{
  /* Dates are ISO 8601, so comparing them as text orders them. */
  return !nap_date_is_valid_iso (start) || !nap_date_is_valid_iso (end)
         || strcmp (start, end) <= 0;
}

static gboolean
is_set (const char *date)
{
  return date != NULL && *date != '\0';
}

/* A title fit to quote in a sentence. */
static char *
quotable_title (const char *title)
{
  if (nap_text_is_blank (title))
    return g_strdup (_("(untitled)"));
  return nap_text_printable (title);
}

static void
add (GPtrArray  *problems,
     const char *field,
     char       *message)
{
  g_ptr_array_add (problems, nap_problem_new (field, message));
  g_free (message);
}

/**
 * nap_plan_check:
 * @plan: a #NapPlan
 *
 * Checks the plan's own fields: a period that ends before it starts.
 *
 * Returns: (transfer container) (element-type NapProblem): every problem
 *   found, empty when there is none
 */
GPtrArray *
nap_plan_check (NapPlan *plan)
{
  GPtrArray *problems;
  const char *start, *end;

  g_return_val_if_fail (NAP_IS_PLAN (plan), NULL);

  problems = nap_problems_new ();
  start = nap_plan_get_period_start (plan);
  end = nap_plan_get_period_end (plan);
  if (!nap_dates_in_order (start, end))
    /* Translators: %1$s and %2$s are dates */
    add (problems, "period-end",
         g_strdup_printf (_("The plan period ends on %2$s, before it starts on %1$s."), start, end));
  return problems;
}

/* The year of a stored date, 0 when there is none. */
static int
year_of (const char *date)
{
  return nap_date_is_valid_iso (date) ? (int) g_ascii_strtoll (date, NULL, 10) : 0;
}

/**
 * nap_plan_year_in_period:
 * @plan: a #NapPlan
 * @year: a year such as 2013, or 0 for none
 *
 * The rule for what is planned by the year (a budget line): within the
 * years of the plan period. No year, or no period, breaks no rule.
 *
 * Returns: %FALSE only when @year is before the first or after the last
 *   year of the plan period
 */
gboolean
nap_plan_year_in_period (NapPlan *plan,
                         int      year)
{
  int first, last;

  g_return_val_if_fail (NAP_IS_PLAN (plan), TRUE);

  first = year_of (nap_plan_get_period_start (plan));
  last = year_of (nap_plan_get_period_end (plan));
  if (year == 0)
    return TRUE;
  return (first == 0 || year >= first) && (last == 0 || year <= last);
}

/**
 * nap_plan_check_year:
 * @plan: a #NapPlan
 * @year: a year such as 2013, or 0 for none
 *
 * Checks a year against the plan period, for a field where a year is
 * typed: the sentence speaks of the year, not of a record.
 *
 * Returns: (transfer container) (element-type NapProblem): the problem
 *   (field "year") when @year is outside the plan period, or nothing
 */
GPtrArray *
nap_plan_check_year (NapPlan *plan,
                     int      year)
{
  GPtrArray *problems;
  int start, end;

  g_return_val_if_fail (NAP_IS_PLAN (plan), NULL);

  problems = nap_problems_new ();
  if (nap_plan_year_in_period (plan, year))
    return problems;

  start = year_of (nap_plan_get_period_start (plan));
  end = year_of (nap_plan_get_period_end (plan));
  if (start != 0 && end != 0)
    /* Translators: a budget line's year, then the first and last years of the plan */
    add (problems, "year", g_strdup_printf (_("%d is outside the plan period, %d–%d."), year, start, end));
  else if (start != 0)
    /* Translators: a budget line's year, then the first year of the plan */
    add (problems, "year", g_strdup_printf (_("%d is before the plan starts, in %d."), year, start));
  else
    /* Translators: a budget line's year, then the last year of the plan */
    add (problems, "year", g_strdup_printf (_("%d is after the plan ends, in %d."), year, end));
  return problems;
}

/**
 * nap_objective_check:
 * @objective: a #NapObjective
 * @plan: (nullable): the plan, whose period the objective's dates should
 *   keep within
 *
 * Checks one objective, not its children nor its budget lines: a title,
 * dates in order, and within the plan period.
 *
 * Returns: (transfer container) (element-type NapProblem): every problem
 *   found, each sentence naming the objective by its number
 */
GPtrArray *
nap_objective_check (NapObjective *objective,
                     NapPlan      *plan)
{
  GPtrArray *problems;
  g_autofree char *code = NULL;
  const char *start, *end;
  const char *period_start = NULL, *period_end = NULL;

  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), NULL);
  g_return_val_if_fail (plan == NULL || NAP_IS_PLAN (plan), NULL);

  problems = nap_problems_new ();
  code = nap_text_printable (nap_objective_get_display_code (objective));
  start = nap_objective_get_start_date (objective);
  end = nap_objective_get_end_date (objective);
  if (plan != NULL)
    {
      period_start = nap_plan_get_period_start (plan);
      period_end = nap_plan_get_period_end (plan);
    }

  if (nap_text_is_blank (nap_objective_get_title (objective)))
    add (problems, "title", g_strdup_printf (_("Objective %s has no title."), code));

  if (!nap_dates_in_order (start, end))
    /* Translators: 1$ an objective's number such as 1.2, 2$ and 3$ dates */
    add (problems, "end-date",
         g_strdup_printf (_("Objective %1$s ends on %3$s, before it starts on %2$s."), code, start, end));

  if (is_set (start) && is_set (period_start) && strcmp (start, period_start) < 0)
    /* Translators: 1$ an objective's number, 2$ and 3$ dates */
    add (problems, "start-date",
         g_strdup_printf (_("Objective %1$s starts on %2$s, before the plan period starts on %3$s."),
                          code, start, period_start));

  if (is_set (end) && is_set (period_end) && strcmp (end, period_end) > 0)
    /* Translators: 1$ an objective's number, 2$ and 3$ dates */
    add (problems, "end-date",
         g_strdup_printf (_("Objective %1$s ends on %2$s, after the plan period ends on %3$s."),
                          code, end, period_end));

  return problems;
}

/**
 * nap_budget_line_check:
 * @line: a #NapBudgetLine
 * @objective: the objective the line costs
 * @plan: (nullable): the plan, whose period the line's year should be in
 *
 * Checks one budget line: a year within the plan period (the Budget view
 * flags the same lines).
 *
 * Returns: (transfer container) (element-type NapProblem): every problem
 *   found
 */
GPtrArray *
nap_budget_line_check (NapBudgetLine *line,
                       NapObjective  *objective,
                       NapPlan       *plan)
{
  GPtrArray *problems;

  g_return_val_if_fail (NAP_IS_BUDGET_LINE (line), NULL);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), NULL);
  g_return_val_if_fail (plan == NULL || NAP_IS_PLAN (plan), NULL);

  problems = nap_problems_new ();
  if (plan != NULL && !nap_plan_year_in_period (plan, nap_budget_line_get_year (line)))
    {
      g_autofree char *label = quotable_title (nap_budget_line_get_label (line));
      g_autofree char *code = nap_text_printable (nap_objective_get_display_code (objective));

      /* Translators: 1$ a budget line's label, 2$ an objective's
       * number, 3$ a year such as 2015
       */
      add (problems, "year",
           g_strdup_printf (_("Budget line “%1$s” of objective %2$s is for %3$d, outside the plan period."),
                            label, code, nap_budget_line_get_year (line)));
    }
  return problems;
}

/**
 * nap_recommendation_check:
 * @recommendation: a #NapRecommendation
 * @consultation: the session the recommendation was made in
 *
 * Checks that a recommendation concerns at least one objective.
 *
 * Returns: (transfer container) (element-type NapProblem): every problem
 *   found; the field "objectives" is the list of objectives it concerns
 */
GPtrArray *
nap_recommendation_check (NapRecommendation *recommendation,
                          NapConsultation   *consultation)
{
  GPtrArray *problems;
  GListModel *recommendations;
  guint number = 0;

  g_return_val_if_fail (NAP_IS_RECOMMENDATION (recommendation), NULL);
  g_return_val_if_fail (NAP_IS_CONSULTATION (consultation), NULL);

  problems = nap_problems_new ();
  if (g_list_model_get_n_items (nap_recommendation_get_objectives (recommendation)) > 0)
    return problems;

  recommendations = nap_consultation_get_recommendations (consultation);
  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(NapRecommendation) item = g_list_model_get_item (recommendations, i);

      if (item == recommendation)
        number = i + 1;
    }

  {
    g_autofree char *title = quotable_title (nap_consultation_get_title (consultation));

    /* Translators: 1$ the recommendation's number within its
     * consultation, 2$ the consultation's title
     */
    add (problems, "objectives",
         g_strdup_printf (_("Recommendation %1$u of consultation “%2$s” concerns no objective."),
                          number, title));
  }
  return problems;
}

/**
 * nap_consultation_check:
 * @consultation: a #NapConsultation
 *
 * Finds what a drafter should look at again in a session's record: dates
 * that end before they start, a group counted larger than all the
 * participants, recommendations that concern no objective. Counts below
 * zero cannot be stored at all.
 *
 * Returns: (transfer container) (element-type NapProblem): every problem
 *   found, each sentence naming the session; a group's problem has the
 *   field "groups", a recommendation's "recommendations"
 */
GPtrArray *
nap_consultation_check (NapConsultation *consultation)
{
  GPtrArray *problems;
  GPtrArray *groups;
  g_autofree char *title = NULL;
  const char *start, *end;
  int participants;
  GListModel *recommendations;

  g_return_val_if_fail (NAP_IS_CONSULTATION (consultation), NULL);

  problems = nap_problems_new ();
  title = quotable_title (nap_consultation_get_title (consultation));
  start = nap_consultation_get_start_date (consultation);
  end = nap_consultation_get_end_date (consultation);
  participants = nap_consultation_get_participants (consultation);

  if (!nap_dates_in_order (start, end))
    /* Translators: 1$ a consultation's title, 2$ and 3$ dates */
    add (problems, "end-date",
         g_strdup_printf (_("Consultation “%1$s” ends on %3$s, before it starts on %2$s."),
                          title, start, end));

  groups = nap_consultation_get_groups (consultation);
  for (guint i = 0; i < groups->len; i++)
    {
      NapParticipantGroup *group = g_ptr_array_index (groups, i);
      g_autofree char *name = NULL;

      if (group->count <= participants)
        continue;

      name = nap_text_printable (nap_participant_group_get_display_name (group->name));
      /* Translators: 1$ a consultation's title, 2$ a group of participants
       * such as "Youth", 3$ how many were in that group, 4$ how many took
       * part in all
       */
      add (problems, "groups",
           g_strdup_printf (ngettext ("Consultation “%1$s” counts %3$d in the group “%2$s”, more than its %4$d participant in all.",
                                      "Consultation “%1$s” counts %3$d in the group “%2$s”, more than its %4$d participants in all.",
                                      participants),
                            title, name, group->count, participants));
    }

  recommendations = nap_consultation_get_recommendations (consultation);
  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (recommendations, i);
      g_autoptr(GPtrArray) found = nap_recommendation_check (recommendation, consultation);

      for (guint j = 0; j < found->len; j++)
        {
          NapProblem *problem = g_ptr_array_index (found, j);

          g_ptr_array_add (problems, nap_problem_new ("recommendations", problem->message));
        }
    }

  return problems;
}

/**
 * nap_exchange_rate_check:
 * @rate: a #NapExchangeRate
 *
 * Checks that a rate is a number NAP XML can carry: positive, with at
 * most 15 digits before the decimal separator and 9 after it.
 *
 * Returns: (transfer container) (element-type NapProblem): every problem
 *   found
 */
GPtrArray *
nap_exchange_rate_check (NapExchangeRate *rate)
{
  GPtrArray *problems;
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (NAP_IS_EXCHANGE_RATE (rate), NULL);

  problems = nap_problems_new ();
  normalized = nap_rate_normalize (nap_exchange_rate_get_rate (rate), &error);
  if (normalized == NULL)
    g_ptr_array_add (problems, nap_problem_new ("rate", error->message));
  return problems;
}

/* Edits */

/* The periods of the records: an edit of one end may not put it on the
 * wrong side of the other. The sentences speak of the field being edited,
 * under which an editor shows them.
 */
typedef struct
{
  GType (*get_type) (void);
  const char *start;
  const char *end;
  const char *start_refused;
  const char *end_refused;
} PeriodRule;

static const PeriodRule period_rules[] = {
  { nap_plan_get_type, "period-start", "period-end",
    N_("The period starts after it ends; the start is not saved until it is earlier."),
    N_("The period ends before it starts; the end is not saved until it is later.") },
  { nap_objective_get_type, "start-date", "end-date",
    N_("The start date is after the end date; it is not saved until it is earlier."),
    N_("The end date is before the start date; it is not saved until it is later.") },
  { nap_consultation_get_type, "start-date", "end-date",
    N_("The start date is after the end date; it is not saved until it is earlier."),
    N_("The end date is before the start date; it is not saved until it is later.") },
};

static gboolean
check_period_edit (NapRecord     *record,
                   const char    *property,
                   const GValue  *value,
                   GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (period_rules); i++)
    {
      const PeriodRule *rule = &period_rules[i];
      gboolean is_start = g_str_equal (property, rule->start);
      g_autofree char *other = NULL;
      const char *text;

      if (!G_TYPE_CHECK_INSTANCE_TYPE (record, rule->get_type ())
          || (!is_start && !g_str_equal (property, rule->end)))
        continue;

      text = g_value_get_string (value);
      g_object_get (record, is_start ? rule->end : rule->start, &other, NULL);
      if (!nap_dates_in_order (is_start ? text : other, is_start ? other : text))
        {
          g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                               _(is_start ? rule->start_refused : rule->end_refused));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_rate_edit (NapRecord     *record,
                 const char    *property,
                 const GValue  *value,
                 GError       **error)
{
  g_autofree char *normalized = NULL;

  if (!NAP_IS_EXCHANGE_RATE (record) || !g_str_equal (property, "rate"))
    return TRUE;

  normalized = nap_rate_normalize (g_value_get_string (value), error);
  return normalized != NULL;
}

/**
 * nap_record_check_edit:
 * @record: the record to edit
 * @property: the name of one of its fields, such as "end-date"
 * @value: the value it would take
 *
 * Tells whether setting @property of @record to @value breaks a rule,
 * before anything is written: what nap_project_set_value() refuses, it
 * refuses with the same sentence. An editor asks it to mark what is typed
 * at once. The other fields are taken as they are stored.
 *
 * Returns: %TRUE when the edit may be made; otherwise %FALSE with @error
 *   set (%NAP_ERROR_INVALID) to a translated sentence saying why
 */
gboolean
nap_record_check_edit (NapRecord     *record,
                       const char    *property,
                       const GValue  *value,
                       GError       **error)
{
  GParamSpec *pspec;
  g_auto(GValue) normalized = G_VALUE_INIT;

  g_return_val_if_fail (NAP_IS_RECORD (record), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  if (pspec == NULL || pspec->owner_type == NAP_TYPE_RECORD
      || (pspec->flags & NAP_PARAM_DERIVED) != 0)
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   "%s has no field “%s”", G_OBJECT_TYPE_NAME (record), property);
      return FALSE;
    }

  g_value_init (&normalized, G_PARAM_SPEC_VALUE_TYPE (pspec));
  if (!g_value_transform (value, &normalized))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   "Wrong type of value for “%s”", property);
      return FALSE;
    }
  if (!nap_record_validate_value (record, pspec, &normalized, error))
    return FALSE;

  if (!G_VALUE_HOLDS_STRING (&normalized))
    return TRUE;
  return check_period_edit (record, property, &normalized, error)
         && check_rate_edit (record, property, &normalized, error);
}

/**
 * nap_record_check_edit_string:
 * @record: a #NapRecord
 * @property: a #char
 * @text: (nullable): the text @property would take
 *
 * nap_record_check_edit() for a text field.
 *
 * Returns: %TRUE when the edit may be made, or %FALSE with @error set
 */
gboolean
nap_record_check_edit_string (NapRecord   *record,
                              const char  *property,
                              const char  *text,
                              GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  return nap_record_check_edit (record, property, &value, error);
}
