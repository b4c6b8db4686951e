/* nap-jobs.h: importing and exporting plans off the main thread
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nap-progress.h"
#include "nap-project.h"

G_BEGIN_DECLS

/**
 * NapExportFormat:
 * @NAP_EXPORT_XML: the whole plan as NAP XML
 * @NAP_EXPORT_XML_CONSULTATIONS: the consultations as NAP XML, with only
 *   the objectives their recommendations concern
 * @NAP_EXPORT_BUDGET_CSV: the budget lines as a spreadsheet (CSV)
 * @NAP_EXPORT_REPORT_HTML: the consultation report, as HTML
 */
typedef enum
{
  NAP_EXPORT_XML,
  NAP_EXPORT_XML_CONSULTATIONS,
  NAP_EXPORT_BUDGET_CSV,
  NAP_EXPORT_REPORT_HTML,
} NapExportFormat;

void        nap_xml_import_async         (const char           *xml_path,
                                          const char           *project_path,
                                          NapProgress          *progress,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
NapProject *nap_xml_import_finish        (GAsyncResult         *result,
                                          GError              **error);

gboolean    nap_export_plan_file         (const char           *project_path,
                                          NapExportFormat       format,
                                          GOutputStream        *out,
                                          GError              **error);
gboolean    nap_export_plan_file_to_file (const char           *project_path,
                                          NapExportFormat       format,
                                          const char           *path,
                                          GError              **error);

void        nap_project_export_async     (NapProject           *project,
                                          NapExportFormat       format,
                                          const char           *path,
                                          NapProgress          *progress,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean    nap_project_export_finish    (NapProject           *project,
                                          GAsyncResult         *result,
                                          GError              **error);

G_END_DECLS
