/* nap-xml-rows.h: a plan's rows read straight from its file, for export
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-store-private.h"

G_BEGIN_DECLS

/* The queries of an export, each in the order of the canonical form. */
typedef enum
{
  NAP_XML_ROWS_PLAN,            /* id uuid language title country period_start period_end lead_institution status currency summary */
  NAP_XML_ROWS_RATES,           /* id uuid currency rate set_on */
  NAP_XML_ROWS_REFERENCES,      /* id uuid target title */
  NAP_XML_ROWS_ACTORS,          /* id uuid kind name */
  NAP_XML_ROWS_LEVELS,          /* name */
  NAP_XML_ROWS_OBJECTIVE,       /* id uuid code title description start_date end_date status; ? = objective */
  NAP_XML_ROWS_INDICATORS,      /* id uuid title unit baseline target verification; ? = objective */
  NAP_XML_ROWS_BUDGET_LINES,    /* id uuid year amount currency status funder_id unit_cost quantity frequency label; ? = objective */
  NAP_XML_ROWS_CONSULTATIONS,   /* id uuid start_date end_date format title region place facilitator language women men other notes */
  NAP_XML_ROWS_GROUPS,          /* name count; ? = consultation */
  NAP_XML_ROWS_RECOMMENDATIONS, /* id uuid status text response; ? = consultation */
  NAP_XML_ROWS_N_QUERIES
} NapXmlRowsQuery;

/* Links between records, read once when the rows are opened. */
typedef enum
{
  NAP_XML_ROWS_OBJECTIVE_ACTORS, /* objective -> actor; role 0 lead, 1 partner, 2 monitor */
  NAP_XML_ROWS_ORGANISATIONS,    /* consultation -> actor */
  NAP_XML_ROWS_CONCERNS,         /* recommendation -> objective */
  NAP_XML_ROWS_N_LINKS
} NapXmlRowsLinks;

typedef struct
{
  gint64 other;
  int role;
} NapXmlLink;

typedef struct _NapXmlRows NapXmlRows;

NapXmlRows    *nap_xml_rows_open      (NapStore         *store,
                                       gboolean          concerned_only,
                                       GError          **error);
void           nap_xml_rows_close     (NapXmlRows       *rows);

sqlite3_stmt  *nap_xml_rows_query     (NapXmlRows       *rows,
                                       NapXmlRowsQuery   query,
                                       gint64            id,
                                       GError          **error);
gboolean       nap_xml_rows_next      (NapXmlRows       *rows,
                                       sqlite3_stmt     *stmt,
                                       GError          **error);

const NapXmlLink *nap_xml_rows_links  (NapXmlRows       *rows,
                                       NapXmlRowsLinks   kind,
                                       gint64            owner,
                                       guint            *n_links);
const char    *nap_xml_rows_lookup_uuid (NapXmlRows     *rows,
                                       GType             record_type,
                                       gint64            id);
const gint64  *nap_xml_rows_children  (NapXmlRows       *rows,
                                       gint64            parent_id,
                                       guint            *n_children);

const char    *nap_xml_rows_text      (NapXmlRows       *rows,
                                       sqlite3_stmt     *stmt,
                                       int               column);
const char    *nap_xml_rows_uuid      (NapXmlRows       *rows,
                                       sqlite3_stmt     *stmt,
                                       int               id_column,
                                       GType             record_type);
GParamSpec    *nap_xml_rows_field     (GType             record_type,
                                       const char       *property);
const char    *nap_xml_rows_nick      (sqlite3_stmt     *stmt,
                                       int               column,
                                       GParamSpec       *field);
gint64         nap_xml_rows_int       (sqlite3_stmt     *stmt,
                                       int               column,
                                       gint64            minimum,
                                       gint64            maximum);

G_END_DECLS
