/* nap-history.h: the undo history kept in the project file
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-store.h"

G_BEGIN_DECLS

/* The bound of the history: the last NAP_HISTORY_MAX_STEPS committed edits,
 * and no more than NAP_HISTORY_MAX_ENTRIES changed rows in all (the newest
 * step is always kept, however large). Older steps are dropped when an
 * edit commits.
 */
#define NAP_HISTORY_MAX_STEPS 100
#define NAP_HISTORY_MAX_ENTRIES 200000

gboolean  nap_history_attach    (NapStore    *store,
                                 GError     **error);
gboolean  nap_history_seal      (NapStore    *store,
                                 GError     **error);
void      nap_history_reset     (NapStore    *store);
void      nap_history_set_label (NapStore    *store,
                                 const char  *label);
gboolean  nap_history_can_step  (NapStore    *store,
                                 gboolean     redo);
char     *nap_history_get_label (NapStore    *store,
                                 gboolean     redo);
gboolean  nap_history_step      (NapStore    *store,
                                 gboolean     redo,
                                 GError     **error);
guint     nap_history_count     (NapStore    *store,
                                 gboolean     redo);

G_END_DECLS
