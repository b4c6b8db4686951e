/* gui-test-wait.h: wait for a condition, never for a number of iterations
 *
 * A widget is drawn, mapped or focused a few frames after the change that
 * asks for it, and on a busy machine frames come late. Tests therefore run
 * the main loop until what they need is true, with a generous timeout that
 * fails the test by name of the condition, instead of a fixed number of
 * iterations or a fixed sleep.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* Long enough for a loaded 2-core machine under a sanitizer. */
#define GUI_TEST_TIMEOUT_SECONDS 60

static inline gboolean
gui_test_wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @condition holds, then what is pending. The
 * 10 ms wake-up makes the loop look again at conditions that no event
 * announces.
 */
#define gui_test_wait_until(condition)                                              \
  G_STMT_START                                                                      \
    {                                                                               \
      gint64 wait_deadline_ = g_get_monotonic_time ()                               \
                              + GUI_TEST_TIMEOUT_SECONDS * G_USEC_PER_SEC;          \
      guint wait_wake_id_ = g_timeout_add (10, gui_test_wake_cb, NULL);             \
                                                                                    \
      while (!(condition))                                                          \
        {                                                                           \
          if (g_get_monotonic_time () > wait_deadline_)                             \
            g_error ("Still waiting after %d s for: %s",                            \
                     GUI_TEST_TIMEOUT_SECONDS, #condition);                         \
          g_main_context_iteration (NULL, TRUE);                                    \
        }                                                                           \
      g_source_remove (wait_wake_id_);                                              \
      /* What the change queued for idle time runs too. */                          \
      while (g_main_context_pending (NULL))                                         \
        g_main_context_iteration (NULL, FALSE);                                     \
    }                                                                               \
  G_STMT_END
