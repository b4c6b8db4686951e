/* nap-indicator-row.h: one indicator of an objective, to edit in place
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_INDICATOR_ROW (nap_indicator_row_get_type ())

G_DECLARE_FINAL_TYPE (NapIndicatorRow, nap_indicator_row, NAP, INDICATOR_ROW, AdwExpanderRow)

GtkWidget    *nap_indicator_row_new           (NapProject      *project,
                                               NapIndicator    *indicator);
NapIndicator *nap_indicator_row_get_indicator (NapIndicatorRow *self);
gboolean      nap_indicator_row_flush         (NapIndicatorRow *self);
void          nap_indicator_row_focus_title   (NapIndicatorRow *self);

G_END_DECLS
