/* nap-recommendation-row.c: one recommendation of a session, to edit in place
 *
 * The text, the objectives it concerns, and the drafting team's response
 * and reason. Each objective links to it in the Plan view; the text and
 * the reason are saved as they are typed (see NapFieldBinding).
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-recommendation-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-enum-labels.h"
#include "nap-field-binding.h"
#include "nap-objective-picker.h"
#include "nap-recommendation-row.h"
#include "nap-toast.h"

struct _NapRecommendationRow
{
  GtkListBoxRow       parent_instance;

  NapProject         *project;
  NapRecommendation  *recommendation;
  NapFieldBinding    *text_binding;
  NapFieldBinding    *reason_binding;
  guint               loading : 1;

  GtkLabel           *heading;
  GtkButton          *delete_button;
  GtkTextView        *text_view;
  GtkListBox         *objective_list;
  NapObjectivePicker *picker;
  GtkDropDown        *status_dropdown;
  GtkTextView        *reason_view;
};

G_DEFINE_FINAL_TYPE (NapRecommendationRow, nap_recommendation_row, GTK_TYPE_LIST_BOX_ROW)

static void
report (NapRecommendationRow *self,
        GError               *error)
{
  nap_toast_show (GTK_WIDGET (self), error->message);
}

/* The objectives it concerns */

static char *
objective_label (NapObjective *objective)
{
  const char *title = nap_objective_get_title (objective);

  /* Translators: an objective a recommendation concerns: its code and
   * title, e.g. "1.2 Create a legal environment"
   */
  return g_strdup_printf (C_("objective chip", "%s %s"), nap_objective_get_display_code (objective),
                          nap_text_is_blank (title) ? _("Untitled objective") : title);
}

static void
update_chip (GtkWidget *link)
{
  NapObjective *objective = g_object_get_data (G_OBJECT (link), "nap-objective");
  GtkWidget *remove = gtk_widget_get_next_sibling (link);
  g_autofree char *label = objective_label (objective);
  g_autofree char *remove_label = NULL;
  g_autofree char *link_label = NULL;

  gtk_label_set_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (link))), label);
  gtk_widget_set_tooltip_text (link, label);
  /* Translators: a button that opens an objective in the Plan view; %s is
   * its code and title
   */
  link_label = g_strdup_printf (_("Show “%s” in the Plan"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (link),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, link_label,
                                  -1);
  /* Translators: %s is the code of an objective, e.g. "1.2" */
  remove_label = g_strdup_printf (_("Remove Objective %s"), nap_objective_get_display_code (objective));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  gtk_widget_set_tooltip_text (remove, remove_label);
}

static void
remove_objective_clicked_cb (GtkButton            *button,
                             NapRecommendationRow *self)
{
  NapObjective *objective = g_object_get_data (G_OBJECT (button), "nap-objective");
  g_autoptr(GError) error = NULL;

  if (!nap_project_link_recommendation (self->project, self->recommendation, objective, FALSE, &error))
    report (self, error);
}

static GtkWidget *
create_chip (gpointer item,
             gpointer user_data)
{
  NapRecommendationRow *self = user_data;
  NapObjective *objective = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *link = gtk_button_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_button_set_child (GTK_BUTTON (link), label);
  gtk_widget_add_css_class (link, "flat");
  gtk_widget_set_hexpand (link, TRUE);
  /* The objective opens in the Plan view, where its editor lists the
   * recommendations that concern it.
   */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (link), "win.show-record");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (link), "s", nap_record_get_uuid (NAP_RECORD (objective)));
  g_object_set_data_full (G_OBJECT (link), "nap-objective", g_object_ref (objective), g_object_unref);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (remove), "nap-objective", g_object_ref (objective), g_object_unref);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_objective_clicked_cb), self, 0);

  gtk_box_append (GTK_BOX (box), link);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  update_chip (link);

  g_signal_connect_object (objective, "notify::title", G_CALLBACK (update_chip), link, G_CONNECT_SWAPPED);
  g_signal_connect_object (objective, "notify::display-code", G_CALLBACK (update_chip), link, G_CONNECT_SWAPPED);
  return row;
}

static void
objective_chosen_cb (NapRecommendationRow *self,
                     NapObjective         *objective)
{
  g_autoptr(GError) error = NULL;

  if (!nap_project_link_recommendation (self->project, self->recommendation, objective, TRUE, &error))
    report (self, error);
}

/* Response */

static void
update_status (NapRecommendationRow *self)
{
  self->loading = TRUE;
  gtk_drop_down_set_selected (self->status_dropdown, nap_recommendation_get_status (self->recommendation));
  self->loading = FALSE;
}

static void
status_selected_cb (NapRecommendationRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);
  g_autoptr(GError) error = NULL;

  if (self->loading || selected == GTK_INVALID_LIST_POSITION
      || selected == (guint) nap_recommendation_get_status (self->recommendation))
    return;

  if (!nap_project_set_int (self->project, NAP_RECORD (self->recommendation), "status", selected, &error))
    {
      report (self, error);
      update_status (self);
    }
}

/* Deleting */

static void
delete_clicked_cb (NapRecommendationRow *self)
{
  g_autoptr(GError) error = NULL;

  /* What is typed belongs to a record about to go: drop it. */
  nap_field_binding_set_record (self->text_binding, NULL, NULL);
  nap_field_binding_set_record (self->reason_binding, NULL, NULL);

  if (!nap_project_delete_record (self->project, NAP_RECORD (self->recommendation), &error))
    {
      report (self, error);
      nap_field_binding_set_record (self->text_binding, self->project, NAP_RECORD (self->recommendation));
      nap_field_binding_set_record (self->reason_binding, self->project, NAP_RECORD (self->recommendation));
    }
}

/**
 * nap_recommendation_row_update_number:
 * @self: a #NapRecommendationRow
 *
 * Names the row's fields after its place in the session: "Recommendation
 * 2", "Response to recommendation 2"... so that a screen reader tells one
 * row's fields from the next one's.
 */
void
nap_recommendation_row_update_number (NapRecommendationRow *self)
{
  int index;
  guint number;
  g_autofree char *heading = NULL;
  g_autofree char *response = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *delete = NULL;

  g_return_if_fail (NAP_IS_RECOMMENDATION_ROW (self));

  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));
  number = index >= 0 ? (guint) index + 1 : (guint) nap_recommendation_get_position (self->recommendation) + 1;

  /* Translators: the heading of a recommendation in its session, %u its number */
  heading = g_strdup_printf (_("Recommendation %u"), number);
  /* Translators: %u is the number of a recommendation in its session */
  response = g_strdup_printf (_("Response to Recommendation %u"), number);
  /* Translators: %u is the number of a recommendation in its session */
  reason = g_strdup_printf (_("Reason for the Response to Recommendation %u"), number);
  /* Translators: %u is the number of a recommendation in its session */
  delete = g_strdup_printf (_("Delete Recommendation %u"), number);

  gtk_label_set_text (self->heading, heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->objective_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Objectives It Concerns"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, response,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reason_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, reason,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete,
                                  -1);
}

/* GObject */

static void
nap_recommendation_row_dispose (GObject *object)
{
  NapRecommendationRow *self = NAP_RECOMMENDATION_ROW (object);

  if (self->text_binding != NULL)
    nap_recommendation_row_flush (self);
  g_clear_object (&self->text_binding);
  g_clear_object (&self->reason_binding);
  g_clear_object (&self->recommendation);
  g_clear_object (&self->project);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_RECOMMENDATION_ROW);

  G_OBJECT_CLASS (nap_recommendation_row_parent_class)->dispose (object);
}

static void
nap_recommendation_row_class_init (NapRecommendationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_recommendation_row_dispose;

  g_type_ensure (NAP_TYPE_OBJECTIVE_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-recommendation-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRow, heading);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRow, text_view);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRow, objective_list);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRow, picker);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NapRecommendationRow, reason_view);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, objective_chosen_cb);
}

static void
nap_recommendation_row_init (NapRecommendationRow *self)
{
  g_autoptr(GtkStringList) labels = nap_enum_labels_new (NAP_TYPE_RESPONSE);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (labels));
  g_signal_connect_object (self->status_dropdown, "notify::selected", G_CALLBACK (status_selected_cb), self,
                           G_CONNECT_SWAPPED);
  self->text_binding = nap_field_binding_new (GTK_WIDGET (self->text_view), "text");
  self->reason_binding = nap_field_binding_new (GTK_WIDGET (self->reason_view), "response");
}

/**
 * nap_recommendation_row_new:
 * @project: a #NapProject
 * @recommendation: a #NapRecommendation
 *
 * Returns: (transfer floating): a new #NapRecommendationRow
 */
GtkWidget *
nap_recommendation_row_new (NapProject        *project,
                            NapRecommendation *recommendation)
{
  NapRecommendationRow *self;
  GListModel *objectives;

  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (NAP_IS_RECOMMENDATION (recommendation), NULL);

  self = g_object_new (NAP_TYPE_RECOMMENDATION_ROW, NULL);
  self->project = g_object_ref (project);
  self->recommendation = g_object_ref (recommendation);

  nap_field_binding_set_record (self->text_binding, project, NAP_RECORD (recommendation));
  nap_field_binding_set_record (self->reason_binding, project, NAP_RECORD (recommendation));

  objectives = nap_recommendation_get_objectives (recommendation);
  gtk_list_box_bind_model (self->objective_list, objectives, create_chip, self, NULL);
  nap_objective_picker_set_project (self->picker, project);
  nap_objective_picker_set_excluded (self->picker, objectives);

  g_signal_connect_object (recommendation, "notify::status", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  update_status (self);
  nap_recommendation_row_update_number (self);

  return GTK_WIDGET (self);
}

/**
 * nap_recommendation_row_get_recommendation:
 * @self: a #NapRecommendationRow
 *
 * Returns: (transfer none): the recommendation the row edits
 */
NapRecommendation *
nap_recommendation_row_get_recommendation (NapRecommendationRow *self)
{
  g_return_val_if_fail (NAP_IS_RECOMMENDATION_ROW (self), NULL);

  return self->recommendation;
}

/**
 * nap_recommendation_row_flush:
 * @self: a #NapRecommendationRow
 *
 * Saves what was typed in the text and the reason and not saved yet.
 */
gboolean
nap_recommendation_row_flush (NapRecommendationRow *self)
{
  gboolean ok;

  g_return_val_if_fail (NAP_IS_RECOMMENDATION_ROW (self), FALSE);

  ok = nap_field_binding_flush (self->text_binding);
  ok &= nap_field_binding_flush (self->reason_binding);
  return ok;
}

/**
 * nap_recommendation_row_focus_text:
 * @self: a #NapRecommendationRow
 */
void
nap_recommendation_row_focus_text (NapRecommendationRow *self)
{
  g_return_if_fail (NAP_IS_RECOMMENDATION_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}
