/* nap-project-private.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-model-private.h"
#include "nap-project.h"
#include "nap-store-private.h"

G_BEGIN_DECLS

struct _NapProject
{
  GObject parent_instance;

  NapStore *store;
  NapPlan *plan;
  GListStore *objectives;      /* top-level NapObjective */
  GListStore *actors;          /* NapActor, in the order they were added */
  GListStore *consultations;   /* NapConsultation, by start date */
  GListStore *exchange_rates;  /* NapExchangeRate */
  GListStore *references;      /* NapReference */
  GPtrArray *levels;           /* level names, by depth */
  GHashTable *objectives_by_id;
  GHashTable *actors_by_id;
  GHashTable *records_by_uuid; /* uuid -> NapRecord, unowned */

  guint batch_depth;
  guint batch_failed : 1;
  guint can_undo : 1;          /* as last told through notify */
  guint can_redo : 1;
};

NapStore *nap_project_get_store  (NapProject    *self);
gboolean nap_project_edit_begin   (NapProject    *self,
                                   GError       **error);
gboolean nap_project_edit_end     (NapProject    *self,
                                   gboolean       success,
                                   GError       **error);
void     nap_project_emit_changed (NapProject    *self);
void     nap_project_history_changed (NapProject *self);
void     nap_project_set_step_label (NapProject  *self,
                                   const char    *label);
gboolean nap_project_write_int    (NapProject    *self,
                                   NapRecord     *record,
                                   const char    *property,
                                   gint64         number,
                                   GError       **error);
gboolean nap_project_delete_row   (NapProject    *self,
                                   NapRecord     *record,
                                   GError       **error);
gboolean nap_project_load         (NapProject    *self,
                                   GError       **error);
void     nap_project_renumber     (NapProject    *self);
void     nap_project_index_record (NapProject    *self,
                                   NapRecord     *record);
void     nap_project_unindex_record (NapProject  *self,
                                   NapRecord     *record);
gboolean nap_project_load_consultations (NapProject *self,
                                   GError       **error);
typedef void (*NapRecordLoadFunc) (NapProject *self,
                                   NapRecord  *record,
                                   gpointer    data);

gboolean nap_project_load_records (NapProject       *self,
                                   GType             type,
                                   const char       *order,
                                   NapRecordLoadFunc func,
                                   gpointer          data,
                                   GError          **error);
void     nap_project_forget_objective (NapProject *self,
                                   NapObjective  *objective);

/* nap-project-consultations.c: what nap_project_pack_positions() renumbers. */
typedef enum
{
  NAP_PACK_GROUPS,
  NAP_PACK_ORGANISATIONS,
  NAP_PACK_OBJECTIVE_ACTORS,
  NAP_PACK_RECOMMENDATIONS,
} NapPackWhat;

gboolean nap_project_pack_positions (NapProject   *self,
                                     NapPackWhat   what,
                                     GError      **error);
void     nap_project_renumber_recommendations (NapConsultation *consultation);

G_END_DECLS
