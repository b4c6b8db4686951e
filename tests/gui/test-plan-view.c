/* test-plan-view.c: the objective tree and the objective editor
 *
 * Drives the Plan view as a user would, through its actions and fields,
 * and checks the tree in memory and in the file.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gui-test-util.h"
#include "nap-actor-list.h"
#include "nap-field-binding.h"
#include "nap-indicator-row.h"
#include "nap-objective-editor.h"
#include "nap-plan-view.h"

typedef struct
{
  char *dir;
  char *path;
  NapProject *project;
  GtkWindow *window;
  NapPlanView *view;
} Fixture;

/* Helpers */

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

/* The toolbar button bound to @action: what the user sees greyed out. */
static gboolean
button_enabled (Fixture    *fixture,
                const char *action)
{
  GtkWidget *toolbar = gui_test_child (fixture->view, NAP_TYPE_PLAN_VIEW, "toolbar");
  GtkWidget *button = gui_test_find_widget (toolbar, has_action, action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL));
  gui_test_flush_events ();
}

static NapObjectiveEditor *
editor (Fixture *fixture)
{
  return gui_test_child (fixture->view, NAP_TYPE_PLAN_VIEW, "editor");
}

static AdwEntryRow *
editor_row (Fixture    *fixture,
            const char *title)
{
  GtkWidget *row = gui_test_find_widget (GTK_WIDGET (editor (fixture)), gui_test_is_entry_row, title);

  g_assert_nonnull (row);
  return ADW_ENTRY_ROW (row);
}

static void
assert_file_outline (Fixture    *fixture,
                     const char *expected)
{
  g_autoptr(NapProject) copy = nap_test_reopen (fixture->path);
  g_autofree char *text = nap_test_outline (copy);

  g_assert_cmpstr (text, ==, expected);
}

static void
show_view (Fixture    *fixture,
           NapProject *project)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 800);
  fixture->view = NAP_PLAN_VIEW (nap_plan_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  nap_plan_view_set_project (fixture->view, project);
  gtk_window_present (fixture->window);
  gui_test_flush_events ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = nap_test_make_dir ("nap-test-plan-view-XXXXXX", "plan.nap", &fixture->path);
  fixture->project = nap_test_create_plan (fixture->path, "Plan national d’adaptation du Mali",
                                           "ML", "XOF", "2025-01-01", "2030-12-31");
  show_view (fixture, fixture->project);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->window, gtk_window_destroy);
  gui_test_flush_events ();
  nap_test_remove_plan (&fixture->project, &fixture->dir, &fixture->path);
}

/* Tests */

static void
test_empty_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkStack *stack = gui_test_child (fixture->view, NAP_TYPE_PLAN_VIEW, "tree_stack");
  GtkWidget *button = gui_test_child (fixture->view, NAP_TYPE_PLAN_VIEW, "add_pillar_button");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_false (button_enabled (fixture, "plan.delete"));
  g_assert_false (button_enabled (fixture, "plan.add-child"));

  /* The button of the empty page adds the first pillar and puts the cursor
   * in its title.
   */
  g_signal_emit_by_name (button, "clicked");
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "tree");
  g_assert_cmpuint (nap_project_count_objectives (fixture->project), ==, 1);
  g_assert_nonnull (nap_plan_view_get_selected (fixture->view));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (editor_row (fixture, "Title"))));
  /* Without a title yet, the outline says so. */
  g_assert_nonnull (gui_test_find_widget (gui_test_child (fixture->view, NAP_TYPE_PLAN_VIEW, "list_view"),
                                 gui_test_is_label, "Untitled objective"));
}

static void
test_build_tree (Fixture       *fixture,
                 gconstpointer  data)
{
  NapObjective *a, *b, *c, *d;

  activate (fixture, "plan.add-sibling");
  a = nap_plan_view_get_selected (fixture->view);
  gui_test_type_and_enter (editor_row (fixture, "Title"), "Gouvernance");

  activate (fixture, "plan.add-sibling");
  b = nap_plan_view_get_selected (fixture->view);
  g_assert_true (b != a);
  gui_test_type_and_enter (editor_row (fixture, "Title"), "Alerte précoce");
  g_assert_cmpstr (nap_objective_get_display_code (b), ==, "2");

  /* Indent makes B the first child of A and keeps B selected. */
  activate (fixture, "plan.indent");
  g_assert_true (nap_plan_view_get_selected (fixture->view) == b);
  g_assert_true (nap_objective_get_parent (b) == a);
  g_assert_cmpstr (nap_objective_get_display_code (b), ==, "1.1");

  /* A sibling of B lands under A, after B. */
  activate (fixture, "plan.add-sibling");
  c = nap_plan_view_get_selected (fixture->view);
  gui_test_type_and_enter (editor_row (fixture, "Title"), "Systèmes d’information climatique");
  g_assert_true (nap_objective_get_parent (c) == a);
  g_assert_cmpstr (nap_objective_get_display_code (c), ==, "1.2");

  activate (fixture, "plan.move-up");
  g_assert_true (nap_plan_view_get_selected (fixture->view) == c);
  g_assert_cmpstr (nap_objective_get_display_code (c), ==, "1.1");
  activate (fixture, "plan.move-down");
  g_assert_true (nap_plan_view_get_selected (fixture->view) == c);
  g_assert_cmpstr (nap_objective_get_display_code (c), ==, "1.2");

  /* A child of C, then outdent it to the level of C. */
  activate (fixture, "plan.add-child");
  d = nap_plan_view_get_selected (fixture->view);
  gui_test_type_and_enter (editor_row (fixture, "Title"), "Stations");
  g_assert_true (nap_objective_get_parent (d) == c);
  g_assert_cmpstr (nap_objective_get_display_code (d), ==, "1.2.1");
  activate (fixture, "plan.outdent");
  g_assert_true (nap_plan_view_get_selected (fixture->view) == d);
  g_assert_cmpstr (nap_objective_get_display_code (d), ==, "1.3");
  activate (fixture, "plan.outdent");
  g_assert_true (nap_plan_view_get_selected (fixture->view) == d);
  g_assert_cmpstr (nap_objective_get_display_code (d), ==, "2");

  {
    g_autofree char *text = nap_test_outline (fixture->project);
    g_assert_cmpstr (text, ==,
                     "1 Gouvernance\n"
                     "  1.1 Alerte précoce\n"
                     "  1.2 Systèmes d’information climatique\n"
                     "2 Stations\n");
  }
  assert_file_outline (fixture,
                       "1 Gouvernance\n"
                       "  1.1 Alerte précoce\n"
                       "  1.2 Systèmes d’information climatique\n"
                       "2 Stations\n");
}

static void
test_action_enablement (Fixture       *fixture,
                        gconstpointer  data)
{
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "A");
  NapObjective *b = nap_test_add_objective (fixture->project, NULL, "B");
  NapObjective *a1 = nap_test_add_objective (fixture->project, a, "A1");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  gui_test_flush_events ();
  g_assert_true (nap_plan_view_select (fixture->view, a));
  gui_test_flush_events ();
  g_assert_true (button_enabled (fixture, "plan.add-sibling"));
  g_assert_true (button_enabled (fixture, "plan.add-child"));
  g_assert_true (button_enabled (fixture, "plan.delete"));
  g_assert_false (button_enabled (fixture, "plan.move-up"));
  g_assert_true (button_enabled (fixture, "plan.move-down"));
  g_assert_false (button_enabled (fixture, "plan.indent"));
  g_assert_false (button_enabled (fixture, "plan.outdent"));

  /* A disabled action does nothing, even when activated by a shortcut. */
  before = nap_test_outline (fixture->project);
  activate (fixture, "plan.move-up");
  activate (fixture, "plan.outdent");
  after = nap_test_outline (fixture->project);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (nap_plan_view_select (fixture->view, b));
  gui_test_flush_events ();
  g_assert_true (button_enabled (fixture, "plan.move-up"));
  g_assert_false (button_enabled (fixture, "plan.move-down"));
  g_assert_true (button_enabled (fixture, "plan.indent"));
  g_assert_false (button_enabled (fixture, "plan.outdent"));

  g_assert_true (nap_plan_view_select (fixture->view, a1));
  gui_test_flush_events ();
  g_assert_true (button_enabled (fixture, "plan.outdent"));
  g_assert_false (button_enabled (fixture, "plan.indent"));
  g_assert_true (nap_objective_editor_get_objective (editor (fixture)) == a1);
}

static void
test_max_depth (Fixture       *fixture,
                      gconstpointer  data)
{
  NapObjective *node = NULL;

  for (int i = 0; i < NAP_MAX_DEPTH; i++)
    node = nap_test_add_objective (fixture->project, node, "Level");
  gui_test_flush_events ();
  g_assert_true (nap_plan_view_select (fixture->view, node));
  gui_test_flush_events ();

  /* The deepest level takes no child. */
  g_assert_false (button_enabled (fixture, "plan.add-child"));
  g_assert_cmpuint (nap_project_count_objectives (fixture->project), ==, NAP_MAX_DEPTH);
}

static void
test_title_commit (Fixture       *fixture,
                   gconstpointer  data)
{
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "");
  NapObjective *b = nap_test_add_objective (fixture->project, NULL, "Second");
  GtkWidget *list_view = gui_test_child (fixture->view, NAP_TYPE_PLAN_VIEW, "list_view");
  GtkWidget *focus;

  gui_test_flush_events ();
  nap_plan_view_select (fixture->view, a);
  gui_test_flush_events ();

  /* F2's action puts the cursor in the title. */
  activate (fixture, "plan.rename");
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (GTK_IS_EDITABLE (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (editor_row (fixture, "Title"))));

  gtk_editable_set_text (GTK_EDITABLE (focus), "Réduire la vulnérabilité des communautés rurales");
  g_assert_cmpstr (nap_objective_get_title (a), ==, "");
  g_signal_emit_by_name (focus, "activate");
  gui_test_flush_events ();
  g_assert_cmpstr (nap_objective_get_title (a), ==, "Réduire la vulnérabilité des communautés rurales");
  assert_file_outline (fixture,
                       "1 Réduire la vulnérabilité des communautés rurales\n"
                       "2 Second\n");
  /* The outline row follows the title. */
  g_assert_nonnull (gui_test_find_widget (list_view, gui_test_is_label, "Réduire la vulnérabilité des communautés rurales"));

  /* Typing and pausing saves too, without Enter. */
  gtk_editable_set_text (GTK_EDITABLE (focus), "Réduire la vulnérabilité");
  gui_test_wait_until (g_strcmp0 (nap_objective_get_title (a), "Réduire la vulnérabilité") == 0);
  assert_file_outline (fixture, "1 Réduire la vulnérabilité\n2 Second\n");

  /* Selecting another objective saves what was being typed. */
  gtk_editable_set_text (GTK_EDITABLE (focus), "Gouvernance");
  nap_plan_view_select (fixture->view, b);
  gui_test_flush_events ();
  assert_file_outline (fixture, "1 Gouvernance\n2 Second\n");
  g_assert_true (nap_objective_editor_get_objective (editor (fixture)) == b);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_row (fixture, "Title"))), ==, "Second");
}

static void
test_code_and_description (Fixture       *fixture,
                           gconstpointer  data)
{
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "A");
  GtkEntry *code = gui_test_child (editor (fixture), NAP_TYPE_OBJECTIVE_EDITOR, "code_entry");
  GtkTextView *description = gui_test_child (editor (fixture), NAP_TYPE_OBJECTIVE_EDITOR, "description_view");

  gui_test_flush_events ();
  nap_plan_view_select (fixture->view, a);
  gui_test_flush_events ();

  g_assert_cmpstr (gtk_entry_get_placeholder_text (code), ==, "1");
  gtk_editable_set_text (GTK_EDITABLE (code), "P1");
  g_signal_emit_by_name (code, "activate");
  gui_test_flush_events ();
  g_assert_cmpstr (nap_objective_get_display_code (a), ==, "P1");
  /* The placeholder still tells what the automatic number would be. */
  g_assert_cmpstr (gtk_entry_get_placeholder_text (code), ==, "1");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (description), "Une description\nsur deux lignes.", -1);
  g_assert_true (nap_plan_view_flush (fixture->view));
  {
    g_autoptr(NapProject) copy = nap_test_reopen (fixture->path);
    g_autoptr(NapObjective) first = g_list_model_get_item (nap_project_get_objectives (copy), 0);

    g_assert_cmpstr (nap_objective_get_code (first), ==, "P1");
    g_assert_cmpstr (nap_objective_get_description (first), ==, "Une description\nsur deux lignes.");
  }
}

static void
test_invalid_dates (Fixture       *fixture,
                    gconstpointer  data)
{
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "A");
  GtkWidget *end_error = gui_test_child (editor (fixture), NAP_TYPE_OBJECTIVE_EDITOR, "end_error");

  gui_test_flush_events ();
  nap_plan_view_select (fixture->view, a);
  gui_test_flush_events ();

  gui_test_type_and_enter (editor_row (fixture, "Start Date"), "2026-05-01");
  g_assert_cmpstr (nap_objective_get_start_date (a), ==, "2026-05-01");

  /* Not a date: shown as an error, not saved. */
  gui_test_type_and_enter (editor_row (fixture, "End Date"), "2026-13-45");
  g_assert_null (nap_objective_get_end_date (a));
  g_assert_true (gtk_widget_get_visible (end_error));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (editor_row (fixture, "End Date")), "error"));

  /* Before the start: not saved either. */
  gui_test_type_and_enter (editor_row (fixture, "End Date"), "2026-01-31");
  g_assert_null (nap_objective_get_end_date (a));
  g_assert_true (gtk_widget_get_visible (end_error));
  g_assert_false (nap_plan_view_flush (fixture->view));

  {
    g_autoptr(NapProject) copy = nap_test_reopen (fixture->path);
    g_autoptr(NapObjective) first = g_list_model_get_item (nap_project_get_objectives (copy), 0);

    g_assert_cmpstr (nap_objective_get_start_date (first), ==, "2026-05-01");
    g_assert_null (nap_objective_get_end_date (first));
  }

  /* Moving the start earlier makes the waiting end date valid: both are saved. */
  gui_test_type_and_enter (editor_row (fixture, "Start Date"), "2026-01-01");
  g_assert_cmpstr (nap_objective_get_start_date (a), ==, "2026-01-01");
  g_assert_cmpstr (nap_objective_get_end_date (a), ==, "2026-01-31");
  g_assert_false (gtk_widget_get_visible (end_error));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (editor_row (fixture, "End Date")), "error"));
}

static void
test_status (Fixture       *fixture,
             gconstpointer  data)
{
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "A");
  AdwComboRow *status = gui_test_child (editor (fixture), NAP_TYPE_OBJECTIVE_EDITOR, "status_row");

  gui_test_flush_events ();
  nap_plan_view_select (fixture->view, a);
  gui_test_flush_events ();

  g_assert_cmpuint (adw_combo_row_get_selected (status), ==, NAP_OBJECTIVE_STATUS_PLANNED);
  adw_combo_row_set_selected (status, NAP_OBJECTIVE_STATUS_DELAYED);
  g_assert_cmpint (nap_objective_get_status (a), ==, NAP_OBJECTIVE_STATUS_DELAYED);
  {
    g_autoptr(NapProject) copy = nap_test_reopen (fixture->path);
    g_autoptr(NapObjective) first = g_list_model_get_item (nap_project_get_objectives (copy), 0);

    g_assert_cmpint (nap_objective_get_status (first), ==, NAP_OBJECTIVE_STATUS_DELAYED);
  }
}

static GtkWindow *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return window;
    }
  return NULL;
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "Gouvernance");
  NapObjective *b = nap_test_add_objective (fixture->project, NULL, "Vide");
  GtkWindow *dialog;

  nap_test_add_objective (fixture->project, a, "Sous-objectif");
  gui_test_flush_events ();

  /* An empty leaf goes at once. */
  nap_plan_view_select (fixture->view, b);
  gui_test_flush_events ();
  activate (fixture, "plan.delete");
  g_assert_null (find_message_dialog ());
  assert_file_outline (fixture, "1 Gouvernance\n  1.1 Sous-objectif\n");
  g_assert_nonnull (nap_plan_view_get_selected (fixture->view));

  /* A node with children asks first; Cancel keeps it. */
  nap_plan_view_select (fixture->view, a);
  gui_test_flush_events ();
  activate (fixture, "plan.delete");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Delete “Gouvernance” and everything under it?");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gui_test_flush_events ();
  assert_file_outline (fixture, "1 Gouvernance\n  1.1 Sous-objectif\n");

  activate (fixture, "plan.delete");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gui_test_flush_events ();
  assert_file_outline (fixture, "");
  g_assert_null (nap_plan_view_get_selected (fixture->view));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (gui_test_child (fixture->view, NAP_TYPE_PLAN_VIEW, "tree_stack")),
                   ==, "empty");
}

static NapActorList *
actor_list (Fixture      *fixture,
            NapActorRole  role)
{
  const char *names[] = { "lead_list", "partner_list", "monitor_list" };

  return gui_test_child (editor (fixture), NAP_TYPE_OBJECTIVE_EDITOR, names[role]);
}

static void
type_actor (Fixture      *fixture,
            NapActorRole  role,
            const char   *name)
{
  GtkWidget *entry = gui_test_find_widget (GTK_WIDGET (actor_list (fixture, role)), gui_test_is_type,
                                  GSIZE_TO_POINTER (GTK_TYPE_ENTRY));

  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  g_signal_emit_by_name (entry, "activate");
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

static void
test_actors (Fixture       *fixture,
             gconstpointer  data)
{
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "A");
  g_autoptr(GError) error = NULL;
  NapActor *ministry;

  ministry = nap_project_add_actor (fixture->project, "Ministère de l’Environnement", NAP_ACTOR_KIND_MINISTRY, &error);
  g_assert_no_error (error);
  gui_test_flush_events ();
  nap_plan_view_select (fixture->view, a);
  gui_test_flush_events ();

  /* An existing actor, whatever the case of what is typed. */
  type_actor (fixture, NAP_ACTOR_ROLE_LEAD, "ministère de l’environnement");
  /* A new one, created on the spot. */
  type_actor (fixture, NAP_ACTOR_ROLE_MONITOR, "Observatoire du Sahel & de l’Ouest");

  g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_actors (fixture->project)), ==, 2);
  {
    g_autoptr(NapProject) copy = nap_test_reopen (fixture->path);
    g_autoptr(NapObjective) first = g_list_model_get_item (nap_project_get_objectives (copy), 0);
    GListModel *lead = nap_objective_get_actors (first, NAP_ACTOR_ROLE_LEAD);
    GListModel *monitors = nap_objective_get_actors (first, NAP_ACTOR_ROLE_MONITOR);
    g_autoptr(NapActor) lead0 = g_list_model_get_item (lead, 0);
    g_autoptr(NapActor) monitor0 = g_list_model_get_item (monitors, 0);

    /* Who does the work and who checks it stay apart. */
    g_assert_cmpuint (g_list_model_get_n_items (lead), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_actors (first, NAP_ACTOR_ROLE_PARTNER)), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (monitors), ==, 1);
    g_assert_cmpstr (nap_actor_get_name (lead0), ==, nap_actor_get_name (ministry));
    g_assert_cmpstr (nap_actor_get_name (monitor0), ==, "Observatoire du Sahel & de l’Ouest");
    g_assert_cmpint (nap_actor_get_kind (monitor0), ==, NAP_ACTOR_KIND_OTHER);
  }

  /* The row shows the actor with a way to remove it. */
  {
    GtkWidget *list = GTK_WIDGET (actor_list (fixture, NAP_ACTOR_ROLE_MONITOR));
    GtkWidget *remove = NULL;
    GtkWidget *kind;

    g_assert_nonnull (gui_test_find_widget (list, gui_test_is_label, "Observatoire du Sahel & de l’Ouest"));
    kind = gui_test_find_widget (list, gui_test_is_type, GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN));
    g_assert_nonnull (kind);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), NAP_ACTOR_KIND_UN_BODY);
    g_assert_cmpint (nap_actor_get_kind (nap_project_find_actor_by_name (fixture->project, "Observatoire du Sahel & de l’Ouest")),
                     ==, NAP_ACTOR_KIND_UN_BODY);

    for (GtkWidget *w = kind; w != NULL && remove == NULL; w = gtk_widget_get_next_sibling (w))
      if (GTK_IS_BUTTON (w))
        remove = w;
    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    gui_test_flush_events ();
    g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_actors (a, NAP_ACTOR_ROLE_MONITOR)), ==, 0);
    /* Removing it from the objective keeps it in the plan. */
    g_assert_cmpuint (g_list_model_get_n_items (nap_project_get_actors (fixture->project)), ==, 2);
  }
}

static void
test_indicators (Fixture       *fixture,
                 gconstpointer  data)
{
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "A");
  GtkWidget *list = gui_test_child (editor (fixture), NAP_TYPE_OBJECTIVE_EDITOR, "indicator_list");
  GtkWidget *row;
  GtkWidget *button;

  gui_test_flush_events ();
  nap_plan_view_select (fixture->view, a);
  gui_test_flush_events ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor (fixture)), "editor.add-indicator", NULL));
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_indicators (a)), ==, 1);

  row = gui_test_find_widget (list, gui_test_is_type, GSIZE_TO_POINTER (NAP_TYPE_INDICATOR_ROW));
  g_assert_nonnull (row);
  gui_test_type_and_enter (ADW_ENTRY_ROW (gui_test_find_widget (row, gui_test_is_entry_row, "Indicator")), "Ménages alertés à temps");
  gui_test_type_and_enter (ADW_ENTRY_ROW (gui_test_find_widget (row, gui_test_is_entry_row, "Unit")), "%");
  gui_test_type_and_enter (ADW_ENTRY_ROW (gui_test_find_widget (row, gui_test_is_entry_row, "Baseline")), "12");
  gui_test_type_and_enter (ADW_ENTRY_ROW (gui_test_find_widget (row, gui_test_is_entry_row, "Target")), "60");
  gui_test_type_and_enter (ADW_ENTRY_ROW (gui_test_find_widget (row, gui_test_is_entry_row, "Means of Verification")), "Enquête annuelle");
  {
    g_autoptr(NapProject) copy = nap_test_reopen (fixture->path);
    g_autoptr(NapObjective) first = g_list_model_get_item (nap_project_get_objectives (copy), 0);
    g_autoptr(NapIndicator) indicator = g_list_model_get_item (nap_objective_get_indicators (first), 0);

    g_assert_cmpstr (nap_indicator_get_title (indicator), ==, "Ménages alertés à temps");
    g_assert_cmpstr (nap_indicator_get_unit (indicator), ==, "%");
    g_assert_cmpstr (nap_indicator_get_baseline (indicator), ==, "12");
    g_assert_cmpstr (nap_indicator_get_target (indicator), ==, "60");
    g_assert_cmpstr (nap_indicator_get_verification (indicator), ==, "Enquête annuelle");
  }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ménages alertés à temps");

  /* An objective with an indicator asks before it is deleted. */
  activate (fixture, "plan.delete");
  g_assert_nonnull (find_message_dialog ());
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (find_message_dialog ()), "cancel");
  gui_test_flush_events ();

  button = gui_test_find_widget (row, has_tooltip, "Delete Indicator");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  gui_test_flush_events ();
  g_assert_cmpuint (g_list_model_get_n_items (nap_objective_get_indicators (a)), ==, 0);
}

static void
test_recommendations (Fixture       *fixture,
                      gconstpointer  data)
{
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "A");
  NapObjective *b = nap_test_add_objective (fixture->project, NULL, "B");
  GtkWidget *list = gui_test_child (editor (fixture), NAP_TYPE_OBJECTIVE_EDITOR, "recommendation_list");
  g_autoptr(GError) error = NULL;
  NapConsultation *session;
  NapRecommendation *recommendation;

  session = nap_project_add_consultation (fixture->project, "Atelier de Mopti", &error);
  g_assert_no_error (error);
  recommendation = nap_project_add_recommendation (fixture->project, session,
                                                   "Associer les femmes aux comités d’alerte", &error);
  g_assert_no_error (error);
  g_assert_true (nap_project_link_recommendation (fixture->project, recommendation, a, TRUE, &error));
  gui_test_flush_events ();

  nap_plan_view_select (fixture->view, b);
  gui_test_flush_events ();
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_nonnull (gui_test_find_widget (list, gui_test_is_label, "No consultation recommendation concerns this objective yet."));

  nap_plan_view_select (fixture->view, a);
  gui_test_flush_events ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  g_assert_nonnull (gui_test_find_widget (list, gui_test_is_label, "Associer les femmes aux comités d’alerte"));
}

static void
test_level_names (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *names[] = { "Axe", "Objectif", "Action", NULL };
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "A");
  GtkWidget *list_view = gui_test_child (fixture->view, NAP_TYPE_PLAN_VIEW, "list_view");
  GtkLabel *heading = gui_test_child (editor (fixture), NAP_TYPE_OBJECTIVE_EDITOR, "heading");

  gui_test_flush_events ();
  nap_plan_view_select (fixture->view, a);
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_label_get_text (heading), ==, "Pillar 1");
  g_assert_nonnull (gui_test_find_widget (list_view, gui_test_is_label, "Pillar"));

  g_assert_true (nap_project_set_level_names (fixture->project, names, NULL));
  gui_test_flush_events ();
  g_assert_cmpstr (gtk_label_get_text (heading), ==, "Axe 1");
  g_assert_nonnull (gui_test_find_widget (list_view, gui_test_is_label, "Axe"));
  g_assert_null (gui_test_find_widget (list_view, gui_test_is_label, "Pillar"));
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) read_only = NULL;
  NapObjective *a = nap_test_add_objective (fixture->project, NULL, "A");
  NapObjective *copy_b;

  nap_test_add_objective (fixture->project, a, "A1");
  nap_test_add_objective (fixture->project, NULL, "B");
  g_clear_pointer (&fixture->window, gtk_window_destroy);
  gui_test_flush_events ();

  read_only = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  show_view (fixture, read_only);

  /* Browsing works... */
  copy_b = g_list_model_get_item (nap_project_get_objectives (read_only), 1);
  g_object_unref (copy_b);
  g_assert_nonnull (copy_b);
  g_assert_true (nap_plan_view_select (fixture->view, copy_b));
  gui_test_flush_events ();
  g_assert_true (nap_objective_editor_get_objective (editor (fixture)) == copy_b);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_row (fixture, "Title"))), ==, "B");

  /* ...editing does not. */
  g_assert_false (button_enabled (fixture, "plan.add-sibling"));
  g_assert_false (button_enabled (fixture, "plan.add-child"));
  g_assert_false (button_enabled (fixture, "plan.delete"));
  g_assert_false (button_enabled (fixture, "plan.move-up"));
  g_assert_false (button_enabled (fixture, "plan.indent"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (editor_row (fixture, "Title"))));
  activate (fixture, "plan.move-up");
  activate (fixture, "plan.add-sibling");
  g_assert_cmpuint (nap_project_count_objectives (read_only), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/plan-view/empty-plan", test_empty_plan),
    NAP_TEST_CASE ("/plan-view/build-tree", test_build_tree),
    NAP_TEST_CASE ("/plan-view/action-enablement", test_action_enablement),
    NAP_TEST_CASE ("/plan-view/max-depth", test_max_depth),
    NAP_TEST_CASE ("/plan-view/title-commit", test_title_commit),
    NAP_TEST_CASE ("/plan-view/code-and-description", test_code_and_description),
    NAP_TEST_CASE ("/plan-view/invalid-dates", test_invalid_dates),
    NAP_TEST_CASE ("/plan-view/status", test_status),
    NAP_TEST_CASE ("/plan-view/delete", test_delete),
    NAP_TEST_CASE ("/plan-view/actors", test_actors),
    NAP_TEST_CASE ("/plan-view/indicators", test_indicators),
    NAP_TEST_CASE ("/plan-view/recommendations", test_recommendations),
    NAP_TEST_CASE ("/plan-view/level-names", test_level_names),
    NAP_TEST_CASE ("/plan-view/read-only", test_read_only),
  };

  gui_test_init (&argc, &argv);
  NAP_TEST_ADD_CASES (Fixture, fixture_set_up, fixture_tear_down, cases);

  return g_test_run ();
}
