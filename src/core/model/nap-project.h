/* nap-project.h: an open plan, its records in memory and in its file
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nap-actor.h"
#include "nap-budget-line.h"
#include "nap-consultation.h"
#include "nap-exchange-rate.h"
#include "nap-indicator.h"
#include "nap-objective.h"
#include "nap-plan.h"
#include "nap-recommendation.h"
#include "nap-reference.h"
#include "nap-store.h"

G_BEGIN_DECLS

/* How deep the objective tree may go (pillar, objective, result, action...). */
#define NAP_MAX_DEPTH 8

#define NAP_TYPE_PROJECT (nap_project_get_type ())

G_DECLARE_FINAL_TYPE (NapProject, nap_project, NAP, PROJECT, GObject)

NapProject   *nap_project_create               (const char          *path,
                                                const char          *title,
                                                const char          *country,
                                                const char          *currency,
                                                const char          *period_start,
                                                const char          *period_end,
                                                GError             **error);
NapProject   *nap_project_open                 (const char          *path,
                                                NapStoreOpenFlags    flags,
                                                GError             **error);
gboolean      nap_project_save_as              (NapProject          *self,
                                                const char          *path,
                                                GError             **error);
gboolean      nap_project_reload               (NapProject          *self,
                                                GError             **error);
GPtrArray    *nap_project_check_integrity      (NapProject          *self,
                                                GError             **error);
GPtrArray    *nap_project_find_invalid_text    (NapProject          *self,
                                                GError             **error);

const char   *nap_project_get_path             (NapProject          *self);
gboolean      nap_project_is_read_only         (NapProject          *self);
const char   *nap_project_get_read_only_reason (NapProject          *self);

NapPlan      *nap_project_get_plan             (NapProject          *self);
GListModel   *nap_project_get_objectives       (NapProject          *self);
GListModel   *nap_project_get_actors           (NapProject          *self);
GListModel   *nap_project_get_consultations    (NapProject          *self);
GListModel   *nap_project_get_exchange_rates   (NapProject          *self);
GListModel   *nap_project_get_references       (NapProject          *self);

NapObjective *nap_project_lookup_objective     (NapProject          *self,
                                                gint64               id);
NapActor     *nap_project_lookup_actor         (NapProject          *self,
                                                gint64               id);
NapRecord    *nap_project_lookup_uuid          (NapProject          *self,
                                                const char          *uuid);
guint         nap_project_count_objectives     (NapProject          *self);

/* Level names: what the plan calls the nodes at each depth. */
guint         nap_project_get_n_levels         (NapProject          *self);
const char   *nap_project_get_level_name       (NapProject          *self,
                                                guint                depth);
gboolean      nap_project_set_level_names      (NapProject          *self,
                                                const char * const  *names,
                                                GError             **error);

/* Editing a field of any record: one transaction, committed at once. */
gboolean      nap_project_set_value            (NapProject          *self,
                                                NapRecord           *record,
                                                const char          *property,
                                                const GValue        *value,
                                                GError             **error);
gboolean      nap_project_set_string           (NapProject          *self,
                                                NapRecord           *record,
                                                const char          *property,
                                                const char          *text,
                                                GError             **error);
gboolean      nap_project_set_int              (NapProject          *self,
                                                NapRecord           *record,
                                                const char          *property,
                                                gint64               number,
                                                GError             **error);

/* The objective tree (nap-project-tree.c). */
NapObjective *nap_project_add_objective        (NapProject          *self,
                                                NapObjective        *parent,
                                                int                  position,
                                                const char          *title,
                                                GError             **error);
gboolean      nap_project_move_objective       (NapProject          *self,
                                                NapObjective        *objective,
                                                NapObjective        *new_parent,
                                                guint                position,
                                                GError             **error);
gboolean      nap_project_move_up              (NapProject          *self,
                                                NapObjective        *objective,
                                                GError             **error);
gboolean      nap_project_move_down            (NapProject          *self,
                                                NapObjective        *objective,
                                                GError             **error);
gboolean      nap_project_indent               (NapProject          *self,
                                                NapObjective        *objective,
                                                GError             **error);
gboolean      nap_project_outdent              (NapProject          *self,
                                                NapObjective        *objective,
                                                GError             **error);
gboolean      nap_project_delete_objective     (NapProject          *self,
                                                NapObjective        *objective,
                                                GError             **error);
GListModel   *nap_project_get_siblings         (NapProject          *self,
                                                NapObjective        *objective);
guint         nap_project_get_index            (NapProject          *self,
                                                NapObjective        *objective);
char         *nap_project_get_automatic_code   (NapProject          *self,
                                                NapObjective        *objective);

/* Actors. */
NapActor     *nap_project_add_actor            (NapProject          *self,
                                                const char          *name,
                                                NapActorKind         kind,
                                                GError             **error);
NapActor     *nap_project_find_actor_by_name   (NapProject          *self,
                                                const char          *name);
gboolean      nap_project_add_objective_actor  (NapProject          *self,
                                                NapObjective        *objective,
                                                NapActorRole         role,
                                                NapActor            *actor,
                                                GError             **error);
gboolean      nap_project_remove_objective_actor (NapProject        *self,
                                                NapObjective        *objective,
                                                NapActorRole         role,
                                                NapActor            *actor,
                                                GError             **error);

/* Records hanging off objectives and the plan. */
NapIndicator  *nap_project_add_indicator       (NapProject          *self,
                                                NapObjective        *objective,
                                                const char          *title,
                                                GError             **error);
NapBudgetLine *nap_project_add_budget_line     (NapProject          *self,
                                                NapObjective        *objective,
                                                const char          *label,
                                                gint64               amount,
                                                const char          *currency,
                                                GError             **error);
NapExchangeRate *nap_project_set_exchange_rate (NapProject          *self,
                                                const char          *currency,
                                                const char          *rate,
                                                const char          *set_on,
                                                GError             **error);
NapReference  *nap_project_add_reference       (NapProject          *self,
                                                const char          *title,
                                                const char          *target,
                                                GError             **error);

/* Consultations (nap-project-consultations.c). */
NapConsultation   *nap_project_add_consultation      (NapProject      *self,
                                                      const char      *title,
                                                      GError         **error);
gboolean           nap_project_set_group_count       (NapProject      *self,
                                                      NapConsultation *consultation,
                                                      const char      *group,
                                                      int              count,
                                                      GError         **error);
gboolean           nap_project_remove_group          (NapProject      *self,
                                                      NapConsultation *consultation,
                                                      const char      *group,
                                                      GError         **error);
gboolean           nap_project_add_organisation      (NapProject      *self,
                                                      NapConsultation *consultation,
                                                      NapActor        *actor,
                                                      GError         **error);
gboolean           nap_project_remove_organisation   (NapProject      *self,
                                                      NapConsultation *consultation,
                                                      NapActor        *actor,
                                                      GError         **error);
NapRecommendation *nap_project_add_recommendation    (NapProject      *self,
                                                      NapConsultation *consultation,
                                                      const char      *text,
                                                      GError         **error);
gboolean           nap_project_link_recommendation   (NapProject      *self,
                                                      NapRecommendation *recommendation,
                                                      NapObjective    *objective,
                                                      gboolean         linked,
                                                      GError         **error);
GPtrArray         *nap_project_list_recommendations_for (NapProject   *self,
                                                      NapObjective    *objective);

/* Deletes an actor, indicator, budget line, consultation, recommendation,
 * exchange rate or reference; objectives go through
 * nap_project_delete_objective().
 */
gboolean      nap_project_delete_record        (NapProject          *self,
                                                NapRecord           *record,
                                                GError             **error);

/* Several edits as one transaction, for import and merge: nothing is
 * written unless nap_project_end_batch() is called with success, and a
 * failed batch reloads the plan from its file.
 */
gboolean      nap_project_begin_batch          (NapProject          *self,
                                                GError             **error);
gboolean      nap_project_end_batch            (NapProject          *self,
                                                gboolean             success,
                                                GError             **error);
gboolean      nap_project_insert_record        (NapProject          *self,
                                                NapRecord           *record,
                                                GError             **error);

/* Undo and redo (nap-project-history.c): the history is in the file. */
gboolean      nap_project_can_undo             (NapProject          *self);
gboolean      nap_project_can_redo             (NapProject          *self);
char         *nap_project_get_undo_label       (NapProject          *self);
char         *nap_project_get_redo_label       (NapProject          *self);
gboolean      nap_project_undo                 (NapProject          *self,
                                                GError             **error);
gboolean      nap_project_redo                 (NapProject          *self,
                                                GError             **error);

G_END_DECLS
