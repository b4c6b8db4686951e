/* nap-error.c
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include "nap-error.h"

G_DEFINE_QUARK (nap-error-quark, nap_error)
