/* nap-indicator.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-enums.h"
#include "nap-record.h"

G_BEGIN_DECLS

#define NAP_TYPE_INDICATOR (nap_indicator_get_type ())

G_DECLARE_FINAL_TYPE (NapIndicator, nap_indicator, NAP, INDICATOR, NapRecord)

gint64 nap_indicator_get_objective_id (NapIndicator *self);
int nap_indicator_get_position (NapIndicator *self);
const char *nap_indicator_get_title (NapIndicator *self);
const char *nap_indicator_get_unit (NapIndicator *self);
const char *nap_indicator_get_baseline (NapIndicator *self);
const char *nap_indicator_get_target (NapIndicator *self);
const char *nap_indicator_get_verification (NapIndicator *self);

G_END_DECLS
