/* nap-store.h: the project file, as the rest of the program may see it
 *
 * Opening, checking and copying a plan file. How the file is read and
 * written (SQLite statements and transactions) is the core's own business:
 * see nap-store-private.h. Nothing outside src/core includes that one, and
 * nothing outside src/core calls these either: the GUI and the CLI go
 * through NapProject (build-aux/check-layers.sh checks it).
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* "NAPD": marks a project file as ours in the SQLite header. */
#define NAP_STORE_APPLICATION_ID 0x4e415044

typedef enum
{
  NAP_STORE_OPEN_DEFAULT = 0,
  NAP_STORE_OPEN_CREATE = 1 << 0,    /* a new file; refuse an existing one */
  NAP_STORE_OPEN_READ_ONLY = 1 << 1, /* never write, even if we could */
} NapStoreOpenFlags;

#define NAP_TYPE_STORE (nap_store_get_type ())

G_DECLARE_FINAL_TYPE (NapStore, nap_store, NAP, STORE, GObject)

NapStore     *nap_store_open                 (const char         *path,
                                              NapStoreOpenFlags   flags,
                                              GError            **error);
const char   *nap_store_get_path             (NapStore           *self);
gboolean      nap_store_is_read_only         (NapStore           *self);
const char   *nap_store_get_read_only_reason (NapStore           *self);
int           nap_store_get_schema_version   (void);

gboolean      nap_store_save_copy            (NapStore           *self,
                                              const char         *path,
                                              GError            **error);
GPtrArray    *nap_store_check_integrity      (NapStore           *self,
                                              GError            **error);
GPtrArray    *nap_store_find_invalid_text    (NapStore           *self,
                                              GError            **error);

G_END_DECLS
