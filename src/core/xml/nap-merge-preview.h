/* nap-merge-preview.h: merging a NAP XML file into an open plan, in two steps
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

#define NAP_TYPE_MERGE_PREVIEW (nap_merge_preview_get_type ())

G_DECLARE_FINAL_TYPE (NapMergePreview, nap_merge_preview, NAP, MERGE_PREVIEW, GObject)

void             nap_merge_preview_new_async    (NapProject           *project,
                                                 const char           *xml_path,
                                                 NapProgress          *progress,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
NapMergePreview *nap_merge_preview_new_finish   (GAsyncResult         *result,
                                                 GError              **error);

NapProject      *nap_merge_preview_get_project  (NapMergePreview      *self);
const char      *nap_merge_preview_get_xml_path (NapMergePreview      *self);
NapMergeReport  *nap_merge_preview_get_report   (NapMergePreview      *self);

void             nap_merge_preview_apply_async  (NapMergePreview      *self,
                                                 NapProgress          *progress,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
NapMergeReport  *nap_merge_preview_apply_finish (NapMergePreview      *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS
