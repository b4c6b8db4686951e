/* nap-merge-report.c: what a merge adds and changes
 *
 * The same report serves as the preview of a merge (computed without
 * writing anything) and as the account of one that was done.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-merge-report.h"

struct _NapMergeReport
{
  guint added[NAP_N_MERGE_KINDS];
  guint updated[NAP_N_MERGE_KINDS];
  GPtrArray *lines; /* NULL-terminated, char * */
  gboolean applied;
};

G_DEFINE_BOXED_TYPE (NapMergeReport, nap_merge_report,
                     nap_merge_report_ref, nap_merge_report_unref)

static void
report_clear (gpointer data)
{
  NapMergeReport *self = data;

  g_ptr_array_unref (self->lines);
}

/**
 * nap_merge_report_new:
 *
 * Returns: (transfer full): an empty report
 */
NapMergeReport *
nap_merge_report_new (void)
{
  NapMergeReport *self = g_rc_box_new0 (NapMergeReport);

  self->lines = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->lines, NULL);
  return self;
}

/**
 * nap_merge_report_ref:
 * @self: a #NapMergeReport
 *
 * Returns: (transfer full): @self, with one more reference
 */
NapMergeReport *
nap_merge_report_ref (NapMergeReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

/**
 * nap_merge_report_unref:
 * @self: (transfer full): a #NapMergeReport
 */
void
nap_merge_report_unref (NapMergeReport *self)
{
  g_return_if_fail (self != NULL);

  g_rc_box_release_full (self, report_clear);
}

/**
 * nap_merge_report_add:
 * @self: a #NapMergeReport
 * @added: %TRUE for a new record, %FALSE for a changed one
 * @line: (transfer full) (nullable): a sentence that says what changes
 *
 * Counts one record of @kind.
 */
void
nap_merge_report_add (NapMergeReport *self,
                      NapMergeKind    kind,
                      gboolean        added,
                      char           *line)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (kind < NAP_N_MERGE_KINDS);

  if (added)
    self->added[kind]++;
  else
    self->updated[kind]++;

  if (line != NULL)
    {
      self->lines->pdata[self->lines->len - 1] = line;
      g_ptr_array_add (self->lines, NULL);
    }
}

/**
 * nap_merge_report_set_applied:
 * @self: a #NapMergeReport
 */
void
nap_merge_report_set_applied (NapMergeReport *self,
                              gboolean        applied)
{
  g_return_if_fail (self != NULL);

  self->applied = !!applied;
}

/**
 * nap_merge_report_get_applied:
 * @self: a #NapMergeReport
 *
 * Returns: %TRUE if the merge was done, %FALSE for a preview
 */
gboolean
nap_merge_report_get_applied (NapMergeReport *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->applied;
}

/**
 * nap_merge_report_get_n_added:
 * @self: a #NapMergeReport
 */
guint
nap_merge_report_get_n_added (NapMergeReport *self,
                              NapMergeKind    kind)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (kind < NAP_N_MERGE_KINDS, 0);

  return self->added[kind];
}

/**
 * nap_merge_report_get_n_updated:
 * @self: a #NapMergeReport
 */
guint
nap_merge_report_get_n_updated (NapMergeReport *self,
                                NapMergeKind    kind)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (kind < NAP_N_MERGE_KINDS, 0);

  return self->updated[kind];
}

/**
 * nap_merge_report_get_total_added:
 * @self: a #NapMergeReport
 */
guint
nap_merge_report_get_total_added (NapMergeReport *self)
{
  guint total = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < NAP_N_MERGE_KINDS; i++)
    total += self->added[i];
  return total;
}

/**
 * nap_merge_report_get_total_updated:
 * @self: a #NapMergeReport
 */
guint
nap_merge_report_get_total_updated (NapMergeReport *self)
{
  guint total = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < NAP_N_MERGE_KINDS; i++)
    total += self->updated[i];
  return total;
}

/**
 * nap_merge_report_is_empty:
 * @self: a #NapMergeReport
 *
 * Returns: %TRUE when the merge adds and changes nothing
 */
gboolean
nap_merge_report_is_empty (NapMergeReport *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return nap_merge_report_get_total_added (self) == 0
         && nap_merge_report_get_total_updated (self) == 0;
}

/**
 * nap_merge_report_get_lines:
 * @self: a #NapMergeReport
 *
 * Returns: (transfer none) (array zero-terminated=1): one translated
 *   sentence per record added or changed, in document order
 */
const char * const *
nap_merge_report_get_lines (NapMergeReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->lines->pdata;
}

/**
 * nap_merge_kind_get_label:
 *
 * Returns: (transfer none): the translated name of records of @kind, as a
 *   heading in a table of counts ("Objectives")
 */
const char *
nap_merge_kind_get_label (NapMergeKind kind)
{
  switch (kind)
    {
    case NAP_MERGE_KIND_PLAN:
      return C_("merge report", "Plan details");
    case NAP_MERGE_KIND_LEVEL:
      return C_("merge report", "Level names");
    case NAP_MERGE_KIND_EXCHANGE_RATE:
      return C_("merge report", "Exchange rates");
    case NAP_MERGE_KIND_REFERENCE:
      return C_("merge report", "References");
    case NAP_MERGE_KIND_ACTOR:
      return C_("merge report", "Actors");
    case NAP_MERGE_KIND_OBJECTIVE:
      return C_("merge report", "Objectives");
    case NAP_MERGE_KIND_INDICATOR:
      return C_("merge report", "Indicators");
    case NAP_MERGE_KIND_BUDGET_LINE:
      return C_("merge report", "Budget lines");
    case NAP_MERGE_KIND_CONSULTATION:
      return C_("merge report", "Consultations");
    case NAP_MERGE_KIND_RECOMMENDATION:
      return C_("merge report", "Recommendations");
    default:
      g_return_val_if_reached (NULL);
    }
}
