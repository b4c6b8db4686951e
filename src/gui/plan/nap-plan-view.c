/* nap-plan-view.c: the objective tree and the editor of its selection
 *
 * The tree shows the project's objectives through a GtkTreeListModel over
 * the core's own GListStores, so the rows follow every edit. While the
 * core moves a node the lists pass through states in between (the node
 * removed, then inserted): the view ignores the selection until the edit
 * is over, then selects the node again. The actions are in
 * nap-plan-view-actions.c.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-plan-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-plan-view-private.h"
#include "nap-signal-group.h"

G_DEFINE_FINAL_TYPE (NapPlanView, nap_plan_view, ADW_TYPE_BIN)

void
nap_plan_view_show_toast (NapPlanView *self,
                          const char  *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The tree */

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  /* Every node gets its list, even an empty one, so that a node shows its
   * first child as soon as it has one.
   */
  return g_object_ref (nap_objective_get_children (NAP_OBJECTIVE (item)));
}

/* Returns: (transfer full) (nullable): the selected objective */
NapObjective *
nap_plan_view_dup_selected (NapPlanView *self)
{
  GtkTreeListRow *row;

  if (self->selection == NULL)
    return NULL;

  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return NULL;
  return gtk_tree_list_row_get_item (row);
}

gboolean
nap_plan_view_tree_has_focus (NapPlanView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view));
}

static void
update_row (NapPlanView *self,
            GtkListItem *item)
{
  NapObjective *objective = g_object_get_data (G_OBJECT (item), "nap-objective");
  GtkWidget *expander = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkLabel *code = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel *title = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (code)));
  GtkLabel *level = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (title)));
  const char *text;
  const char *level_name;
  g_autofree char *accessible = NULL;

  if (objective == NULL || self->project == NULL)
    return;

  text = nap_objective_get_title (objective);
  level_name = nap_project_get_level_name (self->project, nap_objective_get_depth (objective));

  gtk_label_set_text (code, nap_objective_get_display_code (objective));
  if (nap_text_is_blank (text))
    {
      gtk_label_set_text (title, _("Untitled objective"));
      gtk_widget_add_css_class (GTK_WIDGET (title), "dim-label");
      text = _("Untitled objective");
    }
  else
    {
      gtk_label_set_text (title, text);
      gtk_widget_remove_css_class (GTK_WIDGET (title), "dim-label");
    }
  /* Long titles are cut short in the outline: the tooltip shows them whole. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (title), text);
  gtk_label_set_text (level, level_name);

  if (g_list_model_get_n_items (nap_objective_get_children (objective)) == 0)
    gtk_widget_add_css_class (expander, "nap-leaf");
  else
    gtk_widget_remove_css_class (expander, "nap-leaf");

  /* Translators: how a screen reader names a row of the outline: the level
   * name, the number and the title, e.g. "Pillar 2: Early warning"
   */
  accessible = g_strdup_printf (_("%s %s: %s"), level_name, nap_objective_get_display_code (objective), text);
  /* The row itself takes the focus: name it rather than its contents. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (expander) != NULL
                                                  ? gtk_widget_get_parent (expander) : expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
focus_item (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *row_widget = gtk_widget_get_parent (child);

  if (row_widget == NULL || !gtk_widget_grab_focus (row_widget))
    gtk_widget_grab_focus (child);
}

static void
row_changed_cb (GObject     *object,
                GParamSpec  *pspec,
                GtkListItem *item)
{
  update_row (g_object_get_data (G_OBJECT (item), "nap-plan-view"), item);
}

static void
row_children_changed_cb (GListModel  *children,
                         guint        position,
                         guint        removed,
                         guint        added,
                         GtkListItem *item)
{
  update_row (g_object_get_data (G_OBJECT (item), "nap-plan-view"), item);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              NapPlanView              *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *code = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *level = gtk_label_new (NULL);
  GSignalGroup *signals;

  gtk_widget_add_css_class (code, "objective-code");
  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_widget_add_css_class (code, "numeric");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);

  gtk_widget_add_css_class (level, "dim-label");
  gtk_widget_add_css_class (level, "caption");

  gtk_box_append (GTK_BOX (box), code);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), level);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (item, expander);
  g_object_set_data (G_OBJECT (item), "nap-plan-view", self);

  /* A recycled row follows whichever objective it is bound to. */
  signals = g_signal_group_new (NAP_TYPE_OBJECTIVE);
  g_signal_group_connect_object (signals, "notify", G_CALLBACK (row_changed_cb), item, 0);
  g_object_set_data_full (G_OBJECT (item), "nap-objective-signals", signals, g_object_unref);
  signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (signals, "items-changed", G_CALLBACK (row_children_changed_cb), item, 0);
  g_object_set_data_full (G_OBJECT (item), "nap-children-signals", signals, g_object_unref);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             NapPlanView              *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr(NapObjective) objective = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), row);
  g_object_set_data_full (G_OBJECT (item), "nap-objective", g_object_ref (objective), g_object_unref);
  g_signal_group_set_target (g_object_get_data (G_OBJECT (item), "nap-objective-signals"), objective);
  g_signal_group_set_target (g_object_get_data (G_OBJECT (item), "nap-children-signals"),
                             nap_objective_get_children (objective));
  g_hash_table_add (self->bound_items, item);
  update_row (self, item);

  if (objective == self->focus_pending)
    {
      self->focus_pending = NULL;
      focus_item (item);
    }
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               NapPlanView              *self)
{
  g_signal_group_set_target (g_object_get_data (G_OBJECT (item), "nap-objective-signals"), NULL);
  g_signal_group_set_target (g_object_get_data (G_OBJECT (item), "nap-children-signals"), NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
  g_object_set_data (G_OBJECT (item), "nap-objective", NULL);
  if (self->bound_items != NULL)
    g_hash_table_remove (self->bound_items, item);
}

/* Returns: (transfer full) (nullable): the row of @objective, its
 *   ancestors expanded
 */
static GtkTreeListRow *
dup_row_for (NapPlanView  *self,
             NapObjective *objective)
{
  NapObjective *parent = nap_objective_get_parent (objective);
  guint index = nap_project_get_index (self->project, objective);
  g_autoptr(GtkTreeListRow) parent_row = NULL;

  if (parent == NULL)
    return gtk_tree_list_model_get_child_row (self->tree_model, index);

  parent_row = dup_row_for (self, parent);
  if (parent_row == NULL)
    return NULL;
  gtk_tree_list_row_set_expanded (parent_row, TRUE);
  return gtk_tree_list_row_get_child_row (parent_row, index);
}

gboolean
nap_plan_view_select_full (NapPlanView  *self,
                           NapObjective *objective,
                           gboolean      focus_row)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  GHashTableIter iter;
  gpointer key;
  guint position;

  if (self->tree_model == NULL || objective == NULL
      || nap_project_lookup_objective (self->project, nap_record_get_id (NAP_RECORD (objective))) != objective)
    return FALSE;

  row = dup_row_for (self, objective);
  if (row == NULL)
    return FALSE;

  position = gtk_tree_list_row_get_position (row);
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  if (!focus_row)
    return TRUE;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_object_get_data (key, "nap-objective") == objective)
      {
        focus_item (key);
        return TRUE;
      }
  /* Not on screen yet: bind_row_cb() gives it the focus. */
  self->focus_pending = objective;
  return TRUE;
}

/* Shows the selected objective in the editor. */
void
nap_plan_view_selection_changed (NapPlanView *self)
{
  g_autoptr(NapObjective) selected = NULL;

  if (self->busy)
    return;

  selected = nap_plan_view_dup_selected (self);
  nap_objective_editor_set_objective (self->editor, selected);
  nap_plan_view_update_actions (self);
}

static void
list_activate_cb (NapPlanView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "plan.rename", NULL);
}

/* The project */

static void
project_changed_cb (NapPlanView *self)
{
  GHashTableIter iter;
  gpointer key;

  /* Level names may have changed: they show on every row. */
  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    update_row (self, key);

  nap_plan_view_update_actions (self);
}

static void
update_tree_page (NapPlanView *self)
{
  gboolean empty = self->project == NULL
                   || g_list_model_get_n_items (nap_project_get_objectives (self->project)) == 0;

  gtk_stack_set_visible_child_name (self->tree_stack, empty ? "empty" : "tree");
}

/* Focusing the view focuses its outline, or the button that starts it. */
static gboolean
nap_plan_view_grab_focus (GtkWidget *widget)
{
  NapPlanView *self = NAP_PLAN_VIEW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->tree_stack), "empty") == 0)
    return gtk_widget_grab_focus (self->add_pillar_button);
  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
nap_plan_view_dispose (GObject *object)
{
  NapPlanView *self = NAP_PLAN_VIEW (object);

  if (self->project != NULL)
    nap_plan_view_set_project (self, NULL);

  /* The template's top child is AdwBin's: let AdwBin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_PLAN_VIEW);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->root_signals);

  G_OBJECT_CLASS (nap_plan_view_parent_class)->dispose (object);
}

static void
nap_plan_view_class_init (NapPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_plan_view_dispose;
  widget_class->grab_focus = nap_plan_view_grab_focus;

  nap_plan_view_class_init_actions (widget_class);

  g_type_ensure (NAP_TYPE_OBJECTIVE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NapPlanView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NapPlanView, tree_stack);
  gtk_widget_class_bind_template_child (widget_class, NapPlanView, list_view);
  gtk_widget_class_bind_template_child (widget_class, NapPlanView, add_pillar_button);
  gtk_widget_class_bind_template_child (widget_class, NapPlanView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, NapPlanView, editor);
}

static void
nap_plan_view_init (NapPlanView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound_items = g_hash_table_new (NULL, NULL);

  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "changed", G_CALLBACK (project_changed_cb),
                                                "notify::read-only", G_CALLBACK (nap_plan_view_update_actions),
                                                NULL);
  self->root_signals = nap_signal_group_new (G_TYPE_LIST_MODEL, self,
                                             "items-changed", G_CALLBACK (update_tree_page),
                                             NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  /* Enter or a double click on a row goes to its title, like F2. */
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (list_activate_cb), self);

  nap_plan_view_init_actions (self);

  update_tree_page (self);
  nap_plan_view_update_actions (self);
}

/**
 * nap_plan_view_new:
 *
 * Returns: (transfer floating): a new #NapPlanView
 */
GtkWidget *
nap_plan_view_new (void)
{
  return g_object_new (NAP_TYPE_PLAN_VIEW, NULL);
}

/**
 * nap_plan_view_set_project:
 * @self: a #NapPlanView
 * @project: (nullable): the plan to show, or %NULL
 */
void
nap_plan_view_set_project (NapPlanView *self,
                           NapProject  *project)
{
  g_return_if_fail (NAP_IS_PLAN_VIEW (self));
  g_return_if_fail (project == NULL || NAP_IS_PROJECT (project));

  if (self->project == project)
    return;

  nap_objective_editor_set_objective (self->editor, NULL);

  g_signal_group_set_target (self->project_signals, NULL);
  g_signal_group_set_target (self->root_signals, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree_model);
  self->focus_pending = NULL;

  g_set_object (&self->project, project);
  nap_objective_editor_set_project (self->editor, project);

  if (project != NULL)
    {
      GListModel *root = nap_project_get_objectives (project);

      self->tree_model = gtk_tree_list_model_new (g_object_ref (root), FALSE, TRUE,
                                                  create_children, NULL, NULL);
      self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree_model)));
      gtk_single_selection_set_autoselect (self->selection, TRUE);
      gtk_single_selection_set_can_unselect (self->selection, FALSE);
      g_signal_connect_swapped (self->selection, "notify::selected-item",
                                G_CALLBACK (nap_plan_view_selection_changed), self);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

      g_signal_group_set_target (self->project_signals, project);
      g_signal_group_set_target (self->root_signals, root);
    }

  update_tree_page (self);
  nap_plan_view_selection_changed (self);
}

/**
 * nap_plan_view_get_project:
 * @self: a #NapPlanView
 *
 * Returns: (transfer none) (nullable): the project shown, or %NULL
 */
NapProject *
nap_plan_view_get_project (NapPlanView *self)
{
  g_return_val_if_fail (NAP_IS_PLAN_VIEW (self), NULL);

  return self->project;
}

/**
 * nap_plan_view_get_selected:
 * @self: a #NapPlanView
 *
 * Returns: (transfer none) (nullable): the objective shown in the editor
 */
NapObjective *
nap_plan_view_get_selected (NapPlanView *self)
{
  g_return_val_if_fail (NAP_IS_PLAN_VIEW (self), NULL);

  return nap_objective_editor_get_objective (self->editor);
}

/**
 * nap_plan_view_select:
 * @self: a #NapPlanView
 * @objective: a #NapObjective
 *
 * Selects @objective in the outline, expanding its ancestors, and shows it
 * in the editor.
 *
 * Returns: %FALSE if @objective is not in the plan
 */
gboolean
nap_plan_view_select (NapPlanView  *self,
                      NapObjective *objective)
{
  g_return_val_if_fail (NAP_IS_PLAN_VIEW (self), FALSE);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), FALSE);

  return nap_plan_view_select_full (self, objective, FALSE);
}

/**
 * nap_plan_view_flush:
 * @self: a #NapPlanView
 *
 * Saves what was typed in the editor and not saved yet, as before the
 * window closes.
 *
 * Returns: %FALSE if a field holds text that cannot be saved
 */
gboolean
nap_plan_view_flush (NapPlanView *self)
{
  g_return_val_if_fail (NAP_IS_PLAN_VIEW (self), FALSE);

  return nap_objective_editor_flush (self->editor);
}
