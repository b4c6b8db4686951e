/* nap-budget-totals.c: running budget totals of an open plan
 *
 * Every objective has running sums of the lines under it, per currency and
 * converted into the plan currency; the plan has them per year and per
 * funder too. When one line changes, only the sums on the path from its
 * objective up to the plan are touched (at most NAP_MAX_DEPTH + 1 of
 * them, plus one year and one funder): with 100,000 lines an edit costs
 * microseconds instead of a rescan.
 *
 * Edits are learnt from the objects themselves: a line's "notify" (whatever
 * changed it: an editor, a merge, the deletion of its funder) and the
 * "items-changed" of each list of children and of lines (added, deleted,
 * moved objectives and lines, and a reload, which empties and refills the
 * lists). Each line remembers what it added, so that it can take exactly
 * that away again. Sums are 128-bit, so that they never wrap while lines
 * come and go; a figure that does not fit in 64 bits is reported as an
 * overflow when it is read.
 *
 * Conversion is line by line, with nap_money_convert(), and the converted
 * amounts are then added up: so the pillars' converted totals add up to
 * the plan's exactly, and so do the converted amounts of the CSV export.
 * The plan currency and the rates are compared with what the sums were made
 * with whenever the plan changes or a figure is read; when they differ,
 * every line is converted again.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "nap-budget-totals-private.h"
#include "nap-money.h"

typedef enum
{
  CONVERTED,
  NO_RATE,
  TOO_LARGE,
} Conversion;

typedef struct _Node Node;

/* A line and what it added to the sums. */
typedef struct
{
  NapBudgetLine *line;
  Node *node;
  gulong handler;
  const char *currency;  /* interned */
  int part;
  gint64 amount;
  int year;
  gint64 funder;
  Conversion conversion;
  gint64 converted;
} LineEntry;

/* An objective (or, at the root, the plan) and the sums under it. */
struct _Node
{
  NapBudgetTotals *totals;
  NapObjective *objective;   /* NULL at the root */
  Node *parent;
  GListModel *children_model;
  GListModel *lines_model;   /* NULL at the root */
  GPtrArray *children;       /* Node, in the order of children_model */
  GPtrArray *lines;          /* LineEntry, in the order of lines_model */
  gulong children_handler;
  gulong lines_handler;
  NapBudgetBucket bucket;
};

struct _NapBudgetTotals
{
  GObject parent_instance;

  NapProject *project;
  gulong changed_handler;
  Node *root;
  GHashTable *nodes;         /* NapObjective -> Node */
  GHashTable *years;         /* year -> NapBudgetBucket */
  GHashTable *funders;       /* gint64 actor id -> NapBudgetBucket */
  const char *plan_currency; /* interned */
  GHashTable *rates;         /* interned currency -> rate text, usable ones */
  char *rates_key;           /* plan currency and rates the sums were made with */
  gboolean dirty;            /* a sum changed since ::changed was last emitted */
  gboolean tearing_down;
};

G_DEFINE_FINAL_TYPE (NapBudgetTotals, nap_budget_totals, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Buckets */

static NapBudgetBucket *
bucket_new (void)
{
  NapBudgetBucket *bucket = g_new0 (NapBudgetBucket, 1);

  bucket->currencies = g_array_new (FALSE, TRUE, sizeof (NapCurrencyTotal));
  return bucket;
}

static void
bucket_free (gpointer data)
{
  NapBudgetBucket *bucket = data;

  g_array_unref (bucket->currencies);
  g_free (bucket);
}

static NapCurrencyTotal *
bucket_currency (NapBudgetBucket *bucket,
                 const char      *currency)
{
  NapCurrencyTotal fresh = { currency, 0, { 0, } };
  guint i;

  for (i = 0; i < bucket->currencies->len; i++)
    {
      NapCurrencyTotal *total = &g_array_index (bucket->currencies, NapCurrencyTotal, i);
      int cmp;

      if (total->currency == currency)
        return total;
      cmp = strcmp (total->currency, currency);
      if (cmp > 0)
        break;
    }
  g_array_insert_val (bucket->currencies, i, fresh);
  return &g_array_index (bucket->currencies, NapCurrencyTotal, i);
}

static void
bucket_add (NapBudgetBucket *bucket,
            const LineEntry *entry,
            int              sign)
{
  NapCurrencyTotal *total = bucket_currency (bucket, entry->currency);
  NapWide amount = (NapWide) entry->amount * sign;

  total->n_lines += sign;
  total->parts[NAP_PART_TOTAL] += amount;
  total->parts[entry->part] += amount;
  if (total->n_lines == 0)
    {
      guint index = (guint) (total - (NapCurrencyTotal *) (gpointer) bucket->currencies->data);
      g_array_remove_index (bucket->currencies, index);
    }

  bucket->n_lines += sign;
  switch (entry->conversion)
    {
    case CONVERTED:
      bucket->converted[NAP_PART_TOTAL] += (NapWide) entry->converted * sign;
      bucket->converted[entry->part] += (NapWide) entry->converted * sign;
      break;
    case NO_RATE:
      bucket->n_unconverted += sign;
      break;
    case TOO_LARGE:
    default:
      bucket->n_overflowed += sign;
      break;
    }
}

/* Adds (@sign 1) or takes away (-1) @entry everywhere it counts. */
static void
apply (NapBudgetTotals *self,
       LineEntry       *entry,
       int              sign)
{
  NapBudgetBucket *bucket;

  if (self->tearing_down)
    return;

  for (Node *node = entry->node; node != NULL; node = node->parent)
    bucket_add (&node->bucket, entry, sign);

  bucket = g_hash_table_lookup (self->years, GINT_TO_POINTER (entry->year));
  if (bucket == NULL)
    {
      bucket = bucket_new ();
      g_hash_table_insert (self->years, GINT_TO_POINTER (entry->year), bucket);
    }
  bucket_add (bucket, entry, sign);
  if (bucket->n_lines == 0)
    g_hash_table_remove (self->years, GINT_TO_POINTER (entry->year));

  bucket = g_hash_table_lookup (self->funders, &entry->funder);
  if (bucket == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = entry->funder;
      bucket = bucket_new ();
      g_hash_table_insert (self->funders, key, bucket);
    }
  bucket_add (bucket, entry, sign);
  if (bucket->n_lines == 0)
    g_hash_table_remove (self->funders, &entry->funder);

  self->dirty = TRUE;
}

/* Lines */

static int
part_of (NapFundingStatus status)
{
  switch (status)
    {
    case NAP_FUNDING_STATUS_SECURED:
      return NAP_PART_SECURED;
    case NAP_FUNDING_STATUS_PLEDGED:
      return NAP_PART_PLEDGED;
    case NAP_FUNDING_STATUS_UNFUNDED:
    default:
      return NAP_PART_UNFUNDED;
    }
}

static void
entry_read (NapBudgetTotals *self,
            LineEntry       *entry)
{
  NapBudgetLine *line = entry->line;
  const char *rate;

  entry->currency = g_intern_string (nap_budget_line_get_currency (line));
  entry->part = part_of (nap_budget_line_get_status (line));
  entry->amount = nap_budget_line_get_amount (line);
  entry->year = nap_budget_line_get_year (line);
  entry->funder = nap_budget_line_get_funder_id (line);

  if (entry->currency == self->plan_currency)
    {
      entry->conversion = CONVERTED;
      entry->converted = entry->amount;
    }
  else if ((rate = g_hash_table_lookup (self->rates, entry->currency)) == NULL)
    entry->conversion = NO_RATE;
  else if (nap_money_convert (entry->amount, entry->currency, self->plan_currency, rate,
                              &entry->converted, NULL))
    entry->conversion = CONVERTED;
  else
    entry->conversion = TOO_LARGE;
}

static void
on_line_notify (NapBudgetLine *line,
                GParamSpec    *pspec,
                LineEntry     *entry)
{
  static const char * const fields[] = { "amount", "currency", "status", "year", "funder-id" };
  NapBudgetTotals *self = entry->node->totals;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (pspec->name, fields[i]))
      {
        apply (self, entry, -1);
        entry_read (self, entry);
        apply (self, entry, 1);
        return;
      }
}

static LineEntry *
entry_new (Node          *node,
           NapBudgetLine *line)
{
  LineEntry *entry = g_new0 (LineEntry, 1);

  entry->line = g_object_ref (line);
  entry->node = node;
  entry_read (node->totals, entry);
  apply (node->totals, entry, 1);
  entry->handler = g_signal_connect (line, "notify", G_CALLBACK (on_line_notify), entry);
  return entry;
}

static void
entry_free (LineEntry *entry)
{
  apply (entry->node->totals, entry, -1);
  g_signal_handler_disconnect (entry->line, entry->handler);
  g_object_unref (entry->line);
  g_free (entry);
}

/* Nodes */

static Node *node_new  (NapBudgetTotals *self,
                        Node            *parent,
                        NapObjective    *objective);
static void  node_free (Node            *node);

static void
on_children_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Node       *node)
{
  for (guint i = 0; i < removed; i++)
    node_free (g_ptr_array_steal_index (node->children, position));

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (node->children, (int) (position + i),
                          node_new (node->totals, node, objective));
    }
}

static void
on_lines_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Node       *node)
{
  for (guint i = 0; i < removed; i++)
    entry_free (g_ptr_array_steal_index (node->lines, position));

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(NapBudgetLine) line = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (node->lines, (int) (position + i), entry_new (node, line));
    }
}

static Node *
node_new (NapBudgetTotals *self,
          Node            *parent,
          NapObjective    *objective)
{
  Node *node = g_new0 (Node, 1);
  guint n;

  node->totals = self;
  node->parent = parent;
  node->children = g_ptr_array_new ();
  node->lines = g_ptr_array_new ();
  node->bucket.currencies = g_array_new (FALSE, TRUE, sizeof (NapCurrencyTotal));

  if (objective != NULL)
    {
      node->objective = g_object_ref (objective);
      node->children_model = g_object_ref (nap_objective_get_children (objective));
      node->lines_model = g_object_ref (nap_objective_get_budget_lines (objective));
      g_hash_table_insert (self->nodes, objective, node);
    }
  else
    node->children_model = g_object_ref (nap_project_get_objectives (self->project));

  n = g_list_model_get_n_items (node->children_model);
  on_children_changed (node->children_model, 0, 0, n, node);
  node->children_handler = g_signal_connect (node->children_model, "items-changed",
                                             G_CALLBACK (on_children_changed), node);

  if (node->lines_model != NULL)
    {
      n = g_list_model_get_n_items (node->lines_model);
      on_lines_changed (node->lines_model, 0, 0, n, node);
      node->lines_handler = g_signal_connect (node->lines_model, "items-changed",
                                              G_CALLBACK (on_lines_changed), node);
    }

  return node;
}

static void
node_free (Node *node)
{
  NapBudgetTotals *self = node->totals;

  g_signal_handler_disconnect (node->children_model, node->children_handler);
  if (node->lines_model != NULL)
    g_signal_handler_disconnect (node->lines_model, node->lines_handler);

  for (guint i = 0; i < node->children->len; i++)
    node_free (g_ptr_array_index (node->children, i));
  for (guint i = 0; i < node->lines->len; i++)
    entry_free (g_ptr_array_index (node->lines, i));

  /* A move may have placed the objective elsewhere already. */
  if (node->objective != NULL && g_hash_table_lookup (self->nodes, node->objective) == node)
    g_hash_table_remove (self->nodes, node->objective);

  g_ptr_array_unref (node->children);
  g_ptr_array_unref (node->lines);
  g_array_unref (node->bucket.currencies);
  g_clear_object (&node->children_model);
  g_clear_object (&node->lines_model);
  g_clear_object (&node->objective);
  g_free (node);
}

/* Rates */

/* Reads the plan currency and the usable rates; returns whether they
 * differ from those the sums were made with.
 */
static gboolean
read_rates (NapBudgetTotals *self)
{
  NapPlan *plan = nap_project_get_plan (self->project);
  GListModel *rates = nap_project_get_exchange_rates (self->project);
  g_autoptr(GString) key = g_string_new (NULL);
  guint n = g_list_model_get_n_items (rates);

  self->plan_currency = g_intern_string (plan != NULL ? nap_plan_get_currency (plan) : "");
  g_string_append (key, self->plan_currency);

  g_hash_table_remove_all (self->rates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapExchangeRate) rate = g_list_model_get_item (rates, i);
      const char *currency = g_intern_string (nap_exchange_rate_get_currency (rate));
      const char *text = nap_exchange_rate_get_rate (rate);

      if (currency == self->plan_currency || !nap_money_rate_is_valid (text, NULL))
        continue;
      g_hash_table_insert (self->rates, (gpointer) currency, g_strdup (text));
      g_string_append_printf (key, " %s=%s", currency, text);
    }

  if (g_strcmp0 (key->str, self->rates_key) == 0)
    return FALSE;
  g_free (self->rates_key);
  self->rates_key = g_string_free (g_steal_pointer (&key), FALSE);
  return TRUE;
}

static void
reconvert (Node *node)
{
  for (guint i = 0; i < node->lines->len; i++)
    {
      LineEntry *entry = g_ptr_array_index (node->lines, i);
      LineEntry fresh = *entry;

      /* Only the lines whose conversion changed: a rate for a currency
       * no line uses changes no total.
       */
      entry_read (node->totals, &fresh);
      if (fresh.conversion == entry->conversion && fresh.converted == entry->converted)
        continue;
      apply (node->totals, entry, -1);
      *entry = fresh;
      apply (node->totals, entry, 1);
    }
  for (guint i = 0; i < node->children->len; i++)
    reconvert (g_ptr_array_index (node->children, i));
}

/* Makes the sums follow a new plan currency or new rates. */
static void
ensure_rates (NapBudgetTotals *self)
{
  if (read_rates (self))
    reconvert (self->root);
}

static void
on_project_changed (NapProject      *project,
                    NapBudgetTotals *self)
{
  ensure_rates (self);
  if (self->dirty)
    {
      self->dirty = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

/* Object */

static void
nap_budget_totals_dispose (GObject *object)
{
  NapBudgetTotals *self = NAP_BUDGET_TOTALS (object);

  self->tearing_down = TRUE;
  g_clear_pointer (&self->root, node_free);
  g_clear_signal_handler (&self->changed_handler, self->project);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (nap_budget_totals_parent_class)->dispose (object);
}

static void
nap_budget_totals_finalize (GObject *object)
{
  NapBudgetTotals *self = NAP_BUDGET_TOTALS (object);

  g_hash_table_unref (self->nodes);
  g_hash_table_unref (self->years);
  g_hash_table_unref (self->funders);
  g_hash_table_unref (self->rates);
  g_free (self->rates_key);

  G_OBJECT_CLASS (nap_budget_totals_parent_class)->finalize (object);
}

static void
nap_budget_totals_class_init (NapBudgetTotalsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_budget_totals_dispose;
  object_class->finalize = nap_budget_totals_finalize;

  /**
   * NapBudgetTotals::changed:
   *
   * Emitted once after each committed edit that changed a total, and
   * after an import, merge or reload, for views that show them.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
nap_budget_totals_init (NapBudgetTotals *self)
{
  self->nodes = g_hash_table_new (NULL, NULL);
  self->years = g_hash_table_new_full (NULL, NULL, NULL, bucket_free);
  self->funders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, bucket_free);
  self->rates = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

/**
 * nap_budget_totals_new:
 * @project: a #NapProject
 *
 * Adds up every budget line of @project, and keeps the sums up to date as
 * the plan is edited.
 *
 * Returns: (transfer full): the totals
 */
NapBudgetTotals *
nap_budget_totals_new (NapProject *project)
{
  NapBudgetTotals *self;

  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);

  self = g_object_new (NAP_TYPE_BUDGET_TOTALS, NULL);
  self->project = g_object_ref (project);
  read_rates (self);
  self->root = node_new (self, NULL, NULL);
  self->dirty = FALSE;
  /* After the project's own handlers: views connected to the project
   * see the new sums already, and ours follows the edit.
   */
  self->changed_handler = g_signal_connect (project, "changed",
                                            G_CALLBACK (on_project_changed), self);
  return self;
}

/**
 * nap_budget_totals_get_project:
 * @self: a #NapBudgetTotals
 *
 * Returns: (transfer none): the project whose lines are added up
 */
NapProject *
nap_budget_totals_get_project (NapBudgetTotals *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_TOTALS (self), NULL);

  return self->project;
}

/**
 * nap_budget_totals_get_plan:
 * @self: a #NapBudgetTotals
 *
 * Returns: (transfer full): the figures of every line of the plan
 */
NapBudgetFigures *
nap_budget_totals_get_plan (NapBudgetTotals *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_TOTALS (self), NULL);

  ensure_rates (self);
  return nap_budget_figures_new (&self->root->bucket, self->plan_currency, self->rates);
}

/**
 * nap_budget_totals_get_objective:
 * @self: a #NapBudgetTotals
 * @objective: a #NapObjective
 *
 * Returns: (transfer full): the figures of @objective and everything under
 *   it; empty for an objective that is not in the plan
 */
NapBudgetFigures *
nap_budget_totals_get_objective (NapBudgetTotals *self,
                                 NapObjective    *objective)
{
  Node *node;

  g_return_val_if_fail (NAP_IS_BUDGET_TOTALS (self), NULL);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), NULL);

  ensure_rates (self);
  node = g_hash_table_lookup (self->nodes, objective);
  return nap_budget_figures_new (node != NULL ? &node->bucket : NULL, self->plan_currency, self->rates);
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int ia = *(const int *) a, ib = *(const int *) b;

  return ia < ib ? -1 : ia > ib;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 ia = *(const gint64 *) a, ib = *(const gint64 *) b;

  return ia < ib ? -1 : ia > ib;
}

/**
 * nap_budget_totals_get_years:
 * @self: a #NapBudgetTotals
 *
 * Returns: (transfer full) (element-type int): the years that have budget
 *   lines, in order
 */
GArray *
nap_budget_totals_get_years (NapBudgetTotals *self)
{
  GArray *years;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (NAP_IS_BUDGET_TOTALS (self), NULL);

  years = g_array_new (FALSE, FALSE, sizeof (int));
  g_hash_table_iter_init (&iter, self->years);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      int year = GPOINTER_TO_INT (key);
      g_array_append_val (years, year);
    }
  g_array_sort (years, compare_int);
  return years;
}

/**
 * nap_budget_totals_get_year:
 * @self: a #NapBudgetTotals
 *
 * Returns: (transfer full): the figures of the lines of @year; empty if
 *   there are none
 */
NapBudgetFigures *
nap_budget_totals_get_year (NapBudgetTotals *self,
                            int              year)
{
  g_return_val_if_fail (NAP_IS_BUDGET_TOTALS (self), NULL);

  ensure_rates (self);
  return nap_budget_figures_new (g_hash_table_lookup (self->years, GINT_TO_POINTER (year)), self->plan_currency, self->rates);
}

/**
 * nap_budget_totals_get_funders:
 * @self: a #NapBudgetTotals
 *
 * Returns: (transfer full) (element-type gint64): the ids of the actors that
 *   fund a line, in order
 */
GArray *
nap_budget_totals_get_funders (NapBudgetTotals *self)
{
  GArray *funders;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (NAP_IS_BUDGET_TOTALS (self), NULL);

  funders = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_hash_table_iter_init (&iter, self->funders);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (funders, *(gint64 *) key);
  g_array_sort (funders, compare_int64);
  return funders;
}

/**
 * nap_budget_totals_get_funder:
 * @self: a #NapBudgetTotals
 *
 * Returns: (transfer full): the figures of the lines @funder_id funds; empty
 *   if there are none
 */
NapBudgetFigures *
nap_budget_totals_get_funder (NapBudgetTotals *self,
                              gint64           funder_id)
{
  g_return_val_if_fail (NAP_IS_BUDGET_TOTALS (self), NULL);

  ensure_rates (self);
  return nap_budget_figures_new (g_hash_table_lookup (self->funders, &funder_id), self->plan_currency, self->rates);
}

