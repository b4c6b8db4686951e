/* nap-reference.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-enums.h"
#include "nap-record.h"

G_BEGIN_DECLS

#define NAP_TYPE_REFERENCE (nap_reference_get_type ())

G_DECLARE_FINAL_TYPE (NapReference, nap_reference, NAP, REFERENCE, NapRecord)

int nap_reference_get_position (NapReference *self);
const char *nap_reference_get_title (NapReference *self);
const char *nap_reference_get_target (NapReference *self);

G_END_DECLS
