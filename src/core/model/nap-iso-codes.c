/* nap-iso-codes.c: countries, currencies and regions from Debian's iso-codes
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The names come from the JSON files of the iso-codes package and are
 * translated with the gettext domains that package installs. Each table
 * is read once, on first use, in the locale of that moment.
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "nap-iso-codes.h"

/* NapIsoEntry: one code and its translated name. */

struct _NapIsoEntry
{
  GObject parent_instance;

  char *code;
  char *name;
  char *sort_key;
};

G_DEFINE_FINAL_TYPE (NapIsoEntry, nap_iso_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_SORT_KEY,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
nap_iso_entry_finalize (GObject *object)
{
  NapIsoEntry *self = NAP_ISO_ENTRY (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->sort_key, g_free);

  G_OBJECT_CLASS (nap_iso_entry_parent_class)->finalize (object);
}

static void
nap_iso_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  NapIsoEntry *self = NAP_ISO_ENTRY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SORT_KEY:
      g_value_set_string (value, self->sort_key);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nap_iso_entry_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  NapIsoEntry *self = NAP_ISO_ENTRY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      self->sort_key = g_utf8_collate_key (self->name ? self->name : "", -1);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nap_iso_entry_class_init (NapIsoEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nap_iso_entry_finalize;
  object_class->get_property = nap_iso_entry_get_property;
  object_class->set_property = nap_iso_entry_set_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SORT_KEY] =
    g_param_spec_string ("sort-key", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nap_iso_entry_init (NapIsoEntry *self)
{
}

/**
 * nap_iso_entry_get_code:
 * @self: a #NapIsoEntry
 *
 * Returns: (transfer none): the code
 */
const char *
nap_iso_entry_get_code (NapIsoEntry *self)
{
  g_return_val_if_fail (NAP_IS_ISO_ENTRY (self), NULL);

  return self->code;
}

/**
 * nap_iso_entry_get_name:
 * @self: a #NapIsoEntry
 *
 * Returns: (transfer none): the name
 */
const char *
nap_iso_entry_get_name (NapIsoEntry *self)
{
  g_return_val_if_fail (NAP_IS_ISO_ENTRY (self), NULL);

  return self->name;
}

/**
 * nap_iso_entry_get_sort_key:
 * @self: a #NapIsoEntry
 *
 * Returns: (transfer none): the sort key
 */
const char *
nap_iso_entry_get_sort_key (NapIsoEntry *self)
{
  g_return_val_if_fail (NAP_IS_ISO_ENTRY (self), NULL);

  return self->sort_key;
}

/* The tables. */

typedef struct
{
  GListStore *list;     /* NapIsoEntry, sorted by name */
  GHashTable *by_code;  /* code → NapIsoEntry, borrowed from list */
} IsoTable;

static const char *
iso_codes_translate (const char *domain,
                     const char *msgid)
{
  static gsize bound = 0;

  if (g_once_init_enter (&bound))
    {
      /* iso-codes installs its catalogs where gettext looks by default;
       * bind them only when it lives somewhere else. The codeset is set
       * so that names are UTF-8 whatever the locale's charset.
       */
      static const char * const domains[] = {
        "iso_3166-1", "iso_3166-2", "iso_4217",
      };

      for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
        {
          if (g_strcmp0 (ISO_CODES_LOCALEDIR, "/usr/share/locale") != 0)
            bindtextdomain (domains[i], ISO_CODES_LOCALEDIR);
          bind_textdomain_codeset (domains[i], "UTF-8");
        }
      g_once_init_leave (&bound, 1);
    }

  return g_dgettext (domain, msgid);
}

/* Returns the array @member of the JSON file @basename, or NULL (with a
 * debug message: a missing file only empties the lists).
 */
static JsonArray *
iso_codes_load_array (const char  *basename,
                      const char  *member,
                      JsonParser **parser_out)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *dir;
  JsonNode *root;
  JsonObject *object;
  JsonNode *node;

  g_assert (parser_out != NULL);

  /* Lets tests point at broken files. */
  dir = g_getenv ("NAP_ISO_CODES_DIR");
  if (dir == NULL || *dir == '\0')
    dir = ISO_CODES_JSON_DIR;
  path = g_build_filename (dir, basename, NULL);

  if (!json_parser_load_from_mapped_file (parser, path, &error))
    {
      g_debug ("Cannot read %s: %s", path, error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_debug ("%s is not an iso-codes file", path);
      return NULL;
    }
  object = json_node_get_object (root);
  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_debug ("%s has no “%s” list", path, member);
      return NULL;
    }

  *parser_out = g_steal_pointer (&parser);
  return json_node_get_array (node);
}

static const char *
iso_codes_member_string (JsonObject *object,
                         const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static int
iso_codes_compare_entries (gconstpointer a,
                           gconstpointer b)
{
  NapIsoEntry *entry_a = *(NapIsoEntry **) a;
  NapIsoEntry *entry_b = *(NapIsoEntry **) b;
  int cmp = strcmp (entry_a->sort_key, entry_b->sort_key);

  return cmp != 0 ? cmp : strcmp (entry_a->code, entry_b->code);
}

static GListStore *
iso_codes_sorted_store (GPtrArray *entries)
{
  GListStore *store = g_list_store_new (NAP_TYPE_ISO_ENTRY);

  g_ptr_array_sort (entries, iso_codes_compare_entries);
  g_list_store_splice (store, 0, 0, entries->pdata, entries->len);
  return store;
}

/* Fills @table from @basename, taking each entry's code from @code_member
 * and its name from the first of @name_members present.
 */
static void
iso_codes_load_table (IsoTable           *table,
                      const char         *basename,
                      const char         *list_member,
                      const char         *domain,
                      const char         *code_member,
                      const char * const *name_members,
                      const char * const *excluded)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;

  table->by_code = g_hash_table_new (g_str_hash, g_str_equal);

  array = iso_codes_load_array (basename, list_member, &parser);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *code;
      const char *name = NULL;
      NapIsoEntry *entry;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      code = iso_codes_member_string (object, code_member);
      for (guint j = 0; name == NULL && name_members[j] != NULL; j++)
        name = iso_codes_member_string (object, name_members[j]);
      if (code == NULL || name == NULL)
        continue;
      if (excluded != NULL && g_strv_contains (excluded, code))
        continue;
      if (g_hash_table_contains (table->by_code, code))
        continue;

      entry = g_object_new (NAP_TYPE_ISO_ENTRY,
                            "code", code,
                            "name", iso_codes_translate (domain, name),
                            NULL);
      g_ptr_array_add (entries, entry);
      g_hash_table_insert (table->by_code, entry->code, entry);
    }

  table->list = iso_codes_sorted_store (entries);
}

static IsoTable *
iso_codes_countries (void)
{
  static IsoTable table;
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      /* The common name is the one people use ("Bolivia", not
       * "Bolivia, Plurinational State of"); iso-codes translates both.
       */
      static const char * const names[] = { "common_name", "name", NULL };

      iso_codes_load_table (&table, "iso_3166-1.json", "3166-1", "iso_3166-1",
                            "alpha_2", names, NULL);
      g_once_init_leave (&loaded, 1);
    }

  return &table;
}

static IsoTable *
iso_codes_currencies (void)
{
  static IsoTable table;
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      static const char * const names[] = { "name", NULL };
      /* Precious metals, bond-market units and test codes: no budget is
       * drawn up in these.
       */
      static const char * const not_money[] = {
        "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XPD", "XPT", "XSU",
        "XTS", "XUA", "XXX", NULL,
      };

      iso_codes_load_table (&table, "iso_4217.json", "4217", "iso_4217",
                            "alpha_3", names, not_money);
      g_once_init_leave (&loaded, 1);
    }

  return &table;
}

/* country code → GListStore of its top-level subdivisions */
static GHashTable *
iso_codes_subdivisions (void)
{
  static GHashTable *by_country = NULL;

  if (g_once_init_enter (&by_country))
    {
      g_autoptr(JsonParser) parser = NULL;
      g_autoptr(GHashTable) arrays = NULL;
      GHashTable *stores;
      GHashTableIter iter;
      gpointer key, value;
      JsonArray *array;

      arrays = g_hash_table_new_full (g_str_hash, g_str_equal,
                                      g_free, (GDestroyNotify) g_ptr_array_unref);
      stores = g_hash_table_new_full (g_str_hash, g_str_equal,
                                      g_free, g_object_unref);

      array = iso_codes_load_array ("iso_3166-2.json", "3166-2", &parser);
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          JsonObject *object;
          const char *code;
          const char *name;
          const char *dash;
          g_autofree char *country = NULL;
          GPtrArray *entries;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          object = json_node_get_object (node);
          code = iso_codes_member_string (object, "code");
          name = iso_codes_member_string (object, "name");
          if (code == NULL || name == NULL
              || json_object_has_member (object, "parent"))
            continue;
          dash = strchr (code, '-');
          if (dash == NULL || dash == code)
            continue;

          country = g_strndup (code, dash - code);
          entries = g_hash_table_lookup (arrays, country);
          if (entries == NULL)
            {
              entries = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (arrays, g_strdup (country), entries);
            }
          g_ptr_array_add (entries,
                           g_object_new (NAP_TYPE_ISO_ENTRY,
                                         "code", code,
                                         "name", iso_codes_translate ("iso_3166-2", name),
                                         NULL));
        }

      g_hash_table_iter_init (&iter, arrays);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (stores, g_strdup (key), iso_codes_sorted_store (value));

      g_once_init_leave (&by_country, stores);
    }

  return by_country;
}

/**
 * nap_iso_codes_get_countries:
 *
 * Returns: (transfer none) (element-type NapIsoEntry): the countries of
 *   ISO 3166-1, as #NapIsoEntry with the two-letter code, sorted by their
 *   name in the user's language
 */
GListModel *
nap_iso_codes_get_countries (void)
{
  return G_LIST_MODEL (iso_codes_countries ()->list);
}

/**
 * nap_iso_codes_get_currencies:
 *
 * Returns: (transfer none) (element-type NapIsoEntry): the currencies of
 *   ISO 4217, as #NapIsoEntry with the three-letter code, sorted by
 *   translated name; gold, silver and the other codes that are not money
 *   are left out
 */
GListModel *
nap_iso_codes_get_currencies (void)
{
  return G_LIST_MODEL (iso_codes_currencies ()->list);
}

/**
 * nap_iso_codes_get_subdivisions:
 * @country: a two-letter country code, such as "ML"
 *
 * Returns: (transfer none) (element-type NapIsoEntry): the top-level
 *   subdivisions of @country (regions, districts...; not the subdivisions
 *   of those), as #NapIsoEntry with codes such as "ML-1", sorted by
 *   translated name; empty for an unknown country
 */
GListModel *
nap_iso_codes_get_subdivisions (const char *country)
{
  static GListStore *empty = NULL;
  GListStore *store;

  g_return_val_if_fail (country != NULL, NULL);

  store = g_hash_table_lookup (iso_codes_subdivisions (), country);
  if (store != NULL)
    return G_LIST_MODEL (store);

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_list_store_new (NAP_TYPE_ISO_ENTRY));
  return G_LIST_MODEL (empty);
}

/**
 * nap_iso_codes_is_country:
 * @alpha2: (nullable): a two-letter country code
 */
gboolean
nap_iso_codes_is_country (const char *alpha2)
{
  return alpha2 != NULL
         && g_hash_table_contains (iso_codes_countries ()->by_code, alpha2);
}

/**
 * nap_iso_codes_is_currency:
 * @alpha3: (nullable): a three-letter currency code
 */
gboolean
nap_iso_codes_is_currency (const char *alpha3)
{
  return alpha3 != NULL
         && g_hash_table_contains (iso_codes_currencies ()->by_code, alpha3);
}

/**
 * nap_iso_codes_country_name:
 * @alpha2: (nullable): a two-letter country code
 *
 * Returns: (transfer none) (nullable): the translated name of the country,
 *   or %NULL
 */
const char *
nap_iso_codes_country_name (const char *alpha2)
{
  NapIsoEntry *entry;

  if (alpha2 == NULL)
    return NULL;
  entry = g_hash_table_lookup (iso_codes_countries ()->by_code, alpha2);
  return entry != NULL ? entry->name : NULL;
}

/**
 * nap_iso_codes_currency_name:
 * @alpha3: (nullable): a three-letter currency code
 *
 * Returns: (transfer none) (nullable): the translated name of the currency,
 *   or %NULL
 */
const char *
nap_iso_codes_currency_name (const char *alpha3)
{
  NapIsoEntry *entry;

  if (alpha3 == NULL)
    return NULL;
  entry = g_hash_table_lookup (iso_codes_currencies ()->by_code, alpha3);
  return entry != NULL ? entry->name : NULL;
}

/**
 * nap_iso_codes_default_currency:
 * @alpha2: (nullable): a two-letter country code
 *
 * iso-codes does not say which currency a country uses. This knows only
 * the two CFA franc zones, where most of our users are: the West African
 * (UEMOA, XOF) and the Central African (CEMAC, XAF) one.
 *
 * Returns: (transfer none) (nullable): "XOF", "XAF" or %NULL for any other
 *   country
 */
const char *
nap_iso_codes_default_currency (const char *alpha2)
{
  static const char * const xof[] = {
    "BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG", NULL,
  };
  static const char * const xaf[] = {
    "CM", "CF", "TD", "CG", "GQ", "GA", NULL,
  };

  if (alpha2 == NULL)
    return NULL;
  if (g_strv_contains (xof, alpha2))
    return "XOF";
  if (g_strv_contains (xaf, alpha2))
    return "XAF";
  return NULL;
}
