/* test-budget.c: budget totals that roll up the tree, per currency and in
 * the plan currency, kept up to date edit by edit
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "budget-test-common.h"
#include "nap-budget-totals.h"
#include "nap-error.h"
#include "nap-project.h"

static const NapBudgetSum *
find_sum (const NapBudgetFigures *figures,
          const char             *currency)
{
  for (guint i = 0; i < figures->sums->len; i++)
    {
      const NapBudgetSum *sum = g_ptr_array_index (figures->sums, i);

      if (g_str_equal (sum->currency, currency))
        return sum;
    }
  g_error ("no sum in %s", currency);
}

static void
assert_sum (const NapBudgetSum *sum,
            const char         *currency,
            guint               n_lines,
            gint64              total,
            gint64              secured,
            gint64              pledged,
            gint64              unfunded)
{
  g_assert_nonnull (sum);
  g_assert_cmpstr (sum->currency, ==, currency);
  g_assert_false (sum->overflow);
  g_assert_cmpuint (sum->n_lines, ==, n_lines);
  g_assert_cmpint (sum->total, ==, total);
  g_assert_cmpint (sum->secured, ==, secured);
  g_assert_cmpint (sum->pledged, ==, pledged);
  g_assert_cmpint (sum->unfunded, ==, unfunded);
  g_assert_cmpint (sum->gap, ==, pledged + unfunded);
}

static void
on_changed (NapBudgetTotals *totals,
            guint           *count)
{
  (*count)++;
}

/* A pillar seven levels deep, with lines in XOF, EUR and USD at several
 * levels; EUR has a rate, USD at first not.
 */
static void
test_deep_tree (Fixture       *fixture,
                gconstpointer  data)
{
  NapProject *project = fixture->project;
  g_autoptr(NapBudgetTotals) totals = NULL;
  NapObjective *chain[7];
  NapObjective *other;
  guint changes = 0;

  chain[0] = add_objective (project, NULL, "Protection");
  for (guint i = 1; i < G_N_ELEMENTS (chain); i++)
    chain[i] = add_objective (project, chain[i - 1], "Niveau");
  other = add_objective (project, NULL, "Participation");

  set_rate (project, "EUR", "655.957");
  add_line (project, chain[0], 1000000, "XOF", NAP_FUNDING_STATUS_SECURED);
  add_line (project, chain[2], 250000, "XOF", NAP_FUNDING_STATUS_PLEDGED);
  add_line (project, chain[4], 10000, "EUR", NAP_FUNDING_STATUS_UNFUNDED);   /* 100.00 EUR = 65596 XOF */
  add_line (project, chain[6], 1, "EUR", NAP_FUNDING_STATUS_SECURED);       /* 0.01 EUR = 7 XOF */
  add_line (project, chain[6], 125050, "USD", NAP_FUNDING_STATUS_PLEDGED);
  add_line (project, chain[5], -50000, "XOF", NAP_FUNDING_STATUS_SECURED);  /* a correction */
  add_line (project, other, 300000, "XOF", NAP_FUNDING_STATUS_UNFUNDED);

  totals = nap_budget_totals_new (project);
  g_signal_connect (totals, "changed", G_CALLBACK (on_changed), &changes);

  {
    g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (totals, chain[0]);

    g_assert_cmpuint (figures->n_lines, ==, 6);
    g_assert_cmpuint (figures->sums->len, ==, 3);
    /* Sorted by code. */
    assert_sum (g_ptr_array_index (figures->sums, 0), "EUR", 2, 10001, 1, 0, 10000);
    assert_sum (g_ptr_array_index (figures->sums, 1), "USD", 1, 125050, 0, 125050, 0);
    assert_sum (g_ptr_array_index (figures->sums, 2), "XOF", 3, 1200000, 950000, 250000, 0);
    g_assert_null (figures->converted);
    g_assert_cmpstrv (figures->missing_rates, ((const char *[]) { "USD", NULL }));
  }
  {
    g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (totals, chain[4]);

    g_assert_cmpuint (figures->n_lines, ==, 4);
    assert_sum (find_sum (figures, "XOF"), "XOF", 1, -50000, -50000, 0, 0);
    g_assert_null (figures->converted);
  }
  {
    g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (totals, chain[6]);

    g_assert_cmpuint (figures->n_lines, ==, 2);
    g_assert_null (figures->converted);
    g_assert_cmpstrv (figures->missing_rates, ((const char *[]) { "USD", NULL }));
  }
  {
    g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (totals);
    g_autoptr(NapBudgetFigures) pillar = nap_budget_totals_get_objective (totals, other);

    g_assert_cmpuint (plan->n_lines, ==, 7);
    assert_sum (find_sum (plan, "XOF"), "XOF", 4, 1500000, 950000, 250000, 300000);
    g_assert_null (plan->converted);
    assert_sum (pillar->converted, "XOF", 1, 300000, 0, 0, 300000);
    g_assert_cmpuint (g_strv_length (pillar->missing_rates), ==, 0);
  }

  /* A rate for USD: everything converts. */
  set_rate (project, "USD", "600");
  g_assert_cmpuint (changes, ==, 1);
  {
    g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (totals, chain[0]);
    g_autoptr(NapBudgetFigures) three = nap_budget_totals_get_objective (totals, chain[3]);
    g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (totals);

    /* 1 200 000 XOF, then 65 596 + 7 for the EUR lines converted one by
     * one (10001 cents at once would give 65 602), and 750 300 for USD.
     */
    assert_sum (figures->converted, "XOF", 6, 2015903, 950007, 1000300, 65596);
    g_assert_cmpuint (g_strv_length (figures->missing_rates), ==, 0);
    assert_sum (three->converted, "XOF", 4, -50000 + 65596 + 7 + 750300, -50000 + 7, 750300, 65596);
    assert_sum (plan->converted, "XOF", 7, 2015903 + 300000, 950007, 1000300, 365596);
  }

  /* Moving a branch moves its money. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NapBudgetFigures) before = nap_budget_totals_get_objective (totals, chain[4]);

    nap_project_move_objective (project, chain[4], other, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (changes, ==, 2);
    {
      g_autoptr(NapBudgetFigures) pillar = nap_budget_totals_get_objective (totals, other);
      g_autoptr(NapBudgetFigures) first = nap_budget_totals_get_objective (totals, chain[0]);

      g_assert_cmpint (pillar->converted->total, ==, 300000 + before->converted->total);
      g_assert_cmpint (before->converted->total, ==, 765903);
      g_assert_cmpint (first->converted->total, ==, 2015903 - 765903);
    }
  }
}

static void
test_overflow (Fixture       *fixture,
               gconstpointer  data)
{
  NapProject *project = fixture->project;
  g_autoptr(NapBudgetTotals) totals = nap_budget_totals_new (project);
  g_autoptr(GError) error = NULL;
  NapObjective *pillar = add_objective (project, NULL, "Prévention");
  NapBudgetLine *line;

  add_line (project, pillar, G_MAXINT64, "XOF", NAP_FUNDING_STATUS_PLEDGED);
  line = add_line (project, pillar, G_MAXINT64, "XOF", NAP_FUNDING_STATUS_PLEDGED);
  {
    g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (totals, pillar);
    const NapBudgetSum *sum = find_sum (figures, "XOF");

    g_assert_true (sum->overflow);
    g_assert_cmpint (sum->total, ==, 0);
    g_assert_true (figures->converted->overflow);
  }

  /* Nothing wrapped on the way: taking a line away gives the sum back. */
  nap_project_delete_record (project, NAP_RECORD (line), &error);
  g_assert_no_error (error);
  {
    g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (totals, pillar);

    assert_sum (find_sum (figures, "XOF"), "XOF", 1, G_MAXINT64, 0, G_MAXINT64, 0);
  }

  /* A conversion too large for 64 bits. */
  set_rate (project, "EUR", "655.957");
  add_line (project, pillar, G_MAXINT64 / 2, "EUR", NAP_FUNDING_STATUS_SECURED);
  {
    g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_plan (totals);

    g_assert_true (figures->converted->overflow);
    g_assert_false (find_sum (figures, "EUR")->overflow);
    g_assert_cmpuint (g_strv_length (figures->missing_rates), ==, 0);
  }
}

static void
test_years_and_funders (Fixture       *fixture,
                        gconstpointer  data)
{
  NapProject *project = fixture->project;
  g_autoptr(NapBudgetTotals) totals = nap_budget_totals_new (project);
  g_autoptr(GError) error = NULL;
  NapObjective *pillar = add_objective (project, NULL, "Prévention");
  NapActor *eu = nap_project_add_actor (project, "Union européenne", NAP_ACTOR_KIND_DONOR, &error);
  gint64 eu_id = nap_record_get_id (NAP_RECORD (eu));
  NapBudgetLine *a, *b, *c;

  a = add_line (project, pillar, 1000, "XOF", NAP_FUNDING_STATUS_SECURED);
  b = add_line (project, pillar, 2000, "XOF", NAP_FUNDING_STATUS_PLEDGED);
  c = add_line (project, pillar, 500, "XOF", NAP_FUNDING_STATUS_UNFUNDED);
  nap_project_set_int (project, NAP_RECORD (a), "year", 2012, &error);
  nap_project_set_int (project, NAP_RECORD (b), "year", 2013, &error);
  nap_project_set_int (project, NAP_RECORD (c), "year", 2013, &error);
  nap_project_set_int (project, NAP_RECORD (a), "funder-id", eu_id, &error);
  nap_project_set_int (project, NAP_RECORD (b), "funder-id", eu_id, &error);
  g_assert_no_error (error);

  {
    g_autoptr(GArray) years = nap_budget_totals_get_years (totals);
    g_autoptr(GArray) funders = nap_budget_totals_get_funders (totals);
    g_autoptr(NapBudgetFigures) y2013 = nap_budget_totals_get_year (totals, 2013);
    g_autoptr(NapBudgetFigures) y2020 = nap_budget_totals_get_year (totals, 2020);
    g_autoptr(NapBudgetFigures) by_eu = nap_budget_totals_get_funder (totals, eu_id);
    g_autoptr(NapBudgetFigures) nobody = nap_budget_totals_get_funder (totals, 0);

    g_assert_cmpuint (years->len, ==, 2);
    g_assert_cmpint (g_array_index (years, int, 0), ==, 2012);
    g_assert_cmpint (g_array_index (years, int, 1), ==, 2013);
    g_assert_cmpuint (funders->len, ==, 2);
    g_assert_cmpint (g_array_index (funders, gint64, 0), ==, 0);
    g_assert_cmpint (g_array_index (funders, gint64, 1), ==, eu_id);
    assert_sum (find_sum (y2013, "XOF"), "XOF", 2, 2500, 0, 2000, 500);
    g_assert_cmpuint (y2020->n_lines, ==, 0);
    assert_sum (y2020->converted, "XOF", 0, 0, 0, 0, 0);
    assert_sum (find_sum (by_eu, "XOF"), "XOF", 2, 3000, 1000, 2000, 0);
    assert_sum (find_sum (nobody, "XOF"), "XOF", 1, 500, 0, 0, 500);
  }

  /* Deleting the funder leaves its lines without one. */
  nap_project_delete_record (project, NAP_RECORD (eu), &error);
  g_assert_no_error (error);
  {
    g_autoptr(GArray) funders = nap_budget_totals_get_funders (totals);
    g_autoptr(NapBudgetFigures) nobody = nap_budget_totals_get_funder (totals, 0);

    g_assert_cmpuint (funders->len, ==, 1);
    assert_sum (find_sum (nobody, "XOF"), "XOF", 3, 3500, 1000, 2000, 500);
  }
}

static void
test_signal (Fixture       *fixture,
             gconstpointer  data)
{
  NapProject *project = fixture->project;
  g_autoptr(NapBudgetTotals) totals = nap_budget_totals_new (project);
  g_autoptr(GError) error = NULL;
  NapObjective *pillar = add_objective (project, NULL, "Prévention");
  NapBudgetLine *line;
  guint changes = 0;

  g_signal_connect (totals, "changed", G_CALLBACK (on_changed), &changes);
  line = nap_project_add_budget_line (project, pillar, "Ateliers", 1000, "XOF", &error);
  g_assert_cmpuint (changes, ==, 1);
  nap_project_set_string (project, NAP_RECORD (line), "label", "Ateliers régionaux", &error);
  nap_project_set_string (project, NAP_RECORD (pillar), "title", "Prévention des conflits", &error);
  g_assert_cmpuint (changes, ==, 1);
  nap_project_set_int (project, NAP_RECORD (line), "amount", 2000, &error);
  g_assert_cmpuint (changes, ==, 2);
  /* A rate for a currency no line uses changes no total. */
  set_rate (project, "EUR", "655.957");
  g_assert_cmpuint (changes, ==, 2);
  nap_project_set_string (project, NAP_RECORD (line), "currency", "EUR", &error);
  g_assert_cmpuint (changes, ==, 3);
  /* Replacing a rate is a batch of two edits: one signal. */
  set_rate (project, "EUR", "656");
  g_assert_cmpuint (changes, ==, 4);
  g_assert_no_error (error);
  {
    g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (totals);
    assert_sum (plan->converted, "XOF", 1, 13120, 0, 0, 13120);
  }

  /* The plan currency itself. */
  nap_project_set_string (project, NAP_RECORD (nap_project_get_plan (project)), "currency", "EUR", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 5);
  {
    g_autoptr(NapBudgetFigures) plan = nap_budget_totals_get_plan (totals);
    assert_sum (plan->converted, "EUR", 1, 2000, 0, 0, 2000);
  }
}

static void
test_year_in_period (Fixture       *fixture,
                     gconstpointer  data)
{
  NapProject *project = fixture->project;
  NapPlan *plan = nap_project_get_plan (project);
  g_autoptr(GError) error = NULL;
  NapObjective *pillar = add_objective (project, NULL, "Prévention");
  NapBudgetLine *line = add_line (project, pillar, 1000, "XOF", NAP_FUNDING_STATUS_SECURED);
  const struct { int year; gboolean inside; } cases[] = {
    { 0, TRUE }, { 2011, FALSE }, { 2012, TRUE }, { 2014, TRUE }, { 2015, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      nap_project_set_int (project, NAP_RECORD (line), "year", cases[i].year, &error);
      g_assert_no_error (error);
      g_assert_cmpint (nap_budget_line_year_in_period (line, plan), ==, cases[i].inside);
    }

  /* An open end lets any later year in. */
  nap_project_set_string (project, NAP_RECORD (plan), "period-end", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (nap_budget_line_year_in_period (line, plan));
  nap_project_set_int (project, NAP_RECORD (line), "year", 2011, &error);
  g_assert_false (nap_budget_line_year_in_period (line, plan));
}

/* The property: after any sequence of edits, the running totals are what
 * adding up every line from scratch gives.
 */

typedef struct
{
  GHashTable *sums;     /* currency -> Wide[5]: lines, total, secured, pledged, unfunded */
  __int128 converted[5];
  gboolean unconverted;
  GPtrArray *missing;
} Expected;

static void
expect_line (NapProject    *project,
             NapBudgetLine *line,
             Expected      *expected)
{
  const char *currency = nap_budget_line_get_currency (line);
  __int128 *sum = g_hash_table_lookup (expected->sums, currency);
  gint64 amount = nap_budget_line_get_amount (line);
  int part = 2 + (int) nap_budget_line_get_status (line);
  gint64 converted;

  if (sum == NULL)
    {
      sum = g_new0 (__int128, 5);
      g_hash_table_insert (expected->sums, g_strdup (currency), sum);
    }
  sum[0]++;
  sum[1] += amount;
  sum[part] += amount;

  if (nap_budget_line_convert (project, line, &converted))
    {
      expected->converted[0]++;
      expected->converted[1] += converted;
      expected->converted[part] += converted;
    }
  else
    {
      expected->unconverted = TRUE;
      g_assert_null (nap_budget_find_rate (project, currency));
      if (!g_ptr_array_find_with_equal_func (expected->missing, currency, g_str_equal, NULL))
        g_ptr_array_add (expected->missing, g_strdup (currency));
    }
}

static void
expect_subtree (NapProject   *project,
                NapObjective *objective,
                Expected     *expected)
{
  GListModel *lines = nap_objective_get_budget_lines (objective);
  GListModel *children = nap_objective_get_children (objective);

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(NapBudgetLine) line = g_list_model_get_item (lines, i);
      expect_line (project, line, expected);
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(NapObjective) child = g_list_model_get_item (children, i);
      expect_subtree (project, child, expected);
    }
}

static void
assert_figures (const NapBudgetFigures *figures,
                Expected               *expected,
                const char             *plan_currency)
{
  g_assert_cmpuint (figures->sums->len, ==, g_hash_table_size (expected->sums));
  for (guint i = 0; i < figures->sums->len; i++)
    {
      const NapBudgetSum *sum = g_ptr_array_index (figures->sums, i);
      __int128 *want = g_hash_table_lookup (expected->sums, sum->currency);

      g_assert_nonnull (want);
      g_assert_false (sum->overflow);
      g_assert_cmpuint (sum->n_lines, ==, (guint) want[0]);
      g_assert_cmpint (sum->total, ==, (gint64) want[1]);
      g_assert_cmpint (sum->secured, ==, (gint64) want[2]);
      g_assert_cmpint (sum->pledged, ==, (gint64) want[3]);
      g_assert_cmpint (sum->unfunded, ==, (gint64) want[4]);
      if (i > 0)
        g_assert_cmpstr (((NapBudgetSum *) g_ptr_array_index (figures->sums, i - 1))->currency, <, sum->currency);
    }

  g_assert_cmpuint (g_strv_length (figures->missing_rates), ==, expected->missing->len);
  for (guint i = 0; i < expected->missing->len; i++)
    g_assert_true (g_strv_contains ((const char * const *) figures->missing_rates,
                                    g_ptr_array_index (expected->missing, i)));

  if (expected->unconverted)
    g_assert_null (figures->converted);
  else
    {
      g_assert_nonnull (figures->converted);
      g_assert_cmpstr (figures->converted->currency, ==, plan_currency);
      g_assert_cmpint (figures->converted->total, ==, (gint64) expected->converted[1]);
      g_assert_cmpint (figures->converted->secured, ==, (gint64) expected->converted[2]);
      g_assert_cmpint (figures->converted->pledged, ==, (gint64) expected->converted[3]);
      g_assert_cmpint (figures->converted->unfunded, ==, (gint64) expected->converted[4]);
    }
}

static void
expected_init (Expected *expected)
{
  memset (expected, 0, sizeof *expected);
  expected->sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  expected->missing = g_ptr_array_new_with_free_func (g_free);
}

static void
expected_clear (Expected *expected)
{
  g_hash_table_unref (expected->sums);
  g_ptr_array_unref (expected->missing);
}

static void
collect_objectives (GListModel *list,
                    GPtrArray  *all)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      NapObjective *objective = g_list_model_get_item (list, i);

      g_ptr_array_add (all, objective);
      collect_objectives (nap_objective_get_children (objective), all);
    }
}

static void
collect_lines (GPtrArray *objectives,
               GPtrArray *lines)
{
  for (guint i = 0; i < objectives->len; i++)
    {
      GListModel *list = nap_objective_get_budget_lines (g_ptr_array_index (objectives, i));

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        g_ptr_array_add (lines, g_list_model_get_item (list, j));
    }
}

typedef enum
{
  ALL,
  YEAR,
  FUNDER,
} Selection;

/* @figures are those of the @lines whose year or funder is @value. */
static void
assert_lines_where (NapProject             *project,
                    GPtrArray              *lines,
                    Selection               selection,
                    gint64                  value,
                    const NapBudgetFigures *figures)
{
  Expected expected;

  expected_init (&expected);
  for (guint i = 0; i < lines->len; i++)
    {
      NapBudgetLine *line = g_ptr_array_index (lines, i);

      if (selection == ALL
          || (selection == YEAR && nap_budget_line_get_year (line) == value)
          || (selection == FUNDER && nap_budget_line_get_funder_id (line) == value))
        expect_line (project, line, &expected);
    }
  assert_figures (figures, &expected, nap_plan_get_currency (nap_project_get_plan (project)));
  expected_clear (&expected);
}

static void
assert_all_totals (NapProject      *project,
                   NapBudgetTotals *totals)
{
  g_autoptr(GPtrArray) objectives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) years = nap_budget_totals_get_years (totals);
  g_autoptr(GArray) funders = nap_budget_totals_get_funders (totals);
  const char *plan_currency = nap_plan_get_currency (nap_project_get_plan (project));
  Expected expected;

  collect_objectives (nap_project_get_objectives (project), objectives);
  collect_lines (objectives, lines);

  for (guint i = 0; i < objectives->len; i++)
    {
      NapObjective *objective = g_ptr_array_index (objectives, i);
      g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_objective (totals, objective);

      expected_init (&expected);
      expect_subtree (project, objective, &expected);
      assert_figures (figures, &expected, plan_currency);
      expected_clear (&expected);
    }

  {
    g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_plan (totals);
    assert_lines_where (project, lines, ALL, 0, figures);
  }

  /* Years and funders: every one with lines is listed, with its lines. */
  for (guint y = 0; y < years->len; y++)
    {
      int year = g_array_index (years, int, y);
      g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_year (totals, year);

      g_assert_cmpuint (figures->n_lines, >, 0);
      assert_lines_where (project, lines, YEAR, year, figures);
    }
  for (guint f = 0; f < funders->len; f++)
    {
      gint64 funder = g_array_index (funders, gint64, f);
      g_autoptr(NapBudgetFigures) figures = nap_budget_totals_get_funder (totals, funder);

      g_assert_cmpuint (figures->n_lines, >, 0);
      assert_lines_where (project, lines, FUNDER, funder, figures);
    }
  for (guint i = 0; i < lines->len; i++)
    {
      NapBudgetLine *line = g_ptr_array_index (lines, i);
      int year = nap_budget_line_get_year (line);
      gint64 funder = nap_budget_line_get_funder_id (line);

      gboolean found_year = FALSE, found_funder = FALSE;

      for (guint y = 0; y < years->len; y++)
        found_year |= g_array_index (years, int, y) == year;
      for (guint f = 0; f < funders->len; f++)
        found_funder |= g_array_index (funders, gint64, f) == funder;
      g_assert_true (found_year);
      g_assert_true (found_funder);
    }
}

static gpointer
pick (GPtrArray *array)
{
  if (array->len == 0)
    return NULL;
  return g_ptr_array_index (array, (guint) g_test_rand_int_range (0, (gint32) array->len));
}

static void
random_edit (NapProject *project,
             GPtrArray  *actors)
{
  static const char * const currencies[] = { "XOF", "EUR", "USD", "TND", "JPY" };
  static const char * const rates[] = { "655.957", "600.5", "0.5", "212.125", "4.4" };
  g_autoptr(GPtrArray) objectives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  NapObjective *objective;
  NapBudgetLine *line;
  g_autoptr(GError) error = NULL;
  int kind = g_test_rand_int_range (0, 16);

  collect_objectives (nap_project_get_objectives (project), objectives);
  collect_lines (objectives, lines);
  objective = pick (objectives);
  line = pick (lines);
  if (line == NULL && (kind < 6 || kind > 14))
    kind = 6;

  switch (kind)
    {
    case 0:
      nap_project_set_int (project, NAP_RECORD (line), "amount",
                           g_test_rand_int_range (-1000000, G_MAXINT32) * (gint64) g_test_rand_int_range (1, 1000),
                           &error);
      break;
    case 1:
      nap_project_set_string (project, NAP_RECORD (line), "currency",
                              currencies[g_test_rand_int_range (0, G_N_ELEMENTS (currencies))], &error);
      break;
    case 2:
      nap_project_set_int (project, NAP_RECORD (line), "status", g_test_rand_int_range (0, 3), &error);
      break;
    case 3:
      nap_project_set_int (project, NAP_RECORD (line), "year",
                           g_test_rand_bit () ? 0 : g_test_rand_int_range (2010, 2017), &error);
      break;
    case 4:
      {
        NapActor *actor = pick (actors);

        nap_project_set_int (project, NAP_RECORD (line), "funder-id",
                             actor != NULL && g_test_rand_bit () ? nap_record_get_id (NAP_RECORD (actor)) : 0,
                             &error);
      }
      break;
    case 5:
      nap_project_delete_record (project, NAP_RECORD (line), &error);
      break;
    case 6:
    case 7:
      if (objective != NULL)
        add_line (project, objective, g_test_rand_int_range (-1000, 1000000000),
                  currencies[g_test_rand_int_range (0, G_N_ELEMENTS (currencies))],
                  (NapFundingStatus) g_test_rand_int_range (0, 3));
      break;
    case 8:
      /* Refused moves (into itself, too deep) change nothing. */
      if (objective != NULL)
        nap_project_move_objective (project, objective, g_test_rand_bit () ? NULL : pick (objectives),
                                    (guint) g_test_rand_int_range (0, 4), NULL);
      break;
    case 9:
      if (objective != NULL && objectives->len > 12)
        nap_project_delete_objective (project, objective, &error);
      break;
    case 10:
      /* No deeper than a plan may go: the seed decides how deep the tree
       * has grown, and the refusal is tested elsewhere. */
      {
        int level = 0;

        for (NapObjective *up = objective; up != NULL; up = nap_objective_get_parent (up))
          level++;
        if (level >= NAP_MAX_DEPTH)
          objective = NULL;
      }
      add_objective (project, g_test_rand_bit () ? NULL : objective, "Nouvelle action");
      break;
    case 11:
      {
        const char *currency = currencies[g_test_rand_int_range (1, G_N_ELEMENTS (currencies))];
        const char *plan_currency = nap_plan_get_currency (nap_project_get_plan (project));

        if (!g_str_equal (currency, plan_currency))
          set_rate (project, currency, rates[g_test_rand_int_range (0, G_N_ELEMENTS (rates))]);
      }
      break;
    case 12:
      {
        GListModel *list = nap_project_get_exchange_rates (project);

        if (g_list_model_get_n_items (list) > 0)
          {
            g_autoptr(NapRecord) rate = g_list_model_get_item (list, 0);
            nap_project_delete_record (project, rate, &error);
          }
      }
      break;
    case 13:
      if (g_test_rand_int_range (0, 4) == 0)
        nap_project_set_string (project, NAP_RECORD (nap_project_get_plan (project)), "currency",
                                g_test_rand_bit () ? "XOF" : "EUR", &error);
      break;
    case 14:
      if (actors->len > 0 && g_test_rand_int_range (0, 4) == 0)
        {
          NapActor *actor = pick (actors);

          g_ptr_array_remove (actors, actor);
          nap_project_delete_record (project, NAP_RECORD (actor), &error);
        }
      else
        g_ptr_array_add (actors, nap_project_add_actor (project, "Bailleur", NAP_ACTOR_KIND_DONOR, &error));
      break;
    default:
      nap_project_set_string (project, NAP_RECORD (line), "label", "Autre libellé", &error);
      break;
    }
  g_assert_no_error (error);
}

static void
test_random_edits (Fixture       *fixture,
                   gconstpointer  data)
{
  NapProject *project = fixture->project;
  g_autoptr(NapBudgetTotals) totals = nap_budget_totals_new (project);
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  NapObjective *parent = NULL;

  /* A chain six deep to start with, so that edits happen deep too. */
  for (guint i = 0; i < 6; i++)
    parent = add_objective (project, parent, "Niveau");
  for (guint i = 0; i < 8; i++)
    add_objective (project, i % 2 ? NULL : parent, "Action");

  for (guint i = 0; i < 250; i++)
    {
      random_edit (project, actors);
      assert_all_totals (project, totals);
    }

  /* A reload puts new objects in place of all the old ones. */
  nap_project_reload (project, &error);
  g_assert_no_error (error);
  assert_all_totals (project, totals);
  for (guint i = 0; i < 50; i++)
    {
      g_ptr_array_set_size (actors, 0);
      random_edit (project, actors);
    }
  assert_all_totals (project, totals);

  /* And totals made from scratch agree with those kept up to date. */
  {
    g_autoptr(NapBudgetTotals) fresh = nap_budget_totals_new (project);
    assert_all_totals (project, fresh);
  }
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/budget/totals/deep-tree", test_deep_tree),
    NAP_TEST_CASE ("/budget/totals/overflow", test_overflow),
    NAP_TEST_CASE ("/budget/totals/years-and-funders", test_years_and_funders),
    NAP_TEST_CASE ("/budget/totals/signal", test_signal),
    NAP_TEST_CASE ("/budget/totals/random-edits", test_random_edits),
    NAP_TEST_CASE ("/budget/year-in-period", test_year_in_period),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (Fixture, fixture_set_up, fixture_tear_down, cases);

  return g_test_run ();
}
