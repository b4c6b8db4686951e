/* sqlite3.h for the GUI and the CLI: SQLite is private to src/core.
 *
 * src/gui and src/cli compile with this folder first on their include
 * path, so that including SQLite there fails at once. Reach the plan's
 * file through NapProject (src/core/model/nap-project.h) instead, or add what
 * is missing to the core's public API.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#error "SQLite is private to src/core: use the core's API (nap-project.h), not <sqlite3.h>"
