/* nap-iso-codes.h: countries, currencies and regions from Debian's iso-codes
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NAP_TYPE_ISO_ENTRY (nap_iso_entry_get_type ())

G_DECLARE_FINAL_TYPE (NapIsoEntry, nap_iso_entry, NAP, ISO_ENTRY, GObject)

const char *nap_iso_entry_get_code     (NapIsoEntry *self);
const char *nap_iso_entry_get_name     (NapIsoEntry *self);
const char *nap_iso_entry_get_sort_key (NapIsoEntry *self);

/* Lists of NapIsoEntry sorted by translated name, loaded once and shared:
 * do not modify them. A missing or damaged iso-codes file gives an empty
 * list.
 */
GListModel *nap_iso_codes_get_countries      (void);
GListModel *nap_iso_codes_get_currencies     (void);
GListModel *nap_iso_codes_get_subdivisions   (const char *country);

gboolean    nap_iso_codes_is_country         (const char *alpha2);
gboolean    nap_iso_codes_is_currency        (const char *alpha3);
const char *nap_iso_codes_country_name       (const char *alpha2);
const char *nap_iso_codes_currency_name      (const char *alpha3);
const char *nap_iso_codes_default_currency   (const char *alpha2);

G_END_DECLS
