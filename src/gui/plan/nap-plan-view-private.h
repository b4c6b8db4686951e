/* nap-plan-view-private.h: shared by nap-plan-view.c and its actions
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-objective-editor.h"
#include "nap-plan-view.h"

G_BEGIN_DECLS

struct _NapPlanView
{
  AdwBin               parent_instance;

  NapProject          *project;
  GtkTreeListModel    *tree_model;
  GtkSingleSelection  *selection;
  GHashTable          *bound_items;   /* GtkListItem showing an objective */
  NapObjective        *focus_pending; /* give its row the focus once shown */
  GSignalGroup        *project_signals;
  GSignalGroup        *root_signals;
  guint                busy : 1;

  AdwToastOverlay     *toast_overlay;
  GtkStack            *tree_stack;
  GtkListView         *list_view;
  GtkWidget           *add_pillar_button;
  GtkWidget           *toolbar;
  NapObjectiveEditor  *editor;
};

void          nap_plan_view_show_toast         (NapPlanView    *self,
                                                const char     *message);
NapObjective *nap_plan_view_dup_selected       (NapPlanView    *self);
gboolean      nap_plan_view_tree_has_focus     (NapPlanView    *self);
gboolean      nap_plan_view_select_full        (NapPlanView    *self,
                                                NapObjective   *objective,
                                                gboolean        focus_row);
void          nap_plan_view_selection_changed  (NapPlanView    *self);
void          nap_plan_view_update_actions     (NapPlanView    *self);
void          nap_plan_view_init_actions       (NapPlanView    *self);
void          nap_plan_view_class_init_actions (GtkWidgetClass *widget_class);

G_END_DECLS
