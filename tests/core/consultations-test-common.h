/* consultations-test-common.h: making sessions and recommendations in tests
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-project.h"
#include "nap-test-util.h"

G_BEGIN_DECLS

/* Asserts that a call that sets @error succeeded. */
#define test_ok(result, error) nap_test_ok ((result), (error))
#define test_add_objective(project, parent, title) nap_test_add_objective ((project), (parent), (title))

NapConsultation   *test_add_session   (NapProject      *project,
                                       const char      *title,
                                       const char      *start,
                                       const char      *end,
                                       const char      *place,
                                       const char      *region);
NapRecommendation *test_recommend     (NapProject      *project,
                                       NapConsultation *session,
                                       const char      *text,
                                       NapResponse      status,
                                       const char      *reason);
void               test_concern       (NapProject        *project,
                                       NapRecommendation *recommendation,
                                       NapObjective      *objective);

G_END_DECLS
