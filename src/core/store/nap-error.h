/* nap-error.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NAP_ERROR (nap_error_quark ())

/**
 * NapError:
 * @NAP_ERROR_NOT_A_PROJECT: the file is not a NAP Drafter project at all
 * @NAP_ERROR_FOREIGN: an SQLite database that belongs to another program
 * @NAP_ERROR_CORRUPT: the project file is damaged
 * @NAP_ERROR_TOO_NEW: written by a newer version of NAP Drafter
 * @NAP_ERROR_READ_ONLY: the project is open read-only
 * @NAP_ERROR_IN_USE: another window or program is editing the file
 * @NAP_ERROR_EXISTS: the target file exists already
 * @NAP_ERROR_NOT_FOUND: the file or record does not exist
 * @NAP_ERROR_IO: reading or writing failed (disk full, permissions, ...)
 * @NAP_ERROR_INVALID: a value was refused by a rule of the plan
 * @NAP_ERROR_XML: an XML document was refused
 * @NAP_ERROR_FAILED: anything else
 */
typedef enum
{
  NAP_ERROR_NOT_A_PROJECT,
  NAP_ERROR_FOREIGN,
  NAP_ERROR_CORRUPT,
  NAP_ERROR_TOO_NEW,
  NAP_ERROR_READ_ONLY,
  NAP_ERROR_IN_USE,
  NAP_ERROR_EXISTS,
  NAP_ERROR_NOT_FOUND,
  NAP_ERROR_IO,
  NAP_ERROR_INVALID,
  NAP_ERROR_XML,
  NAP_ERROR_FAILED,
} NapError;

GQuark nap_error_quark (void);

G_END_DECLS
