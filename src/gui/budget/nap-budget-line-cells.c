/* nap-budget-line-cells.c: the editable cells of the budget line list
 *
 * Each cell edits one field of the line its row shows. Text cells save
 * through a NapFieldBinding (Enter, leaving the cell, or a pause in
 * typing); an amount or a year that cannot be saved is marked as soon as
 * it is typed, with the reason under the list and as the cell's accessible
 * description, and the stored value stays what it was. Drop-downs save
 * when a value is picked.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-budget-line-list"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-budget-line-list-private.h"
#include "nap-choice-factory.h"
#include "nap-enum-labels.h"
#include "nap-iso-codes.h"
#include "nap-money.h"

typedef enum
{
  COLUMN_LABEL,
  COLUMN_YEAR,
  COLUMN_AMOUNT,
  COLUMN_CURRENCY,
  COLUMN_FUNDER,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

typedef struct
{
  NapBudgetLineList *list;     /* NULL once the list is gone */
  GtkListItem       *item;     /* owns the cell */
  Column             column;
  GtkWidget         *widget;
  GtkColumnViewColumn *view_column;
  NapFieldBinding   *binding;  /* text cells */
  NapBudgetLine     *line;     /* the line shown, while bound */
  GSignalGroup      *line_signals; /* of line; the cell owns it */
  guint              loading : 1;
} Cell;

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  if (cell->list != NULL)
    {
      if (cell->list->error_owner == cell)
        nap_budget_line_list_show_refusal (cell->list, cell, NULL);
      g_hash_table_remove (cell->list->cells, cell);
    }
  g_clear_object (&cell->line_signals);
  g_clear_object (&cell->line);
  g_clear_object (&cell->binding);
  g_free (cell);
}

/* Marks the cell with @css_class, "error" or "warning", and says why in
 * its tooltip and accessible description; %NULL takes the mark away.
 */
static void
cell_mark (Cell       *cell,
           const char *css_class,
           const char *message)
{
  gtk_widget_remove_css_class (cell->widget, "error");
  gtk_widget_remove_css_class (cell->widget, "warning");
  gtk_widget_set_tooltip_text (cell->widget, message);
  if (message != NULL)
    {
      gtk_widget_add_css_class (cell->widget, css_class);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Marks the cell's text as refused (@message) or fine (%NULL). */
static void
cell_show_refusal (Cell       *cell,
                   const char *message)
{
  cell_mark (cell, "error", message);
  if (cell->list != NULL)
    nap_budget_line_list_show_refusal (cell->list, cell, message);
}

/* A year out of the plan period is kept, but flagged. */
static void
cell_show_year_warning (Cell *cell)
{
  g_autofree char *warning = NULL;

  if (gtk_widget_has_css_class (cell->widget, "error"))
    return;
  if (cell->line != NULL && cell->list != NULL)
    warning = nap_budget_line_list_period_warning (cell->list, nap_budget_line_get_year (cell->line));
  cell_mark (cell, "warning", warning);
}

/* Validating and saving the text cells */

static gboolean
validate_year (NapFieldBinding  *binding,
               const char       *text,
               char            **message,
               gpointer          user_data)
{
  Cell *cell = user_data;

  if (cell->list == NULL)
    return TRUE;
  return nap_budget_line_list_check_year (cell->list, text, NULL, message);
}

static gboolean
commit_year (NapFieldBinding  *binding,
             const char       *text,
             GError          **error,
             gpointer          user_data)
{
  Cell *cell = user_data;
  int year = 0;

  if (cell->line == NULL || cell->list == NULL)
    return TRUE;
  if (!nap_budget_line_list_check_year (cell->list, text, &year, NULL))
    return FALSE;
  if (year == nap_budget_line_get_year (cell->line))
    return TRUE;
  return nap_project_set_int (cell->list->project, NAP_RECORD (cell->line), "year", year, error);
}

static gboolean
validate_amount (NapFieldBinding  *binding,
                 const char       *text,
                 char            **message,
                 gpointer          user_data)
{
  Cell *cell = user_data;
  g_autoptr(GError) error = NULL;
  gint64 amount;

  if (cell->line == NULL)
    return TRUE;

  if (nap_text_is_blank (text))
    {
      if (message != NULL)
        *message = g_strdup (_("Type an amount; write 0 if the line costs nothing yet."));
      return FALSE;
    }
  if (!nap_money_parse (text, nap_budget_line_get_currency (cell->line), &amount, &error))
    {
      if (message != NULL)
        *message = g_strdup (error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
commit_amount (NapFieldBinding  *binding,
               const char       *text,
               GError          **error,
               gpointer          user_data)
{
  Cell *cell = user_data;
  gint64 amount;

  if (cell->line == NULL || cell->list == NULL)
    return TRUE;
  if (!nap_money_parse (text, nap_budget_line_get_currency (cell->line), &amount, error))
    return FALSE;
  if (amount == nap_budget_line_get_amount (cell->line))
    return TRUE;
  return nap_project_set_int (cell->list->project, NAP_RECORD (cell->line), "amount", amount, error);
}

/* Marks a refused amount or year at once, as it is typed. */
static void
text_changed_cb (Cell *cell)
{
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (cell->loading || cell->line == NULL)
    return;

  text = nap_field_binding_get_text (cell->binding);
  if (cell->column == COLUMN_AMOUNT)
    ok = validate_amount (cell->binding, text, &message, cell);
  else
    ok = validate_year (cell->binding, text, &message, cell);

  cell_show_refusal (cell, ok ? NULL : message);
  if (ok && cell->column == COLUMN_YEAR)
    cell_show_year_warning (cell);
}

/* Showing the line */

static guint
find_currency (const char *code)
{
  GListModel *currencies = nap_iso_codes_get_currencies ();
  guint n = g_list_model_get_n_items (currencies);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (currencies, i);

      if (g_strcmp0 (nap_iso_entry_get_code (entry), code) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static guint
find_funder (GListModel *funders,
             gint64      funder_id)
{
  guint n = g_list_model_get_n_items (funders);

  if (funder_id == 0)
    return 0;
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (funders, i);

      if (NAP_IS_ACTOR (item) && nap_record_get_id (NAP_RECORD (item)) == funder_id)
        return i;
    }
  return 0;
}

static void
cell_set_text (Cell       *cell,
               const char *text)
{
  if (nap_field_binding_is_pending (cell->binding))
    return;

  cell->loading = TRUE;
  nap_field_binding_set_text (cell->binding, text);
  cell->loading = FALSE;
  cell_show_refusal (cell, NULL);
}

static void
cell_update (Cell *cell)
{
  NapBudgetLine *line = cell->line;

  if (line == NULL || cell->list == NULL)
    return;

  cell->loading = TRUE;
  switch (cell->column)
    {
    case COLUMN_YEAR:
      {
        int year = nap_budget_line_get_year (line);
        g_autofree char *text = year != 0 ? g_strdup_printf ("%d", year) : NULL;

        cell->loading = FALSE;
        cell_set_text (cell, text);
        cell_show_year_warning (cell);
      }
      break;

    case COLUMN_AMOUNT:
      {
        g_autofree char *text = nap_money_format_plain (nap_budget_line_get_amount (line),
                                                        nap_budget_line_get_currency (line));
        gboolean computed = nap_budget_line_uses_costing (line);

        cell->loading = FALSE;
        cell_set_text (cell, text);
        gtk_editable_set_editable (GTK_EDITABLE (cell->widget), !computed);
        if (computed)
          gtk_widget_add_css_class (cell->widget, "dim-label");
        else
          gtk_widget_remove_css_class (cell->widget, "dim-label");
        if (computed)
          gtk_widget_set_tooltip_text (cell->widget, _("Computed from the costing below"));
      }
      break;

    case COLUMN_CURRENCY:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->widget),
                                  find_currency (nap_budget_line_get_currency (line)));
      break;

    case COLUMN_FUNDER:
      if (gtk_drop_down_get_model (GTK_DROP_DOWN (cell->widget)) != cell->list->funders)
        gtk_drop_down_set_model (GTK_DROP_DOWN (cell->widget), cell->list->funders);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->widget),
                                  find_funder (cell->list->funders, nap_budget_line_get_funder_id (line)));
      break;

    case COLUMN_STATUS:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->widget), nap_budget_line_get_status (line));
      break;

    case COLUMN_LABEL:
    case N_COLUMNS:
    default:
      /* The binding loads the label itself. */
      break;
    }
  cell->loading = FALSE;
}

static void
cell_update_name (Cell *cell)
{
  g_autofree char *name = NULL;
  GtkWidget *target = cell->widget;

  /* Translators: how a screen reader names a cell of the budget lines:
   * the column, then the line's number, e.g. "Amount, line 2"
   */
  name = g_strdup_printf (_("%s, line %u"),
                          gtk_column_view_column_get_title (cell->view_column),
                          gtk_list_item_get_position (cell->item) + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (target),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  /* The text inside an entry is what takes the focus: name it too. */
  if (GTK_IS_ENTRY (target) && gtk_editable_get_delegate (GTK_EDITABLE (target)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (target))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
}

/* Editing through the drop-downs */

static void
selected_cb (Cell *cell)
{
  NapBudgetLineList *self = cell->list;
  GtkDropDown *dropdown = GTK_DROP_DOWN (cell->widget);
  guint selected = gtk_drop_down_get_selected (dropdown);
  gpointer item = gtk_drop_down_get_selected_item (dropdown);
  gboolean ok = TRUE;

  if (cell->loading || cell->line == NULL || self == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  switch (cell->column)
    {
    case COLUMN_CURRENCY:
      if (NAP_IS_ISO_ENTRY (item))
        ok = nap_budget_line_list_set_currency (self, cell->line, nap_iso_entry_get_code (item));
      break;

    case COLUMN_FUNDER:
      ok = nap_budget_line_list_commit (self, cell->line, "funder-id",
                                        NAP_IS_ACTOR (item) ? nap_record_get_id (NAP_RECORD (item)) : 0);
      break;

    case COLUMN_STATUS:
      ok = nap_budget_line_list_commit (self, cell->line, "status", selected);
      break;

    case COLUMN_LABEL:
    case COLUMN_YEAR:
    case COLUMN_AMOUNT:
    case N_COLUMNS:
    default:
      break;
    }

  /* A refused choice goes back to what is saved. */
  if (!ok)
    cell_update (cell);
}

/* The factories */

static void
focus_enter_cb (Cell *cell)
{
  /* Editing a cell selects its line, for Duplicate, Delete and the costing. */
  if (cell->list != NULL && cell->line != NULL)
    gtk_single_selection_set_selected (cell->list->selection, gtk_list_item_get_position (cell->item));
}

static void
position_notify_cb (Cell *cell)
{
  cell_update_name (cell);
}

static char *
currency_code (gpointer entry)
{
  return entry != NULL ? g_strdup (nap_iso_entry_get_code (entry)) : NULL;
}

static char *
currency_label (gpointer entry)
{
  if (entry == NULL)
    return NULL;
  /* Translators: a currency in a list: its code, then its name, as in
   * "XOF — CFA Franc BCEAO" */
  return g_strdup_printf (C_("currency", "%s — %s"),
                          nap_iso_entry_get_code (entry),
                          nap_iso_entry_get_name (entry));
}

static char *
funder_name (gpointer item)
{
  if (NAP_IS_ACTOR (item))
    return g_strdup (nap_actor_get_name (NAP_ACTOR (item)));
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return NULL;
}


static GtkWidget *
create_entry (Cell *cell)
{
  GtkWidget *entry = gtk_entry_new ();

  cell->binding = nap_field_binding_new (entry, cell->column == COLUMN_LABEL ? "label" : NULL);
  switch (cell->column)
    {
    case COLUMN_YEAR:
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_DIGITS);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 4);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 5);
      nap_field_binding_set_validate_func (cell->binding, validate_year, cell);
      nap_field_binding_set_commit_func (cell->binding, commit_year, cell);
      break;

    case COLUMN_AMOUNT:
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
      gtk_widget_add_css_class (entry, "numeric");
      nap_field_binding_set_validate_func (cell->binding, validate_amount, cell);
      nap_field_binding_set_commit_func (cell->binding, commit_amount, cell);
      break;

    case COLUMN_LABEL:
    case COLUMN_CURRENCY:
    case COLUMN_FUNDER:
    case COLUMN_STATUS:
    case N_COLUMNS:
    default:
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
      break;
    }

  /* Connected after the binding's own handler, which clears an error. */
  if (cell->column != COLUMN_LABEL)
    {
      g_signal_connect_swapped (entry, "changed", G_CALLBACK (text_changed_cb), cell);
      /* Once saved, the number reads as the locale writes it. */
      g_signal_connect_swapped (cell->binding, "committed", G_CALLBACK (cell_update), cell);
    }
  return entry;
}

/* A drop-down of @model whose list can be searched by what it shows. */
static void
setup_searchable (GtkDropDown       *dropdown,
                  GListModel        *model,
                  NapChoiceTextFunc  button_text,
                  NapChoiceTextFunc  list_text)
{
  g_autoptr(GtkListItemFactory) button = nap_choice_factory_new (TRUE, button_text);
  g_autoptr(GtkListItemFactory) list = nap_choice_factory_new (FALSE, list_text);
  g_autoptr(GtkExpression) expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                     G_CALLBACK (list_text), NULL, NULL);

  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_enable_search (dropdown, TRUE);
  gtk_drop_down_set_model (dropdown, model);
  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

static GtkWidget *
create_dropdown (NapBudgetLineList *self,
                 Cell              *cell)
{
  GtkWidget *dropdown = gtk_drop_down_new (NULL, NULL);

  switch (cell->column)
    {
    case COLUMN_CURRENCY:
      /* The cell shows the code alone; the list, the code and the name. */
      setup_searchable (GTK_DROP_DOWN (dropdown), nap_iso_codes_get_currencies (),
                        currency_code, currency_label);
      break;

    case COLUMN_FUNDER:
      setup_searchable (GTK_DROP_DOWN (dropdown), self->funders, funder_name, funder_name);
      break;

    case COLUMN_STATUS:
      {
        g_autoptr(GtkStringList) labels = nap_enum_labels_new (NAP_TYPE_FUNDING_STATUS);

        gtk_drop_down_set_model (GTK_DROP_DOWN (dropdown), G_LIST_MODEL (labels));
      }
      break;

    case COLUMN_LABEL:
    case COLUMN_YEAR:
    case COLUMN_AMOUNT:
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (selected_cb), cell);
  return dropdown;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          NapBudgetLineList        *self)
{
  Cell *cell = g_new0 (Cell, 1);
  GtkEventController *focus;

  cell->list = self;
  cell->item = item;
  cell->column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "nap-column"));
  cell->view_column = g_object_get_data (G_OBJECT (factory), "nap-view-column");
  /* The cell is a struct, not an object: it owns the group, which
   * disconnects the handler when the cell is freed.
   */
  cell->line_signals = g_signal_group_new (NAP_TYPE_BUDGET_LINE);
  g_signal_group_connect_swapped (cell->line_signals, "notify", G_CALLBACK (cell_update), cell);

  if (cell->column == COLUMN_LABEL || cell->column == COLUMN_YEAR || cell->column == COLUMN_AMOUNT)
    cell->widget = create_entry (cell);
  else
    cell->widget = create_dropdown (self, cell);

  /* The row is what a click selects; the cells keep the keyboard. */
  gtk_list_item_set_activatable (item, FALSE);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_enter_cb), cell);
  gtk_widget_add_controller (cell->widget, focus);
  g_signal_connect_swapped (item, "notify::position", G_CALLBACK (position_notify_cb), cell);

  gtk_list_item_set_child (item, cell->widget);
  g_object_set_data_full (G_OBJECT (item), "nap-cell", cell, cell_free);
  g_hash_table_add (self->cells, cell);
}

static gboolean
grab_focus_idle (gpointer data)
{
  GtkWidget *widget = data;

  gtk_widget_grab_focus (widget);
  g_object_unref (widget);
  return G_SOURCE_REMOVE;
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         NapBudgetLineList        *self)
{
  Cell *cell = g_object_get_data (G_OBJECT (item), "nap-cell");
  NapBudgetLine *line = gtk_list_item_get_item (item);

  g_set_object (&cell->line, line);
  g_signal_group_set_target (cell->line_signals, line);
  if (cell->binding != NULL)
    {
      cell->loading = TRUE;
      nap_field_binding_set_record (cell->binding, self->project, NAP_RECORD (line));
      cell->loading = FALSE;
    }
  cell_update (cell);
  cell_update_name (cell);

  /* A new line: type its label at once. */
  if (cell->column == COLUMN_LABEL && line == self->focus_pending)
    {
      self->focus_pending = NULL;
      g_idle_add (grab_focus_idle, g_object_ref (cell->widget));
    }
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           NapBudgetLineList        *self)
{
  Cell *cell = g_object_get_data (G_OBJECT (item), "nap-cell");

  /* Saves what was typed in the cell before it shows another line; text
   * that could not be saved is dropped with the row, not shown on the
   * next line.
   */
  if (cell->binding != NULL)
    {
      nap_field_binding_set_record (cell->binding, NULL, NULL);
      cell->loading = TRUE;
      nap_field_binding_set_text (cell->binding, NULL);
      cell->loading = FALSE;
    }
  g_signal_group_set_target (cell->line_signals, NULL);
  g_clear_object (&cell->line);
  cell_show_refusal (cell, NULL);
}

/**
 * nap_budget_line_list_init_cells:
 *
 * Gives every column its factory.
 */
void
nap_budget_line_list_init_cells (NapBudgetLineList *self)
{
  GtkColumnViewColumn *columns[N_COLUMNS] = {
    self->label_column, self->year_column, self->amount_column,
    self->currency_column, self->funder_column, self->status_column,
  };

  self->cells = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_object_set_data (G_OBJECT (factory), "nap-column", GINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (factory), "nap-view-column", columns[i]);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
      gtk_column_view_column_set_factory (columns[i], factory);
    }
}

/* Lets the cells outlive the list without pointing back at it. */
void
nap_budget_line_list_dispose_cells (NapBudgetLineList *self)
{
  GHashTableIter iter;
  gpointer key;

  if (self->cells == NULL)
    return;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    ((Cell *) key)->list = NULL;
  g_clear_pointer (&self->cells, g_hash_table_unref);
}

/**
 * nap_budget_line_list_flush_cells:
 *
 * Returns: %FALSE when a cell holds text that could not be saved
 */
gboolean
nap_budget_line_list_flush_cells (NapBudgetLineList *self)
{
  /* A copy: saving may make cells come and go. */
  g_autoptr(GList) cells = g_hash_table_get_keys (self->cells);
  gboolean ok = TRUE;

  for (GList *l = cells; l != NULL; l = l->next)
    {
      Cell *cell = l->data;

      if (cell->binding != NULL && cell->line != NULL)
        ok &= nap_field_binding_flush (cell->binding);
    }
  return ok;
}

/* Shows every line again, for when the plan period or the actors changed. */
void
nap_budget_line_list_refresh_cells (NapBudgetLineList *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    cell_update (key);
}

/* Drops what was typed for @line, which is about to be deleted. */
void
nap_budget_line_list_forget_line (NapBudgetLineList *self,
                                  NapBudgetLine     *line)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      Cell *cell = key;

      if (cell->line == line && cell->binding != NULL && nap_field_binding_is_pending (cell->binding))
        {
          cell->loading = TRUE;
          nap_field_binding_set_text (cell->binding, NULL);
          cell->loading = FALSE;
          cell_show_refusal (cell, NULL);
        }
    }
}

/* Puts the cursor in @line's label, now or once its row is shown. */
void
nap_budget_line_list_focus_label (NapBudgetLineList *self,
                                  NapBudgetLine     *line)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      Cell *cell = key;

      if (cell->line == line && cell->column == COLUMN_LABEL)
        {
          self->focus_pending = NULL;
          g_idle_add (grab_focus_idle, g_object_ref (cell->widget));
          return;
        }
    }
  self->focus_pending = line;
}
