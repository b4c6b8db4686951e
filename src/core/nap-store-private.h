/* nap-store-private.h: what nap-store.c shares with nap-store-copy.c
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-store.h"

G_BEGIN_DECLS

struct _NapStore
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  GHashTable *statements; /* SQL text (static) -> sqlite3_stmt */
  char *read_only_reason;
  int lock_fd;            /* holds flock() while we are the writer */
  struct _NapPortalFile *portal; /* SQLite works on its private copy of path */
  guint in_transaction : 1;
  guint in_read : 1;      /* a read transaction of nap_store_begin_read() */
};

G_END_DECLS
