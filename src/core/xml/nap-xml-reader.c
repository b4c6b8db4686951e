/* nap-xml-reader.c: reading a NAP XML document, which is untrusted
 *
 * libxml2 2.9.14 is not meant for hostile input on its own (SAFETY.md), so
 * the file is read here with a size cap and handed to the parser from
 * memory, with no network, no entity substitution, no DTD loading and a
 * deny-all entity loader; the parser stops at the first DOCTYPE, before
 * any entity is declared. Then, in order: the root's namespace and format
 * version, the depth of the objective tree, the RELAX NG schema
 * (nap-xml-schema.c), and the checks of nap-xml-checks.c. Only a document that
 * passes them all comes out, as the plain structs of nap-xml-private.h.
 *
 * A large file takes seconds to parse, and a job's Cancel must stop it
 * there: the parser's own callback for each element start, on the
 * worker's thread, looks at the cancellable and stops the parser
 * (xmlStopParser, as the DOCTYPE refusal does), and says how far into the
 * bytes it is. Between the stages that follow, the cancellable is looked
 * at again.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nap-error.h"
#include "nap-xml-private.h"

/* Who waits for a read, if anyone: a job's progress and Cancel. */
typedef struct
{
  NapProgress *progress;
  GCancellable *cancellable;
} Watcher;

/* The parse takes a read's progress up to NAP_XML_READ_PARSED, the
 * schema to SCHEMA_DONE; the rest, up to NAP_XML_READ_DONE, is building
 * and checking the records.
 */
#define PARSE_DONE NAP_XML_READ_PARSED
#define SCHEMA_DONE (NAP_XML_READ_DONE * 0.9)

/* What the libxml2 callbacks learn while a document is parsed. */
typedef struct
{
  int doctype_line;   /* > 0 once a DOCTYPE was met */
  int error_line;
  char *error;        /* the first error libxml2 reported */
  const Watcher *watcher;
  gsize length;       /* of the document */
  guint elements;     /* started so far */
  guint percent;      /* of the bytes parsed, last said */
  gboolean cancelled;
} ReadState;

static void
read_state_clear (ReadState *state)
{
  g_clear_pointer (&state->error, g_free);
}

static xmlParserInputPtr
deny_external_entity (const char       *url,
                      const char       *id,
                      xmlParserCtxtPtr  ctxt)
{
  /* Nothing outside the document is ever read. */
  return NULL;
}

static void
record_error (ReadState *state,
              xmlError  *error)
{
  g_autofree char *message = NULL;

  if (error == NULL || error->level < XML_ERR_ERROR || state->error != NULL)
    return;

  message = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));
  state->error = g_utf8_make_valid (message, -1);
  state->error_line = error->line;
}

static void
on_parser_error (void     *data,
                 xmlError *error)
{
  xmlParserCtxtPtr ctxt = data;

  record_error (ctxt->_private, error);
}

static void
on_other_error (void     *data,
                xmlError *error)
{
  /* Errors that reach no context (none expected): kept off stderr. */
}

static void
on_internal_subset (void          *data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = data;
  ReadState *state = ctxt->_private;

  /* Called once the DOCTYPE's name is read and before its internal subset:
   * stopping here means no entity is ever declared, let alone expanded.
   */
  state->doctype_line = MAX (xmlSAX2GetLineNumber (ctxt), 1);
  xmlStopParser (ctxt);
}

/* Every element start, on the thread that parses: Cancel stops the
 * parser here, and every 256 elements the progress moves on.
 */
static void
on_start_element (void           *data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxtPtr ctxt = data;
  ReadState *state = ctxt->_private;
  const Watcher *watcher = state->watcher;

  if (g_cancellable_is_cancelled (watcher->cancellable))
    {
      state->cancelled = TRUE;
      xmlStopParser (ctxt);
      return;
    }

  xmlSAX2StartElementNs (ctxt, localname, prefix, uri, n_namespaces, namespaces,
                         n_attributes, n_defaulted, attributes);

  if (watcher->progress != NULL && (++state->elements & 0xff) == 0 && state->length > 0)
    {
      /* The bytes the parser has gone through (it reads UTF-8 as it is,
       * without a converter; what it let go of is in "consumed").
       */
      gsize offset = ctxt->input != NULL && ctxt->input->cur >= ctxt->input->base
                     ? ctxt->input->consumed + (gsize) (ctxt->input->cur - ctxt->input->base) : 0;
      guint percent = (guint) MIN (offset * 100 / state->length, 100);

      if (percent > state->percent)
        {
          state->percent = percent;
          nap_progress_update (watcher->progress, NULL, PARSE_DONE * percent / 100.0, TRUE);
        }
    }
}

static void
ensure_initialized (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (deny_external_entity);
      g_once_init_leave (&initialized, 1);
    }
}

static int
line_at (const char *data,
         const char *end)
{
  int line = 1;

  for (const char *p = data; p < end; p++)
    if (*p == '\n' && line < G_MAXINT)
      line++;
  return line;
}

static void
set_too_large (GError     **error,
               const char  *name)
{
  g_autofree char *message =
    /* Translators: %d is a size in MiB */
    g_strdup_printf (_("the file is larger than %d MiB, the most NAP Drafter reads; it is not a plan."),
                     NAP_XML_MAX_SIZE / (1024 * 1024));

  nap_xml_set_error (error, name, 0, message);
}

/* libxml2 2.9.14 checks each attribute of an element against all those
 * before it: 100,000 attributes on one element (a 1 MB file) kept a core
 * busy for minutes, and names of any length cost as much. No NAP XML
 * element has more than a handful of attributes, nor a name of more than
 * a few dozen characters, so a quick pass over the bytes refuses such a
 * file before the parser sees it. It follows tags, quoted values,
 * comments, CDATA sections and processing instructions, and counts the
 * "=" of each start tag.
 */
#define NAP_XML_MAX_ATTRIBUTES 64
#define NAP_XML_MAX_NAME 256

static gboolean
check_tags (const char  *data,
            gsize        length,
            const char  *name,
            GError     **error)
{
  const char *p = data;
  const char *end = data + length;

  while ((p = memchr (p, '<', (gsize) (end - p))) != NULL)
    {
      const char *tag = p;
      const char *close = NULL;
      guint attributes = 0;
      gsize run = 0;
      char quote = 0;

      p++;
      if (p < end && (*p == '!' || *p == '?'))
        {
          const char *stop = "";

          if ((gsize) (end - p) >= 3 && memcmp (p, "!--", 3) == 0)
            stop = "-->";
          else if ((gsize) (end - p) >= 8 && memcmp (p, "![CDATA[", 8) == 0)
            stop = "]]>";
          else if (*p == '?')
            stop = "?>";
          else
            stop = ">";
          close = g_strstr_len (p, end - p, stop);
          if (close == NULL)
            return TRUE; /* the parser says what is wrong */
          p = close + strlen (stop);
          continue;
        }

      /* A start or end tag: names, "=", and quoted values, up to ">". */
      for (; p < end; p++)
        {
          char c = *p;

          if (quote != 0)
            {
              if (c == quote)
                quote = 0;
              continue;
            }
          if (c == '"' || c == '\'')
            {
              quote = c;
              run = 0;
            }
          else if (c == '>')
            break;
          else if (c == '=')
            {
              attributes++;
              run = 0;
            }
          else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/')
            run = 0;
          else
            run++;

          if (attributes > NAP_XML_MAX_ATTRIBUTES || run > NAP_XML_MAX_NAME)
            {
              g_autofree char *message = NULL;

              if (attributes > NAP_XML_MAX_ATTRIBUTES)
                /* Translators: %d is a number of attributes */
                message = g_strdup_printf (_("an element has more than %d attributes, far more than any element of NAP XML; "
                                             "the file is not a plan and was not read further."),
                                           NAP_XML_MAX_ATTRIBUTES);
              else
                /* Translators: %d is a number of characters */
                message = g_strdup_printf (_("a name is longer than %d characters, far longer than any name in NAP XML; "
                                             "the file is not a plan and was not read further."),
                                           NAP_XML_MAX_NAME);
              nap_xml_set_error (error, name, line_at (data, tag), message);
              return FALSE;
            }
        }
    }

  return TRUE;
}

/* Refusals before the document is parsed: size, compression, encoding. */
static gboolean
check_bytes (const char  *data,
             gsize        length,
             const char  *name,
             GError     **error)
{
  const char *end = NULL;

  if (length > NAP_XML_MAX_SIZE)
    {
      set_too_large (error, name);
      return FALSE;
    }

  if (length >= 2 && (guchar) data[0] == 0x1f && (guchar) data[1] == 0x8b)
    {
      nap_xml_set_error (error, name, 0,
                         _("the file is compressed (gzip); uncompress it and read the XML file inside."));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      nap_xml_set_error (error, name, line_at (data, end),
                         _("the text is not valid UTF-8; NAP XML files are always in UTF-8."));
      return FALSE;
    }

  return check_tags (data, length, name, error);
}

static xmlDoc *
parse (const char     *data,
       gsize           length,
       const char     *name,
       const Watcher  *watcher,
       GError        **error)
{
  xmlParserCtxtPtr ctxt;
  xmlDoc *doc;
  ReadState state = { .watcher = watcher, .length = length, };
  xmlStructuredErrorFunc saved_handler = xmlStructuredError;
  void *saved_data = xmlStructuredErrorContext;
  gboolean well_formed;

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      nap_xml_set_error (error, name, 0, _("there is not enough memory to read the file."));
      return NULL;
    }
  ctxt->_private = &state;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->serror = on_parser_error;
  xmlSetStructuredErrorFunc (NULL, on_other_error);

  /* Never XML_PARSE_NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
  well_formed = ctxt->wellFormed && ctxt->nsWellFormed;
  xmlFreeParserCtxt (ctxt);
  xmlSetStructuredErrorFunc (saved_data, saved_handler);

  if (state.cancelled)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_cancellable_set_error_if_cancelled (watcher->cancellable, error);
    }
  else if (state.doctype_line > 0)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      nap_xml_set_error (error, name, state.doctype_line,
                         _("the document has a DOCTYPE declaration, which NAP XML does not allow."));
    }
  else if (doc == NULL || !well_formed)
    {
      g_autofree char *message = NULL;

      g_clear_pointer (&doc, xmlFreeDoc);
      /* Translators: %s is the XML parser's own description, in English */
      message = g_strdup_printf (_("the file is not well-formed XML (%s)."),
                                 state.error != NULL ? state.error : "?");
      nap_xml_set_error (error, name, state.error_line, message);
    }
  else if (doc->encoding != NULL && g_ascii_strcasecmp ((const char *) doc->encoding, "UTF-8") != 0)
    {
      g_autofree char *encoding = g_utf8_make_valid ((const char *) doc->encoding, -1);
      g_autofree char *message = NULL;

      g_clear_pointer (&doc, xmlFreeDoc);
      message = g_strdup_printf (_("the document declares the encoding “%s”; NAP XML files are always in UTF-8."),
                                 encoding);
      nap_xml_set_error (error, name, 1, message);
    }

  read_state_clear (&state);
  return doc;
}

/* Checks that come before the schema: a file of another format or of a
 * newer version must be named as such, not as a pile of schema errors.
 */
static gboolean
check_root (xmlNode     *root,
            const char  *name,
            GError     **error)
{
  g_autofree char *version = NULL;
  g_autofree char *message = NULL;
  int line = nap_xml_node_line (root);

  if (root == NULL)
    {
      nap_xml_set_error (error, name, 0, _("the document is empty."));
      return FALSE;
    }

  if (root->ns == NULL || root->ns->href == NULL)
    {
      message = g_strdup_printf (_("the root element “%s” is in no namespace; a NAP XML document is a “nap” element in the namespace %s."),
                                 (const char *) root->name, NAP_XML_NAMESPACE);
      nap_xml_set_error (error, name, line, message);
      return FALSE;
    }
  if (!nap_xml_node_is (root, "nap"))
    {
      g_autofree char *ns = g_utf8_make_valid ((const char *) root->ns->href, -1);

      message = g_strdup_printf (_("the root element “%s” is in the namespace “%s”; a NAP XML document is a “nap” element in the namespace %s."),
                                 (const char *) root->name, ns, NAP_XML_NAMESPACE);
      nap_xml_set_error (error, name, line, message);
      return FALSE;
    }

  version = nap_xml_node_attribute (root, "format-version");
  if (version == NULL)
    {
      nap_xml_set_error (error, name, line, _("the root element has no format-version."));
      return FALSE;
    }
  if (g_str_equal (version, "1"))
    return TRUE;

  {
    g_autofree char *valid = g_utf8_make_valid (version, -1);
    gboolean number = *version >= '1' && *version <= '9';

    for (const char *p = version; number && *p != '\0'; p++)
      number = g_ascii_isdigit (*p);
    if (number)
      message = g_strdup_printf (_("the file was made by a newer version of NAP Drafter (format version %s); update NAP Drafter to read it."),
                                 valid);
    else
      message = g_strdup_printf (_("“%s” is not a NAP XML format version."), valid);
  }
  nap_xml_set_error (error, name, line, message);
  return FALSE;
}

/* The schema would refuse a ninth level too, but in words nobody reads. */
static xmlNode *
find_too_deep (xmlNode *parent,
               guint    depth)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (nap_xml_node_is (child, "objective"))
      {
        xmlNode *found;

        if (depth >= NAP_MAX_DEPTH)
          return child;
        found = find_too_deep (child, depth + 1);
        if (found != NULL)
          return found;
      }
  return NULL;
}

/* Whether the watcher's Cancel was pressed; then @error says so. */
static gboolean
cancelled (const Watcher  *watcher,
           GError        **error)
{
  return g_cancellable_set_error_if_cancelled (watcher->cancellable, error);
}

static NapXmlDocument *
read_document (const char     *data,
               gsize           length,
               const char     *name,
               const Watcher  *watcher,
               GError        **error)
{
  g_autoptr(NapXmlDocument) result = NULL;
  xmlDoc *doc;
  xmlNode *root;
  xmlNode *too_deep = NULL;
  xmlNode *objectives;

  ensure_initialized ();

  if (!check_bytes (data != NULL ? data : "", length, name, error) || cancelled (watcher, error))
    return NULL;

  doc = parse (data != NULL ? data : "", length, name, watcher, error);
  if (doc == NULL)
    return NULL;
  nap_progress_update (watcher->progress, NULL, PARSE_DONE, TRUE);

  root = xmlDocGetRootElement (doc);
  if (!check_root (root, name, error))
    {
      xmlFreeDoc (doc);
      return NULL;
    }

  objectives = nap_xml_node_child (root, "objectives");
  if (objectives != NULL)
    too_deep = find_too_deep (objectives, 0);
  if (too_deep != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("objectives are nested more than %d levels deep."), NAP_MAX_DEPTH);
      nap_xml_set_error (error, name, nap_xml_node_line (too_deep), message);
      xmlFreeDoc (doc);
      return NULL;
    }

  if (cancelled (watcher, error) || !nap_xml_schema_validate (doc, name, error) || cancelled (watcher, error))
    {
      xmlFreeDoc (doc);
      return NULL;
    }
  nap_progress_update (watcher->progress, NULL, SCHEMA_DONE, TRUE);

  result = nap_xml_document_build (root, name);
  xmlFreeDoc (doc);

  if (cancelled (watcher, error) || !nap_xml_document_check (result, error) || cancelled (watcher, error))
    return NULL;

  nap_progress_update (watcher->progress, NULL, NAP_XML_READ_DONE, TRUE);
  return g_steal_pointer (&result);
}

/**
 * nap_xml_read_from_memory:
 * @data: (array length=length): the bytes of a file
 * @name: the file's name, for messages
 *
 * Reads and checks a NAP XML document; see docs/xml-format.md for every
 * rule. This is the whole of what an untrusted file meets before it
 * touches a project.
 *
 * Returns: (transfer full): the document, or %NULL with @error set in
 *   %NAP_ERROR_XML to one sentence that names the file and the line
 */
NapXmlDocument *
nap_xml_read_from_memory (const char  *data,
                          gsize        length,
                          const char  *name,
                          GError     **error)
{
  const Watcher watcher = { NULL, NULL };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return read_document (data, length, name, &watcher, error);
}

/* Reads at most NAP_XML_MAX_SIZE + 1 bytes, so that an oversized file (or
 * an endless device) is refused without being read whole.
 */
static char *
read_capped (const char  *path,
             const char  *name,
             gsize       *length,
             GError     **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  struct stat st;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, NAP_ERROR, saved_errno == ENOENT ? NAP_ERROR_NOT_FOUND : NAP_ERROR_IO,
                   _("Could not read “%s”: %s"), name, g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          close (fd);
          g_set_error (error, NAP_ERROR, NAP_ERROR_XML, _("“%s” is a folder, not a NAP XML file."), name);
          return NULL;
        }
      if (S_ISREG (st.st_mode) && st.st_size > NAP_XML_MAX_SIZE)
        {
          close (fd);
          set_too_large (error, name);
          return NULL;
        }
    }

  bytes = g_byte_array_sized_new (S_ISREG (st.st_mode) ? (guint) st.st_size + 1 : 65536);
  for (;;)
    {
      guint8 buffer[65536];
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          close (fd);
          g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                       _("Could not read “%s”: %s"), name, g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (bytes, buffer, (guint) n);
      if (bytes->len > NAP_XML_MAX_SIZE)
        break;
    }
  close (fd);

  *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}

/**
 * nap_xml_read_file_full:
 * @xml_path: the path of the NAP XML file
 * @progress: (nullable): where to say how far the read has come: its
 *   fraction goes from 0 to %NAP_XML_READ_DONE, the stage is left as the
 *   caller set it
 * @cancellable: (nullable): to stop the read, even in the middle of the
 *   parse; it is looked at from the thread that reads
 *
 * Reads and checks the NAP XML file at @xml_path, as nap_xml_read_file()
 * does, for a job that shows its progress and has a Cancel.
 *
 * Returns: (transfer full): the document, or %NULL with @error set; a
 *   cancelled read sets %G_IO_ERROR_CANCELLED
 */
NapXmlDocument *
nap_xml_read_file_full (const char    *xml_path,
                        NapProgress   *progress,
                        GCancellable  *cancellable,
                        GError       **error)
{
  const Watcher watcher = { progress, cancellable };
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (xml_path != NULL, NULL);
  g_return_val_if_fail (progress == NULL || NAP_IS_PROGRESS (progress), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  name = g_filename_display_basename (xml_path);
  data = read_capped (xml_path, name, &length, error);
  if (data == NULL)
    return NULL;

  return read_document (data, length, name, &watcher, error);
}

/**
 * nap_xml_read_file:
 * @xml_path: the path of the NAP XML file
 *
 * Reads and checks the NAP XML file at @xml_path.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
NapXmlDocument *
nap_xml_read_file (const char  *xml_path,
                   GError     **error)
{
  return nap_xml_read_file_full (xml_path, NULL, NULL, error);
}

/**
 * nap_xml_validate:
 * @xml_path: the path of the NAP XML file
 *
 * Checks that @xml_path is a NAP XML document that NAP Drafter would
 * import: the schema and every rule beyond it.
 */
gboolean
nap_xml_validate (const char  *xml_path,
                  GError     **error)
{
  g_autoptr(NapXmlDocument) doc = NULL;

  g_return_val_if_fail (xml_path != NULL, FALSE);

  doc = nap_xml_read_file (xml_path, error);
  return doc != NULL;
}
