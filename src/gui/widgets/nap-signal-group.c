/* nap-signal-group.c: a GSignalGroup whose handlers all go to one widget
 *
 * The GUI follows core objects (the project, a record, a list model) with
 * one GSignalGroup per source, whose target it changes as it is given
 * another plan or record (docs/hacking-signals.md). Every such group
 * calls back the widget that owns it, swapped, and lets go of it when the
 * widget goes; this makes one in a single call.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-signal-group"

#include "config.h"

#include <stdarg.h>

#include "nap-signal-group.h"

/**
 * nap_signal_group_new:
 * @target_type: the #GType of the objects the group will follow
 * @receiver: (type GObject): the object the handlers are called on, as
 *   their first argument
 * @first_signal: a detailed signal name, followed by its #GCallback, then
 *   more pairs, then %NULL
 * @...: the callback of @first_signal, then more pairs, then %NULL
 *
 * Makes a group with no target yet, each handler connected with
 * g_signal_group_connect_object() and %G_CONNECT_SWAPPED, so that none
 * runs once @receiver is finalized. Set its target with
 * g_signal_group_set_target() and drop it in @receiver's dispose.
 *
 * Returns: (transfer full): the group
 */
GSignalGroup *
nap_signal_group_new (GType       target_type,
                      gpointer    receiver,
                      const char *first_signal,
                      ...)
{
  GSignalGroup *group;
  va_list args;

  g_return_val_if_fail (G_IS_OBJECT (receiver), NULL);

  group = g_signal_group_new (target_type);
  va_start (args, first_signal);
  for (const char *signal = first_signal; signal != NULL; signal = va_arg (args, const char *))
    g_signal_group_connect_object (group, signal, va_arg (args, GCallback), receiver, G_CONNECT_SWAPPED);
  va_end (args);
  return group;
}
