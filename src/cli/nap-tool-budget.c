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

static gboolean
write_stdout (NapProject  *project,
              GError     **error)
{
  g_autoptr(GBytes) bytes = nap_budget_csv_build (project);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_IO,
                           _("The budget could not be written to the standard output."));
      return FALSE;
    }
  return TRUE;
}

int
nap_tool_cmd_export_budget (int    argc,
                            char **argv)
{
  return nap_tool_write_plan (argc, argv,
                              _("Write every budget line of a plan as CSV (UTF-8, for spreadsheets): its\n"
                                "objective and pillar, year, amount, currency, funder, status, and the\n"
                                "amount in the plan currency where the plan has the exchange rate.\n"
                                "The plan is only read."),
                              N_("Write to FILE instead of the standard output; FILE is replaced only once the export is complete"),
                              nap_budget_csv_export_to_file, write_stdout);
}
