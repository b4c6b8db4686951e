/* nap-tool.h: the commands of nap-tool and what they share
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "nap-project.h"

G_BEGIN_DECLS

/* Exit statuses, as DESIGN.md promises them. */
#define NAP_TOOL_EXIT_OK      0
#define NAP_TOOL_EXIT_FAILURE 1
#define NAP_TOOL_EXIT_USAGE   2

/* A command receives its own name as argv[0] and what follows it. It
 * returns the exit status. Add a command by declaring it here and giving it
 * a line in the table in nap-tool.c.
 */
int             nap_tool_cmd_new     (int                  argc,
                                      char               **argv);
int             nap_tool_cmd_info    (int                  argc,
                                      char               **argv);
int             nap_tool_cmd_check   (int                  argc,
                                      char               **argv);

/* nap-tool-xml.c */
int             nap_tool_cmd_export_xml (int               argc,
                                         char            **argv);
int             nap_tool_cmd_import_xml (int               argc,
                                         char            **argv);
int             nap_tool_cmd_merge      (int               argc,
                                         char            **argv);
int             nap_tool_cmd_validate   (int               argc,
                                         char            **argv);

/* nap-tool-budget.c */
int             nap_tool_cmd_export_budget (int            argc,
                                            char         **argv);

/* nap-tool-report.c */
int             nap_tool_cmd_report     (int               argc,
                                         char            **argv);

/* nap-tool-json.c: info --json */
int             nap_tool_print_info_json (NapProject *project);

/* Helpers for commands. */
GOptionContext *nap_tool_context_new (const char          *parameter_string,
                                      const char          *summary,
                                      const GOptionEntry  *entries);
int             nap_tool_parse       (GOptionContext      *context,
                                      int                 *argc,
                                      char              ***argv,
                                      int                  n_arguments);
int             nap_tool_usage_error (const char          *format,
                                      ...) G_GNUC_PRINTF (1, 2);
int             nap_tool_fail        (const GError        *error);
int             nap_tool_open_plan   (GOptionContext      *context,
                                      int                 *argc,
                                      char              ***argv,
                                      NapProject         **project);

/* What a command that writes a plan out does with it: to a file, or to
 * the standard output.
 */
typedef gboolean (*NapToolWriteFileFunc) (NapProject  *project,
                                          const char  *path,
                                          GError     **error);
typedef gboolean (*NapToolWriteFunc)     (NapProject  *project,
                                          GError     **error);

int             nap_tool_write_plan  (int                   argc,
                                      char                **argv,
                                      const char           *summary,
                                      const char           *output_help,
                                      NapToolWriteFileFunc  to_file,
                                      NapToolWriteFunc      to_stdout);

G_END_DECLS
