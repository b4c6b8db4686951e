/* nap-xml-writer.c: writing a plan as NAP XML
 *
 * The output is the canonical form of docs/xml-format.md ("Canonical
 * output"): one exact byte sequence per plan, so that export, import,
 * export gives the same file and `xmllint --format` leaves it unchanged.
 * libxml2's xmlTextWriter streams it to a GOutputStream; text content is
 * escaped here because xmlTextWriterWriteString also escapes quotes, which
 * the canonical form (like libxml2's own serializer) leaves alone.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#include "nap-currency.h"
#include "nap-error.h"
#include "nap-model-private.h"
#include "nap-xml-reader.h"
#include "nap-xml-writer.h"

#define MAX_COUNT 999999999

typedef struct
{
  NapProject *project;
  GOutputStream *out;
  xmlTextWriterPtr writer;
  GString *scratch;
  GHashTable *wanted;    /* objectives to write; NULL for all */
  GError *error;         /* the first failure; nothing is written after it */
} Writer;

static int
on_write (void       *data,
          const char *buffer,
          int         length)
{
  Writer *w = data;

  if (w->error != NULL)
    return -1;
  if (!g_output_stream_write_all (w->out, buffer, (gsize) length, NULL, NULL, &w->error))
    return -1;
  return length;
}

static int
on_close (void *data)
{
  return 0;
}

static void
ignore_error (void     *data,
              xmlError *error)
{
  /* Failures reach the caller as w->error; libxml2 must not print them. */
}

static void
fail_libxml (Writer *w)
{
  if (w->error == NULL)
    g_set_error_literal (&w->error, NAP_ERROR, NAP_ERROR_IO,
                         _("The XML file could not be written."));
}

static void
start (Writer     *w,
       const char *name)
{
  if (w->error == NULL && xmlTextWriterStartElement (w->writer, (const xmlChar *) name) < 0)
    fail_libxml (w);
}

static void
end (Writer *w)
{
  if (w->error == NULL && xmlTextWriterEndElement (w->writer) < 0)
    fail_libxml (w);
}

/* XML 1.0 cannot carry C0 controls other than tab, line feed and carriage
 * return, nor U+FFFE and U+FFFF. A plan holds only what its editors let
 * in, but a value that slipped through must stop the export, not make a
 * file that no reader accepts.
 */
static gboolean
check_chars (Writer     *w,
             const char *value)
{
  const guchar *p;

  /* Bytes, not characters: this runs on every value written. U+FFFE and
   * U+FFFF are EF BF BE and EF BF BF in UTF-8.
   */
  for (p = (const guchar *) value; *p != '\0'; p++)
    if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        || (*p == 0xef && p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf)))
      break;
  if (*p == '\0')
    return TRUE;

  if (w->error == NULL)
    {
      gunichar c = *p < 0x20 ? *p : g_utf8_get_char ((const char *) p);
      g_autoptr(GString) shown = g_string_new (NULL);

      /* The text as the drafters see it, so that they can find it; what
       * cannot be shown becomes "?".
       */
      for (const char *q = value; *q != '\0' && shown->len < 80; q = g_utf8_next_char (q))
        {
          gunichar d = g_utf8_get_char (q);

          if (d < 0x20 || d == 0xfffe || d == 0xffff)
            g_string_append_c (shown, '?');
          else
            g_string_append_unichar (shown, d);
        }
      g_set_error (&w->error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("The text “%s” holds a character that XML cannot carry (U+%04X). Remove it and export again."),
                   shown->str, c);
    }
  return FALSE;
}

static void
attr (Writer     *w,
      const char *name,
      const char *value)
{
  if (w->error != NULL || value == NULL || !check_chars (w, value))
    return;
  if (xmlTextWriterWriteAttribute (w->writer, (const xmlChar *) name, (const xmlChar *) value) < 0)
    fail_libxml (w);
}

static void
attr_nonempty (Writer     *w,
               const char *name,
               const char *value)
{
  if (value != NULL && *value != '\0')
    attr (w, name, value);
}

static void
attr_int (Writer     *w,
          const char *name,
          gint64      value)
{
  char buffer[32];

  g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, value);
  attr (w, name, buffer);
}

static void
attr_count (Writer     *w,
            const char *name,
            gint64      value)
{
  if (value > MAX_COUNT || value < 0)
    {
      if (w->error == NULL)
        {
          /* A format macro inside the message would hide it from xgettext. */
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, value);

          g_set_error (&w->error, NAP_ERROR, NAP_ERROR_INVALID,
                       _("The number %s cannot be written in NAP XML, which takes counts from 0 to %d."),
                       number, MAX_COUNT);
        }
      return;
    }
  attr_int (w, name, value);
}

/* Writes @value as the content of the element being written. */
static void
content (Writer     *w,
         const char *value)
{
  GString *s = w->scratch;

  if (w->error != NULL || value == NULL || *value == '\0' || !check_chars (w, value))
    return;

  g_string_truncate (s, 0);
  for (const char *p = value; *p != '\0';)
    {
      size_t plain = strcspn (p, "&<>\r");

      g_string_append_len (s, p, (gssize) plain);
      p += plain;
      switch (*p)
        {
        case '&':
          g_string_append_len (s, "&amp;", 5);
          break;
        case '<':
          g_string_append_len (s, "&lt;", 4);
          break;
        case '>':
          g_string_append_len (s, "&gt;", 4);
          break;
        case '\r':
          g_string_append_len (s, "&#13;", 5);
          break;
        default:
          continue;
        }
      p++;
    }

  if (xmlTextWriterWriteRawLen (w->writer, (const xmlChar *) s->str, (int) s->len) < 0)
    fail_libxml (w);
}

static void
text_element (Writer     *w,
              const char *name,
              const char *value)
{
  start (w, name);
  content (w, value);
  end (w);
}

/* The order in which the project file lists records that have no position:
 * a plan that was just edited and the same plan opened again are written
 * alike.
 */
static int
compare_rates (gconstpointer a,
               gconstpointer b)
{
  NapExchangeRate *rate_a = *(NapExchangeRate **) a;
  NapExchangeRate *rate_b = *(NapExchangeRate **) b;

  return strcmp (nap_exchange_rate_get_currency (rate_a), nap_exchange_rate_get_currency (rate_b));
}

static int
compare_consultations (gconstpointer a,
                       gconstpointer b)
{
  NapRecord *record_a = *(NapRecord **) a;
  NapRecord *record_b = *(NapRecord **) b;
  const char *start_a = nap_consultation_get_start_date (NAP_CONSULTATION (record_a));
  const char *start_b = nap_consultation_get_start_date (NAP_CONSULTATION (record_b));
  gboolean dated_a = start_a != NULL && *start_a != '\0';
  gboolean dated_b = start_b != NULL && *start_b != '\0';
  gint64 id_a = nap_record_get_id (record_a);
  gint64 id_b = nap_record_get_id (record_b);

  if (dated_a != dated_b)
    return dated_a ? -1 : 1;
  if (dated_a && strcmp (start_a, start_b) != 0)
    return strcmp (start_a, start_b);
  return id_a < id_b ? -1 : id_a > id_b;
}

static GPtrArray *
sorted (GListModel       *list,
        GCompareFunc      compare)
{
  guint n = g_list_model_get_n_items (list);
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (list, i));
  g_ptr_array_sort (array, compare);
  return array;
}

static void
write_plan (Writer *w)
{
  NapPlan *plan = nap_project_get_plan (w->project);
  g_autoptr(GPtrArray) rates = sorted (nap_project_get_exchange_rates (w->project), compare_rates);
  GListModel *references = nap_project_get_references (w->project);

  start (w, "plan");
  text_element (w, "title", nap_plan_get_title (plan));
  text_element (w, "country", nap_plan_get_country (plan));
  start (w, "period");
  attr_nonempty (w, "start", nap_plan_get_period_start (plan));
  attr_nonempty (w, "end", nap_plan_get_period_end (plan));
  end (w);
  text_element (w, "lead-institution", nap_plan_get_lead_institution (plan));
  text_element (w, "status", nap_enum_to_nick (NAP_TYPE_PLAN_STATUS, nap_plan_get_status (plan)));
  text_element (w, "currency", nap_plan_get_currency (plan));

  for (guint i = 0; i < rates->len; i++)
    {
      NapExchangeRate *rate = g_ptr_array_index (rates, i);

      start (w, "exchange-rate");
      attr (w, "id", nap_record_get_uuid (NAP_RECORD (rate)));
      attr (w, "currency", nap_exchange_rate_get_currency (rate));
      attr (w, "rate", nap_exchange_rate_get_rate (rate));
      attr_nonempty (w, "date", nap_exchange_rate_get_set_on (rate));
      end (w);
    }

  text_element (w, "summary", nap_plan_get_summary (plan));

  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr(NapReference) reference = g_list_model_get_item (references, i);

      start (w, "reference");
      attr (w, "id", nap_record_get_uuid (NAP_RECORD (reference)));
      attr_nonempty (w, "href", nap_reference_get_target (reference));
      content (w, nap_reference_get_title (reference));
      end (w);
    }
  end (w);
}

static void
write_actors (Writer *w)
{
  GListModel *actors = nap_project_get_actors (w->project);

  start (w, "actors");
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(NapActor) actor = g_list_model_get_item (actors, i);

      start (w, "actor");
      attr (w, "id", nap_record_get_uuid (NAP_RECORD (actor)));
      attr (w, "kind", nap_enum_to_nick (NAP_TYPE_ACTOR_KIND, nap_actor_get_kind (actor)));
      content (w, nap_actor_get_name (actor));
      end (w);
    }
  end (w);
}

static void
write_levels (Writer *w)
{
  guint n = nap_project_get_n_levels (w->project);

  start (w, "levels");
  for (guint i = 0; i < n; i++)
    {
      start (w, "level");
      attr_int (w, "depth", i);
      attr (w, "name", nap_project_get_level_name (w->project, i));
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
write_budget_line (Writer        *w,
                   NapBudgetLine *line)
{
  const char *currency = nap_budget_line_get_currency (line);
  NapActor *funder = nap_project_lookup_actor (w->project, nap_budget_line_get_funder_id (line));
  int year = nap_budget_line_get_year (line);

  start (w, "budget-line");
  attr (w, "id", nap_record_get_uuid (NAP_RECORD (line)));
  if (year != 0)
    {
      char buffer[8];

      /* The schema takes four digits; the model keeps years below 10000. */
      g_snprintf (buffer, sizeof buffer, "%04d", year);
      attr (w, "year", buffer);
    }
  write_amount (w, "amount", nap_budget_line_get_amount (line), currency);
  attr (w, "currency", currency);
  attr (w, "status", nap_enum_to_nick (NAP_TYPE_FUNDING_STATUS, nap_budget_line_get_status (line)));
  if (funder != NULL)
    attr (w, "funder", nap_record_get_uuid (NAP_RECORD (funder)));
  if (nap_budget_line_get_unit_cost (line) != 0)
    write_amount (w, "unit-cost", nap_budget_line_get_unit_cost (line), currency);
  if (nap_budget_line_get_quantity (line) != 0)
    attr_count (w, "quantity", nap_budget_line_get_quantity (line));
  if (nap_budget_line_get_frequency (line) != 0)
    attr_count (w, "frequency", nap_budget_line_get_frequency (line));
  content (w, nap_budget_line_get_label (line));
  end (w);
}

static void
write_objective (Writer       *w,
                 NapObjective *objective)
{
  static const char * const roles[NAP_N_ACTOR_ROLES] = { "lead", "partner", "monitor" };
  const char *start_date = nap_objective_get_start_date (objective);
  const char *end_date = nap_objective_get_end_date (objective);
  GListModel *children = nap_objective_get_children (objective);

  start (w, "objective");
  attr (w, "id", nap_record_get_uuid (NAP_RECORD (objective)));
  attr_nonempty (w, "code", nap_objective_get_code (objective));
  text_element (w, "title", nap_objective_get_title (objective));
  text_element (w, "description", nap_objective_get_description (objective));

  for (guint role = 0; role < NAP_N_ACTOR_ROLES; role++)
    {
      GListModel *actors = nap_objective_get_actors (objective, role);

      for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
        {
          g_autoptr(NapActor) actor = g_list_model_get_item (actors, i);

          start (w, roles[role]);
          attr (w, "actor", nap_record_get_uuid (NAP_RECORD (actor)));
          end (w);
        }
    }

  if ((start_date != NULL && *start_date != '\0') || (end_date != NULL && *end_date != '\0'))
    {
      start (w, "timeframe");
      attr_nonempty (w, "start", start_date);
      attr_nonempty (w, "end", end_date);
      end (w);
    }
  text_element (w, "status", nap_enum_to_nick (NAP_TYPE_OBJECTIVE_STATUS, nap_objective_get_status (objective)));

  /* A consultations-only file carries objectives for the recommendations
   * to point at, not the plan's indicators and costs.
   */
  if (w->wanted == NULL)
    {
      GListModel *indicators = nap_objective_get_indicators (objective);
      GListModel *lines = nap_objective_get_budget_lines (objective);

      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(NapIndicator) indicator = g_list_model_get_item (indicators, i);

          start (w, "indicator");
          attr (w, "id", nap_record_get_uuid (NAP_RECORD (indicator)));
          text_element (w, "title", nap_indicator_get_title (indicator));
          text_element (w, "unit", nap_indicator_get_unit (indicator));
          text_element (w, "baseline", nap_indicator_get_baseline (indicator));
          text_element (w, "target", nap_indicator_get_target (indicator));
          text_element (w, "verification", nap_indicator_get_verification (indicator));
          end (w);
        }
      for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
        {
          g_autoptr(NapBudgetLine) line = g_list_model_get_item (lines, i);

          write_budget_line (w, line);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (children) && w->error == NULL; i++)
    {
      g_autoptr(NapObjective) child = g_list_model_get_item (children, i);

      if (w->wanted == NULL || g_hash_table_contains (w->wanted, child))
        write_objective (w, child);
    }
  end (w);
}

static void
write_recommendation (Writer            *w,
                      NapRecommendation *recommendation)
{
  GListModel *objectives = nap_recommendation_get_objectives (recommendation);

  start (w, "recommendation");
  attr (w, "id", nap_record_get_uuid (NAP_RECORD (recommendation)));
  attr (w, "status", nap_enum_to_nick (NAP_TYPE_RESPONSE, nap_recommendation_get_status (recommendation)));
  text_element (w, "text", nap_recommendation_get_text (recommendation));
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, i);

      start (w, "concerns");
      attr (w, "objective", nap_record_get_uuid (NAP_RECORD (objective)));
      end (w);
    }
  text_element (w, "response", nap_recommendation_get_response (recommendation));
  end (w);
}

static void
write_consultation (Writer          *w,
                    NapConsultation *consultation)
{
  GPtrArray *groups = nap_consultation_get_groups (consultation);
  GListModel *organisations = nap_consultation_get_organisations (consultation);
  GListModel *recommendations = nap_consultation_get_recommendations (consultation);

  start (w, "consultation");
  attr (w, "id", nap_record_get_uuid (NAP_RECORD (consultation)));
  attr_nonempty (w, "start", nap_consultation_get_start_date (consultation));
  attr_nonempty (w, "end", nap_consultation_get_end_date (consultation));
  attr (w, "format", nap_enum_to_nick (NAP_TYPE_CONSULTATION_FORMAT, nap_consultation_get_format (consultation)));
  text_element (w, "title", nap_consultation_get_title (consultation));
  start (w, "location");
  attr_nonempty (w, "region", nap_consultation_get_region (consultation));
  content (w, nap_consultation_get_place (consultation));
  end (w);
  text_element (w, "facilitator", nap_consultation_get_facilitator (consultation));
  text_element (w, "language", nap_consultation_get_language (consultation));
  start (w, "participants");
  attr_count (w, "women", nap_consultation_get_women (consultation));
  attr_count (w, "men", nap_consultation_get_men (consultation));
  attr_count (w, "other", nap_consultation_get_other (consultation));
  end (w);

  for (guint i = 0; i < groups->len; i++)
    {
      NapParticipantGroup *group = g_ptr_array_index (groups, i);

      start (w, "group");
      attr (w, "name", group->name);
      attr_count (w, "count", group->count);
      end (w);
    }
  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(NapActor) actor = g_list_model_get_item (organisations, i);

      start (w, "organisation");
      attr (w, "actor", nap_record_get_uuid (NAP_RECORD (actor)));
      end (w);
    }
  text_element (w, "notes", nap_consultation_get_notes (consultation));
  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (recommendations, i);

      write_recommendation (w, recommendation);
    }
  end (w);
}

/* The objectives that recommendations concern, and their ancestors. */
static GHashTable *
collect_concerned (NapProject *project)
{
  GHashTable *wanted = g_hash_table_new (NULL, NULL);
  GListModel *consultations = nap_project_get_consultations (project);

  for (guint i = 0; i < g_list_model_get_n_items (consultations); i++)
    {
      g_autoptr(NapConsultation) consultation = g_list_model_get_item (consultations, i);
      GListModel *recommendations = nap_consultation_get_recommendations (consultation);

      for (guint j = 0; j < g_list_model_get_n_items (recommendations); j++)
        {
          g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (recommendations, j);
          GListModel *objectives = nap_recommendation_get_objectives (recommendation);

          for (guint k = 0; k < g_list_model_get_n_items (objectives); k++)
            {
              g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, k);

              for (NapObjective *up = objective; up != NULL; up = nap_objective_get_parent (up))
                g_hash_table_add (wanted, up);
            }
        }
    }
  return wanted;
}

/**
 * nap_xml_export:
 * @out: where to write; it is not closed
 *
 * Writes the plan as NAP XML in canonical form.
 */
gboolean
nap_xml_export (NapProject         *project,
                GOutputStream      *out,
                NapXmlExportFlags   flags,
                GError            **error)
{
  Writer w = { 0, };
  xmlStructuredErrorFunc saved_handler = xmlStructuredError;
  void *saved_data = xmlStructuredErrorContext;
  xmlOutputBufferPtr buffer;
  NapPlan *plan;
  GListModel *objectives;
  g_autoptr(GPtrArray) consultations = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  plan = nap_project_get_plan (project);
  objectives = nap_project_get_objectives (project);
  consultations = sorted (nap_project_get_consultations (project), compare_consultations);

  w.project = project;
  w.out = out;
  w.scratch = g_string_sized_new (1024);
  xmlSetStructuredErrorFunc (NULL, ignore_error);
  if (flags & NAP_XML_EXPORT_CONSULTATIONS_ONLY)
    w.wanted = collect_concerned (project);

  buffer = xmlOutputBufferCreateIO (on_write, on_close, &w, NULL);
  w.writer = buffer != NULL ? xmlNewTextWriter (buffer) : NULL;
  if (w.writer == NULL)
    {
      if (buffer != NULL)
        xmlOutputBufferClose (buffer);
      fail_libxml (&w);
    }
  else
    {
      xmlTextWriterSetIndent (w.writer, 1);
      xmlTextWriterSetIndentString (w.writer, (const xmlChar *) "  ");
      if (xmlTextWriterStartDocument (w.writer, "1.0", "UTF-8", NULL) < 0)
        fail_libxml (&w);
    }

  start (&w, "nap");
  attr (&w, "xmlns", NAP_XML_NAMESPACE);
  attr_int (&w, "format-version", NAP_XML_FORMAT_VERSION);
  attr (&w, "id", nap_record_get_uuid (NAP_RECORD (plan)));
  attr (&w, "xml:lang", nap_plan_get_language (plan));
  write_plan (&w);
  write_actors (&w);
  write_levels (&w);

  start (&w, "objectives");
  for (guint i = 0; i < g_list_model_get_n_items (objectives) && w.error == NULL; i++)
    {
      g_autoptr(NapObjective) objective = g_list_model_get_item (objectives, i);

      if (w.wanted == NULL || g_hash_table_contains (w.wanted, objective))
        write_objective (&w, objective);
    }
  end (&w);

  start (&w, "consultations");
  for (guint i = 0; i < consultations->len && w.error == NULL; i++)
    write_consultation (&w, g_ptr_array_index (consultations, i));
  end (&w);
  end (&w);

  if (w.writer != NULL)
    {
      if (w.error == NULL && xmlTextWriterEndDocument (w.writer) < 0)
        fail_libxml (&w);
      if (w.error == NULL && xmlTextWriterFlush (w.writer) < 0)
        fail_libxml (&w);
      xmlFreeTextWriter (w.writer);
    }

  xmlSetStructuredErrorFunc (saved_data, saved_handler);
  g_string_free (w.scratch, TRUE);
  g_clear_pointer (&w.wanted, g_hash_table_unref);

  if (w.error != NULL)
    {
      g_propagate_error (error, w.error);
      return FALSE;
    }
  return TRUE;
}

/**
 * nap_xml_export_to_file:
 *
 * Writes the plan to @path through a temporary file that replaces @path
 * only once it is complete: a failed export leaves an existing file byte
 * for byte as it was (SAFETY.md, "Writing other files").
 */
gboolean
nap_xml_export_to_file (NapProject         *project,
                        const char         *path,
                        NapXmlExportFlags   flags,
                        GError            **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_basename (path);
  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("Could not write “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  if (!nap_xml_export (project, G_OUTPUT_STREAM (stream), flags, &local_error))
    {
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      /* Closing a cancelled replace removes the temporary file and keeps
       * the old one.
       */
      g_cancellable_cancel (cancelled);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancelled, NULL);
      if (local_error->domain == NAP_ERROR && local_error->code == NAP_ERROR_INVALID)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                     _("Could not write “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("Could not write “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}
