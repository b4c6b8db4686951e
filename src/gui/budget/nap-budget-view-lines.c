/* nap-budget-view-lines.c: every budget line of the plan in one list
 *
 * The list is a chain of GListModels over the core's own stores, so that
 * it follows every edit without being rebuilt: the objective tree
 * flattened in outline order (GtkTreeListModel, all expanded), each
 * objective mapped to its list of lines (GtkMapListModel), the lists
 * flattened into one (GtkFlattenListModel), then filtered and sorted. A
 * line added or deleted anywhere is one items-changed; a line edited is a
 * notify that only the rows on screen listen to. With 100 000 lines only
 * the rows in view have widgets.
 *
 * Sorting keeps the rows where they are when an amount is edited (the
 * sort model is not told), so the row being looked at does not jump
 * away; choosing a sort order again sorts the edited values. Filters, on
 * the other hand, are checked again after each edit while one is set, so
 * that a line no longer matching leaves the list.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-budget-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-budget-view-private.h"
#include "nap-money.h"

typedef enum
{
  COLUMN_CODE,
  COLUMN_TITLE,
  COLUMN_LABEL,
  COLUMN_YEAR,
  COLUMN_AMOUNT,
  COLUMN_CURRENCY,
  COLUMN_FUNDER,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

/* Lines and their objectives */

NapObjective *
nap_budget_view_line_objective (NapBudgetView *self,
                                NapBudgetLine *line)
{
  if (self->project == NULL)
    return NULL;
  return nap_project_lookup_objective (self->project, nap_budget_line_get_objective_id (line));
}

NapObjective *
nap_budget_view_line_pillar (NapBudgetView *self,
                             NapBudgetLine *line)
{
  NapObjective *objective = nap_budget_view_line_objective (self, line);

  while (objective != NULL && nap_objective_get_parent (objective) != NULL)
    objective = nap_objective_get_parent (objective);
  return objective;
}

static char *
funder_of (NapBudgetView *self,
           NapBudgetLine *line)
{
  gint64 id = nap_budget_line_get_funder_id (line);
  NapActor *actor = id != 0 && self->project != NULL ? nap_project_lookup_actor (self->project, id) : NULL;

  return g_strdup (actor != NULL ? nap_actor_get_name (actor) : "");
}

static char *
column_text (NapBudgetView *self,
             Column         column,
             NapBudgetLine *line)
{
  NapObjective *objective;

  switch (column)
    {
    case COLUMN_CODE:
      objective = nap_budget_view_line_objective (self, line);
      return g_strdup (objective != NULL ? nap_objective_get_display_code (objective) : "");

    case COLUMN_TITLE:
      objective = nap_budget_view_line_objective (self, line);
      if (objective == NULL)
        return g_strdup ("");
      if (nap_text_is_blank (nap_objective_get_title (objective)))
        return g_strdup (_("Untitled objective"));
      return g_strdup (nap_objective_get_title (objective));

    case COLUMN_LABEL:
      return g_strdup (nap_budget_line_get_label (line));

    case COLUMN_YEAR:
      if (nap_budget_line_get_year (line) == 0)
        return g_strdup ("");
      return g_strdup_printf ("%d", nap_budget_line_get_year (line));

    case COLUMN_AMOUNT:
      return nap_money_format_plain (nap_budget_line_get_amount (line), nap_budget_line_get_currency (line));

    case COLUMN_CURRENCY:
      return g_strdup (nap_budget_line_get_currency (line));

    case COLUMN_FUNDER:
      return funder_of (self, line);

    case COLUMN_STATUS:
      return g_strdup (nap_enum_to_label (NAP_TYPE_FUNDING_STATUS, nap_budget_line_get_status (line)));

    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Cells */

static void
update_cell (GtkListItem *item)
{
  NapBudgetView *self = g_object_get_data (G_OBJECT (item), "nap-view");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "nap-column"));
  NapBudgetLine *line = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  if (line == NULL)
    return;

  text = column_text (self, column, line);
  gtk_label_set_text (GTK_LABEL (label), text);

  /* A year outside the plan period is shown, and flagged. */
  if (column == COLUMN_YEAR && self->project != NULL)
    {
      if (nap_budget_line_year_in_period (line, nap_project_get_plan (self->project)))
        {
          gtk_widget_remove_css_class (label, "warning");
          gtk_widget_set_tooltip_text (label, NULL);
        }
      else
        {
          gtk_widget_add_css_class (label, "warning");
          gtk_widget_set_tooltip_text (label, _("Outside the plan period"));
        }
    }
  if (column == COLUMN_TITLE || column == COLUMN_LABEL)
    gtk_widget_set_tooltip_text (label, text);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          NapBudgetView            *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "nap-column"));
  GtkWidget *label = gtk_label_new (NULL);
  GSignalGroup *signals;

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_AMOUNT ? 1 : 0);
  if (column == COLUMN_TITLE || column == COLUMN_LABEL || column == COLUMN_FUNDER)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
    }
  if (column == COLUMN_AMOUNT || column == COLUMN_YEAR || column == COLUMN_CODE)
    gtk_widget_add_css_class (label, "numeric");
  if (column == COLUMN_CODE)
    gtk_widget_add_css_class (label, "objective-code");

  gtk_list_item_set_child (item, label);
  g_object_set_data (G_OBJECT (item), "nap-view", self);
  g_object_set_data (G_OBJECT (item), "nap-column", GINT_TO_POINTER (column));

  /* A recycled cell follows the record it is bound to: the line, or the
   * objective for its code and title.
   */
  signals = g_signal_group_new (G_TYPE_OBJECT);
  g_signal_group_connect_object (signals, "notify", G_CALLBACK (update_cell), item, G_CONNECT_SWAPPED);
  g_object_set_data_full (G_OBJECT (item), "nap-source-signals", signals, g_object_unref);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         NapBudgetView            *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "nap-column"));
  NapBudgetLine *line = gtk_list_item_get_item (item);
  GObject *source = G_OBJECT (line);

  /* The code and the title are the objective's; the rest, the line's. */
  if (column == COLUMN_CODE || column == COLUMN_TITLE)
    source = G_OBJECT (nap_budget_view_line_objective (self, line));
  g_signal_group_set_target (g_object_get_data (G_OBJECT (item), "nap-source-signals"), source);
  update_cell (item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           NapBudgetView            *self)
{
  g_signal_group_set_target (g_object_get_data (G_OBJECT (item), "nap-source-signals"), NULL);
}

/* Sorting */

/* "1.10" after "1.9": runs of digits compare as numbers. */
static int
compare_codes (const char *a,
               const char *b)
{
  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          const char *da = a, *db = b;
          gsize la, lb;

          while (*da == '0' && g_ascii_isdigit (da[1]))
            da++;
          while (*db == '0' && g_ascii_isdigit (db[1]))
            db++;
          for (a = da; g_ascii_isdigit (*a); a++)
            ;
          for (b = db; g_ascii_isdigit (*b); b++)
            ;
          la = a - da;
          lb = b - db;
          if (la != lb)
            return la < lb ? -1 : 1;
          for (gsize i = 0; i < la; i++)
            if (da[i] != db[i])
              return da[i] < db[i] ? -1 : 1;
        }
      else
        {
          if (*a != *b)
            return (guchar) *a < (guchar) *b ? -1 : 1;
          a++;
          b++;
        }
    }
  return *a == *b ? 0 : (*a == '\0' ? -1 : 1);
}

static int
compare_code_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  NapBudgetView *self = user_data;
  NapObjective *oa = nap_budget_view_line_objective (self, (NapBudgetLine *) a);
  NapObjective *ob = nap_budget_view_line_objective (self, (NapBudgetLine *) b);

  if (oa == NULL || ob == NULL)
    return oa == ob ? GTK_ORDERING_EQUAL : (oa == NULL ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER);
  return gtk_ordering_from_cmpfunc (compare_codes (nap_objective_get_display_code (oa),
                                                   nap_objective_get_display_code (ob)));
}

static char *
title_key (NapBudgetLine *line,
           NapBudgetView *self)
{
  return column_text (self, COLUMN_TITLE, line);
}

static char *
funder_key (NapBudgetLine *line,
            NapBudgetView *self)
{
  return funder_of (self, line);
}

typedef struct
{
  guint  generation;
  gint64 value;
} AmountKey;

/* Lines in different currencies sort by their worth in the plan currency
 * where a rate exists. Sorting asks for it again and again: the worth is
 * kept until the next edit of the plan.
 */
static gint64
amount_key (NapBudgetLine *line,
            NapBudgetView *self)
{
  AmountKey *key = g_hash_table_lookup (self->amount_keys, line);

  if (key == NULL)
    {
      key = g_new (AmountKey, 1);
      key->generation = self->generation - 1;
      g_hash_table_insert (self->amount_keys, line, key);
    }
  if (key->generation != self->generation)
    {
      if (self->project == NULL || !nap_budget_line_convert (self->project, line, &key->value))
        key->value = nap_budget_line_get_amount (line);
      key->generation = self->generation;
    }
  return key->value;
}

static int
compare_amount_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  gint64 ka = amount_key ((NapBudgetLine *) a, user_data);
  gint64 kb = amount_key ((NapBudgetLine *) b, user_data);

  return ka < kb ? GTK_ORDERING_SMALLER : (ka > kb ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL);
}

static int
status_key (NapBudgetLine *line,
            gpointer       user_data)
{
  return nap_budget_line_get_status (line);
}

static GtkSorter *
create_sorter (NapBudgetView *self,
               Column         column)
{
  GtkExpression *expression;

  switch (column)
    {
    case COLUMN_CODE:
      return GTK_SORTER (gtk_custom_sorter_new (compare_code_cb, self, NULL));
    case COLUMN_TITLE:
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (title_key), self, NULL);
      return GTK_SORTER (gtk_string_sorter_new (expression));
    case COLUMN_LABEL:
      expression = gtk_property_expression_new (NAP_TYPE_BUDGET_LINE, NULL, "label");
      return GTK_SORTER (gtk_string_sorter_new (expression));
    case COLUMN_YEAR:
      expression = gtk_property_expression_new (NAP_TYPE_BUDGET_LINE, NULL, "year");
      return GTK_SORTER (gtk_numeric_sorter_new (expression));
    case COLUMN_AMOUNT:
      /* A plain comparison: an expression costs a closure call per look. */
      return GTK_SORTER (gtk_custom_sorter_new (compare_amount_cb, self, NULL));
    case COLUMN_CURRENCY:
      expression = gtk_property_expression_new (NAP_TYPE_BUDGET_LINE, NULL, "currency");
      return GTK_SORTER (gtk_string_sorter_new (expression));
    case COLUMN_FUNDER:
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (funder_key), self, NULL);
      return GTK_SORTER (gtk_string_sorter_new (expression));
    case COLUMN_STATUS:
      expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL,
                                                G_CALLBACK (status_key), NULL, NULL);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Filtering */

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  NapBudgetView *self = user_data;
  NapBudgetLine *line = item;

  if (self->filter_year >= 0 && nap_budget_line_get_year (line) != self->filter_year)
    return FALSE;
  if (self->filter_funder >= 0 && nap_budget_line_get_funder_id (line) != self->filter_funder)
    return FALSE;
  if (self->filter_status >= 0 && (int) nap_budget_line_get_status (line) != self->filter_status)
    return FALSE;
  if (self->filter_currency != NULL
      && g_strcmp0 (nap_budget_line_get_currency (line), self->filter_currency) != 0)
    return FALSE;
  if (self->filter_pillar != NULL && nap_budget_view_line_pillar (self, line) != self->filter_pillar)
    return FALSE;
  return TRUE;
}

gboolean
nap_budget_view_filter_active (NapBudgetView *self)
{
  return self->filter_pillar != NULL || self->filter_year >= 0 || self->filter_funder >= 0
         || self->filter_status >= 0 || self->filter_currency != NULL;
}

/* The model */

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  /* Every node gets its list, even an empty one, so that its first child
   * shows as soon as it is added.
   */
  return g_object_ref (nap_objective_get_children (NAP_OBJECTIVE (item)));
}

static gpointer
map_to_lines (gpointer item,
              gpointer user_data)
{
  GListModel *lines = g_object_ref (nap_objective_get_budget_lines (NAP_OBJECTIVE (item)));

  g_object_unref (item);
  return lines;
}

static void
update_count (NapBudgetView *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *text = NULL;

  if (shown == total)
    /* Translators: how many budget lines the plan has */
    text = g_strdup_printf (ngettext ("%u line", "%u lines", total), total);
  else
    /* Translators: how many budget lines the filters let through, of how many */
    text = g_strdup_printf (ngettext ("%u of %u line", "%u of %u lines", total), shown, total);
  gtk_label_set_text (self->count_label, text);

  gtk_stack_set_visible_child_name (self->lines_stack, total > 0 ? "lines" : "empty");
}

static void
activate_cb (NapBudgetView *self,
             guint          position)
{
  g_autoptr(NapBudgetLine) line = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  NapObjective *objective = line != NULL ? nap_budget_view_line_objective (self, line) : NULL;

  /* Opens the line's objective in the Plan view, to edit the line. */
  if (objective != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-record", "s",
                                nap_record_get_uuid (NAP_RECORD (objective)));
}

void
nap_budget_view_init_lines (NapBudgetView *self)
{
  GtkColumnViewColumn *columns[N_COLUMNS] = {
    self->code_column, self->title_column, self->label_column, self->year_column,
    self->amount_column, self->currency_column, self->funder_column, self->status_column,
  };

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) sorter = create_sorter (self, i);

      g_object_set_data (G_OBJECT (factory), "nap-column", GINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
      gtk_column_view_column_set_factory (columns[i], factory);
      gtk_column_view_column_set_sorter (columns[i], sorter);
    }

  self->amount_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->filter_year = self->filter_funder = self->filter_status = -1;
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->lines = gtk_flatten_list_model_new (NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->lines)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lines, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);
  update_count (self);
}

/* Builds the chain of models over the project's objectives. */
void
nap_budget_view_set_lines_project (NapBudgetView *self)
{
  g_autoptr(GtkMapListModel) map = NULL;

  g_clear_object (&self->objectives);
  if (self->project != NULL)
    {
      self->objectives = gtk_tree_list_model_new (g_object_ref (nap_project_get_objectives (self->project)),
                                                  TRUE, TRUE, create_children, NULL, NULL);
      map = gtk_map_list_model_new (G_LIST_MODEL (g_object_ref (self->objectives)),
                                    map_to_lines, NULL, NULL);
    }
  gtk_flatten_list_model_set_model (self->lines, G_LIST_MODEL (map));
  update_count (self);
}
