/* nap-actor-list.c: the actors of an objective in one role
 *
 * The lead, the partners and the monitoring bodies are separate lists on
 * purpose: reviewers criticise plans that mix who does the work with who
 * checks it. An entry below the list adds an actor of the plan by name,
 * offering the matching ones in a popover, or creates a new actor. The
 * same list shows the organisations present at a consultation session
 * (nap_actor_list_set_consultation()).
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-actor-list"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-actor-list.h"
#include "nap-enum-labels.h"
#include "nap-search-popover.h"
#include "nap-signal-group.h"
#include "nap-toast.h"

struct _NapActorList
{
  AdwPreferencesGroup  parent_instance;

  NapActorRole         role;
  NapProject          *project;
  NapObjective        *objective;
  NapConsultation     *consultation;
  GSignalGroup        *assigned_signals;

  GtkListBox          *list;
  GtkEntry            *entry;
  GtkButton           *add_button;
  GtkPopover          *popover;
  GtkListView         *suggestions;
  GtkSingleSelection  *selection;
  GtkFilterListModel  *filtered;
  GtkStringFilter     *name_filter;
  GtkCustomFilter     *assigned_filter;
};

G_DEFINE_FINAL_TYPE (NapActorList, nap_actor_list, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
role_description (NapActorRole role)
{
  switch (role)
    {
    case NAP_ACTOR_ROLE_LEAD:
      return _("Who is responsible for the work.");
    case NAP_ACTOR_ROLE_PARTNER:
      return _("Who takes part in the work.");
    case NAP_ACTOR_ROLE_MONITOR:
    default:
      return _("Who checks progress, apart from those who do the work.");
    }
}

static const char *
role_entry_label (NapActorRole role)
{
  switch (role)
    {
    case NAP_ACTOR_ROLE_LEAD:
      return _("New lead organisation");
    case NAP_ACTOR_ROLE_PARTNER:
      return _("New partner");
    case NAP_ACTOR_ROLE_MONITOR:
    default:
      return _("New monitoring body");
    }
}

static const char *
role_add_label (NapActorRole role)
{
  switch (role)
    {
    case NAP_ACTOR_ROLE_LEAD:
      return _("Add Lead Organisation");
    case NAP_ACTOR_ROLE_PARTNER:
      return _("Add Partner");
    case NAP_ACTOR_ROLE_MONITOR:
    default:
      return _("Add Monitoring Body");
    }
}

static GListModel *
assigned (NapActorList *self)
{
  if (self->consultation != NULL)
    return nap_consultation_get_organisations (self->consultation);
  return self->objective != NULL ? nap_objective_get_actors (self->objective, self->role) : NULL;
}

static void
report (NapActorList *self,
        GError       *error)
{
  nap_toast_show (GTK_WIDGET (self), error->message);
}

/* Rows of the chosen actors */

static void
remove_clicked_cb (GtkButton    *button,
                   NapActorList *self)
{
  NapActor *actor = g_object_get_data (G_OBJECT (button), "nap-actor");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->consultation != NULL)
    ok = nap_project_remove_organisation (self->project, self->consultation, actor, &error);
  else if (self->objective != NULL)
    ok = nap_project_remove_objective_actor (self->project, self->objective, self->role, actor, &error);
  else
    return;
  if (!ok)
    report (self, error);
}

static void
kind_selected_cb (GtkDropDown  *dropdown,
                  GParamSpec   *pspec,
                  NapActorList *self)
{
  NapActor *actor = g_object_get_data (G_OBJECT (dropdown), "nap-actor");
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;

  if (selected == GTK_INVALID_LIST_POSITION || selected == (guint) nap_actor_get_kind (actor))
    return;
  if (!nap_project_set_int (self->project, NAP_RECORD (actor), "kind", selected, &error))
    {
      report (self, error);
      gtk_drop_down_set_selected (dropdown, nap_actor_get_kind (actor));
    }
}

static void
actor_kind_notify_cb (NapActor    *actor,
                      GParamSpec  *pspec,
                      GtkDropDown *dropdown)
{
  gtk_drop_down_set_selected (dropdown, nap_actor_get_kind (actor));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  NapActorList *self = user_data;
  NapActor *actor = item;
  g_autofree char *remove_label = NULL;
  g_autofree char *kind_label = NULL;
  GtkWidget *row;
  GtkWidget *dropdown;
  GtkWidget *button;

  row = adw_action_row_new ();
  /* Names like "Water & Forests" are text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (actor, "name", row, "title", G_BINDING_SYNC_CREATE);

  /* The kind belongs to the actor: changing it here changes it everywhere. */
  dropdown = gtk_drop_down_new (G_LIST_MODEL (nap_enum_labels_new (NAP_TYPE_ACTOR_KIND)), NULL);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), nap_actor_get_kind (actor));
  g_object_set_data_full (G_OBJECT (dropdown), "nap-actor", g_object_ref (actor), g_object_unref);
  /* Translators: the accessible name of the list of kinds of an actor; %s is its name */
  kind_label = g_strdup_printf (_("Kind of “%s”"), nap_actor_get_name (actor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kind_label,
                                  -1);
  gtk_widget_set_tooltip_text (dropdown, _("Kind of organisation"));
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (kind_selected_cb), self, 0);
  g_signal_connect_object (actor, "notify::kind", G_CALLBACK (actor_kind_notify_cb), dropdown, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);

  button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove"));
  /* Translators: %s is the name of an organisation */
  remove_label = g_strdup_printf (_("Remove “%s”"), nap_actor_get_name (actor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "nap-actor", g_object_ref (actor), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
update_list_visibility (NapActorList *self)
{
  GListModel *list = assigned (self);

  gtk_widget_set_visible (GTK_WIDGET (self->list),
                          list != NULL && g_list_model_get_n_items (list) > 0);
}

static void
assigned_changed_cb (NapActorList *self)
{
  update_list_visibility (self);
  gtk_filter_changed (GTK_FILTER (self->assigned_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Adding */

/**
 * nap_actor_list_add_by_name:
 * @self: a #NapActorList
 * @name: the name
 *
 * Adds the plan's actor called @name (ignoring case) to the role (or to
 * the organisations present at the session), or a new actor of kind
 * "other" when the plan has none of that name.
 *
 * Returns: %FALSE when nothing was added; the user has been told why
 */
gboolean
nap_actor_list_add_by_name (NapActorList *self,
                            const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = NULL;
  NapActor *actor;

  g_return_val_if_fail (NAP_IS_ACTOR_LIST (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (self->objective == NULL && self->consultation == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (name));
  if (*stripped == '\0')
    return FALSE;

  actor = nap_project_find_actor_by_name (self->project, stripped);
  if (actor == NULL)
    actor = nap_project_add_actor (self->project, stripped, NAP_ACTOR_KIND_OTHER, &error);
  if (actor == NULL
      || (self->consultation != NULL
          && !nap_project_add_organisation (self->project, self->consultation, actor, &error))
      || (self->consultation == NULL
          && !nap_project_add_objective_actor (self->project, self->objective, self->role, actor, &error)))
    {
      report (self, error);
      return FALSE;
    }
  return TRUE;
}

static void
add_from_entry (NapActorList *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);
  g_autofree char *name = NULL;

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)) && selected != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(NapActor) actor = g_list_model_get_item (G_LIST_MODEL (self->selection), selected);
      name = g_strdup (nap_actor_get_name (actor));
    }
  else
    name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));

  gtk_popover_popdown (self->popover);
  if (nap_actor_list_add_by_name (self, name))
    gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
}

static void
entry_activate_cb (NapActorList *self)
{
  add_from_entry (self);
}

static void
add_clicked_cb (NapActorList *self)
{
  add_from_entry (self);
}

static void
entry_changed_cb (NapActorList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean has_text = *stripped != '\0';

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), has_text);
  gtk_string_filter_set_search (self->name_filter, stripped);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  if (has_text && g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0
      && gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->entry)))))
    gtk_popover_popup (self->popover);
  else
    gtk_popover_popdown (self->popover);
}

static void
entry_focus_leave_cb (NapActorList *self)
{
  gtk_popover_popdown (self->popover);
}

static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      NapActorList          *self)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return FALSE;

  if (keyval == GDK_KEY_Escape)
    {
      gtk_popover_popdown (self->popover);
      return TRUE;
    }
  return nap_search_popover_move_selection (self->selection, GTK_WIDGET (self->suggestions), keyval);
}

static void
suggestion_activate_cb (GtkListView  *view,
                        guint         position,
                        NapActorList *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  add_from_entry (self);
}

static gboolean
not_assigned (gpointer item,
              gpointer user_data)
{
  NapActorList *self = user_data;
  GListModel *list = assigned (self);

  return list == NULL || !g_list_store_find (G_LIST_STORE (list), item, NULL);
}

static void
setup_suggestion_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_suggestion_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  NapActor *actor = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), nap_actor_get_name (actor));
}

static void
build_suggestions (NapActorList *self,
                   GtkWidget    *anchor)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEveryFilter *filters = gtk_every_filter_new ();
  GtkEventController *key;
  GtkWidget *scrolled;

  self->name_filter = gtk_string_filter_new (gtk_property_expression_new (NAP_TYPE_ACTOR, NULL, "name"));
  gtk_string_filter_set_match_mode (self->name_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->name_filter, TRUE);
  self->assigned_filter = gtk_custom_filter_new (not_assigned, self, NULL);
  gtk_multi_filter_append (GTK_MULTI_FILTER (filters), GTK_FILTER (g_object_ref (self->name_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (filters), GTK_FILTER (g_object_ref (self->assigned_filter)));

  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (filters));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_suggestion_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_suggestion_cb), NULL);
  self->suggestions = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                        g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->suggestions, TRUE);
  g_signal_connect_object (self->suggestions, "activate", G_CALLBACK (suggestion_activate_cb), self, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->suggestions),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Organisations of the plan"),
                                  -1);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->suggestions));

  /* The entry keeps the focus while the popover is open: typing goes on
   * and the arrow keys choose a suggestion.
   */
  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_autohide (self->popover, FALSE);
  gtk_popover_set_has_arrow (self->popover, FALSE);
  gtk_popover_set_position (self->popover, GTK_POS_BOTTOM);
  gtk_widget_set_can_focus (GTK_WIDGET (self->popover), FALSE);
  gtk_widget_set_halign (GTK_WIDGET (self->popover), GTK_ALIGN_START);
  gtk_widget_set_size_request (scrolled, 420, -1);
  gtk_popover_set_child (self->popover, scrolled);
  gtk_widget_set_parent (GTK_WIDGET (self->popover), anchor);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), key);
}

static void
nap_actor_list_constructed (GObject *object)
{
  NapActorList *self = NAP_ACTOR_LIST (object);
  GtkEventController *focus;
  GtkWidget *box;

  G_OBJECT_CLASS (nap_actor_list_parent_class)->constructed (object);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), nap_enum_to_label (NAP_TYPE_ACTOR_ROLE, self->role));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), role_description (self->role));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->list), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, nap_enum_to_label (NAP_TYPE_ACTOR_ROLE, self->role),
                                  -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->list));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  gtk_entry_set_placeholder_text (self->entry, _("Name of an organisation…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, role_entry_label (self->role),
                                  -1);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (entry_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (entry_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), focus);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));

  self->add_button = GTK_BUTTON (gtk_button_new_from_icon_name ("list-add-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), role_add_label (self->role));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, role_add_label (self->role),
                                  -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->add_button));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), box);
  build_suggestions (self, box);
}

static void
nap_actor_list_dispose (GObject *object)
{
  NapActorList *self = NAP_ACTOR_LIST (object);

  g_clear_object (&self->assigned_signals);
  g_clear_object (&self->objective);
  g_clear_object (&self->consultation);
  g_clear_object (&self->project);
  if (self->popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->name_filter);
  g_clear_object (&self->assigned_filter);

  G_OBJECT_CLASS (nap_actor_list_parent_class)->dispose (object);
}

static void
nap_actor_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NapActorList *self = NAP_ACTOR_LIST (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nap_actor_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NapActorList *self = NAP_ACTOR_LIST (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      self->role = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nap_actor_list_class_init (NapActorListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = nap_actor_list_constructed;
  object_class->dispose = nap_actor_list_dispose;
  object_class->get_property = nap_actor_list_get_property;
  object_class->set_property = nap_actor_list_set_property;

  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       NAP_TYPE_ACTOR_ROLE, NAP_ACTOR_ROLE_LEAD,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nap_actor_list_init (NapActorList *self)
{
  /* The list follows whichever objective's or session's actors it shows. */
  self->assigned_signals = nap_signal_group_new (G_TYPE_LIST_MODEL, self,
                                                 "items-changed", G_CALLBACK (assigned_changed_cb),
                                                 NULL);
}

/**
 * nap_actor_list_new:
 *
 * Returns: (transfer floating): a new #NapActorList
 */
GtkWidget *
nap_actor_list_new (NapActorRole role)
{
  return g_object_new (NAP_TYPE_ACTOR_LIST, "role", role, NULL);
}

/**
 * nap_actor_list_get_role:
 * @self: a #NapActorList
 */
NapActorRole
nap_actor_list_get_role (NapActorList *self)
{
  g_return_val_if_fail (NAP_IS_ACTOR_LIST (self), NAP_ACTOR_ROLE_LEAD);

  return self->role;
}

static void
set_target (NapActorList    *self,
            NapProject      *project,
            NapObjective    *objective,
            NapConsultation *consultation)
{
  g_signal_group_set_target (self->assigned_signals, NULL);

  g_set_object (&self->project, project);
  g_set_object (&self->objective, objective);
  g_set_object (&self->consultation, consultation);

  if (self->list == NULL)
    return;

  if (assigned (self) != NULL)
    {
      gtk_list_box_bind_model (self->list, assigned (self), create_row, self, NULL);
      g_signal_group_set_target (self->assigned_signals, assigned (self));
    }
  else
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);

  gtk_filter_list_model_set_model (self->filtered, project != NULL ? nap_project_get_actors (project) : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  assigned_changed_cb (self);
}

/**
 * nap_actor_list_set_objective:
 * @self: a #NapActorList
 * @project: (nullable): the project of @objective
 * @objective: (nullable): whose actors to show, or %NULL
 */
void
nap_actor_list_set_objective (NapActorList *self,
                              NapProject   *project,
                              NapObjective *objective)
{
  g_return_if_fail (NAP_IS_ACTOR_LIST (self));
  g_return_if_fail (project == NULL || NAP_IS_PROJECT (project));
  g_return_if_fail (objective == NULL || NAP_IS_OBJECTIVE (objective));

  set_target (self, project, objective, NULL);
}

/**
 * nap_actor_list_set_consultation:
 * @self: a #NapActorList
 * @project: (nullable): the project of @consultation
 * @consultation: (nullable): whose organisations present to show, or %NULL
 *
 * Makes the list that of the organisations present at @consultation
 * rather than of an objective's actors in a role.
 */
void
nap_actor_list_set_consultation (NapActorList    *self,
                                 NapProject      *project,
                                 NapConsultation *consultation)
{
  g_return_if_fail (NAP_IS_ACTOR_LIST (self));
  g_return_if_fail (project == NULL || NAP_IS_PROJECT (project));
  g_return_if_fail (consultation == NULL || NAP_IS_CONSULTATION (consultation));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Organisations Present"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Organisations that took part, from the plan’s actors or new ones."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Organisations Present"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("New organisation present"),
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), _("Add Organisation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Organisation"),
                                  -1);

  set_target (self, project, NULL, consultation);
}
