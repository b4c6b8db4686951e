/* nap-window.h
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-application.h"
#include "nap-project.h"

G_BEGIN_DECLS

#define NAP_TYPE_WINDOW (nap_window_get_type ())

G_DECLARE_FINAL_TYPE (NapWindow, nap_window, NAP, WINDOW, AdwApplicationWindow)

NapWindow  *nap_window_new          (NapApplication *application);
NapProject *nap_window_get_project  (NapWindow      *self);
void        nap_window_set_project  (NapWindow      *self,
                                     NapProject     *project);
gboolean    nap_window_open_file    (NapWindow      *self,
                                     GFile          *file,
                                     GError        **error);

G_END_DECLS
