/* fuzz-open.c: libFuzzer target for opening a project file
 *
 * A plan arrives as an e-mail attachment: any bytes may be given to
 * nap_project_open(). Each input is written to a file and opened
 * read-only as `nap-tool info` and the window do; what opens is then
 * checked and exported as XML and CSV, which reads every table. Whatever
 * the bytes, the program must refuse them with a sentence of its own or
 * read them, and never crash, hang or write to the file.
 *
 * Built with libFuzzer when meson is set up with -Dfuzzing=true; always
 * built into fuzz-open-replay, which runs every file of corpus-open/
 * through it in the normal test suite.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <string.h>

#include "nap-error.h"
#include "nap-jobs.h"
#include "nap-project.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *dir;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  dir = g_dir_make_tmp ("nap-fuzz-open-XXXXXX", NULL);
  g_assert (dir != NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = g_build_filename (dir, "input.nap", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autoptr(NapProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gsize after_size = 0;

  g_assert (g_file_set_contents (path, (const char *) data, size, NULL));

  project = nap_project_open (path, NAP_STORE_OPEN_READ_ONLY, &error);
  if (project == NULL)
    {
      /* Every refusal is a sentence in our error domain. */
      g_assert (error != NULL && error->domain == NAP_ERROR && error->message[0] != '\0');
    }
  else
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GOutputStream) sink = g_memory_output_stream_new_resizable ();

      (void) nap_project_count_objectives (project);
      problems = nap_project_check_integrity (project, &error);
      g_assert ((problems != NULL) == (error == NULL));
      g_clear_error (&error);

      if (!nap_export_plan_file (path, NAP_EXPORT_XML, sink, &error))
        g_assert (error != NULL && error->domain == NAP_ERROR && error->message[0] != '\0');
      g_clear_error (&error);
      if (!nap_export_plan_file (path, NAP_EXPORT_BUDGET_CSV, sink, &error))
        g_assert (error != NULL && error->domain == NAP_ERROR && error->message[0] != '\0');
      g_clear_error (&error);
    }
  g_clear_object (&project);

  /* Read-only means read-only: not a byte of the file changed. */
  g_assert (g_file_get_contents (path, &after, &after_size, NULL));
  g_assert (after_size == size && memcmp (after, data, size) == 0);

  g_unlink (journal);
  g_unlink (path);
  return 0;
}
