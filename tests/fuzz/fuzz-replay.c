/* fuzz-replay.c: runs the fuzz target over saved inputs, without libFuzzer
 *
 *   fuzz-replay DIR...
 *
 * Every file in each DIR goes through LLVMFuzzerTestOneInput(): the seed
 * corpus, and the inputs that once crashed the reader, so that a fixed
 * crash stays fixed. A crash or a failed assertion fails the test.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdint.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int    argc,
      char **argv)
{
  guint n = 0;

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        g_error ("%s", error->message);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (!g_str_has_prefix (name, "README"))
          g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, compare_names);

      for (guint j = 0; j < names->len; j++)
        {
          g_autofree char *path = g_build_filename (argv[i], g_ptr_array_index (names, j), NULL);
          g_autofree char *data = NULL;
          gsize length = 0;

          if (!g_file_get_contents (path, &data, &length, &error))
            g_error ("%s", error->message);
          g_print ("%s\n", path);
          LLVMFuzzerTestOneInput ((const uint8_t *) data, length);
          n++;
        }
    }

  g_print ("%u inputs replayed\n", n);
  return n > 0 ? 0 : 1;
}
