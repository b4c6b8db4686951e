/* nap-indicator-row.c: one indicator of an objective, to edit in place
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-indicator-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-field-binding-group.h"
#include "nap-indicator-row.h"
#include "nap-toast.h"

typedef struct
{
  const char *property;
  const char *title;
} Field;

struct _NapIndicatorRow
{
  AdwExpanderRow   parent_instance;

  NapProject      *project;
  NapIndicator    *indicator;
  NapFieldBindingGroup *fields;
  AdwEntryRow     *title_row;
};

G_DEFINE_FINAL_TYPE (NapIndicatorRow, nap_indicator_row, ADW_TYPE_EXPANDER_ROW)

static void
update_title (NapIndicatorRow *self)
{
  const char *title = nap_indicator_get_title (self->indicator);
  const char *target = nap_indicator_get_target (self->indicator);
  const char *unit = nap_indicator_get_unit (self->indicator);
  g_autofree char *subtitle = NULL;

  if (nap_text_is_blank (title))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Untitled indicator"));
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  if (!nap_text_is_blank (target) && !nap_text_is_blank (unit))
    /* Translators: the target of an indicator and its unit, e.g. "Target: 40 %" */
    subtitle = g_strdup_printf (_("Target: %s %s"), target, unit);
  else if (!nap_text_is_blank (target))
    /* Translators: the target of an indicator */
    subtitle = g_strdup_printf (_("Target: %s"), target);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle != NULL ? subtitle : "");
}

static void
delete_clicked_cb (NapIndicatorRow *self)
{
  g_autoptr(GError) error = NULL;

  /* What is typed belongs to a record about to go: drop it. */
  nap_field_binding_group_set_record (self->fields, NULL, NULL);

  if (!nap_project_delete_record (self->project, NAP_RECORD (self->indicator), &error))
    nap_toast_show (GTK_WIDGET (self), error->message);
}

static void
nap_indicator_row_dispose (GObject *object)
{
  NapIndicatorRow *self = NAP_INDICATOR_ROW (object);

  if (self->fields != NULL)
    nap_indicator_row_flush (self);
  g_clear_object (&self->fields);
  g_clear_object (&self->indicator);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (nap_indicator_row_parent_class)->dispose (object);
}

static void
nap_indicator_row_class_init (NapIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_indicator_row_dispose;
}

static void
nap_indicator_row_init (NapIndicatorRow *self)
{
  self->fields = nap_field_binding_group_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

/**
 * nap_indicator_row_new:
 * @project: a #NapProject
 * @indicator: a #NapIndicator
 *
 * Returns: (transfer floating): a new #NapIndicatorRow
 */
GtkWidget *
nap_indicator_row_new (NapProject   *project,
                       NapIndicator *indicator)
{
  const Field fields[] = {
    { "title", N_("Indicator") },
    { "unit", N_("Unit") },
    { "baseline", N_("Baseline") },
    { "target", N_("Target") },
    { "verification", N_("Means of Verification") },
  };
  NapIndicatorRow *self;
  GtkWidget *button;

  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (NAP_IS_INDICATOR (indicator), NULL);

  self = g_object_new (NAP_TYPE_INDICATOR_ROW, NULL);
  self->project = g_object_ref (project);
  self->indicator = g_object_ref (indicator);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fields[i].title));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      nap_field_binding_group_add (self->fields, row, fields[i].property);
      if (i == 0)
        self->title_row = ADW_ENTRY_ROW (row);
    }
  nap_field_binding_group_set_record (self->fields, project, NAP_RECORD (indicator));

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete Indicator"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete Indicator"),
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (delete_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), button);

  g_signal_connect_object (indicator, "notify::title", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (indicator, "notify::target", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (indicator, "notify::unit", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  update_title (self);

  return GTK_WIDGET (self);
}

/**
 * nap_indicator_row_get_indicator:
 * @self: a #NapIndicatorRow
 *
 * Returns: (transfer none): the indicator the row edits
 */
NapIndicator *
nap_indicator_row_get_indicator (NapIndicatorRow *self)
{
  g_return_val_if_fail (NAP_IS_INDICATOR_ROW (self), NULL);

  return self->indicator;
}

/**
 * nap_indicator_row_flush:
 * @self: a #NapIndicatorRow
 *
 * Saves what was typed in the row's fields and not saved yet.
 */
gboolean
nap_indicator_row_flush (NapIndicatorRow *self)
{
  g_return_val_if_fail (NAP_IS_INDICATOR_ROW (self), FALSE);

  return nap_field_binding_group_flush (self->fields);
}

/**
 * nap_indicator_row_focus_title:
 * @self: a #NapIndicatorRow
 */
void
nap_indicator_row_focus_title (NapIndicatorRow *self)
{
  g_return_if_fail (NAP_IS_INDICATOR_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
