/* nap-test-util.h: what every test of the plan file needs
 *
 * A temporary folder with a plan in it, removed after the test; the plan
 * opened again as saved; objectives and budget lines added with the check
 * that they were. One copy here instead of one in each test program.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-project.h"

G_BEGIN_DECLS

void           nap_test_ok              (gboolean          result,
                                         GError           *error);

char          *nap_test_make_dir        (const char       *dir_template,
                                         const char       *file_name,
                                         char            **path);
NapProject    *nap_test_create_plan     (const char       *path,
                                         const char       *title,
                                         const char       *country,
                                         const char       *currency,
                                         const char       *start,
                                         const char       *end);
void           nap_test_remove_plan     (NapProject      **project,
                                         char            **dir,
                                         char            **path);
void           nap_test_remove_tree     (const char       *dir);
NapProject    *nap_test_reopen          (const char       *path);

NapObjective  *nap_test_add_objective   (NapProject       *project,
                                         NapObjective     *parent,
                                         const char       *title);
NapBudgetLine *nap_test_add_budget_line (NapProject       *project,
                                         NapObjective     *objective,
                                         const char       *label,
                                         gint64            amount,
                                         const char       *currency,
                                         NapFundingStatus  status);

guint          nap_test_find_code       (GListModel       *model,
                                         const char       *code);

char          *nap_test_outline         (NapProject       *project);
char          *nap_test_checksum        (const char       *path);
char          *nap_test_sql_text        (const char       *path,
                                         const char       *sql);

void           nap_test_write_large_plan (const char      *path,
                                          guint            n_sessions);

G_END_DECLS
