/* nap-search-popover.h: a popover that finds an item of a list by typing
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NAP_TYPE_SEARCH_POPOVER (nap_search_popover_get_type ())

G_DECLARE_FINAL_TYPE (NapSearchPopover, nap_search_popover, NAP, SEARCH_POPOVER, GtkPopover)

GtkWidget  *nap_search_popover_new         (void);
void        nap_search_popover_set_model   (NapSearchPopover *self,
                                            GListModel       *items);
void        nap_search_popover_set_fields  (NapSearchPopover *self,
                                            GtkExpression    *code,
                                            GtkExpression    *text,
                                            GtkExpression    *depth);
void        nap_search_popover_set_labels  (NapSearchPopover *self,
                                            const char       *search_label,
                                            const char       *list_label,
                                            const char       *no_match);
void        nap_search_popover_set_search  (NapSearchPopover *self,
                                            const char       *text);
GListModel *nap_search_popover_get_matches (NapSearchPopover *self);
gboolean    nap_search_popover_choose      (NapSearchPopover *self,
                                            guint             position);

gboolean    nap_search_popover_move_selection (GtkSingleSelection *selection,
                                               GtkWidget          *list_view,
                                               guint               keyval);

G_END_DECLS
