/* nap-exchange-rate-list.c: the plan's exchange rates, to edit
 *
 * One rate per foreign currency: what one unit of it is worth in the plan
 * currency, and the date the rate was set. Rates are typed with the UI
 * locale's decimal separator or a full stop (nap-rate.c reads both), and
 * saved at once like every other field; a rate that cannot be saved is
 * marked with the reason and kept as typed.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-exchange-rate-list"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-date-rules.h"
#include "nap-exchange-rate-list.h"
#include "nap-field-binding.h"
#include "nap-rate.h"
#include "nap-signal-group.h"

struct _NapExchangeRateList
{
  AdwPreferencesGroup  parent_instance;

  NapProject          *project;
  GSignalGroup        *project_signals;
  GSignalGroup        *rates_signals;
  GtkCustomFilter     *filter;

  GtkListBox          *rate_list;
  GtkDropDown         *currency_dropdown;
  GtkEntry            *rate_entry;
  GtkLabel            *plan_currency_label;
  GtkEntry            *date_entry;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (NapExchangeRateList, nap_exchange_rate_list, ADW_TYPE_PREFERENCES_GROUP)

/**
 * nap_currency_label:
 * @entry: (nullable): a currency
 * @user_data: unused
 *
 * The label of a currency in a list, for a GtkDropDown's expression.
 *
 * Returns: (transfer full) (nullable): "XOF — West African CFA franc", or
 *   %NULL for no @entry
 */
char *
nap_currency_label (NapIsoEntry *entry,
                    gpointer     user_data)
{
  if (entry == NULL)
    return NULL;

  /* Translators: a currency in a list, e.g. "XOF — West African CFA franc" */
  return g_strdup_printf (_("%s — %s"), nap_iso_entry_get_code (entry), nap_iso_entry_get_name (entry));
}

static const char *
plan_currency (NapExchangeRateList *self)
{
  return self->project != NULL ? nap_plan_get_currency (nap_project_get_plan (self->project)) : NULL;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
show_error (NapExchangeRateList *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->rate_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->rate_entry), "error");
}

/* A rate's row */

static char *
load_rate (NapFieldBinding *binding,
           const char      *value,
           gpointer         user_data)
{
  return nap_rate_format (value, plan_currency (user_data));
}

static gboolean
validate_rate (NapFieldBinding  *binding,
               const char       *text,
               char            **message,
               gpointer          user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rate = nap_rate_parse (text, plan_currency (user_data), &error);

  if (rate == NULL && message != NULL)
    *message = g_strdup (error->message);
  return rate != NULL;
}

static gboolean
commit_rate (NapFieldBinding  *binding,
             const char       *text,
             GError          **error,
             gpointer          user_data)
{
  NapExchangeRateList *self = user_data;
  NapExchangeRate *record = NAP_EXCHANGE_RATE (nap_field_binding_get_record (binding));
  g_autofree char *rate = nap_rate_parse (text, plan_currency (self), error);

  return rate != NULL
         && nap_project_set_exchange_rate (self->project, nap_exchange_rate_get_currency (record), rate,
                                           nap_exchange_rate_get_set_on (record), error) != NULL;
}

static gboolean
validate_date (NapFieldBinding  *binding,
               const char       *text,
               char            **message,
               gpointer          user_data)
{
  return nap_date_rules_check (text, message);
}

static void
remove_cb (GtkButton           *button,
           NapExchangeRateList *self)
{
  NapRecord *rate = g_object_get_data (G_OBJECT (button), "nap-rate");
  GPtrArray *bindings = g_object_get_data (G_OBJECT (button), "nap-bindings");
  g_autoptr(GError) error = NULL;

  /* What is typed in the row goes with it. */
  for (guint i = 0; i < bindings->len; i++)
    nap_field_binding_set_record (g_ptr_array_index (bindings, i), NULL, NULL);

  if (!nap_project_delete_record (self->project, rate, &error))
    show_error (self, error->message);
}

static GtkWidget *
row_entry (GtkWidget  *box,
           int         width,
           const char *accessible_name)
{
  GtkWidget *entry = gtk_entry_new ();

  /* Narrow, so that the currency's name keeps the room. */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  gtk_box_append (GTK_BOX (box), entry);
  return entry;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  NapExchangeRateList *self = user_data;
  NapExchangeRate *rate = item;
  const char *code = nap_exchange_rate_get_currency (rate);
  const char *name = nap_iso_codes_currency_name (code);
  GPtrArray *bindings = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label, *entry, *button, *error;
  g_autofree char *title = NULL;
  g_autofree char *rate_name = NULL;
  g_autofree char *date_name = NULL;
  g_autofree char *remove_name = NULL;
  NapFieldBinding *binding;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (column, 6);
  gtk_widget_set_margin_bottom (column, 6);
  gtk_widget_set_margin_start (column, 12);
  gtk_widget_set_margin_end (column, 6);

  /* Translators: a currency with a rate: "EUR — Euro" */
  title = g_strdup_printf (_("%s — %s"), code, name != NULL ? name : code);
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_tooltip_text (label, title);
  gtk_box_append (GTK_BOX (box), label);

  /* Translators: the accessible name of a field: %s is a currency code such as EUR */
  rate_name = g_strdup_printf (_("Rate of %s"), code);
  entry = row_entry (box, 8, rate_name);
  binding = nap_field_binding_new (entry, "rate");
  nap_field_binding_set_load_func (binding, load_rate, self);
  nap_field_binding_set_validate_func (binding, validate_rate, self);
  nap_field_binding_set_commit_func (binding, commit_rate, self);
  g_ptr_array_add (bindings, binding);

  label = gtk_label_new (plan_currency (self));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  /* Translators: the accessible name of a field: %s is a currency code such as EUR */
  date_name = g_strdup_printf (_("Date the %s rate was set"), code);
  entry = row_entry (box, 10, date_name);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
  gtk_widget_set_tooltip_text (entry, _("The date the rate was set"));
  binding = nap_field_binding_new (entry, "set-on");
  nap_field_binding_set_validate_func (binding, validate_date, self);
  g_ptr_array_add (bindings, binding);

  /* Translators: a button's accessible name: %s is a currency code such as EUR */
  remove_name = g_strdup_printf (_("Remove the %s Rate"), code);
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, remove_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "nap-rate", g_object_ref (rate), g_object_unref);
  g_object_set_data (G_OBJECT (button), "nap-bindings", bindings);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_cb), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  error = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);

  for (guint i = 0; i < bindings->len; i++)
    {
      nap_field_binding_set_error_label (g_ptr_array_index (bindings, i), GTK_LABEL (error));
      nap_field_binding_set_record (g_ptr_array_index (bindings, i), self->project, NAP_RECORD (rate));
    }

  gtk_box_append (GTK_BOX (column), box);
  gtk_box_append (GTK_BOX (column), error);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), column);
  g_object_set_data_full (G_OBJECT (row), "nap-bindings", bindings, (GDestroyNotify) g_ptr_array_unref);
  return row;
}

/* Adding */

static gboolean
filter_currency (gpointer item,
                 gpointer user_data)
{
  NapExchangeRateList *self = user_data;
  const char *code = nap_iso_entry_get_code (item);
  GListModel *rates;

  if (self->project == NULL || g_strcmp0 (code, plan_currency (self)) == 0)
    return FALSE;

  /* A currency that has a rate is edited in its row. */
  rates = nap_project_get_exchange_rates (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (rates); i++)
    {
      g_autoptr(NapExchangeRate) rate = g_list_model_get_item (rates, i);

      if (g_strcmp0 (nap_exchange_rate_get_currency (rate), code) == 0)
        return FALSE;
    }
  return TRUE;
}

/* Donors mostly pledge in euros and dollars: offer those first. */
static void
select_suggested (NapExchangeRateList *self)
{
  static const char * const suggested[] = { "EUR", "USD" };
  GListModel *model = gtk_drop_down_get_model (self->currency_dropdown);

  for (guint s = 0; s < G_N_ELEMENTS (suggested); s++)
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(NapIsoEntry) entry = g_list_model_get_item (model, i);

        if (g_str_equal (nap_iso_entry_get_code (entry), suggested[s]))
          {
            gtk_drop_down_set_selected (self->currency_dropdown, i);
            return;
          }
      }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  NapExchangeRateList *self = NAP_EXCHANGE_RATE_LIST (widget);
  NapIsoEntry *currency = gtk_drop_down_get_selected_item (self->currency_dropdown);
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *rate = NULL;

  if (self->project == NULL)
    return;

  if (currency == NULL)
    {
      show_error (self, _("Choose the currency of the rate."));
      return;
    }
  rate = nap_rate_parse (gtk_editable_get_text (GTK_EDITABLE (self->rate_entry)), plan_currency (self), &error);
  if (rate == NULL || !nap_date_rules_check (date, &message)
      || nap_project_set_exchange_rate (self->project, nap_iso_entry_get_code (currency), rate, date, &error) == NULL)
    {
      show_error (self, message != NULL ? message : error->message);
      gtk_widget_grab_focus (GTK_WIDGET (message != NULL ? self->date_entry : self->rate_entry));
      return;
    }

  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->rate_entry), "");
  select_suggested (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rate_entry));
}

static void
entry_activate_cb (NapExchangeRateList *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "rates.add", NULL);
}

/* The plan and its currency */

static void
update_plan_currency (NapExchangeRateList *self)
{
  const char *code = plan_currency (self);
  g_autofree char *description = NULL;

  if (code != NULL)
    /* Translators: %s is the plan currency, such as XOF */
    description = g_strdup_printf (_("What one unit of each currency is worth in %s, and the date the rate was set. "
                                     "Budget lines in a currency without a rate are added up apart."),
                                   code);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  gtk_label_set_text (self->plan_currency_label, code != NULL ? code : "");
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
nap_exchange_rate_list_dispose (GObject *object)
{
  NapExchangeRateList *self = NAP_EXCHANGE_RATE_LIST (object);

  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  if (self->rates_signals != NULL)
    g_signal_group_set_target (self->rates_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_EXCHANGE_RATE_LIST);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->rates_signals);
  g_clear_object (&self->filter);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (nap_exchange_rate_list_parent_class)->dispose (object);
}

static void
nap_exchange_rate_list_class_init (NapExchangeRateListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_exchange_rate_list_dispose;

  gtk_widget_class_install_action (widget_class, "rates.add", NULL, add_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-exchange-rate-list.ui");
  gtk_widget_class_bind_template_child (widget_class, NapExchangeRateList, rate_list);
  gtk_widget_class_bind_template_child (widget_class, NapExchangeRateList, currency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NapExchangeRateList, rate_entry);
  gtk_widget_class_bind_template_child (widget_class, NapExchangeRateList, plan_currency_label);
  gtk_widget_class_bind_template_child (widget_class, NapExchangeRateList, date_entry);
  gtk_widget_class_bind_template_child (widget_class, NapExchangeRateList, error_label);
}

static void
nap_exchange_rate_list_init (NapExchangeRateList *self)
{
  g_autoptr(GtkFilterListModel) currencies = NULL;
  g_autofree char *date = today ();
  GtkExpression *expression;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_currency, self, NULL);
  currencies = gtk_filter_list_model_new (g_object_ref (nap_iso_codes_get_currencies ()),
                                          GTK_FILTER (g_object_ref (self->filter)));
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (nap_currency_label), NULL, NULL);
  gtk_drop_down_set_expression (self->currency_dropdown, expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_model (self->currency_dropdown, G_LIST_MODEL (currencies));

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
  g_signal_connect_object (self->rate_entry, "activate", G_CALLBACK (entry_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_entry, "activate", G_CALLBACK (entry_activate_cb), self, G_CONNECT_SWAPPED);

  /* The plan currency may change, and a reload replaces the plan. */
  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "changed", G_CALLBACK (update_plan_currency),
                                                NULL);
  self->rates_signals = nap_signal_group_new (G_TYPE_LIST_MODEL, self,
                                              "items-changed", G_CALLBACK (update_plan_currency),
                                              NULL);
}

/**
 * nap_exchange_rate_list_set_project:
 * @self: a #NapExchangeRateList
 * @project: (nullable): the plan whose rates are listed, or %NULL
 */
void
nap_exchange_rate_list_set_project (NapExchangeRateList *self,
                                    NapProject          *project)
{
  g_return_if_fail (NAP_IS_EXCHANGE_RATE_LIST (self));
  g_return_if_fail (project == NULL || NAP_IS_PROJECT (project));

  nap_exchange_rate_list_flush (self);
  if (!g_set_object (&self->project, project))
    return;

  g_signal_group_set_target (self->project_signals, project);
  g_signal_group_set_target (self->rates_signals, project != NULL ? nap_project_get_exchange_rates (project) : NULL);
  gtk_list_box_bind_model (self->rate_list, project != NULL ? nap_project_get_exchange_rates (project) : NULL,
                           create_row, self, NULL);
  update_plan_currency (self);
  select_suggested (self);
}

/**
 * nap_exchange_rate_list_flush:
 * @self: a #NapExchangeRateList
 *
 * Saves what is typed in the rates' rows.
 *
 * Returns: whether all of it could be saved
 */
gboolean
nap_exchange_rate_list_flush (NapExchangeRateList *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (NAP_IS_EXCHANGE_RATE_LIST (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->rate_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GPtrArray *bindings = g_object_get_data (G_OBJECT (row), "nap-bindings");

      for (guint i = 0; bindings != NULL && i < bindings->len; i++)
        ok &= nap_field_binding_flush (g_ptr_array_index (bindings, i));
    }
  return ok;
}
