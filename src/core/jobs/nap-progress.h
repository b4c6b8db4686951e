/* nap-progress.h: how far a job of the core has come
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NAP_TYPE_PROGRESS (nap_progress_get_type ())

G_DECLARE_FINAL_TYPE (NapProgress, nap_progress, NAP, PROGRESS, GObject)

NapProgress *nap_progress_new             (void);
const char  *nap_progress_get_stage       (NapProgress *self);
double       nap_progress_get_fraction    (NapProgress *self);
gboolean     nap_progress_get_cancellable (NapProgress *self);

void         nap_progress_update          (NapProgress *self,
                                           const char  *stage,
                                           double       fraction,
                                           gboolean     cancellable);

G_END_DECLS
