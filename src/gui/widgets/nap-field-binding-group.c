/* nap-field-binding-group.c: the bound fields of one editor, as one
 *
 * Every editor (an objective, a session, the plan's settings) binds a
 * handful of fields to the record it shows, gives them all the next
 * record at once, and saves them all before it lets go. This holds those
 * bindings so that each editor does not keep its own array, loop and
 * a11y labels; and pairs a start date with its end, so that each is
 * checked again when the other is saved (the rule is the core's).
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-field-binding-group"

#include "config.h"

#include "nap-a11y.h"
#include "nap-date-rules.h"
#include "nap-field-binding-group.h"

struct _NapFieldBindingGroup
{
  GObject    parent_instance;

  GPtrArray *bindings;
};

G_DEFINE_FINAL_TYPE (NapFieldBindingGroup, nap_field_binding_group, G_TYPE_OBJECT)

/* The editor holds the only reference: the bindings go when it drops
 * the group in its dispose, while the fields still exist.
 */
static void
nap_field_binding_group_finalize (GObject *object)
{
  g_ptr_array_unref (NAP_FIELD_BINDING_GROUP (object)->bindings);
  G_OBJECT_CLASS (nap_field_binding_group_parent_class)->finalize (object);
}

static void
nap_field_binding_group_class_init (NapFieldBindingGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nap_field_binding_group_finalize;
}

static void
nap_field_binding_group_init (NapFieldBindingGroup *self)
{
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * nap_field_binding_group_new:
 *
 * Returns: (transfer full): an empty group, which the editor drops in its
 *   dispose, before its fields go
 */
NapFieldBindingGroup *
nap_field_binding_group_new (void)
{
  return g_object_new (NAP_TYPE_FIELD_BINDING_GROUP, NULL);
}

/**
 * nap_field_binding_group_add:
 * @self: a #NapFieldBindingGroup
 * @widget: the field, as for nap_field_binding_new()
 * @property: the string property of the record it edits
 *
 * Binds @widget to @property of the group's record; an #AdwEntryRow gets
 * its title as the accessible name of its text.
 *
 * Returns: (transfer none): the binding, which the group keeps
 */
NapFieldBinding *
nap_field_binding_group_add (NapFieldBindingGroup *self,
                             GtkWidget            *widget,
                             const char           *property)
{
  NapFieldBinding *binding;

  g_return_val_if_fail (NAP_IS_FIELD_BINDING_GROUP (self), NULL);

  binding = nap_field_binding_new (widget, property);
  g_ptr_array_add (self->bindings, binding);
  if (ADW_IS_ENTRY_ROW (widget))
    nap_a11y_label_entry_row (ADW_ENTRY_ROW (widget));
  return binding;
}

/**
 * nap_field_binding_group_add_date:
 * @self: a #NapFieldBindingGroup
 * @widget: the field
 * @property: the date property of the record it edits
 * @error_label: (nullable): the label that says why a date is refused
 *
 * Binds a date field: empty or an ISO 8601 date that the rules of the
 * plan accept (nap_date_rules_validate_field()).
 *
 * Returns: (transfer none): the binding, which the group keeps
 */
NapFieldBinding *
nap_field_binding_group_add_date (NapFieldBindingGroup *self,
                                  GtkWidget            *widget,
                                  const char           *property,
                                  GtkLabel             *error_label)
{
  NapFieldBinding *binding = nap_field_binding_group_add (self, widget, property);

  nap_field_binding_set_validate_func (binding, nap_date_rules_validate_field, NULL);
  nap_field_binding_set_error_label (binding, error_label);
  return binding;
}

/**
 * nap_field_binding_group_set_record:
 * @self: a #NapFieldBindingGroup
 * @project: (nullable): the project that holds @record
 * @record: (nullable): the record the fields edit, or %NULL for none
 *
 * Gives every field of the group @record, after saving what is pending
 * for the previous one (nap_field_binding_set_record()).
 */
void
nap_field_binding_group_set_record (NapFieldBindingGroup *self,
                                    NapProject           *project,
                                    NapRecord            *record)
{
  g_return_if_fail (NAP_IS_FIELD_BINDING_GROUP (self));

  for (guint i = 0; i < self->bindings->len; i++)
    nap_field_binding_set_record (g_ptr_array_index (self->bindings, i), project, record);
}

/**
 * nap_field_binding_group_flush:
 * @self: a #NapFieldBindingGroup
 *
 * Saves what was typed in any field and not saved yet.
 *
 * Returns: %FALSE when a field holds text that could not be saved
 */
gboolean
nap_field_binding_group_flush (NapFieldBindingGroup *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (NAP_IS_FIELD_BINDING_GROUP (self), FALSE);

  for (guint i = 0; i < self->bindings->len; i++)
    ok &= nap_field_binding_flush (g_ptr_array_index (self->bindings, i));
  return ok;
}

/**
 * nap_field_binding_pair_dates:
 * @start: the binding of the start of a period
 * @end: the binding of its end
 *
 * Checks each again when the other is saved: an end refused for being
 * before the start is saved once the start moves back.
 */
void
nap_field_binding_pair_dates (NapFieldBinding *start,
                              NapFieldBinding *end)
{
  g_return_if_fail (NAP_IS_FIELD_BINDING (start));
  g_return_if_fail (NAP_IS_FIELD_BINDING (end));

  g_signal_connect_object (start, "committed", G_CALLBACK (nap_field_binding_revalidate), end,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (end, "committed", G_CALLBACK (nap_field_binding_revalidate), start,
                           G_CONNECT_SWAPPED);
}
