/* nap-date-row.h: a date field that reads the locale's way of writing dates
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NAP_TYPE_DATE_ROW (nap_date_row_get_type ())

G_DECLARE_FINAL_TYPE (NapDateRow, nap_date_row, NAP, DATE_ROW, AdwEntryRow)

GtkWidget  *nap_date_row_new               (void);
char       *nap_date_row_dup_iso           (NapDateRow  *self);

const char *nap_date_row_get_local_format  (void);
char       *nap_date_row_parse             (const char  *text,
                                            const char  *local_format);
char       *nap_date_row_format_example    (const char  *local_format);

G_END_DECLS
