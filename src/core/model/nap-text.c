/* nap-text.c: comparing and quoting the text of a plan
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <string.h>

#include "nap-text.h"

/**
 * nap_text_key:
 * @text: (nullable): the text; %NULL reads as ""
 *
 * Returns: (transfer full): @text without surrounding spaces, case-folded
 *   and normalized, so that "Mopti", " mopti" and "MOPTI" compare equal
 */
char *
nap_text_key (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_DEFAULT);
}

/**
 * nap_text_printable:
 * @text: (nullable): the text; %NULL reads as ""
 *
 * A file may come from anyone: control characters in a title could move
 * a terminal's cursor or split a message in two.
 *
 * Returns: (transfer full): @text as valid UTF-8 on one line, with control
 *   characters and line separators as spaces
 */
char *
nap_text_printable (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}
