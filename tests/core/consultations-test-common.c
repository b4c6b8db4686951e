/* consultations-test-common.c: making sessions and recommendations in tests
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "consultations-test-common.h"

/* @start, @end, @place and @region may be %NULL: left unset. */
NapConsultation *
test_add_session (NapProject *project,
                  const char *title,
                  const char *start,
                  const char *end,
                  const char *place,
                  const char *region)
{
  const char *fields[] = { "start-date", "end-date", "place", "region" };
  const char *values[] = { start, end, place, region };
  g_autoptr(GError) error = NULL;
  NapConsultation *added = nap_project_add_consultation (project, title, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (values[i] != NULL)
      test_ok (nap_project_set_string (project, NAP_RECORD (added), fields[i], values[i], &error), error);
  return added;
}

NapRecommendation *
test_recommend (NapProject      *project,
                NapConsultation *session,
                const char      *text,
                NapResponse      status,
                const char      *reason)
{
  g_autoptr(GError) error = NULL;
  NapRecommendation *added = nap_project_add_recommendation (project, session, text, &error);

  g_assert_no_error (error);
  test_ok (nap_project_set_int (project, NAP_RECORD (added), "status", status, &error), error);
  if (reason != NULL)
    test_ok (nap_project_set_string (project, NAP_RECORD (added), "response", reason, &error), error);
  return added;
}

void
test_concern (NapProject        *project,
              NapRecommendation *recommendation,
              NapObjective      *objective)
{
  g_autoptr(GError) error = NULL;

  test_ok (nap_project_link_recommendation (project, recommendation, objective, TRUE, &error), error);
}
