/* nap-report.h: "What we heard, what we did", the consultation report
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nap-project.h"

G_BEGIN_DECLS

char     *nap_report_build         (NapProject     *project);
gboolean  nap_report_write         (NapProject     *project,
                                    GOutputStream  *out,
                                    GError        **error);
gboolean  nap_report_write_to_file (NapProject     *project,
                                    const char     *path,
                                    GError        **error);

G_END_DECLS
