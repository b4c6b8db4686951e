/* nap-budget-chart.h: secured, pledged and unfunded money per pillar
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-enums.h"

G_BEGIN_DECLS

#define NAP_TYPE_BUDGET_CHART (nap_budget_chart_get_type ())

G_DECLARE_FINAL_TYPE (NapBudgetChart, nap_budget_chart, NAP, BUDGET_CHART, GtkWidget)

GtkWidget *nap_budget_chart_new          (void);
void       nap_budget_chart_set_currency (NapBudgetChart    *self,
                                          const char        *currency);
void       nap_budget_chart_clear        (NapBudgetChart    *self);
void       nap_budget_chart_add_bar      (NapBudgetChart    *self,
                                          const char        *label,
                                          gint64             secured,
                                          gint64             pledged,
                                          gint64             unfunded);
void       nap_budget_chart_add_note     (NapBudgetChart    *self,
                                          const char        *label,
                                          const char        *note);
guint      nap_budget_chart_get_n_bars   (NapBudgetChart    *self);
void       nap_budget_chart_get_color    (NapBudgetChart    *self,
                                          NapFundingStatus   status,
                                          GdkRGBA           *color);
gboolean   nap_budget_chart_save_png     (NapBudgetChart    *self,
                                          const char        *path,
                                          int                width,
                                          GError           **error);

G_END_DECLS
