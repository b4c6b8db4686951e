/* nap-xml-rows.c: a plan's rows read straight from its file, for export
 *
 * Export reads the project file with SQL in the order of the canonical form
 * instead of building the plan's objects first: on a large plan, making
 * the objects cost more than writing the XML. Both the window and nap-tool
 * export this way, so there is one export, whatever opened the plan.
 *
 * What a crafted file may hold is read as NapProject reads it
 * (nap-project-records.c): text becomes valid UTF-8, numbers out of range
 * are clamped, an unknown enumeration nick takes the field's default, an
 * invalid UUID is replaced, and an objective tree with a loop is refused.
 * A whole export is one read transaction: a plan edited in another window
 * meanwhile is written as it was when the export began.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nap-error.h"
#include "nap-model-private.h"
#include "nap-project.h"
#include "nap-xml-rows.h"

/* Each query reads one record class's table, with the SELECT list that
 * the class's column description makes (nap_record_class_select_sql()),
 * and the writer reads its columns by property name: the tables are
 * described once, in the record classes. Levels and participant groups
 * are not records: their queries are written here, and read by name too.
 *
 * The ORDER BY of each list is the order NapProject shows it in. The links
 * between records (actors of an objective, organisations at a session,
 * objectives a recommendation concerns) and the UUIDs they point to are
 * read once, in nap_xml_rows_open(): a query per objective cost more than
 * writing it.
 */
typedef struct
{
  GType (*record_type) (void); /* NULL: sql is the whole query */
  const char *sql;             /* what follows the table's name */
  const char *scan;            /* the same for every owner at once, or NULL */
  const char *owner;           /* the column that names a scan's owner */
} Query;

static const Query queries[NAP_XML_ROWS_N_QUERIES] = {
  [NAP_XML_ROWS_PLAN] = { nap_plan_get_type, "WHERE id = 1" },
  [NAP_XML_ROWS_RATES] = { nap_exchange_rate_get_type, "ORDER BY currency, id" },
  [NAP_XML_ROWS_REFERENCES] = { nap_reference_get_type, "ORDER BY position, id" },
  [NAP_XML_ROWS_ACTORS] = { nap_actor_get_type, "ORDER BY id" },
  [NAP_XML_ROWS_LEVELS] = { NULL, "SELECT name FROM level ORDER BY depth" },
  [NAP_XML_ROWS_OBJECTIVE] = {
    nap_objective_get_type, "WHERE id = ?",
    "ORDER BY id", "id"
  },
  [NAP_XML_ROWS_INDICATORS] = {
    nap_indicator_get_type, "WHERE objective_id = ? ORDER BY position, id",
    "ORDER BY objective_id, position, id", "objective-id"
  },
  [NAP_XML_ROWS_BUDGET_LINES] = {
    nap_budget_line_get_type, "WHERE objective_id = ? ORDER BY position, id",
    "ORDER BY objective_id, position, id", "objective-id"
  },
  /* Dated sessions first, by date; then the others in the order entered. */
  [NAP_XML_ROWS_CONSULTATIONS] = {
    nap_consultation_get_type, "ORDER BY IFNULL (start_date, '') = '', IFNULL (start_date, ''), id"
  },
  [NAP_XML_ROWS_GROUPS] = {
    NULL, "SELECT name, count FROM participant_group WHERE consultation_id = ? ORDER BY position, name"
  },
  [NAP_XML_ROWS_RECOMMENDATIONS] = {
    nap_recommendation_get_type, "WHERE consultation_id = ? ORDER BY position, id",
    "ORDER BY consultation_id, position, id", "consultation-id"
  },
};

/* By owner, then in order; read by the names owner, other and role. */
static const char * const link_queries[NAP_XML_ROWS_N_LINKS] = {
  [NAP_XML_ROWS_OBJECTIVE_ACTORS] =
    "SELECT objective_id AS owner, actor_id AS other, role FROM"
    " (SELECT objective_id, actor_id, position, rowid AS row,"
    "  CASE role WHEN 'lead' THEN 0 WHEN 'partner' THEN 1 WHEN 'monitor' THEN 2 END AS role"
    "  FROM objective_actor)"
    " WHERE role IS NOT NULL ORDER BY objective_id, role, position, row",
  [NAP_XML_ROWS_ORGANISATIONS] =
    "SELECT consultation_id AS owner, actor_id AS other, 0 AS role FROM consultation_actor"
    " ORDER BY consultation_id, position, rowid",
  [NAP_XML_ROWS_CONCERNS] =
    "SELECT ro.recommendation_id AS owner, ro.objective_id AS other, 0 AS role"
    " FROM recommendation_objective AS ro"
    " JOIN recommendation AS r ON r.id = ro.recommendation_id"
    " JOIN consultation AS c ON c.id = r.consultation_id"
    " ORDER BY ro.recommendation_id, ro.rowid",
};

/* The columns of a query, by the name of the property that holds them. */
typedef struct
{
  GHashTable *index;    /* property name -> column + 1 */
  GPtrArray *fields;    /* column -> its GParamSpec, or NULL */
} Columns;

struct _NapXmlRowsCursor
{
  NapXmlRows *rows;
  NapXmlRowsQuery query;
  sqlite3_stmt *stmt;
  Columns *columns;
  GPtrArray *made_valid;  /* text repaired in the current row */
  gboolean is_scan;
  /* A scan: */
  int owner_column;
  gint64 owner;           /* whose rows nap_xml_rows_next() gives now */
  guint started : 1;
  guint at_row : 1;       /* stmt is on a row: not given yet, or given last */
  guint given : 1;        /* that row has been given */
};

struct _NapXmlRows
{
  NapStore *store;
  NapXmlRowsCursor statements[NAP_XML_ROWS_N_QUERIES];
  NapXmlRowsCursor scans[NAP_XML_ROWS_N_QUERIES];
  Columns columns[NAP_XML_ROWS_N_QUERIES];
  GHashTable *links[NAP_XML_ROWS_N_LINKS];       /* owner id -> GArray of NapXmlLink */
  GHashTable *children;       /* parent id (0: the top) -> GArray of gint64 */
  GHashTable *actor_uuids;    /* id -> UUID */
  GHashTable *objective_uuids;
  GHashTable *replaced;       /* "Type:id" -> UUID made for an invalid one */
  gboolean reading;
};

/* The column of @stmt named @name (an SQL name or alias). */
static int
column_of (sqlite3_stmt *stmt,
           const char   *name)
{
  int n = sqlite3_column_count (stmt);

  for (int i = 0; i < n; i++)
    if (g_strcmp0 (sqlite3_column_name (stmt, i), name) == 0)
      return i;
  g_return_val_if_reached (-1);
}

static GHashTable *
int64_table (GDestroyNotify value_free)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, value_free);
}

static void
int64_insert (GHashTable *table,
              gint64      id,
              gpointer    value)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  g_hash_table_insert (table, key, value);
}

static GArray *
array_for (GHashTable *table,
           gint64      id,
           gsize       element_size)
{
  GArray *list = g_hash_table_lookup (table, &id);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, (guint) element_size);
      int64_insert (table, id, list);
    }
  return list;
}

/* The record's UUID, or for one that is not a UUID, one made for it that
 * stays the same for the whole export; @uuid is the text in the file.
 */
static const char *
valid_uuid (NapXmlRows *rows,
            const char *uuid,
            gint64      id,
            GType       record_type)
{
  g_autofree char *key = NULL;
  char *made;

  if (G_LIKELY (uuid != NULL && g_uuid_string_is_valid (uuid)))
    return uuid;

  key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, g_type_name (record_type), id);
  made = g_hash_table_lookup (rows->replaced, key);
  if (made == NULL)
    {
      made = g_uuid_string_random ();
      g_hash_table_insert (rows->replaced, g_steal_pointer (&key), made);
    }
  return made;
}

static gboolean
step_error (NapXmlRows    *rows,
            sqlite3_stmt  *stmt,
            int            rc,
            GError       **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  return nap_store_set_error (rows->store, rc, error);
}

static gboolean
load_links (NapXmlRows       *rows,
            NapXmlRowsLinks   kind,
            GError          **error)
{
  sqlite3_stmt *stmt = nap_store_prepare (rows->store, link_queries[kind], error);
  GArray *list = NULL;
  gint64 owner = 0;
  int rc;

  int owner_column, other_column, role_column;

  if (stmt == NULL)
    return FALSE;
  owner_column = column_of (stmt, "owner");
  other_column = column_of (stmt, "other");
  role_column = column_of (stmt, "role");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NapXmlLink link = { sqlite3_column_int64 (stmt, other_column), sqlite3_column_int (stmt, role_column) };

      if (list == NULL || sqlite3_column_int64 (stmt, owner_column) != owner)
        {
          owner = sqlite3_column_int64 (stmt, owner_column);
          list = array_for (rows->links[kind], owner, sizeof (NapXmlLink));
        }
      g_array_append_val (list, link);
    }
  return step_error (rows, stmt, rc, error);
}

static gboolean
load_actors (NapXmlRows  *rows,
             GError     **error)
{
  sqlite3_stmt *stmt = nap_store_prepare (rows->store, "SELECT id, uuid FROM actor", error);
  int rc;

  int id_column, uuid_column;

  if (stmt == NULL)
    return FALSE;
  id_column = column_of (stmt, "id");
  uuid_column = column_of (stmt, "uuid");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, id_column);
      const char *uuid = (const char *) sqlite3_column_text (stmt, uuid_column);

      int64_insert (rows->actor_uuids, id, g_strdup (valid_uuid (rows, uuid, id, NAP_TYPE_ACTOR)));
    }
  return step_error (rows, stmt, rc, error);
}

/* The objectives that recommendations concern, and their ancestors. */
static GHashTable *
collect_concerned (NapXmlRows *rows,
                   GHashTable *parents)
{
  GHashTable *wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTable *concerns = rows->links[NAP_XML_ROWS_CONCERNS];
  GHashTableIter iter;
  GArray *list;

  g_hash_table_iter_init (&iter, concerns);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &list))
    for (guint i = 0; i < list->len; i++)
      {
        gint64 id = g_array_index (list, NapXmlLink, i).other;
        gpointer key, parent;

        /* Up to the top, or to an objective already wanted, whose
         * ancestors are then too; a loop is refused later.
         */
        for (guint steps = 0; steps <= g_hash_table_size (parents); steps++)
          {
            if (!g_hash_table_lookup_extended (parents, &id, &key, &parent)
                || !g_hash_table_add (wanted, key))
              break;
            id = *(gint64 *) parent;
          }
      }
  return wanted;
}

/* The objective tree as NapProject builds it: children by position, an
 * objective whose parent is missing at the top, a loop refused.
 */
static gboolean
load_tree (NapXmlRows  *rows,
           gboolean     concerned_only,
           GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) parents = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gint64 top = 0;
  guint reached = 0;
  int id_column, parent_column, uuid_column;
  int rc;

  stmt = nap_store_prepare (rows->store,
                            "SELECT id, IFNULL (parent_id, 0) AS parent, uuid FROM objective"
                            " ORDER BY parent_id IS NOT NULL, parent_id, position, id",
                            error);
  if (stmt == NULL)
    return FALSE;
  id_column = column_of (stmt, "id");
  parent_column = column_of (stmt, "parent");
  uuid_column = column_of (stmt, "uuid");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, id_column);
      gint64 parent_id = sqlite3_column_int64 (stmt, parent_column);
      const char *uuid = (const char *) sqlite3_column_text (stmt, uuid_column);

      g_array_append_val (ids, id);
      g_array_append_val (parent_ids, parent_id);
      int64_insert (rows->objective_uuids, id, g_strdup (valid_uuid (rows, uuid, id, NAP_TYPE_OBJECTIVE)));
    }
  if (!step_error (rows, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    g_hash_table_insert (parents, &g_array_index (ids, gint64, i), &g_array_index (parent_ids, gint64, i));

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gint64 parent_id = g_array_index (parent_ids, gint64, i);

      if (!g_hash_table_contains (parents, &parent_id))
        parent_id = 0;
      g_array_append_val (array_for (rows->children, parent_id, sizeof (gint64)), id);
    }

  /* Every objective is reached from the top unless the tree has a loop. */
  g_array_append_val (pending, top);
  while (pending->len > 0 && reached <= ids->len)
    {
      gint64 id = g_array_index (pending, gint64, pending->len - 1);
      GArray *list = g_hash_table_lookup (rows->children, &id);

      g_array_set_size (pending, pending->len - 1);
      if (list == NULL)
        continue;
      reached += list->len;
      g_array_append_vals (pending, list->data, list->len);
    }
  if (reached != ids->len)
    {
      g_autofree char *name = g_filename_display_basename (nap_store_get_path (rows->store));

      g_set_error (error, NAP_ERROR, NAP_ERROR_CORRUPT,
                   _("The objective tree in “%s” is damaged (an objective is its own ancestor)."), name);
      return FALSE;
    }

  if (concerned_only)
    {
      GHashTableIter iter;
      GArray *list;

      wanted = collect_concerned (rows, parents);
      g_hash_table_iter_init (&iter, rows->children);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &list))
        for (guint i = list->len; i-- > 0;)
          if (!g_hash_table_contains (wanted, &g_array_index (list, gint64, i)))
            g_array_remove_index (list, i);
    }
  return TRUE;
}

/**
 * nap_xml_rows_open:
 * @store: a #NapStore
 * @concerned_only: whether the tree holds only the objectives that
 *   recommendations concern, and their ancestors
 *
 * Begins reading @store for an export.
 *
 * Returns: (transfer full): the rows, to close with nap_xml_rows_close(),
 *   or %NULL with @error set
 */
NapXmlRows *
nap_xml_rows_open (NapStore  *store,
                   gboolean   concerned_only,
                   GError   **error)
{
  NapXmlRows *rows;

  g_return_val_if_fail (NAP_IS_STORE (store), NULL);

  rows = g_new0 (NapXmlRows, 1);
  rows->store = g_object_ref (store);
  rows->children = int64_table ((GDestroyNotify) g_array_unref);
  rows->actor_uuids = int64_table (g_free);
  rows->objective_uuids = int64_table (g_free);
  for (guint i = 0; i < NAP_XML_ROWS_N_LINKS; i++)
    rows->links[i] = int64_table ((GDestroyNotify) g_array_unref);
  rows->replaced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < NAP_XML_ROWS_N_QUERIES; i++)
    {
      NapXmlRowsCursor *cursors[] = { &rows->statements[i], &rows->scans[i] };

      for (guint j = 0; j < G_N_ELEMENTS (cursors); j++)
        {
          cursors[j]->rows = rows;
          cursors[j]->query = i;
          cursors[j]->columns = &rows->columns[i];
          cursors[j]->made_valid = g_ptr_array_new_with_free_func (g_free);
          cursors[j]->is_scan = j == 1;
        }
    }

  rows->reading = nap_store_begin_read (store, error);
  if (!rows->reading
      || !load_actors (rows, error)
      || !load_links (rows, NAP_XML_ROWS_OBJECTIVE_ACTORS, error)
      || !load_links (rows, NAP_XML_ROWS_ORGANISATIONS, error)
      || !load_links (rows, NAP_XML_ROWS_CONCERNS, error)
      || !load_tree (rows, concerned_only, error))
    {
      nap_xml_rows_close (rows);
      return NULL;
    }
  return rows;
}

/**
 * nap_xml_rows_close:
 * @rows: (transfer full) (nullable): the rows to close, or %NULL
 */
void
nap_xml_rows_close (NapXmlRows *rows)
{
  if (rows == NULL)
    return;

  for (guint i = 0; i < NAP_XML_ROWS_N_QUERIES; i++)
    {
      if (rows->statements[i].stmt != NULL)
        sqlite3_reset (rows->statements[i].stmt);
      if (rows->scans[i].stmt != NULL)
        sqlite3_reset (rows->scans[i].stmt);
      g_clear_pointer (&rows->statements[i].made_valid, g_ptr_array_unref);
      g_clear_pointer (&rows->scans[i].made_valid, g_ptr_array_unref);
      g_clear_pointer (&rows->columns[i].index, g_hash_table_unref);
      g_clear_pointer (&rows->columns[i].fields, g_ptr_array_unref);
    }
  if (rows->reading)
    nap_store_end_read (rows->store);
  g_hash_table_unref (rows->children);
  g_hash_table_unref (rows->actor_uuids);
  g_hash_table_unref (rows->objective_uuids);
  for (guint i = 0; i < NAP_XML_ROWS_N_LINKS; i++)
    g_hash_table_unref (rows->links[i]);
  g_hash_table_unref (rows->replaced);
  g_object_unref (rows->store);
  g_free (rows);
}

/* Prepares @cursor's statement, and the names of its query's columns. */
static gboolean
prepare (NapXmlRows        *rows,
         NapXmlRowsCursor  *cursor,
         GError           **error)
{
  const Query *query = &queries[cursor->query];
  Columns *columns = cursor->columns;
  g_autoptr(GTypeClass) klass = NULL;
  const char *sql = query->sql;

  if (query->record_type != NULL)
    {
      klass = g_type_class_ref (query->record_type ());
      sql = nap_record_class_select_sql (NAP_RECORD_CLASS (klass),
                                         cursor->is_scan ? query->scan : query->sql);
    }

  cursor->stmt = nap_store_prepare (rows->store, sql, error);
  if (cursor->stmt == NULL)
    return FALSE;

  if (columns->index == NULL)
    {
      int n = sqlite3_column_count (cursor->stmt);

      columns->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      columns->fields = g_ptr_array_new ();
      for (int i = 0; i < n; i++)
        {
          char *name = g_strdelimit (g_strdup (sqlite3_column_name (cursor->stmt, i)), "_", '-');

          /* Record classes are never unloaded: their fields outlive this. */
          g_ptr_array_add (columns->fields,
                           klass != NULL ? g_object_class_find_property (G_OBJECT_CLASS (klass), name) : NULL);
          g_hash_table_insert (columns->index, name, GINT_TO_POINTER (i + 1));
        }
    }
  return TRUE;
}

static int
column_index (NapXmlRowsCursor *cursor,
              const char       *name)
{
  int column = GPOINTER_TO_INT (g_hash_table_lookup (cursor->columns->index, name)) - 1;

  if (G_UNLIKELY (column < 0))
    g_critical ("The export reads no column “%s” in query %d", name, cursor->query);
  return column;
}

static gboolean
scan_step (NapXmlRows        *rows,
           NapXmlRowsCursor  *scan,
           GError           **error)
{
  int rc = sqlite3_step (scan->stmt);

  scan->at_row = rc == SQLITE_ROW;
  scan->given = FALSE;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  return nap_store_set_error (rows->store, rc, error);
}

/* Moves the scan of @query to the first row of @owner, unless the scan
 * is past it.
 */
static gboolean
scan_to (NapXmlRows       *rows,
         NapXmlRowsQuery   query,
         gint64            owner,
         gboolean         *found,
         GError          **error)
{
  NapXmlRowsCursor *scan = &rows->scans[query];

  *found = FALSE;
  if (!scan->started)
    {
      if (!prepare (rows, scan, error))
        return FALSE;
      scan->owner_column = column_index (scan, queries[query].owner);
      scan->started = TRUE;
      if (!scan_step (rows, scan, error))
        return FALSE;
    }

  /* Rows ahead whose owner comes before @owner belong to owners not
   * written yet, out of the table's order: they get a query of their
   * own when their turn comes.
   */
  while (scan->at_row
         && (scan->given || sqlite3_column_int64 (scan->stmt, scan->owner_column) < owner))
    if (!scan_step (rows, scan, error))
      return FALSE;

  if (scan->at_row && sqlite3_column_int64 (scan->stmt, scan->owner_column) == owner)
    {
      scan->owner = owner;
      *found = TRUE;
    }
  return TRUE;
}

/**
 * nap_xml_rows_query:
 * @rows: a #NapXmlRows
 * @id: the record whose parts to list, for the queries that take one
 *
 * Starts @query. A query kind runs once at a time: a second
 * nap_xml_rows_query() of the same kind ends the first.
 *
 * The objectives, and the parts of objectives and consultations, are read
 * in one pass over their table as long as their owners are asked for in
 * the order the table holds them, as in a plan that NAP Drafter imported:
 * a query per owner took most of an export's time. An owner out of that
 * order gets a query of its own, so the rows are the same either way.
 *
 * Returns: (transfer none): the cursor, to step with nap_xml_rows_next(),
 *   or %NULL with @error set
 */
NapXmlRowsCursor *
nap_xml_rows_query (NapXmlRows       *rows,
                    NapXmlRowsQuery   query,
                    gint64            id,
                    GError          **error)
{
  NapXmlRowsCursor *cursor;

  g_return_val_if_fail (rows != NULL, NULL);
  g_return_val_if_fail (query < NAP_XML_ROWS_N_QUERIES, NULL);

  if (queries[query].scan != NULL)
    {
      gboolean found;

      if (!scan_to (rows, query, id, &found, error))
        return NULL;
      if (found)
        return &rows->scans[query];
    }

  cursor = &rows->statements[query];
  if (cursor->stmt == NULL)
    {
      if (!prepare (rows, cursor, error))
        return NULL;
    }
  else
    sqlite3_reset (cursor->stmt);

  if (sqlite3_bind_parameter_count (cursor->stmt) > 0)
    sqlite3_bind_int64 (cursor->stmt, 1, id);
  return cursor;
}

/**
 * nap_xml_rows_next:
 * @rows: a #NapXmlRows
 * @cursor: a cursor of @rows
 *
 * Returns: %TRUE on a row; %FALSE at the end, or with @error set
 */
gboolean
nap_xml_rows_next (NapXmlRows        *rows,
                   NapXmlRowsCursor  *cursor,
                   GError           **error)
{
  int rc;

  g_ptr_array_set_size (cursor->made_valid, 0);
  if (cursor->is_scan)
    {
      /* The scan is on the owner's first row, or on the one given last. */
      if (cursor->given && !scan_step (rows, cursor, error))
        return FALSE;
      if (!cursor->at_row || sqlite3_column_int64 (cursor->stmt, cursor->owner_column) != cursor->owner)
        return FALSE;
      cursor->given = TRUE;
      return TRUE;
    }

  rc = sqlite3_step (cursor->stmt);
  if (rc == SQLITE_ROW)
    return TRUE;

  sqlite3_reset (cursor->stmt);
  if (rc != SQLITE_DONE)
    nap_store_set_error (rows->store, rc, error);
  return FALSE;
}

/**
 * nap_xml_rows_children:
 * @rows: a #NapXmlRows
 * @parent_id: an objective, or 0 for the top of the tree
 * @n_children: (out): where to put the number of objectives
 *
 * Returns: (transfer none) (array length=n_children) (nullable): the
 *   objectives under @parent_id, in order; %NULL when there are none
 */
const gint64 *
nap_xml_rows_children (NapXmlRows *rows,
                       gint64      parent_id,
                       guint      *n_children)
{
  GArray *list = g_hash_table_lookup (rows->children, &parent_id);

  *n_children = list != NULL ? list->len : 0;
  return list != NULL ? (const gint64 *) (gpointer) list->data : NULL;
}

/**
 * nap_xml_rows_text:
 * @cursor: a cursor, on a row
 * @name: the property (or column) to read
 *
 * Returns: (transfer none) (nullable): the column as valid UTF-8, until
 *   the next row; %NULL for SQL NULL
 */
const char *
nap_xml_rows_text (NapXmlRowsCursor *cursor,
                   const char       *name)
{
  int column = column_index (cursor, name);
  const char *text = (const char *) sqlite3_column_text (cursor->stmt, column);
  int length;
  char *valid;

  if (text == NULL)
    return NULL;

  length = sqlite3_column_bytes (cursor->stmt, column);
  if (G_LIKELY (g_utf8_validate_len (text, (gsize) length, NULL)))
    return text;

  valid = g_utf8_make_valid (text, length);
  g_ptr_array_add (cursor->made_valid, valid);
  return valid;
}

/**
 * nap_xml_rows_id:
 * @cursor: a cursor, on a row
 * @name: the property (or column) to read: "id" or a link such as
 *   "funder-id"
 *
 * Returns: the number in the column, as it is
 */
gint64
nap_xml_rows_id (NapXmlRowsCursor *cursor,
                 const char       *name)
{
  return sqlite3_column_int64 (cursor->stmt, column_index (cursor, name));
}

/**
 * nap_xml_rows_uuid:
 * @cursor: a cursor of a record query, on a row
 *
 * Returns: (transfer none): the record's UUID; for one that is not a
 *   UUID, one made for it that stays the same for the whole export
 */
const char *
nap_xml_rows_uuid (NapXmlRowsCursor *cursor)
{
  GType record_type = queries[cursor->query].record_type ();
  gint64 id = nap_xml_rows_id (cursor, "id");

  if (record_type == NAP_TYPE_ACTOR || record_type == NAP_TYPE_OBJECTIVE)
    return nap_xml_rows_lookup_uuid (cursor->rows, record_type, id);
  return valid_uuid (cursor->rows, (const char *) sqlite3_column_text (cursor->stmt, column_index (cursor, "uuid")),
                     id, record_type);
}

/**
 * nap_xml_rows_lookup_uuid:
 * @rows: a #NapXmlRows
 * @record_type: %NAP_TYPE_ACTOR or %NAP_TYPE_OBJECTIVE, what links point to
 *
 * Returns: (transfer none) (nullable): the UUID of the record @id, or
 *   %NULL if the file has no such record
 */
const char *
nap_xml_rows_lookup_uuid (NapXmlRows *rows,
                          GType       record_type,
                          gint64      id)
{
  g_return_val_if_fail (record_type == NAP_TYPE_ACTOR || record_type == NAP_TYPE_OBJECTIVE, NULL);

  return g_hash_table_lookup (record_type == NAP_TYPE_ACTOR ? rows->actor_uuids : rows->objective_uuids, &id);
}

/**
 * nap_xml_rows_links:
 * @rows: a #NapXmlRows
 * @owner: the objective, consultation or recommendation
 * @n_links: (out): where to put the number of links
 *
 * Returns: (transfer none) (array length=n_links) (nullable): what @owner
 *   links to, in order; %NULL when it links to nothing
 */
const NapXmlLink *
nap_xml_rows_links (NapXmlRows      *rows,
                    NapXmlRowsLinks  kind,
                    gint64           owner,
                    guint           *n_links)
{
  GArray *list = g_hash_table_lookup (rows->links[kind], &owner);

  *n_links = list != NULL ? list->len : 0;
  return list != NULL ? (const NapXmlLink *) (gpointer) list->data : NULL;
}

/**
 * nap_xml_rows_nick:
 * @cursor: a cursor of a record query, on a row
 * @name: an enumeration field of the record class
 *
 * Returns: (transfer none): the column's enumeration nick, or the
 *   field's default nick if it holds none
 */
const char *
nap_xml_rows_nick (NapXmlRowsCursor *cursor,
                   const char       *name)
{
  int column = column_index (cursor, name);
  GParamSpecEnum *pspec = G_PARAM_SPEC_ENUM (g_ptr_array_index (cursor->columns->fields, column));
  const char *text = (const char *) sqlite3_column_text (cursor->stmt, column);
  GEnumValue *value = text != NULL ? g_enum_get_value_by_nick (pspec->enum_class, text) : NULL;

  if (value == NULL)
    value = g_enum_get_value (pspec->enum_class, pspec->default_value);
  return value->value_nick;
}

/**
 * nap_xml_rows_number:
 * @cursor: a cursor of a record query, on a row
 * @name: a number field of the record class
 *
 * Returns: the column's number, clamped to the field's range as
 *   NapRecord clamps it
 */
gint64
nap_xml_rows_number (NapXmlRowsCursor *cursor,
                     const char       *name)
{
  int column = column_index (cursor, name);
  GParamSpec *field = g_ptr_array_index (cursor->columns->fields, column);
  gint64 number = sqlite3_column_int64 (cursor->stmt, column);

  if (G_IS_PARAM_SPEC_INT (field))
    return CLAMP (number, G_PARAM_SPEC_INT (field)->minimum, G_PARAM_SPEC_INT (field)->maximum);
  if (G_IS_PARAM_SPEC_INT64 (field))
    return CLAMP (number, G_PARAM_SPEC_INT64 (field)->minimum, G_PARAM_SPEC_INT64 (field)->maximum);
  g_return_val_if_reached (number);
}

/**
 * nap_xml_rows_int:
 * @cursor: a cursor, on a row
 * @name: a number column of a table that holds no records
 *
 * Returns: the column's number, clamped to @minimum..@maximum
 */
gint64
nap_xml_rows_int (NapXmlRowsCursor *cursor,
                  const char       *name,
                  gint64            minimum,
                  gint64            maximum)
{
  return CLAMP (sqlite3_column_int64 (cursor->stmt, column_index (cursor, name)), minimum, maximum);
}
