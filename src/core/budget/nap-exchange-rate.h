/* nap-exchange-rate.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-enums.h"
#include "nap-record.h"

G_BEGIN_DECLS

#define NAP_TYPE_EXCHANGE_RATE (nap_exchange_rate_get_type ())

G_DECLARE_FINAL_TYPE (NapExchangeRate, nap_exchange_rate, NAP, EXCHANGE_RATE, NapRecord)

const char *nap_exchange_rate_get_currency (NapExchangeRate *self);
const char *nap_exchange_rate_get_rate (NapExchangeRate *self);
const char *nap_exchange_rate_get_set_on (NapExchangeRate *self);

G_END_DECLS
