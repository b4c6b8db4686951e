/* nap-text.h: comparing and quoting the text of a plan
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *nap_text_key       (const char *text);
char *nap_text_printable (const char *text);

G_END_DECLS
