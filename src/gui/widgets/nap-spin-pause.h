/* nap-spin-pause.h: a number typed into a spin button counts after a pause
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void nap_spin_button_update_on_pause (GtkSpinButton *spin);

G_END_DECLS
