/* nap-xml-import.c: a NAP XML document into a new project file
 *
 * The new file is written under a temporary name beside the target, in one
 * transaction, and only then linked to the target name, which must not
 * exist: the target never exists half-written, and after any failure it
 * does not exist at all.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>

#include "nap-error.h"
#include "nap-output.h"
#include "nap-project-import.h"
#include "nap-store-private.h"
#include "nap-xml-private.h"

/* Records built from the document. */

NapPlan *
nap_xml_plan_to_record (NapXmlDocument *doc)
{
  return g_object_new (NAP_TYPE_PLAN,
                       "uuid", doc->plan.uuid,
                       "title", doc->title,
                       "country", doc->country,
                       "period-start", doc->period_start,
                       "period-end", doc->period_end,
                       "lead-institution", doc->lead_institution,
                       "status", doc->status,
                       "language", doc->language,
                       "currency", doc->currency,
                       "summary", doc->summary,
                       NULL);
}

NapExchangeRate *
nap_xml_exchange_rate_to_record (NapXmlExchangeRate *rate)
{
  return g_object_new (NAP_TYPE_EXCHANGE_RATE,
                       "uuid", rate->item.uuid,
                       "currency", rate->currency,
                       "rate", rate->rate,
                       "set-on", rate->date,
                       NULL);
}

NapReference *
nap_xml_reference_to_record (NapXmlReference *reference)
{
  return g_object_new (NAP_TYPE_REFERENCE,
                       "uuid", reference->item.uuid,
                       "title", reference->title,
                       "target", reference->href != NULL ? reference->href : "",
                       NULL);
}

NapActor *
nap_xml_actor_to_record (NapXmlActor *actor)
{
  return g_object_new (NAP_TYPE_ACTOR,
                       "uuid", actor->item.uuid,
                       "name", actor->name,
                       "kind", actor->kind,
                       NULL);
}

NapObjective *
nap_xml_objective_to_record (NapXmlObjective *objective)
{
  return g_object_new (NAP_TYPE_OBJECTIVE,
                       "uuid", objective->item.uuid,
                       "code", objective->code,
                       "title", objective->title,
                       "description", objective->description,
                       "start-date", objective->start_date,
                       "end-date", objective->end_date,
                       "status", objective->status,
                       NULL);
}

NapIndicator *
nap_xml_indicator_to_record (NapXmlIndicator *indicator)
{
  return g_object_new (NAP_TYPE_INDICATOR,
                       "uuid", indicator->item.uuid,
                       "title", indicator->title,
                       "unit", indicator->unit,
                       "baseline", indicator->baseline,
                       "target", indicator->target,
                       "verification", indicator->verification,
                       NULL);
}

NapBudgetLine *
nap_xml_budget_line_to_record (NapXmlBudgetLine *line)
{
  return g_object_new (NAP_TYPE_BUDGET_LINE,
                       "uuid", line->item.uuid,
                       "label", line->label,
                       "year", line->year,
                       "amount", line->amount,
                       "currency", line->currency,
                       "status", line->status,
                       "unit-cost", line->unit_cost_text != NULL ? line->unit_cost : (gint64) 0,
                       "quantity", line->quantity,
                       "frequency", line->frequency,
                       NULL);
}

NapConsultation *
nap_xml_consultation_to_record (NapXmlConsultation *consultation)
{
  return g_object_new (NAP_TYPE_CONSULTATION,
                       "uuid", consultation->item.uuid,
                       "title", consultation->title,
                       "start-date", consultation->start_date,
                       "end-date", consultation->end_date,
                       "format", consultation->format,
                       "place", consultation->place,
                       "region", consultation->region,
                       "language", consultation->language,
                       "facilitator", consultation->facilitator,
                       "women", consultation->women,
                       "men", consultation->men,
                       "other", consultation->other,
                       "notes", consultation->notes,
                       NULL);
}

NapRecommendation *
nap_xml_recommendation_to_record (NapXmlRecommendation *recommendation)
{
  return g_object_new (NAP_TYPE_RECOMMENDATION,
                       "uuid", recommendation->item.uuid,
                       "text", recommendation->text,
                       "status", recommendation->status,
                       "response", recommendation->response,
                       NULL);
}

/* Writing a whole document into an empty project. */

typedef struct
{
  NapProject *project;
  GHashTable *records;   /* uuid -> NapRecord written, owned */
} Import;

static gboolean
insert (Import     *import,
        gpointer    record,
        GError    **error)
{
  if (!nap_project_insert_record (import->project, record, error))
    {
      g_object_unref (record);
      return FALSE;
    }
  g_hash_table_insert (import->records, (gpointer) nap_record_get_uuid (record), record);
  return TRUE;
}

static NapRecord *
written (Import     *import,
         const char *uuid)
{
  return g_hash_table_lookup (import->records, uuid);
}

static gboolean
insert_objective (Import           *import,
                  NapXmlObjective  *objective,
                  NapRecord        *parent,
                  GError          **error)
{
  NapObjective *record = nap_xml_objective_to_record (objective);
  gint64 id;

  g_object_set (record,
                "parent-id", parent != NULL ? nap_record_get_id (parent) : (gint64) 0,
                "position", (int) objective->index,
                NULL);
  if (!insert (import, record, error))
    return FALSE;
  id = nap_record_get_id (NAP_RECORD (record));

  for (guint role = 0; role < NAP_N_ACTOR_ROLES; role++)
    for (guint i = 0; i < objective->actors[role]->len; i++)
      {
        NapXmlRef *ref = g_ptr_array_index (objective->actors[role], i);

        if (!nap_project_import_link (import->project, NAP_RECORD (record),
                                      written (import, ref->uuid), role, (int) i, error))
          return FALSE;
      }

  for (guint i = 0; i < objective->indicators->len; i++)
    {
      NapIndicator *indicator = nap_xml_indicator_to_record (g_ptr_array_index (objective->indicators, i));

      g_object_set (indicator, "objective-id", id, "position", (int) i, NULL);
      if (!insert (import, indicator, error))
        return FALSE;
    }

  for (guint i = 0; i < objective->budget_lines->len; i++)
    {
      NapXmlBudgetLine *line = g_ptr_array_index (objective->budget_lines, i);
      NapBudgetLine *record_line = nap_xml_budget_line_to_record (line);
      NapRecord *funder = line->funder != NULL ? written (import, line->funder->uuid) : NULL;

      g_object_set (record_line,
                    "objective-id", id,
                    "position", (int) i,
                    "funder-id", funder != NULL ? nap_record_get_id (funder) : (gint64) 0,
                    NULL);
      if (!insert (import, record_line, error))
        return FALSE;
    }

  for (guint i = 0; i < objective->children->len; i++)
    if (!insert_objective (import, g_ptr_array_index (objective->children, i), NAP_RECORD (record), error))
      return FALSE;

  return TRUE;
}

static gboolean
insert_consultation (Import              *import,
                     NapXmlConsultation  *consultation,
                     GError             **error)
{
  NapConsultation *record = nap_xml_consultation_to_record (consultation);
  gint64 id;

  if (!insert (import, record, error))
    return FALSE;
  id = nap_record_get_id (NAP_RECORD (record));

  for (guint i = 0; i < consultation->groups->len; i++)
    {
      NapXmlGroup *group = g_ptr_array_index (consultation->groups, i);

      if (!nap_project_import_group (import->project, id, group->name, group->count, (int) i, error))
        return FALSE;
    }

  for (guint i = 0; i < consultation->organisations->len; i++)
    {
      NapXmlRef *ref = g_ptr_array_index (consultation->organisations, i);

      if (!nap_project_import_link (import->project, NAP_RECORD (record),
                                    written (import, ref->uuid), 0, (int) i, error))
        return FALSE;
    }

  for (guint i = 0; i < consultation->recommendations->len; i++)
    {
      NapXmlRecommendation *recommendation = g_ptr_array_index (consultation->recommendations, i);
      NapRecommendation *record_recommendation = nap_xml_recommendation_to_record (recommendation);

      g_object_set (record_recommendation, "consultation-id", id, "position", (int) i, NULL);
      if (!insert (import, record_recommendation, error))
        return FALSE;

      for (guint j = 0; j < recommendation->concerns->len; j++)
        {
          NapXmlRef *ref = g_ptr_array_index (recommendation->concerns, j);

          if (!nap_project_import_link (import->project, NAP_RECORD (record_recommendation),
                                        written (import, ref->uuid), 0, (int) j, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
insert_document (Import          *import,
                 NapXmlDocument  *doc,
                 GError         **error)
{
  if (!insert (import, nap_xml_plan_to_record (doc), error))
    return FALSE;

  for (guint i = 0; i < doc->levels->len; i++)
    {
      NapXmlLevel *level = g_ptr_array_index (doc->levels, i);

      if (!nap_project_import_level (import->project, level->depth, level->name, error))
        return FALSE;
    }

  for (guint i = 0; i < doc->exchange_rates->len; i++)
    if (!insert (import, nap_xml_exchange_rate_to_record (g_ptr_array_index (doc->exchange_rates, i)), error))
      return FALSE;

  for (guint i = 0; i < doc->references->len; i++)
    {
      NapReference *reference = nap_xml_reference_to_record (g_ptr_array_index (doc->references, i));

      g_object_set (reference, "position", (int) i, NULL);
      if (!insert (import, reference, error))
        return FALSE;
    }

  for (guint i = 0; i < doc->actors->len; i++)
    if (!insert (import, nap_xml_actor_to_record (g_ptr_array_index (doc->actors, i)), error))
      return FALSE;

  for (guint i = 0; i < doc->objectives->len; i++)
    if (!insert_objective (import, g_ptr_array_index (doc->objectives, i), NULL, error))
      return FALSE;

  for (guint i = 0; i < doc->consultations->len; i++)
    if (!insert_consultation (import, g_ptr_array_index (doc->consultations, i), error))
      return FALSE;

  return TRUE;
}

static void
sync_directory (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Gives the finished temporary file its name, refusing to replace a file
 * that appeared meanwhile. link() is atomic and never replaces; filesystems
 * without hard links (FAT on a USB stick) get a checked rename.
 */
static gboolean
publish (const char  *temporary,
         const char  *path,
         const char  *name,
         GError     **error)
{
  int saved_errno;

  if (link (temporary, path) == 0)
    {
      g_unlink (temporary);
      return TRUE;
    }
  saved_errno = errno;

  if (saved_errno != EEXIST && !g_file_test (path, G_FILE_TEST_EXISTS)
      && g_rename (temporary, path) == 0)
    return TRUE;

  g_unlink (temporary);
  if (saved_errno == EEXIST || g_file_test (path, G_FILE_TEST_EXISTS))
    g_set_error (error, NAP_ERROR, NAP_ERROR_EXISTS,
                 _("“%s” exists already; choose another name."), name);
  else
    g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                 _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

static void
remove_temporary (const char *temporary)
{
  g_autofree char *journal = g_strconcat (temporary, "-journal", NULL);

  g_unlink (temporary);
  g_unlink (journal);
}

/**
 * nap_xml_import_document:
 * @doc: a document from nap_xml_read_file()
 * @project_path: the new project file; it must not exist
 *
 * Returns: (transfer full): the new project, open, or %NULL with @error
 *   set; then no file is left at @project_path
 */
NapProject *
nap_xml_import_document (NapXmlDocument  *doc,
                         const char      *project_path,
                         GError         **error)
{
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *temporary = NULL;
  g_autoptr(NapStore) store = NULL;
  g_autoptr(NapProject) project = NULL;
  Import import = { 0, };
  gboolean ok;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (project_path != NULL, NULL);

  name = g_filename_display_basename (project_path);
  if (g_file_test (project_path, G_FILE_TEST_EXISTS) || g_file_test (project_path, G_FILE_TEST_IS_SYMLINK))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_EXISTS,
                   _("“%s” exists already; choose another name."), name);
      return NULL;
    }

  dir = g_path_get_dirname (project_path);
  {
    /* A name nap_output_remove_stale() knows, so that the file a killed
     * import leaves is removed the next time.
     */
    g_autofree char *file = nap_output_temporary_name ();

    nap_output_remove_stale (dir);
    temporary = g_build_filename (dir, file, NULL);
  }

  if (g_access (dir, W_OK) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
      return NULL;
    }

  store = nap_store_open_as (temporary, project_path, NAP_STORE_OPEN_CREATE, error);
  if (store == NULL)
    {
      remove_temporary (temporary);
      return NULL;
    }

  project = nap_project_new_for_import (store);
  import.project = project;
  import.records = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  ok = nap_project_begin_batch (project, error);
  if (ok)
    {
      ok = insert_document (&import, doc, error);
      ok = nap_project_end_batch (project, ok, ok ? error : NULL) && ok;
    }

  /* The project indexes the records without owning them. */
  g_clear_object (&project);
  g_clear_object (&store);
  g_hash_table_unref (import.records);

  if (!ok)
    {
      remove_temporary (temporary);
      return NULL;
    }

  if (!publish (temporary, project_path, name, error))
    {
      remove_temporary (temporary);
      return NULL;
    }
  sync_directory (dir);

  project = nap_project_open (project_path, NAP_STORE_OPEN_DEFAULT, error);
  if (project == NULL)
    g_unlink (project_path);
  return g_steal_pointer (&project);
}

/**
 * nap_xml_import:
 * @xml_path: the path of the NAP XML file
 * @project_path: the new project file; it must not exist
 *
 * Reads @xml_path, with every check of nap_xml_read_file(), into a new
 * project file, in one transaction.
 *
 * Returns: (transfer full): the new project, open, or %NULL with @error
 *   set; then no file is left at @project_path
 */
NapProject *
nap_xml_import (const char  *xml_path,
                const char  *project_path,
                GError     **error)
{
  g_autoptr(NapXmlDocument) doc = NULL;

  g_return_val_if_fail (xml_path != NULL, NULL);
  g_return_val_if_fail (project_path != NULL, NULL);

  if (g_file_test (project_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (project_path);

      g_set_error (error, NAP_ERROR, NAP_ERROR_EXISTS,
                   _("“%s” exists already; choose another name."), name);
      return NULL;
    }

  doc = nap_xml_read_file (xml_path, error);
  if (doc == NULL)
    return NULL;

  return nap_xml_import_document (doc, project_path, error);
}
