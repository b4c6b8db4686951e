/* nap-actor-list.h: the actors of an objective in one role
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_ACTOR_LIST (nap_actor_list_get_type ())

G_DECLARE_FINAL_TYPE (NapActorList, nap_actor_list, NAP, ACTOR_LIST, AdwPreferencesGroup)

GtkWidget    *nap_actor_list_new           (NapActorRole  role);
NapActorRole  nap_actor_list_get_role      (NapActorList *self);
void          nap_actor_list_set_objective (NapActorList *self,
                                            NapProject   *project,
                                            NapObjective *objective);
void          nap_actor_list_set_consultation (NapActorList    *self,
                                              NapProject      *project,
                                              NapConsultation *consultation);
gboolean      nap_actor_list_add_by_name   (NapActorList *self,
                                            const char   *name);

G_END_DECLS
