/* nap-record-private.h: the one description of each record table
 *
 * Private to src/core: the columns a record class stores, from which the
 * store's SQL is built.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-record.h"

G_BEGIN_DECLS

/* One column of a record class's table, and the property that holds it:
 * the one description of a table. A class lists its columns in a static
 * array indexed by its PROP_ enum (entry 0 unused) and installs it with
 * nap_record_class_install_columns(); the property "lead-institution" is
 * the column lead_institution. Loading, inserting, editing (nap-project-
 * records.c) and export (nap-xml-rows.c) build their SQL from it, so a new
 * field is one entry here plus a migration (docs/hacking-fields.md).
 */
typedef enum
{
  NAP_COLUMN_KIND_TEXT,
  NAP_COLUMN_KIND_INT,
  NAP_COLUMN_KIND_INT64,
  NAP_COLUMN_KIND_ENUM,
} NapColumnKind;

typedef struct
{
  const char *name;          /* the property; '-' is '_' in the column */
  const char *label;         /* what a merge report calls it, marked with
                              * NC_("changed field", ...); NULL for a
                              * structural or derived field */
  NapColumnKind kind;
  guint flags;               /* NAP_PARAM_* on top of NAP_RECORD_PARAM_FLAGS */
  const char *text_default;  /* NAP_COLUMN_KIND_TEXT */
  gint64 minimum;            /* NAP_COLUMN_KIND_INT, NAP_COLUMN_KIND_INT64 */
  gint64 maximum;
  gint64 number_default;     /* numbers, and the value of an enumeration */
  GType (*enum_type) (void); /* NAP_COLUMN_KIND_ENUM */
} NapColumn;

/* A field that says where a record is (its owner, its place, a link to
 * another row), not what it says: merge leaves it alone.
 */
#define NAP_PARAM_STRUCTURAL (1 << (G_PARAM_USER_SHIFT + 3))

/* Text, "" unless said; NULL for an optional date. */
#define NAP_COLUMN_TEXT_DEFAULT(name, label, text, flags) \
  { (name), (label), NAP_COLUMN_KIND_TEXT, (flags), (text), 0, 0, 0, NULL }
#define NAP_COLUMN_TEXT(name, label) NAP_COLUMN_TEXT_DEFAULT (name, label, "", 0)
#define NAP_COLUMN_DATE(name, label) \
  NAP_COLUMN_TEXT_DEFAULT (name, label, NULL, NAP_PARAM_DATE | NAP_PARAM_NULLABLE)
/* Numbers from @min to @max, 0 by default. */
#define NAP_COLUMN_INT(name, label, min, max, flags) \
  { (name), (label), NAP_COLUMN_KIND_INT, (flags), NULL, (min), (max), 0, NULL }
#define NAP_COLUMN_INT64(name, label, min, max, flags) \
  { (name), (label), NAP_COLUMN_KIND_INT64, (flags), NULL, (min), (max), 0, NULL }
/* The id of another record (0: none when NAP_PARAM_NULLABLE). */
#define NAP_COLUMN_ID(name, flags) \
  NAP_COLUMN_INT64 (name, NULL, 0, G_MAXINT64, NAP_PARAM_STRUCTURAL | (flags))
/* The place among the siblings, from 0. */
#define NAP_COLUMN_POSITION \
  NAP_COLUMN_INT ("position", NULL, 0, G_MAXINT, NAP_PARAM_STRUCTURAL)
/* @type_func is the enumeration's get_type function; stored as its nick. */
#define NAP_COLUMN_ENUM(name, label, type_func, value) \
  { (name), (label), NAP_COLUMN_KIND_ENUM, 0, NULL, 0, 0, (value), (type_func) }

void nap_record_class_install_columns (NapRecordClass  *klass,
                                       const char      *table,
                                       const NapColumn *columns,
                                       guint            n_columns);

const char *nap_record_class_select_sql (NapRecordClass *klass,
                                         const char     *tail);

void nap_record_take_field_value (NapRecord *self,
                                  guint      prop_id,
                                  GValue    *value);

G_END_DECLS
