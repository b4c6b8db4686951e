/* nap-consultation-overview.c: the figures of the consultation log
 *
 * Sessions, regions covered, participants by sex and by group, the share
 * of women with a bar, and recommendations by response: what reviewers ask
 * a plan to show about its consultations. The figures are the core's
 * (NapConsultationFigures, also in "nap-tool info --json"); this page only
 * shows them, again after every edit of the plan.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-consultation-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-consultation-overview.h"
#include "nap-signal-group.h"
#include "nap-summary.h"

/* The order of the response rows: what is still to do first. */
static const NapResponse response_order[NAP_N_RESPONSES] = {
  NAP_RESPONSE_PENDING,
  NAP_RESPONSE_ACCEPTED,
  NAP_RESPONSE_PARTLY_ACCEPTED,
  NAP_RESPONSE_NOT_TAKEN_UP,
};

struct _NapConsultationOverview
{
  AdwBin                parent_instance;

  NapProject           *project;
  GSignalGroup         *project_signals;

  GtkLabel             *sessions_label;
  AdwActionRow         *regions_row;
  GtkLabel             *regions_label;
  GtkLabel             *women_label;
  GtkLabel             *men_label;
  GtkLabel             *other_label;
  GtkLabel             *total_label;
  AdwActionRow         *share_row;
  GtkLevelBar          *share_bar;
  GtkLabel             *share_label;
  AdwPreferencesGroup  *groups_group;
  AdwActionRow         *no_groups_row;
  AdwPreferencesGroup  *responses_group;
  GtkLabel             *recommendations_label;

  GtkLabel             *response_labels[NAP_N_RESPONSES]; /* by NapResponse */
  GPtrArray            *group_rows;                       /* AdwActionRow */
};

G_DEFINE_FINAL_TYPE (NapConsultationOverview, nap_consultation_overview, ADW_TYPE_BIN)

static void
set_number (GtkLabel *label,
            guint64   number)
{
  g_autofree char *text = g_strdup_printf ("%" G_GUINT64_FORMAT, number);

  gtk_label_set_label (label, text);
}

static GtkLabel *
add_value_row (AdwPreferencesGroup *group,
               const char          *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  return GTK_LABEL (label);
}

static void
update_groups (NapConsultationOverview *self,
               NapConsultationFigures  *figures)
{
  for (guint i = 0; i < self->group_rows->len; i++)
    adw_preferences_group_remove (self->groups_group, g_ptr_array_index (self->group_rows, i));
  g_ptr_array_set_size (self->group_rows, 0);

  for (guint i = 0; figures != NULL && i < figures->groups->len; i++)
    {
      NapGroupFigure *group = g_ptr_array_index (figures->groups, i);
      GtkLabel *label = add_value_row (self->groups_group, nap_participant_group_get_display_name (group->name));

      set_number (label, group->count);
      g_ptr_array_add (self->group_rows,
                       gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_ACTION_ROW));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->no_groups_row), self->group_rows->len == 0);
}

static void
update_share (NapConsultationOverview *self,
              NapConsultationFigures  *figures)
{
  g_autofree char *share = figures != NULL ? nap_consultation_figures_format_women_share (figures) : NULL;
  guint permille = 0;

  if (share != NULL && nap_consultation_figures_women_share (figures, &permille))
    {
      gtk_label_set_label (self->share_label, share);
      gtk_level_bar_set_value (self->share_bar, permille);
      adw_action_row_set_subtitle (self->share_row, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->share_bar),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, share,
                                      -1);
    }
  else
    {
      /* No participant counted: there is no share, rather than 0 %. */
      gtk_label_set_label (self->share_label, C_("no share", "—"));
      gtk_level_bar_set_value (self->share_bar, 0);
      adw_action_row_set_subtitle (self->share_row, _("No participants counted yet"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->share_bar),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, _("No participants counted yet"),
                                      -1);
    }
}

static void
update (NapConsultationOverview *self)
{
  g_autoptr(NapConsultationFigures) figures = NULL;
  g_autofree char *regions = NULL;

  if (self->project != NULL)
    figures = nap_consultation_figures_new (self->project);

  set_number (self->sessions_label, figures != NULL ? figures->sessions : 0);
  set_number (self->regions_label, figures != NULL ? figures->regions->len : 0);
  if (figures != NULL && figures->regions->len > 0)
    {
      g_ptr_array_add (figures->regions, NULL);
      /* Translators: the separator in the list of regions covered */
      regions = g_strjoinv (C_("regions", ", "), (char **) figures->regions->pdata);
      g_ptr_array_remove_index (figures->regions, figures->regions->len - 1);
    }
  adw_action_row_set_subtitle (self->regions_row, regions);

  set_number (self->women_label, figures != NULL ? figures->women : 0);
  set_number (self->men_label, figures != NULL ? figures->men : 0);
  set_number (self->other_label, figures != NULL ? figures->other : 0);
  set_number (self->total_label, figures != NULL ? nap_consultation_figures_participants (figures) : 0);
  update_share (self, figures);
  update_groups (self, figures);

  set_number (self->recommendations_label, figures != NULL ? figures->recommendations : 0);
  for (guint i = 0; i < NAP_N_RESPONSES; i++)
    set_number (self->response_labels[i], figures != NULL ? figures->responses[i] : 0);
}

static void
nap_consultation_overview_dispose (GObject *object)
{
  NapConsultationOverview *self = NAP_CONSULTATION_OVERVIEW (object);

  nap_consultation_overview_set_project (self, NULL);
  /* The bin would unparent its child again after the template. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_CONSULTATION_OVERVIEW);
  g_clear_pointer (&self->group_rows, g_ptr_array_unref);
  g_clear_object (&self->project_signals);

  G_OBJECT_CLASS (nap_consultation_overview_parent_class)->dispose (object);
}

static void
nap_consultation_overview_class_init (NapConsultationOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_consultation_overview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-consultation-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, sessions_label);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, regions_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, regions_label);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, women_label);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, men_label);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, other_label);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, total_label);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, share_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, share_bar);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, share_label);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, groups_group);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, no_groups_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, responses_group);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationOverview, recommendations_label);
}

static void
nap_consultation_overview_init (NapConsultationOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->group_rows = g_ptr_array_new ();
  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "changed", G_CALLBACK (update),
                                                NULL);
  /* The bar shows a share, not a level to reach: no colour offsets. */
  gtk_level_bar_remove_offset_value (self->share_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->share_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->share_bar, GTK_LEVEL_BAR_OFFSET_FULL);

  for (guint i = 0; i < NAP_N_RESPONSES; i++)
    self->response_labels[response_order[i]] =
      add_value_row (self->responses_group, nap_enum_to_label (NAP_TYPE_RESPONSE, response_order[i]));

  update (self);
}

/**
 * nap_consultation_overview_new:
 *
 * Returns: (transfer floating): a new #NapConsultationOverview
 */
GtkWidget *
nap_consultation_overview_new (void)
{
  return g_object_new (NAP_TYPE_CONSULTATION_OVERVIEW, NULL);
}

/**
 * nap_consultation_overview_set_project:
 * @self: a #NapConsultationOverview
 * @project: (nullable): the plan to show, or %NULL to let go of it
 */
void
nap_consultation_overview_set_project (NapConsultationOverview *self,
                                       NapProject              *project)
{
  g_return_if_fail (NAP_IS_CONSULTATION_OVERVIEW (self));
  g_return_if_fail (!project || NAP_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_set_object (&self->project, project);
  g_signal_group_set_target (self->project_signals, project);
  update (self);
}

/**
 * nap_consultation_overview_get_project:
 * @self: a #NapConsultationOverview
 *
 * Returns: (transfer none) (nullable): the project shown, or %NULL
 */
NapProject *
nap_consultation_overview_get_project (NapConsultationOverview *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION_OVERVIEW (self), NULL);

  return self->project;
}
