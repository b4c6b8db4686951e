/* nap-toast.h: shows a sentence as a toast where a widget is
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void nap_toast_show (GtkWidget  *widget,
                     const char *message);

G_END_DECLS
