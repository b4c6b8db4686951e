/* nap-recommendation-register.c: every recommendation of the plan and the team's answers
 *
 * The register lists the recommendations of every session in one
 * GtkColumnView, so that the drafting team can work through the pending
 * ones: toggles by response (with how many each holds under the other
 * filters), drop-downs by pillar, session and region, and a search. The
 * response and its reason are edited in the rows (nap-recommendation-
 * register-cells.c); activating a row opens its session.
 *
 * The list follows the project's own list models, so added and deleted
 * records show at once; other edits are picked up on the project's
 * "changed" signal, in an idle so that a row is not refiltered inside the
 * handler of the cell that edited it.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-recommendation-register"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nap-jobs.h"
#include "nap-recommendation-register-private.h"
#include "nap-signal-group.h"
#include "nap-text.h"

G_DEFINE_FINAL_TYPE (NapRecommendationRegister, nap_recommendation_register, ADW_TYPE_BIN)

/* The order of the response toggles after "All": what is still to do first. */
static const NapResponse toggle_order[NAP_N_RESPONSES] = {
  NAP_RESPONSE_PENDING,
  NAP_RESPONSE_ACCEPTED,
  NAP_RESPONSE_PARTLY_ACCEPTED,
  NAP_RESPONSE_NOT_TAKEN_UP,
};

/* The filter, from the drop-downs, the toggles and the search */

static void
read_filter (NapRecommendationRegister *self,
             NapRecommendationFilter   *filter)
{
  guint pillar = gtk_drop_down_get_selected (self->pillar_dropdown);
  guint session = gtk_drop_down_get_selected (self->session_dropdown);
  guint region = gtk_drop_down_get_selected (self->region_dropdown);

  *filter = (NapRecommendationFilter) NAP_RECOMMENDATION_FILTER_INIT;
  filter->response = self->response;
  if (pillar != GTK_INVALID_LIST_POSITION && pillar > 0)
    {
      if (pillar - 1 < self->pillars->len)
        filter->pillar = g_ptr_array_index (self->pillars, pillar - 1);
      else
        filter->without_objective = TRUE;
    }
  if (session != GTK_INVALID_LIST_POSITION && session > 0 && session - 1 < self->sessions->len)
    filter->consultation = g_ptr_array_index (self->sessions, session - 1);
  if (region != GTK_INVALID_LIST_POSITION && region > 0)
    filter->region = gtk_string_list_get_string (self->region_labels, region);
  filter->search = self->search;
  if (self->project != NULL)
    filter->country = nap_plan_get_country (nap_project_get_plan (self->project));
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  NapRecommendationRegister *self = user_data;
  NapRecommendationFilter filter;

  read_filter (self, &filter);
  return nap_recommendation_filter_matches (&filter, NAP_RECOMMENDATION (item));
}

/* Each toggle says how many recommendations it would show, under the
 * other filters: "Pending 3".
 */
static void
update_counts (NapRecommendationRegister *self)
{
  GListModel *all = G_LIST_MODEL (self->all);
  guint counts[NAP_N_RESPONSES] = { 0, };
  guint total = 0;
  NapRecommendationFilter filter;

  read_filter (self, &filter);
  filter.response = -1;
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (all, i);
      NapResponse status = nap_recommendation_get_status (recommendation);

      if (!nap_recommendation_filter_matches (&filter, recommendation))
        continue;
      total++;
      if ((guint) status < NAP_N_RESPONSES)
        counts[status]++;
    }

  for (guint i = 0; i <= NAP_N_RESPONSES; i++)
    {
      const char *name = i == 0 ? C_("responses", "All")
                                : nap_enum_to_label (NAP_TYPE_RESPONSE, toggle_order[i - 1]);
      guint count = i == 0 ? total : counts[toggle_order[i - 1]];
      /* Translators: a response filter and how many recommendations it
       * shows, such as "Pending 3"
       */
      g_autofree char *label = g_strdup_printf (C_("response filter", "%1$s %2$u"), name, count);

      gtk_button_set_label (GTK_BUTTON (self->status_toggles[i]), label);
    }
}

static void
update_page (NapRecommendationRegister *self)
{
  const char *page = "list";

  if (g_list_model_get_n_items (G_LIST_MODEL (self->all)) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    page = "no-match";
  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
refilter (NapRecommendationRegister *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counts (self);
  update_page (self);
}

/* The drop-downs' choices */

/* Replaces the labels of @list if they differ, keeping the choice of
 * @dropdown on the item @keep (or "all" when it is gone).
 */
static void
set_choices (NapRecommendationRegister *self,
             GtkDropDown               *dropdown,
             GtkStringList             *list,
             GPtrArray                 *labels,
             guint                      keep)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  gboolean same = n == labels->len;

  for (guint i = 0; same && i < n; i++)
    same = g_str_equal (gtk_string_list_get_string (list, i), g_ptr_array_index (labels, i));
  if (same)
    return;

  self->updating_choices = TRUE;
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (list, 0, n, (const char * const *) labels->pdata);
  g_ptr_array_remove_index (labels, labels->len - 1);
  gtk_drop_down_set_selected (dropdown, keep < labels->len ? keep : 0);
  self->updating_choices = FALSE;
}

static char *
objective_label (NapObjective *objective)
{
  /* Translators: an objective in a list: 1$ its number, 2$ its title */
  return g_strdup_printf (C_("objective", "%1$s %2$s"),
                          nap_objective_get_display_code (objective),
                          nap_objective_get_title (objective));
}

static void
update_pillar_choices (NapRecommendationRegister *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  GListModel *objectives = nap_project_get_objectives (self->project);
  guint selected = gtk_drop_down_get_selected (self->pillar_dropdown);
  gpointer chosen = NULL;
  guint keep = 0;
  gboolean without = selected != GTK_INVALID_LIST_POSITION && selected > self->pillars->len;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->pillars->len)
    chosen = g_ptr_array_index (self->pillars, selected - 1);

  g_ptr_array_set_size (self->pillars, 0);
  g_ptr_array_add (labels, g_strdup (_("All pillars")));
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(NapObjective) pillar = g_list_model_get_item (objectives, i);

      if (pillar == chosen)
        keep = i + 1;
      g_ptr_array_add (self->pillars, g_object_ref (pillar));
      g_ptr_array_add (labels, objective_label (pillar));
    }
  g_ptr_array_add (labels, g_strdup (_("Concerning no objective")));
  if (without)
    keep = labels->len - 1;
  set_choices (self, self->pillar_dropdown, self->pillar_labels, labels, keep);
}

static void
update_session_choices (NapRecommendationRegister *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  GListModel *consultations = nap_project_get_consultations (self->project);
  guint selected = gtk_drop_down_get_selected (self->session_dropdown);
  gpointer chosen = NULL;
  guint keep = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->sessions->len)
    chosen = g_ptr_array_index (self->sessions, selected - 1);

  g_ptr_array_set_size (self->sessions, 0);
  g_ptr_array_add (labels, g_strdup (_("All sessions")));
  for (guint i = 0; i < g_list_model_get_n_items (consultations); i++)
    {
      g_autoptr(NapConsultation) session = g_list_model_get_item (consultations, i);
      const char *title = nap_consultation_get_title (session);

      if (session == chosen)
        keep = i + 1;
      g_ptr_array_add (self->sessions, g_object_ref (session));
      g_ptr_array_add (labels, g_strdup (nap_text_is_blank (title) ? _("(untitled)") : title));
    }
  set_choices (self, self->session_dropdown, self->session_labels, labels, keep);
}

static void
update_region_choices (NapRecommendationRegister *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NapConsultationFigures) figures = nap_consultation_figures_new (self->project);
  guint selected = gtk_drop_down_get_selected (self->region_dropdown);
  g_autofree char *chosen = NULL;
  guint keep = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    chosen = nap_text_key (gtk_string_list_get_string (self->region_labels, selected));

  g_ptr_array_add (labels, g_strdup (_("All regions")));
  for (guint i = 0; i < figures->regions->len; i++)
    {
      const char *region = g_ptr_array_index (figures->regions, i);
      g_autofree char *key = nap_text_key (region);

      if (chosen != NULL && g_str_equal (key, chosen))
        keep = i + 1;
      g_ptr_array_add (labels, g_strdup (region));
    }
  set_choices (self, self->region_dropdown, self->region_labels, labels, keep);
}

static void
update_choices (NapRecommendationRegister *self)
{
  update_pillar_choices (self);
  update_session_choices (self);
  update_region_choices (self);
}

/* Following the project */

static gboolean
refresh_cb (gpointer data)
{
  NapRecommendationRegister *self = data;

  self->refresh_id = 0;
  if (self->project == NULL)
    return G_SOURCE_REMOVE;

  update_choices (self);
  refilter (self);
  nap_recommendation_register_refresh_cells (self);
  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (NapRecommendationRegister *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

static void
choice_changed_cb (NapRecommendationRegister *self)
{
  if (!self->updating_choices && self->project != NULL)
    refilter (self);
}

static void
search_changed_cb (NapRecommendationRegister *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search, g_free);
  if (!nap_text_is_blank (text))
    self->search = g_strdup (text);
  if (self->project != NULL)
    refilter (self);
}

static void
status_toggled_cb (GtkToggleButton           *toggle,
                   NapRecommendationRegister *self)
{
  if (!gtk_toggle_button_get_active (toggle))
    return;

  self->response = -1;
  for (guint i = 1; i <= NAP_N_RESPONSES; i++)
    if (self->status_toggles[i] == toggle)
      self->response = (int) toggle_order[i - 1];
  if (self->project != NULL)
    refilter (self);
}

/* Activating a row, or its session button, shows the session. */
void
nap_recommendation_register_show_session (NapRecommendationRegister *self,
                                          NapRecommendation         *recommendation)
{
  NapConsultation *consultation = nap_recommendation_get_consultation (recommendation);

  if (consultation != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-record", "s",
                                nap_record_get_uuid (NAP_RECORD (consultation)));
}

static void
activate_cb (NapRecommendationRegister *self,
             guint                      position)
{
  g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (recommendation != NULL)
    nap_recommendation_register_show_session (self, recommendation);
}

/* Exporting the report */

void
nap_recommendation_register_show_error (NapRecommendationRegister *self,
                                        const char                *heading,
                                        const GError              *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A report being written by the core's export job. */
typedef struct
{
  NapRecommendationRegister *self;
  char *path;
} ReportExport;

static void
report_exported_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ReportExport *export = user_data;
  NapRecommendationRegister *self = export->self;
  g_autoptr(GError) error = NULL;
  gboolean ok = nap_project_export_finish (NAP_PROJECT (source), result, &error);

  /* The register may have been closed meanwhile: it says nothing then. */
  if (self->toast_overlay != NULL && ok)
    {
      g_autofree char *name = g_filename_display_basename (export->path);
      /* Translators: a notification: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Report saved as “%s”"), name);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  else if (self->toast_overlay != NULL)
    nap_recommendation_register_show_error (self, _("Could not export the report"), error);

  g_object_unref (export->self);
  g_free (export->path);
  g_free (export);
}

static void
export_response_cb (NapRecommendationRegister *self,
                    int                        response,
                    GtkFileChooserNative      *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->project != NULL && file != NULL
      && (path = g_file_get_path (file)) != NULL)
    {
      ReportExport *export = g_new0 (ReportExport, 1);

      if (!g_str_has_suffix (path, ".html") && !g_str_has_suffix (path, ".htm"))
        {
          char *with_suffix = g_strconcat (path, ".html", NULL);

          g_free (path);
          path = with_suffix;
        }
      /* Written off the main thread; the register says how it went. */
      export->self = g_object_ref (self);
      export->path = g_steal_pointer (&path);
      nap_project_export_async (self->project, NAP_EXPORT_REPORT_HTML, export->path, NULL, NULL,
                                report_exported_cb, export);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  NapRecommendationRegister *self = NAP_RECOMMENDATION_REGISTER (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) html = gtk_file_filter_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  char *dot;

  if (self->project == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export the Report"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (html, _("Web pages"));
  gtk_file_filter_add_pattern (html, "*.html");
  gtk_file_filter_add_mime_type (html, "text/html");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), html);

  /* Beside the plan, named after it. */
  file = g_file_new_for_path (nap_project_get_path (self->project));
  folder = g_file_get_parent (file);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  base = g_filename_display_basename (nap_project_get_path (self->project));
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  /* Translators: the suggested file name of the report: %s is the plan's file name */
  name = g_strdup_printf (_("%s - what we heard.html"), base);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The widget */

static gpointer
map_session (gpointer item,
             gpointer user_data)
{
  GListModel *recommendations = nap_consultation_get_recommendations (NAP_CONSULTATION (item));

  g_object_ref (recommendations);
  g_object_unref (item);
  return recommendations;
}

static void
nap_recommendation_register_dispose (GObject *object)
{
  NapRecommendationRegister *self = NAP_RECOMMENDATION_REGISTER (object);

  nap_recommendation_register_set_project (self, NULL);
  nap_recommendation_register_forget_cells (self);
  /* The bin would unparent its child again after the template. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_RECOMMENDATION_REGISTER);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->sessions_signals);
  g_clear_object (&self->pillars_signals);
  g_clear_object (&self->selection);
  g_clear_object (&self->all);
  g_clear_object (&self->pillar_labels);
  g_clear_object (&self->session_labels);
  g_clear_object (&self->region_labels);
  g_clear_pointer (&self->pillars, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (nap_recommendation_register_parent_class)->dispose (object);
}

static void
nap_recommendation_register_class_init (NapRecommendationRegisterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_recommendation_register_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-recommendation-register.ui");
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, pillar_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, session_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, status_box);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, stack);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, column_view);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, text_column);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, session_column);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, date_column);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, region_column);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, objectives_column);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, response_column);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRegister, reason_column);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  gtk_widget_class_install_action (widget_class, "register.export-report", NULL, export_report_action);
}

/* A drop-down's button stays narrow; its list shows the whole labels. */
static void
setup_narrow_label (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static void
init_dropdown (GtkDropDown   *dropdown,
               GtkStringList *labels)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_narrow_label), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), NULL);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_factory (dropdown, factory);
}

static void
nap_recommendation_register_init (NapRecommendationRegister *self)
{
  const char *all[] = { NULL, NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->response = -1;
  self->pillars = g_ptr_array_new_with_free_func (g_object_unref);

  /* A failed merge reads the plan again without "changed": the choices
   * would still point at the records it replaced, so the lists of
   * sessions and pillars are followed too.
   */
  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "changed", G_CALLBACK (project_changed_cb),
                                                NULL);
  self->sessions_signals = nap_signal_group_new (G_TYPE_LIST_MODEL, self,
                                                 "items-changed", G_CALLBACK (project_changed_cb),
                                                 NULL);
  self->pillars_signals = nap_signal_group_new (G_TYPE_LIST_MODEL, self,
                                                "items-changed", G_CALLBACK (project_changed_cb),
                                                NULL);
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->cells = g_hash_table_new (NULL, NULL);

  all[0] = _("All pillars");
  self->pillar_labels = gtk_string_list_new (all);
  all[0] = _("All sessions");
  self->session_labels = gtk_string_list_new (all);
  all[0] = _("All regions");
  self->region_labels = gtk_string_list_new (all);
  self->updating_choices = TRUE;
  init_dropdown (self->pillar_dropdown, self->pillar_labels);
  init_dropdown (self->session_dropdown, self->session_labels);
  init_dropdown (self->region_dropdown, self->region_labels);
  self->updating_choices = FALSE;

  for (guint i = 0; i <= NAP_N_RESPONSES; i++)
    {
      self->status_toggles[i] = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
      if (i > 0)
        gtk_toggle_button_set_group (self->status_toggles[i], self->status_toggles[0]);
      g_signal_connect (self->status_toggles[i], "toggled", G_CALLBACK (status_toggled_cb), self);
      gtk_box_append (self->status_box, GTK_WIDGET (self->status_toggles[i]));
    }
  gtk_toggle_button_set_active (self->status_toggles[0], TRUE);

  self->by_session = gtk_map_list_model_new (NULL, map_session, NULL, NULL);
  self->all = gtk_flatten_list_model_new (G_LIST_MODEL (self->by_session));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->all)),
                                              GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  nap_recommendation_register_setup_columns (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.export-report", FALSE);
  update_counts (self);
  update_page (self);
}

/**
 * nap_recommendation_register_new:
 *
 * Returns: (transfer floating): a new #NapRecommendationRegister
 */
GtkWidget *
nap_recommendation_register_new (void)
{
  return g_object_new (NAP_TYPE_RECOMMENDATION_REGISTER, NULL);
}

/**
 * nap_recommendation_register_set_project:
 * @self: a #NapRecommendationRegister
 * @project: (nullable): the plan to show, or %NULL to let go of it
 *
 * The window lets go of the plan before a merge or a reload replaces its
 * records, and gives it back after.
 */
void
nap_recommendation_register_set_project (NapRecommendationRegister *self,
                                         NapProject                *project)
{
  g_return_if_fail (NAP_IS_RECOMMENDATION_REGISTER (self));
  g_return_if_fail (!project || NAP_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_signal_group_set_target (self->project_signals, NULL);
  g_signal_group_set_target (self->sessions_signals, NULL);
  g_signal_group_set_target (self->pillars_signals, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_set_object (&self->project, project);

  /* The choices point into the old plan: start again from "all". */
  self->updating_choices = TRUE;
  gtk_drop_down_set_selected (self->pillar_dropdown, 0);
  gtk_drop_down_set_selected (self->session_dropdown, 0);
  gtk_drop_down_set_selected (self->region_dropdown, 0);
  self->updating_choices = FALSE;
  g_ptr_array_set_size (self->pillars, 0);
  g_ptr_array_set_size (self->sessions, 0);

  gtk_map_list_model_set_model (self->by_session,
                                project != NULL ? nap_project_get_consultations (project) : NULL);

  if (project != NULL)
    {
      g_signal_group_set_target (self->project_signals, project);
      g_signal_group_set_target (self->sessions_signals, nap_project_get_consultations (project));
      g_signal_group_set_target (self->pillars_signals, nap_project_get_objectives (project));
      update_choices (self);
    }
  else
    {
      const char *all[] = { NULL };

      gtk_string_list_splice (self->pillar_labels, 1,
                              g_list_model_get_n_items (G_LIST_MODEL (self->pillar_labels)) - 1, all);
      gtk_string_list_splice (self->session_labels, 1,
                              g_list_model_get_n_items (G_LIST_MODEL (self->session_labels)) - 1, all);
      gtk_string_list_splice (self->region_labels, 1,
                              g_list_model_get_n_items (G_LIST_MODEL (self->region_labels)) - 1, all);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.export-report", project != NULL);
  refilter (self);
}

/**
 * nap_recommendation_register_get_project:
 * @self: a #NapRecommendationRegister
 *
 * Returns: (transfer none) (nullable): the project shown, or %NULL
 */
NapProject *
nap_recommendation_register_get_project (NapRecommendationRegister *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION_REGISTER (self), NULL);

  return self->project;
}
