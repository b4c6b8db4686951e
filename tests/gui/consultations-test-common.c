/* consultations-test-common.c: what the Consultations view's tests share
 *
 * A Mali plan with a pillar, objectives 1.1 (with action 1.1.1) and 1.2,
 * shown in a NapConsultationsView in a window, and helpers that act on
 * its fields as a user would.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "consultations-test-common.h"

void
cons_test_flush_events (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

gpointer
cons_test_child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return object;
}

NapConsultationEditor *
cons_test_editor (Fixture *fixture)
{
  return cons_test_child (fixture->view, NAP_TYPE_CONSULTATIONS_VIEW, "editor");
}

gpointer
cons_test_field (Fixture    *fixture,
       const char *name)
{
  return cons_test_child (cons_test_editor (fixture), NAP_TYPE_CONSULTATION_EDITOR, name);
}

/* Types into a field as a user would and presses Enter. */

void
cons_test_type_and_enter (gpointer    widget,
                const char *text)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (widget));

  gtk_widget_grab_focus (GTK_WIDGET (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
  g_signal_emit_by_name (delegate != NULL ? delegate : widget, "activate");
  cons_test_flush_events ();
}

/* Types a number into a count field and confirms it, as Enter does. */

void
cons_test_type_count (GtkSpinButton *spin,
            const char    *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_spin_button_update (spin);
  cons_test_flush_events ();
}

void
cons_test_activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL));
  cons_test_flush_events ();
}

NapProject *
cons_test_reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  NapProject *project = nap_project_open (fixture->path, NAP_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return project;
}

NapConsultation *
cons_test_file_session (NapProject *project,
              guint       index)
{
  g_autoptr(NapConsultation) consultation = g_list_model_get_item (nap_project_get_consultations (project), index);

  g_assert_nonnull (consultation);
  return consultation;
}

NapConsultation *
cons_test_add_session (Fixture    *fixture,
             const char *title,
             const char *start,
             const char *place)
{
  g_autoptr(GError) error = NULL;
  NapConsultation *consultation = nap_project_add_consultation (fixture->project, title, &error);

  g_assert_no_error (error);
  if (start != NULL)
    g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (consultation), "start-date", start, &error));
  if (place != NULL)
    g_assert_true (nap_project_set_string (fixture->project, NAP_RECORD (consultation), "place", place, &error));
  g_assert_no_error (error);
  cons_test_flush_events ();
  return consultation;
}

GtkWindow *
cons_test_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

NapRecommendationRow *
cons_test_recommendation_row (Fixture *fixture,
                    int      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (cons_test_field (fixture, "recommendation_list"), index);

  g_assert_true (NAP_IS_RECOMMENDATION_ROW (row));
  return NAP_RECOMMENDATION_ROW (row);
}

NapObjective *
cons_test_add_objective (Fixture      *fixture,
               NapObjective *parent,
               const char   *title)
{
  g_autoptr(GError) error = NULL;
  NapObjective *objective = nap_project_add_objective (fixture->project, parent, -1, title, &error);

  g_assert_no_error (error);
  return objective;
}

void
cons_test_fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("nap-test-consultations-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "mali.nap", NULL);
  fixture->project = nap_project_create (fixture->path, "Plan d’action national 1325 du Mali",
                                         "ML", "XOF", "2012-01-01", "2014-12-31", &error);
  g_assert_no_error (error);
  fixture->pillar = cons_test_add_objective (fixture, NULL, "Prévention des conflits");
  fixture->objective = cons_test_add_objective (fixture, fixture->pillar, "Renforcer les politiques de prévention");
  fixture->action = cons_test_add_objective (fixture, fixture->objective, "Former les comités locaux");
  fixture->legal = cons_test_add_objective (fixture, fixture->pillar, "Créer un environnement juridique favorable");

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
  fixture->view = NAP_CONSULTATIONS_VIEW (nap_consultations_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  nap_consultations_view_set_project (fixture->view, fixture->project);
  gtk_window_present (fixture->window);
  cons_test_flush_events ();
}

void
cons_test_fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = cons_test_find_message_dialog ()) != NULL)
    gtk_window_destroy (dialog);
  g_clear_pointer (&fixture->window, gtk_window_destroy);
  cons_test_flush_events ();
  g_clear_object (&fixture->project);
  g_unlink (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Tests */

GtkWidget *
cons_test_find_widget (GtkWidget     *root,
             MatchFunc      match,
             gconstpointer  data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = cons_test_find_widget (c, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
cons_test_is_visible_label_containing (GtkWidget     *widget,
                             gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget)
         && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

gboolean
cons_test_is_visible_label_with (GtkWidget  *widget,
                       const char *text)
{
  return cons_test_find_widget (widget, cons_test_is_visible_label_containing, text) != NULL;
}

gboolean
cons_test_is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
cons_test_find_type (GtkWidget *root,
           GType      type)
{
  return cons_test_find_widget (root, cons_test_is_of_type, GSIZE_TO_POINTER (type));
}
