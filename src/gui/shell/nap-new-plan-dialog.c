/* nap-new-plan-dialog.c: the form that makes a new plan file
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-drafter"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nap-checks.h"
#include "nap-error.h"
#include "nap-iso-codes.h"
#include "nap-new-plan-dialog.h"
#include "nap-record.h"

/* A file name made from a long title is cut at this many characters. */
#define MAX_NAME_CHARS 80

struct _NapNewPlanDialog
{
  AdwWindow             parent_instance;

  GtkFileChooserNative *chooser;
  gboolean              syncing_calendar;

  /* Template widgets */
  GtkWidget            *create_button;
  AdwEntryRow          *title_row;
  GtkDropDown          *country_dropdown;
  AdwActionRow         *start_row;
  AdwActionRow         *end_row;
  GtkEntry             *start_entry;
  GtkEntry             *end_entry;
  GtkMenuButton        *start_calendar_button;
  GtkMenuButton        *end_calendar_button;
  GtkCalendar          *start_calendar;
  GtkCalendar          *end_calendar;
  GtkLabel             *period_error_label;
  GtkDropDown          *currency_dropdown;
  GtkLabel             *create_error_label;
};

G_DEFINE_FINAL_TYPE (NapNewPlanDialog, nap_new_plan_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static const char *
selected_code (GtkDropDown *dropdown)
{
  NapIsoEntry *entry = gtk_drop_down_get_selected_item (dropdown);

  return entry != NULL ? nap_iso_entry_get_code (entry) : NULL;
}

static char *
currency_label (NapIsoEntry *entry,
                gpointer     user_data)
{
  if (entry == NULL)
    return NULL;

  /* Translators: a currency in a list: its code, then its name, as in
   * "XOF — CFA Franc BCEAO" */
  return g_strdup_printf (C_("currency", "%s — %s"),
                          nap_iso_entry_get_code (entry),
                          nap_iso_entry_get_name (entry));
}

static void
set_error_style (GtkWidget *entry,
                 GtkWidget *row,
                 gboolean   error)
{
  if (error)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_add_css_class (row, "error");
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_widget_remove_css_class (row, "error");
    }
}

/* Whether a date field holds a usable value (an empty field does); a
 * wrong date is pointed out only once it has all its ten characters, so
 * that typing it is not interrupted by complaints.
 */
static gboolean
date_is_acceptable (GtkEntry *entry,
                    gboolean *show_error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  *show_error = FALSE;
  if (*text == '\0')
    return TRUE;
  if (nap_date_is_valid_iso (text))
    return TRUE;

  *show_error = strlen (text) >= 10 || !gtk_widget_has_focus (GTK_WIDGET (entry));
  return FALSE;
}

static gboolean
nap_new_plan_dialog_validate (NapNewPlanDialog *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  const char *start = gtk_editable_get_text (GTK_EDITABLE (self->start_entry));
  const char *end = gtk_editable_get_text (GTK_EDITABLE (self->end_entry));
  const char *message = NULL;
  gboolean start_bad, end_bad, order_bad = FALSE;
  gboolean start_ok, end_ok;
  gboolean ok;

  g_assert (NAP_IS_NEW_PLAN_DIALOG (self));

  start_ok = date_is_acceptable (self->start_entry, &start_bad);
  end_ok = date_is_acceptable (self->end_entry, &end_bad);
  if (start_ok && end_ok && !nap_dates_in_order (start, end))
    order_bad = TRUE;

  if (start_bad)
    message = _("Write the start date as year-month-day, for example 2024-01-31.");
  else if (end_bad)
    message = _("Write the end date as year-month-day, for example 2026-12-31.");
  else if (order_bad)
    message = _("The plan ends before it starts. Check the dates.");

  set_error_style (GTK_WIDGET (self->start_entry), GTK_WIDGET (self->start_row), start_bad);
  set_error_style (GTK_WIDGET (self->end_entry), GTK_WIDGET (self->end_row), end_bad || order_bad);
  gtk_label_set_text (self->period_error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->period_error_label), message != NULL);

  ok = (*title != '\0'
        && selected_code (self->country_dropdown) != NULL
        && selected_code (self->currency_dropdown) != NULL
        && start_ok && end_ok && !order_bad);
  gtk_widget_set_sensitive (self->create_button, ok);
  return ok;
}

static void
nap_new_plan_dialog_country_changed_cb (NapNewPlanDialog *self)
{
  const char *currency = nap_iso_codes_default_currency (selected_code (self->country_dropdown));

  g_assert (NAP_IS_NEW_PLAN_DIALOG (self));

  if (currency != NULL)
    {
      GListModel *currencies = nap_iso_codes_get_currencies ();

      for (guint i = 0; i < g_list_model_get_n_items (currencies); i++)
        {
          g_autoptr(NapIsoEntry) entry = g_list_model_get_item (currencies, i);

          if (g_strcmp0 (nap_iso_entry_get_code (entry), currency) == 0)
            {
              gtk_drop_down_set_selected (self->currency_dropdown, i);
              break;
            }
        }
    }

  nap_new_plan_dialog_validate (self);
}

/* The calendars */

static void
nap_new_plan_dialog_calendar_shown_cb (NapNewPlanDialog *self,
                                       GtkPopover       *popover)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  GtkEntry *entry = calendar == self->start_calendar ? self->start_entry : self->end_entry;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  int year, month, day;

  g_assert (NAP_IS_NEW_PLAN_DIALOG (self));

  if (!nap_date_is_valid_iso (text) || sscanf (text, "%d-%d-%d", &year, &month, &day) != 3)
    return;

  {
    g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

    if (date == NULL)
      return;
    self->syncing_calendar = TRUE;
    gtk_calendar_select_day (calendar, date);
    self->syncing_calendar = FALSE;
  }
}

static void
nap_new_plan_dialog_day_selected_cb (NapNewPlanDialog *self,
                                     GtkCalendar      *calendar)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;
  gboolean start = calendar == self->start_calendar;

  g_assert (NAP_IS_NEW_PLAN_DIALOG (self));

  if (self->syncing_calendar)
    return;

  date = gtk_calendar_get_date (calendar);
  text = g_date_time_format (date, "%Y-%m-%d");
  gtk_editable_set_text (GTK_EDITABLE (start ? self->start_entry : self->end_entry), text);
  gtk_menu_button_popdown (start ? self->start_calendar_button : self->end_calendar_button);
}

/* Creating */

static char *
nap_new_plan_dialog_suggest_name (NapNewPlanDialog *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *cut = NULL;

  /* Characters no file system takes in a name. */
  g_strdelimit (title, "/\\:*?\"<>|", '-');
  if (g_utf8_strlen (title, -1) > MAX_NAME_CHARS)
    cut = g_utf8_substring (title, 0, MAX_NAME_CHARS);
  else
    cut = g_steal_pointer (&title);
  g_strstrip (cut);

  return g_strconcat (*cut != '\0' ? cut : _("New Plan"), ".nap", NULL);
}

/**
 * nap_new_plan_dialog_create_at:
 * @self: a #NapNewPlanDialog
 * @path: where to make the plan file; ".nap" is added if missing
 *
 * Makes the plan described by the form, as when the user has chosen
 * @path, and emits #NapNewPlanDialog::created.
 *
 * Returns: (transfer full): the new plan, or %NULL with @error set
 */
NapProject *
nap_new_plan_dialog_create_at (NapNewPlanDialog  *self,
                               const char        *path,
                               GError           **error)
{
  g_autoptr(NapProject) project = NULL;
  g_autofree char *file_path = NULL;
  g_autofree char *title = NULL;
  const char *start;
  const char *end;

  g_return_val_if_fail (NAP_IS_NEW_PLAN_DIALOG (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  file_path = g_str_has_suffix (path, ".nap") ? g_strdup (path) : g_strconcat (path, ".nap", NULL);
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  start = gtk_editable_get_text (GTK_EDITABLE (self->start_entry));
  end = gtk_editable_get_text (GTK_EDITABLE (self->end_entry));

  project = nap_project_create (file_path, title,
                                selected_code (self->country_dropdown),
                                selected_code (self->currency_dropdown),
                                *start != '\0' ? start : NULL,
                                *end != '\0' ? end : NULL,
                                error);
  if (project == NULL)
    return NULL;

  g_signal_emit (self, signals[CREATED], 0, project);
  return g_steal_pointer (&project);
}

static void
nap_new_plan_dialog_chooser_response_cb (NapNewPlanDialog     *self,
                                         int                   response,
                                         GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (NAP_IS_NEW_PLAN_DIALOG (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  if (g_file_peek_path (file) == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* Translators: %s is a file's address, such as sftp://server/plan.nap */
      error = g_error_new (NAP_ERROR, NAP_ERROR_IO,
                           _("“%s” is not on this computer. Choose a local folder."), name);
    }
  else
    {
      project = nap_new_plan_dialog_create_at (self, g_file_peek_path (file), &error);
    }

  if (project == NULL)
    {
      gtk_label_set_text (self->create_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->create_error_label), TRUE);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
nap_new_plan_dialog_create_clicked_cb (NapNewPlanDialog *self)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *folder = g_settings_get_string (settings, "last-folder");
  g_autofree char *name = NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();

  g_assert (NAP_IS_NEW_PLAN_DIALOG (self));

  if (!nap_new_plan_dialog_validate (self) || self->chooser != NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->create_error_label), FALSE);

  self->chooser = gtk_file_chooser_native_new (_("Save the New Plan"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("C_reate"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (plans, _("NAP Drafter plans"));
  gtk_file_filter_add_pattern (plans, "*.nap");
  gtk_file_filter_add_mime_type (plans, "application/x-nap-drafter");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), plans);

  if (*folder == '\0' || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_free (folder);
      folder = g_strdup (documents != NULL ? documents : g_get_home_dir ());
    }
  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), dir, NULL);
    }
  name = nap_new_plan_dialog_suggest_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (nap_new_plan_dialog_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* GObject */

static void
nap_new_plan_dialog_dispose (GObject *object)
{
  NapNewPlanDialog *self = NAP_NEW_PLAN_DIALOG (object);

  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_NEW_PLAN_DIALOG);

  G_OBJECT_CLASS (nap_new_plan_dialog_parent_class)->dispose (object);
}

static void
nap_new_plan_dialog_class_init (NapNewPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_new_plan_dialog_dispose;

  /**
   * NapNewPlanDialog::created:
   * @project: the new plan
   *
   * Emitted once the plan file is made, before the dialog closes.
   */
  signals[CREATED] =
    g_signal_new ("created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, NAP_TYPE_PROJECT);

  g_type_ensure (NAP_TYPE_ISO_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-new-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, start_entry);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, end_entry);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, start_calendar_button);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, end_calendar_button);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, start_calendar);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, end_calendar);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, period_error_label);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, currency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NapNewPlanDialog, create_error_label);
  gtk_widget_class_bind_template_callback (widget_class, nap_new_plan_dialog_validate);
  gtk_widget_class_bind_template_callback (widget_class, nap_new_plan_dialog_country_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, nap_new_plan_dialog_calendar_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, nap_new_plan_dialog_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, nap_new_plan_dialog_create_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nap_new_plan_dialog_init (NapNewPlanDialog *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_down_set_model (self->country_dropdown, nap_iso_codes_get_countries ());
  gtk_drop_down_set_selected (self->country_dropdown, GTK_INVALID_LIST_POSITION);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (currency_label), NULL, NULL);
  gtk_drop_down_set_expression (self->currency_dropdown, expression);
  gtk_drop_down_set_model (self->currency_dropdown, nap_iso_codes_get_currencies ());
  gtk_drop_down_set_selected (self->currency_dropdown, GTK_INVALID_LIST_POSITION);

  nap_new_plan_dialog_validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/**
 * nap_new_plan_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Returns: (transfer none): a new dialog; present it
 */
NapNewPlanDialog *
nap_new_plan_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (NAP_TYPE_NEW_PLAN_DIALOG,
                       "transient-for", parent,
                       NULL);
}
