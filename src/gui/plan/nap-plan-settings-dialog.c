/* nap-plan-settings-dialog.c: the plan's own fields and level names
 *
 * Like everywhere else, every change is saved at once: there is no Apply
 * button to forget.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-plan-settings-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-a11y.h"
#include "nap-enum-labels.h"
#include "nap-exchange-rate-list.h"
#include "nap-field-binding-group.h"
#include "nap-iso-codes.h"
#include "nap-plan-settings-dialog.h"

struct _NapPlanSettingsDialog
{
  AdwPreferencesWindow  parent_instance;

  NapProject           *project;
  NapPlan              *plan;            /* the record the fields show */
  NapFieldBindingGroup *fields;          /* of the plan's fields */
  GPtrArray            *level_bindings;  /* one per level, from the top */
  guint                 loading : 1;

  AdwPreferencesGroup  *plan_group;
  AdwPreferencesGroup  *period_group;
  AdwPreferencesGroup  *summary_group;
  AdwPreferencesGroup  *references_group;
  AdwPreferencesGroup  *levels_group;
  AdwEntryRow          *title_row;
  GtkDropDown          *country_dropdown;
  AdwEntryRow          *lead_row;
  AdwComboRow          *status_row;
  GtkDropDown          *currency_dropdown;
  NapExchangeRateList  *rate_list;
  AdwEntryRow          *start_row;
  AdwEntryRow          *end_row;
  GtkLabel             *start_error;
  GtkLabel             *end_error;
  GtkTextView          *summary_view;
  GtkListBox           *reference_list;
  GtkEntry             *new_reference_title;
  GtkEntry             *new_reference_target;
  GtkListBox           *level_list;
  GtkLabel             *levels_error;
};

G_DEFINE_FINAL_TYPE (NapPlanSettingsDialog, nap_plan_settings_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void follow_project (NapPlanSettingsDialog *self);

static void
report (NapPlanSettingsDialog *self,
        GError                *error)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
  /* A failed batch reads the plan again. */
  follow_project (self);
}

static NapPlan *
plan (NapPlanSettingsDialog *self)
{
  return nap_project_get_plan (self->project);
}

static gboolean
is_editable (NapPlanSettingsDialog *self)
{
  return self->project != NULL && !nap_project_is_read_only (self->project);
}

/* Dates */

/* Choices from lists */

static guint
find_code (GListModel *list,
           const char *code)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; code != NULL && i < n; i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (list, i);

      if (g_strcmp0 (nap_iso_entry_get_code (entry), code) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
load_choices (NapPlanSettingsDialog *self)
{
  self->loading = TRUE;
  gtk_drop_down_set_selected (self->country_dropdown,
                              find_code (gtk_drop_down_get_model (self->country_dropdown),
                                         nap_plan_get_country (plan (self))));
  gtk_drop_down_set_selected (self->currency_dropdown,
                              find_code (gtk_drop_down_get_model (self->currency_dropdown),
                                         nap_plan_get_currency (plan (self))));
  adw_combo_row_set_selected (self->status_row, nap_plan_get_status (plan (self)));
  self->loading = FALSE;
}

/* Rates are into the plan currency: with another one they would convert
 * budget lines wrongly, and a rate for the new plan currency itself means
 * nothing. So a new plan currency goes with removing the rates, in one
 * edit, once the drafter agrees.
 */
static gboolean
set_currency (NapPlanSettingsDialog  *self,
              const char             *currency,
              GError                **error)
{
  GListModel *rates = nap_project_get_exchange_rates (self->project);
  gboolean ok = nap_project_begin_batch (self->project, error)
                && nap_project_set_string (self->project, NAP_RECORD (plan (self)), "currency", currency, error);

  while (ok && g_list_model_get_n_items (rates) > 0)
    {
      g_autoptr(NapRecord) rate = g_list_model_get_item (rates, 0);

      ok = nap_project_delete_record (self->project, rate, error);
    }
  return nap_project_end_batch (self->project, ok, ok ? error : NULL) && ok;
}

static void
currency_response_cb (AdwMessageDialog      *dialog,
                      const char            *response,
                      NapPlanSettingsDialog *self)
{
  const char *currency = g_object_get_data (G_OBJECT (dialog), "nap-currency");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "change") == 0 && self->project != NULL)
    {
      if (!set_currency (self, currency, &error))
        report (self, error);
      follow_project (self);
    }
  load_choices (self);
}

static void
confirm_currency (NapPlanSettingsDialog *self,
                  const char            *currency)
{
  guint n = g_list_model_get_n_items (nap_project_get_exchange_rates (self->project));
  const char *old = nap_plan_get_currency (plan (self));
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: 1$ the number of exchange rates, 2$ the plan currency now
   * (XOF), 3$ the one chosen (EUR)
   */
  body = g_strdup_printf (ngettext ("The plan’s %1$u exchange rate is into %2$s. Changing the plan currency to %3$s removes it: "
                                    "budget lines in other currencies are then added up apart until you enter rates into %3$s.",
                                    "The plan’s %1$u exchange rates are into %2$s. Changing the plan currency to %3$s removes them: "
                                    "budget lines in other currencies are then added up apart until you enter rates into %3$s.",
                                    n),
                          n, old, currency);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Change the Plan Currency?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "change", _("C_hange and Remove Rates"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "change", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "nap-currency", g_strdup (currency), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (currency_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
code_selected_cb (NapPlanSettingsDialog *self,
                  GParamSpec            *pspec,
                  GtkDropDown           *dropdown)
{
  NapIsoEntry *entry = gtk_drop_down_get_selected_item (dropdown);
  const char *property = dropdown == self->country_dropdown ? "country" : "currency";
  const char *code;
  g_autoptr(GError) error = NULL;

  if (self->loading || entry == NULL || self->project == NULL)
    return;

  code = nap_iso_entry_get_code (entry);
  if (dropdown == self->currency_dropdown
      && g_strcmp0 (code, nap_plan_get_currency (plan (self))) != 0
      && g_list_model_get_n_items (nap_project_get_exchange_rates (self->project)) > 0)
    {
      confirm_currency (self, code);
      return;
    }

  if (!nap_project_set_string (self->project, NAP_RECORD (plan (self)), property, code, &error))
    {
      report (self, error);
      load_choices (self);
    }
}

static void
status_selected_cb (NapPlanSettingsDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);
  g_autoptr(GError) error = NULL;

  if (self->loading || selected == GTK_INVALID_LIST_POSITION || self->project == NULL)
    return;

  if (!nap_project_set_int (self->project, NAP_RECORD (plan (self)), "status", selected, &error))
    {
      report (self, error);
      load_choices (self);
    }
}

/* References */

static gboolean
validate_reference_title (NapFieldBinding  *binding,
                          const char       *text,
                          char            **message,
                          gpointer          user_data)
{
  if (!nap_text_is_blank (text))
    return TRUE;
  if (message != NULL)
    *message = g_strdup (_("A reference needs a title; the empty title is not saved."));
  return FALSE;
}

static void
remove_reference_cb (GtkButton             *button,
                     NapPlanSettingsDialog *self)
{
  NapRecord *reference = g_object_get_data (G_OBJECT (button), "nap-reference");
  GPtrArray *bindings = g_object_get_data (G_OBJECT (button), "nap-bindings");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < bindings->len; i++)
    nap_field_binding_set_record (g_ptr_array_index (bindings, i), NULL, NULL);

  if (!nap_project_delete_record (self->project, reference, &error))
    report (self, error);
}

static GtkWidget *
reference_entry (NapPlanSettingsDialog *self,
                 NapReference          *reference,
                 GPtrArray             *bindings,
                 const char            *property)
{
  gboolean is_title = g_str_equal (property, "title");
  guint number = (guint) nap_reference_get_position (reference) + 1;
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *label = NULL;
  NapFieldBinding *binding;

  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  if (is_title)
    {
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Title"));
      /* Translators: the accessible name of a field; %u is the number of the reference */
      label = g_strdup_printf (_("Title of reference %u"), number);
    }
  else
    {
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Link or file name"));
      /* Translators: the accessible name of a field; %u is the number of the reference */
      label = g_strdup_printf (_("Link or file name of reference %u"), number);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  binding = nap_field_binding_new (entry, property);
  nap_field_binding_set_record (binding, self->project, NAP_RECORD (reference));
  if (is_title)
    nap_field_binding_set_validate_func (binding, validate_reference_title, NULL);
  g_ptr_array_add (bindings, binding);
  return entry;
}

static GtkWidget *
create_reference_row (gpointer item,
                      gpointer user_data)
{
  NapPlanSettingsDialog *self = user_data;
  NapReference *reference = item;
  GPtrArray *bindings = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  gtk_box_append (GTK_BOX (box), reference_entry (self, reference, bindings, "title"));
  gtk_box_append (GTK_BOX (box), reference_entry (self, reference, bindings, "target"));

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove Reference"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Reference"),
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "nap-reference", g_object_ref (reference), g_object_unref);
  g_object_set_data (G_OBJECT (button), "nap-bindings", bindings);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_reference_cb), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "nap-bindings", bindings, (GDestroyNotify) g_ptr_array_unref);
  return row;
}

static void
add_reference_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NapPlanSettingsDialog *self = NAP_PLAN_SETTINGS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->new_reference_title));
  const char *target = gtk_editable_get_text (GTK_EDITABLE (self->new_reference_target));

  if (nap_project_add_reference (self->project, title, target, &error) == NULL)
    {
      report (self, error);
      gtk_widget_grab_focus (GTK_WIDGET (self->new_reference_title));
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->new_reference_title), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_reference_target), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->new_reference_title));
}

/* Levels */

static gboolean
validate_level (NapFieldBinding  *binding,
                const char       *text,
                char            **message,
                gpointer          user_data)
{
  if (!nap_text_is_blank (text))
    return TRUE;
  if (message != NULL)
    *message = g_strdup (_("Every level needs a name; the names are saved once each level has one."));
  return FALSE;
}

static char **
level_names (NapPlanSettingsDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->level_bindings->len; i++)
    {
      g_autofree char *text = nap_field_binding_get_text (g_ptr_array_index (self->level_bindings, i));
      g_strv_builder_add (builder, g_strstrip (text));
    }
  return g_strv_builder_end (builder);
}

static gboolean
commit_levels (NapFieldBinding  *binding,
               const char       *text,
               GError          **error,
               gpointer          user_data)
{
  NapPlanSettingsDialog *self = user_data;
  g_auto(GStrv) names = level_names (self);

  return nap_project_set_level_names (self->project, (const char * const *) names, error);
}

static void
update_level_actions (NapPlanSettingsDialog *self)
{
  guint n = self->level_bindings->len;
  gboolean editable = is_editable (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settings.add-level", editable && n < NAP_MAX_DEPTH);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settings.remove-level", editable && n > 1);
}

static void
load_levels (NapPlanSettingsDialog *self)
{
  GtkListBoxRow *row;
  guint n = nap_project_get_n_levels (self->project);

  for (guint i = 0; i < self->level_bindings->len; i++)
    nap_field_binding_set_commit_func (g_ptr_array_index (self->level_bindings, i), NULL, NULL);
  g_ptr_array_set_size (self->level_bindings, 0);
  while ((row = gtk_list_box_get_row_at_index (self->level_list, 0)) != NULL)
    gtk_list_box_remove (self->level_list, GTK_WIDGET (row));

  for (guint i = 0; i < MAX (n, 1); i++)
    {
      GtkWidget *entry = adw_entry_row_new ();
      g_autofree char *title = NULL;
      NapFieldBinding *binding;

      /* Translators: the title of the field that names the items at one depth of the outline */
      title = g_strdup_printf (_("Level %u"), i + 1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
      nap_a11y_label_entry_row (ADW_ENTRY_ROW (entry));
      gtk_list_box_append (self->level_list, entry);

      binding = nap_field_binding_new (entry, NULL);
      nap_field_binding_set_text (binding, nap_project_get_level_name (self->project, i));
      nap_field_binding_set_validate_func (binding, validate_level, self);
      nap_field_binding_set_commit_func (binding, commit_levels, self);
      nap_field_binding_set_error_label (binding, self->levels_error);
      g_ptr_array_add (self->level_bindings, binding);
    }
  update_level_actions (self);
}

static gboolean
flush_levels (NapPlanSettingsDialog *self)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < self->level_bindings->len; i++)
    ok &= nap_field_binding_flush (g_ptr_array_index (self->level_bindings, i));
  return ok;
}

static void
change_level_count (NapPlanSettingsDialog *self,
                    int                    delta)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  if (!flush_levels (self))
    return;

  names = level_names (self);
  n = g_strv_length (names);
  for (guint i = 0; i < n && (delta >= 0 || i + 1 < n); i++)
    g_strv_builder_add (builder, names[i]);
  if (delta > 0)
    {
      /* Translators: the name a new level of the outline gets until it is renamed */
      g_autofree char *name = g_strdup_printf (_("Level %u"), n + 1);
      g_strv_builder_add (builder, name);
    }
  g_clear_pointer (&names, g_strfreev);
  names = g_strv_builder_end (builder);

  if (!nap_project_set_level_names (self->project, (const char * const *) names, &error))
    {
      report (self, error);
      return;
    }

  load_levels (self);
  if (delta > 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->level_list, (int) n);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
add_level_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  change_level_count (NAP_PLAN_SETTINGS_DIALOG (widget), 1);
}

static void
remove_level_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  change_level_count (NAP_PLAN_SETTINGS_DIALOG (widget), -1);
}

/* Saving and closing */

static gboolean
flush_all (NapPlanSettingsDialog *self)
{
  gboolean ok = TRUE;

  ok &= nap_field_binding_group_flush (self->fields);
  ok &= flush_levels (self);
  ok &= nap_exchange_rate_list_flush (self->rate_list);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->reference_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GPtrArray *bindings = g_object_get_data (G_OBJECT (child), "nap-bindings");

      for (guint i = 0; bindings != NULL && i < bindings->len; i++)
        ok &= nap_field_binding_flush (g_ptr_array_index (bindings, i));
    }
  return ok;
}

static gboolean
nap_plan_settings_dialog_close_request (GtkWindow *window)
{
  flush_all (NAP_PLAN_SETTINGS_DIALOG (window));

  return GTK_WINDOW_CLASS (nap_plan_settings_dialog_parent_class)->close_request (window);
}

static void
nap_plan_settings_dialog_dispose (GObject *object)
{
  NapPlanSettingsDialog *self = NAP_PLAN_SETTINGS_DIALOG (object);

  if (self->fields != NULL && self->project != NULL)
    flush_all (self);
  g_clear_object (&self->fields);
  g_clear_pointer (&self->level_bindings, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_PLAN_SETTINGS_DIALOG);
  g_clear_object (&self->plan);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (nap_plan_settings_dialog_parent_class)->dispose (object);
}

static void
nap_plan_settings_dialog_class_init (NapPlanSettingsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = nap_plan_settings_dialog_dispose;
  window_class->close_request = nap_plan_settings_dialog_close_request;

  g_type_ensure (NAP_TYPE_EXCHANGE_RATE_LIST);

  gtk_widget_class_install_action (widget_class, "settings.add-reference", NULL, add_reference_action);
  gtk_widget_class_install_action (widget_class, "settings.add-level", NULL, add_level_action);
  gtk_widget_class_install_action (widget_class, "settings.remove-level", NULL, remove_level_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-plan-settings-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, plan_group);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, period_group);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, references_group);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, levels_group);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, lead_row);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, currency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, rate_list);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, start_error);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, end_error);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, summary_view);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, reference_list);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, new_reference_title);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, new_reference_target);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, level_list);
  gtk_widget_class_bind_template_child (widget_class, NapPlanSettingsDialog, levels_error);
}

static void
nap_plan_settings_dialog_init (NapPlanSettingsDialog *self)
{
  g_autoptr(GtkStringList) statuses = NULL;
  GtkExpression *expression;
  NapFieldBinding *start, *end;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = nap_field_binding_group_new ();
  self->level_bindings = g_ptr_array_new_with_free_func (g_object_unref);

  nap_field_binding_group_add (self->fields, GTK_WIDGET (self->title_row), "title");
  nap_field_binding_group_add (self->fields, GTK_WIDGET (self->lead_row), "lead-institution");
  nap_field_binding_group_add (self->fields, GTK_WIDGET (self->summary_view), "summary");
  /* The period is checked against the rules of the plan, by the core. */
  start = nap_field_binding_group_add_date (self->fields, GTK_WIDGET (self->start_row), "period-start",
                                            self->start_error);
  end = nap_field_binding_group_add_date (self->fields, GTK_WIDGET (self->end_row), "period-end",
                                          self->end_error);
  nap_field_binding_pair_dates (start, end);

  expression = gtk_property_expression_new (NAP_TYPE_ISO_ENTRY, NULL, "name");
  gtk_drop_down_set_expression (self->country_dropdown, expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_model (self->country_dropdown, nap_iso_codes_get_countries ());

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (nap_currency_label), NULL, NULL);
  gtk_drop_down_set_expression (self->currency_dropdown, expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_model (self->currency_dropdown, nap_iso_codes_get_currencies ());

  statuses = nap_enum_labels_new (NAP_TYPE_PLAN_STATUS);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  g_signal_connect_object (self->country_dropdown, "notify::selected",
                           G_CALLBACK (code_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->currency_dropdown, "notify::selected",
                           G_CALLBACK (code_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_row, "notify::selected",
                           G_CALLBACK (status_selected_cb), self, G_CONNECT_SWAPPED);
}

/* A merge, or an edit that failed inside a batch, reads the whole plan
 * again and replaces every record object. The dialog then shows the new
 * ones and saves into them; the references and rates follow by
 * themselves, their lists being the same objects.
 */
static void
follow_project (NapPlanSettingsDialog *self)
{
  NapPlan *current;

  if (self->project == NULL || self->fields == NULL)
    return;

  current = nap_project_get_plan (self->project);
  if (current == self->plan)
    return;

  /* First, so that saving what is typed, below, does not come back here. */
  g_set_object (&self->plan, current);
  nap_field_binding_group_set_record (self->fields, self->project, NAP_RECORD (current));
  load_choices (self);
  load_levels (self);
}

static void
set_project (NapPlanSettingsDialog *self,
             NapProject            *project)
{
  AdwPreferencesGroup *groups[] = {
    self->plan_group, ADW_PREFERENCES_GROUP (self->rate_list), self->period_group, self->summary_group,
    self->references_group, self->levels_group,
  };
  gboolean editable;

  self->project = g_object_ref (project);
  editable = is_editable (self);

  follow_project (self);
  gtk_list_box_bind_model (self->reference_list, nap_project_get_references (project),
                           create_reference_row, self, NULL);
  nap_exchange_rate_list_set_project (self->rate_list, project);
  g_signal_connect_object (project, "changed", G_CALLBACK (follow_project), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    gtk_widget_set_sensitive (GTK_WIDGET (groups[i]), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settings.add-reference", editable);
  update_level_actions (self);
}

/**
 * nap_plan_settings_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @project: a #NapProject
 *
 * Returns: (transfer none): a modal window, to present; it saves every
 *   change at once and destroys itself when closed
 */
GtkWindow *
nap_plan_settings_dialog_new (GtkWindow  *parent,
                              NapProject *project)
{
  NapPlanSettingsDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);

  self = g_object_new (NAP_TYPE_PLAN_SETTINGS_DIALOG,
                       "transient-for", parent,
                       NULL);
  set_project (self, project);

  return GTK_WINDOW (self);
}
