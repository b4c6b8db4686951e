/* nap-record.c: a row of the project file as a GObject
 *
 * The model classes declare their fields as GParamSpecs and NapRecord keeps
 * the values, so that a class is a list of fields, and the store reads and
 * writes every class the same way: a property "lead-institution" is the
 * column lead_institution of the class's table.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "nap-error.h"
#include "nap-model-private.h"
#include "nap-record.h"

typedef struct
{
  gint64 id;
  char *uuid;
  GValue *values; /* n_fields of the instance's class, allocated on first use */
} NapRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (NapRecord, nap_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GValue *
get_values (NapRecord *self)
{
  NapRecordPrivate *priv = nap_record_get_instance_private (self);

  if (priv->values == NULL)
    {
      NapRecordClass *klass = NAP_RECORD_GET_CLASS (self);

      priv->values = g_new0 (GValue, klass->n_fields);
      for (guint i = 0; i < klass->n_fields; i++)
        {
          GParamSpec *pspec = klass->fields[i];

          g_value_init (&priv->values[i], G_PARAM_SPEC_VALUE_TYPE (pspec));
          g_param_value_set_default (pspec, &priv->values[i]);
        }
    }

  return priv->values;
}

static void
nap_record_finalize (GObject *object)
{
  NapRecord *self = NAP_RECORD (object);
  NapRecordPrivate *priv = nap_record_get_instance_private (self);

  if (priv->values != NULL)
    {
      NapRecordClass *klass = NAP_RECORD_GET_CLASS (self);

      for (guint i = 0; i < klass->n_fields; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }
  g_free (priv->uuid);

  G_OBJECT_CLASS (nap_record_parent_class)->finalize (object);
}

static void
nap_record_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NapRecord *self = NAP_RECORD (object);
  NapRecordPrivate *priv = nap_record_get_instance_private (self);

  if (pspec->owner_type != NAP_TYPE_RECORD)
    {
      g_value_copy (&get_values (self)[prop_id - 1], value);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nap_record_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  NapRecord *self = NAP_RECORD (object);
  NapRecordPrivate *priv = nap_record_get_instance_private (self);

  if (pspec->owner_type != NAP_TYPE_RECORD)
    {
      GValue *slot = &get_values (self)[prop_id - 1];

      if (g_param_values_cmp (pspec, slot, value) != 0)
        {
          g_value_copy (value, slot);
          g_object_notify_by_pspec (object, pspec);
        }
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_get_int64 (value);
      break;

    case PROP_UUID:
      g_free (priv->uuid);
      priv->uuid = g_value_dup_string (value);
      if (priv->uuid == NULL)
        priv->uuid = nap_uuid_new ();
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nap_record_class_init (NapRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nap_record_finalize;
  object_class->get_property = nap_record_get_property;
  object_class->set_property = nap_record_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Identity across machines: what NAP XML uses and merge matches on. */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nap_record_init (NapRecord *self)
{
}

/**
 * nap_record_class_install_fields:
 * @klass: a #NapRecordClass
 * @table: the name of the SQL table the records are stored in
 * @pspecs: (array length=n_pspecs): the fields, index 0 unused as for
 *   g_object_class_install_properties()
 *
 * Installs the class's fields as properties kept by NapRecord.
 */
void
nap_record_class_install_fields (NapRecordClass  *klass,
                                 const char      *table,
                                 GParamSpec     **pspecs,
                                 guint            n_pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (NAP_IS_RECORD_CLASS (klass));
  g_return_if_fail (n_pspecs > 1);

  object_class->get_property = nap_record_get_property;
  object_class->set_property = nap_record_set_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);

  klass->table = table;
  klass->n_fields = n_pspecs - 1;
  klass->fields = g_new (GParamSpec *, klass->n_fields);
  for (guint i = 1; i < n_pspecs; i++)
    klass->fields[i - 1] = pspecs[i];
}

static GParamSpec *
column_pspec (const NapColumn *column)
{
  GParamFlags flags = NAP_RECORD_PARAM_FLAGS | column->flags;

  switch (column->kind)
    {
    case NAP_COLUMN_KIND_TEXT:
      return g_param_spec_string (column->name, column->label, NULL, column->text_default, flags);
    case NAP_COLUMN_KIND_INT:
      return g_param_spec_int (column->name, column->label, NULL, (int) column->minimum, (int) column->maximum,
                               (int) column->number_default, flags);
    case NAP_COLUMN_KIND_INT64:
      return g_param_spec_int64 (column->name, column->label, NULL, column->minimum, column->maximum,
                                 column->number_default, flags);
    case NAP_COLUMN_KIND_ENUM:
      return g_param_spec_enum (column->name, column->label, NULL, column->enum_type (),
                                (int) column->number_default, flags);
    default:
      g_assert_not_reached ();
    }
}

/**
 * nap_record_class_install_columns:
 * @klass: a #NapRecordClass
 * @table: the name of the SQL table the records are stored in
 * @columns: (array length=n_columns): the class's columns, indexed by
 *   prop_id: entry 0 is unused
 *
 * Installs the fields that @columns describe (see #NapColumn).
 */
void
nap_record_class_install_columns (NapRecordClass  *klass,
                                  const char      *table,
                                  const NapColumn *columns,
                                  guint            n_columns)
{
  g_autofree GParamSpec **pspecs = g_new0 (GParamSpec *, n_columns);

  for (guint i = 1; i < n_columns; i++)
    pspecs[i] = column_pspec (&columns[i]);
  nap_record_class_install_fields (klass, table, pspecs, n_columns);
}

/**
 * nap_record_class_select_sql:
 * @klass: a #NapRecordClass
 * @tail: (nullable): what follows the table's name: WHERE, ORDER BY
 *
 * Returns: (transfer none): the SELECT of the id, the UUID and every
 *   stored field of @klass, by column name, from its table, then @tail;
 *   interned
 */
const char *
nap_record_class_select_sql (NapRecordClass *klass,
                             const char     *tail)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id, uuid");

  for (guint i = 0; i < klass->n_fields; i++)
    if ((klass->fields[i]->flags & NAP_PARAM_DERIVED) == 0)
      {
        g_autofree char *column = nap_record_column_name (klass->fields[i]);
        g_string_append_printf (sql, ", %s", column);
      }
  g_string_append_printf (sql, " FROM %s", klass->table);
  if (tail != NULL && *tail != '\0')
    g_string_append_printf (sql, " %s", tail);

  return g_intern_string (sql->str);
}

/**
 * nap_record_take_field_value:
 * @prop_id: the index (1-based) of the field in the class's fields
 * @value: (transfer full): a value of the field's type; left zeroed
 *
 * Stores a field of a record that is being loaded and that nothing watches
 * yet: without the property machinery and without notification, which on
 * a large plan cost more than reading the file.
 */
void
nap_record_take_field_value (NapRecord *self,
                             guint      prop_id,
                             GValue    *value)
{
  GValue *slot;

  g_return_if_fail (NAP_IS_RECORD (self));
  g_return_if_fail (prop_id >= 1 && prop_id <= NAP_RECORD_GET_CLASS (self)->n_fields);
  g_return_if_fail (G_VALUE_TYPE (value) == G_PARAM_SPEC_VALUE_TYPE (NAP_RECORD_GET_CLASS (self)->fields[prop_id - 1]));

  slot = &get_values (self)[prop_id - 1];
  g_value_unset (slot);
  *slot = *value;
  memset (value, 0, sizeof *value);
}

/**
 * nap_record_get_id:
 * @self: a #NapRecord
 */
gint64
nap_record_get_id (NapRecord *self)
{
  NapRecordPrivate *priv = nap_record_get_instance_private (self);

  g_return_val_if_fail (NAP_IS_RECORD (self), 0);

  return priv->id;
}

/**
 * nap_record_set_id:
 * @self: a #NapRecord
 */
void
nap_record_set_id (NapRecord *self,
                   gint64     id)
{
  NapRecordPrivate *priv = nap_record_get_instance_private (self);

  g_return_if_fail (NAP_IS_RECORD (self));

  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

/**
 * nap_record_get_uuid:
 * @self: a #NapRecord
 *
 * Returns: (transfer none): the record's UUID, made on first use
 */
const char *
nap_record_get_uuid (NapRecord *self)
{
  NapRecordPrivate *priv = nap_record_get_instance_private (self);

  g_return_val_if_fail (NAP_IS_RECORD (self), NULL);

  if (priv->uuid == NULL)
    priv->uuid = nap_uuid_new ();

  return priv->uuid;
}

/**
 * nap_record_get_field_value:
 * @self: a #NapRecord
 *
 * Returns: (transfer none): the value of field @prop_id
 */
const GValue *
nap_record_get_field_value (NapRecord *self,
                            guint      prop_id)
{
  g_return_val_if_fail (NAP_IS_RECORD (self), NULL);
  g_return_val_if_fail (prop_id >= 1 && prop_id <= NAP_RECORD_GET_CLASS (self)->n_fields, NULL);

  return &get_values (self)[prop_id - 1];
}

/**
 * nap_record_get_string_field:
 * @self: a #NapRecord
 *
 * Returns: (transfer none) (nullable): the string in field @prop_id;
 *   %NULL for a nullable field that is not set
 */
const char *
nap_record_get_string_field (NapRecord *self,
                             guint      prop_id)
{
  const GValue *value = nap_record_get_field_value (self, prop_id);

  return value != NULL ? g_value_get_string (value) : NULL;
}

/**
 * nap_record_get_int_field:
 * @self: a #NapRecord
 */
gint64
nap_record_get_int_field (NapRecord *self,
                          guint      prop_id)
{
  const GValue *value = nap_record_get_field_value (self, prop_id);

  if (value == NULL)
    return 0;
  if (G_VALUE_HOLDS_INT64 (value))
    return g_value_get_int64 (value);
  if (G_VALUE_HOLDS_INT (value))
    return g_value_get_int (value);
  if (G_VALUE_HOLDS_UINT (value))
    return g_value_get_uint (value);
  if (G_VALUE_HOLDS_ENUM (value))
    return g_value_get_enum (value);
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_value_get_boolean (value);

  g_return_val_if_reached (0);
}

/**
 * nap_record_class_list_fields:
 * @klass: a #NapRecordClass
 * @n_fields: (out): where to put the number of fields
 *
 * Returns: (transfer none) (array length=n_fields): the fields installed
 *   by nap_record_class_install_fields(), in order; field @i has the
 *   prop_id @i + 1
 */
GParamSpec **
nap_record_class_list_fields (NapRecordClass *klass,
                              guint          *n_fields)
{
  g_return_val_if_fail (NAP_IS_RECORD_CLASS (klass), NULL);

  *n_fields = klass->n_fields;
  return klass->fields;
}

/**
 * nap_record_column_name:
 * @pspec: a field of a record class
 *
 * Returns: (transfer full): the name of the field's SQL column
 */
char *
nap_record_column_name (GParamSpec *pspec)
{
  return g_strdelimit (g_strdup (pspec->name), "-", '_');
}

/**
 * nap_text_is_blank:
 * @text: (nullable): the text
 *
 * Returns: whether @text is NULL, empty, or only white space
 */
gboolean
nap_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/**
 * nap_date_is_valid_iso:
 * @text: (nullable): the text
 */
gboolean
nap_date_is_valid_iso (const char *text)
{
  guint y, m, d;
  char tail;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;

  return g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

/**
 * nap_uuid_new:
 *
 * Returns: (transfer full): a new random UUID, as a string
 */
char *
nap_uuid_new (void)
{
  return g_uuid_string_random ();
}

/**
 * nap_record_validate_value:
 * @self: a #NapRecord
 * @pspec: a #GParamSpec
 * @value: the new value
 *
 * Checks what every field of any class must satisfy before it is stored:
 * valid UTF-8 without NUL, dates in ISO 8601, numbers within the
 * property's range, known enumeration values.
 */
gboolean
nap_record_validate_value (NapRecord     *self,
                           GParamSpec    *pspec,
                           const GValue  *value,
                           GError       **error)
{
  g_return_val_if_fail (NAP_IS_RECORD (self), FALSE);

  if (!g_value_type_compatible (G_VALUE_TYPE (value), G_PARAM_SPEC_VALUE_TYPE (pspec)))
    {
      g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                   "Wrong type of value for “%s”", pspec->name);
      return FALSE;
    }

  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *text = g_value_get_string (value);

      if (text != NULL && !g_utf8_validate (text, -1, NULL))
        {
          g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                               _("The text is not valid UTF-8."));
          return FALSE;
        }
      if ((pspec->flags & NAP_PARAM_DATE) != 0 && text != NULL && *text != '\0'
          && !nap_date_is_valid_iso (text))
        {
          /* Translators: %s is what was typed as a date */
          g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                       _("“%s” is not a valid date; write it as YYYY-MM-DD."), text);
          return FALSE;
        }
      return TRUE;
    }

  {
    g_auto(GValue) copy = G_VALUE_INIT;

    g_value_init (&copy, G_VALUE_TYPE (value));
    g_value_copy (value, &copy);
    if (g_param_value_validate (pspec, &copy))
      {
        /* Counts (of participants...) are the usual case: say what is wrong. */
        if (G_IS_PARAM_SPEC_INT (pspec) && G_PARAM_SPEC_INT (pspec)->minimum == 0
            && g_value_get_int (value) < 0)
          g_set_error_literal (error, NAP_ERROR, NAP_ERROR_INVALID,
                               _("A number cannot be negative; write 0 or more."));
        else
          g_set_error (error, NAP_ERROR, NAP_ERROR_INVALID,
                       _("The value is out of range."));
        return FALSE;
      }
  }

  return TRUE;
}
