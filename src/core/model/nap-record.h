/* nap-record.h: a row of the project file as a GObject
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A property with this flag is computed, not a column of the record's table. */
#define NAP_PARAM_DERIVED (1 << G_PARAM_USER_SHIFT)
/* 0 or a NULL string is stored as SQL NULL, and SQL NULL reads as 0 / NULL. */
#define NAP_PARAM_NULLABLE (1 << (G_PARAM_USER_SHIFT + 1))
/* A string property that holds an ISO 8601 date (YYYY-MM-DD) or NULL. */
#define NAP_PARAM_DATE (1 << (G_PARAM_USER_SHIFT + 2))

#define NAP_RECORD_PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

#define NAP_TYPE_RECORD (nap_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (NapRecord, nap_record, NAP, RECORD, GObject)

struct _NapRecordClass
{
  GObjectClass parent_class;

  /* The SQL table that holds records of this class. */
  const char *table;

  /*< private >*/
  GParamSpec **fields;
  guint n_fields;
  gpointer padding[4];
};

void         nap_record_class_install_fields (NapRecordClass  *klass,
                                              const char      *table,
                                              GParamSpec     **pspecs,
                                              guint            n_pspecs);

gint64       nap_record_get_id               (NapRecord       *self);
void         nap_record_set_id               (NapRecord       *self,
                                              gint64           id);
const char  *nap_record_get_uuid             (NapRecord       *self);

/* Fast typed access for the subclasses' accessors; prop_id is the index
 * (1-based) in the subclass's own pspec array.
 */
const char  *nap_record_get_string_field     (NapRecord       *self,
                                              guint            prop_id);
gint64       nap_record_get_int_field        (NapRecord       *self,
                                              guint            prop_id);
const GValue *nap_record_get_field_value     (NapRecord       *self,
                                              guint            prop_id);

GParamSpec **nap_record_class_list_fields    (NapRecordClass  *klass,
                                              guint           *n_fields);
char        *nap_record_column_name          (GParamSpec      *pspec);

gboolean     nap_record_validate_value       (NapRecord       *self,
                                              GParamSpec      *pspec,
                                              const GValue    *value,
                                              GError         **error);

gboolean     nap_text_is_blank               (const char      *text);
gboolean     nap_date_is_valid_iso           (const char      *text);
char        *nap_uuid_new                    (void);

G_END_DECLS
