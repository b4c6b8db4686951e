/* test-xml-hostile.c: what an untrusted NAP XML file cannot do
 *
 * Each input is refused by validate and by import with one line that names
 * the file and, where there is one, the line; import leaves no file behind;
 * nothing outside the document is read. The inputs are made here, from the
 * small example plan, so that each differs from a valid file in one place.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "xml-test-common.h"

static char *
small_plan (void)
{
  g_autofree char *path = xml_test_source_path ("tests", "fixtures", "small-plan.xml", NULL);

  return xml_test_read (path);
}

/* The small plan with @from, which occurs once, replaced by @to. */
static char *
variant (const char *from,
         const char *to)
{
  g_autofree char *plan = small_plan ();
  const char *at = strstr (plan, from);

  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, from));
  return g_strdup_printf ("%.*s%s%s", (int) (at - plan), plan, to, at + strlen (from));
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

/* Checks that @xml_path is refused by validate, import and merge with a
 * one-line message naming the file, @line (0: none) and holding @fragment,
 * and that import leaves nothing behind. Returns the message.
 */
static char *
check_refused_file (XmlFixture *fixture,
                    const char *xml_path,
                    int         line,
                    const char *fragment)
{
  g_autofree char *nap_path = xml_fixture_path (fixture, "imported.nap");
  g_autofree char *name = g_path_get_basename (xml_path);
  g_autofree char *prefix = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NapProject) project = NULL;
  guint n_files = count_files (fixture->dir);

  g_assert_false (nap_xml_validate (xml_path, &error));
  g_assert_error (error, NAP_ERROR, NAP_ERROR_XML);
  if (line > 0)
    prefix = g_strdup_printf ("“%s”, line %d: ", name, line);
  else
    prefix = g_strdup_printf ("“%s”: ", name);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, fragment) == NULL)
    g_error ("Unexpected message for %s: %s (expected “%s” and “%s”)",
             name, error->message, prefix, fragment);
  g_assert_null (strchr (error->message, '\n'));
  g_clear_error (&error);

  project = nap_xml_import (xml_path, nap_path, &error);
  g_assert_null (project);
  g_assert_error (error, NAP_ERROR, NAP_ERROR_XML);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_false (g_file_test (nap_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (fixture->dir), ==, n_files);

  return g_strdup (error->message);
}

static void
check_refused (XmlFixture *fixture,
               const char *contents,
               gssize      length,
               int         line,
               const char *fragment)
{
  g_autofree char *xml_path = xml_fixture_path (fixture, "hostile.xml");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_assert_true (g_file_set_contents (xml_path, contents, length, &error));
  g_assert_no_error (error);
  message = check_refused_file (fixture, xml_path, line, fragment);
  g_unlink (xml_path);
}

static void
check_variant (XmlFixture *fixture,
               const char *from,
               const char *to,
               int         line,
               const char *fragment)
{
  g_autofree char *contents = variant (from, to);

  check_refused (fixture, contents, -1, line, fragment);
}

#define ROOT "<nap xmlns=\"urn:napdrafter:nap:1\" format-version=\"1\" id=\"e37219da-5ab9-4370-90cc-5879224ac98f\" xml:lang=\"en\">"

/* Entities and DOCTYPEs */

static void
test_external_entity_file (XmlFixture    *fixture,
                           gconstpointer  data)
{
  g_autofree char *passwd = NULL;
  g_autofree char *xml_path = xml_fixture_path (fixture, "xxe.xml");
  g_autofree char *message = NULL;
  g_autofree char *contents = variant ("<title>Illustrative plan", "<title>&xxe;Illustrative plan");
  g_autofree char *hostile = NULL;
  g_autoptr(GError) error = NULL;

  hostile = g_strdup_printf ("%.39s<!DOCTYPE nap [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n%s",
                             contents, contents + 39);
  g_assert_true (g_str_has_prefix (hostile, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE"));
  g_assert_true (g_file_set_contents (xml_path, hostile, -1, &error));

  message = check_refused_file (fixture, xml_path, 2, "DOCTYPE");

  /* Nothing of the file the entity names reaches the message. */
  if (g_file_get_contents ("/etc/passwd", &passwd, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (passwd, "\n", 2);

      g_assert_null (strstr (message, lines[0]));
    }
  g_assert_null (strstr (message, "root:"));
}

static void
test_external_entity_network (XmlFixture    *fixture,
                              gconstpointer  data)
{
  g_autoptr(GSocket) server = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocket) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  guint16 port;

  /* A server that records whether anyone connects. */
  server = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  address = g_inet_socket_address_new (loopback, 0);
  g_assert_true (g_socket_bind (server, address, TRUE, &error));
  g_assert_true (g_socket_listen (server, &error));
  bound = g_socket_get_local_address (server, &error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));

  /* A general entity, a parameter entity, an external DTD. */
  contents = g_strdup_printf ("<?xml version=\"1.0\"?>\n<!DOCTYPE nap [\n<!ENTITY net SYSTEM \"http://127.0.0.1:%u/x\">\n]>\n"
                              ROOT "&net;</nap>\n", port);
  check_refused (fixture, contents, -1, 2, "DOCTYPE");
  g_free (contents);
  contents = g_strdup_printf ("<?xml version=\"1.0\"?>\n<!DOCTYPE nap [\n<!ENTITY %% p SYSTEM \"http://127.0.0.1:%u/p\"> %%p;\n]>\n"
                              ROOT "</nap>\n", port);
  check_refused (fixture, contents, -1, 2, "DOCTYPE");
  g_free (contents);
  contents = g_strdup_printf ("<?xml version=\"1.0\"?>\n<!DOCTYPE nap SYSTEM \"http://127.0.0.1:%u/nap.dtd\">\n"
                              ROOT "</nap>\n", port);
  check_refused (fixture, contents, -1, 2, "DOCTYPE");

  check_refused (fixture,
                 "<?xml version=\"1.0\"?>\n<!DOCTYPE nap [<!ENTITY net SYSTEM \"http://127.0.0.1:1/\">]>\n" ROOT "&net;</nap>\n",
                 -1, 2, "DOCTYPE");

  g_socket_set_blocking (server, FALSE);
  client = g_socket_accept (server, NULL, &error);
  g_assert_null (client);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

static void
test_billion_laughs (XmlFixture    *fixture,
                     gconstpointer  data)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE nap [\n<!ENTITY lol \"lol\">\n");

  for (guint i = 1; i <= 10; i++)
    {
      g_string_append_printf (xml, "<!ENTITY lol%u \"", i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (xml, i == 1 ? "&lol;" : "&lol%u;", i - 1);
      g_string_append (xml, "\">\n");
    }
  g_string_append (xml, "]>\n" ROOT "<plan><title>&lol10;</title></plan></nap>\n");

  check_refused (fixture, xml->str, -1, 2, "DOCTYPE");
}

static void
test_quadratic_blowup (XmlFixture    *fixture,
                       gconstpointer  data)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE nap [\n<!ENTITY a \"");

  for (guint i = 0; i < 50000; i++)
    g_string_append_c (xml, 'a');
  g_string_append (xml, "\">\n]>\n" ROOT "<plan><title>");
  for (guint i = 0; i < 50000; i++)
    g_string_append (xml, "&a;");
  g_string_append (xml, "</title></plan></nap>\n");

  check_refused (fixture, xml->str, -1, 2, "DOCTYPE");
}

/* libxml2 2.9.14 checks each attribute against all those before it: a
 * 1 MB file with 100,000 attributes on one element took minutes. It is
 * refused before the parser sees it, well within the 2 seconds a user
 * waits without wondering.
 */
static void
test_many_attributes (XmlFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n" ROOT "\n<plan");
  g_autoptr(GString) long_name = g_string_new ("<?xml version=\"1.0\"?>\n" ROOT "\n\n<plan ");
  gint64 start;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (xml, " a%u=\"\"", i);
  g_string_append (xml, "><title>T</title></plan></nap>\n");
  g_assert_cmpuint (xml->len, >, 900000);

  start = g_get_monotonic_time ();
  check_refused (fixture, xml->str, -1, 3, "more than 64 attributes");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);

  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (long_name, 'n');
  g_string_append (long_name, "=\"\"><title>T</title></plan></nap>\n");
  start = g_get_monotonic_time ();
  check_refused (fixture, long_name->str, -1, 4, "longer than 256 characters");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

/* Messages that named nothing or the wrong element: a missing
 * <consultations> gave "an element “” is missing here", and an element
 * inside an indicator's title a complaint about the next line's unit.
 */
static void
test_schema_messages (XmlFixture    *fixture,
                      gconstpointer  data)
{
  g_autofree char *plan = small_plan ();
  g_autofree char *without = NULL;
  const char *start = strstr (plan, "  <consultations>");
  const char *end = strstr (plan, "</consultations>\n");

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  without = g_strdup_printf ("%.*s%s", (int) (start - plan), plan, end + strlen ("</consultations>\n"));
  check_refused (fixture, without, -1, 2,
                 "the element “nap” must hold an element “consultations”, which is missing.");

  check_variant (fixture, "<title>Women mediators trained</title>",
                 "<title><b/>Women mediators trained</title>", 39,
                 "the element “title” cannot hold “b” here.");
  check_variant (fixture, "<title>Illustrative plan",
                 "<title><b>x</b>Illustrative plan", 4,
                 "the element “title” cannot hold “b” here.");
}

static void
test_doctype (XmlFixture    *fixture,
              gconstpointer  data)
{
  check_variant (fixture, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a comment -->\n<!DOCTYPE nap>\n", 3, "DOCTYPE");
}

static void
test_xinclude (XmlFixture    *fixture,
               gconstpointer  data)
{
  g_autofree char *contents = variant ("<summary>",
                                       "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/>\n    <summary>");
  g_autofree char *xml_path = xml_fixture_path (fixture, "xinclude.xml");
  g_autofree char *message = NULL;

  g_assert_true (g_file_set_contents (xml_path, contents, -1, NULL));
  message = check_refused_file (fixture, xml_path, 11, "the element “plan” cannot hold “include” here.");
  g_assert_null (strstr (message, "root:"));
}

/* Files that are not plain UTF-8 XML, or too big */

static void
test_gzip (XmlFixture    *fixture,
           gconstpointer  data)
{
  g_autofree char *mali_path = xml_test_source_path ("data", "examples", "mali-2012-2014.xml", NULL);
  g_autofree char *mali = xml_test_read (mali_path);
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) gzip = g_converter_output_stream_new (memory, G_CONVERTER (compressor));
  g_autoptr(GError) error = NULL;

  g_assert_true (g_output_stream_write_all (gzip, mali, strlen (mali), NULL, NULL, &error));
  g_assert_true (g_output_stream_close (gzip, NULL, &error));
  g_assert_no_error (error);

  check_refused (fixture,
                 g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                 (gssize) g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)),
                 0, "compressed (gzip)");
}

static void
test_oversize (XmlFixture    *fixture,
               gconstpointer  data)
{
  g_autofree char *xml_path = xml_fixture_path (fixture, "huge.xml");
  g_autofree char *message = NULL;
  int fd;

  /* A sparse file one byte over the cap: refused without being read. */
  fd = g_open (xml_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, NAP_XML_MAX_SIZE + 1), ==, 0);
  close (fd);

  message = check_refused_file (fixture, xml_path, 0, "larger than 64 MiB");
}

static void
test_invalid_utf8 (XmlFixture    *fixture,
                   gconstpointer  data)
{
  check_variant (fixture, "<title>Women mediators trained</title>",
                 "<title>Women m\xc3\x28" "diators trained</title>", 39, "not valid UTF-8");
  check_variant (fixture, "<summary>A small", "<summary>A\xff small", 11, "not valid UTF-8");
  /* UTF-16 is not read, even with a byte-order mark. */
  check_refused (fixture, "\xff\xfe<\0?\0x\0m\0l\0", 12, 1, "not valid UTF-8");
  check_variant (fixture, "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", 1, "ISO-8859-1");
}

static void
test_not_xml (XmlFixture    *fixture,
              gconstpointer  data)
{
  check_refused (fixture, "", 0, 1, "not well-formed XML");
  check_refused (fixture, "PK\x03\x04 a zip file", -1, 1, "not well-formed XML");
  check_variant (fixture, "</actors>", "</actor>", 19, "not well-formed XML");
  check_variant (fixture, "<title>Women mediators trained</title>",
                 "<title>Women &eacute; trained</title>", 39, "not well-formed XML");
  check_variant (fixture, "<title>Women mediators trained</title>",
                 "<title>Women \x01 trained</title>", 39, "not well-formed XML");
}

/* Nesting */

static void
test_too_deep (XmlFixture    *fixture,
               gconstpointer  data)
{
  g_autofree char *path = xml_test_source_path ("tests", "fixtures", "invalid", "too-deep.xml", NULL);
  g_free (check_refused_file (fixture, path, 71, "more than 8 levels deep"));
}

static void
test_deep_nesting (XmlFixture    *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n" ROOT "<objectives>\n");

  /* libxml2 stops at depth 256 (without XML_PARSE_HUGE), so this neither
   * overflows the stack nor reaches the schema.
   */
  for (guint i = 0; i < 100000; i++)
    g_string_append (xml, "<objective>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (xml, "</objective>");
  g_string_append (xml, "\n</objectives></nap>\n");
  check_refused (fixture, xml->str, -1, 3, "Excessive depth");

  g_string_assign (xml, "<?xml version=\"1.0\"?>\n");
  for (guint i = 0; i < 100000; i++)
    g_string_append (xml, "<a>\n");
  check_refused (fixture, xml->str, -1, 259, "Excessive depth");
}

/* The root */

static void
test_namespace (XmlFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *path = xml_test_source_path ("tests", "fixtures", "invalid", "wrong-namespace.xml", NULL);
  g_free (check_refused_file (fixture, path, 2, "urn:napdrafter:nap:2"));

  check_variant (fixture, " xmlns=\"urn:napdrafter:nap:1\"", "", 2, "in no namespace");
  check_variant (fixture, "<nap xmlns=", "<plan xmlns=", 68, "not well-formed");
}

static void
test_format_version (XmlFixture    *fixture,
                     gconstpointer  data)
{
  check_variant (fixture, "format-version=\"1\"", "format-version=\"2\"", 2, "newer version of NAP Drafter");
  check_variant (fixture, "format-version=\"1\"", "format-version=\"1.0\"", 2, "“1.0” is not a NAP XML format version");
  check_variant (fixture, "format-version=\"1\"", "format-version=\"01\"", 2, "not a NAP XML format version");
  check_variant (fixture, " format-version=\"1\"", "", 2, "no format-version");
}

/* The schema */

static void
test_schema (XmlFixture    *fixture,
             gconstpointer  data)
{
  const struct
  {
    const char *file;
    int line;
    const char *fragment;
  } cases[] = {
    { "bad-date.xml", 51, "“12/11/2024” is not a valid value for the attribute “start” of “consultation”" },
    { "bad-status.xml", 37, "“in-progress” is not a valid value for “status”" },
    { "bad-uuid.xml", 10, "“BE64843F-A530-4B62-A379-8465BC1F1B32” is not a valid value for the attribute “id”" },
    { "missing-title.xml", 30, "there is an element “description” where “title” was expected" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = xml_test_source_path ("tests", "fixtures", "invalid", cases[i].file, NULL);
      g_free (check_refused_file (fixture, path, cases[i].line, cases[i].fragment));
    }

  check_variant (fixture, "<description/>\n      <lead", "<description/>\n      <b>bold</b>\n      <lead",
                 28, "“b”");
  check_variant (fixture, "<country>ML</country>", "<country>Mali</country>", 5,
                 "“Mali” is not a valid value for “country”");
  check_variant (fixture, "<participants women=\"34\"", "<participants women=\"-3\"", 56,
                 "an attribute of “participants” is missing, not allowed there");
  check_variant (fixture, "      <notes>No participant names recorded.</notes>\n", "", 60,
                 "the element “consultation” cannot hold “recommendation” here");
}

/* Beyond the schema */

static void
test_references (XmlFixture    *fixture,
                 gconstpointer  data)
{
  check_variant (fixture, "<lead actor=\"3e976696-4ea3-46bb-895f-0177bbef15ab\"/>\n      <status>",
                 "<lead actor=\"3e976696-4ea3-46bb-895f-0177bbef15ac\"/>\n      <status>",
                 28, "no actor in the document has the id 3e976696-4ea3-46bb-895f-0177bbef15ac");
  check_variant (fixture, "<concerns objective=\"f30c961f-77ee-4e62-9a5b-821880c801bf\"/>",
                 "<concerns objective=\"f30c961f-77ee-4e62-9a5b-821880c80000\"/>",
                 63, "no objective in the document has the id f30c961f-77ee-4e62-9a5b-821880c80000");
  /* An id of the wrong kind does not do either. */
  check_variant (fixture, "<concerns objective=\"f30c961f-77ee-4e62-9a5b-821880c801bf\"/>",
                 "<concerns objective=\"3e976696-4ea3-46bb-895f-0177bbef15ab\"/>",
                 63, "no objective in the document");
  check_variant (fixture, "funder=\"11d95178-50d6-45c1-9652-f35134a89594\"",
                 "funder=\"f30c961f-77ee-4e62-9a5b-821880c801bf\"", 46, "no actor in the document");
}

static void
test_duplicates (XmlFixture    *fixture,
                 gconstpointer  data)
{
  check_variant (fixture, "<actor id=\"d0a7897b-d8f8-4faa-9f95-e83ddd8476ec\"",
                 "<actor id=\"3e976696-4ea3-46bb-895f-0177bbef15ab\"",
                 16, "the id 3e976696-4ea3-46bb-895f-0177bbef15ab is used twice (first on line 15)");
  check_variant (fixture, "<indicator id=\"37bfb9c6-6883-4fb2-87aa-9e75d18b3112\"",
                 "<indicator id=\"e37219da-5ab9-4370-90cc-5879224ac98f\"",
                 38, "used twice (first on line 2)");
  check_variant (fixture, "<partner actor=\"d0a7897b-d8f8-4faa-9f95-e83ddd8476ec\"/>",
                 "<partner actor=\"d0a7897b-d8f8-4faa-9f95-e83ddd8476ec\"/>\n<partner actor=\"d0a7897b-d8f8-4faa-9f95-e83ddd8476ec\"/>",
                 35, "appears twice");
  check_variant (fixture, "<group name=\"displaced persons\"", "<group name=\"youth\"", 58, "two groups named “youth”");
  check_variant (fixture, "currency=\"EUR\" rate=", "currency=\"XOF\" rate=", 10, "XOF is the plan currency");
  check_variant (fixture, "<level depth=\"1\" name=\"Action\"/>", "<level depth=\"0\" name=\"Action\"/>",
                 22, "two levels of depth 0");
  check_variant (fixture, "<level depth=\"1\" name=\"Action\"/>", "<level depth=\"3\" name=\"Action\"/>",
                 22, "a level of depth 3 comes where depth 1 was expected");
}

static void
test_dates (XmlFixture    *fixture,
            gconstpointer  data)
{
  check_variant (fixture, "<period start=\"2025-01-01\"", "<period start=\"2024-02-30\"", 6, "“2024-02-30” is not a real date");
  check_variant (fixture, "<timeframe start=\"2025-03-01\" end=\"2026-12-31\"/>",
                 "<timeframe start=\"2025-03-01\" end=\"2026-02-29\"/>", 36, "“2026-02-29” is not a real date");
  check_variant (fixture, "start=\"2024-11-12\"", "start=\"2023-04-31\"", 51, "not a real date");
}

static void
test_money (XmlFixture    *fixture,
            gconstpointer  data)
{
  check_variant (fixture, "amount=\"12500000\"", "amount=\"12500000.50\"", 45,
                 "the budget line amount “12500000.50” has more decimals than XOF allows (0)");
  check_variant (fixture, "amount=\"15000.00\"", "amount=\"15000.5\"", 46, "fewer decimals than EUR has (2)");
  check_variant (fixture, "amount=\"15000.00\"", "amount=\"15000.000\"", 46, "more decimals than EUR allows (2)");
  check_variant (fixture, "unit-cost=\"250000\"", "unit-cost=\"250000.0\"", 45, "the unit cost “250000.0” has more decimals");
  check_variant (fixture, "unit-cost=\"250000\"", "unit-cost=\"-250000\"", 45, "the unit cost “-250000” is negative");
  check_variant (fixture, "amount=\"15000.00\"", "amount=\"999999999999999999.99\"", 46, "is too large");
  check_variant (fixture, "amount=\"15000.00\"", "amount=\"92233720368547758.08\"", 46, "is too large");
  check_variant (fixture, "amount=\"15000.00\"", "amount=\"-92233720368547758.09\"", 46, "is too large");
  check_variant (fixture, "currency=\"XOF\" status=\"secured\"", "currency=\"XYZ\" status=\"secured\"",
                 45, "“XYZ” is not a known ISO 4217 currency code");
  check_variant (fixture, "<currency>XOF</currency>", "<currency>XAU</currency>", 9, "“XAU” is not a known");
  check_variant (fixture, "currency=\"EUR\" rate=", "currency=\"ABC\" rate=", 10, "“ABC” is not a known");
  check_variant (fixture, "year=\"2025\"", "year=\"0000\"", 45, "“0000” is not a year");
}

/* What a reader accepts though it looks unusual */

static void
test_accepted_variants (XmlFixture    *fixture,
                        gconstpointer  data)
{
  g_autofree char *xml_path = xml_fixture_path (fixture, "variant.xml");
  g_autofree char *nap_path = xml_fixture_path (fixture, "variant.nap");
  g_autofree char *contents = variant ("<title>Women mediators trained</title>",
                                       "<title><!-- a comment --><?pi data?><![CDATA[Women <mediators> & ]]>trained</title>");
  g_autoptr(NapProject) project = NULL;
  g_autoptr(NapObjective) pillar = NULL;
  g_autoptr(NapObjective) action = NULL;
  g_autoptr(NapIndicator) indicator = NULL;
  g_autoptr(NapBudgetLine) line = NULL;
  g_autoptr(GError) error = NULL;

  /* Largest and smallest amounts that fit in 64 bits. */
  g_autofree char *edge = NULL;
  {
    g_autofree char *step = g_strdup (contents);
    const char *at = strstr (step, "amount=\"15000.00\"");

    edge = g_strdup_printf ("%.*samount=\"-92233720368547758.08\"%s", (int) (at - step), step,
                            at + strlen ("amount=\"15000.00\""));
  }
  g_assert_true (g_file_set_contents (xml_path, edge, -1, &error));
  project = nap_xml_import (xml_path, nap_path, &error);
  g_assert_no_error (error);

  pillar = g_list_model_get_item (nap_project_get_objectives (project), 0);
  action = g_list_model_get_item (nap_objective_get_children (pillar), 0);
  indicator = g_list_model_get_item (nap_objective_get_indicators (action), 0);
  line = g_list_model_get_item (nap_objective_get_budget_lines (action), 1);
  g_assert_cmpstr (nap_indicator_get_title (indicator), ==, "Women <mediators> & trained");
  g_assert_cmpint (nap_budget_line_get_amount (line), ==, G_MININT64);
  g_clear_object (&project);
  g_unlink (nap_path);

  /* Any prefix for the namespace. */
  {
    g_autofree char *plan = small_plan ();
    g_autoptr(GRegex) open_tag = g_regex_new ("<(?!\\?|/)", 0, 0, NULL);
    g_autoptr(GRegex) close_tag = g_regex_new ("</", 0, 0, NULL);
    g_autofree char *opened = g_regex_replace_literal (open_tag, plan, -1, 0, "<n:", 0, NULL);
    g_autofree char *prefixed = g_regex_replace_literal (close_tag, opened, -1, 0, "</n:", 0, NULL);
    g_autoptr(GString) fixed = g_string_new (prefixed);

    g_string_replace (fixed, "xmlns=", "xmlns:n=", 1);
    g_assert_true (g_file_set_contents (xml_path, fixed->str, -1, &error));
    g_assert_true (nap_xml_validate (xml_path, &error));
    g_assert_no_error (error);
  }
}

int
main (int    argc,
      char **argv)
{
  static const NapTestCase cases[] = {
    NAP_TEST_CASE ("/xml/hostile/external-entity-file", test_external_entity_file),
    NAP_TEST_CASE ("/xml/hostile/external-entity-network", test_external_entity_network),
    NAP_TEST_CASE ("/xml/hostile/billion-laughs", test_billion_laughs),
    NAP_TEST_CASE ("/xml/hostile/quadratic-blowup", test_quadratic_blowup),
    NAP_TEST_CASE ("/xml/hostile/many-attributes", test_many_attributes),
    NAP_TEST_CASE ("/xml/hostile/schema-messages", test_schema_messages),
    NAP_TEST_CASE ("/xml/hostile/doctype", test_doctype),
    NAP_TEST_CASE ("/xml/hostile/xinclude", test_xinclude),
    NAP_TEST_CASE ("/xml/hostile/gzip", test_gzip),
    NAP_TEST_CASE ("/xml/hostile/oversize", test_oversize),
    NAP_TEST_CASE ("/xml/hostile/invalid-utf8", test_invalid_utf8),
    NAP_TEST_CASE ("/xml/hostile/not-xml", test_not_xml),
    NAP_TEST_CASE ("/xml/hostile/too-deep", test_too_deep),
    NAP_TEST_CASE ("/xml/hostile/deep-nesting", test_deep_nesting),
    NAP_TEST_CASE ("/xml/hostile/namespace", test_namespace),
    NAP_TEST_CASE ("/xml/hostile/format-version", test_format_version),
    NAP_TEST_CASE ("/xml/hostile/schema", test_schema),
    NAP_TEST_CASE ("/xml/hostile/references", test_references),
    NAP_TEST_CASE ("/xml/hostile/duplicates", test_duplicates),
    NAP_TEST_CASE ("/xml/hostile/dates", test_dates),
    NAP_TEST_CASE ("/xml/hostile/money", test_money),
    NAP_TEST_CASE ("/xml/hostile/accepted-variants", test_accepted_variants),
  };

  g_test_init (&argc, &argv, NULL);
  NAP_TEST_ADD_CASES (XmlFixture, xml_fixture_set_up, xml_fixture_tear_down, cases);

  return g_test_run ();
}
