/* nap-objective-picker.c: a button that finds an objective of the plan by code or title
 *
 * Its popover lists the whole tree flattened, in outline order, each node
 * with its code and title and indented by depth, leaving out the
 * objectives already chosen; typing filters by code or title (see
 * NapSearchPopover).
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-objective-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-objective-picker.h"
#include "nap-signal-group.h"

struct _NapObjectivePicker
{
  AdwBin              parent_instance;

  NapProject         *project;
  GListModel         *excluded;
  GSignalGroup       *excluded_signals;
  GListStore         *objectives;   /* the tree, flattened */
  GtkCustomFilter    *filter;
  GtkFilterListModel *offered;

  guint               popup_ticks;

  GtkButton          *button;
  NapSearchPopover   *popover;
};

G_DEFINE_FINAL_TYPE (NapObjectivePicker, nap_objective_picker, ADW_TYPE_BIN)

enum {
  OBJECTIVE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
flatten (GListModel *level,
         GListStore *out)
{
  for (guint i = 0; i < g_list_model_get_n_items (level); i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (level, i);

      g_list_store_append (out, objective);
      flatten (nap_objective_get_children (objective), out);
    }
}

static gboolean
not_excluded (gpointer item,
              gpointer user_data)
{
  NapObjectivePicker *self = user_data;

  return self->excluded == NULL || !g_list_store_find (G_LIST_STORE (self->excluded), item, NULL);
}

static char *
title_or_placeholder (NapObjective *objective,
                      const char   *title)
{
  return g_strdup (nap_text_is_blank (title) ? _("Untitled objective") : title);
}

/**
 * nap_objective_picker_reload:
 * @self: a #NapObjectivePicker
 *
 * Reads the tree again, as opening the popover does: codes and titles
 * change.
 */
void
nap_objective_picker_reload (NapObjectivePicker *self)
{
  g_return_if_fail (NAP_IS_OBJECTIVE_PICKER (self));

  g_list_store_remove_all (self->objectives);
  if (self->project != NULL)
    flatten (nap_project_get_objectives (self->project), self->objectives);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
popover_show_cb (NapObjectivePicker *self)
{
  nap_objective_picker_reload (self);
}

static void
chosen_cb (NapObjectivePicker *self,
           GObject            *item)
{
  g_signal_emit (self, signals[OBJECTIVE_CHOSEN], 0, NAP_OBJECTIVE (item));
}

/* Opening the popover */

/* Scrolls the editor so that the button shows: a popover cannot open from
 * a button out of sight (GTK finds no monitor for it), and the button can
 * be pressed out of sight, by its mnemonic or by a screen reader.
 */
static gboolean
scroll_into_view (NapObjectivePicker *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t top;
  double page;

  if (scrolled == NULL
      || !gtk_widget_compute_point (GTK_WIDGET (self), scrolled, &GRAPHENE_POINT_INIT (0, 0), &top))
    return FALSE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  page = gtk_adjustment_get_page_size (adjustment);
  if (top.y >= 0 && top.y + gtk_widget_get_height (GTK_WIDGET (self)) <= page)
    return FALSE;

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + top.y - page / 3);
  return TRUE;
}

static gboolean
popup_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  NapObjectivePicker *self = NAP_OBJECTIVE_PICKER (widget);

  /* Wait for a frame to lay the scrolled editor out anew. */
  if (++self->popup_ticks < 2)
    return G_SOURCE_CONTINUE;

  self->popup_ticks = 0;
  gtk_popover_popup (GTK_POPOVER (self->popover));
  return G_SOURCE_REMOVE;
}

static void
button_clicked_cb (NapObjectivePicker *self)
{
  if (scroll_into_view (self))
    gtk_widget_add_tick_callback (GTK_WIDGET (self), popup_tick_cb, NULL, NULL);
  else
    gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
excluded_changed_cb (NapObjectivePicker *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
nap_objective_picker_dispose (GObject *object)
{
  NapObjectivePicker *self = NAP_OBJECTIVE_PICKER (object);

  if (self->popover != NULL)
    {
      nap_search_popover_set_model (self->popover, NULL);
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }
  g_clear_object (&self->offered);
  g_clear_object (&self->filter);
  g_clear_object (&self->objectives);
  g_clear_object (&self->excluded_signals);
  g_clear_object (&self->excluded);
  g_clear_object (&self->project);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_OBJECTIVE_PICKER);

  G_OBJECT_CLASS (nap_objective_picker_parent_class)->dispose (object);
}

static void
nap_objective_picker_class_init (NapObjectivePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_objective_picker_dispose;

  /**
   * NapObjectivePicker::objective-chosen:
   * @objective: the objective the user picked
   */
  signals[OBJECTIVE_CHOSEN] =
    g_signal_new ("objective-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, NAP_TYPE_OBJECTIVE);

  g_type_ensure (NAP_TYPE_SEARCH_POPOVER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-objective-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, NapObjectivePicker, button);
  gtk_widget_class_bind_template_callback (widget_class, button_clicked_cb);
}

static void
nap_objective_picker_init (NapObjectivePicker *self)
{
  g_autoptr(GtkExpression) code = NULL;
  g_autoptr(GtkExpression) title = NULL;
  g_autoptr(GtkExpression) text = NULL;
  g_autoptr(GtkExpression) depth = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->popover = NAP_SEARCH_POPOVER (nap_search_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self->button));
  g_signal_connect_object (self->popover, "show", G_CALLBACK (popover_show_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "chosen", G_CALLBACK (chosen_cb), self, G_CONNECT_SWAPPED);

  self->excluded_signals = nap_signal_group_new (G_TYPE_LIST_MODEL, self,
                                                 "items-changed", G_CALLBACK (excluded_changed_cb),
                                                 NULL);

  self->objectives = g_list_store_new (NAP_TYPE_OBJECTIVE);
  self->filter = gtk_custom_filter_new (not_excluded, self, NULL);
  self->offered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->objectives)),
                                             GTK_FILTER (g_object_ref (self->filter)));

  code = gtk_property_expression_new (NAP_TYPE_OBJECTIVE, NULL, "display-code");
  title = gtk_property_expression_new (NAP_TYPE_OBJECTIVE, NULL, "title");
  text = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 1, &title,
                                      G_CALLBACK (title_or_placeholder), NULL, NULL);
  title = NULL;
  depth = gtk_property_expression_new (NAP_TYPE_OBJECTIVE, NULL, "depth");
  nap_search_popover_set_fields (self->popover, code, text, depth);
  nap_search_popover_set_labels (self->popover, _("Find an Objective by Code or Title"),
                                 _("Objectives of the Plan"), _("No objective matches."));
  nap_search_popover_set_model (self->popover, G_LIST_MODEL (self->offered));
}

/**
 * nap_objective_picker_new:
 *
 * Returns: (transfer floating): a new #NapObjectivePicker
 */
GtkWidget *
nap_objective_picker_new (void)
{
  return g_object_new (NAP_TYPE_OBJECTIVE_PICKER, NULL);
}

/**
 * nap_objective_picker_set_project:
 * @self: a #NapObjectivePicker
 * @project: (nullable): whose objectives to offer
 */
void
nap_objective_picker_set_project (NapObjectivePicker *self,
                                  NapProject         *project)
{
  g_return_if_fail (NAP_IS_OBJECTIVE_PICKER (self));
  g_return_if_fail (project == NULL || NAP_IS_PROJECT (project));

  g_set_object (&self->project, project);
  g_list_store_remove_all (self->objectives);
}

/**
 * nap_objective_picker_set_excluded:
 * @self: a #NapObjectivePicker
 * @objectives: (nullable): a #GListStore of the objectives not to offer,
 *   those the recommendation already concerns
 */
void
nap_objective_picker_set_excluded (NapObjectivePicker *self,
                                   GListModel         *objectives)
{
  g_return_if_fail (NAP_IS_OBJECTIVE_PICKER (self));
  g_return_if_fail (objectives == NULL || G_IS_LIST_STORE (objectives));

  g_set_object (&self->excluded, objectives);
  g_signal_group_set_target (self->excluded_signals, objectives);
  excluded_changed_cb (self);
}

/**
 * nap_objective_picker_popup:
 * @self: a #NapObjectivePicker
 *
 * Opens the list with an empty search, reading the tree again.
 */
void
nap_objective_picker_popup (NapObjectivePicker *self)
{
  g_return_if_fail (NAP_IS_OBJECTIVE_PICKER (self));

  button_clicked_cb (self);
}

/**
 * nap_objective_picker_get_popover:
 * @self: a #NapObjectivePicker
 *
 * Returns: (transfer none): the popover with the search and the list
 */
NapSearchPopover *
nap_objective_picker_get_popover (NapObjectivePicker *self)
{
  g_return_val_if_fail (NAP_IS_OBJECTIVE_PICKER (self), NULL);

  return self->popover;
}
