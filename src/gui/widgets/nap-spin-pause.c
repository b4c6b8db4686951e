/* nap-spin-pause.c: a number typed into a spin button counts after a pause
 *
 * A GtkSpinButton takes what is typed only on Enter or when the focus
 * leaves, so a count typed just before the window closes was lost, while
 * text in a NapFieldBinding is saved after a pause. This gives numbers
 * the same pause (NAP_FIELD_BINDING_DELAY_MS).
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-spin-pause"

#include "config.h"

#include "nap-field-binding.h"
#include "nap-spin-pause.h"

static gboolean
spin_timeout_cb (gpointer data)
{
  GtkSpinButton *spin = data;

  g_object_steal_data (G_OBJECT (spin), "nap-spin-timeout");
  gtk_spin_button_update (spin);
  return G_SOURCE_REMOVE;
}

static void
remove_source (gpointer data)
{
  g_source_remove (GPOINTER_TO_UINT (data));
}

static void
spin_changed_cb (GtkSpinButton *spin)
{
  guint id = g_timeout_add (NAP_FIELD_BINDING_DELAY_MS, spin_timeout_cb, spin);

  /* Replacing the data removes the previous timeout. */
  g_object_set_data_full (G_OBJECT (spin), "nap-spin-timeout", GUINT_TO_POINTER (id), remove_source);
}

/**
 * nap_spin_button_update_on_pause:
 * @spin: a #GtkSpinButton
 *
 * Makes a number typed into @spin count after a short pause, as typed
 * text does in a bound field, and not only on Enter or when the focus
 * leaves: its #GtkSpinButton::value-changed follows.
 */
void
nap_spin_button_update_on_pause (GtkSpinButton *spin)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  /* The spin button emits "changed" itself: it owns the emitter. */
  g_signal_connect (spin, "changed", G_CALLBACK (spin_changed_cb), NULL);
}
