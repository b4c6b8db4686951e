/* consultations-test-common.h: what the Consultations view's tests share
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-consultation-editor.h"
#include "nap-consultations-view.h"
#include "nap-recommendation-row.h"

G_BEGIN_DECLS

typedef struct
{
  char *dir;
  char *path;
  NapProject *project;
  NapObjective *pillar;
  NapObjective *objective;   /* 1.1 */
  NapObjective *action;      /* 1.1.1 */
  NapObjective *legal;       /* 1.2 */
  GtkWindow *window;
  NapConsultationsView *view;
} Fixture;

typedef gboolean (*MatchFunc) (GtkWidget     *widget,
                               gconstpointer  data);

void                   cons_test_fixture_set_up       (Fixture       *fixture,
                                                       gconstpointer  data);
void                   cons_test_fixture_tear_down    (Fixture       *fixture,
                                                       gconstpointer  data);
void                   cons_test_flush_events         (void);

gpointer               cons_test_child                (gpointer       widget,
                                                       GType          type,
                                                       const char    *name);
NapConsultationEditor *cons_test_editor               (Fixture       *fixture);
gpointer               cons_test_field                (Fixture       *fixture,
                                                       const char    *name);
NapRecommendationRow  *cons_test_recommendation_row   (Fixture       *fixture,
                                                       int            index);
GtkWindow             *cons_test_find_message_dialog  (void);
GtkWidget             *cons_test_find_widget          (GtkWidget     *root,
                                                       MatchFunc      match,
                                                       gconstpointer  data);
GtkWidget             *cons_test_find_type            (GtkWidget     *root,
                                                       GType          type);
gboolean               cons_test_is_of_type           (GtkWidget     *widget,
                                                       gconstpointer  type);
gboolean               cons_test_is_visible_label_containing (GtkWidget     *widget,
                                                              gconstpointer  text);
gboolean               cons_test_is_visible_label_with (GtkWidget    *widget,
                                                        const char   *text);

void                   cons_test_type_and_enter       (gpointer       widget,
                                                       const char    *text);
void                   cons_test_type_count           (GtkSpinButton *spin,
                                                       const char    *text);
void                   cons_test_activate             (Fixture       *fixture,
                                                       const char    *action);

NapProject            *cons_test_reopen               (Fixture       *fixture);
NapConsultation       *cons_test_file_session         (NapProject    *project,
                                                       guint          index);
NapConsultation       *cons_test_add_session          (Fixture       *fixture,
                                                       const char    *title,
                                                       const char    *start,
                                                       const char    *place);
NapObjective          *cons_test_add_objective        (Fixture       *fixture,
                                                       NapObjective  *parent,
                                                       const char    *title);

G_END_DECLS
