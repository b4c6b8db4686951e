/* nap-migrations.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint       nap_migrations_get_count (void);
guint       nap_migrations_get_readable_from (void);
const char *nap_migrations_get       (guint from_version);

G_END_DECLS
