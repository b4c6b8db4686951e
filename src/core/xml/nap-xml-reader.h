/* nap-xml-reader.h: reading NAP XML: validate, import, merge
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nap-merge-report.h"
#include "nap-progress.h"
#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_XML_NAMESPACE "urn:napdrafter:nap:1"
#define NAP_XML_FORMAT_VERSION 1

/* Larger files are refused before they are parsed: a document grows about
 * tenfold in memory, and no real plan comes near this.
 */
#define NAP_XML_MAX_SIZE (64 * 1024 * 1024)

/* How far nap_xml_read_file_full() takes a progress: the read is the
 * first half of an import or a merge.
 */
#define NAP_XML_READ_DONE 0.5
/* ... of which the parse takes this much: the fraction reached once the
 * parser has read the whole file.
 */
#define NAP_XML_READ_PARSED (NAP_XML_READ_DONE * 0.8)

/* A document that passed every check; see nap-xml-private.h. */
typedef struct _NapXmlDocument NapXmlDocument;

NapXmlDocument *nap_xml_read_file              (const char      *xml_path,
                                                GError         **error);
NapXmlDocument *nap_xml_read_file_full         (const char      *xml_path,
                                                NapProgress     *progress,
                                                GCancellable    *cancellable,
                                                GError         **error);
NapXmlDocument *nap_xml_read_from_memory       (const char      *data,
                                                gsize            length,
                                                const char      *name,
                                                GError         **error);
void            nap_xml_document_free          (NapXmlDocument  *doc);
const char     *nap_xml_document_get_plan_uuid (NapXmlDocument  *doc);
const char     *nap_xml_document_get_title     (NapXmlDocument  *doc);

gboolean        nap_xml_validate               (const char      *xml_path,
                                                GError         **error);

NapProject     *nap_xml_import                 (const char      *xml_path,
                                                const char      *project_path,
                                                GError         **error);
NapProject     *nap_xml_import_document        (NapXmlDocument  *doc,
                                                const char      *project_path,
                                                GError         **error);

NapMergeReport *nap_xml_merge                  (NapProject      *project,
                                                const char      *xml_path,
                                                gboolean         dry_run,
                                                GError         **error);
NapMergeReport *nap_xml_merge_document         (NapProject      *project,
                                                NapXmlDocument  *doc,
                                                gboolean         dry_run,
                                                GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NapXmlDocument, nap_xml_document_free)

G_END_DECLS
