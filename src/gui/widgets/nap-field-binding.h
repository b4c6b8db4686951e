/* nap-field-binding.h: a text field that saves what is typed into a record
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nap-project.h"

G_BEGIN_DECLS

/* How long typing may pause before what was typed is saved. */
#define NAP_FIELD_BINDING_DELAY_MS 600

#define NAP_TYPE_FIELD_BINDING (nap_field_binding_get_type ())

G_DECLARE_FINAL_TYPE (NapFieldBinding, nap_field_binding, NAP, FIELD_BINDING, GObject)

/* Returns FALSE with a sentence in @message when @text may not be saved. */
typedef gboolean (*NapFieldValidateFunc) (NapFieldBinding  *binding,
                                          const char       *text,
                                          char            **message,
                                          gpointer          user_data);
/* Returns the text to show for the property's @value (transfer full). */
typedef char    *(*NapFieldLoadFunc)     (NapFieldBinding  *binding,
                                          const char       *value,
                                          gpointer          user_data);
/* Saves @text somewhere else than a record's property. */
typedef gboolean (*NapFieldCommitFunc)   (NapFieldBinding  *binding,
                                          const char       *text,
                                          GError          **error,
                                          gpointer          user_data);

NapFieldBinding *nap_field_binding_new               (GtkWidget            *widget,
                                                      const char           *property);
void             nap_field_binding_set_validate_func (NapFieldBinding      *self,
                                                      NapFieldValidateFunc  func,
                                                      gpointer              user_data);
void             nap_field_binding_set_commit_func   (NapFieldBinding      *self,
                                                      NapFieldCommitFunc    func,
                                                      gpointer              user_data);
void             nap_field_binding_set_load_func     (NapFieldBinding      *self,
                                                      NapFieldLoadFunc      func,
                                                      gpointer              user_data);
void             nap_field_binding_set_error_label   (NapFieldBinding      *self,
                                                      GtkLabel             *label);
void             nap_field_binding_set_record        (NapFieldBinding      *self,
                                                      NapProject           *project,
                                                      NapRecord            *record);
NapRecord       *nap_field_binding_get_record        (NapFieldBinding      *self);
GtkWidget       *nap_field_binding_get_widget        (NapFieldBinding      *self);
char            *nap_field_binding_get_text          (NapFieldBinding      *self);
gboolean         nap_field_binding_check_rules       (NapFieldBinding      *self,
                                                      const char           *value,
                                                      char                **message);
void             nap_field_binding_set_text          (NapFieldBinding      *self,
                                                      const char           *text);
gboolean         nap_field_binding_is_pending        (NapFieldBinding      *self);
gboolean         nap_field_binding_flush             (NapFieldBinding      *self);
void             nap_field_binding_revalidate        (NapFieldBinding      *self);

G_END_DECLS
