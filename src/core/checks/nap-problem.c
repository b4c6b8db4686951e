/* nap-problem.c: one thing a rule of the plan finds wrong with a record
 *
 * The checks of the core report what they find as problems, each naming
 * the field it is about, so that the command line can print them all and
 * an editor can show each under its own field.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include "nap-problem.h"

G_DEFINE_BOXED_TYPE (NapProblem, nap_problem, nap_problem_copy, nap_problem_free)

/**
 * nap_problem_new:
 * @field: the property the problem is about
 * @message: a translated sentence
 *
 * Returns: (transfer full): a new problem holding copies of @field and
 *   @message; free it with nap_problem_free()
 */
NapProblem *
nap_problem_new (const char *field,
                 const char *message)
{
  NapProblem *problem;

  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  problem = g_new0 (NapProblem, 1);
  problem->field = g_strdup (field);
  problem->message = g_strdup (message);
  return problem;
}

/**
 * nap_problem_copy:
 * @problem: a #NapProblem
 *
 * Returns: (transfer full): a copy of @problem
 */
NapProblem *
nap_problem_copy (const NapProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return nap_problem_new (problem->field, problem->message);
}

/**
 * nap_problem_free:
 * @problem: (nullable) (transfer full): a problem, freed with its strings
 */
void
nap_problem_free (NapProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->field);
  g_free (problem->message);
  g_free (problem);
}

/**
 * nap_problems_new:
 *
 * Returns: (transfer full) (element-type NapProblem): an empty array that
 *   frees the problems it holds with itself
 */
GPtrArray *
nap_problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) nap_problem_free);
}

/**
 * nap_problems_join:
 * @problems: (element-type NapProblem): what a check found
 * @separator: put between two messages, such as "\n"
 *
 * Returns: (transfer full) (nullable): the messages of @problems one after
 *   the other, or %NULL when there are none
 */
char *
nap_problems_join (GPtrArray  *problems,
                   const char *separator)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (problems != NULL, NULL);
  g_return_val_if_fail (separator != NULL, NULL);

  if (problems->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < problems->len; i++)
    {
      const NapProblem *problem = g_ptr_array_index (problems, i);

      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, problem->message);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * nap_problems_find:
 * @problems: (element-type NapProblem): what a check found
 * @field: a property name
 *
 * Returns: (transfer none) (nullable): the first problem about @field
 */
NapProblem *
nap_problems_find (GPtrArray  *problems,
                   const char *field)
{
  g_return_val_if_fail (problems != NULL, NULL);
  g_return_val_if_fail (field != NULL, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      NapProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (problem->field, field))
        return problem;
    }
  return NULL;
}
