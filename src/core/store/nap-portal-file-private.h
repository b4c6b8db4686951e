/* nap-portal-file-private.h: a plan reached through the Flatpak document portal
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _NapPortalFile NapPortalFile;

gboolean       nap_portal_file_is_needed        (const char     *path);

NapPortalFile *nap_portal_file_open             (const char     *path,
                                                 gboolean        create,
                                                 gboolean        want_writer,
                                                 GError        **error);
NapPortalFile *nap_portal_file_ref              (NapPortalFile  *self);
void           nap_portal_file_unref            (NapPortalFile  *self);

const char    *nap_portal_file_get_working_path (NapPortalFile  *self);
gboolean       nap_portal_file_is_writer        (NapPortalFile  *self);
gboolean       nap_portal_file_save             (NapPortalFile  *self,
                                                 gboolean        force,
                                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NapPortalFile, nap_portal_file_unref)

G_END_DECLS
