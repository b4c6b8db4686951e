/* nap-recommendation-register-private.h: shared by the register and its cells
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-recommendation-filter.h"
#include "nap-recommendation-register.h"
#include "nap-summary.h"

G_BEGIN_DECLS

struct _NapRecommendationRegister
{
  AdwBin               parent_instance;

  NapProject          *project;
  GSignalGroup        *project_signals;
  GSignalGroup        *sessions_signals;
  GSignalGroup        *pillars_signals;
  guint                refresh_id;

  AdwToastOverlay     *toast_overlay;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *pillar_dropdown;
  GtkDropDown         *session_dropdown;
  GtkDropDown         *region_dropdown;
  GtkBox              *status_box;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *text_column;
  GtkColumnViewColumn *session_column;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *region_column;
  GtkColumnViewColumn *objectives_column;
  GtkColumnViewColumn *response_column;
  GtkColumnViewColumn *reason_column;

  /* Every recommendation: the sessions, each mapped to its list. */
  GtkMapListModel     *by_session;
  GtkFlattenListModel *all;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkSingleSelection  *selection;

  /* The choices of the drop-downs; item 0 is "all" everywhere, and the
   * pillar list ends with "concerning no objective".
   */
  GtkStringList       *pillar_labels;
  GPtrArray           *pillars;        /* NapObjective, for items 1.. */
  GtkStringList       *session_labels;
  GPtrArray           *sessions;       /* NapConsultation, for items 1.. */
  GtkStringList       *region_labels;

  GtkToggleButton     *status_toggles[NAP_N_RESPONSES + 1]; /* [0] is "all" */
  int                  response;       /* the toggled NapResponse, or -1 */
  char                *search;

  GHashTable          *cells;          /* the bound cells, refreshed after edits */
  guint                updating_choices : 1;
};

void nap_recommendation_register_setup_columns   (NapRecommendationRegister *self);
void nap_recommendation_register_refresh_cells   (NapRecommendationRegister *self);
void nap_recommendation_register_forget_cells    (NapRecommendationRegister *self);
void nap_recommendation_register_show_error      (NapRecommendationRegister *self,
                                                  const char                *heading,
                                                  const GError              *error);
void nap_recommendation_register_show_session    (NapRecommendationRegister *self,
                                                  NapRecommendation         *recommendation);
char *nap_recommendation_register_format_date    (const char                *iso);

G_END_DECLS
