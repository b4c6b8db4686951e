/* nap-date-rules.c: what a date field accepts before it is saved
 *
 * A date field holds nothing or an ISO 8601 date, and the plan's rules
 * (an end not before its start) are the core's: this only asks the core
 * through nap_field_binding_check_rules, so that the field is marked with
 * the core's own sentence before anything is written.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-date-rules"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-date-rules.h"

/**
 * nap_date_rules_check:
 * @text: what was typed
 * @message: (out) (optional) (transfer full): why @text is refused
 *
 * A validator's check for a date field: empty, or an ISO 8601 date.
 *
 * Returns: %FALSE when @text is not a date
 */
gboolean
nap_date_rules_check (const char  *text,
                      char       **message)
{
  if (*text == '\0' || nap_date_is_valid_iso (text))
    return TRUE;

  if (message != NULL)
    /* Translators: %s is what was typed as a date */
    *message = g_strdup_printf (_("“%s” is not a date; write it as YYYY-MM-DD, for example 2026-03-31."),
                                text);
  return FALSE;
}

/**
 * nap_date_rules_validate_field:
 * @binding: a #NapFieldBinding bound to a date property
 * @text: the text typed in the field
 * @message: (out) (optional) (transfer full): why @text is refused
 * @user_data: unused
 *
 * A #NapFieldValidateFunc for a date field of a record: empty or an ISO
 * 8601 date, which the rules of the plan accept (a period's end not
 * before its start).
 *
 * Returns: %FALSE when @text may not be saved
 */
gboolean
nap_date_rules_validate_field (NapFieldBinding  *binding,
                               const char       *text,
                               char            **message,
                               gpointer          user_data)
{
  return nap_date_rules_check (text, message)
         && nap_field_binding_check_rules (binding, text, message);
}
