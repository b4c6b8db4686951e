/* nap-xml-private.h: a NAP XML document in memory, between reading and use
 *
 * The reader turns the libxml2 tree into these plain structs, keeping each
 * record's line for the messages; the checks then fill in what they compute
 * (amounts in minor units) and the uuid index. Import and merge work from
 * here only, never from the libxml2 tree.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-enums.h"
#include "nap-project.h"
#include "nap-xml-reader.h"

struct _xmlDoc;
struct _xmlNode;

G_BEGIN_DECLS

/* What every record with an id has. */
typedef struct
{
  GType type;   /* NAP_TYPE_ACTOR, NAP_TYPE_OBJECTIVE, ... */
  char *uuid;
  int line;
} NapXmlItem;

/* A reference to another record's id, with the line it is on. */
typedef struct
{
  char *uuid;
  int line;
} NapXmlRef;

typedef struct
{
  NapXmlItem item;
  char *currency;
  char *rate;
  char *date;
} NapXmlExchangeRate;

typedef struct
{
  NapXmlItem item;
  char *href;
  char *title;
} NapXmlReference;

typedef struct
{
  NapXmlItem item;
  NapActorKind kind;
  char *name;
} NapXmlActor;

typedef struct
{
  int line;
  guint depth;
  char *name;
} NapXmlLevel;

typedef struct
{
  NapXmlItem item;
  char *title;
  char *unit;
  char *baseline;
  char *target;
  char *verification;
} NapXmlIndicator;

typedef struct
{
  NapXmlItem item;
  char *label;
  gboolean has_year;
  int year;
  char *amount_text;
  char *currency;
  NapFundingStatus status;
  NapXmlRef *funder;    /* nullable */
  char *unit_cost_text; /* nullable */
  gint64 quantity;      /* 0 when absent */
  gint64 frequency;     /* 0 when absent */

  /* Filled in by the checks. */
  gint64 amount;
  gint64 unit_cost;
} NapXmlBudgetLine;

typedef struct _NapXmlObjective NapXmlObjective;

struct _NapXmlObjective
{
  NapXmlItem item;
  NapXmlObjective *parent;           /* unowned */
  guint depth;                       /* 0 at the top */
  guint index;                       /* among its siblings */
  char *code;                        /* nullable: derived */
  char *title;
  char *description;
  GPtrArray *actors[NAP_N_ACTOR_ROLES]; /* NapXmlRef */
  char *start_date;                  /* nullable */
  char *end_date;                    /* nullable */
  int timeframe_line;
  NapObjectiveStatus status;
  GPtrArray *indicators;             /* NapXmlIndicator */
  GPtrArray *budget_lines;           /* NapXmlBudgetLine */
  GPtrArray *children;               /* NapXmlObjective */
};

typedef struct
{
  int line;
  char *name;
  int count;
} NapXmlGroup;

typedef struct
{
  NapXmlItem item;
  NapResponse status;
  char *text;
  GPtrArray *concerns;               /* NapXmlRef */
  char *response;
} NapXmlRecommendation;

typedef struct
{
  NapXmlItem item;
  char *start_date;                  /* nullable */
  char *end_date;                    /* nullable */
  NapConsultationFormat format;
  char *title;
  char *place;
  char *region;
  char *facilitator;
  char *language;
  int women;
  int men;
  int other;
  GPtrArray *groups;                 /* NapXmlGroup */
  GPtrArray *organisations;          /* NapXmlRef */
  char *notes;
  GPtrArray *recommendations;        /* NapXmlRecommendation */
} NapXmlConsultation;

struct _NapXmlDocument
{
  char *name;                        /* the file's display name */

  NapXmlItem plan;                   /* the root: its id and line */
  char *language;
  char *title;
  char *country;
  char *period_start;                /* nullable */
  char *period_end;                  /* nullable */
  int period_line;
  char *lead_institution;
  NapPlanStatus status;
  char *currency;
  int currency_line;
  GPtrArray *exchange_rates;         /* NapXmlExchangeRate */
  char *summary;
  GPtrArray *references;             /* NapXmlReference */
  GPtrArray *actors;                 /* NapXmlActor */
  GPtrArray *levels;                 /* NapXmlLevel */
  GPtrArray *objectives;             /* NapXmlObjective, top level */
  GPtrArray *consultations;          /* NapXmlConsultation */
  gboolean consultations_only;       /* content="consultations": the rest is for reference */

  /* Filled in by the checks: uuid -> NapXmlItem of any kind. */
  GHashTable *ids;
  guint n_objectives;
};

NapXmlDocument      *nap_xml_document_new      (const char       *name);
NapXmlObjective     *nap_xml_objective_new     (void);
NapXmlConsultation  *nap_xml_consultation_new  (void);
NapXmlRecommendation *nap_xml_recommendation_new (void);
NapXmlBudgetLine    *nap_xml_budget_line_new   (void);
NapXmlRef           *nap_xml_ref_new           (const char       *uuid,
                                                int               line);
void                 nap_xml_ref_free          (NapXmlRef        *ref);
void                 nap_xml_item_init         (NapXmlItem       *item,
                                                GType             type,
                                                char             *uuid,
                                                int               line);

/* nap-xml-build.c: the structs from a tree the schema accepted, and the
 * few tree helpers that the reader shares.
 */
NapXmlDocument *nap_xml_document_build (struct _xmlNode *root,
                                        const char      *name);
int             nap_xml_node_line      (struct _xmlNode *node);
gboolean        nap_xml_node_is        (struct _xmlNode *node,
                                        const char      *local_name);
char           *nap_xml_node_attribute (struct _xmlNode *node,
                                        const char      *name);
struct _xmlNode *nap_xml_node_child    (struct _xmlNode *parent,
                                        const char      *local_name);

/* nap-xml-schema.c: validation against data/nap.rng, built in. */
gboolean nap_xml_schema_validate (struct _xmlDoc  *doc,
                                  const char      *name,
                                  GError         **error);

/* nap-xml-checks.c: what the schema cannot say. */
gboolean nap_xml_document_check (NapXmlDocument  *doc,
                                 GError         **error);

/* Sets @error to "“name”, line N: message". */
void     nap_xml_set_error      (GError         **error,
                                 const char      *name,
                                 int              line,
                                 const char      *message);

/* nap-xml-import.c: model records built from the document's values. The
 * structural fields (parent, position, owner, funder) are left at 0.
 */
NapPlan           *nap_xml_plan_to_record           (NapXmlDocument       *doc);
NapExchangeRate   *nap_xml_exchange_rate_to_record  (NapXmlExchangeRate   *rate);
NapReference      *nap_xml_reference_to_record      (NapXmlReference      *reference);
NapActor          *nap_xml_actor_to_record          (NapXmlActor          *actor);
NapObjective      *nap_xml_objective_to_record      (NapXmlObjective      *objective);
NapIndicator      *nap_xml_indicator_to_record      (NapXmlIndicator      *indicator);
NapBudgetLine     *nap_xml_budget_line_to_record    (NapXmlBudgetLine     *line);
NapConsultation   *nap_xml_consultation_to_record   (NapXmlConsultation   *consultation);
NapRecommendation *nap_xml_recommendation_to_record (NapXmlRecommendation *recommendation);

G_END_DECLS
