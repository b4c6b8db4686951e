/* nap-tool-budget.c: nap-tool export-budget
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-tool"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "nap-budget-csv.h"
#include "nap-error.h"
#include "nap-tool.h"

int
nap_tool_cmd_export_budget (int    argc,
                            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of the standard output; FILE is replaced only once the export is complete"),
      N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = nap_tool_context_new (_("PLAN.nap"),
                                  _("Write every budget line of a plan as CSV (UTF-8, for spreadsheets): its\n"
                                    "objective and pillar, year, amount, currency, funder, status, and the\n"
                                    "amount in the plan currency where the plan has the exchange rate.\n"
                                    "The plan is only read."),
                                  entries);
  status = nap_tool_parse (context, &argc, &argv, 1);
  if (status != NAP_TOOL_EXIT_OK)
    return status;

  project = nap_project_open (argv[1], NAP_STORE_OPEN_READ_ONLY, &error);
  if (project == NULL)
    return nap_tool_fail (error);

  if (output != NULL)
    {
      if (!nap_budget_csv_export_to_file (project, output, &error))
        return nap_tool_fail (error);
    }
  else
    {
      g_autoptr(GBytes) bytes = nap_budget_csv_build (project);
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error_literal (&error, NAP_ERROR, NAP_ERROR_IO,
                               _("The budget could not be written to the standard output."));
          return nap_tool_fail (error);
        }
    }

  return NAP_TOOL_EXIT_OK;
}
