/* nap-signal-group.h: a GSignalGroup whose handlers all go to one widget
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

GSignalGroup *nap_signal_group_new (GType       target_type,
                                    gpointer    receiver,
                                    const char *first_signal,
                                    ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
