/* nap-application.h: the application: its windows and app.* actions
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NAP_TYPE_APPLICATION (nap_application_get_type ())

G_DECLARE_FINAL_TYPE (NapApplication, nap_application, NAP, APPLICATION, AdwApplication)

NapApplication *nap_application_new (void);

G_END_DECLS
