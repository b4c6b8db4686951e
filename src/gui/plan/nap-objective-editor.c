/* nap-objective-editor.c: the fields of one objective
 *
 * Every field is saved on its own as soon as it is complete (see
 * NapFieldBinding); switching to another objective saves what is pending
 * first.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-objective-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-actor-list.h"
#include "nap-budget-line-list.h"
#include "nap-enum-labels.h"
#include "nap-field-binding-group.h"
#include "nap-indicator-row.h"
#include "nap-objective-editor.h"
#include "nap-signal-group.h"
#include "nap-toast.h"

struct _NapObjectiveEditor
{
  AdwBin              parent_instance;

  NapProject         *project;
  NapObjective       *objective;
  GSignalGroup       *project_signals;
  GSignalGroup       *objective_signals;
  GListStore         *recommendations;
  NapFieldBindingGroup *fields;
  guint               loading : 1;

  GtkStack           *stack;
  GtkScrolledWindow  *scrolled_window;
  GtkLabel           *heading;
  GtkBox             *content;
  AdwEntryRow        *title_row;
  GtkEntry           *code_entry;
  AdwComboRow        *status_row;
  GtkTextView        *description_view;
  AdwEntryRow        *start_row;
  AdwEntryRow        *end_row;
  GtkLabel           *start_error;
  GtkLabel           *end_error;
  NapActorList       *lead_list;
  NapActorList       *partner_list;
  NapActorList       *monitor_list;
  GtkListBox         *indicator_list;
  NapBudgetLineList  *budget_list;
  GtkListBox         *recommendation_list;
};

G_DEFINE_FINAL_TYPE (NapObjectiveEditor, nap_objective_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_OBJECTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
report (NapObjectiveEditor *self,
        GError             *error)
{
  nap_toast_show (GTK_WIDGET (self), error->message);
}

/* Showing the objective */

static void
update_heading (NapObjectiveEditor *self)
{
  g_autofree char *heading = NULL;
  g_autofree char *automatic = NULL;

  if (self->objective == NULL)
    return;

  /* Translators: a level name and the number of the item, e.g. "Pillar 2" or "Action 1.2.3" */
  heading = g_strdup_printf (C_("objective heading", "%s %s"),
                             nap_project_get_level_name (self->project, nap_objective_get_depth (self->objective)),
                             nap_objective_get_display_code (self->objective));
  gtk_label_set_text (self->heading, heading);
  /* GTK 4.8 does not name a heading after its text. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);

  automatic = nap_project_get_automatic_code (self->project, self->objective);
  gtk_entry_set_placeholder_text (self->code_entry, automatic);
}

static void
update_status (NapObjectiveEditor *self)
{
  if (self->objective == NULL)
    return;

  self->loading = TRUE;
  adw_combo_row_set_selected (self->status_row, nap_objective_get_status (self->objective));
  self->loading = FALSE;
}

static void
update_recommendations (NapObjectiveEditor *self)
{
  g_autoptr(GPtrArray) list = NULL;

  if (self->objective != NULL)
    list = nap_project_list_recommendations_for (self->project, self->objective);

  g_list_store_splice (self->recommendations, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->recommendations)),
                       list != NULL ? list->pdata : NULL,
                       list != NULL ? list->len : 0);
}

static void
update_sensitivity (NapObjectiveEditor *self)
{
  gboolean editable = self->project != NULL && !nap_project_is_read_only (self->project);

  gtk_widget_set_sensitive (GTK_WIDGET (self->content), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-indicator",
                                 editable && self->objective != NULL);
}

static void
objective_notify_cb (NapObjectiveEditor *self,
                     GParamSpec         *pspec)
{
  if (g_str_equal (pspec->name, "status"))
    update_status (self);
  else if (g_str_equal (pspec->name, "display-code") || g_str_equal (pspec->name, "depth"))
    update_heading (self);
}

static void
project_changed_cb (NapObjectiveEditor *self)
{
  /* The objective may have been deleted or the plan read again. */
  if (self->objective != NULL
      && nap_project_lookup_objective (self->project, nap_record_get_id (NAP_RECORD (self->objective))) != self->objective)
    {
      nap_objective_editor_set_objective (self, NULL);
      return;
    }

  /* Level names, the place in the tree and the consultations may all
   * have changed.
   */
  update_heading (self);
  update_recommendations (self);
}

static GtkWidget *
create_recommendation_row (gpointer item,
                           gpointer user_data)
{
  NapRecommendation *recommendation = item;
  NapConsultation *consultation = nap_recommendation_get_consultation (recommendation);
  const char *date = consultation != NULL ? nap_consultation_get_start_date (consultation) : NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), nap_recommendation_get_text (recommendation));
  /* Translators: the session that made a recommendation, its date and the
   * plan's response, e.g. "Workshop in Kayes · 2025-03-12 · Accepted"
   */
  subtitle = g_strdup_printf (_("%s · %s · %s"),
                              consultation != NULL ? nap_consultation_get_title (consultation) : "",
                              date != NULL ? date : _("no date"),
                              nap_enum_to_label (NAP_TYPE_RESPONSE, nap_recommendation_get_status (recommendation)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  /* Activating the row opens its session in the Consultations view. */
  if (consultation != NULL)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open the session"),
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-record");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s",
                                        nap_record_get_uuid (NAP_RECORD (consultation)));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }
  return row;
}

static GtkWidget *
create_indicator_row (gpointer item,
                      gpointer user_data)
{
  NapObjectiveEditor *self = user_data;

  return nap_indicator_row_new (self->project, item);
}

/* Editing */

static void
status_selected_cb (NapObjectiveEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);
  g_autoptr(GError) error = NULL;

  if (self->loading || self->objective == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (!nap_project_set_int (self->project, NAP_RECORD (self->objective), "status", selected, &error))
    {
      report (self, error);
      update_status (self);
    }
}

static void
add_indicator_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NapObjectiveEditor *self = NAP_OBJECTIVE_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  NapIndicator *indicator;
  guint n;

  if (self->objective == NULL)
    return;

  indicator = nap_project_add_indicator (self->project, self->objective, "", &error);
  if (indicator == NULL)
    {
      report (self, error);
      return;
    }

  n = g_list_model_get_n_items (nap_objective_get_indicators (self->objective));
  if (n > 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->indicator_list, n - 1);

      if (NAP_IS_INDICATOR_ROW (row))
        nap_indicator_row_focus_title (NAP_INDICATOR_ROW (row));
    }
}

/* GObject */

static void
nap_objective_editor_dispose (GObject *object)
{
  NapObjectiveEditor *self = NAP_OBJECTIVE_EDITOR (object);

  /* Save what was typed while the fields still exist. */
  if (self->fields != NULL)
    {
      nap_objective_editor_set_objective (self, NULL);
      nap_objective_editor_set_project (self, NULL);
    }
  g_clear_object (&self->fields);
  g_clear_object (&self->recommendations);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->objective_signals);

  /* The template's top child is AdwBin's: let AdwBin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_OBJECTIVE_EDITOR);

  G_OBJECT_CLASS (nap_objective_editor_parent_class)->dispose (object);
}

static void
nap_objective_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  NapObjectiveEditor *self = NAP_OBJECTIVE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_OBJECTIVE:
      g_value_set_object (value, self->objective);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nap_objective_editor_class_init (NapObjectiveEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_objective_editor_dispose;
  object_class->get_property = nap_objective_editor_get_property;

  properties[PROP_OBJECTIVE] =
    g_param_spec_object ("objective", NULL, NULL,
                         NAP_TYPE_OBJECTIVE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "editor.add-indicator", NULL, add_indicator_action);

  g_type_ensure (NAP_TYPE_ACTOR_LIST);
  g_type_ensure (NAP_TYPE_BUDGET_LINE_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-objective-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, content);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, code_entry);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, start_error);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, end_error);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, lead_list);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, partner_list);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, monitor_list);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, indicator_list);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, budget_list);
  gtk_widget_class_bind_template_child (widget_class, NapObjectiveEditor, recommendation_list);
}

static void
nap_objective_editor_init (NapObjectiveEditor *self)
{
  g_autoptr(GtkStringList) labels = NULL;
  NapFieldBinding *start, *end;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The editor follows whichever plan it is given: edits elsewhere and the
   * plan turning read-only.
   */
  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "changed", G_CALLBACK (project_changed_cb),
                                                "notify::read-only", G_CALLBACK (update_sensitivity),
                                                NULL);
  /* And the objective it shows. */
  self->objective_signals = nap_signal_group_new (NAP_TYPE_OBJECTIVE, self,
                                                  "notify", G_CALLBACK (objective_notify_cb),
                                                  NULL);

  self->fields = nap_field_binding_group_new ();
  nap_field_binding_group_add (self->fields, GTK_WIDGET (self->title_row), "title");
  nap_field_binding_group_add (self->fields, GTK_WIDGET (self->code_entry), "code");
  nap_field_binding_group_add (self->fields, GTK_WIDGET (self->description_view), "description");
  /* The dates are checked against the rules of the plan, by the core. */
  start = nap_field_binding_group_add_date (self->fields, GTK_WIDGET (self->start_row), "start-date",
                                            self->start_error);
  end = nap_field_binding_group_add_date (self->fields, GTK_WIDGET (self->end_row), "end-date",
                                          self->end_error);
  nap_field_binding_pair_dates (start, end);

  labels = nap_enum_labels_new (NAP_TYPE_OBJECTIVE_STATUS);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (labels));
  g_signal_connect_object (self->status_row, "notify::selected", G_CALLBACK (status_selected_cb), self,
                           G_CONNECT_SWAPPED);

  self->recommendations = g_list_store_new (NAP_TYPE_RECOMMENDATION);
  gtk_list_box_bind_model (self->recommendation_list, G_LIST_MODEL (self->recommendations),
                           create_recommendation_row, self, NULL);

  update_sensitivity (self);
}

/**
 * nap_objective_editor_new:
 *
 * Returns: (transfer floating): a new #NapObjectiveEditor
 */
GtkWidget *
nap_objective_editor_new (void)
{
  return g_object_new (NAP_TYPE_OBJECTIVE_EDITOR, NULL);
}

/**
 * nap_objective_editor_set_project:
 * @self: a #NapObjectiveEditor
 * @project: (nullable): the open plan
 *
 * Shows nothing until nap_objective_editor_set_objective() is called.
 */
void
nap_objective_editor_set_project (NapObjectiveEditor *self,
                                  NapProject         *project)
{
  g_return_if_fail (NAP_IS_OBJECTIVE_EDITOR (self));
  g_return_if_fail (project == NULL || NAP_IS_PROJECT (project));

  if (self->project == project)
    return;

  nap_objective_editor_set_objective (self, NULL);

  g_set_object (&self->project, project);
  g_signal_group_set_target (self->project_signals, project);
  update_sensitivity (self);
}

/**
 * nap_objective_editor_set_objective:
 * @self: a #NapObjectiveEditor
 * @objective: (nullable): the objective to edit, of the editor's project
 *
 * Saves what is pending for the previous objective first.
 */
void
nap_objective_editor_set_objective (NapObjectiveEditor *self,
                                    NapObjective       *objective)
{
  NapActorList *lists[] = { self->lead_list, self->partner_list, self->monitor_list };

  g_return_if_fail (NAP_IS_OBJECTIVE_EDITOR (self));
  g_return_if_fail (objective == NULL || NAP_IS_OBJECTIVE (objective));
  g_return_if_fail (objective == NULL || self->project != NULL);

  if (self->objective == objective)
    return;

  nap_objective_editor_flush (self);

  g_set_object (&self->objective, objective);
  g_signal_group_set_target (self->objective_signals, objective);

  nap_field_binding_group_set_record (self->fields, self->project, NAP_RECORD (objective));
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    nap_actor_list_set_objective (lists[i], self->project, objective);
  nap_budget_line_list_set_objective (self->budget_list, objective != NULL ? self->project : NULL, objective);

  if (objective != NULL)
    gtk_list_box_bind_model (self->indicator_list, nap_objective_get_indicators (objective),
                             create_indicator_row, self, NULL);
  else
    gtk_list_box_bind_model (self->indicator_list, NULL, NULL, NULL, NULL);

  update_heading (self);
  update_status (self);
  update_recommendations (self);
  update_sensitivity (self);

  gtk_stack_set_visible_child_name (self->stack, objective != NULL ? "editor" : "empty");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVE]);
}

/**
 * nap_objective_editor_get_objective:
 * @self: a #NapObjectiveEditor
 *
 * Returns: (transfer none) (nullable): the objective being edited, or %NULL
 */
NapObjective *
nap_objective_editor_get_objective (NapObjectiveEditor *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE_EDITOR (self), NULL);

  return self->objective;
}

/**
 * nap_objective_editor_flush:
 * @self: a #NapObjectiveEditor
 *
 * Saves what was typed and not saved yet.
 *
 * Returns: %FALSE when a field holds text that could not be saved (an
 *   invalid date); the field shows why
 */
gboolean
nap_objective_editor_flush (NapObjectiveEditor *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (NAP_IS_OBJECTIVE_EDITOR (self), FALSE);

  ok &= nap_field_binding_group_flush (self->fields);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->indicator_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (NAP_IS_INDICATOR_ROW (child))
      ok &= nap_indicator_row_flush (NAP_INDICATOR_ROW (child));
  ok &= nap_budget_line_list_flush (self->budget_list);

  return ok;
}

/**
 * nap_objective_editor_focus_title:
 * @self: a #NapObjectiveEditor
 *
 * Puts the cursor in the Title field, to type the name of a new item.
 */
void
nap_objective_editor_focus_title (NapObjectiveEditor *self)
{
  g_return_if_fail (NAP_IS_OBJECTIVE_EDITOR (self));

  if (self->objective == NULL)
    return;

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
