/* nap-exchange-rate-list.h: the plan's exchange rates, to edit
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-iso-codes.h"
#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_EXCHANGE_RATE_LIST (nap_exchange_rate_list_get_type ())

G_DECLARE_FINAL_TYPE (NapExchangeRateList, nap_exchange_rate_list, NAP, EXCHANGE_RATE_LIST, AdwPreferencesGroup)

void      nap_exchange_rate_list_set_project (NapExchangeRateList *self,
                                              NapProject          *project);
gboolean  nap_exchange_rate_list_flush       (NapExchangeRateList *self);

char     *nap_currency_label                 (NapIsoEntry         *entry,
                                              gpointer             user_data);

G_END_DECLS
