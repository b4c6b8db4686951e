/* consultations-test-common.h: what the Consultations view's tests share
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "gui-test-util.h"

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

void                   cons_test_fixture_set_up       (Fixture       *fixture,
                                                       gconstpointer  data);
void                   cons_test_fixture_tear_down    (Fixture       *fixture,
                                                       gconstpointer  data);

NapConsultationEditor *cons_test_editor               (Fixture       *fixture);
gpointer               cons_test_field                (Fixture       *fixture,
                                                       const char    *name);
NapRecommendationRow  *cons_test_recommendation_row   (Fixture       *fixture,
                                                       int            index);
gboolean               cons_test_is_visible_label_containing (GtkWidget     *widget,
                                                              gconstpointer  text);
gboolean               cons_test_is_visible_label_with (GtkWidget    *widget,
                                                        const char   *text);

void                   cons_test_type_count           (GtkSpinButton *spin,
                                                       const char    *text);
void                   cons_test_activate             (Fixture       *fixture,
                                                       const char    *action);

NapConsultation       *cons_test_file_session         (NapProject    *project,
                                                       guint          index);
NapConsultation       *cons_test_add_session          (Fixture       *fixture,
                                                       const char    *title,
                                                       const char    *start,
                                                       const char    *place);

G_END_DECLS
