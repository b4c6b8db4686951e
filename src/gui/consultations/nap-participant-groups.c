/* nap-participant-groups.c: participants of a session counted by group
 *
 * Youth, displaced persons and persons with disabilities are always
 * offered, since good practice counts them; the user adds other groups by
 * name. The three are stored under fixed English names ("youth"...) so
 * that sessions logged in different languages add up, and shown in the
 * interface language; a group of that name in the interface language (as
 * a file made elsewhere may hold) is shown on the same row.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-participant-groups"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-a11y.h"
#include "nap-participant-groups.h"
#include "nap-signal-group.h"
#include "nap-spin-pause.h"
#include "nap-toast.h"

typedef struct
{
  char          *name;   /* as stored, or the key of a default group */
  GtkWidget     *row;
  GtkSpinButton *spin;
} GroupRow;

struct _NapParticipantGroups
{
  AdwPreferencesGroup  parent_instance;

  NapProject          *project;
  NapConsultation     *consultation;
  GPtrArray           *rows;      /* GroupRow */
  char                *problems;
  GSignalGroup        *project_signals;
  guint                loading : 1;

  AdwEntryRow         *add_row;
  GtkWidget           *problems_box;
  GtkLabel            *problems_label;
};

G_DEFINE_FINAL_TYPE (NapParticipantGroups, nap_participant_groups, ADW_TYPE_PREFERENCES_GROUP)

static void
group_row_free (GroupRow *row)
{
  g_free (row->name);
  g_free (row);
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

/* Which of the groups every session offers @name is (stored by key or as
 * its translation), or -1.
 */
static int
default_index (const char *name)
{
  const char * const *defaults = nap_participant_group_get_defaults ();
  const char *display = nap_participant_group_get_display_name (name);

  for (guint i = 0; defaults[i] != NULL; i++)
    if (display == nap_participant_group_get_display_name (defaults[i]))
      return (int) i;
  return -1;
}

/**
 * nap_participant_groups_display_name:
 * @name: a group as stored
 *
 * Returns: (transfer none): how to show the group stored as @name: translated
 *   for the groups always offered, as typed for the others
 */
const char *
nap_participant_groups_display_name (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  return nap_participant_group_get_display_name (name);
}

static void
report (NapParticipantGroups *self,
        GError               *error)
{
  nap_toast_show (GTK_WIDGET (self), error->message);
}

static NapParticipantGroup *
find_stored (NapParticipantGroups *self,
             const char           *name)
{
  GPtrArray *groups = nap_consultation_get_groups (self->consultation);

  for (guint i = 0; i < groups->len; i++)
    {
      NapParticipantGroup *group = g_ptr_array_index (groups, i);

      if (g_str_equal (group->name, name))
        return group;
    }
  return NULL;
}

/* The names to show, in order: the three defaults (as stored, if they
 * are), then the others as stored.
 */
static GPtrArray *
wanted_names (NapParticipantGroups *self)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *groups = nap_consultation_get_groups (self->consultation);
  const char * const *defaults = nap_participant_group_get_defaults ();

  for (guint i = 0; defaults[i] != NULL; i++)
    {
      const char *name = defaults[i];

      for (guint j = 0; j < groups->len; j++)
        {
          NapParticipantGroup *group = g_ptr_array_index (groups, j);

          if (default_index (group->name) == (int) i)
            {
              name = group->name;
              break;
            }
        }
      g_ptr_array_add (names, g_strdup (name));
    }
  for (guint j = 0; j < groups->len; j++)
    {
      NapParticipantGroup *group = g_ptr_array_index (groups, j);

      if (default_index (group->name) < 0)
        g_ptr_array_add (names, g_strdup (group->name));
    }
  return names;
}

/* Rows */

static void
spin_value_changed_cb (GtkSpinButton        *spin,
                       NapParticipantGroups *self)
{
  const char *name = g_object_get_data (G_OBJECT (spin), "nap-group");
  NapParticipantGroup *stored;
  int count = gtk_spin_button_get_value_as_int (spin);
  g_autoptr(GError) error = NULL;

  if (self->loading || self->consultation == NULL)
    return;

  /* An untouched default group is not stored: nobody counted it. */
  stored = find_stored (self, name);
  if (stored == NULL && count == 0)
    return;

  if (!nap_project_set_group_count (self->project, self->consultation, name, count, &error))
    {
      report (self, error);
      self->loading = TRUE;
      gtk_spin_button_set_value (spin, stored != NULL ? stored->count : 0);
      self->loading = FALSE;
    }
}

static void
remove_clicked_cb (GtkButton            *button,
                   NapParticipantGroups *self)
{
  const char *name = g_object_get_data (G_OBJECT (button), "nap-group");
  g_autoptr(GError) error = NULL;

  if (self->consultation != NULL
      && !nap_project_remove_group (self->project, self->consultation, name, &error))
    report (self, error);
}

static GroupRow *
create_row (NapParticipantGroups *self,
            const char           *name)
{
  GroupRow *row = g_new0 (GroupRow, 1);
  const char *display = nap_participant_groups_display_name (name);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, G_MAXINT, 1);

  row->name = g_strdup (name);
  row->row = adw_action_row_new ();
  row->spin = GTK_SPIN_BUTTON (spin);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), display);

  gtk_spin_button_set_numeric (row->spin, TRUE);
  gtk_spin_button_set_digits (row->spin, 0);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  /* The row names its field (AdwActionRow's activatable widget). */
  nap_spin_button_update_on_pause (row->spin);
  g_object_set_data_full (G_OBJECT (spin), "nap-group", g_strdup (name), g_free);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (spin_value_changed_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row->row), spin);

  if (default_index (name) < 0)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
      /* Translators: %s is the name of a group of participants */
      g_autofree char *label = g_strdup_printf (_("Remove the Group “%s”"), name);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "nap-group", g_strdup (name), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), button);
    }
  return row;
}

static void
update_problems (NapParticipantGroups *self)
{
  gboolean has = self->problems != NULL && *self->problems != '\0';

  gtk_label_set_text (self->problems_label, has ? self->problems : "");
  gtk_widget_set_visible (self->problems_box, has);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GroupRow *row = g_ptr_array_index (self->rows, i);

      gtk_accessible_update_property (GTK_ACCESSIBLE (row->spin),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, has ? self->problems : "",
                                      -1);
    }
}

static void
update_values (NapParticipantGroups *self)
{
  self->loading = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      GroupRow *row = g_ptr_array_index (self->rows, i);
      NapParticipantGroup *stored = self->consultation != NULL ? find_stored (self, row->name) : NULL;
      int count = stored != NULL ? stored->count : 0;

      if (gtk_spin_button_get_value_as_int (row->spin) != count)
        gtk_spin_button_set_value (row->spin, count);
    }
  self->loading = FALSE;
}

static gboolean
same_rows (NapParticipantGroups *self,
           GPtrArray            *names)
{
  if (names->len != self->rows->len)
    return FALSE;
  for (guint i = 0; i < names->len; i++)
    {
      GroupRow *row = g_ptr_array_index (self->rows, i);

      if (!g_str_equal (row->name, g_ptr_array_index (names, i)))
        return FALSE;
    }
  return TRUE;
}

/* Rebuilds the rows only when the groups changed, so that a count being
 * typed keeps its field and the focus.
 */
static void
refresh (NapParticipantGroups *self)
{
  g_autoptr(GPtrArray) names = NULL;

  if (self->consultation == NULL)
    {
      for (guint i = 0; i < self->rows->len; i++)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), ((GroupRow *) g_ptr_array_index (self->rows, i))->row);
      g_ptr_array_set_size (self->rows, 0);
      return;
    }

  names = wanted_names (self);
  if (!same_rows (self, names))
    {
      for (guint i = 0; i < self->rows->len; i++)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), ((GroupRow *) g_ptr_array_index (self->rows, i))->row);
      g_ptr_array_set_size (self->rows, 0);

      for (guint i = 0; i < names->len; i++)
        {
          GroupRow *row = create_row (self, g_ptr_array_index (names, i));

          g_ptr_array_add (self->rows, row);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row->row);
        }
      update_problems (self);
    }
  update_values (self);
}

/* Adding */

/**
 * nap_participant_groups_add:
 * @self: a #NapParticipantGroups
 * @name: the name
 *
 * Adds a group called @name to the session, with no one counted yet, and
 * puts the cursor in its count. A name that the session has already
 * (ignoring case) goes to that group.
 *
 * Returns: %FALSE when nothing was added; the user has been told why
 */
gboolean
nap_participant_groups_add (NapParticipantGroups *self,
                            const char           *name)
{
  g_autofree char *stripped = NULL;
  g_autoptr(GError) error = NULL;
  GtkSpinButton *spin;

  g_return_val_if_fail (NAP_IS_PARTICIPANT_GROUPS (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (self->consultation == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (name));
  if (*stripped == '\0')
    return FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GroupRow *row = g_ptr_array_index (self->rows, i);

      if (same_name (row->name, stripped) || same_name (nap_participant_groups_display_name (row->name), stripped))
        {
          gtk_widget_grab_focus (GTK_WIDGET (row->spin));
          return TRUE;
        }
    }

  if (!nap_project_set_group_count (self->project, self->consultation, stripped, 0, &error))
    {
      report (self, error);
      return FALSE;
    }
  refresh (self);
  spin = nap_participant_groups_get_spin_button (self, stripped);
  if (spin != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (spin));
  return TRUE;
}

static void
add_row_apply_cb (NapParticipantGroups *self)
{
  if (nap_participant_groups_add (self, gtk_editable_get_text (GTK_EDITABLE (self->add_row))))
    gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
}

/* GObject */

static void
nap_participant_groups_dispose (GObject *object)
{
  NapParticipantGroups *self = NAP_PARTICIPANT_GROUPS (object);

  if (self->project != NULL)
    nap_participant_groups_set_consultation (self, NULL, NULL);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_free);
  g_clear_object (&self->project_signals);

  G_OBJECT_CLASS (nap_participant_groups_parent_class)->dispose (object);
}

static void
nap_participant_groups_class_init (NapParticipantGroupsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_participant_groups_dispose;
}

static void
nap_participant_groups_init (NapParticipantGroups *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) group_row_free);
  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "changed", G_CALLBACK (refresh),
                                                NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Participants by Group"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("How many of the participants belong to each group."));

  /* Below the rows of the groups: the field that adds one. */
  self->add_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("Add a Group"));
  adw_entry_row_set_show_apply_button (self->add_row, TRUE);
  g_signal_connect_object (self->add_row, "apply", G_CALLBACK (add_row_apply_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->add_row, "entry-activated", G_CALLBACK (add_row_apply_cb), self,
                           G_CONNECT_SWAPPED);
  nap_a11y_label_entry_row (self->add_row);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 12);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->add_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), list);

  /* What the core's check of the session finds, such as a group larger
   * than all the participants.
   */
  self->problems_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  self->problems_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problems_label, TRUE);
  gtk_label_set_wrap_mode (self->problems_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->problems_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->problems_label), TRUE);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"),
                                  -1);
  gtk_box_append (GTK_BOX (self->problems_box), icon);
  gtk_box_append (GTK_BOX (self->problems_box), GTK_WIDGET (self->problems_label));
  gtk_widget_add_css_class (self->problems_box, "warning");
  gtk_widget_set_margin_top (self->problems_box, 12);
  gtk_widget_set_visible (self->problems_box, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->problems_box);
}

/**
 * nap_participant_groups_new:
 *
 * Returns: (transfer floating): a new #NapParticipantGroups
 */
GtkWidget *
nap_participant_groups_new (void)
{
  return g_object_new (NAP_TYPE_PARTICIPANT_GROUPS, NULL);
}

/**
 * nap_participant_groups_set_consultation:
 * @self: a #NapParticipantGroups
 * @project: (nullable): the project of @consultation
 * @consultation: (nullable): whose groups to show
 */
void
nap_participant_groups_set_consultation (NapParticipantGroups *self,
                                         NapProject           *project,
                                         NapConsultation      *consultation)
{
  g_return_if_fail (NAP_IS_PARTICIPANT_GROUPS (self));
  g_return_if_fail (project == NULL || NAP_IS_PROJECT (project));
  g_return_if_fail (consultation == NULL || NAP_IS_CONSULTATION (consultation));

  nap_participant_groups_flush (self);

  g_set_object (&self->project, project);
  g_set_object (&self->consultation, consultation);
  g_signal_group_set_target (self->project_signals, project);

  refresh (self);
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
}

/**
 * nap_participant_groups_get_spin_button:
 * @self: a #NapParticipantGroups
 * @name: the name
 *
 * Returns: (transfer none) (nullable): the count field of the group stored
 *   or offered as @name
 */
GtkSpinButton *
nap_participant_groups_get_spin_button (NapParticipantGroups *self,
                                        const char           *name)
{
  g_return_val_if_fail (NAP_IS_PARTICIPANT_GROUPS (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GroupRow *row = g_ptr_array_index (self->rows, i);

      if (g_str_equal (row->name, name))
        return row->spin;
    }
  return NULL;
}

/**
 * nap_participant_groups_set_problems:
 * @self: a #NapParticipantGroups
 * @problems: (nullable): sentences saying what is wrong with the session's
 *   counts, one a line
 *
 * Shows @problems under the groups and gives them to the count fields as
 * their accessible description.
 */
void
nap_participant_groups_set_problems (NapParticipantGroups *self,
                                     const char           *problems)
{
  g_return_if_fail (NAP_IS_PARTICIPANT_GROUPS (self));

  if (g_strcmp0 (self->problems, problems) == 0)
    return;
  g_free (self->problems);
  self->problems = g_strdup (problems);
  update_problems (self);
}

/**
 * nap_participant_groups_flush:
 * @self: a #NapParticipantGroups
 *
 * Saves a count typed and not confirmed yet.
 */
void
nap_participant_groups_flush (NapParticipantGroups *self)
{
  g_return_if_fail (NAP_IS_PARTICIPANT_GROUPS (self));

  if (self->rows == NULL)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    gtk_spin_button_update (((GroupRow *) g_ptr_array_index (self->rows, i))->spin);
}
