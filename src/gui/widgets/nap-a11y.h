/* nap-a11y.h: accessible names the widgets do not give themselves
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void nap_a11y_label_entry_row (AdwEntryRow *row);

G_END_DECLS
