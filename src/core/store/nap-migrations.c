/* nap-migrations.c: the ordered schema migrations of a project file
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-store"

#include "config.h"

#include "nap-migrations.h"

/* Entry i upgrades a file from user_version i to i + 1. Never edit an entry
 * once released: add a new one instead. Enumerated values are stored as the
 * nicks of the GEnum types in nap-enums.h, so that the file reads on its own.
 */
static const char * const migrations[] = {
  /* 0 -> 1: the first schema */
  "CREATE TABLE plan ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  country TEXT NOT NULL DEFAULT '',"
  "  period_start TEXT,"
  "  period_end TEXT,"
  "  lead_institution TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'draft'"
  "    CHECK (status IN ('draft', 'validated', 'adopted')),"
  "  language TEXT NOT NULL DEFAULT 'en',"
  "  currency TEXT NOT NULL DEFAULT 'XOF',"
  "  summary TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE TABLE exchange_rate ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  currency TEXT NOT NULL UNIQUE,"
  "  rate TEXT NOT NULL,"
  "  set_on TEXT"
  ");"
  "CREATE TABLE reference ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  target TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE TABLE level ("
  "  depth INTEGER PRIMARY KEY CHECK (depth >= 0),"
  "  name TEXT NOT NULL"
  ");"
  "CREATE TABLE actor ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  kind TEXT NOT NULL DEFAULT 'other'"
  "    CHECK (kind IN ('ministry', 'agency', 'civil-society', 'un-body', 'donor', 'other'))"
  ");"
  "CREATE TABLE objective ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  parent_id INTEGER REFERENCES objective (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  code TEXT,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  description TEXT NOT NULL DEFAULT '',"
  "  start_date TEXT,"
  "  end_date TEXT,"
  "  status TEXT NOT NULL DEFAULT 'planned'"
  "    CHECK (status IN ('planned', 'ongoing', 'completed', 'delayed', 'cancelled'))"
  ");"
  "CREATE INDEX objective_by_parent ON objective (parent_id, position);"
  "CREATE TABLE objective_actor ("
  "  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,"
  "  actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,"
  "  role TEXT NOT NULL CHECK (role IN ('lead', 'partner', 'monitor')),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (objective_id, role, actor_id)"
  ");"
  "CREATE INDEX objective_actor_by_actor ON objective_actor (actor_id);"
  "CREATE TABLE indicator ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  unit TEXT NOT NULL DEFAULT '',"
  "  baseline TEXT NOT NULL DEFAULT '',"
  "  target TEXT NOT NULL DEFAULT '',"
  "  verification TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX indicator_by_objective ON indicator (objective_id, position);"
  "CREATE TABLE budget_line ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  label TEXT NOT NULL DEFAULT '',"
  "  year INTEGER,"
  "  amount INTEGER NOT NULL DEFAULT 0,"
  "  currency TEXT NOT NULL,"
  "  funder_id INTEGER REFERENCES actor (id) ON DELETE SET NULL,"
  "  status TEXT NOT NULL DEFAULT 'unfunded'"
  "    CHECK (status IN ('secured', 'pledged', 'unfunded')),"
  "  unit_cost INTEGER,"
  "  quantity INTEGER,"
  "  frequency INTEGER"
  ");"
  "CREATE INDEX budget_line_by_objective ON budget_line (objective_id, position);"
  "CREATE TABLE consultation ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  start_date TEXT,"
  "  end_date TEXT,"
  "  format TEXT NOT NULL DEFAULT 'workshop'"
  "    CHECK (format IN ('workshop', 'focus-group', 'hearing', 'written-submission', 'online')),"
  "  place TEXT NOT NULL DEFAULT '',"
  "  region TEXT NOT NULL DEFAULT '',"
  "  language TEXT NOT NULL DEFAULT '',"
  "  facilitator TEXT NOT NULL DEFAULT '',"
  "  women INTEGER NOT NULL DEFAULT 0 CHECK (women >= 0),"
  "  men INTEGER NOT NULL DEFAULT 0 CHECK (men >= 0),"
  "  other INTEGER NOT NULL DEFAULT 0 CHECK (other >= 0),"
  "  notes TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE TABLE participant_group ("
  "  consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (consultation_id, name)"
  ");"
  "CREATE TABLE consultation_actor ("
  "  consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,"
  "  actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (consultation_id, actor_id)"
  ");"
  "CREATE TABLE recommendation ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  text TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'pending'"
  "    CHECK (status IN ('accepted', 'partly-accepted', 'not-taken-up', 'pending')),"
  "  response TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX recommendation_by_consultation ON recommendation (consultation_id, position);"
  "CREATE TABLE recommendation_objective ("
  "  recommendation_id INTEGER NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,"
  "  objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (recommendation_id, objective_id)"
  ");"
  "CREATE INDEX recommendation_objective_by_objective ON recommendation_objective (objective_id);",

  /* 1 -> 2: the undo history (nap-history.c). A step is one committed
   * transaction; its entries are the statements that reverse it, run from
   * the last to the first. Entries are written with no step while the
   * transaction runs, and given one when it commits.
   */
  "CREATE TABLE history_step ("
  "  id INTEGER PRIMARY KEY,"
  "  list TEXT NOT NULL CHECK (list IN ('undo', 'redo')),"
  "  label TEXT NOT NULL DEFAULT '',"
  "  entries INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX history_step_by_list ON history_step (list, id);"
  "CREATE TABLE history_entry ("
  "  seq INTEGER PRIMARY KEY,"
  "  step INTEGER REFERENCES history_step (id) ON DELETE CASCADE,"
  "  sql TEXT NOT NULL"
  ");"
  "CREATE INDEX history_entry_by_step ON history_entry (step, seq);",
};

/* Files from version 1 on hold everything a reader needs: version 2 adds
 * only the undo history, which nothing reads when the plan is read-only.
 */
#define READABLE_FROM 1

guint
nap_migrations_get_count (void)
{
  return G_N_ELEMENTS (migrations);
}

/* The oldest version that can be read without migrating it first, as when
 * the file is opened read-only.
 */
guint
nap_migrations_get_readable_from (void)
{
  return READABLE_FROM;
}

/**
 * nap_migrations_get:
 *
 * Returns: (transfer none): the SQL that takes a file from schema version
 *   @from_version to the next one
 */
const char *
nap_migrations_get (guint from_version)
{
  g_return_val_if_fail (from_version < G_N_ELEMENTS (migrations), NULL);

  return migrations[from_version];
}
