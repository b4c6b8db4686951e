/* nap-currency.h: minor units of ISO 4217 currencies
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean nap_currency_lookup_decimals (const char *currency,
                                       guint      *decimals);
guint    nap_currency_get_decimals    (const char *currency);
char    *nap_currency_format_amount   (gint64      amount,
                                       const char *currency);

G_END_DECLS
