/* nap-project-import.h: writing records that come with their own UUIDs
 *
 * For NAP XML import and merge only. These write the file inside the
 * caller's batch and leave the objects in memory alone: the caller reloads
 * the project (or opens the new file) once the batch has committed.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-project.h"

G_BEGIN_DECLS

NapProject *nap_project_new_for_import     (NapStore     *store);
gboolean    nap_project_import_make_room   (NapProject   *self,
                                            gint64        parent_id,
                                            int           position,
                                            GError      **error);
gboolean    nap_project_import_level       (NapProject   *self,
                                            guint         depth,
                                            const char   *name,
                                            GError      **error);
gboolean    nap_project_import_link        (NapProject   *self,
                                            NapRecord    *owner,
                                            NapRecord    *other,
                                            int           role,
                                            int           position,
                                            GError      **error);
gboolean    nap_project_import_group       (NapProject   *self,
                                            gint64        consultation_id,
                                            const char   *name,
                                            int           count,
                                            int           position,
                                            GError      **error);

G_END_DECLS
