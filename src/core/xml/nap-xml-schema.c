/* nap-xml-schema.c: validating a document against the NAP XML schema
 *
 * data/nap.rng is built into the library as a GResource and compiled once.
 * libxml2's RELAX NG validator backtracks and reports every branch it
 * tried, most of them misleading ("Expecting element status, got
 * timeframe" for a bad status value), so the report kept is the one
 * furthest into the document, preferring the errors that name a value,
 * and it is said in our own words where the error type allows.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <string.h>

#include "nap-core-resources.h"
#include "nap-error.h"
#include "nap-xml-private.h"

#define SCHEMA_RESOURCE "/io/github/napdrafter/NapDrafter/core/nap.rng"

/* Error codes of libxml2's RELAX NG validator (xmlRelaxNGValidErr, which
 * relaxng.c keeps to itself); they are stable across 2.9.
 */
enum
{
  RNG_ERR_TYPECMP = 5,
  RNG_ERR_ELEMNAME = 13,
  RNG_ERR_NOELEM = 22,
  RNG_ERR_ATTRVALID = 24,
  RNG_ERR_CONTENTVALID = 25,
  RNG_ERR_EXTRACONTENT = 26,
  RNG_ERR_INVALIDATTR = 27,
  RNG_ERR_VALUE = 32,
  RNG_ERR_ELEMWRONG = 38,
};

/* The elements the root must hold, in order (data/nap.rng): libxml2
 * reports one that is missing without its name.
 */
static const char * const root_children[] = {
  "plan", "actors", "levels", "objectives", "consultations", NULL
};

static const char *
missing_child (xmlNode *node)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || g_strcmp0 ((const char *) node->name, "nap") != 0)
    return NULL;
  for (guint i = 0; root_children[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (xmlNode *child = node->children; child != NULL && !found; child = child->next)
        found = child->type == XML_ELEMENT_NODE && g_strcmp0 ((const char *) child->name, root_children[i]) == 0;
      if (!found)
        return root_children[i];
    }
  return NULL;
}

typedef struct
{
  int line;
  int code;
  xmlNode *node;
  char *str1;
  char *str2;
  char *message;
} SchemaError;

static void
schema_error_clear (gpointer data)
{
  SchemaError *e = data;

  g_free (e->str1);
  g_free (e->str2);
  g_free (e->message);
}

static char *
valid_copy (const char *text)
{
  return text != NULL ? g_utf8_make_valid (text, -1) : NULL;
}

static void
on_validity_error (void     *data,
                   xmlError *error)
{
  GArray *errors = data;
  SchemaError e = { 0, };

  if (error == NULL || error->level < XML_ERR_ERROR || errors->len >= 1000)
    return;

  e.line = error->line;
  e.code = error->code;
  e.node = error->node;
  e.str1 = valid_copy (error->str1);
  e.str2 = valid_copy (error->str2);
  e.message = g_strstrip (valid_copy (error->message != NULL ? error->message : "?"));
  g_array_append_val (errors, e);
}

static void
on_schema_parse_error (void     *data,
                       xmlError *error)
{
  /* Our own schema: it compiles, or get_schema() says so. */
}

static xmlRelaxNGPtr
get_schema (void)
{
  static gsize initialized = 0;
  static xmlRelaxNGPtr schema = NULL;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      bytes = g_resource_lookup_data (nap_core_get_resource (), SCHEMA_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        {
          gsize size = 0;
          const char *data = g_bytes_get_data (bytes, &size);
          xmlRelaxNGParserCtxtPtr pctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);

          xmlRelaxNGSetParserStructuredErrors (pctxt, on_schema_parse_error, NULL);
          schema = xmlRelaxNGParse (pctxt);
          xmlRelaxNGFreeParserCtxt (pctxt);
        }
      if (schema == NULL)
        g_critical ("The built-in NAP XML schema could not be loaded: %s",
                    error != NULL ? error->message : "it does not compile");
      g_once_init_leave (&initialized, 1);
    }

  return schema;
}

static gboolean
has_element_children (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      return TRUE;
  return FALSE;
}

/* Lower is better: what names a value, then what names an element. */
static int
preference (SchemaError *e)
{
  switch (e->code)
    {
    case RNG_ERR_INVALIDATTR:
      return 0;
    case RNG_ERR_CONTENTVALID:
      return e->node != NULL && !has_element_children (e->node) ? 1 : 3;
    case RNG_ERR_ELEMNAME:
    case RNG_ERR_NOELEM:
    case RNG_ERR_EXTRACONTENT:
      return 2;
    case RNG_ERR_TYPECMP:
    case RNG_ERR_VALUE:
      return 4;
    default:
      return 3;
    }
}

/* Whether @node, an element libxml2 did not expect, stands inside text
 * (a title with an element in it): then it is the problem, and what the
 * validator reports after it, further on, follows from it.
 */
static gboolean
is_element_in_text (SchemaError *e)
{
  static const char * const text_elements[] = { "title", "description", "summary", "name", "note", NULL };
  xmlNode *parent;

  if ((e->code != RNG_ERR_ELEMWRONG && e->code != RNG_ERR_EXTRACONTENT)
      || e->node == NULL || e->node->type != XML_ELEMENT_NODE)
    return FALSE;
  parent = e->node->parent;
  if (parent == NULL || parent->type != XML_ELEMENT_NODE)
    return FALSE;
  if (g_strv_contains (text_elements, (const char *) parent->name))
    return TRUE;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (child->type == XML_TEXT_NODE && child->content != NULL
        && strspn ((const char *) child->content, " \t\r\n") < strlen ((const char *) child->content))
      return TRUE;
  return FALSE;
}

/* The report furthest into the document is nearest to the real problem,
 * except an element inside text, which comes first.
 */
static SchemaError *
pick (GArray *errors)
{
  SchemaError *best = NULL;

  for (guint i = 0; i < errors->len; i++)
    if (is_element_in_text (&g_array_index (errors, SchemaError, i)))
      return &g_array_index (errors, SchemaError, i);

  for (guint i = 0; i < errors->len; i++)
    {
      SchemaError *e = &g_array_index (errors, SchemaError, i);

      if (best == NULL || e->line > best->line
          || (e->line == best->line && preference (e) < preference (best)))
        best = e;
    }
  return best;
}

static char *
quote_value (const char *value)
{
  g_autofree char *valid = g_utf8_make_valid (value != NULL ? value : "", -1);

  if (g_utf8_strlen (valid, -1) > 40)
    {
      g_autofree char *cut = g_utf8_substring (valid, 0, 39);
      return g_strconcat (cut, "…", NULL);
    }
  return g_steal_pointer (&valid);
}

static char *
describe (SchemaError *e)
{

  xmlNode *node = e->node;

  if (e->code == RNG_ERR_INVALIDATTR && node != NULL && e->str1 != NULL)
    {
      xmlChar *raw = xmlGetProp (node, (const xmlChar *) e->str1);
      g_autofree char *value = quote_value ((const char *) raw);

      xmlFree (raw);
      if (raw != NULL)
        return g_strdup_printf (_("“%s” is not a valid value for the attribute “%s” of “%s”."),
                                value, e->str1, (const char *) node->name);
      return g_strdup_printf (_("the element “%s” has an attribute “%s”, which it cannot have."),
                              (const char *) node->name, e->str1);
    }

  if (e->code == RNG_ERR_CONTENTVALID && node != NULL && node->type == XML_ELEMENT_NODE
      && !has_element_children (node))
    {
      xmlChar *raw = xmlNodeGetContent (node);
      g_autofree char *value = quote_value ((const char *) raw);

      xmlFree (raw);
      if (*value == '\0')
        return g_strdup_printf (_("the element “%s” is empty, or holds something it cannot hold here."),
                                (const char *) node->name);
      return g_strdup_printf (_("“%s” is not a valid value for “%s”."), value, (const char *) node->name);
    }

  /* libxml2 names the unexpected element, which is the node; its parent
   * is the one that cannot hold it.
   */
  if (e->code == RNG_ERR_ELEMWRONG && node != NULL && node->type == XML_ELEMENT_NODE
      && node->parent != NULL && node->parent->type == XML_ELEMENT_NODE)
    return g_strdup_printf (_("the element “%s” cannot hold “%s” here."),
                            (const char *) node->parent->name, (const char *) node->name);

  if (e->code == RNG_ERR_NOELEM && (e->str1 == NULL || *e->str1 == '\0')
      && node != NULL && node->type == XML_ELEMENT_NODE)
    {
      const char *missing = missing_child (node);

      if (missing != NULL)
        return g_strdup_printf (_("the element “%s” must hold an element “%s”, which is missing."),
                                (const char *) node->name, missing);
      return g_strdup_printf (_("the element “%s” lacks an element it must hold."), (const char *) node->name);
    }

  if (e->code == RNG_ERR_ELEMNAME && e->str1 != NULL && e->str2 != NULL)
    return g_strdup_printf (_("there is an element “%s” where “%s” was expected."), e->str2, e->str1);

  if (e->code == RNG_ERR_ATTRVALID && node != NULL && node->type == XML_ELEMENT_NODE)
    return g_strdup_printf (_("an attribute of “%s” is missing, not allowed there, or has a value that is not allowed."),
                            (const char *) node->name);

  if (e->code == RNG_ERR_NOELEM && e->str1 != NULL && *e->str1 != '\0')
    return g_strdup_printf (_("an element “%s” is missing here."), e->str1);

  if (e->code == RNG_ERR_EXTRACONTENT && e->str1 != NULL && e->str2 != NULL)
    return g_strdup_printf (_("the element “%s” cannot hold “%s” here."), e->str1, e->str2);

  /* Translators: %s is the schema validator's own description, in English */
  return g_strdup_printf (_("the document does not follow the NAP XML schema (%s)."), e->message);
}

/**
 * nap_xml_schema_validate:
 * @name: the file's name, for messages
 *
 * Validates @doc against the built-in data/nap.rng.
 */
gboolean
nap_xml_schema_validate (xmlDoc      *doc,
                         const char  *name,
                         GError     **error)
{
  xmlRelaxNGPtr schema = get_schema ();
  xmlRelaxNGValidCtxtPtr vctxt;
  g_autoptr(GArray) errors = NULL;
  int result;

  if (schema == NULL)
    {
      nap_xml_set_error (error, name, 0, _("the NAP XML schema is missing from this installation."));
      return FALSE;
    }

  errors = g_array_new (FALSE, TRUE, sizeof (SchemaError));
  g_array_set_clear_func (errors, schema_error_clear);

  vctxt = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (vctxt, on_validity_error, errors);
  result = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (result != 0)
    {
      SchemaError *e = pick (errors);
      g_autofree char *message = NULL;

      if (e != NULL)
        message = describe (e);
      else
        message = g_strdup_printf (_("the document does not follow the NAP XML schema (%s)."), "?");
      nap_xml_set_error (error, name, e != NULL ? e->line : 0, message);
      return FALSE;
    }

  return TRUE;
}
