/* nap-rate.h: exchange rates as text, as stored and as people type them
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A rate has at most this many digits after the decimal point (three
 * significant digits of one Iranian rial in euros need 8), and at most
 * NAP_RATE_MAX_INTEGER_DIGITS before it, as NAP XML allows.
 */
#define NAP_RATE_MAX_DECIMALS 9
#define NAP_RATE_MAX_INTEGER_DIGITS 15

char *nap_rate_normalize (const char  *text,
                          GError     **error);
char *nap_rate_parse     (const char  *text,
                          const char  *plan_currency,
                          GError     **error);
char *nap_rate_format    (const char  *rate,
                          const char  *plan_currency);

G_END_DECLS
