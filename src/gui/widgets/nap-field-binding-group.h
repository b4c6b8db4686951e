/* nap-field-binding-group.h: the bound fields of one editor, as one
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nap-field-binding.h"

G_BEGIN_DECLS

#define NAP_TYPE_FIELD_BINDING_GROUP (nap_field_binding_group_get_type ())

G_DECLARE_FINAL_TYPE (NapFieldBindingGroup, nap_field_binding_group, NAP, FIELD_BINDING_GROUP, GObject)

NapFieldBindingGroup *nap_field_binding_group_new        (void);
NapFieldBinding      *nap_field_binding_group_add        (NapFieldBindingGroup *self,
                                                          GtkWidget            *widget,
                                                          const char           *property);
NapFieldBinding      *nap_field_binding_group_add_date   (NapFieldBindingGroup *self,
                                                          GtkWidget            *widget,
                                                          const char           *property,
                                                          GtkLabel             *error_label);
void                  nap_field_binding_group_set_record (NapFieldBindingGroup *self,
                                                          NapProject           *project,
                                                          NapRecord            *record);
gboolean              nap_field_binding_group_flush      (NapFieldBindingGroup *self);

void                  nap_field_binding_pair_dates       (NapFieldBinding      *start,
                                                          NapFieldBinding      *end);

G_END_DECLS
