/* cli-test-common.h: running nap-tool and making plans for its tests
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-project.h"
#include "nap-test-util.h"

G_BEGIN_DECLS

/* The user nobody: who runs nap-tool when the tests run as root, for whom a
 * write-protected file is not write-protected.
 */
#define NOBODY 65534

/* A folder of its own for each test, and plan.nap in it (not created). */
typedef NapTestFolder Fixture;

/* What one run of nap-tool did. */
typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

void          run_clear         (Run              *run);
void          run_tool_full     (Run              *run,
                                 gboolean          as_nobody,
                                 const char       *first,
                                 ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* run_tool (&run, "info", path): nap-tool as the user running the tests. */
#define run_tool(run, ...) run_tool_full ((run), FALSE, __VA_ARGS__, NULL)

char         *checksum_of       (const char       *path);
char         *list_dir          (const char       *path);
void          sqlite_exec       (const char       *path,
                                 const char       *sql);

NapObjective *add_objective     (NapProject       *project,
                                 NapObjective     *parent,
                                 const char       *title);
void          add_budget_line   (NapProject       *project,
                                 NapObjective     *objective,
                                 gint64            amount,
                                 const char       *currency,
                                 NapFundingStatus  status);

G_END_DECLS
