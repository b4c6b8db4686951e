/* nap-model-private.h: what NapProject keeps up to date inside the records
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-consultation.h"
#include "nap-objective.h"
#include "nap-recommendation.h"
#include "nap-record-private.h"

G_BEGIN_DECLS

struct _NapObjective
{
  NapRecord parent_instance;

  NapObjective *parent;        /* unowned: the parent owns us through children */
  GListStore *children;        /* NapObjective */
  GListStore *indicators;      /* NapIndicator */
  GListStore *budget_lines;    /* NapBudgetLine */
  GListStore *actors[NAP_N_ACTOR_ROLES]; /* NapActor */
};

struct _NapConsultation
{
  NapRecord parent_instance;

  GListStore *recommendations; /* NapRecommendation */
  GListStore *organisations;   /* NapActor */
  GPtrArray *groups;           /* NapParticipantGroup */
};

struct _NapRecommendation
{
  NapRecord parent_instance;

  NapConsultation *consultation; /* unowned */
  GListStore *objectives;        /* NapObjective it concerns */
};


void nap_objective_set_derived (NapObjective *self,
                                const char   *display_code,
                                int           depth);

G_END_DECLS
