/* nap-plan-view-actions.c: what the outline's buttons and shortcuts do
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-plan-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-plan-view-private.h"

/* The one place that decides which actions are enabled, after every
 * change of the selection or of the tree.
 */
void
nap_plan_view_update_actions (NapPlanView *self)
{
  g_autoptr(NapObjective) selected = nap_plan_view_dup_selected (self);
  gboolean editable = self->project != NULL && !nap_project_is_read_only (self->project);
  gboolean has = editable && selected != NULL;
  guint index = 0;
  guint n = 0;

  if (selected != NULL)
    {
      index = nap_project_get_index (self->project, selected);
      n = g_list_model_get_n_items (nap_project_get_siblings (self->project, selected));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-sibling", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-child",
                                 has && nap_objective_get_depth (selected) + 1 < NAP_MAX_DEPTH);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.delete", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-up", has && index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-down", has && index + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.indent", has && index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.outdent",
                                 has && nap_objective_get_parent (selected) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.rename", has);
}

static void
add_objective (NapPlanView  *self,
               NapObjective *parent,
               int           position)
{
  g_autoptr(GError) error = NULL;
  NapObjective *objective;

  nap_objective_editor_flush (self->editor);

  self->busy = TRUE;
  objective = nap_project_add_objective (self->project, parent, position, "", &error);
  self->busy = FALSE;

  if (objective == NULL)
    {
      nap_plan_view_show_toast (self, error->message);
      return;
    }

  nap_plan_view_select_full (self, objective, FALSE);
  nap_plan_view_selection_changed (self);
  /* The new item has no name yet: the user types it right away. */
  nap_objective_editor_focus_title (self->editor);
}

static void
add_sibling_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NapPlanView *self = NAP_PLAN_VIEW (widget);
  g_autoptr(NapObjective) selected = nap_plan_view_dup_selected (self);

  if (selected == NULL)
    add_objective (self, NULL, -1);
  else
    add_objective (self, nap_objective_get_parent (selected),
                   (int) nap_project_get_index (self->project, selected) + 1);
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NapPlanView *self = NAP_PLAN_VIEW (widget);
  g_autoptr(NapObjective) selected = nap_plan_view_dup_selected (self);

  if (selected != NULL)
    add_objective (self, selected, -1);
}

typedef gboolean (*TreeEditFunc) (NapProject    *project,
                                  NapObjective  *objective,
                                  GError       **error);

/* Runs a move of the selected node and selects it again at its new place. */
static void
edit_selected (NapPlanView  *self,
               TreeEditFunc  func)
{
  g_autoptr(NapObjective) selected = nap_plan_view_dup_selected (self);
  g_autoptr(GError) error = NULL;
  gboolean focus_row;
  gboolean ok;

  if (selected == NULL)
    return;

  nap_objective_editor_flush (self->editor);
  focus_row = nap_plan_view_tree_has_focus (self);

  self->busy = TRUE;
  ok = func (self->project, selected, &error);
  self->busy = FALSE;

  if (!ok)
    nap_plan_view_show_toast (self, error->message);

  nap_plan_view_select_full (self, selected, focus_row);
  nap_plan_view_selection_changed (self);
}

/* The edits of the tree that act on the selected item, one action each. */
static const struct
{
  const char   *action_name;
  TreeEditFunc  func;
} tree_edits[] = {
  { "plan.move-up", nap_project_move_up },
  { "plan.move-down", nap_project_move_down },
  { "plan.indent", nap_project_indent },
  { "plan.outdent", nap_project_outdent },
};

static void
tree_edit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  for (guint i = 0; i < G_N_ELEMENTS (tree_edits); i++)
    if (g_str_equal (action_name, tree_edits[i].action_name))
      edit_selected (NAP_PLAN_VIEW (widget), tree_edits[i].func);
}

static char *
display_name (NapPlanView  *self,
              NapObjective *objective)
{
  const char *title = nap_objective_get_title (objective);

  if (!nap_text_is_blank (title))
    return g_strdup (title);

  /* Translators: names an item without a title, e.g. "Pillar 2" */
  return g_strdup_printf (C_("untitled objective", "%s %s"),
                          nap_project_get_level_name (self->project, nap_objective_get_depth (objective)),
                          nap_objective_get_display_code (objective));
}

static void
delete_objective (NapPlanView  *self,
                  NapObjective *objective,
                  gboolean      focus_row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapObjective) next = NULL;
  g_autofree char *name = display_name (self, objective);
  gboolean ok;

  /* Pending text belongs to the objective that goes: save it anyway, so
   * that nothing is written in the middle of the deletion.
   */
  nap_objective_editor_flush (self->editor);
  if (nap_objective_editor_get_objective (self->editor) == objective)
    nap_objective_editor_set_objective (self->editor, NULL);

  self->busy = TRUE;
  ok = nap_project_delete_objective (self->project, objective, &error);
  self->busy = FALSE;

  if (!ok)
    {
      nap_plan_view_show_toast (self, error->message);
      nap_plan_view_selection_changed (self);
      return;
    }

  {
    /* Translators: %s is the title of the deleted item */
    g_autofree char *message = g_strdup_printf (_("“%s” was deleted."), name);
    AdwToast *toast = adw_toast_new (message);

    /* The window's undo brings the item back with all it held. */
    adw_toast_set_timeout (toast, 10);
    adw_toast_set_button_label (toast, _("_Undo"));
    adw_toast_set_action_name (toast, "win.undo");
    adw_toast_overlay_add_toast (self->toast_overlay, toast);
  }

  next = nap_plan_view_dup_selected (self);
  if (next != NULL)
    nap_plan_view_select_full (self, next, focus_row);
  nap_plan_view_selection_changed (self);
  if (next == NULL && focus_row)
    gtk_widget_grab_focus (self->add_pillar_button);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    NapPlanView      *self)
{
  NapObjective *objective = g_object_get_data (G_OBJECT (dialog), "nap-objective");

  if (g_strcmp0 (response, "delete") == 0 && self->project != NULL
      && nap_project_lookup_objective (self->project, nap_record_get_id (NAP_RECORD (objective))) == objective)
    delete_objective (self, objective, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "nap-focus-row")));
}

static gboolean
has_content (NapObjective *objective)
{
  return g_list_model_get_n_items (nap_objective_get_children (objective)) > 0
         || g_list_model_get_n_items (nap_objective_get_indicators (objective)) > 0
         || g_list_model_get_n_items (nap_objective_get_budget_lines (objective)) > 0;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NapPlanView *self = NAP_PLAN_VIEW (widget);
  g_autoptr(NapObjective) selected = nap_plan_view_dup_selected (self);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  GtkRoot *root;

  if (selected == NULL)
    return;

  if (!has_content (selected))
    {
      delete_objective (self, selected, nap_plan_view_tree_has_focus (self));
      return;
    }

  name = display_name (self, selected);
  /* Translators: %s is the title of an objective */
  heading = g_strdup_printf (_("Delete “%s” and everything under it?"), name);
  root = gtk_widget_get_root (widget);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading,
                                                       _("The items under it, its indicators and its budget lines are deleted with it.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "nap-objective", g_object_ref (selected), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "nap-focus-row", GINT_TO_POINTER (nap_plan_view_tree_has_focus (self)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  nap_objective_editor_focus_title (NAP_PLAN_VIEW (widget)->editor);
}

static void
add_list_shortcut (GtkShortcutController *controller,
                   guint                  keyval,
                   GdkModifierType        modifiers,
                   const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_named_action_new (action)));
}

void
nap_plan_view_init_actions (NapPlanView *self)
{
  GtkEventController *shortcuts;

  /* Tab indents only while the outline has the focus, and only when the
   * item can be indented: otherwise it moves the focus as everywhere else.
   * Delete is here too, so that it never deletes an item from a field.
   */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
  add_list_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Tab, 0, "plan.indent");
  add_list_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, "plan.outdent");
  add_list_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Tab, GDK_SHIFT_MASK, "plan.outdent");
  add_list_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Delete, 0, "plan.delete");
  add_list_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Delete, 0, "plan.delete");
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);
}

void
nap_plan_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.add-sibling", NULL, add_sibling_action);
  gtk_widget_class_install_action (widget_class, "plan.add-child", NULL, add_child_action);
  gtk_widget_class_install_action (widget_class, "plan.delete", NULL, delete_action);
  for (guint i = 0; i < G_N_ELEMENTS (tree_edits); i++)
    gtk_widget_class_install_action (widget_class, tree_edits[i].action_name, NULL, tree_edit_action);
  gtk_widget_class_install_action (widget_class, "plan.rename", NULL, rename_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "plan.add-sibling", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Insert, 0, "plan.add-sibling", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "plan.add-sibling", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "plan.add-sibling", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "plan.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "plan.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "plan.indent", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "plan.outdent", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "plan.rename", NULL);
}
