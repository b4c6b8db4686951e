/* nap-tool-xml.c: nap-tool export-xml, import-xml, merge and validate
 *
 * The work is the core's (nap-xml-reader.h, nap-jobs.h); these parse
 * the command line and say what happened. export-xml opens the plan
 * read-only; import-xml never replaces a file; merge changes the plan only
 * when the whole file is accepted.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-tool"

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "nap-error.h"
#include "nap-jobs.h"
#include "nap-merge-report.h"
#include "nap-project.h"
#include "nap-tool.h"
#include "nap-xml-reader.h"

/* export-xml */

int
nap_tool_cmd_export_xml (int    argc,
                         char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  gboolean consultations_only = FALSE;
  NapExportFormat format;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of the standard output; FILE is replaced only once the export is complete"),
      N_("FILE") },
    { "consultations-only", 0, 0, G_OPTION_ARG_NONE, &consultations_only,
      N_("Write the consultations, with only the objectives their recommendations concern"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = nap_tool_context_new (_("PLAN.nap"),
                                  _("Write a plan as NAP XML (see docs/xml-format.md). The plan is only read."),
                                  entries);
  status = nap_tool_parse (context, &argc, &argv, 1);
  if (status != NAP_TOOL_EXIT_OK)
    return status;

  /* The writer reads the file itself, read-only: the plan's objects are
   * not needed.
   */
  format = consultations_only ? NAP_EXPORT_XML_CONSULTATIONS : NAP_EXPORT_XML;
  if (output != NULL)
    {
      if (!nap_export_plan_file_to_file (argv[1], format, output, &error))
        return nap_tool_fail (error);
    }
  else
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

      /* The writer buffers; the stream adds none. */
      if (!nap_export_plan_file (argv[1], format, out, &error)
          || !g_output_stream_close (out, NULL, &error))
        return nap_tool_fail (error);
    }

  return NAP_TOOL_EXIT_OK;
}

/* import-xml */

int
nap_tool_cmd_import_xml (int    argc,
                         char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *name = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The new plan file (required); an existing file is never replaced"), N_("PLAN.nap") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = nap_tool_context_new (_("IN.xml"),
                                  _("Make a new plan file from a NAP XML file. The file is checked\n"
                                    "completely first; if anything is refused, no plan file is made."),
                                  entries);
  status = nap_tool_parse (context, &argc, &argv, 1);
  if (status != NAP_TOOL_EXIT_OK)
    return status;
  if (output == NULL)
    return nap_tool_usage_error (_("Give the new plan file with -o PLAN.nap."));

  project = nap_xml_import (argv[1], output, &error);
  if (project == NULL)
    return nap_tool_fail (error);

  name = g_filename_display_basename (output);
  /* Translators: %s is the new plan file; %u the number of objectives */
  g_print (ngettext ("Made “%s”, a plan with %u objective.\n",
                     "Made “%s”, a plan with %u objectives.\n",
                     nap_project_count_objectives (project)),
           name, nap_project_count_objectives (project));
  return NAP_TOOL_EXIT_OK;
}

/* merge */

static void
print_report (NapMergeReport *report)
{
  const char * const *lines = nap_merge_report_get_lines (report);
  /* Translators: column headings of the merge report: records added, records changed */
  const char *added = C_("merge report", "new");
  const char *updated = C_("merge report", "changed");
  int width = 0;

  if (nap_merge_report_is_empty (report))
    {
      if (nap_merge_report_get_applied (report))
        g_print ("%s\n", _("Nothing was added or changed: the plan has everything in the file already."));
      else
        g_print ("%s\n", _("Merging would add and change nothing: the plan has everything in the file already."));
      return;
    }

  for (guint kind = 0; kind < NAP_N_MERGE_KINDS; kind++)
    width = MAX (width, (int) g_utf8_strlen (nap_merge_kind_get_label (kind), -1));

  g_print ("%*s  %8s  %8s\n", width, "", added, updated);
  for (guint kind = 0; kind < NAP_N_MERGE_KINDS; kind++)
    {
      const char *label = nap_merge_kind_get_label (kind);
      int pad = width - (int) g_utf8_strlen (label, -1);

      if (nap_merge_report_get_n_added (report, kind) == 0 && nap_merge_report_get_n_updated (report, kind) == 0)
        continue;
      g_print ("%s%*s  %8u  %8u\n", label, pad, "",
               nap_merge_report_get_n_added (report, kind),
               nap_merge_report_get_n_updated (report, kind));
    }
  g_print ("\n");
  for (guint i = 0; lines[i] != NULL; i++)
    g_print ("%s\n", lines[i]);
}

int
nap_tool_cmd_merge (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(NapMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Say what the merge would add and change, and change nothing"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = nap_tool_context_new (_("PLAN.nap IN.xml"),
                                  _("Add to a plan the records of a NAP XML file that it lacks, and update\n"
                                    "the ones it has with the file's values, matching them by UUID."),
                                  entries);
  description = g_strdup (_("The file must be a copy of the same plan, such as a facilitator's export.\n"
                            "Nothing is ever deleted, and records the plan has keep their place in it.\n"
                            "If any part of the file is refused, the plan is left as it was."));
  g_option_context_set_description (context, description);
  status = nap_tool_parse (context, &argc, &argv, 2);
  if (status != NAP_TOOL_EXIT_OK)
    return status;

  project = nap_project_open (argv[1], dry_run ? NAP_STORE_OPEN_READ_ONLY : NAP_STORE_OPEN_DEFAULT, &error);
  if (project == NULL)
    return nap_tool_fail (error);
  if (!dry_run && nap_project_is_read_only (project))
    {
      g_set_error_literal (&error, NAP_ERROR, NAP_ERROR_READ_ONLY, nap_project_get_read_only_reason (project));
      return nap_tool_fail (error);
    }

  report = nap_xml_merge (project, argv[2], dry_run, &error);
  if (report == NULL)
    return nap_tool_fail (error);

  print_report (report);
  return NAP_TOOL_EXIT_OK;
}

/* validate */

int
nap_tool_cmd_validate (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(NapXmlDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  int status;

  context = nap_tool_context_new (_("IN.xml"),
                                  _("Check a NAP XML file as import and merge do: the schema, and the rules\n"
                                    "beyond it (references, dates, currencies, amounts). The first problem\n"
                                    "is named with its line."),
                                  NULL);
  status = nap_tool_parse (context, &argc, &argv, 1);
  if (status != NAP_TOOL_EXIT_OK)
    return status;

  doc = nap_xml_read_file (argv[1], &error);
  if (doc == NULL)
    return nap_tool_fail (error);

  name = g_filename_display_basename (argv[1]);
  g_print (_("“%s” is a valid NAP XML document."), name);
  g_print ("\n");
  return NAP_TOOL_EXIT_OK;
}
