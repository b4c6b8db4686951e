/* main.c: sets up translations and runs the application
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-drafter"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "nap-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NapApplication) app = NULL;
  const char *localedir;

  /* NAP_LOCALEDIR lets the program run from the build directory with the
   * translations built there: NAP_LOCALEDIR=<builddir>/po. Without our own
   * catalog for the user's language, GLib leaves GTK and iso-codes
   * untranslated too, so that a window never mixes two languages.
   */
  localedir = g_getenv ("NAP_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = nap_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
