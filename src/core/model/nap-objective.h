/* nap-objective.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nap-actor.h"
#include "nap-enums.h"
#include "nap-record.h"

G_BEGIN_DECLS

#define NAP_TYPE_OBJECTIVE (nap_objective_get_type ())

G_DECLARE_FINAL_TYPE (NapObjective, nap_objective, NAP, OBJECTIVE, NapRecord)

gint64              nap_objective_get_parent_id     (NapObjective *self);
int                 nap_objective_get_position      (NapObjective *self);
const char         *nap_objective_get_code          (NapObjective *self);
const char         *nap_objective_get_display_code  (NapObjective *self);
int                 nap_objective_get_depth         (NapObjective *self);
const char         *nap_objective_get_title         (NapObjective *self);
const char         *nap_objective_get_description   (NapObjective *self);
const char         *nap_objective_get_start_date    (NapObjective *self);
const char         *nap_objective_get_end_date      (NapObjective *self);
NapObjectiveStatus  nap_objective_get_status        (NapObjective *self);

NapObjective       *nap_objective_get_parent        (NapObjective *self);
GListModel         *nap_objective_get_children      (NapObjective *self);
GListModel         *nap_objective_get_indicators    (NapObjective *self);
GListModel         *nap_objective_get_budget_lines  (NapObjective *self);
GListModel         *nap_objective_get_actors        (NapObjective *self,
                                                     NapActorRole  role);

G_END_DECLS
