/* nap-store-private.h: the SQLite side of the project file, for src/core only
 *
 * Statements, transactions and the connection itself. Only the core
 * includes this header; its library alone links SQLite (src/core/meson.build),
 * and build-aux/check-layers.sh fails the tests if src/gui or src/cli
 * reaches for it.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "nap-store.h"

G_BEGIN_DECLS

struct _NapStore
{
  GObject parent_instance;

  char *path;
  char *display_path;     /* the file messages name, if not @path */
  sqlite3 *db;
  GHashTable *statements; /* SQL text (static) -> sqlite3_stmt */
  char *read_only_reason;
  int lock_fd;            /* holds flock() while we are the writer */
  struct _NapPortalFile *portal; /* SQLite works on its private copy of path */
  guint in_transaction : 1;
  guint in_read : 1;      /* a read transaction of nap_store_begin_read() */

  /* The undo history (nap-history.c). */
  guint history_attached : 1; /* this connection records its edits */
  guint history_replay : 2;   /* 0, or 1 + redo while a step is replayed */
  gint64 history_replayed;    /* the step being replayed */
  char *history_label;        /* of the step being written */
};

NapStore     *nap_store_open_beside          (NapStore           *writer,
                                              GError            **error);
void          nap_store_reset_statements     (NapStore           *self);

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

const char *nap_store_get_display_path (NapStore *self);
NapStore *nap_store_open_as (const char         *path,
                             const char         *display_path,
                             NapStoreOpenFlags   flags,
                             GError            **error);

G_END_DECLS
