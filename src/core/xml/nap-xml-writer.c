/* nap-xml-writer.c: writing a plan as NAP XML
 *
 * The output is the canonical form of docs/xml-format.md ("Canonical
 * output"): one exact byte sequence per plan, so that export, import,
 * export gives the same file and `xmllint --format` leaves it unchanged.
 * The plan is read straight from its file (nap-xml-rows.c) and written
 * element by element (nap-xml-output.c), so that memory stays small and a
 * large plan exports in about the time SQLite takes to dump it.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-currency.h"
#include "nap-error.h"
#include "nap-output.h"
#include "nap-project-private.h"
#include "nap-xml-output.h"
#include "nap-xml-reader.h"
#include "nap-xml-rows.h"
#include "nap-xml-writer.h"

typedef struct
{
  NapStore *store;
  NapXmlRows *rows;
  NapXmlOutput *xml;
  gboolean concerned_only; /* a consultations-only export */
  GError *error;           /* the first failure; nothing is written after it */
} Writer;

/* Short names for what the write_ functions do most. */

static void
start (Writer     *w,
       const char *name)
{
  nap_xml_output_start (w->xml, name);
}

static void
end (Writer *w)
{
  nap_xml_output_end (w->xml);
}

static void
attr (Writer     *w,
      const char *name,
      const char *value)
{
  nap_xml_output_attr (w->xml, name, value);
}

static void
attr_nonempty (Writer     *w,
               const char *name,
               const char *value)
{
  nap_xml_output_attr_nonempty (w->xml, name, value);
}

static void
content (Writer     *w,
         const char *value)
{
  nap_xml_output_content (w->xml, value);
}

static void
text_element (Writer     *w,
              const char *name,
              const char *value)
{
  nap_xml_output_text_element (w->xml, name, value);
}

/* Each write_ function below writes one element from the row @stmt is on,
 * reading its columns by the names of the record class's properties.
 */

static gboolean
next (Writer           *w,
      NapXmlRowsCursor *stmt)
{
  return w->error == NULL && nap_xml_rows_next (w->rows, stmt, &w->error);
}

static NapXmlRowsCursor *
query (Writer          *w,
       NapXmlRowsQuery  kind,
       gint64           id)
{
  if (w->error != NULL)
    return NULL;
  return nap_xml_rows_query (w->rows, kind, id, &w->error);
}

#define TEXT(stmt, name) nap_xml_rows_text ((stmt), (name))
#define UUID(stmt) nap_xml_rows_uuid (stmt)

static void
write_plan (Writer           *w,
            NapXmlRowsCursor *plan)
{
  NapXmlRowsCursor *stmt;

  start (w, "plan");
  text_element (w, "title", TEXT (plan, "title"));
  text_element (w, "country", TEXT (plan, "country"));
  start (w, "period");
  attr_nonempty (w, "start", TEXT (plan, "period-start"));
  attr_nonempty (w, "end", TEXT (plan, "period-end"));
  end (w);
  text_element (w, "lead-institution", TEXT (plan, "lead-institution"));
  text_element (w, "status", nap_xml_rows_nick (plan, "status"));
  text_element (w, "currency", TEXT (plan, "currency"));

  stmt = query (w, NAP_XML_ROWS_RATES, 0);
  while (next (w, stmt))
    {
      start (w, "exchange-rate");
      attr (w, "id", UUID (stmt));
      attr (w, "currency", TEXT (stmt, "currency"));
      attr (w, "rate", TEXT (stmt, "rate"));
      attr_nonempty (w, "date", TEXT (stmt, "set-on"));
      end (w);
    }

  text_element (w, "summary", TEXT (plan, "summary"));

  stmt = query (w, NAP_XML_ROWS_REFERENCES, 0);
  while (next (w, stmt))
    {
      start (w, "reference");
      attr (w, "id", UUID (stmt));
      attr_nonempty (w, "href", TEXT (stmt, "target"));
      content (w, TEXT (stmt, "title"));
      end (w);
    }
  end (w);
}

static void
write_actors (Writer *w)
{
  NapXmlRowsCursor *stmt = query (w, NAP_XML_ROWS_ACTORS, 0);

  start (w, "actors");
  while (next (w, stmt))
    {
      start (w, "actor");
      attr (w, "id", UUID (stmt));
      attr (w, "kind", nap_xml_rows_nick (stmt, "kind"));
      content (w, TEXT (stmt, "name"));
      end (w);
    }
  end (w);
}

static void
write_levels (Writer *w)
{
  NapXmlRowsCursor *stmt = query (w, NAP_XML_ROWS_LEVELS, 0);
  gint64 depth = 0;

  start (w, "levels");
  while (next (w, stmt))
    {
      const char *name = TEXT (stmt, "name");

      start (w, "level");
      /* Depths as NapProject counts them: from 0, without gaps. */
      nap_xml_output_attr_int (w->xml, "depth", depth++);
      attr (w, "name", name != NULL ? name : "");
      end (w);
    }
  end (w);
}

static void
write_amount (Writer     *w,
              const char *name,
              gint64      amount,
              const char *currency)
{
  g_autofree char *text = nap_currency_format_amount (amount, currency);

  attr (w, name, text);
}

static void
write_budget_line (Writer           *w,
                   NapXmlRowsCursor *stmt)
{
  const char *currency = TEXT (stmt, "currency");
  /* Clamped to the fields' limits (nap-budget-line.c). */
  gint64 year = nap_xml_rows_number (stmt, "year");
  gint64 unit_cost = nap_xml_rows_number (stmt, "unit-cost");
  gint64 quantity = nap_xml_rows_number (stmt, "quantity");
  gint64 frequency = nap_xml_rows_number (stmt, "frequency");
  const char *funder = nap_xml_rows_lookup_uuid (w->rows, NAP_TYPE_ACTOR, nap_xml_rows_id (stmt, "funder-id"));

  if (currency == NULL)
    currency = "";

  start (w, "budget-line");
  attr (w, "id", UUID (stmt));
  if (year != 0)
    {
      /* The schema takes four digits; the year is below 10000. */
      char buffer[5] = {
        (char) ('0' + year / 1000), (char) ('0' + year / 100 % 10),
        (char) ('0' + year / 10 % 10), (char) ('0' + year % 10), '\0'
      };

      attr (w, "year", buffer);
    }
  write_amount (w, "amount", nap_xml_rows_id (stmt, "amount"), currency);
  attr (w, "currency", currency);
  attr (w, "status", nap_xml_rows_nick (stmt, "status"));
  if (funder != NULL)
    attr (w, "funder", funder);
  if (unit_cost != 0)
    write_amount (w, "unit-cost", unit_cost, currency);
  if (quantity != 0)
    nap_xml_output_attr_count (w->xml, "quantity", quantity);
  if (frequency != 0)
    nap_xml_output_attr_count (w->xml, "frequency", frequency);
  content (w, TEXT (stmt, "label"));
  end (w);
}

static void
write_objective_actors (Writer *w,
                        gint64  id)
{
  static const char * const roles[] = { "lead", "partner", "monitor" };
  guint n;
  const NapXmlLink *links = nap_xml_rows_links (w->rows, NAP_XML_ROWS_OBJECTIVE_ACTORS, id, &n);

  /* In order: lead, partner, monitor. */
  for (guint i = 0; i < n; i++)
    {
      const char *uuid = nap_xml_rows_lookup_uuid (w->rows, NAP_TYPE_ACTOR, links[i].other);

      if (uuid == NULL)
        continue;
      start (w, roles[links[i].role]);
      attr (w, "actor", uuid);
      end (w);
    }
}

static void
write_objective (Writer *w,
                 gint64  id)
{
  NapXmlRowsCursor *stmt = query (w, NAP_XML_ROWS_OBJECTIVE, id);
  const char *start_date;
  const char *end_date;
  const gint64 *children;
  guint n_children;

  if (!next (w, stmt))
    return;

  start (w, "objective");
  attr (w, "id", UUID (stmt));
  attr_nonempty (w, "code", TEXT (stmt, "code"));
  text_element (w, "title", TEXT (stmt, "title"));
  text_element (w, "description", TEXT (stmt, "description"));
  write_objective_actors (w, id);
  start_date = TEXT (stmt, "start-date");
  end_date = TEXT (stmt, "end-date");
  if ((start_date != NULL && *start_date != '\0') || (end_date != NULL && *end_date != '\0'))
    {
      start (w, "timeframe");
      attr_nonempty (w, "start", start_date);
      attr_nonempty (w, "end", end_date);
      end (w);
    }
  text_element (w, "status", nap_xml_rows_nick (stmt, "status"));

  /* A consultations-only file carries objectives for the recommendations
   * to point at, not the plan's indicators and costs.
   */
  if (!w->concerned_only)
    {
      stmt = query (w, NAP_XML_ROWS_INDICATORS, id);
      while (next (w, stmt))
        {
          start (w, "indicator");
          attr (w, "id", UUID (stmt));
          text_element (w, "title", TEXT (stmt, "title"));
          text_element (w, "unit", TEXT (stmt, "unit"));
          text_element (w, "baseline", TEXT (stmt, "baseline"));
          text_element (w, "target", TEXT (stmt, "target"));
          text_element (w, "verification", TEXT (stmt, "verification"));
          end (w);
        }

      stmt = query (w, NAP_XML_ROWS_BUDGET_LINES, id);
      while (next (w, stmt))
        write_budget_line (w, stmt);
    }

  children = nap_xml_rows_children (w->rows, id, &n_children);
  for (guint i = 0; i < n_children && w->error == NULL; i++)
    write_objective (w, children[i]);
  end (w);
}

static void
write_recommendation (Writer           *w,
                      NapXmlRowsCursor *recommendation)
{
  const NapXmlLink *links;
  guint n;

  start (w, "recommendation");
  attr (w, "id", UUID (recommendation));
  attr (w, "status", nap_xml_rows_nick (recommendation, "status"));
  text_element (w, "text", TEXT (recommendation, "text"));
  links = nap_xml_rows_links (w->rows, NAP_XML_ROWS_CONCERNS, nap_xml_rows_id (recommendation, "id"), &n);
  for (guint i = 0; i < n; i++)
    {
      const char *uuid = nap_xml_rows_lookup_uuid (w->rows, NAP_TYPE_OBJECTIVE, links[i].other);

      if (uuid == NULL)
        continue;
      start (w, "concerns");
      attr (w, "objective", uuid);
      end (w);
    }
  text_element (w, "response", TEXT (recommendation, "response"));
  end (w);
}

static void
write_consultation (Writer           *w,
                    NapXmlRowsCursor *consultation)
{
  gint64 id = nap_xml_rows_id (consultation, "id");
  const NapXmlLink *links;
  NapXmlRowsCursor *stmt;
  guint n;

  start (w, "consultation");
  attr (w, "id", UUID (consultation));
  attr_nonempty (w, "start", TEXT (consultation, "start-date"));
  attr_nonempty (w, "end", TEXT (consultation, "end-date"));
  attr (w, "format", nap_xml_rows_nick (consultation, "format"));
  text_element (w, "title", TEXT (consultation, "title"));
  start (w, "location");
  attr_nonempty (w, "region", TEXT (consultation, "region"));
  content (w, TEXT (consultation, "place"));
  end (w);
  text_element (w, "facilitator", TEXT (consultation, "facilitator"));
  text_element (w, "language", TEXT (consultation, "language"));
  start (w, "participants");
  nap_xml_output_attr_count (w->xml, "women", nap_xml_rows_number (consultation, "women"));
  nap_xml_output_attr_count (w->xml, "men", nap_xml_rows_number (consultation, "men"));
  nap_xml_output_attr_count (w->xml, "other", nap_xml_rows_number (consultation, "other"));
  end (w);

  stmt = query (w, NAP_XML_ROWS_GROUPS, id);
  while (next (w, stmt))
    {
      const char *name = TEXT (stmt, "name");

      start (w, "group");
      attr (w, "name", name != NULL ? name : "");
      nap_xml_output_attr_count (w->xml, "count", nap_xml_rows_int (stmt, "count", 0, G_MAXINT));
      end (w);
    }

  links = nap_xml_rows_links (w->rows, NAP_XML_ROWS_ORGANISATIONS, id, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *uuid = nap_xml_rows_lookup_uuid (w->rows, NAP_TYPE_ACTOR, links[i].other);

      if (uuid == NULL)
        continue;
      start (w, "organisation");
      attr (w, "actor", uuid);
      end (w);
    }

  text_element (w, "notes", TEXT (consultation, "notes"));

  stmt = query (w, NAP_XML_ROWS_RECOMMENDATIONS, id);
  while (next (w, stmt))
    write_recommendation (w, stmt);
  end (w);
}

static void
write_document (Writer            *w,
                NapXmlExportFlags  flags)
{
  NapXmlRowsCursor *plan = query (w, NAP_XML_ROWS_PLAN, 0);
  NapXmlRowsCursor *stmt;
  const gint64 *top;
  guint n_top;

  if (plan != NULL && !next (w, plan))
    {
      if (w->error == NULL)
        {
          g_autofree char *name = g_filename_display_basename (nap_store_get_path (w->store));

          g_set_error (&w->error, NAP_ERROR, NAP_ERROR_CORRUPT,
                       _("“%s” is damaged: it holds no plan."), name);
        }
      return;
    }

  start (w, "nap");
  attr (w, "xmlns", NAP_XML_NAMESPACE);
  nap_xml_output_attr_int (w->xml, "format-version", NAP_XML_FORMAT_VERSION);
  attr (w, "id", UUID (plan));
  attr (w, "xml:lang", TEXT (plan, "language"));
  if (flags & NAP_XML_EXPORT_CONSULTATIONS_ONLY)
    attr (w, "content", "consultations");
  write_plan (w, plan);
  write_actors (w);
  write_levels (w);

  start (w, "objectives");
  top = nap_xml_rows_children (w->rows, 0, &n_top);
  for (guint i = 0; i < n_top && w->error == NULL; i++)
    write_objective (w, top[i]);
  end (w);

  start (w, "consultations");
  stmt = query (w, NAP_XML_ROWS_CONSULTATIONS, 0);
  while (next (w, stmt))
    write_consultation (w, stmt);
  end (w);
  end (w);
}

/**
 * nap_xml_export_store:
 * @store: a project file, open read-only or not
 * @out: where to write; it is not closed
 *
 * Writes the plan in @store as NAP XML in canonical form, reading the
 * file directly: see nap-xml-rows.c.
 */
gboolean
nap_xml_export_store (NapStore           *store,
                      GOutputStream      *out,
                      NapXmlExportFlags   flags,
                      GError            **error)
{
  Writer w = { 0, };

  g_return_val_if_fail (NAP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  w.rows = nap_xml_rows_open (store, (flags & NAP_XML_EXPORT_CONSULTATIONS_ONLY) != 0, error);
  if (w.rows == NULL)
    return FALSE;

  w.store = store;
  w.concerned_only = (flags & NAP_XML_EXPORT_CONSULTATIONS_ONLY) != 0;

  w.xml = nap_xml_output_new (out, &w.error);
  write_document (&w, flags);
  nap_xml_output_finish (w.xml);
  nap_xml_rows_close (w.rows);

  if (w.error != NULL)
    {
      g_propagate_error (error, w.error);
      return FALSE;
    }
  return TRUE;
}

/**
 * nap_xml_export:
 * @project: a #NapProject
 * @out: where to write; it is not closed
 *
 * Writes the plan as NAP XML in canonical form. Every edit is in the
 * project file as soon as it is made, so this writes the file's plan.
 */
gboolean
nap_xml_export (NapProject         *project,
                GOutputStream      *out,
                NapXmlExportFlags   flags,
                GError            **error)
{
  g_return_val_if_fail (NAP_IS_PROJECT (project), FALSE);

  return nap_xml_export_store (nap_project_get_store (project), out, flags, error);
}

/**
 * nap_xml_export_store_to_file:
 * @store: a #NapStore
 * @path: the path of the file
 *
 * Writes the plan to @path through nap_output_new(): a failed or refused
 * export leaves an existing file byte for byte as it was, and no file
 * where there was none (SAFETY.md, "Writing other files").
 */
gboolean
nap_xml_export_store_to_file (NapStore           *store,
                              const char         *path,
                              NapXmlExportFlags   flags,
                              GError            **error)
{
  g_autoptr(NapOutput) output = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (NAP_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  output = nap_output_new (path, error);
  if (output == NULL)
    return FALSE;

  if (!nap_xml_export_store (store, nap_output_get_stream (output), flags, &local_error))
    return nap_output_set_write_error (output, local_error, error);

  return nap_output_commit (output, error);
}

/**
 * nap_xml_export_to_file:
 * @project: a #NapProject
 * @path: the path of the file
 *
 * See nap_xml_export_store_to_file().
 */
gboolean
nap_xml_export_to_file (NapProject         *project,
                        const char         *path,
                        NapXmlExportFlags   flags,
                        GError            **error)
{
  g_return_val_if_fail (NAP_IS_PROJECT (project), FALSE);

  return nap_xml_export_store_to_file (nap_project_get_store (project), path, flags, error);
}
