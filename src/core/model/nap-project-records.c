/* nap-project-records.c: reading and writing any record's row
 *
 * A record class lists its fields; a field "lead-institution" is the
 * column lead_institution of the class's table. The SQL built here names
 * only tables and columns from the classes, never anything a user typed.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-checks.h"
#include "nap-error.h"
#include "nap-project-private.h"

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            GParamSpec   *pspec,
            const GValue *value)
{
  gboolean nullable = (pspec->flags & NAP_PARAM_NULLABLE) != 0;

  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *text = g_value_get_string (value);

      if (nullable && (text == NULL || *text == '\0'))
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
    }
  else if (G_VALUE_HOLDS_ENUM (value))
    sqlite3_bind_text (stmt, index,
                       nap_enum_to_nick (G_VALUE_TYPE (value), g_value_get_enum (value)),
                       -1, SQLITE_STATIC);
  else
    {
      gint64 number;

      if (G_VALUE_HOLDS_INT64 (value))
        number = g_value_get_int64 (value);
      else if (G_VALUE_HOLDS_INT (value))
        number = g_value_get_int (value);
      else if (G_VALUE_HOLDS_BOOLEAN (value))
        number = g_value_get_boolean (value);
      else
        g_assert_not_reached ();

      if (nullable && number == 0)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, number);
    }
}

/* Reads a column of a file that may have been crafted: text becomes valid
 * UTF-8, numbers and enumerations outside their range take the default.
 */
static void
column_to_value (sqlite3_stmt *stmt,
                 int           column,
                 GParamSpec   *pspec,
                 GValue       *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);
  g_param_value_set_default (pspec, value);

  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return;

  if (type == G_TYPE_STRING)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, column);
      int len = sqlite3_column_bytes (stmt, column);

      g_value_take_string (value, g_utf8_make_valid (text != NULL ? text : "", len));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int v;

      if (nap_enum_from_nick (type, (const char *) sqlite3_column_text (stmt, column), &v))
        g_value_set_enum (value, v);
    }
  else
    {
      gint64 number = sqlite3_column_int64 (stmt, column);

      if (type == G_TYPE_INT64)
        g_value_set_int64 (value, number);
      else if (type == G_TYPE_INT)
        g_value_set_int (value, (int) CLAMP (number, G_MININT, G_MAXINT));
      else if (type == G_TYPE_BOOLEAN)
        g_value_set_boolean (value, number != 0);
      g_param_value_validate (pspec, value);
    }
}

/* Loads every row of @type's table, in @order, calling @func on each. */
gboolean
nap_project_load_records (NapProject       *self,
                          GType             type,
                          const char       *order,
                          NapRecordLoadFunc func,
                          gpointer          data,
                          GError          **error)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (type);
  NapRecordClass *klass = NAP_RECORD_CLASS (type_class);
  sqlite3_stmt *stmt;
  int rc;

  stmt = nap_store_prepare (self->store, nap_record_class_select_sql (klass, order), error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NapRecord) record = NULL;
      const char *uuid = (const char *) sqlite3_column_text (stmt, 1);
      int column = 2;

      record = g_object_new (type,
                             "uuid", g_uuid_string_is_valid (uuid) ? uuid : NULL,
                             NULL);
      nap_record_set_id (record, sqlite3_column_int64 (stmt, 0));
      for (guint i = 0; i < klass->n_fields; i++)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          if (klass->fields[i]->flags & NAP_PARAM_DERIVED)
            continue;
          column_to_value (stmt, column++, klass->fields[i], &value);
          nap_record_take_field_value (record, i + 1, &value);
        }
      nap_project_index_record (self, record);
      func (self, record, data);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return nap_store_set_error (self->store, rc, error);
  return TRUE;
}

void
nap_project_index_record (NapProject *self,
                          NapRecord  *record)
{
  /* The key is the record's own string: replace, not insert, so that a
   * record that takes the place of another (a reload) brings its key, and
   * the index never keeps the freed one's.
   */
  g_hash_table_replace (self->records_by_uuid, (gpointer) nap_record_get_uuid (record), record);
}

void
nap_project_unindex_record (NapProject *self,
                            NapRecord  *record)
{
  const char *uuid = nap_record_get_uuid (record);

  if (g_hash_table_lookup (self->records_by_uuid, uuid) == record)
    g_hash_table_remove (self->records_by_uuid, uuid);
}

/* The INSERT statement of a class, made once: import writes hundreds of
 * thousands of rows, and building the text each time cost more than
 * SQLite's work.
 */
static const char *
insert_sql (NapRecordClass *klass)
{
  static GHashTable *by_class = NULL;
  G_LOCK_DEFINE_STATIC (by_class);
  const char *sql;

  G_LOCK (by_class);
  if (by_class == NULL)
    by_class = g_hash_table_new (NULL, NULL);
  sql = g_hash_table_lookup (by_class, klass);
  if (sql == NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GString) marks = g_string_new ("?");

      g_string_printf (text, "INSERT INTO %s (uuid", klass->table);
      for (guint i = 0; i < klass->n_fields; i++)
        if ((klass->fields[i]->flags & NAP_PARAM_DERIVED) == 0)
          {
            g_autofree char *column = nap_record_column_name (klass->fields[i]);
            g_string_append_printf (text, ", %s", column);
            g_string_append (marks, ", ?");
          }
      g_string_append_printf (text, ") VALUES (%s)", marks->str);
      sql = g_intern_string (text->str);
      g_hash_table_insert (by_class, klass, (gpointer) sql);
    }
  G_UNLOCK (by_class);

  return sql;
}

/**
 * nap_project_insert_record:
 * @self: a #NapProject
 * @record: a #NapRecord
 *
 * Writes a new record (its id is 0) with every field it holds, and gives it
 * the id of its row. The caller places it in the model.
 */
gboolean
nap_project_insert_record (NapProject  *self,
                           NapRecord   *record,
                           GError     **error)
{
  NapRecordClass *klass;
  sqlite3_stmt *stmt;
  int index = 2;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_RECORD (record), FALSE);
  g_return_val_if_fail (nap_record_get_id (record) == 0, FALSE);

  klass = NAP_RECORD_GET_CLASS (record);
  stmt = nap_store_prepare (self->store, insert_sql (klass), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, nap_record_get_uuid (record), -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < klass->n_fields; i++)
    if ((klass->fields[i]->flags & NAP_PARAM_DERIVED) == 0)
      bind_value (stmt, index++, klass->fields[i],
                  nap_record_get_field_value (record, i + 1));

  if (!nap_store_step_done (self->store, stmt, error))
    return FALSE;

  nap_record_set_id (record, nap_store_last_insert_id (self->store));
  nap_project_index_record (self, record);
  return TRUE;
}

/* Editing fields */

static gboolean
check_field (NapRecord    *record,
             const char   *property,
             GParamSpec  **out_pspec,
             GError      **error)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);

  if (pspec == NULL || pspec->owner_type == NAP_TYPE_RECORD
      || (pspec->flags & NAP_PARAM_DERIVED) != 0)
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   "%s has no field “%s”", G_OBJECT_TYPE_NAME (record), property);
      return FALSE;
    }

  *out_pspec = pspec;
  return TRUE;
}

/* @number as a value of the field @pspec, or %FALSE with @error set. */
static gboolean
number_to_value (GParamSpec  *pspec,
                 gint64       number,
                 GValue      *value,
                 GError     **error)
{
  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  if (G_VALUE_HOLDS_ENUM (value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (value));

      if (number < G_MININT || number > G_MAXINT || g_enum_get_value (klass, (int) number) == NULL)
        {
          g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                       "%" G_GINT64_FORMAT " is not a value of “%s”", number, pspec->name);
          return FALSE;
        }
      g_value_set_enum (value, (int) number);
    }
  else if (G_VALUE_HOLDS_INT64 (value))
    g_value_set_int64 (value, number);
  else if (G_VALUE_HOLDS_INT (value))
    {
      if (number < G_MININT || number > G_MAXINT)
        {
          g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID, _("The value is out of range."));
          return FALSE;
        }
      g_value_set_int (value, (int) number);
    }
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    g_value_set_boolean (value, number != 0);
  else
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID, "“%s” is not a number", pspec->name);
      return FALSE;
    }
  return TRUE;
}

/* Runs @sql on @record's row: its one parameter, or its last when @pspec
 * is given, is the row's id; the first is then @value, bound as @pspec's.
 */
static gboolean
run_on_row (NapProject    *self,
            const char    *sql,
            NapRecord     *record,
            GParamSpec    *pspec,
            const GValue  *value,
            GError       **error)
{
  sqlite3_stmt *stmt = nap_store_prepare (self->store, g_intern_string (sql), error);

  if (stmt == NULL)
    return FALSE;
  if (pspec != NULL)
    bind_value (stmt, 1, pspec, value);
  sqlite3_bind_int64 (stmt, pspec != NULL ? 2 : 1, nap_record_get_id (record));
  return nap_store_step_done (self->store, stmt, error);
}

/* The UPDATE of one column of a record's row, from the record's field. */
static gboolean
write_column (NapProject    *self,
              NapRecord     *record,
              GParamSpec    *pspec,
              const GValue  *value,
              GError       **error)
{
  g_autofree char *column = nap_record_column_name (pspec);
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = ? WHERE id = ?",
                                          NAP_RECORD_GET_CLASS (record)->table, column);

  return run_on_row (self, sql, record, pspec, value, error);
}

/**
 * nap_project_write_int:
 * @self: a #NapProject
 * @record: a #NapRecord that has a row
 * @property: a number field
 *
 * Writes one number field of @record's row, within an edit the caller
 * began, and nothing else: neither the checks of nap_project_set_value()
 * nor @record itself, which the caller keeps in step.
 */
gboolean
nap_project_write_int (NapProject  *self,
                       NapRecord   *record,
                       const char  *property,
                       gint64       number,
                       GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;

  if (!check_field (record, property, &pspec, error))
    return FALSE;
  if (!number_to_value (pspec, number, &value, error))
    return FALSE;
  return write_column (self, record, pspec, &value, error);
}

/**
 * nap_project_delete_row:
 * @self: a #NapProject
 * @record: a #NapRecord that has a row
 *
 * Deletes @record's row, within an edit the caller began; the file's
 * foreign keys delete what hangs from it.
 */
gboolean
nap_project_delete_row (NapProject  *self,
                        NapRecord   *record,
                        GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", NAP_RECORD_GET_CLASS (record)->table);

  return run_on_row (self, sql, record, NULL, NULL, error);
}

/**
 * nap_project_set_value:
 * @self: a #NapProject
 * @record: a #NapRecord
 * @property: the name of the property
 * @value: the new value
 *
 * Sets one field of @record in the file and, once committed, on @record.
 * An edit that breaks a rule of the plan is refused with the sentence of
 * nap_record_check_edit().
 */
gboolean
nap_project_set_value (NapProject    *self,
                       NapRecord     *record,
                       const char    *property,
                       const GValue  *value,
                       GError       **error)
{
  g_auto(GValue) normalized = G_VALUE_INIT;
  GParamSpec *pspec;
  gboolean ok;

  g_return_val_if_fail (NAP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NAP_IS_RECORD (record), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);
  g_return_val_if_fail (nap_record_get_id (record) != 0, FALSE);

  if (!check_field (record, property, &pspec, error))
    return FALSE;

  g_value_init (&normalized, G_PARAM_SPEC_VALUE_TYPE (pspec));
  if (!g_value_transform (value, &normalized)
      || !nap_record_validate_value (record, pspec, &normalized, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                     "Wrong type of value for “%s”", property);
      return FALSE;
    }

  /* An empty optional text is no text at all. */
  if (G_VALUE_HOLDS_STRING (&normalized) && (pspec->flags & NAP_PARAM_NULLABLE)
      && g_strcmp0 (g_value_get_string (&normalized), "") == 0)
    g_value_set_string (&normalized, NULL);

  /* The rules of the plan hold whoever edits. A batch (import, merge)
   * sets a record's fields one by one, through states its document does
   * not hold, and may bring what an older version stored: its records are
   * reported by the checks, not refused here.
   */
  if (self->batch_depth == 0 && !nap_record_check_edit (record, property, &normalized, error))
    return FALSE;

  {
    g_auto(GValue) current = G_VALUE_INIT;

    g_value_init (&current, G_PARAM_SPEC_VALUE_TYPE (pspec));
    g_object_get_property (G_OBJECT (record), property, &current);
    if (g_param_values_cmp (pspec, &normalized, &current) == 0)
      return TRUE;
  }

  if (!nap_project_edit_begin (self, error))
    return FALSE;
  ok = write_column (self, record, pspec, &normalized, error);
  if (!nap_project_edit_end (self, ok, error))
    return FALSE;

  g_object_set_property (G_OBJECT (record), property, &normalized);

  if (NAP_IS_OBJECTIVE (record) && g_str_equal (property, "code"))
    nap_project_renumber (self);

  nap_project_emit_changed (self);
  return TRUE;
}

/**
 * nap_project_set_string:
 * @self: a #NapProject
 * @record: a #NapRecord
 * @property: the name of the property
 * @text: (nullable): the new text
 */
gboolean
nap_project_set_string (NapProject  *self,
                        NapRecord   *record,
                        const char  *property,
                        const char  *text,
                        GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  return nap_project_set_value (self, record, property, &value, error);
}

/**
 * nap_project_set_int:
 * @self: a #NapProject
 * @record: a #NapRecord
 * @property: the name of the property
 *
 * Sets a numeric, boolean or enumerated field.
 */
gboolean
nap_project_set_int (NapProject  *self,
                     NapRecord   *record,
                     const char  *property,
                     gint64       number,
                     GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;

  g_return_val_if_fail (NAP_IS_RECORD (record), FALSE);

  if (!check_field (record, property, &pspec, error))
    return FALSE;

  if (!number_to_value (pspec, number, &value, error))
    return FALSE;

  return nap_project_set_value (self, record, property, &value, error);
}
