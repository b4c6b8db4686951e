/* test-plan-settings.c: the plan settings dialog
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "gui-test-util.h"
#include "nap-error.h"
#include "nap-exchange-rate-list.h"
#include "nap-field-binding.h"
#include "nap-iso-codes.h"
#include "nap-plan-settings-dialog.h"
#include "nap-xml-reader.h"
#include "nap-xml-writer.h"

typedef struct
{
  char *dir;
  char *path;
  NapProject *project;
  GtkWindow *parent;
  GtkWindow *dialog;
} Fixture;

/* A template child of the dialog. */
#define child(widget, name) gui_test_child ((widget), NAP_TYPE_PLAN_SETTINGS_DIALOG, (name))

static AdwEntryRow *
entry_row (Fixture    *fixture,
           const char *title)
{
  GtkWidget *row = gui_test_find_widget (GTK_WIDGET (fixture->dialog), gui_test_is_entry_row, title);

  g_assert_nonnull (row);
  return ADW_ENTRY_ROW (row);
}

static void
type_text (AdwEntryRow *row,
           const char  *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
open_dialog (Fixture    *fixture,
             NapProject *project)
{
  fixture->dialog = nap_plan_settings_dialog_new (fixture->parent, project);
  g_assert_true (gtk_window_get_modal (fixture->dialog));
  g_assert_true (gtk_window_get_transient_for (fixture->dialog) == fixture->parent);
  gtk_window_present (fixture->dialog);
  gui_test_flush_events ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = nap_test_make_dir ("nap-test-plan-settings-XXXXXX", "plan.nap", &fixture->path);
  fixture->project = nap_test_create_plan (fixture->path, "Plan national d’adaptation",
                                           "ML", "XOF", "2025-01-01", "2030-12-31");

  fixture->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (fixture->parent);
  open_dialog (fixture, fixture->project);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->dialog, gtk_window_destroy);
  g_clear_pointer (&fixture->parent, gtk_window_destroy);
  gui_test_flush_events ();
  nap_test_remove_plan (&fixture->project, &fixture->dir, &fixture->path);
}

static void
test_shows_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkDropDown *country = child (fixture->dialog, "country_dropdown");
  GtkDropDown *currency = child (fixture->dialog, "currency_dropdown");
  NapIsoEntry *entry;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Title"))), ==,
                   "Plan national d’adaptation");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Period Start"))), ==, "2025-01-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Period End"))), ==, "2030-12-31");

  entry = gtk_drop_down_get_selected_item (country);
  g_assert_nonnull (entry);
  g_assert_cmpstr (nap_iso_entry_get_code (entry), ==, "ML");
  entry = gtk_drop_down_get_selected_item (currency);
  g_assert_nonnull (entry);
  g_assert_cmpstr (nap_iso_entry_get_code (entry), ==, "XOF");

  /* One field per level, named as the plan names them. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Level 1"))), ==, "Pillar");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Level 3"))), ==, "Action");
  g_assert_null (gui_test_find_widget (GTK_WIDGET (fixture->dialog), gui_test_is_entry_row, "Level 4"));
}

static void
test_title_and_levels (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(NapProject) copy = NULL;

  gui_test_type_and_enter (entry_row (fixture, "Title"), "Plan national d’adaptation du Sénégal");
  g_assert_cmpstr (nap_plan_get_title (nap_project_get_plan (fixture->project)), ==,
                   "Plan national d’adaptation du Sénégal");

  /* A pause in typing saves. */
  type_text (entry_row (fixture, "Level 1"), "Axe stratégique");
  gui_test_wait_until (g_strcmp0 (nap_project_get_level_name (fixture->project, 0), "Axe stratégique") == 0);

  /* An empty level name is refused and not saved. */
  gui_test_type_and_enter (entry_row (fixture, "Level 2"), "  ");
  g_assert_cmpstr (nap_project_get_level_name (fixture->project, 1), ==, "Objective");
  g_assert_true (gtk_widget_get_visible (child (fixture->dialog, "levels_error")));
  gui_test_type_and_enter (entry_row (fixture, "Level 2"), "Résultat");
  g_assert_false (gtk_widget_get_visible (child (fixture->dialog, "levels_error")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.add-level", NULL));
  gui_test_flush_events ();
  g_assert_cmpuint (nap_project_get_n_levels (fixture->project), ==, 4);
  type_text (entry_row (fixture, "Level 4"), "Activité");

  /* Closing the dialog saves what was being typed. */
  gtk_window_close (fixture->dialog);
  fixture->dialog = NULL;
  gui_test_flush_events ();

  copy = nap_test_reopen (fixture->path);
  g_assert_cmpstr (nap_plan_get_title (nap_project_get_plan (copy)), ==, "Plan national d’adaptation du Sénégal");
  g_assert_cmpuint (nap_project_get_n_levels (copy), ==, 4);
  g_assert_cmpstr (nap_project_get_level_name (copy, 0), ==, "Axe stratégique");
  g_assert_cmpstr (nap_project_get_level_name (copy, 1), ==, "Résultat");
  g_assert_cmpstr (nap_project_get_level_name (copy, 2), ==, "Action");
  g_assert_cmpstr (nap_project_get_level_name (copy, 3), ==, "Activité");
}

static void
test_remove_level (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint n = 3; n > 1; n--)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.remove-level", NULL));
      gui_test_flush_events ();
      g_assert_cmpuint (nap_project_get_n_levels (fixture->project), ==, n - 1);
    }

  /* A plan keeps at least one level. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.remove-level", NULL);
  gui_test_flush_events ();
  g_assert_cmpuint (nap_project_get_n_levels (fixture->project), ==, 1);
  g_assert_cmpstr (nap_project_get_level_name (fixture->project, 0), ==, "Pillar");
}

static void
test_period_validated (Fixture       *fixture,
                       gconstpointer  data)
{
  NapPlan *plan = nap_project_get_plan (fixture->project);

  gui_test_type_and_enter (entry_row (fixture, "Period End"), "2024-12-31");
  g_assert_cmpstr (nap_plan_get_period_end (plan), ==, "2030-12-31");
  g_assert_true (gtk_widget_get_visible (child (fixture->dialog, "end_error")));

  gui_test_type_and_enter (entry_row (fixture, "Period Start"), "31/12/2020");
  g_assert_cmpstr (nap_plan_get_period_start (plan), ==, "2025-01-01");

  /* Once the start is right, the end that waited for it is saved too. */
  gui_test_type_and_enter (entry_row (fixture, "Period Start"), "2020-01-01");
  g_assert_cmpstr (nap_plan_get_period_start (plan), ==, "2020-01-01");
  g_assert_cmpstr (nap_plan_get_period_end (plan), ==, "2024-12-31");
  g_assert_false (gtk_widget_get_visible (child (fixture->dialog, "end_error")));
}

static void
test_choices (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *country = child (fixture->dialog, "country_dropdown");
  GtkDropDown *currency = child (fixture->dialog, "currency_dropdown");
  AdwComboRow *status = child (fixture->dialog, "status_row");
  GListModel *countries = gtk_drop_down_get_model (country);
  GListModel *currencies = gtk_drop_down_get_model (currency);
  g_autoptr(NapProject) copy = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (countries); i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (countries, i);

      if (g_str_equal (nap_iso_entry_get_code (entry), "SN"))
        gtk_drop_down_set_selected (country, i);
    }
  for (guint i = 0; i < g_list_model_get_n_items (currencies); i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (currencies, i);

      if (g_str_equal (nap_iso_entry_get_code (entry), "EUR"))
        gtk_drop_down_set_selected (currency, i);
    }
  adw_combo_row_set_selected (status, NAP_PLAN_STATUS_VALIDATED);

  copy = nap_test_reopen (fixture->path);
  g_assert_cmpstr (nap_plan_get_country (nap_project_get_plan (copy)), ==, "SN");
  g_assert_cmpstr (nap_plan_get_currency (nap_project_get_plan (copy)), ==, "EUR");
  g_assert_cmpint (nap_plan_get_status (nap_project_get_plan (copy)), ==, NAP_PLAN_STATUS_VALIDATED);
}

static void
test_references (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkListBox *list = child (fixture->dialog, "reference_list");
  GListModel *references = nap_project_get_references (fixture->project);
  g_autoptr(NapReference) reference = NULL;

  /* A reference needs a title. */
  gtk_editable_set_text (GTK_EDITABLE (child (fixture->dialog, "new_reference_target")), "https://napcentral.org");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.add-reference", NULL));
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (references), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (child (fixture->dialog, "new_reference_title")), "NAP Central");
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.add-reference", NULL);
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (references), ==, 1);
  reference = g_list_model_get_item (references, 0);
  g_assert_cmpstr (nap_reference_get_title (reference), ==, "NAP Central");
  g_assert_cmpstr (nap_reference_get_target (reference), ==, "https://napcentral.org");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture->dialog, "new_reference_title"))), ==, "");

  /* Its row edits it in place. */
  {
    GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
    GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
    GtkWidget *title = gtk_widget_get_first_child (box);
    GtkWidget *remove = gtk_widget_get_last_child (box);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "NAP Central");
    gtk_editable_set_text (GTK_EDITABLE (title), "NAP Central (UNFCCC)");
    g_signal_emit_by_name (title, "activate");
    gui_test_flush_events ();
    g_assert_cmpstr (nap_reference_get_title (reference), ==, "NAP Central (UNFCCC)");

    g_signal_emit_by_name (remove, "clicked");
    gui_test_flush_events ();
    g_assert_cmpuint (g_list_model_get_n_items (references), ==, 0);
  }
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(NapProject) read_only = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&fixture->dialog, gtk_window_destroy);
  read_only = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  open_dialog (fixture, read_only);

  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (entry_row (fixture, "Title"))));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (entry_row (fixture, "Level 1"))));
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "settings.add-level", NULL);
  gui_test_flush_events ();
  g_assert_cmpuint (nap_project_get_n_levels (read_only), ==, 3);
}

/* Exchange rates */

static gpointer
rates_child (Fixture    *fixture,
             const char *name)
{
  GtkWidget *list = child (fixture->dialog, "rate_list");

  return gui_test_child (list, NAP_TYPE_EXCHANGE_RATE_LIST, name);
}

static gboolean
select_code (GtkDropDown *dropdown,
             const char  *code)
{
  guint position = nap_test_find_code (gtk_drop_down_get_model (dropdown), code);

  if (position == G_MAXUINT)
    return FALSE;
  gtk_drop_down_set_selected (dropdown, position);
  return TRUE;
}

/* Adds a rate as a person does: currency, rate, date, then Enter. */
static void
add_rate (Fixture    *fixture,
          const char *currency,
          const char *rate,
          const char *date)
{
  GtkEntry *entry = rates_child (fixture, "rate_entry");

  g_assert_true (select_code (rates_child (fixture, "currency_dropdown"), currency));
  if (date != NULL)
    gtk_editable_set_text (GTK_EDITABLE (rates_child (fixture, "date_entry")), date);
  gtk_editable_set_text (GTK_EDITABLE (entry), rate);
  g_signal_emit_by_name (entry, "activate");
  gui_test_flush_events ();
}

static const char *
rates_error (Fixture *fixture)
{
  GtkLabel *label = rates_child (fixture, "error_label");

  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

/* The row of the @index-th rate: its rate and date fields and its button. */
static void
rate_row (Fixture    *fixture,
          int         index,
          GtkWidget **rate,
          GtkWidget **date,
          GtkWidget **remove,
          GtkWidget **error)
{
  GtkListBox *list = rates_child (fixture, "rate_list");
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, index));
  GtkWidget *column = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *box = gtk_widget_get_first_child (column);
  GtkWidget *label = gtk_widget_get_first_child (box);

  *rate = gtk_widget_get_next_sibling (label);
  *date = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (*rate));
  *remove = gtk_widget_get_last_child (box);
  *error = gtk_widget_get_last_child (column);
}

static NapExchangeRate *
rate_of (NapProject *project,
         const char *currency)
{
  GListModel *rates = nap_project_get_exchange_rates (project);

  for (guint i = 0; i < g_list_model_get_n_items (rates); i++)
    {
      g_autoptr(NapExchangeRate) rate = g_list_model_get_item (rates, i);

      if (g_str_equal (nap_exchange_rate_get_currency (rate), currency))
        return rate;
    }
  return NULL;
}

static void
test_exchange_rates (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkDropDown *currencies = rates_child (fixture, "currency_dropdown");
  GListModel *rates = nap_project_get_exchange_rates (fixture->project);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(NapProject) copy = NULL;
  GtkWidget *rate, *date, *remove, *error;
  const struct
  {
    const char *typed;
    const char *reason;
  } refused[] = {
    { "0", "An exchange rate cannot be zero." },
    { "0.000", "An exchange rate cannot be zero." },
    { "-655.957", "An exchange rate cannot be negative." },
    { "six cents", "Write the rate with digits and one decimal separator, for example 655.957." },
    { "655.95.7", "Write the rate with digits and one decimal separator, for example 655.957." },
    /* In English a comma groups thousands; a rate is not guessed at. */
    { "655,957", "Write the rate with digits and one decimal separator, for example 655.957." },
    { "0.0015244901", "An exchange rate has at most 9 decimals; round it." },
    { "1234567890123456", "An exchange rate has at most 15 digits before the decimal separator." },
    { "", "Write the rate, for example 655.957." },
  };

  /* The plan currency is not offered (NAP XML refuses its rate), and a
   * new rate is dated today.
   */
  g_assert_false (select_code (currencies, "XOF"));
  {
    g_autoptr(GError) plan_rate = NULL;

    g_assert_null (nap_project_set_exchange_rate (fixture->project, "XOF", "1", NULL, &plan_rate));
    g_assert_error (plan_rate, NAP_ERROR, NAP_ERROR_INVALID);
    g_assert_cmpstr (plan_rate->message, ==, "XOF is the plan currency; exchange rates are for the other currencies.");
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rates_child (fixture, "date_entry"))), ==, today);
  g_assert_cmpstr (gtk_label_get_text (rates_child (fixture, "plan_currency_label")), ==, "XOF");
  g_assert_nonnull (strstr (adw_preferences_group_get_description (child (fixture->dialog, "rate_list")), "in XOF"));

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      add_rate (fixture, "EUR", refused[i].typed, NULL);
      g_assert_cmpstr (rates_error (fixture), ==, refused[i].reason);
      g_assert_cmpuint (g_list_model_get_n_items (rates), ==, 0);
      /* What was typed stays, to be corrected. */
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rates_child (fixture, "rate_entry"))), ==, refused[i].typed);
    }

  add_rate (fixture, "EUR", "655.957", NULL);
  g_assert_null (rates_error (fixture));
  g_assert_cmpuint (g_list_model_get_n_items (rates), ==, 1);
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate_of (fixture->project, "EUR")), ==, "655.957");
  g_assert_cmpstr (nap_exchange_rate_get_set_on (rate_of (fixture->project, "EUR")), ==, today);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rates_child (fixture, "rate_entry"))), ==, "");
  /* A currency with a rate is edited in its row, not offered again. */
  g_assert_false (select_code (currencies, "EUR"));

  /* Leading zeros and a bare point are tidied; the date is the one typed. */
  add_rate (fixture, "USD", "0600.50", "2025-03-01");
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate_of (fixture->project, "USD")), ==, "600.50");
  g_assert_cmpstr (nap_exchange_rate_get_set_on (rate_of (fixture->project, "USD")), ==, "2025-03-01");
  add_rate (fixture, "JPY", ".5", "1 March");
  g_assert_nonnull (strstr (rates_error (fixture), "“1 March” is not a date"));
  g_assert_null (rate_of (fixture->project, "JPY"));
  add_rate (fixture, "JPY", ".5", "2025-03-01");
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate_of (fixture->project, "JPY")), ==, "0.5");
  add_rate (fixture, "CHF", "700.", "2025-03-01");
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate_of (fixture->project, "CHF")), ==, "700");
  g_assert_true (nap_project_delete_record (fixture->project, NAP_RECORD (rate_of (fixture->project, "JPY")), NULL));
  g_assert_true (nap_project_delete_record (fixture->project, NAP_RECORD (rate_of (fixture->project, "CHF")), NULL));
  gui_test_flush_events ();

  /* Each row edits its rate in place; a bad one is marked and not saved. */
  g_assert_cmpuint (g_list_model_get_n_items (rates), ==, 2);
  rate_row (fixture, 0, &rate, &date, &remove, &error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rate)), ==, "655.957");
  gtk_editable_set_text (GTK_EDITABLE (rate), "0");
  g_signal_emit_by_name (rate, "activate");
  gui_test_flush_events ();
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==, "An exchange rate cannot be zero.");
  g_assert_true (gtk_widget_has_css_class (rate, "error"));
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate_of (fixture->project, "EUR")), ==, "655.957");
  gtk_editable_set_text (GTK_EDITABLE (rate), "656");
  g_signal_emit_by_name (rate, "activate");
  gui_test_flush_events ();
  g_assert_false (gtk_widget_get_visible (error));
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate_of (fixture->project, "EUR")), ==, "656");

  gtk_editable_set_text (GTK_EDITABLE (date), "2024-02-30");
  g_signal_emit_by_name (date, "activate");
  gui_test_flush_events ();
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpstr (nap_exchange_rate_get_set_on (rate_of (fixture->project, "EUR")), ==, today);
  gtk_editable_set_text (GTK_EDITABLE (date), "2024-02-29");
  g_signal_emit_by_name (date, "activate");
  gui_test_flush_events ();
  g_assert_cmpstr (nap_exchange_rate_get_set_on (rate_of (fixture->project, "EUR")), ==, "2024-02-29");

  /* Removing the USD rate offers USD again. */
  rate_row (fixture, 1, &rate, &date, &remove, &error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rate)), ==, "600.50");
  g_signal_emit_by_name (remove, "clicked");
  gui_test_flush_events ();
  g_assert_null (rate_of (fixture->project, "USD"));
  g_assert_true (select_code (currencies, "USD"));

  copy = nap_test_reopen (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_exchange_rates (copy)), ==, 1);
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate_of (copy, "EUR")), ==, "656");
  g_assert_cmpstr (nap_exchange_rate_get_set_on (rate_of (copy, "EUR")), ==, "2024-02-29");
}

/* In French, a rate is typed and shown with a decimal comma; a full stop
 * is read too.
 */
static void
test_exchange_rates_french (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *rate, *date, *remove, *error;

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    g_error ("fr_FR.UTF-8 is missing; the build compiles it in tests/core/locale");

  add_rate (fixture, "EUR", "655,957", NULL);
  g_assert_null (rates_error (fixture));
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate_of (fixture->project, "EUR")), ==, "655.957");
  add_rate (fixture, "USD", "600.5", NULL);
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate_of (fixture->project, "USD")), ==, "600.5");
  /* Spaces group thousands in French. */
  add_rate (fixture, "GBP", "1 234,5", NULL);
  g_assert_cmpstr (nap_exchange_rate_get_rate (rate_of (fixture->project, "GBP")), ==, "1234.5");
  add_rate (fixture, "JPY", "4,1,2", NULL);
  g_assert_nonnull (rates_error (fixture));
  g_assert_null (rate_of (fixture->project, "JPY"));

  rate_row (fixture, 0, &rate, &date, &remove, &error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rate)), ==, "655,957");

  setlocale (LC_ALL, "C.UTF-8");
}

/* Rates are into the plan currency: changing it asks first, and then
 * removes them with the change.
 */
static void
test_currency_change_with_rates (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkDropDown *currency = child (fixture->dialog, "currency_dropdown");
  NapPlan *plan = nap_project_get_plan (fixture->project);
  AdwMessageDialog *question;
  g_autoptr(NapProject) copy = NULL;

  add_rate (fixture, "EUR", "655.957", NULL);
  add_rate (fixture, "USD", "600", NULL);

  g_assert_true (select_code (currency, "EUR"));
  gui_test_flush_events ();
  question = gui_test_find_message_dialog (fixture->dialog);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Change the Plan Currency?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "2 exchange rates are into XOF"));
  adw_message_dialog_response (question, "cancel");
  gtk_window_destroy (GTK_WINDOW (question));
  gui_test_flush_events ();
  g_assert_cmpstr (nap_plan_get_currency (plan), ==, "XOF");
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_exchange_rates (fixture->project)), ==, 2);
  g_assert_cmpstr (nap_iso_entry_get_code (gtk_drop_down_get_selected_item (currency)), ==, "XOF");

  g_assert_true (select_code (currency, "EUR"));
  gui_test_flush_events ();
  question = gui_test_find_message_dialog (fixture->dialog);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "change");
  gtk_window_destroy (GTK_WINDOW (question));
  gui_test_flush_events ();
  g_assert_cmpstr (nap_plan_get_currency (nap_project_get_plan (fixture->project)), ==, "EUR");
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_exchange_rates (fixture->project)), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (rates_child (fixture, "plan_currency_label")), ==, "EUR");
  g_assert_false (select_code (rates_child (fixture, "currency_dropdown"), "EUR"));
  g_assert_true (select_code (rates_child (fixture, "currency_dropdown"), "XOF"));

  /* Without rates, nothing to ask. */
  g_assert_true (select_code (currency, "USD"));
  gui_test_flush_events ();
  g_assert_null (gui_test_find_message_dialog (fixture->dialog));
  g_assert_cmpstr (nap_plan_get_currency (nap_project_get_plan (fixture->project)), ==, "USD");

  copy = nap_test_reopen (fixture->path);
  g_assert_cmpstr (nap_plan_get_currency (nap_project_get_plan (copy)), ==, "USD");
  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_exchange_rates (copy)), ==, 0);
}

/* A merge reads the plan again and replaces its objects: the open dialog
 * shows the merged plan and saves into it.
 */
static void
test_follows_merge (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *sent = g_build_filename (fixture->dir, "sent.xml", NULL);
  g_autofree char *copy_xml = g_build_filename (fixture->dir, "copy.xml", NULL);
  g_autofree char *copy_path = g_build_filename (fixture->dir, "copy.nap", NULL);
  g_autoptr(NapProject) other = NULL;
  g_autoptr(NapProject) copy = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(NapPlan) before = g_object_ref (nap_project_get_plan (fixture->project));
  g_autoptr(GError) error = NULL;

  /* A copy of the plan, edited elsewhere and sent back. */
  g_assert_true (nap_xml_export_to_file (fixture->project, sent, NAP_XML_EXPORT_ALL, &error));
  other = nap_xml_import (sent, copy_path, &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_set_string (other, NAP_RECORD (nap_project_get_plan (other)), "title",
                                         "Plan national d’adaptation (révisé)", &error));
  g_assert_nonnull (nap_project_set_exchange_rate (other, "EUR", "655.957", "2025-02-01", &error));
  g_assert_nonnull (nap_project_add_reference (other, "Rapport de Mopti", NULL, &error));
  g_assert_true (nap_xml_export_to_file (other, copy_xml, NAP_XML_EXPORT_ALL, &error));
  g_assert_no_error (error);

  report = nap_xml_merge (fixture->project, copy_xml, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  gui_test_flush_events ();
  g_assert_true (nap_project_get_plan (fixture->project) != before);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Title"))), ==,
                   "Plan national d’adaptation (révisé)");
  g_assert_nonnull (gtk_list_box_get_row_at_index (rates_child (fixture, "rate_list"), 0));
  g_assert_nonnull (gtk_list_box_get_row_at_index (child (fixture->dialog, "reference_list"), 0));

  /* What is typed now goes into the plan as it is now. */
  gui_test_type_and_enter (entry_row (fixture, "Title"), "Plan national d’adaptation 2025");
  g_assert_cmpstr (nap_plan_get_title (nap_project_get_plan (fixture->project)), ==, "Plan national d’adaptation 2025");
  gui_test_type_and_enter (entry_row (fixture, "Lead Institution"), "Ministère de l’Environnement");
  copy = nap_test_reopen (fixture->path);
  g_assert_cmpstr (nap_plan_get_title (nap_project_get_plan (copy)), ==, "Plan national d’adaptation 2025");
  g_assert_cmpstr (nap_plan_get_lead_institution (nap_project_get_plan (copy)), ==, "Ministère de l’Environnement");
  g_assert_cmpstr (nap_plan_get_lead_institution (nap_project_get_plan (fixture->project)), ==,
                   "Ministère de l’Environnement");
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/plan-settings/shows-plan", test_shows_plan),
    NAP_TEST_CASE ("/plan-settings/title-and-levels", test_title_and_levels),
    NAP_TEST_CASE ("/plan-settings/remove-level", test_remove_level),
    NAP_TEST_CASE ("/plan-settings/period-validated", test_period_validated),
    NAP_TEST_CASE ("/plan-settings/choices", test_choices),
    NAP_TEST_CASE ("/plan-settings/references", test_references),
    NAP_TEST_CASE ("/plan-settings/read-only", test_read_only),
    NAP_TEST_CASE ("/plan-settings/exchange-rates", test_exchange_rates),
    NAP_TEST_CASE ("/plan-settings/exchange-rates-french", test_exchange_rates_french),
    NAP_TEST_CASE ("/plan-settings/currency-change-with-rates", test_currency_change_with_rates),
    NAP_TEST_CASE ("/plan-settings/follows-merge", test_follows_merge),
  };

  gui_test_init (&argc, &argv);
  NAP_TEST_ADD_CASES (Fixture, fixture_set_up, fixture_tear_down, cases);

  return g_test_run ();
}
