/* nap-budget-view.c: every budget line of the plan, its totals and chart
 *
 * The lines are in nap-budget-view-lines.c, the totals and the chart in
 * nap-budget-view-totals.c; this file holds the view together: the plan
 * it shows, the filters and the CSV export.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-budget-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nap-budget-view-private.h"
#include "nap-choice-factory.h"
#include "nap-jobs.h"
#include "nap-signal-group.h"

G_DEFINE_FINAL_TYPE (NapBudgetView, nap_budget_view, ADW_TYPE_BIN)

/* Filters */

static char *
choice_text (gpointer item)
{
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  if (NAP_IS_ACTOR (item))
    return g_strdup (nap_actor_get_name (NAP_ACTOR (item)));
  if (NAP_IS_OBJECTIVE (item))
    return nap_budget_objective_name (NAP_OBJECTIVE (item));
  return NULL;
}

static void
setup_choices (GtkDropDown *dropdown,
               GListModel  *choices)
{
  g_autoptr(GtkListItemFactory) button = nap_choice_factory_new (TRUE, choice_text);
  g_autoptr(GtkListItemFactory) list = nap_choice_factory_new (FALSE, choice_text);
  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
  gtk_drop_down_set_model (dropdown, choices);
  gtk_drop_down_set_selected (dropdown, 0);
}

/* @first, then the items of @rest. */
static GListModel *
prepend_choices (const char * const *first,
                 GListModel         *rest)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkStringList) head = gtk_string_list_new (first);

  g_list_store_append (parts, head);
  if (rest != NULL)
    g_list_store_append (parts, rest);
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts))));
}

/* Reads the filters' choices; tells the filter only when they changed. */
static void
update_filter (NapBudgetView *self)
{
  guint pillar = gtk_drop_down_get_selected (self->pillar_filter);
  guint year = gtk_drop_down_get_selected (self->year_filter);
  guint funder = gtk_drop_down_get_selected (self->funder_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);
  guint currency = gtk_drop_down_get_selected (self->currency_filter);
  gpointer item;
  NapObjective *new_pillar = NULL;
  int new_year = -1, new_status = -1;
  gint64 new_funder = -1;
  const char *new_currency = NULL;
  gboolean changed;

  if (self->updating_choices)
    return;

  item = gtk_drop_down_get_selected_item (self->pillar_filter);
  if (pillar != GTK_INVALID_LIST_POSITION && pillar > 0 && NAP_IS_OBJECTIVE (item))
    new_pillar = item;
  if (year != GTK_INVALID_LIST_POSITION && year > 0 && self->years != NULL && year <= self->years->len)
    new_year = g_array_index (self->years, int, year - 1);
  item = gtk_drop_down_get_selected_item (self->funder_filter);
  if (funder == 1)
    new_funder = 0;
  else if (funder != GTK_INVALID_LIST_POSITION && funder > 1 && NAP_IS_ACTOR (item))
    new_funder = nap_record_get_id (NAP_RECORD (item));
  if (status != GTK_INVALID_LIST_POSITION && status > 0)
    new_status = (int) status - 1;
  item = gtk_drop_down_get_selected_item (self->currency_filter);
  if (currency != GTK_INVALID_LIST_POSITION && currency > 0 && GTK_IS_STRING_OBJECT (item))
    new_currency = gtk_string_object_get_string (item);

  changed = new_pillar != self->filter_pillar || new_year != self->filter_year
            || new_funder != self->filter_funder || new_status != self->filter_status
            || g_strcmp0 (new_currency, self->filter_currency) != 0;
  if (!changed)
    return;

  self->filter_pillar = new_pillar;
  self->filter_year = new_year;
  self->filter_funder = new_funder;
  self->filter_status = new_status;
  g_free (self->filter_currency);
  self->filter_currency = g_strdup (new_currency);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Following the plan */

static gboolean
summary_idle_cb (gpointer data)
{
  NapBudgetView *self = data;

  self->summary_idle_id = 0;
  nap_budget_view_update_summary (self);
  update_filter (self);
  return G_SOURCE_REMOVE;
}

static void
totals_changed_cb (NapBudgetView *self)
{
  /* Several edits in a row show once. */
  if (self->summary_idle_id == 0)
    self->summary_idle_id = g_idle_add (summary_idle_cb, self);
}

static gboolean
refilter_idle_cb (gpointer data)
{
  NapBudgetView *self = data;

  self->refilter_idle_id = 0;
  if (nap_budget_view_filter_active (self))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (NapBudgetView *self)
{
  /* The worth of lines kept for sorting may be stale now. */
  self->generation++;

  /* An edited line may no longer match the filters, or match them now. */
  if (nap_budget_view_filter_active (self) && self->refilter_idle_id == 0)
    self->refilter_idle_id = g_idle_add (refilter_idle_cb, self);
}

/* Exporting */

static void
show_toast (NapBudgetView *self,
            const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_export_error (NapBudgetView *self,
                   GError        *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Export the Budget"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  NapBudgetView *self = g_task_get_source_object (task);
  const char *path = g_task_get_task_data (task);
  GError *error = NULL;

  if (!nap_project_export_finish (NAP_PROJECT (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  {
    g_autofree char *name = g_filename_display_basename (path);
    /* Translators: a notification: %s is a file name */
    g_autofree char *message = g_strdup_printf (_("Budget exported to “%s”"), name);

    show_toast (self, message);
  }
  g_task_return_boolean (task, TRUE);
}

/**
 * nap_budget_view_export_async:
 * @self: a #NapBudgetView
 * @path: the path of the file
 * @callback: (nullable): called once the file is written, or not
 * @user_data: data for @callback
 *
 * Writes every budget line of the plan to @path as CSV, with the core's
 * export job (off the main thread), and says so in a toast. Call
 * nap_budget_view_export_finish() from @callback.
 */
void
nap_budget_view_export_async (NapBudgetView       *self,
                              const char          *path,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (NAP_IS_BUDGET_VIEW (self));
  g_return_if_fail (self->project != NULL);
  g_return_if_fail (path != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, nap_budget_view_export_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  nap_project_export_async (self->project, NAP_EXPORT_BUDGET_CSV, path, NULL, NULL, exported_cb, task);
}

/**
 * nap_budget_view_export_finish:
 * @self: a #NapBudgetView
 * @result: a #GAsyncResult
 *
 * Returns: whether the file was written; if not, @error says why, naming
 *   the file
 */
gboolean
nap_budget_view_export_finish (NapBudgetView  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  NapBudgetView *self = NAP_BUDGET_VIEW (source);
  g_autoptr(GError) error = NULL;

  if (!nap_budget_view_export_finish (self, result, &error))
    show_export_error (self, error);
}

static void
export_response_cb (NapBudgetView        *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && self->project != NULL
      && file != NULL && g_file_peek_path (file) != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      if (!g_str_has_suffix (path, ".csv"))
        {
          char *with_suffix = g_strconcat (path, ".csv", NULL);

          g_free (path);
          path = with_suffix;
        }
      nap_budget_view_export_async (self, path, export_done_cb, NULL);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NapBudgetView *self = NAP_BUDGET_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  char *dot;

  if (self->project == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export the Budget"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (csv, _("CSV spreadsheets"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);

  /* "mali.nap" suggests "mali-budget.csv", next to the plan. */
  base = g_filename_display_basename (nap_project_get_path (self->project));
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  /* Translators: the file name suggested for the budget: %s is the plan's file name */
  name = g_strdup_printf (_("%s-budget.csv"), base);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  {
    g_autofree char *dir = g_path_get_dirname (nap_project_get_path (self->project));
    g_autoptr(GFile) folder = g_file_new_for_path (dir);

    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  }

  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* GObject */

static void
nap_budget_view_dispose (GObject *object)
{
  NapBudgetView *self = NAP_BUDGET_VIEW (object);

  nap_budget_view_set_project (self, NULL);
  g_clear_handle_id (&self->summary_idle_id, g_source_remove);
  g_clear_handle_id (&self->refilter_idle_id, g_source_remove);

  /* The view lets go of the models before they go. */
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_BUDGET_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->lines);
  g_clear_object (&self->objectives);
  g_clear_object (&self->pillar_choices);
  g_clear_object (&self->funder_choices);
  g_clear_object (&self->year_choices);
  g_clear_object (&self->currency_choices);
  g_clear_object (&self->unbudgeted);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->filter_currency, g_free);
  g_clear_pointer (&self->amount_keys, g_hash_table_unref);
  g_clear_object (&self->totals_signals);
  g_clear_object (&self->project_signals);

  G_OBJECT_CLASS (nap_budget_view_parent_class)->dispose (object);
}

static void
nap_budget_view_class_init (NapBudgetViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_budget_view_dispose;

  gtk_widget_class_install_action (widget_class, "budget.export-csv", NULL, export_csv_action);

  g_type_ensure (NAP_TYPE_BUDGET_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-budget-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, paned);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, pillar_filter);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, year_filter);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, funder_filter);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, currency_filter);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, count_label);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, lines_stack);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, column_view);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, code_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, title_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, label_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, year_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, amount_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, currency_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, funder_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, status_column);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, chart);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, pillar_list);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, year_list);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, funder_list);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, unbudgeted_group);
  gtk_widget_class_bind_template_child (widget_class, NapBudgetView, unbudgeted_list);
}

static void
nap_budget_view_init (NapBudgetView *self)
{
  const char *none[] = { NULL };
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (none);
  GtkDropDown *dropdowns[5];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->totals_signals = nap_signal_group_new (NAP_TYPE_BUDGET_TOTALS, self,
                                               "changed", G_CALLBACK (totals_changed_cb),
                                               NULL);
  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "changed", G_CALLBACK (project_changed_cb),
                                                NULL);

  dropdowns[0] = self->pillar_filter;
  dropdowns[1] = self->year_filter;
  dropdowns[2] = self->funder_filter;
  dropdowns[3] = self->status_filter;
  dropdowns[4] = self->currency_filter;

  nap_budget_view_init_lines (self);
  nap_budget_view_init_summary (self);

  gtk_string_list_append (statuses, _("All statuses"));
  for (guint i = NAP_FUNDING_STATUS_SECURED; i <= NAP_FUNDING_STATUS_UNFUNDED; i++)
    gtk_string_list_append (statuses, nap_enum_to_label (NAP_TYPE_FUNDING_STATUS, i));
  self->year_choices = gtk_string_list_new ((const char *[]) { _("All years"), NULL });
  self->currency_choices = gtk_string_list_new ((const char *[]) { _("All currencies"), NULL });

  setup_choices (self->status_filter, G_LIST_MODEL (statuses));
  setup_choices (self->year_filter, G_LIST_MODEL (self->year_choices));
  setup_choices (self->currency_filter, G_LIST_MODEL (self->currency_choices));
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    g_signal_connect_object (dropdowns[i], "notify::selected", G_CALLBACK (update_filter), self,
                             G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.export-csv", FALSE);
}

/**
 * nap_budget_view_new:
 *
 * Returns: (transfer floating): a new #NapBudgetView
 */
GtkWidget *
nap_budget_view_new (void)
{
  return g_object_new (NAP_TYPE_BUDGET_VIEW, NULL);
}

/**
 * nap_budget_view_set_project:
 * @self: a #NapBudgetView
 * @project: (nullable): the plan to show, or %NULL to let go of it
 */
void
nap_budget_view_set_project (NapBudgetView *self,
                             NapProject    *project)
{
  const char *all_pillars[] = { _("All pillars"), NULL };
  const char *all_funders[] = { _("All funders"), _("No funder"), NULL };

  g_return_if_fail (NAP_IS_BUDGET_VIEW (self));
  g_return_if_fail (!project || NAP_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_signal_group_set_target (self->project_signals, NULL);
  g_signal_group_set_target (self->totals_signals, NULL);
  g_clear_object (&self->totals);
  g_clear_handle_id (&self->summary_idle_id, g_source_remove);
  g_clear_handle_id (&self->refilter_idle_id, g_source_remove);

  /* The filters start open on another plan. */
  self->updating_choices = TRUE;
  g_clear_object (&self->pillar_choices);
  g_clear_object (&self->funder_choices);
  self->pillar_choices = prepend_choices (all_pillars, project != NULL ? nap_project_get_objectives (project) : NULL);
  self->funder_choices = prepend_choices (all_funders, project != NULL ? nap_project_get_actors (project) : NULL);
  setup_choices (self->pillar_filter, self->pillar_choices);
  setup_choices (self->funder_filter, self->funder_choices);
  gtk_drop_down_set_selected (self->year_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
  gtk_drop_down_set_selected (self->currency_filter, 0);
  self->updating_choices = FALSE;
  self->filter_pillar = NULL;
  self->filter_year = self->filter_funder = self->filter_status = -1;
  g_clear_pointer (&self->filter_currency, g_free);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);

  g_set_object (&self->project, project);
  g_hash_table_remove_all (self->amount_keys);
  if (project != NULL)
    {
      self->totals = nap_budget_totals_new (project);
      g_signal_group_set_target (self->totals_signals, self->totals);
      g_signal_group_set_target (self->project_signals, project);
    }
  nap_budget_view_set_lines_project (self);
  nap_budget_view_update_summary (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.export-csv", project != NULL);
}

/**
 * nap_budget_view_get_project:
 * @self: a #NapBudgetView
 *
 * Returns: (transfer none) (nullable): the project shown, or %NULL
 */
NapProject *
nap_budget_view_get_project (NapBudgetView *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_VIEW (self), NULL);

  return self->project;
}

/**
 * nap_budget_view_get_totals:
 * @self: a #NapBudgetView
 *
 * Returns: (transfer none) (nullable): the running totals the view shows
 */
NapBudgetTotals *
nap_budget_view_get_totals (NapBudgetView *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_VIEW (self), NULL);

  return self->totals;
}

/**
 * nap_budget_view_get_lines:
 * @self: a #NapBudgetView
 *
 * Returns: (transfer none): the lines as the view shows them, filtered
 *   and sorted
 */
GListModel *
nap_budget_view_get_lines (NapBudgetView *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_VIEW (self), NULL);

  return G_LIST_MODEL (self->sorted);
}
