/* nap-window-private.h: what nap-window.c shares with nap-window-actions.c
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-budget-view.h"
#include "nap-jobs.h"
#include "nap-consultations-view.h"
#include "nap-merge-preview.h"
#include "nap-merge-report.h"
#include "nap-plan-view.h"
#include "nap-window.h"

G_BEGIN_DECLS

/* Plans listed on the welcome page, at most. */
#define NAP_RECENT_FILES_MAX 10

struct _NapWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  NapProject           *project;
  GSignalGroup         *project_signals;
  GSignalGroup         *plan_signals;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkWidget            *example_button;
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  GtkInfoBar           *read_only_bar;
  GtkLabel             *read_only_label;
  NapPlanView          *plan_view;
  NapBudgetView        *budget_view;
  NapConsultationsView *consultations_view;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
};

void      _nap_window_class_actions_init (NapWindowClass *klass);
void      _nap_window_class_xml_init (NapWindowClass *klass);
void      _nap_window_actions_update (NapWindow   *self);

void      _nap_window_open           (NapWindow   *self,
                                      GFile       *file);
void      _nap_window_set_views_project (NapWindow *self,
                                      NapProject  *project);
void      _nap_window_show_project   (NapWindow   *self,
                                      NapProject  *project);
void      _nap_window_show_new_project (NapWindow  *self,
                                      NapProject  *project);
void      _nap_window_show_error     (NapWindow   *self,
                                      const char  *heading,
                                      const GError *error);
void      _nap_window_add_recent     (NapWindow   *self,
                                      const char  *path);
void      _nap_window_remember_folder (NapWindow  *self,
                                      GFile       *file);
GFile    *_nap_window_get_last_folder (NapWindow  *self);
gboolean  _nap_window_open_example   (NapWindow   *self,
                                      GError     **error);
char     *_nap_window_find_example   (void);

/* NAP XML (nap-window-xml.c) */
void            _nap_window_toast            (NapWindow          *self,
                                              const char         *title);
char           *_nap_window_merge_summary    (NapMergeReport     *report,
                                              const char         *path);
GtkWidget      *_nap_window_merge_dialog_new (NapWindow          *self,
                                              const char         *path,
                                              NapMergeReport     *report);

/* The core's import, merge and export jobs, shown (nap-window-xml-jobs.c) */
void            _nap_window_export           (NapWindow          *self,
                                              const char         *path,
                                              NapExportFormat     format);
void            _nap_window_import           (NapWindow          *self,
                                              const char         *xml_path,
                                              const char         *nap_path);
void            _nap_window_merge_file       (NapWindow          *self,
                                              const char         *xml_path);
void            _nap_window_merge_apply      (NapWindow          *self,
                                              NapMergePreview    *preview);
gboolean        _nap_window_xml_is_busy      (NapWindow          *self);
GtkWidget      *_nap_window_get_xml_progress (NapWindow          *self);
NapProgress    *_nap_window_get_xml_job_progress (NapWindow      *self);

G_END_DECLS
