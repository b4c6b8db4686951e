/* nap-merge-report.h: what a merge adds and changes
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  NAP_MERGE_KIND_PLAN,
  NAP_MERGE_KIND_LEVEL,
  NAP_MERGE_KIND_EXCHANGE_RATE,
  NAP_MERGE_KIND_REFERENCE,
  NAP_MERGE_KIND_ACTOR,
  NAP_MERGE_KIND_OBJECTIVE,
  NAP_MERGE_KIND_INDICATOR,
  NAP_MERGE_KIND_BUDGET_LINE,
  NAP_MERGE_KIND_CONSULTATION,
  NAP_MERGE_KIND_RECOMMENDATION,
} NapMergeKind;

#define NAP_N_MERGE_KINDS 10

#define NAP_TYPE_MERGE_REPORT (nap_merge_report_get_type ())

typedef struct _NapMergeReport NapMergeReport;

GType           nap_merge_report_get_type          (void) G_GNUC_CONST;

NapMergeReport *nap_merge_report_new               (void);
NapMergeReport *nap_merge_report_ref               (NapMergeReport *self);
void            nap_merge_report_unref             (NapMergeReport *self);

void            nap_merge_report_add               (NapMergeReport *self,
                                                    NapMergeKind    kind,
                                                    gboolean        added,
                                                    char           *line);
void            nap_merge_report_set_applied       (NapMergeReport *self,
                                                    gboolean        applied);

gboolean        nap_merge_report_get_applied       (NapMergeReport *self);
guint           nap_merge_report_get_n_added       (NapMergeReport *self,
                                                    NapMergeKind    kind);
guint           nap_merge_report_get_n_updated     (NapMergeReport *self,
                                                    NapMergeKind    kind);
guint           nap_merge_report_get_total_added   (NapMergeReport *self);
guint           nap_merge_report_get_total_updated (NapMergeReport *self);
gboolean        nap_merge_report_is_empty          (NapMergeReport *self);
const char * const *nap_merge_report_get_lines     (NapMergeReport *self);

const char     *nap_merge_kind_get_label           (NapMergeKind    kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NapMergeReport, nap_merge_report_unref)

G_END_DECLS
