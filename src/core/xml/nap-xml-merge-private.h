/* nap-xml-merge-private.h: the state of one merge, shared by its two files
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-merge-report.h"
#include "nap-xml-private.h"

G_BEGIN_DECLS

typedef struct
{
  NapProject *project;
  NapXmlDocument *doc;
  NapMergeReport *report;
  gboolean apply;       /* FALSE: a preview that writes nothing */
  GError **error;
  GPtrArray *keep;      /* records written: the project indexes them unowned */
  GHashTable *orders;   /* parent NapObjective (or the project) -> children, as placed */
  GPtrArray *changes;   /* labels of what changes in the record at hand */
} NapXmlMerge;

gboolean    nap_xml_merge_fail           (NapXmlMerge   *m,
                                          int            line,
                                          const char    *format,
                                          ...) G_GNUC_PRINTF (3, 4);
char       *nap_xml_merge_brief          (const char    *text);
char       *nap_xml_merge_objective_name (NapObjective  *objective);
void        nap_xml_merge_note_change    (NapXmlMerge   *m,
                                          const char    *label);
gboolean    nap_xml_merge_update_fields  (NapXmlMerge   *m,
                                          NapRecord     *existing,
                                          NapRecord     *incoming);
void        nap_xml_merge_report_changes (NapXmlMerge   *m,
                                          NapMergeKind   kind,
                                          const char    *format,
                                          const char    *name);
NapRecord  *nap_xml_merge_lookup         (NapXmlMerge   *m,
                                          const char    *uuid);
gboolean    nap_xml_merge_add            (NapXmlMerge   *m,
                                          NapRecord     *record);
gboolean    nap_xml_merge_link           (NapXmlMerge   *m,
                                          NapRecord     *owner,
                                          const char    *uuid,
                                          int            role,
                                          int            position);
GHashTable *nap_xml_merge_uuid_set       (GListModel    *list);

NapMergeReport *nap_xml_merge_preview   (NapProject     *project,
                                         NapXmlDocument *doc,
                                         GError        **error);
NapMergeReport *nap_xml_merge_write     (NapProject     *worker,
                                         NapXmlDocument *doc,
                                         GError        **error);

/* nap-xml-merge-tree.c */
void        nap_xml_merge_order_free     (gpointer       order);
gboolean    nap_xml_merge_objectives     (NapXmlMerge   *m);
gboolean    nap_xml_merge_consultations  (NapXmlMerge   *m);

G_END_DECLS
