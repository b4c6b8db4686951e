/* nap-xml-merge.c: folding a NAP XML document into an open plan by UUID
 *
 * The rules (docs/xml-format.md, "Identity and merging"): the document must
 * be a copy of this plan (same plan UUID); a record the plan has is updated
 * with the document's values and keeps its place; a record it lacks is
 * added under its owner in the document; nothing is deleted, neither
 * records nor links; all or nothing.
 *
 * The same walk computes the report without writing (a preview) and, run
 * again inside one batch, writes it. Every refusal is found by the
 * preview, before anything is written.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-project-import.h"
#include "nap-project-private.h"
#include "nap-xml-merge-private.h"

gboolean
nap_xml_merge_fail (NapXmlMerge *m,
                    int          line,
                    const char  *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  nap_xml_set_error (m->error, m->doc->name, line, message);
  return FALSE;
}

/* A record's text as a short, one-line quotation for the report. */
char *
nap_xml_merge_brief (const char *text)
{
  g_autofree char *line = NULL;

  if (text == NULL)
    text = "";
  line = g_strndup (text, strcspn (text, "\r\n"));
  if (g_utf8_strlen (line, -1) > 60)
    {
      g_autofree char *cut = g_utf8_substring (line, 0, 59);

      return g_strconcat (cut, "…", NULL);
    }
  return g_steal_pointer (&line);
}

char *
nap_xml_merge_objective_name (NapObjective *objective)
{
  g_autofree char *title = nap_xml_merge_brief (nap_objective_get_title (objective));

  return g_strdup_printf ("%s %s", nap_objective_get_display_code (objective), title);
}

/* What the report calls a field: its label in the record class's column
 * description (nap-record-private.h), translated.
 */
static const char *
field_label (GParamSpec *field)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "changed field", g_param_spec_get_nick (field));
}

void
nap_xml_merge_note_change (NapXmlMerge *m,
                           const char  *label)
{
  if (!g_ptr_array_find_with_equal_func (m->changes, label, g_str_equal, NULL))
    g_ptr_array_add (m->changes, (gpointer) label);
}

/* Notes, and when applying sets, every field of @existing that differs in
 * @incoming.
 */
gboolean
nap_xml_merge_update_fields (NapXmlMerge *m,
                             NapRecord   *existing,
                             NapRecord   *incoming)
{
  guint n = 0;
  GParamSpec **fields = nap_record_class_list_fields (NAP_RECORD_GET_CLASS (existing), &n);

  for (guint i = 0; i < n; i++)
    {
      const GValue *new_value;

      /* Where a record is, not what it says, is left as it is; the
       * funder, a link by row, is compared by UUID elsewhere.
       */
      if (fields[i]->flags & (NAP_PARAM_DERIVED | NAP_PARAM_STRUCTURAL))
        continue;

      new_value = nap_record_get_field_value (incoming, i + 1);
      if (g_param_values_cmp (fields[i], nap_record_get_field_value (existing, i + 1), new_value) == 0)
        continue;

      nap_xml_merge_note_change (m, field_label (fields[i]));
      if (m->apply && !nap_project_set_value (m->project, existing, fields[i]->name, new_value, m->error))
        return FALSE;
    }
  return TRUE;
}

static char *
take_changes (NapXmlMerge *m)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < m->changes->len; i++)
    {
      if (i > 0)
        /* Translators: the separator in a list of changed fields */
        g_string_append (list, C_("changed field", ", "));
      g_string_append (list, g_ptr_array_index (m->changes, i));
    }
  g_ptr_array_set_size (m->changes, 0);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

/**
 * nap_xml_merge_report_changes:
 * @format: a translated sentence with two %s: @name, then the list of
 *   what changes
 *
 * Reports the changes noted for one record, if there are any.
 */
void
nap_xml_merge_report_changes (NapXmlMerge  *m,
                              NapMergeKind  kind,
                              const char   *format,
                              const char   *name)
{
  g_autofree char *changes = NULL;

  if (m->changes->len == 0)
    return;
  changes = take_changes (m);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  nap_merge_report_add (m->report, kind, FALSE, g_strdup_printf (format, name, changes));
#pragma GCC diagnostic pop
}

NapRecord *
nap_xml_merge_lookup (NapXmlMerge *m,
                      const char  *uuid)
{
  return nap_project_lookup_uuid (m->project, uuid);
}

/* Writes a new record; a preview writes nothing. */
gboolean
nap_xml_merge_add (NapXmlMerge *m,
                   NapRecord   *record)
{
  if (!m->apply)
    return TRUE;
  if (!nap_project_insert_record (m->project, record, m->error))
    return FALSE;
  g_ptr_array_add (m->keep, g_object_ref (record));
  return TRUE;
}

gboolean
nap_xml_merge_link (NapXmlMerge *m,
                    NapRecord   *owner,
                    const char  *uuid,
                    int          role,
                    int          position)
{
  return !m->apply
         || nap_project_import_link (m->project, owner, nap_xml_merge_lookup (m, uuid),
                                     role, position, m->error);
}

/* The UUIDs of the records in @list, to look links up in: a hostile file
 * can make lists long, and a merge must not take quadratic time.
 */
GHashTable *
nap_xml_merge_uuid_set (GListModel *list)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapRecord) record = g_list_model_get_item (list, i);

      /* The list keeps the record, and with it the string. */
      g_hash_table_add (set, (gpointer) nap_record_get_uuid (record));
    }
  return set;
}

/* Every id of the document that the plan has must be the same kind of
 * record there: a document cannot turn an actor into an objective.
 */
static gboolean
check_kinds (NapXmlMerge *m)
{
  GHashTableIter iter;
  gpointer value;
  NapXmlItem *first = NULL;

  g_hash_table_iter_init (&iter, m->doc->ids);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      NapXmlItem *item = value;
      NapRecord *record = nap_xml_merge_lookup (m, item->uuid);

      if (record != NULL && G_OBJECT_TYPE (record) != item->type
          && (first == NULL || item->line < first->line))
        first = item;
    }

  if (first != NULL)
    return nap_xml_merge_fail (m, first->line,
                               _("the id %s belongs to another kind of record in this plan."),
                               first->uuid);
  return TRUE;
}

static gboolean
merge_plan (NapXmlMerge *m)
{
  NapPlan *plan = nap_project_get_plan (m->project);
  g_autoptr(NapPlan) incoming = NULL;
  GListModel *rates = nap_project_get_exchange_rates (m->project);

  if (!g_str_equal (nap_record_get_uuid (NAP_RECORD (plan)), m->doc->plan.uuid))
    {
      g_autofree char *title = nap_xml_merge_brief (m->doc->title);

      return nap_xml_merge_fail (m, m->doc->plan.line,
                                 _("the file holds another plan (“%s”), not a copy of this one, so it cannot be merged into it."),
                                 title);
    }

  /* A consultations-only export's plan is an older copy of the team's. */
  if (m->doc->consultations_only)
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (rates); i++)
    {
      g_autoptr(NapExchangeRate) rate = g_list_model_get_item (rates, i);

      if (g_str_equal (nap_exchange_rate_get_currency (rate), m->doc->currency))
        return nap_xml_merge_fail (m, m->doc->currency_line,
                                   _("the plan currency would become %s, for which the plan has an exchange rate; delete that rate first."),
                                   m->doc->currency);
    }

  incoming = nap_xml_plan_to_record (m->doc);
  if (!nap_xml_merge_update_fields (m, NAP_RECORD (plan), NAP_RECORD (incoming)))
    return FALSE;
  if (m->changes->len > 0)
    {
      g_autofree char *changes = take_changes (m);

      nap_merge_report_add (m->report, NAP_MERGE_KIND_PLAN, FALSE,
                            g_strdup_printf (_("The plan’s details change: %s."), changes));
    }
  return TRUE;
}

static gboolean
merge_levels (NapXmlMerge *m)
{
  guint n = nap_project_get_n_levels (m->project);

  for (guint i = 0; !m->doc->consultations_only && i < m->doc->levels->len; i++)
    {
      NapXmlLevel *level = g_ptr_array_index (m->doc->levels, i);

      if (level->depth < n)
        {
          const char *name = nap_project_get_level_name (m->project, level->depth);

          if (g_str_equal (name, level->name))
            continue;
          nap_merge_report_add (m->report, NAP_MERGE_KIND_LEVEL, FALSE,
                                g_strdup_printf (_("Level %u is renamed from “%s” to “%s”."),
                                                 level->depth, name, level->name));
        }
      else
        nap_merge_report_add (m->report, NAP_MERGE_KIND_LEVEL, TRUE,
                              g_strdup_printf (_("Level %u gets the name “%s”."),
                                               level->depth, level->name));

      if (m->apply && !nap_project_import_level (m->project, level->depth, level->name, m->error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
merge_rates (NapXmlMerge *m)
{
  GListModel *rates = nap_project_get_exchange_rates (m->project);

  for (guint i = 0; !m->doc->consultations_only && i < m->doc->exchange_rates->len; i++)
    {
      NapXmlExchangeRate *xrate = g_ptr_array_index (m->doc->exchange_rates, i);
      g_autoptr(NapExchangeRate) incoming = nap_xml_exchange_rate_to_record (xrate);
      NapRecord *existing = nap_xml_merge_lookup (m, xrate->item.uuid);

      /* The plan has one rate per currency: a rate made on another copy
       * for the same currency is that rate.
       */
      for (guint j = 0; existing == NULL && j < g_list_model_get_n_items (rates); j++)
        {
          g_autoptr(NapExchangeRate) rate = g_list_model_get_item (rates, j);

          if (g_str_equal (nap_exchange_rate_get_currency (rate), xrate->currency))
            existing = NAP_RECORD (rate);
        }

      for (guint j = 0; existing != NULL && j < g_list_model_get_n_items (rates); j++)
        {
          g_autoptr(NapExchangeRate) rate = g_list_model_get_item (rates, j);

          if (NAP_RECORD (rate) != existing && g_str_equal (nap_exchange_rate_get_currency (rate), xrate->currency))
            return nap_xml_merge_fail (m, xrate->item.line,
                                       _("this rate would become a second exchange rate for %s in the plan."),
                                       xrate->currency);
        }

      if (existing != NULL)
        {
          if (!nap_xml_merge_update_fields (m, existing, NAP_RECORD (incoming)))
            return FALSE;
          nap_xml_merge_report_changes (m, NAP_MERGE_KIND_EXCHANGE_RATE,
                                        _("The exchange rate for %s changes: %s."), xrate->currency);
          continue;
        }

      nap_merge_report_add (m->report, NAP_MERGE_KIND_EXCHANGE_RATE, TRUE,
                            g_strdup_printf (_("New exchange rate for %s: %s."), xrate->currency, xrate->rate));
      if (!nap_xml_merge_add (m, NAP_RECORD (incoming)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
merge_references (NapXmlMerge *m)
{
  guint n = g_list_model_get_n_items (nap_project_get_references (m->project));
  guint added = 0;

  for (guint i = 0; !m->doc->consultations_only && i < m->doc->references->len; i++)
    {
      NapXmlReference *xreference = g_ptr_array_index (m->doc->references, i);
      g_autoptr(NapReference) incoming = nap_xml_reference_to_record (xreference);
      NapRecord *existing = nap_xml_merge_lookup (m, xreference->item.uuid);
      g_autofree char *name = nap_xml_merge_brief (xreference->title);

      if (existing != NULL)
        {
          if (!nap_xml_merge_update_fields (m, existing, NAP_RECORD (incoming)))
            return FALSE;
          nap_xml_merge_report_changes (m, NAP_MERGE_KIND_REFERENCE,
                                        _("The reference “%s” changes: %s."), name);
          continue;
        }

      nap_merge_report_add (m->report, NAP_MERGE_KIND_REFERENCE, TRUE,
                            g_strdup_printf (_("New reference “%s”."), name));
      g_object_set (incoming, "position", (int) (n + added++), NULL);
      if (!nap_xml_merge_add (m, NAP_RECORD (incoming)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
merge_actors (NapXmlMerge *m)
{
  for (guint i = 0; i < m->doc->actors->len; i++)
    {
      NapXmlActor *xactor = g_ptr_array_index (m->doc->actors, i);
      g_autoptr(NapActor) incoming = nap_xml_actor_to_record (xactor);
      NapRecord *existing = nap_xml_merge_lookup (m, xactor->item.uuid);
      g_autofree char *name = nap_xml_merge_brief (xactor->name);

      if (existing != NULL && m->doc->consultations_only)
        continue;
      if (existing != NULL)
        {
          if (!nap_xml_merge_update_fields (m, existing, NAP_RECORD (incoming)))
            return FALSE;
          nap_xml_merge_report_changes (m, NAP_MERGE_KIND_ACTOR, _("The actor “%s” changes: %s."), name);
          continue;
        }

      nap_merge_report_add (m->report, NAP_MERGE_KIND_ACTOR, TRUE,
                            g_strdup_printf (_("New actor “%s”."), name));
      if (!nap_xml_merge_add (m, NAP_RECORD (incoming)))
        return FALSE;
    }
  return TRUE;
}

/* Runs the whole merge once: a preview when m->apply is FALSE. */
static gboolean
run (NapXmlMerge *m)
{
  return check_kinds (m)
         && merge_plan (m)
         && merge_levels (m)
         && merge_rates (m)
         && merge_references (m)
         && merge_actors (m)
         && nap_xml_merge_objectives (m)
         && nap_xml_merge_consultations (m);
}

static void
merge_init (NapXmlMerge    *m,
            NapProject     *project,
            NapXmlDocument *doc,
            gboolean        apply,
            GError        **error)
{
  m->project = project;
  m->doc = doc;
  m->report = nap_merge_report_new ();
  m->apply = apply;
  m->error = error;
  m->keep = g_ptr_array_new_with_free_func (g_object_unref);
  m->orders = g_hash_table_new_full (NULL, NULL, NULL, nap_xml_merge_order_free);
  m->changes = g_ptr_array_new ();
}

static void
merge_clear (NapXmlMerge *m)
{
  g_clear_pointer (&m->report, nap_merge_report_unref);
  g_clear_pointer (&m->orders, g_hash_table_unref);
  g_clear_pointer (&m->changes, g_ptr_array_unref);
  g_clear_pointer (&m->keep, g_ptr_array_unref);
}

/**
 * nap_xml_merge_preview:
 * @project: the plan, as objects that reflect its file
 * @doc: a document from nap_xml_read_file()
 *
 * Walks @doc against @project without writing anything: every refusal of
 * the merge is found here.
 *
 * Returns: (transfer full): what merging would add and change, or %NULL
 *   with @error set
 */
NapMergeReport *
nap_xml_merge_preview (NapProject      *project,
                       NapXmlDocument  *doc,
                       GError         **error)
{
  NapXmlMerge m = { 0, };
  NapMergeReport *report = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (doc != NULL, NULL);

  merge_init (&m, project, doc, FALSE, error);
  if (run (&m))
    report = nap_merge_report_ref (m.report);
  merge_clear (&m);
  return report;
}

/* quick_check, on open, does not compare indexes with their tables: a
 * merge writes through them, and into a plan whose indexes are broken it
 * would make the damage worse. The full check costs a read of the file,
 * little beside a merge.
 */
static gboolean
check_sound (NapProject  *project,
             GError     **error)
{
  g_autoptr(GPtrArray) problems = NULL;

  problems = nap_store_check_integrity (nap_project_get_store (project), error);
  if (problems == NULL)
    return FALSE;
  if (problems->len > 0)
    {
      g_autofree char *name = g_filename_display_basename (nap_project_get_path (project));

      g_set_error (error, NAP_ERROR, NAP_ERROR_CORRUPT,
                   _("“%s” is damaged, so nothing was merged into it. Open a backup copy, or ask for help recovering it."),
                   name);
      return FALSE;
    }
  return TRUE;
}

/**
 * nap_xml_merge_write:
 * @worker: objects of the plan's file that nobody else looks at: the
 *   merge changes them as it writes
 * @doc: a document from nap_xml_read_file()
 *
 * Merges @doc into the file under @worker in one batch, all or nothing.
 * The project that shows the plan is not touched: its owner reloads it
 * once this has succeeded.
 *
 * Returns: (transfer full): what was added and changed, or %NULL with
 *   @error set; then the file is unchanged
 */
NapMergeReport *
nap_xml_merge_write (NapProject      *worker,
                     NapXmlDocument  *doc,
                     GError         **error)
{
  NapXmlMerge m = { 0, };
  NapMergeReport *report = NULL;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (worker), NULL);
  g_return_val_if_fail (doc != NULL, NULL);

  /* Every refusal is found before anything is written. */
  report = nap_xml_merge_preview (worker, doc, error);
  if (report == NULL)
    return NULL;
  g_clear_pointer (&report, nap_merge_report_unref);
  if (!check_sound (worker, error))
    return NULL;

  merge_init (&m, worker, doc, TRUE, error);
  ok = nap_project_begin_batch (worker, error);
  if (ok)
    {
      g_autofree char *label = NULL;

      /* Translators: the name of an undo step; %s is the merged file */
      label = g_strdup_printf (_("Merge “%s”"), doc->name != NULL ? doc->name : "");
      nap_project_set_step_label (worker, label);

      ok = run (&m);
      ok = nap_project_end_batch (worker, ok, ok ? error : NULL) && ok;
    }
  if (ok)
    {
      nap_merge_report_set_applied (m.report, TRUE);
      report = nap_merge_report_ref (m.report);
    }
  merge_clear (&m);
  return report;
}

/**
 * nap_xml_merge_document:
 * @project: a #NapProject
 * @doc: a document from nap_xml_read_file()
 * @dry_run: %TRUE to compute the report without changing anything
 *
 * Folds @doc into @project by UUID, in one batch: all or nothing. The
 * merge is written through objects of its own; @project's are left alone
 * until the file holds the merge, and are then read again with
 * nap_project_reload(): @project says it changed once.
 *
 * Returns: (transfer full): what was added and changed (or, with
 *   @dry_run, what would be), or %NULL with @error set; then the project
 *   is unchanged
 */
NapMergeReport *
nap_xml_merge_document (NapProject      *project,
                        NapXmlDocument  *doc,
                        gboolean         dry_run,
                        GError         **error)
{
  g_autoptr(NapProject) worker = NULL;
  g_autoptr(NapMergeReport) report = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (doc != NULL, NULL);

  if (dry_run)
    return nap_xml_merge_preview (project, doc, error);

  worker = nap_project_new_for_import (nap_project_get_store (project));
  if (!nap_project_reload (worker, error))
    return NULL;
  report = nap_xml_merge_write (worker, doc, error);
  g_clear_object (&worker);
  if (report == NULL)
    return NULL;

  /* The file holds the merge: the objects show it, all at once. */
  if (!nap_project_reload (project, error))
    return NULL;
  return g_steal_pointer (&report);
}

/**
 * nap_xml_merge:
 * @project: a #NapProject
 * @xml_path: the path of the NAP XML file
 * @dry_run: %TRUE for a preview that changes nothing
 *
 * Reads @xml_path, with every check of nap_xml_read_file(), and merges it
 * into @project; see nap_xml_merge_document().
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
NapMergeReport *
nap_xml_merge (NapProject  *project,
               const char  *xml_path,
               gboolean     dry_run,
               GError     **error)
{
  g_autoptr(NapXmlDocument) doc = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (xml_path != NULL, NULL);

  doc = nap_xml_read_file (xml_path, error);
  if (doc == NULL)
    return NULL;

  return nap_xml_merge_document (project, doc, dry_run, error);
}
