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

int
nap_tool_cmd_report (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of the standard output; FILE is replaced only once the report is complete"),
      N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = nap_tool_context_new (_("PLAN.nap"),
                                  _("Write the “What we heard, what we did” report of a plan: every\n"
                                    "recommendation of its consultations, grouped by pillar, with the\n"
                                    "drafting team’s response and reason, as one HTML page in the\n"
                                    "language of the user interface. The plan is only read."),
                                  entries);
  status = nap_tool_parse (context, &argc, &argv, 1);
  if (status != NAP_TOOL_EXIT_OK)
    return status;

  project = nap_project_open (argv[1], NAP_STORE_OPEN_READ_ONLY, &error);
  if (project == NULL)
    return nap_tool_fail (error);

  if (output != NULL)
    {
      if (!nap_report_write_to_file (project, output, &error))
        return nap_tool_fail (error);
    }
  else
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

      if (!nap_report_write (project, out, &error))
        return nap_tool_fail (error);
    }

  return NAP_TOOL_EXIT_OK;
}
