/* nap-xml-rows.h: a plan's rows read straight from its file, for export
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-store-private.h"

G_BEGIN_DECLS

/* The queries of an export, each in the order of the canonical form. A
 * query of records reads every column of the record class's description
 * (nap-model-private.h); read them by property name.
 */
typedef enum
{
  NAP_XML_ROWS_PLAN,            /* NapPlan */
  NAP_XML_ROWS_RATES,           /* NapExchangeRate */
  NAP_XML_ROWS_REFERENCES,      /* NapReference */
  NAP_XML_ROWS_ACTORS,          /* NapActor */
  NAP_XML_ROWS_LEVELS,          /* name */
  NAP_XML_ROWS_OBJECTIVE,       /* NapObjective; id = the objective */
  NAP_XML_ROWS_INDICATORS,      /* NapIndicator; id = the objective */
  NAP_XML_ROWS_BUDGET_LINES,    /* NapBudgetLine; id = the objective */
  NAP_XML_ROWS_CONSULTATIONS,   /* NapConsultation */
  NAP_XML_ROWS_GROUPS,          /* name count; id = the consultation */
  NAP_XML_ROWS_RECOMMENDATIONS, /* NapRecommendation; id = the consultation */
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
typedef struct _NapXmlRowsCursor NapXmlRowsCursor;

NapXmlRows    *nap_xml_rows_open      (NapStore          *store,
                                       gboolean           concerned_only,
                                       GError           **error);
void           nap_xml_rows_close     (NapXmlRows        *rows);

NapXmlRowsCursor *nap_xml_rows_query  (NapXmlRows        *rows,
                                       NapXmlRowsQuery    query,
                                       gint64             id,
                                       GError           **error);
gboolean       nap_xml_rows_next      (NapXmlRows        *rows,
                                       NapXmlRowsCursor  *cursor,
                                       GError           **error);

const NapXmlLink *nap_xml_rows_links  (NapXmlRows        *rows,
                                       NapXmlRowsLinks    kind,
                                       gint64             owner,
                                       guint             *n_links);
const char    *nap_xml_rows_lookup_uuid (NapXmlRows      *rows,
                                       GType              record_type,
                                       gint64             id);
const gint64  *nap_xml_rows_children  (NapXmlRows        *rows,
                                       gint64             parent_id,
                                       guint             *n_children);

const char    *nap_xml_rows_text      (NapXmlRowsCursor  *cursor,
                                       const char        *name);
const char    *nap_xml_rows_uuid      (NapXmlRowsCursor  *cursor);
gint64         nap_xml_rows_id        (NapXmlRowsCursor  *cursor,
                                       const char        *name);
const char    *nap_xml_rows_nick      (NapXmlRowsCursor  *cursor,
                                       const char        *name);
gint64         nap_xml_rows_number    (NapXmlRowsCursor  *cursor,
                                       const char        *name);
gint64         nap_xml_rows_int       (NapXmlRowsCursor  *cursor,
                                       const char        *name,
                                       gint64             minimum,
                                       gint64             maximum);

G_END_DECLS
