/* nap-project-parts.c: actors, indicators, budget lines, exchange rates and
 * references, and deleting any of them
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-iso-codes.h"
#include "nap-project-private.h"
#include "nap-rate.h"

static gboolean
check_text (const char  *text,
            gboolean     required,
            const char  *what,
            GError     **error)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID, _("The text is not valid UTF-8."));
      return FALSE;
    }
  if (required && nap_text_is_blank (text))
    {
      /* Translators: %s is the name of a field, such as "name" */
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID, _("The %s cannot be empty."), what);
      return FALSE;
    }
  return TRUE;
}

/* Inserts @record in one edit and, once committed, appends it to @list. */
static gboolean
add_record (NapProject  *self,
            NapRecord   *record,
            GListStore  *list,
            GError     **error)
{
  gboolean ok;

  if (!nap_project_edit_begin (self, error))
    return FALSE;
  ok = nap_project_insert_record (self, record, error);
  if (!nap_project_edit_end (self, ok, error))
    {
      nap_project_unindex_record (self, record);
      return FALSE;
    }

  g_list_store_append (list, record);
  nap_project_emit_changed (self);
  return TRUE;
}

/**
 * nap_project_add_actor:
 * @self: a #NapProject
 * @name: the name
 *
 * Returns: (transfer none): the new actor, or %NULL with @error set
 */
NapActor *
nap_project_add_actor (NapProject    *self,
                       const char    *name,
                       NapActorKind   kind,
                       GError       **error)
{
  g_autoptr(NapActor) actor = NULL;
  gint64 *key;

  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  if (!check_text (name, TRUE, _("name"), error))
    return NULL;

  actor = g_object_new (NAP_TYPE_ACTOR, "name", name, "kind", kind, NULL);
  if (!add_record (self, NAP_RECORD (actor), self->actors, error))
    return NULL;

  key = g_new (gint64, 1);
  *key = nap_record_get_id (NAP_RECORD (actor));
  g_hash_table_insert (self->actors_by_id, key, actor);
  return actor;
}

/**
 * nap_project_find_actor_by_name:
 * @self: a #NapProject
 * @name: the name
 *
 * Returns: (transfer none) (nullable): the actor whose name is @name,
 *   ignoring case
 */
NapActor *
nap_project_find_actor_by_name (NapProject *self,
                                const char *name)
{
  g_autofree char *wanted = NULL;
  guint n;

  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  wanted = g_utf8_casefold (name, -1);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->actors));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapActor) actor = g_list_model_get_item (G_LIST_MODEL (self->actors), i);
      g_autofree char *folded = g_utf8_casefold (nap_actor_get_name (actor), -1);

      if (g_str_equal (folded, wanted))
        return actor;
    }
  return NULL;
}

/**
 * nap_project_add_objective_actor:
 * @self: a #NapProject
 * @objective: a #NapObjective
 * @actor: a #NapActor
 */
gboolean
nap_project_add_objective_actor (NapProject    *self,
                                 NapObjective  *objective,
                                 NapActorRole   role,
                                 NapActor      *actor,
                                 GError       **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (role < NAP_N_ACTOR_ROLES, FALSE);
  g_return_val_if_fail (NAP_IS_ACTOR (actor), FALSE);

  if (g_list_store_find (objective->actors[role], actor, NULL))
    return TRUE;

  if (!nap_project_edit_begin (self, error))
    return FALSE;
  stmt = nap_store_prepare (self->store,
                            "INSERT INTO objective_actor (objective_id, actor_id, role, position)"
                            " VALUES (?, ?, ?, ?)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, nap_record_get_id (NAP_RECORD (objective)));
      sqlite3_bind_int64 (stmt, 2, nap_record_get_id (NAP_RECORD (actor)));
      sqlite3_bind_text (stmt, 3, nap_enum_to_nick (NAP_TYPE_ACTOR_ROLE, role), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, (int) g_list_model_get_n_items (G_LIST_MODEL (objective->actors[role])));
      ok = nap_store_step_done (self->store, stmt, error);
    }
  if (!nap_project_edit_end (self, ok, error))
    return FALSE;

  g_list_store_append (objective->actors[role], actor);
  nap_project_emit_changed (self);
  return TRUE;
}

/**
 * nap_project_remove_objective_actor:
 * @self: a #NapProject
 * @objective: a #NapObjective
 * @actor: a #NapActor
 */
gboolean
nap_project_remove_objective_actor (NapProject    *self,
                                    NapObjective  *objective,
                                    NapActorRole   role,
                                    NapActor      *actor,
                                    GError       **error)
{
  sqlite3_stmt *stmt;
  guint index;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (role < NAP_N_ACTOR_ROLES, FALSE);
  g_return_val_if_fail (NAP_IS_ACTOR (actor), FALSE);

  if (!g_list_store_find (objective->actors[role], actor, &index))
    return TRUE;

  if (!nap_project_edit_begin (self, error))
    return FALSE;
  stmt = nap_store_prepare (self->store,
                            "DELETE FROM objective_actor WHERE objective_id = ? AND actor_id = ? AND role = ?",
                            error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, nap_record_get_id (NAP_RECORD (objective)));
      sqlite3_bind_int64 (stmt, 2, nap_record_get_id (NAP_RECORD (actor)));
      sqlite3_bind_text (stmt, 3, nap_enum_to_nick (NAP_TYPE_ACTOR_ROLE, role), -1, SQLITE_STATIC);
      ok = nap_store_step_done (self->store, stmt, error)
           && nap_project_pack_positions (self, NAP_PACK_OBJECTIVE_ACTORS, error);
    }
  if (!nap_project_edit_end (self, ok, error))
    return FALSE;

  g_list_store_remove (objective->actors[role], index);
  nap_project_emit_changed (self);
  return TRUE;
}

/**
 * nap_project_add_indicator:
 * @self: a #NapProject
 * @objective: a #NapObjective
 * @title: the title
 *
 * Returns: (transfer none): the new indicator, or %NULL with @error set
 */
NapIndicator *
nap_project_add_indicator (NapProject    *self,
                           NapObjective  *objective,
                           const char    *title,
                           GError       **error)
{
  g_autoptr(NapIndicator) indicator = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), NULL);

  if (!check_text (title, FALSE, NULL, error))
    return NULL;

  indicator = g_object_new (NAP_TYPE_INDICATOR,
                            "objective-id", nap_record_get_id (NAP_RECORD (objective)),
                            "position", (int) g_list_model_get_n_items (G_LIST_MODEL (objective->indicators)),
                            "title", title != NULL ? title : "",
                            NULL);
  if (!add_record (self, NAP_RECORD (indicator), objective->indicators, error))
    return NULL;
  return indicator;
}

static gboolean
is_currency_code (const char *code)
{
  return code != NULL && nap_iso_codes_is_currency (code);
}

/**
 * nap_project_add_budget_line:
 * @self: a #NapProject
 * @objective: a #NapObjective
 * @label: the label
 * @amount: in minor units of @currency
 * @currency: (nullable): ISO 4217 code; %NULL for the plan currency
 *
 * Returns: (transfer none): the new budget line, or %NULL with @error set
 */
NapBudgetLine *
nap_project_add_budget_line (NapProject    *self,
                             NapObjective  *objective,
                             const char    *label,
                             gint64         amount,
                             const char    *currency,
                             GError       **error)
{
  g_autoptr(NapBudgetLine) line = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (NAP_IS_OBJECTIVE (objective), NULL);

  if (currency == NULL)
    currency = nap_plan_get_currency (self->plan);
  if (!is_currency_code (currency))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("“%s” is not a currency code of ISO 4217; use three capital letters such as XOF."), currency);
      return NULL;
    }
  if (!check_text (label, FALSE, NULL, error))
    return NULL;

  line = g_object_new (NAP_TYPE_BUDGET_LINE,
                       "objective-id", nap_record_get_id (NAP_RECORD (objective)),
                       "position", (int) g_list_model_get_n_items (G_LIST_MODEL (objective->budget_lines)),
                       "label", label != NULL ? label : "",
                       "amount", amount,
                       "currency", currency,
                       NULL);
  if (!add_record (self, NAP_RECORD (line), objective->budget_lines, error))
    return NULL;
  return line;
}

/**
 * nap_project_set_exchange_rate:
 * @self: a #NapProject
 * @currency: an ISO 4217 currency code
 * @rate: a positive decimal, the value of one unit of @currency in the
 *   plan currency
 * @set_on: (nullable): the day the rate was set (ISO 8601), or %NULL or ""
 *   if not known
 *
 * Adds or replaces the rate for @currency.
 *
 * Returns: (transfer none): the rate, or %NULL with @error set
 */
NapExchangeRate *
nap_project_set_exchange_rate (NapProject  *self,
                               const char  *currency,
                               const char  *rate,
                               const char  *set_on,
                               GError     **error)
{
  g_autoptr(NapExchangeRate) record = NULL;
  g_autofree char *normalized = NULL;
  guint n;

  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  if (!is_currency_code (currency))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("“%s” is not a currency code of ISO 4217; use three capital letters such as XOF."),
                   currency != NULL ? currency : "");
      return NULL;
    }
  /* NAP XML refuses a rate of the plan currency into itself. */
  if (g_strcmp0 (currency, nap_plan_get_currency (self->plan)) == 0)
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("%s is the plan currency; exchange rates are for the other currencies."), currency);
      return NULL;
    }
  /* What every stored rate must be to export: nap-rate.c. */
  normalized = nap_rate_normalize (rate, error);
  if (normalized == NULL)
    return NULL;
  rate = normalized;
  if (set_on != NULL && *set_on != '\0' && !nap_date_is_valid_iso (set_on))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("“%s” is not a valid date; write it as YYYY-MM-DD."), set_on);
      return NULL;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->exchange_rates));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapExchangeRate) existing = g_list_model_get_item (G_LIST_MODEL (self->exchange_rates), i);

      if (g_str_equal (nap_exchange_rate_get_currency (existing), currency))
        {
          gboolean ok = nap_project_begin_batch (self, error)
                        && nap_project_set_string (self, NAP_RECORD (existing), "rate", rate, error)
                        && nap_project_set_string (self, NAP_RECORD (existing), "set-on", set_on, error);

          if (!nap_project_end_batch (self, ok, error))
            return NULL;
          return existing;
        }
    }

  record = g_object_new (NAP_TYPE_EXCHANGE_RATE,
                         "currency", currency,
                         "rate", rate,
                         "set-on", set_on,
                         NULL);
  if (!add_record (self, NAP_RECORD (record), self->exchange_rates, error))
    return NULL;
  return record;
}

/**
 * nap_project_add_reference:
 * @self: a #NapProject
 * @title: the title
 * @target: (nullable): where the reference is found (a URL...), or %NULL
 *
 * Returns: (transfer none): the new reference, or %NULL with @error set
 */
NapReference *
nap_project_add_reference (NapProject  *self,
                           const char  *title,
                           const char  *target,
                           GError     **error)
{
  g_autoptr(NapReference) reference = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (self), NULL);

  if (!check_text (title, TRUE, _("title"), error) || !check_text (target, FALSE, NULL, error))
    return NULL;

  reference = g_object_new (NAP_TYPE_REFERENCE,
                            "position", (int) g_list_model_get_n_items (G_LIST_MODEL (self->references)),
                            "title", title,
                            "target", target != NULL ? target : "",
                            NULL);
  if (!add_record (self, NAP_RECORD (reference), self->references, error))
    return NULL;
  return reference;
}

/* The list in memory that holds @record. */
static GListStore *
list_of (NapProject *self,
         NapRecord  *record)
{
  if (NAP_IS_ACTOR (record))
    return self->actors;
  if (NAP_IS_CONSULTATION (record))
    return self->consultations;
  if (NAP_IS_EXCHANGE_RATE (record))
    return self->exchange_rates;
  if (NAP_IS_REFERENCE (record))
    return self->references;
  if (NAP_IS_INDICATOR (record) || NAP_IS_BUDGET_LINE (record))
    {
      gint64 objective_id = 0;
      NapObjective *objective;

      g_object_get (record, "objective-id", &objective_id, NULL);
      objective = nap_project_lookup_objective (self, objective_id);
      if (objective == NULL)
        return NULL;
      return NAP_IS_INDICATOR (record) ? objective->indicators : objective->budget_lines;
    }
  if (NAP_IS_RECOMMENDATION (record))
    {
      NapConsultation *consultation = NAP_RECOMMENDATION (record)->consultation;
      return consultation != NULL ? consultation->recommendations : NULL;
    }
  return NULL;
}

static void
remove_everywhere (GListModel *lists,
                   gpointer    item)
{
  guint index;

  if (g_list_store_find (G_LIST_STORE (lists), item, &index))
    g_list_store_remove (G_LIST_STORE (lists), index);
}

/* After an actor is deleted, no objective or session may still show it. */
static void
forget_actor (NapProject *self,
              NapActor   *actor)
{
  GHashTableIter iter;
  gpointer value;
  gint64 id = nap_record_get_id (NAP_RECORD (actor));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->consultations));

  g_hash_table_iter_init (&iter, self->objectives_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      NapObjective *objective = value;
      GListModel *lines = G_LIST_MODEL (objective->budget_lines);

      for (guint role = 0; role < NAP_N_ACTOR_ROLES; role++)
        remove_everywhere (G_LIST_MODEL (objective->actors[role]), actor);
      for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
        {
          g_autoptr(NapBudgetLine) line = g_list_model_get_item (lines, i);

          if (nap_budget_line_get_funder_id (line) == id)
            g_object_set (line, "funder-id", (gint64) 0, NULL);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapConsultation) consultation = g_list_model_get_item (G_LIST_MODEL (self->consultations), i);
      remove_everywhere (G_LIST_MODEL (consultation->organisations), actor);
    }
  g_hash_table_remove (self->actors_by_id, &id);
}

/**
 * nap_project_delete_record:
 * @self: a #NapProject
 * @record: a #NapRecord
 */
gboolean
nap_project_delete_record (NapProject  *self,
                           NapRecord   *record,
                           GError     **error)
{
  g_autoptr(NapRecord) keep = NULL;
  GListStore *list;
  guint index;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_RECORD (record), FALSE);
  g_return_val_if_fail (!NAP_IS_OBJECTIVE (record) && !NAP_IS_PLAN (record), FALSE);

  list = list_of (self, record);
  if (list == NULL || !g_list_store_find (list, record, &index))
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_NOT_FOUND,
                           _("This item is no longer in the plan."));
      return FALSE;
    }

  if (!nap_project_edit_begin (self, error))
    return FALSE;
  ok = nap_project_delete_row (self, record, error);
  /* The rows that went with an actor, or the recommendation, leave gaps. */
  if (ok && NAP_IS_ACTOR (record))
    ok = nap_project_pack_positions (self, NAP_PACK_ORGANISATIONS, error)
         && nap_project_pack_positions (self, NAP_PACK_OBJECTIVE_ACTORS, error);
  if (ok && NAP_IS_RECOMMENDATION (record))
    ok = nap_project_pack_positions (self, NAP_PACK_RECOMMENDATIONS, error);
  if (!nap_project_edit_end (self, ok, error))
    return FALSE;

  keep = g_object_ref (record);
  g_list_store_remove (list, index);
  nap_project_unindex_record (self, record);
  if (NAP_IS_ACTOR (record))
    forget_actor (self, NAP_ACTOR (record));
  if (NAP_IS_RECOMMENDATION (record) && NAP_RECOMMENDATION (record)->consultation != NULL)
    nap_project_renumber_recommendations (NAP_RECOMMENDATION (record)->consultation);
  if (NAP_IS_CONSULTATION (record))
    {
      GListModel *recommendations = G_LIST_MODEL (NAP_CONSULTATION (record)->recommendations);

      for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
        {
          g_autoptr(NapRecord) recommendation = g_list_model_get_item (recommendations, i);
          nap_project_unindex_record (self, recommendation);
        }
    }
  nap_project_emit_changed (self);
  return TRUE;
}
