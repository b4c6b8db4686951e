/* nap-consultation-editor.c: the fields of one consultation session and its recommendations
 *
 * Like the objective editor, every field is saved on its own as soon as
 * it is complete (see NapFieldBinding), and switching to another session
 * saves what is pending first. Dates are read in the locale's order as
 * well as ISO 8601 (see NapDateRow) and stored as ISO 8601.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-consultation-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-actor-list.h"
#include "nap-checks.h"
#include "nap-consultation-editor.h"
#include "nap-date-row.h"
#include "nap-enum-labels.h"
#include "nap-field-binding-group.h"
#include "nap-iso-codes.h"
#include "nap-participant-groups.h"
#include "nap-recommendation-row.h"
#include "nap-search-popover.h"
#include "nap-signal-group.h"
#include "nap-spin-pause.h"
#include "nap-toast.h"

struct _NapConsultationEditor
{
  AdwBin                parent_instance;

  NapProject           *project;
  NapConsultation      *consultation;
  GSignalGroup         *project_signals;
  GSignalGroup         *consultation_signals;
  GSignalGroup         *recommendations_signals;
  NapFieldBindingGroup *fields;
  NapFieldBinding      *start_binding;
  NapFieldBinding      *end_binding;
  NapFieldBinding      *region_binding;
  GtkStringList        *regions;
  guint                 loading : 1;

  GtkStack             *stack;
  GtkScrolledWindow    *scrolled_window;
  GtkLabel             *heading;
  GtkBox               *content;
  AdwPreferencesGroup  *dates_group;
  AdwEntryRow          *title_row;
  AdwComboRow          *format_row;
  NapDateRow           *start_row;
  NapDateRow           *end_row;
  GtkLabel             *start_error;
  GtkLabel             *end_error;
  AdwEntryRow          *place_row;
  AdwEntryRow          *region_row;
  NapSearchPopover     *region_popover;
  AdwEntryRow          *language_row;
  AdwEntryRow          *facilitator_row;
  GtkSpinButton        *women_spin;
  GtkSpinButton        *men_spin;
  GtkSpinButton        *other_spin;
  GtkLabel             *total_label;
  NapParticipantGroups *groups;
  NapActorList         *organisations;
  GtkTextView          *notes_view;
  GtkListBox           *recommendation_list;
};

G_DEFINE_FINAL_TYPE (NapConsultationEditor, nap_consultation_editor, ADW_TYPE_BIN)

static void
report (NapConsultationEditor *self,
        GError                *error)
{
  nap_toast_show (GTK_WIDGET (self), error->message);
}

/* Showing the session */

static void
update_heading (NapConsultationEditor *self)
{
  const char *title;

  if (self->consultation == NULL)
    return;

  title = nap_consultation_get_title (self->consultation);
  if (nap_text_is_blank (title))
    title = _("Untitled session");
  gtk_label_set_text (self->heading, title);
  /* GTK 4.8 does not name a heading after its text. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static void
update_counts (NapConsultationEditor *self)
{
  struct { GtkSpinButton *spin; int value; } counts[] = {
    { self->women_spin, nap_consultation_get_women (self->consultation) },
    { self->men_spin, nap_consultation_get_men (self->consultation) },
    { self->other_spin, nap_consultation_get_other (self->consultation) },
  };
  g_autofree char *total = NULL;

  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (gtk_spin_button_get_value_as_int (counts[i].spin) != counts[i].value)
      gtk_spin_button_set_value (counts[i].spin, counts[i].value);
  adw_combo_row_set_selected (self->format_row, nap_consultation_get_format (self->consultation));
  self->loading = FALSE;

  total = g_strdup_printf ("%d", nap_consultation_get_participants (self->consultation));
  gtk_label_set_text (self->total_label, total);
}

/* What the core finds wrong with the session: shown under the groups,
 * where a group larger than the whole is typed.
 */
static void
update_problems (NapConsultationEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *text = NULL;

  if (self->consultation != NULL)
    {
      problems = nap_consultation_check (self->consultation);
      text = nap_problems_join (problems, "\n");
    }
  nap_participant_groups_set_problems (self->groups, text);
}

static void
update_sensitivity (NapConsultationEditor *self)
{
  gboolean editable = self->project != NULL && !nap_project_is_read_only (self->project);

  gtk_widget_set_sensitive (GTK_WIDGET (self->content), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-recommendation",
                                 editable && self->consultation != NULL);
}

static void
consultation_notify_cb (NapConsultationEditor *self,
                        GParamSpec            *pspec)
{
  if (g_str_equal (pspec->name, "title"))
    update_heading (self);
  else
    update_counts (self);
}

static void
project_changed_cb (NapConsultationEditor *self)
{
  /* The session may have been deleted or the plan read again. */
  if (self->consultation != NULL
      && nap_project_lookup_uuid (self->project, nap_record_get_uuid (NAP_RECORD (self->consultation)))
         != NAP_RECORD (self->consultation))
    {
      nap_consultation_editor_set_consultation (self, NULL);
      return;
    }
  update_problems (self);
}

/* Dates */

static gboolean
check_date (const char  *text,
            char       **iso,
            char       **message)
{
  g_autofree char *parsed = nap_date_row_parse (text, NULL);

  if (parsed == NULL)
    {
      if (message != NULL)
        {
          g_autofree char *example = nap_date_row_format_example (nap_date_row_get_local_format ());

          /* Translators: %1$s is what was typed as a date, %2$s the same
           * example date written the local way, e.g. 31/03/2026
           */
          *message = g_strdup_printf (_("“%1$s” is not a date; write it as 2026-03-31 or %2$s, or choose it in the calendar."),
                                      text, example);
        }
      return FALSE;
    }
  if (iso != NULL)
    *iso = g_steal_pointer (&parsed);
  return TRUE;
}

/* The start and the end: each a date, which the rules of the plan accept
 * (checked by the core: in order with the other).
 */
static gboolean
validate_date (NapFieldBinding  *binding,
               const char       *text,
               char            **message,
               gpointer          user_data)
{
  g_autofree char *iso = NULL;

  return check_date (text, &iso, message)
         && nap_field_binding_check_rules (binding, iso, message);
}

/* Stores the date typed in the local way as ISO 8601. */
static gboolean
commit_date (NapFieldBinding  *binding,
             const char       *text,
             GError          **error,
             gpointer          user_data)
{
  NapConsultationEditor *self = user_data;
  NapRecord *record = nap_field_binding_get_record (binding);
  g_autofree char *iso = nap_date_row_parse (text, NULL);

  if (record == NULL)
    return TRUE;
  g_assert (iso != NULL);
  return nap_project_set_string (self->project, record,
                                 binding == self->start_binding ? "start-date" : "end-date",
                                 iso, error);
}

static void
date_committed_cb (NapFieldBinding       *binding,
                   NapConsultationEditor *self)
{
  NapFieldBinding *other = binding == self->start_binding ? self->end_binding : self->start_binding;
  g_autofree char *iso = nap_date_row_dup_iso (NAP_DATE_ROW (nap_field_binding_get_widget (binding)));

  /* Show what was stored: 12/03/2025 becomes 2025-03-12. */
  if (iso != NULL)
    nap_field_binding_set_text (binding, iso);
  nap_field_binding_revalidate (other);
}

/* Format and counts */

static void
format_selected_cb (NapConsultationEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);
  g_autoptr(GError) error = NULL;

  if (self->loading || self->consultation == NULL || selected == GTK_INVALID_LIST_POSITION
      || selected == (guint) nap_consultation_get_format (self->consultation))
    return;

  if (!nap_project_set_int (self->project, NAP_RECORD (self->consultation), "format", selected, &error))
    {
      report (self, error);
      update_counts (self);
    }
}

static void
count_changed_cb (GtkSpinButton         *spin,
                  NapConsultationEditor *self)
{
  const char *property = g_object_get_data (G_OBJECT (spin), "nap-property");
  g_autoptr(GError) error = NULL;

  if (self->loading || self->consultation == NULL)
    return;

  if (!nap_project_set_int (self->project, NAP_RECORD (self->consultation), property,
                            gtk_spin_button_get_value_as_int (spin), &error))
    {
      report (self, error);
      update_counts (self);
    }
}

/* Regions */

static const char *
plan_country (NapConsultationEditor *self)
{
  return nap_plan_get_country (nap_project_get_plan (self->project));
}

/* A region chosen from a list elsewhere may be stored as its ISO 3166-2
 * code: it is shown by name, and stays as it is unless edited.
 */
static char *
load_region (NapFieldBinding *binding,
             const char      *value,
             gpointer         user_data)
{
  NapConsultationEditor *self = user_data;
  NapRecord *record = nap_field_binding_get_record (binding);

  if (record == NULL || self->project == NULL)
    return g_strdup (value);
  return g_strdup (nap_consultation_get_region_name (NAP_CONSULTATION (record), plan_country (self)));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* The regions the plan's sessions already name, then the country's
 * subdivisions from iso-codes that are not among them.
 */
static void
region_popover_show_cb (NapConsultationEditor *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  GListModel *consultations;
  GListModel *subdivisions;

  if (self->project == NULL)
    return;

  consultations = nap_project_get_consultations (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (consultations); i++)
    {
      g_autoptr(NapConsultation) consultation = g_list_model_get_item (consultations, i);
      const char *region = nap_consultation_get_region_name (consultation, plan_country (self));
      g_autofree char *key = NULL;

      if (nap_text_is_blank (region))
        continue;
      key = g_utf8_casefold (region, -1);
      if (g_hash_table_add (seen, g_steal_pointer (&key)))
        g_ptr_array_add (used, (gpointer) region);
    }
  g_ptr_array_sort (used, compare_strings);
  for (guint i = 0; i < used->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (used, i));

  subdivisions = nap_iso_codes_get_subdivisions (plan_country (self));
  for (guint i = 0; i < g_list_model_get_n_items (subdivisions); i++)
    {
      g_autoptr(NapIsoEntry) entry = g_list_model_get_item (subdivisions, i);
      g_autofree char *key = g_utf8_casefold (nap_iso_entry_get_name (entry), -1);

      if (g_hash_table_add (seen, g_steal_pointer (&key)))
        g_strv_builder_add (builder, nap_iso_entry_get_name (entry));
    }

  names = g_strv_builder_end (builder);
  gtk_string_list_splice (self->regions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->regions)),
                          (const char * const *) names);
}

static void
region_chosen_cb (NapConsultationEditor *self,
                  GObject               *item)
{
  gtk_editable_set_text (GTK_EDITABLE (self->region_row), gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  nap_field_binding_flush (self->region_binding);
  gtk_widget_grab_focus (GTK_WIDGET (self->region_row));
}

/* Recommendations */

static GtkWidget *
create_recommendation_row (gpointer item,
                           gpointer user_data)
{
  NapConsultationEditor *self = user_data;

  return nap_recommendation_row_new (self->project, item);
}

static void
recommendations_changed_cb (NapConsultationEditor *self)
{
  /* Numbers follow the order: deleting the first renumbers the others. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->recommendation_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (NAP_IS_RECOMMENDATION_ROW (child))
      nap_recommendation_row_update_number (NAP_RECOMMENDATION_ROW (child));
}

static void
add_recommendation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  NapConsultationEditor *self = NAP_CONSULTATION_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  guint n;

  if (self->consultation == NULL)
    return;

  if (nap_project_add_recommendation (self->project, self->consultation, "", &error) == NULL)
    {
      report (self, error);
      return;
    }

  n = g_list_model_get_n_items (nap_consultation_get_recommendations (self->consultation));
  row = gtk_list_box_get_row_at_index (self->recommendation_list, (int) n - 1);
  if (NAP_IS_RECOMMENDATION_ROW (row))
    nap_recommendation_row_focus_text (NAP_RECOMMENDATION_ROW (row));
}

/* GObject */

static NapFieldBinding *
bind_field (NapConsultationEditor *self,
            gpointer               widget,
            const char            *property)
{
  return nap_field_binding_group_add (self->fields, widget, property);
}

static void
nap_consultation_editor_dispose (GObject *object)
{
  NapConsultationEditor *self = NAP_CONSULTATION_EDITOR (object);

  /* Save what was typed while the fields still exist. */
  if (self->fields != NULL)
    {
      nap_consultation_editor_set_consultation (self, NULL);
      nap_consultation_editor_set_project (self, NULL);
    }
  g_clear_object (&self->fields);
  g_clear_object (&self->regions);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->consultation_signals);
  g_clear_object (&self->recommendations_signals);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_CONSULTATION_EDITOR);

  G_OBJECT_CLASS (nap_consultation_editor_parent_class)->dispose (object);
}

static void
nap_consultation_editor_class_init (NapConsultationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_consultation_editor_dispose;

  gtk_widget_class_install_action (widget_class, "editor.add-recommendation", NULL, add_recommendation_action);

  g_type_ensure (NAP_TYPE_DATE_ROW);
  g_type_ensure (NAP_TYPE_SEARCH_POPOVER);
  g_type_ensure (NAP_TYPE_PARTICIPANT_GROUPS);
  g_type_ensure (NAP_TYPE_ACTOR_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-consultation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, content);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, dates_group);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, format_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, start_error);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, end_error);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, region_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, region_popover);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, language_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, facilitator_row);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, women_spin);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, men_spin);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, other_spin);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, total_label);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, groups);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, organisations);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationEditor, recommendation_list);
  gtk_widget_class_bind_template_callback (widget_class, region_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, region_chosen_cb);
}

static void
nap_consultation_editor_init (NapConsultationEditor *self)
{
  g_autoptr(GtkStringList) formats = nap_enum_labels_new (NAP_TYPE_CONSULTATION_FORMAT);
  g_autoptr(GtkExpression) region_name = NULL;
  g_autofree char *example = nap_date_row_format_example (nap_date_row_get_local_format ());
  g_autofree char *dates = NULL;
  struct { GtkSpinButton *spin; const char *property; } counts[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The editor follows whichever plan it is given: edits elsewhere and the
   * plan turning read-only.
   */
  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "changed", G_CALLBACK (project_changed_cb),
                                                "notify::read-only", G_CALLBACK (update_sensitivity),
                                                NULL);
  /* And the session it shows, with its list of recommendations. */
  self->consultation_signals = nap_signal_group_new (NAP_TYPE_CONSULTATION, self,
                                                     "notify", G_CALLBACK (consultation_notify_cb),
                                                     NULL);
  self->recommendations_signals = nap_signal_group_new (G_TYPE_LIST_MODEL, self,
                                                        "items-changed", G_CALLBACK (recommendations_changed_cb),
                                                        NULL);

  counts[0].spin = self->women_spin;
  counts[0].property = "women";
  counts[1].spin = self->men_spin;
  counts[1].property = "men";
  counts[2].spin = self->other_spin;
  counts[2].property = "other";

  self->fields = nap_field_binding_group_new ();
  bind_field (self, self->title_row, "title");
  bind_field (self, self->place_row, "place");
  self->region_binding = bind_field (self, self->region_row, "region");
  nap_field_binding_set_load_func (self->region_binding, load_region, self);
  bind_field (self, self->language_row, "language");
  bind_field (self, self->facilitator_row, "facilitator");
  bind_field (self, self->notes_view, "notes");
  self->start_binding = bind_field (self, self->start_row, "start-date");
  self->end_binding = bind_field (self, self->end_row, "end-date");

  nap_field_binding_set_validate_func (self->start_binding, validate_date, self);
  nap_field_binding_set_validate_func (self->end_binding, validate_date, self);
  nap_field_binding_set_commit_func (self->start_binding, commit_date, self);
  nap_field_binding_set_commit_func (self->end_binding, commit_date, self);
  nap_field_binding_set_error_label (self->start_binding, self->start_error);
  nap_field_binding_set_error_label (self->end_binding, self->end_error);
  g_signal_connect_object (self->start_binding, "committed", G_CALLBACK (date_committed_cb), self, 0);
  g_signal_connect_object (self->end_binding, "committed", G_CALLBACK (date_committed_cb), self, 0);

  /* Translators: %s is 31 March 2026 written the local way, e.g. 31/03/2026 */
  dates = g_strdup_printf (_("Dates as 2026-03-31 or %s, or from the calendar."), example);
  adw_preferences_group_set_description (self->dates_group, dates);

  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  g_signal_connect_object (self->format_row, "notify::selected", G_CALLBACK (format_selected_cb), self,
                           G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_object_set_data (G_OBJECT (counts[i].spin), "nap-property", (gpointer) counts[i].property);
      nap_spin_button_update_on_pause (counts[i].spin);
      g_signal_connect_object (counts[i].spin, "value-changed", G_CALLBACK (count_changed_cb), self, 0);
    }

  self->regions = gtk_string_list_new (NULL);
  region_name = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  nap_search_popover_set_fields (self->region_popover, NULL, region_name, NULL);
  nap_search_popover_set_labels (self->region_popover, _("Find a Region"),
                                 _("Regions"), _("No region matches; type it in the field."));
  nap_search_popover_set_model (self->region_popover, G_LIST_MODEL (self->regions));

  nap_actor_list_set_consultation (self->organisations, NULL, NULL);

  update_sensitivity (self);
}

/**
 * nap_consultation_editor_new:
 *
 * Returns: (transfer floating): a new #NapConsultationEditor
 */
GtkWidget *
nap_consultation_editor_new (void)
{
  return g_object_new (NAP_TYPE_CONSULTATION_EDITOR, NULL);
}

/**
 * nap_consultation_editor_set_project:
 * @self: a #NapConsultationEditor
 * @project: (nullable): the open plan
 *
 * Shows nothing until nap_consultation_editor_set_consultation() is called.
 */
void
nap_consultation_editor_set_project (NapConsultationEditor *self,
                                     NapProject            *project)
{
  g_return_if_fail (NAP_IS_CONSULTATION_EDITOR (self));
  g_return_if_fail (project == NULL || NAP_IS_PROJECT (project));

  if (self->project == project)
    return;

  nap_consultation_editor_set_consultation (self, NULL);

  g_set_object (&self->project, project);
  g_signal_group_set_target (self->project_signals, project);
  update_sensitivity (self);
}

/**
 * nap_consultation_editor_set_consultation:
 * @self: a #NapConsultationEditor
 * @consultation: (nullable): the session to edit, of the editor's project
 *
 * Saves what is pending for the previous session first.
 */
void
nap_consultation_editor_set_consultation (NapConsultationEditor *self,
                                          NapConsultation       *consultation)
{
  g_return_if_fail (NAP_IS_CONSULTATION_EDITOR (self));
  g_return_if_fail (consultation == NULL || NAP_IS_CONSULTATION (consultation));
  g_return_if_fail (consultation == NULL || self->project != NULL);

  if (self->consultation == consultation)
    return;

  nap_consultation_editor_flush (self);

  g_signal_group_set_target (self->consultation_signals, NULL);
  g_signal_group_set_target (self->recommendations_signals, NULL);
  g_set_object (&self->consultation, consultation);

  nap_field_binding_group_set_record (self->fields, self->project, NAP_RECORD (consultation));
  nap_participant_groups_set_consultation (self->groups, self->project, consultation);
  nap_actor_list_set_consultation (self->organisations, self->project, consultation);

  if (consultation != NULL)
    {
      GListModel *recommendations = nap_consultation_get_recommendations (consultation);

      g_signal_group_set_target (self->consultation_signals, consultation);
      gtk_list_box_bind_model (self->recommendation_list, recommendations,
                               create_recommendation_row, self, NULL);
      /* After the list box's own handler, which makes the rows. */
      g_signal_group_set_target (self->recommendations_signals, recommendations);
      update_heading (self);
      update_counts (self);
    }
  else
    gtk_list_box_bind_model (self->recommendation_list, NULL, NULL, NULL, NULL);

  update_problems (self);
  update_sensitivity (self);

  gtk_stack_set_visible_child_name (self->stack, consultation != NULL ? "editor" : "empty");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

/**
 * nap_consultation_editor_get_consultation:
 * @self: a #NapConsultationEditor
 *
 * Returns: (transfer none) (nullable): the session being edited, or %NULL
 */
NapConsultation *
nap_consultation_editor_get_consultation (NapConsultationEditor *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATION_EDITOR (self), NULL);

  return self->consultation;
}

/**
 * nap_consultation_editor_flush:
 * @self: a #NapConsultationEditor
 *
 * Saves what was typed and not saved yet.
 *
 * Returns: %FALSE when a field holds text that could not be saved (an
 *   invalid date); the field shows why
 */
gboolean
nap_consultation_editor_flush (NapConsultationEditor *self)
{
  GtkSpinButton *spins[] = { self->women_spin, self->men_spin, self->other_spin };
  gboolean ok = TRUE;

  g_return_val_if_fail (NAP_IS_CONSULTATION_EDITOR (self), FALSE);

  ok &= nap_field_binding_group_flush (self->fields);
  /* A count typed without Enter is taken as it stands. */
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    gtk_spin_button_update (spins[i]);
  nap_participant_groups_flush (self->groups);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->recommendation_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (NAP_IS_RECOMMENDATION_ROW (child))
      ok &= nap_recommendation_row_flush (NAP_RECOMMENDATION_ROW (child));

  return ok;
}

/**
 * nap_consultation_editor_focus_title:
 * @self: a #NapConsultationEditor
 *
 * Puts the cursor in the Title field, to name a new session.
 */
void
nap_consultation_editor_focus_title (NapConsultationEditor *self)
{
  g_return_if_fail (NAP_IS_CONSULTATION_EDITOR (self));

  if (self->consultation == NULL)
    return;

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
