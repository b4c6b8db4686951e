/* nap-problem.h: one thing a rule of the plan finds wrong with a record
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NAP_TYPE_PROBLEM (nap_problem_get_type ())

/**
 * NapProblem:
 * @field: the name of the record's property the problem is about, such as
 *   "end-date", so that an editor can show it next to that field
 * @message: a translated sentence saying what is wrong, for the drafter
 *
 * What a check of the core (nap_plan_check(), nap_objective_check()...)
 * finds: a boxed type, copied and freed as a whole.
 */
typedef struct
{
  char *field;
  char *message;
} NapProblem;

GType       nap_problem_get_type   (void) G_GNUC_CONST;
NapProblem *nap_problem_new        (const char       *field,
                                    const char       *message);
NapProblem *nap_problem_copy       (const NapProblem *problem);
void        nap_problem_free       (NapProblem       *problem);

GPtrArray  *nap_problems_new       (void);
char       *nap_problems_join      (GPtrArray        *problems,
                                    const char       *separator);
NapProblem *nap_problems_find      (GPtrArray        *problems,
                                    const char       *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NapProblem, nap_problem_free)

G_END_DECLS
