/* nap-xml-output.c: NAP XML in canonical form, element by element
 *
 * The canonical form (docs/xml-format.md, "Canonical output") fixes every
 * byte: the declaration, one element per line indented by two spaces per
 * level, text elements on one line, empty elements as <name/>, and what is
 * escaped in text and in attribute values. So the output is written here
 * directly, into a buffer handed to the GOutputStream 64 KiB at a time.
 *
 * It was written with libxml2's xmlTextWriter before; on a large plan that
 * took half the time of an export (a call per quote, bracket and level of
 * indentation, and a copy of each element name) and the export missed its
 * target of twice the time of `sqlite3 .dump` (tests/bench/xml-bench.py).
 * The bytes are the same: the round-trip tests compare them with files
 * that xmlTextWriter wrote, and `xmllint --format` leaves them unchanged.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-xml"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nap-error.h"
#include "nap-xml-output.h"

#define FLUSH_SIZE (64 * 1024)

struct _NapXmlOutput
{
  GOutputStream *out;
  char *buffer;           /* FLUSH_SIZE bytes, written when full */
  gsize length;
  GPtrArray *names;       /* of the open elements (static strings) */
  GByteArray *nested;     /* per open element, whether it has child elements */
  gboolean tag_open;      /* the last start tag awaits its '>' */
  GError **error;         /* the first failure; nothing is written after it */
};

static gboolean
failed (NapXmlOutput *self)
{
  return *self->error != NULL;
}

static void
flush (NapXmlOutput *self)
{
  if (!failed (self) && self->length > 0)
    g_output_stream_write_all (self->out, self->buffer, self->length, NULL, NULL, self->error);
  self->length = 0;
}

/* The only way bytes reach the buffer: a large plan makes millions of
 * small appends, and GString's cost more than the rest of the output.
 */
static void
put (NapXmlOutput *self,
     const char   *data,
     gsize         length)
{
  while (length > FLUSH_SIZE - self->length)
    {
      gsize part = FLUSH_SIZE - self->length;

      memcpy (self->buffer + self->length, data, part);
      self->length = FLUSH_SIZE;
      flush (self);
      data += part;
      length -= part;
    }
  memcpy (self->buffer + self->length, data, length);
  self->length += length;
}

static void
put_c (NapXmlOutput *self,
       char          c)
{
  if (self->length == FLUSH_SIZE)
    flush (self);
  self->buffer[self->length++] = c;
}

static void
put_str (NapXmlOutput *self,
         const char   *text)
{
  put (self, text, strlen (text));
}

/**
 * nap_xml_output_new:
 * @out: where to write; it is not closed
 * @error: where the first failure goes; the output stops there, and so
 *   may its caller
 *
 * Returns: (transfer full): the output, with the XML declaration written;
 *   end it with nap_xml_output_finish()
 */
NapXmlOutput *
nap_xml_output_new (GOutputStream  *out,
                    GError        **error)
{
  NapXmlOutput *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_new0 (NapXmlOutput, 1);
  self->out = g_object_ref (out);
  self->buffer = g_malloc (FLUSH_SIZE);
  self->names = g_ptr_array_new ();
  self->nested = g_byte_array_new ();
  self->error = error;
  put_str (self, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  return self;
}


/**
 * nap_xml_output_finish:
 * @self: a #NapXmlOutput
 *
 * Ends the document, writes what is left and frees @self.
 *
 * Returns: whether everything was written, without a failure before
 */
gboolean
nap_xml_output_finish (NapXmlOutput *self)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!failed (self))
    {
      g_warn_if_fail (self->names->len == 0);
      put_c (self, '\n');
      flush (self);
    }
  ok = !failed (self);

  g_object_unref (self->out);
  g_free (self->buffer);
  g_ptr_array_unref (self->names);
  g_byte_array_unref (self->nested);
  g_free (self);
  return ok;
}

static void
close_tag (NapXmlOutput *self)
{
  if (self->tag_open)
    {
      put_c (self, '>');
      self->tag_open = FALSE;
    }
}

static void
new_line (NapXmlOutput *self,
          guint         depth)
{
  static const char spaces[] = "\n                                ";

  put (self, spaces, 1 + MIN (2 * depth, sizeof spaces - 2));
  /* Only a crafted plan nests deeper than the spaces above reach. */
  for (guint i = (sizeof spaces - 2) / 2; i < depth; i++)
    put (self, "  ", 2);
}

/**
 * nap_xml_output_start:
 * @self: a #NapXmlOutput
 * @name: a static string, such as a literal
 *
 * Starts an element: on a line of its own below the root, after which
 * its parent ends on a line of its own too.
 */
void
nap_xml_output_start (NapXmlOutput *self,
                      const char   *name)
{
  guint depth = self->names->len;

  if (failed (self))
    return;

  close_tag (self);
  if (depth > 0)
    {
      self->nested->data[depth - 1] = TRUE;
      new_line (self, depth);
    }
  put_c (self, '<');
  put_str (self, name);
  g_ptr_array_add (self->names, (gpointer) name);
  g_byte_array_append (self->nested, (const guint8 *) "", 1);
  self->tag_open = TRUE;
}

/**
 * nap_xml_output_end:
 * @self: a #NapXmlOutput
 */
void
nap_xml_output_end (NapXmlOutput *self)
{
  guint depth;

  if (failed (self))
    return;

  g_return_if_fail (self->names->len > 0);
  depth = self->names->len - 1;

  if (self->tag_open)
    {
      put (self, "/>", 2);
      self->tag_open = FALSE;
    }
  else
    {
      if (self->nested->data[depth])
        new_line (self, depth);
      put (self, "</", 2);
      put_str (self, g_ptr_array_index (self->names, depth));
      put_c (self, '>');
    }
  g_ptr_array_set_size (self->names, depth);
  g_byte_array_set_size (self->nested, depth);
}

/* XML 1.0 cannot carry C0 controls other than tab, line feed and carriage
 * return, nor U+FFFE and U+FFFF. A plan holds only what its editors let
 * in, but a value that slipped through must stop the export, not make a
 * file that no reader accepts.
 */
static gboolean
check_chars (NapXmlOutput *self,
             const char   *value)
{
  /* The bytes that end the scan: NUL, the C0 controls XML cannot carry,
   * and EF, the first byte of U+FFFE and U+FFFF (EF BF BE, EF BF BF) and
   * of many characters that are fine.
   */
  static const guchar stops[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    [0xef] = 1,
  };
  const guchar *p = (const guchar *) value;
  gunichar c;
  g_autoptr(GString) shown = NULL;

  /* A table rather than a test per character: this runs on every byte
   * written.
   */
  for (;; p++)
    {
      while (!stops[*p])
        p++;
      if (*p == '\0')
        return TRUE;
      if (*p != 0xef || (p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf)))
        break;
    }

  c = *p < 0x20 ? *p : g_utf8_get_char ((const char *) p);
  shown = g_string_new (NULL);
  /* The text as the drafters see it, so that they can find it; what
   * cannot be shown becomes "?".
   */
  for (const char *q = value; *q != '\0' && shown->len < 80; q = g_utf8_next_char (q))
    {
      gunichar d = g_utf8_get_char (q);

      if (d < 0x20 || d == 0xfffe || d == 0xffff)
        g_string_append_c (shown, '?');
      else
        g_string_append_unichar (shown, d);
    }
  g_set_error (self->error, NAP_ERROR, NAP_ERROR_INVALID,
               _("The text “%s” holds a character that XML cannot carry (U+%04X). Remove it and export again."),
               shown->str, c);
  return FALSE;
}

/* Appends @value with @specials replaced as the canonical form escapes
 * them.
 */
static void
append_escaped (NapXmlOutput *self,
                const char   *value,
                const char   *specials)
{
  for (const char *p = value;; p++)
    {
      size_t plain = strcspn (p, specials);

      put (self, p, plain);
      p += plain;
      switch (*p)
        {
        case '\0':
          return;
        case '&':
          put (self, "&amp;", 5);
          break;
        case '<':
          put (self, "&lt;", 4);
          break;
        case '>':
          put (self, "&gt;", 4);
          break;
        case '"':
          put (self, "&quot;", 6);
          break;
        case '\t':
          put (self, "&#9;", 4);
          break;
        case '\n':
          put (self, "&#10;", 5);
          break;
        default:
          put (self, "&#13;", 5);
          break;
        }
    }
}

/**
 * nap_xml_output_attr:
 * @self: a #NapXmlOutput
 * @name: the attribute; nothing is written for a %NULL @value
 * @value: (nullable): the attribute's value; %NULL writes no attribute
 *
 * Adds an attribute to the element just started.
 */
void
nap_xml_output_attr (NapXmlOutput *self,
                     const char   *name,
                     const char   *value)
{
  if (failed (self) || value == NULL)
    return;

  g_return_if_fail (self->tag_open);
  if (!check_chars (self, value))
    return;

  put_c (self, ' ');
  put_str (self, name);
  put (self, "=\"", 2);
  append_escaped (self, value, "&<>\"\t\n\r");
  put_c (self, '"');
}

/**
 * nap_xml_output_attr_nonempty:
 * @self: a #NapXmlOutput
 * @name: the attribute's name
 * @value: (nullable): the attribute's value; %NULL or "" writes no
 *   attribute
 */
void
nap_xml_output_attr_nonempty (NapXmlOutput *self,
                              const char   *name,
                              const char   *value)
{
  if (value != NULL && *value != '\0')
    nap_xml_output_attr (self, name, value);
}

/**
 * nap_xml_output_attr_int:
 * @self: a #NapXmlOutput
 * @name: the attribute's name
 */
void
nap_xml_output_attr_int (NapXmlOutput *self,
                         const char   *name,
                         gint64        value)
{
  char buffer[32];

  g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, value);
  nap_xml_output_attr (self, name, buffer);
}

/**
 * nap_xml_output_attr_count:
 * @self: a #NapXmlOutput
 * @name: the attribute's name
 *
 * Writes a count that NAP XML can carry, or a failure that says why not.
 */
void
nap_xml_output_attr_count (NapXmlOutput *self,
                           const char   *name,
                           gint64        value)
{
  if (failed (self))
    return;

  if (value > NAP_XML_MAX_COUNT || value < 0)
    {
      /* A format macro inside the message would hide it from xgettext. */
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, value);

      g_set_error (self->error, NAP_ERROR, NAP_ERROR_INVALID,
                   _("The number %s cannot be written in NAP XML, which takes counts from 0 to %d."),
                   number, NAP_XML_MAX_COUNT);
      return;
    }
  nap_xml_output_attr_int (self, name, value);
}

/**
 * nap_xml_output_content:
 * @self: a #NapXmlOutput
 * @value: (nullable): the text; %NULL or "" writes nothing
 *
 * Writes @value as the text of the element just started; nothing for
 * %NULL or "", so that the element stays empty: <name/>.
 */
void
nap_xml_output_content (NapXmlOutput *self,
                        const char   *value)
{
  if (failed (self) || value == NULL || *value == '\0' || !check_chars (self, value))
    return;

  close_tag (self);
  append_escaped (self, value, "&<>\r");
}

/**
 * nap_xml_output_text_element:
 * @self: a #NapXmlOutput
 * @name: the element's name: a static string, such as a literal
 * @value: (nullable): the text; %NULL or "" makes an empty element
 */
void
nap_xml_output_text_element (NapXmlOutput *self,
                             const char   *name,
                             const char   *value)
{
  nap_xml_output_start (self, name);
  nap_xml_output_content (self, value);
  nap_xml_output_end (self);
}
