/* nap-tool-report.c: nap-tool report, the "What we heard, what we did" page
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-tool"

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <unistd.h>

#include "nap-report.h"
#include "nap-tool.h"

static gboolean
write_stdout (NapProject  *project,
              GError     **error)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  return nap_report_write (project, out, error);
}

int
nap_tool_cmd_report (int    argc,
                     char **argv)
{
  return nap_tool_write_plan (argc, argv,
                              _("Write the “What we heard, what we did” report of a plan: every\n"
                                "recommendation of its consultations, grouped by pillar, with the\n"
                                "drafting team’s response and reason, as one HTML page in the\n"
                                "language of the user interface. The plan is only read."),
                              N_("Write to FILE instead of the standard output; FILE is replaced only once the report is complete"),
                              nap_report_write_to_file, write_stdout);
}
