/* nap-store.h: the SQLite project file
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <sqlite3.h>

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
NapStore     *nap_store_open_beside          (NapStore           *writer,
                                              GError            **error);
void          nap_store_reset_statements     (NapStore           *self);
const char   *nap_store_get_path             (NapStore           *self);
gboolean      nap_store_is_read_only         (NapStore           *self);
const char   *nap_store_get_read_only_reason (NapStore           *self);
int           nap_store_get_schema_version   (void);

sqlite3_stmt *nap_store_prepare              (NapStore           *self,
                                              const char         *sql,
                                              GError            **error);
gboolean      nap_store_exec                 (NapStore           *self,
                                              const char         *sql,
                                              GError            **error);
gboolean      nap_store_step_done            (NapStore           *self,
                                              sqlite3_stmt       *stmt,
                                              GError            **error);
gint64        nap_store_last_insert_id       (NapStore           *self);

gboolean      nap_store_begin                (NapStore           *self,
                                              GError            **error);
gboolean      nap_store_commit               (NapStore           *self,
                                              GError            **error);
void          nap_store_rollback             (NapStore           *self);
gboolean      nap_store_begin_read           (NapStore           *self,
                                              GError            **error);
void          nap_store_end_read             (NapStore           *self);

gboolean      nap_store_set_error            (NapStore           *self,
                                              int                 rc,
                                              GError            **error);

gboolean      nap_store_save_copy            (NapStore           *self,
                                              const char         *path,
                                              GError            **error);
GPtrArray    *nap_store_check_integrity      (NapStore           *self,
                                              GError            **error);
GPtrArray    *nap_store_find_invalid_text    (NapStore           *self,
                                              GError            **error);

G_END_DECLS
