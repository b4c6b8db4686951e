/* nap-xml-writer.h: writing a plan as NAP XML
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nap-project.h"

G_BEGIN_DECLS

/**
 * NapXmlExportFlags:
 * @NAP_XML_EXPORT_ALL: the whole plan
 * @NAP_XML_EXPORT_CONSULTATIONS_ONLY: the plan's details, actors, levels,
 *   the consultations, and only the objectives that recommendations
 *   concern with their ancestors, without indicators and budget lines:
 *   what a facilitator sends back to the drafting team
 */
typedef enum
{
  NAP_XML_EXPORT_ALL = 0,
  NAP_XML_EXPORT_CONSULTATIONS_ONLY = 1 << 0,
} NapXmlExportFlags;

gboolean nap_xml_export         (NapProject         *project,
                                 GOutputStream      *out,
                                 NapXmlExportFlags   flags,
                                 GError            **error);
gboolean nap_xml_export_to_file (NapProject         *project,
                                 const char         *path,
                                 NapXmlExportFlags   flags,
                                 GError            **error);

/* The same from a project file opened with nap_store_open(), without
 * loading the plan: what nap-tool export-xml does.
 */
gboolean nap_xml_export_store  (NapStore           *store,
                                GOutputStream      *out,
                                NapXmlExportFlags   flags,
                                GError            **error);
gboolean nap_xml_export_store_to_file (NapStore     *store,
                                const char         *path,
                                NapXmlExportFlags   flags,
                                GError            **error);

G_END_DECLS
