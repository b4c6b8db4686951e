/* fuzz-import.c: libFuzzer target for the NAP XML reader
 *
 * Feeds arbitrary bytes to the whole of what an imported or merged file
 * meets before it touches a project: nap_xml_read_from_memory() (size cap,
 * encoding, parser options, DOCTYPE refusal, namespace and version, the
 * schema, the checks). A document that passes is also merged, as a
 * preview, into a small plan, which walks the merge without writing.
 *
 * Built with libFuzzer when meson is set up with -Dfuzzing=true; always
 * built into fuzz-replay, which runs every file of corpus/ and crashes/
 * through it in the normal test suite.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>

#include "nap-error.h"
#include "nap-xml-reader.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static NapProject *project;

/* The plan that documents are merged into: tests/fixtures/small-plan.xml,
 * imported once into a temporary file.
 */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char *source_dir = g_getenv ("NAP_SOURCE_DIR");
  g_autofree char *xml = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (source_dir == NULL)
    return 0;

  xml = g_build_filename (source_dir, "tests", "fixtures", "small-plan.xml", NULL);
  dir = g_dir_make_tmp ("nap-fuzz-XXXXXX", NULL);
  if (dir == NULL)
    return 0;
  path = g_build_filename (dir, "plan.nap", NULL);
  project = nap_xml_import (xml, path, NULL);

  /* The file stays open; its name can go now. */
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(NapXmlDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  doc = nap_xml_read_from_memory ((const char *) data, size, "fuzz.xml", &error);
  if (doc == NULL)
    {
      /* Every refusal is a sentence in our error domain. */
      g_assert (error != NULL && error->domain == NAP_ERROR && error->message[0] != '\0');
      return 0;
    }

  if (project != NULL)
    {
      g_autoptr(NapMergeReport) report = NULL;

      report = nap_xml_merge_document (project, doc, TRUE, &error);
      g_assert ((report != NULL) == (error == NULL));
    }
  return 0;
}
