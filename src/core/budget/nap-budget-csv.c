/* nap-budget-csv.c: the plan's budget lines as a spreadsheet file
 *
 * What the finance ministry is handed: CSV as RFC 4180 has it (CRLF line
 * ends, a field with a comma, a quote or a line break in quotes, quotes
 * doubled), in UTF-8 with a byte order mark so that spreadsheets read the
 * accents right. One row per budget line, in the order of the tree.
 *
 * The file is for people first: the header row and the funding status are
 * in the UI language, like the rest of what they see. Numbers stay
 * machine-readable whatever the language: amounts are plain decimals with
 * exactly the currency's decimals and a full stop ("1250.50"), never
 * grouped, so that a spreadsheet in any locale reads them as numbers; the
 * currency is its ISO code. The last column is the amount converted into
 * the plan currency with NapBudgetTotals' arithmetic, so that it adds up
 * to the Budget view's totals; it is empty where the plan has no rate.
 *
 * A text that starts with = + - @ or a tab would be run as a formula by a
 * spreadsheet; such texts (an imported plan may hold anything) are written
 * after an apostrophe, the spreadsheets' own mark for "this is text".
 *
 * OpenDocument is not offered: no well-kept C library writes it (libodfgen
 * is C++ built for document converters), and a hand-made ZIP of XML would
 * be one more file format to keep right; CSV opens in every spreadsheet.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "nap-budget-csv.h"
#include "nap-budget-totals.h"
#include "nap-currency.h"
#include "nap-error.h"
#include "nap-output.h"

static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  gboolean formula = strchr ("=+-@\t\r", valid[0]) != NULL && valid[0] != '\0';
  gboolean quote = formula || strpbrk (valid, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

/* Numbers and codes: never quoted, never neutralised ("-50000" is a number). */
static void
append_plain (GString    *out,
              const char *text)
{
  g_string_append (out, text);
}

static void
end_row (GString *out)
{
  /* The trailing comma of the last field is replaced by the line end. */
  g_string_truncate (out, out->len - 1);
  g_string_append (out, "\r\n");
}

typedef struct
{
  NapProject *project;
  GString *out;
  const char *plan_currency;
} Writer;

static void
write_lines (Writer       *writer,
             NapObjective *objective,
             NapObjective *pillar)
{
  GListModel *lines = nap_objective_get_budget_lines (objective);
  GListModel *children = nap_objective_get_children (objective);
  guint n = g_list_model_get_n_items (lines);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapBudgetLine) line = g_list_model_get_item (lines, i);
      const char *currency = nap_budget_line_get_currency (line);
      NapActor *funder = nap_project_lookup_actor (writer->project, nap_budget_line_get_funder_id (line));
      g_autofree char *amount = nap_currency_format_amount (nap_budget_line_get_amount (line), currency);
      int year = nap_budget_line_get_year (line);
      gint64 converted;
      GString *out = writer->out;

      append_text (out, nap_objective_get_display_code (objective));
      g_string_append_c (out, ',');
      append_text (out, nap_objective_get_title (objective));
      g_string_append_c (out, ',');
      append_text (out, nap_objective_get_display_code (pillar));
      g_string_append_c (out, ',');
      append_text (out, nap_objective_get_title (pillar));
      g_string_append_c (out, ',');
      append_text (out, nap_budget_line_get_label (line));
      g_string_append_c (out, ',');
      if (year != 0)
        g_string_append_printf (out, "%d", year);
      g_string_append_c (out, ',');
      append_plain (out, amount);
      g_string_append_c (out, ',');
      append_text (out, currency);
      g_string_append_c (out, ',');
      append_text (out, funder != NULL ? nap_actor_get_name (funder) : "");
      g_string_append_c (out, ',');
      append_text (out, nap_enum_to_label (NAP_TYPE_FUNDING_STATUS, nap_budget_line_get_status (line)));
      g_string_append_c (out, ',');
      if (nap_budget_line_convert (writer->project, line, &converted))
        {
          g_autofree char *text = nap_currency_format_amount (converted, writer->plan_currency);
          append_plain (out, text);
        }
      g_string_append_c (out, ',');
      end_row (out);
    }

  n = g_list_model_get_n_items (children);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) child = g_list_model_get_item (children, i);

      write_lines (writer, child, pillar);
    }
}

/**
 * nap_budget_csv_build:
 * @project: a #NapProject
 *
 * Returns: (transfer full): the whole CSV file, byte order mark included
 */
GBytes *
nap_budget_csv_build (NapProject *project)
{
  Writer writer = { project, NULL, NULL };
  GListModel *objectives;
  g_autofree char *converted_header = NULL;
  guint n;

  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);

  writer.out = g_string_new ("\xEF\xBB\xBF");
  writer.plan_currency = nap_plan_get_currency (nap_project_get_plan (project));

  /* Translators: the heading of a CSV column; %s is the plan currency's
   * code, such as XOF
   */
  converted_header = g_strdup_printf (_("Amount in %s"), writer.plan_currency);
  {
    const char *headers[] = {
      /* Translators: headings of the columns of the budget spreadsheet */
      C_("budget column", "Code"),
      C_("budget column", "Objective"),
      C_("budget column", "Pillar code"),
      C_("budget column", "Pillar"),
      C_("budget column", "Budget line"),
      C_("budget column", "Year"),
      C_("budget column", "Amount"),
      C_("budget column", "Currency"),
      C_("budget column", "Funder"),
      C_("budget column", "Status"),
      converted_header,
    };

    for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
      {
        append_text (writer.out, headers[i]);
        g_string_append_c (writer.out, ',');
      }
    end_row (writer.out);
  }

  objectives = nap_project_get_objectives (project);
  n = g_list_model_get_n_items (objectives);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapObjective) pillar = g_list_model_get_item (objectives, i);

      write_lines (&writer, pillar, pillar);
    }

  return g_string_free_to_bytes (writer.out);
}

/**
 * nap_budget_csv_export_to_file:
 * @project: a #NapProject
 * @path: the path of the file
 *
 * Writes the CSV file to @path. The file is replaced only once the new one
 * is complete and on disk: a failure leaves a previous file as it was.
 */
gboolean
nap_budget_csv_export_to_file (NapProject  *project,
                               const char  *path,
                               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (NAP_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = nap_budget_csv_build (project);
  data = g_bytes_get_data (bytes, &size);
  return nap_output_write_contents (path, data, size, error);
}
