/* nap-actor.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-enums.h"
#include "nap-record.h"

G_BEGIN_DECLS

#define NAP_TYPE_ACTOR (nap_actor_get_type ())

G_DECLARE_FINAL_TYPE (NapActor, nap_actor, NAP, ACTOR, NapRecord)

const char *nap_actor_get_name (NapActor *self);
NapActorKind nap_actor_get_kind (NapActor *self);

G_END_DECLS
