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

#include <string.h>

#include "consultations-test-common.h"

NapConsultationEditor *
cons_test_editor (Fixture *fixture)
{
  return gui_test_child (fixture->view, NAP_TYPE_CONSULTATIONS_VIEW, "editor");
}

gpointer
cons_test_field (Fixture    *fixture,
       const char *name)
{
  return gui_test_child (cons_test_editor (fixture), NAP_TYPE_CONSULTATION_EDITOR, name);
}

/* Types a number into a count field and confirms it, as Enter does. */

void
cons_test_type_count (GtkSpinButton *spin,
            const char    *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_spin_button_update (spin);
  gui_test_flush_events ();
}

void
cons_test_activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL));
  gui_test_flush_events ();
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
  gui_test_flush_events ();
  return consultation;
}

NapRecommendationRow *
cons_test_recommendation_row (Fixture *fixture,
                    int      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (cons_test_field (fixture, "recommendation_list"), index);

  g_assert_true (NAP_IS_RECOMMENDATION_ROW (row));
  return NAP_RECOMMENDATION_ROW (row);
}

void
cons_test_fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = nap_test_make_dir ("nap-test-consultations-XXXXXX", "mali.nap", &fixture->path);
  fixture->project = nap_test_create_plan (fixture->path, "Plan d’action national 1325 du Mali",
                                           "ML", "XOF", "2012-01-01", "2014-12-31");
  fixture->pillar = nap_test_add_objective (fixture->project, NULL, "Prévention des conflits");
  fixture->objective = nap_test_add_objective (fixture->project, fixture->pillar, "Renforcer les politiques de prévention");
  fixture->action = nap_test_add_objective (fixture->project, fixture->objective, "Former les comités locaux");
  fixture->legal = nap_test_add_objective (fixture->project, fixture->pillar, "Créer un environnement juridique favorable");

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
  fixture->view = NAP_CONSULTATIONS_VIEW (nap_consultations_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  nap_consultations_view_set_project (fixture->view, fixture->project);
  gtk_window_present (fixture->window);
  gui_test_flush_events ();
}

void
cons_test_fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = gui_test_find_message_dialog (NULL)) != NULL)
    gtk_window_destroy (dialog);
  g_clear_pointer (&fixture->window, gtk_window_destroy);
  gui_test_flush_events ();
  nap_test_remove_plan (&fixture->project, &fixture->dir, &fixture->path);
}

/* Tests */

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
  return gui_test_find_widget (widget, cons_test_is_visible_label_containing, text) != NULL;
}
