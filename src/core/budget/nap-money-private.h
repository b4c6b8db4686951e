/* nap-money-private.h: what formatting and parsing amounts share
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The ICU locale of LC_MONETARY ("fr_FR"; "en" for the C locale). */
void     nap_money_get_locale     (char       *buffer,
                                   gsize       size);
void     nap_money_get_marks      (const char *currency,
                                   gunichar   *decimal,
                                   gunichar   *group);
gboolean nap_money_is_format_mark (gunichar    c);

G_END_DECLS
