/* nap-date-rules.h: what a date field accepts before it is saved
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-field-binding.h"

G_BEGIN_DECLS

gboolean nap_date_rules_check          (const char       *text,
                                        char            **message);
gboolean nap_date_rules_validate_field (NapFieldBinding  *binding,
                                        const char       *text,
                                        char            **message,
                                        gpointer          user_data);

G_END_DECLS
