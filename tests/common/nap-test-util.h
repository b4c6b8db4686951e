/* nap-test-util.h: what every test of the plan file needs
 *
 * A temporary folder with a plan in it, removed after the test; the plan
 * opened again as saved; objectives and budget lines added with the check
 * that they were. One copy here instead of one in each test program.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-project.h"

G_BEGIN_DECLS

/**
 * NapTestCase:
 * @path: the GTest path of the case, such as "/store/save-as"
 * @func: the test, a `void (*) (Fixture *, gconstpointer)` cast with G_CALLBACK()
 * @data: (nullable): what the test gets as its second argument
 *
 * One row of the table a test program registers with NAP_TEST_ADD_CASES().
 */
typedef struct
{
  const char    *path;
  GCallback      func;
  gconstpointer  data;
} NapTestCase;

/* A row of a NapTestCase table, without or with data for the test. */
#define NAP_TEST_CASE(path, func) { (path), G_CALLBACK (func), NULL }
#define NAP_TEST_CASE_DATA(path, func, data) { (path), G_CALLBACK (func), (data) }

/* Registers every case of the array @cases on the fixture type @Fixture. */
#define NAP_TEST_ADD_CASES(Fixture, set_up, tear_down, cases) \
  nap_test_add_cases (sizeof (Fixture), G_CALLBACK (set_up), G_CALLBACK (tear_down), \
                      (cases), G_N_ELEMENTS (cases))

/**
 * NapTestFolder:
 * @dir: a temporary folder of the test's own, removed after it
 * @path: plan.nap in it, not created
 *
 * The fixture of the tests that need no more than a place for a plan.
 */
typedef struct
{
  char *dir;
  char *path;
} NapTestFolder;

void           nap_test_folder_set_up    (NapTestFolder     *folder,
                                          gconstpointer      data);
void           nap_test_folder_tear_down (NapTestFolder     *folder,
                                          gconstpointer      data);

/**
 * NapTestPlan:
 * @dir: a temporary folder of the test's own, removed after it
 * @path: plan.nap in it
 * @project: the plan of nap_test_create_sample_plan() in @path
 *
 * The fixture of the tests that start from an empty plan. It begins as
 * #NapTestFolder does, so that the folder helpers serve it too.
 */
typedef struct
{
  char       *dir;
  char       *path;
  NapProject *project;
} NapTestPlan;

void           nap_test_plan_set_up      (NapTestPlan       *plan,
                                          gconstpointer      data);
void           nap_test_plan_tear_down   (NapTestPlan       *plan,
                                          gconstpointer      data);

/**
 * NapTestAction:
 * @dir: a temporary folder of the test's own, removed after it
 * @path: plan.nap in it
 * @project: a plan "Mali 2012-2014" in @path, for 2012 to 2014
 * @pillar: its one pillar, "Protection"
 * @action: the one objective under @pillar, "Legal aid"
 *
 * The fixture of the tests of one objective and what it holds. It begins
 * as #NapTestPlan does.
 */
typedef struct
{
  char         *dir;
  char         *path;
  NapProject   *project;
  NapObjective *pillar;
  NapObjective *action;
} NapTestAction;

void           nap_test_action_set_up    (NapTestAction     *fixture,
                                          gconstpointer      data);
void           nap_test_action_tear_down (NapTestAction     *fixture,
                                          gconstpointer      data);

void           nap_test_add_cases       (gsize              fixture_size,
                                         GCallback          set_up,
                                         GCallback          tear_down,
                                         const NapTestCase *cases,
                                         gsize              n_cases);

void           nap_test_use_english     (void);
void           nap_test_use_language    (const char       *language);

void           nap_test_ok              (gboolean          result,
                                         GError           *error);

char          *nap_test_make_dir        (const char       *dir_template,
                                         const char       *file_name,
                                         char            **path);
NapProject    *nap_test_create_plan     (const char       *path,
                                         const char       *title,
                                         const char       *country,
                                         const char       *currency,
                                         const char       *start,
                                         const char       *end);
NapProject    *nap_test_create_sample_plan (const char *path);
void           nap_test_make_hot_journal   (const char *path,
                                            const char *table);
void           nap_test_remove_plan     (NapProject      **project,
                                         char            **dir,
                                         char            **path);
void           nap_test_remove_tree     (const char       *dir);
NapProject    *nap_test_reopen          (const char       *path);

NapObjective  *nap_test_add_objective   (NapProject       *project,
                                         NapObjective     *parent,
                                         const char       *title);
NapBudgetLine *nap_test_add_budget_line (NapProject       *project,
                                         NapObjective     *objective,
                                         const char       *label,
                                         gint64            amount,
                                         const char       *currency,
                                         NapFundingStatus  status);

guint          nap_test_find_code       (GListModel       *model,
                                         const char       *code);

char          *nap_test_outline         (NapProject       *project);
char          *nap_test_checksum        (const char       *path);
char          *nap_test_sql_text        (const char       *path,
                                         const char       *sql);

void           nap_test_write_large_plan (const char      *path,
                                          guint            n_sessions);

G_END_DECLS
