/* nap-tool.c: the command-line tool's entry point and its commands' table
 *
 * nap-tool COMMAND [OPTION…] ARGUMENTS: the first word picks a command from
 * the table below; the command parses the rest with its own GOptionContext.
 * The usage text is made from the table, so a new command needs only its
 * line here and its function in nap-tool.h.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-tool"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdarg.h>
#include <string.h>

#include "nap-tool.h"

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary; /* N_(), shown in the list of commands */
} NapToolCommand;

static const NapToolCommand commands[] = {
  { "new", nap_tool_cmd_new, N_("Create a new plan file") },
  { "info", nap_tool_cmd_info, N_("Summarise a plan: counts, objectives, budget totals and gaps") },
  { "check", nap_tool_cmd_check, N_("Check a plan file's integrity and consistency") },
  { "export-xml", nap_tool_cmd_export_xml, N_("Write a plan as NAP XML") },
  { "import-xml", nap_tool_cmd_import_xml, N_("Make a new plan file from a NAP XML file") },
  { "merge", nap_tool_cmd_merge, N_("Add and update a plan's records from a copy of it in NAP XML") },
  { "validate", nap_tool_cmd_validate, N_("Check that a file is NAP XML that can be imported") },
  { "export-budget", nap_tool_cmd_export_budget, N_("Write a plan's budget lines as CSV for spreadsheets") },
  { "report", nap_tool_cmd_report, N_("Write the “What we heard, what we did” report as an HTML page") },
};

/**
 * nap_tool_context_new:
 * @parameter_string: what follows the options in the usage line, such as
 *   "PLAN.nap"
 * @summary: (nullable): one sentence saying what the command does
 * @entries: (nullable): the command's options
 *
 * Returns: (transfer full): an option context translated in our domain
 */
GOptionContext *
nap_tool_context_new (const char         *parameter_string,
                      const char         *summary,
                      const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameter_string);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (summary != NULL)
    g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return context;
}

/**
 * nap_tool_usage_error:
 *
 * Says what was wrong with the command line and where help is.
 *
 * Returns: %NAP_TOOL_EXIT_USAGE
 */
int
nap_tool_usage_error (const char *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("%s: %s\n", g_get_prgname (), message);
  /* Translators: %s is the command, such as "nap-tool info" */
  g_printerr (_("Try “%s --help” for more information."), g_get_prgname ());
  g_printerr ("\n");
  return NAP_TOOL_EXIT_USAGE;
}

/**
 * nap_tool_parse:
 * @n_arguments: how many arguments must remain after the options
 *
 * Parses the options of a command; --help prints the help and exits.
 *
 * Returns: %NAP_TOOL_EXIT_OK, or %NAP_TOOL_EXIT_USAGE after saying what is
 *   wrong
 */
int
nap_tool_parse (GOptionContext   *context,
                int              *argc,
                char           ***argv,
                int               n_arguments)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return nap_tool_usage_error ("%s", error->message);

  if (*argc - 1 != n_arguments)
    return nap_tool_usage_error (ngettext ("Expected %d argument.",
                                           "Expected %d arguments.",
                                           n_arguments),
                                 n_arguments);

  return NAP_TOOL_EXIT_OK;
}

/**
 * nap_tool_fail:
 * @error: what went wrong; core messages name the file already
 *
 * Returns: %NAP_TOOL_EXIT_FAILURE
 */
int
nap_tool_fail (const GError *error)
{
  g_printerr ("nap-tool: %s\n", error->message);
  return NAP_TOOL_EXIT_FAILURE;
}

/**
 * nap_tool_open_plan:
 * @context: the command's options
 * @argc: (inout): the command's argument count
 * @argv: (inout) (array length=argc): the command's arguments
 * @project: (out) (transfer full): where the plan goes
 *
 * Parses a command that takes one PLAN.nap argument, then opens that plan
 * read-only.
 *
 * Returns: %NAP_TOOL_EXIT_OK with @project set, or the exit status after
 *   saying what was wrong
 */
int
nap_tool_open_plan (GOptionContext   *context,
                    int              *argc,
                    char           ***argv,
                    NapProject      **project)
{
  g_autoptr(GError) error = NULL;
  int status;

  status = nap_tool_parse (context, argc, argv, 1);
  if (status != NAP_TOOL_EXIT_OK)
    return status;

  *project = nap_project_open ((*argv)[1], NAP_STORE_OPEN_READ_ONLY, &error);
  if (*project == NULL)
    return nap_tool_fail (error);
  return NAP_TOOL_EXIT_OK;
}

/**
 * nap_tool_write_plan:
 * @argc: the command's argument count
 * @argv: (array length=argc): the command's arguments
 * @summary: the translated sentence saying what the command writes
 * @output_help: the untranslated (N_()) help of --output
 * @to_file: (scope call): writes the plan to the file --output names
 * @to_stdout: (scope call): writes the plan to the standard output
 *
 * Runs a command "COMMAND [--output FILE] PLAN.nap" that opens the plan
 * read-only and writes something made from it.
 *
 * Returns: the exit status
 */
int
nap_tool_write_plan (int                   argc,
                     char                **argv,
                     const char           *summary,
                     const char           *output_help,
                     NapToolWriteFileFunc  to_file,
                     NapToolWriteFunc      to_stdout)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, output_help, N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  context = nap_tool_context_new (_("PLAN.nap"), summary, entries);
  status = nap_tool_open_plan (context, &argc, &argv, &project);
  if (status != NAP_TOOL_EXIT_OK)
    return status;

  if (output != NULL ? !to_file (project, output, &error) : !to_stdout (project, &error))
    return nap_tool_fail (error);
  return NAP_TOOL_EXIT_OK;
}

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) strlen (commands[i].name));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-*s  %s", width, commands[i].name,
                            _(commands[i].summary));

  g_string_append (text, "\n\n");
  g_string_append (text, _("Run “nap-tool COMMAND --help” for the options of a command."));
  return g_string_free (text, FALSE);
}

static const NapToolCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *prgname = NULL;
  const NapToolCommand *command;
  const char *localedir;
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Show the version and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };

  /* As for nap-drafter: NAP_LOCALEDIR=<builddir>/po runs the build tree's
   * translations.
   */
  localedir = g_getenv ("NAP_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("nap-tool");

  description = describe_commands ();
  /* Translators: the usage line: "nap-tool [OPTION…] COMMAND ..." */
  context = nap_tool_context_new (_("COMMAND [ARGUMENT…]"),
                                  _("Work on NAP Drafter plan files from the command line."),
                                  entries);
  g_option_context_set_description (context, description);
  /* Stop at the command: what follows it is the command's to parse. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return nap_tool_usage_error ("%s", error->message);

  if (version)
    {
      g_print ("nap-tool %s\n", PACKAGE_VERSION);
      return NAP_TOOL_EXIT_OK;
    }

  if (argc < 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return NAP_TOOL_EXIT_USAGE;
    }

  command = find_command (argv[1]);
  if (command == NULL)
    return nap_tool_usage_error (_("“%s” is not a command."), argv[1]);

  /* The command's messages and usage line say "nap-tool COMMAND". */
  prgname = g_strdup_printf ("nap-tool %s", command->name);
  g_set_prgname (prgname);
  return command->run (argc - 1, argv + 1);
}
