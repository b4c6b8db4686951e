/* nap-output.h: writing a file that replaces another only once complete
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _NapOutput NapOutput;

NapOutput     *nap_output_new                (const char    *path,
                                              GError       **error);
GOutputStream *nap_output_get_stream         (NapOutput     *self);
const char    *nap_output_get_temporary_path (NapOutput     *self);
gboolean       nap_output_commit             (NapOutput     *self,
                                              GError       **error);
gboolean       nap_output_set_write_error    (NapOutput     *self,
                                              const GError  *cause,
                                              GError       **error);
void           nap_output_free               (NapOutput     *self);

gboolean       nap_output_write_contents     (const char    *path,
                                              const char    *data,
                                              gsize          size,
                                              GError       **error);

gboolean       nap_output_check_target       (const char    *path,
                                              GError       **error);
char          *nap_output_temporary_name     (void);
gboolean       nap_output_is_temporary_name  (const char    *basename,
                                              gboolean      *is_journal,
                                              int           *pid);
guint          nap_output_remove_stale       (const char    *dir);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NapOutput, nap_output_free)

G_END_DECLS
