/* nap-budget-line-costing.c: the costing of the selected budget line
 *
 * Unit cost x quantity x frequency, under the objective editor's budget
 * lines. Once the unit cost and the quantity are set, the line's amount is
 * computed from them, in the same edit, and is no longer typed; a product
 * that does not fit in 64 bits is refused, never wrapped.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-budget-line-list"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-a11y.h"
#include "nap-budget-line-list-private.h"
#include "nap-money.h"
#include "nap-signal-group.h"

enum {
  COSTING_UNIT_COST,
  COSTING_QUANTITY,
  COSTING_FREQUENCY,
  N_COSTING
};

static const char * const costing_properties[N_COSTING] = { "unit-cost", "quantity", "frequency" };

/**
 * nap_budget_line_uses_costing:
 *
 * Returns: whether @line's amount is computed from its unit cost,
 *   quantity and frequency
 */
gboolean
nap_budget_line_uses_costing (NapBudgetLine *line)
{
  return nap_budget_line_get_unit_cost (line) > 0 && nap_budget_line_get_quantity (line) > 0;
}

/* unit cost x quantity x frequency, where a frequency of 0 counts once. */
static gboolean
costing_amount (gint64  unit_cost,
                gint64  quantity,
                gint64  frequency,
                gint64 *amount)
{
  gint64 product;

  if (__builtin_mul_overflow (unit_cost, quantity, &product))
    return FALSE;
  if (frequency > 1 && __builtin_mul_overflow (product, frequency, &product))
    return FALSE;
  *amount = product;
  return TRUE;
}

static gboolean
parse_count (const char  *text,
             gint64      *count,
             char       **message)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint64 number = 0;

  if (*stripped != '\0'
      && !g_ascii_string_to_unsigned (stripped, 10, 0, G_MAXINT64, &number, NULL))
    {
      if (message != NULL)
        /* Translators: %s is what was typed as a quantity or frequency */
        *message = g_strdup_printf (_("“%s” is not a whole number; write digits only, for example 12."),
                                    stripped);
      return FALSE;
    }
  *count = (gint64) number;
  return TRUE;
}

/* Reads what @binding's row holds into @values; FALSE with @message when
 * the text is refused or the costing would overflow.
 */
static gboolean
read_costing (NapBudgetLineList  *self,
              NapFieldBinding    *binding,
              const char         *text,
              gint64              values[N_COSTING],
              char              **message)
{
  NapBudgetLine *line = self->costing_line;
  g_autoptr(GError) error = NULL;
  gint64 amount;
  guint which;

  g_assert (line != NULL);

  values[COSTING_UNIT_COST] = nap_budget_line_get_unit_cost (line);
  values[COSTING_QUANTITY] = nap_budget_line_get_quantity (line);
  values[COSTING_FREQUENCY] = nap_budget_line_get_frequency (line);
  g_ptr_array_find (self->costing_bindings, binding, &which);

  if (which == COSTING_UNIT_COST)
    {
      if (nap_text_is_blank (text))
        values[which] = 0;
      else if (!nap_money_parse (text, nap_budget_line_get_currency (line), &values[which], &error))
        {
          if (message != NULL)
            *message = g_strdup (error->message);
          return FALSE;
        }
      else if (values[which] < 0)
        {
          if (message != NULL)
            *message = g_strdup (_("A unit cost cannot be negative."));
          return FALSE;
        }
    }
  else if (!parse_count (text, &values[which], message))
    return FALSE;

  if (!costing_amount (values[COSTING_UNIT_COST], values[COSTING_QUANTITY], values[COSTING_FREQUENCY], &amount))
    {
      if (message != NULL)
        *message = g_strdup (_("Unit cost × quantity × frequency is too large an amount to count; check the figures."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_costing (NapFieldBinding  *binding,
                  const char       *text,
                  char            **message,
                  gpointer          user_data)
{
  NapBudgetLineList *self = user_data;
  gint64 values[N_COSTING];

  return self->costing_line == NULL || read_costing (self, binding, text, values, message);
}

static gboolean
commit_costing (NapFieldBinding  *binding,
                const char       *text,
                GError          **error,
                gpointer          user_data)
{
  NapBudgetLineList *self = user_data;
  NapBudgetLine *line = self->costing_line;
  gint64 values[N_COSTING];
  gint64 amount = 0;
  gboolean ok;

  if (line == NULL)
    return TRUE;
  if (!read_costing (self, binding, text, values, NULL))
    return FALSE;

  /* The costing and the amount it gives are saved as one edit. */
  if (!nap_project_begin_batch (self->project, error))
    return FALSE;
  ok = TRUE;
  for (guint i = 0; ok && i < N_COSTING; i++)
    {
      gint64 current = 0;

      g_object_get (line, costing_properties[i], &current, NULL);
      if (current != values[i])
        ok = nap_project_set_int (self->project, NAP_RECORD (line), costing_properties[i], values[i], error);
    }
  if (ok && values[COSTING_UNIT_COST] > 0 && values[COSTING_QUANTITY] > 0
      && costing_amount (values[COSTING_UNIT_COST], values[COSTING_QUANTITY], values[COSTING_FREQUENCY], &amount)
      && amount != nap_budget_line_get_amount (line))
    ok = nap_project_set_int (self->project, NAP_RECORD (line), "amount", amount, error);
  return nap_project_end_batch (self->project, ok, ok ? error : NULL) && ok;
}

static void
load_costing (NapBudgetLineList *self)
{
  NapBudgetLine *line = self->costing_line;

  for (guint i = 0; i < N_COSTING; i++)
    {
      NapFieldBinding *binding = g_ptr_array_index (self->costing_bindings, i);
      g_autofree char *text = NULL;
      gint64 value = 0;

      if (nap_field_binding_is_pending (binding))
        continue;
      if (line != NULL)
        g_object_get (line, costing_properties[i], &value, NULL);
      if (value == 0)
        text = NULL;
      else if (i == COSTING_UNIT_COST)
        text = nap_money_format_plain (value, nap_budget_line_get_currency (line));
      else
        text = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      nap_field_binding_set_text (binding, text);
      nap_field_binding_revalidate (binding);
    }
}

void
nap_budget_line_list_update_costing_title (NapBudgetLineList *self)
{
  NapBudgetLine *line = self->costing_line;
  g_autofree char *title = NULL;

  if (line == NULL)
    return;

  if (nap_text_is_blank (nap_budget_line_get_label (line)))
    /* Translators: the heading of the costing of a budget line that has no label */
    title = g_strdup_printf (_("Costing of Line %u"),
                             gtk_single_selection_get_selected (self->selection) + 1);
  else
    /* Translators: the heading of the costing of a budget line: %s is its label */
    title = g_strdup_printf (_("Costing of “%s”"), nap_budget_line_get_label (line));
  adw_preferences_group_set_title (self->costing_group, title);
}

static void
costing_line_notify_cb (NapBudgetLineList *self)
{
  nap_budget_line_list_update_costing_title (self);
  load_costing (self);
}

/* Shows the costing of the selected line. */
void
nap_budget_line_list_update_costing (NapBudgetLineList *self)
{
  NapBudgetLine *line = NULL;

  if (self->selection != NULL)
    line = gtk_single_selection_get_selected_item (self->selection);

  if (line != self->costing_line)
    {
      for (guint i = 0; i < N_COSTING; i++)
        nap_field_binding_set_record (g_ptr_array_index (self->costing_bindings, i),
                                      line != NULL ? self->project : NULL,
                                      NAP_RECORD (line));
      g_set_object (&self->costing_line, line);
      g_signal_group_set_target (self->costing_signals, line);
      load_costing (self);
    }
  nap_budget_line_list_update_costing_title (self);
  gtk_widget_set_visible (GTK_WIDGET (self->costing_group), line != NULL);
}

/* Binds the costing rows of the template. */
void
nap_budget_line_list_init_costing (NapBudgetLineList *self)
{
  AdwEntryRow *rows[N_COSTING];

  rows[COSTING_UNIT_COST] = self->unit_cost_row;
  rows[COSTING_QUANTITY] = self->quantity_row;
  rows[COSTING_FREQUENCY] = self->frequency_row;

  self->costing_signals = nap_signal_group_new (NAP_TYPE_BUDGET_LINE, self,
                                                "notify", G_CALLBACK (costing_line_notify_cb),
                                                NULL);

  self->costing_bindings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < N_COSTING; i++)
    {
      NapFieldBinding *binding = nap_field_binding_new (GTK_WIDGET (rows[i]), NULL);

      nap_field_binding_set_validate_func (binding, validate_costing, self);
      nap_field_binding_set_commit_func (binding, commit_costing, self);
      g_ptr_array_add (self->costing_bindings, binding);
      nap_a11y_label_entry_row (rows[i]);
    }
  /* Every row's refusal shows in the one label under them. */
  nap_field_binding_set_error_label (g_ptr_array_index (self->costing_bindings, COSTING_UNIT_COST),
                                     self->costing_error);
  nap_field_binding_set_error_label (g_ptr_array_index (self->costing_bindings, COSTING_QUANTITY),
                                     self->costing_error);
  nap_field_binding_set_error_label (g_ptr_array_index (self->costing_bindings, COSTING_FREQUENCY),
                                     self->costing_error);
}

/**
 * nap_budget_line_list_flush_costing:
 *
 * Returns: %FALSE when a costing row holds text that could not be saved
 */
gboolean
nap_budget_line_list_flush_costing (NapBudgetLineList *self)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < self->costing_bindings->len; i++)
    ok &= nap_field_binding_flush (g_ptr_array_index (self->costing_bindings, i));
  return ok;
}
