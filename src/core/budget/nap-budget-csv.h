/* nap-budget-csv.h: the plan's budget lines as a spreadsheet file
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-project.h"

G_BEGIN_DECLS

GBytes   *nap_budget_csv_build          (NapProject  *project);
gboolean  nap_budget_csv_export_to_file (NapProject  *project,
                                         const char  *path,
                                         GError     **error);

G_END_DECLS
