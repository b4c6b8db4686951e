/* nap-field-binding.c: a text field that saves what is typed into a record
 *
 * What is typed is saved when the field is activated (Enter), when it
 * loses the focus, and after a short pause in typing, so that closing the
 * window never loses a sentence. A value the validate function refuses
 * stays in the field, marked as an error, and is not saved.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-field-binding"

#include "config.h"

#include "nap-checks.h"
#include "nap-field-binding.h"
#include "nap-toast.h"

struct _NapFieldBinding
{
  GObject               parent_instance;

  GtkWidget            *widget;
  GtkTextBuffer        *buffer;      /* when the widget is a GtkTextView */
  GtkLabel             *error_label;
  char                 *property;
  NapProject           *project;
  NapRecord            *record;

  NapFieldValidateFunc  validate_func;
  gpointer              validate_data;
  NapFieldCommitFunc    commit_func;
  gpointer              commit_data;
  NapFieldLoadFunc      load_func;
  gpointer              load_data;

  GSignalGroup         *record_signals; /* notify::property of record */
  guint                 timeout_id;
  guint                 pending : 1;
  guint                 loading : 1;     /* the text is being set, not typed */
  guint                 showing_error : 1;
};

G_DEFINE_FINAL_TYPE (NapFieldBinding, nap_field_binding, G_TYPE_OBJECT)

enum {
  COMMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_validation (NapFieldBinding *self,
                 const char      *message)
{
  self->showing_error = message != NULL;

  if (message != NULL)
    gtk_widget_add_css_class (self->widget, "error");
  else
    gtk_widget_remove_css_class (self->widget, "error");

  if (self->error_label != NULL)
    {
      gtk_label_set_text (self->error_label, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
    }
}

static gboolean
validate (NapFieldBinding  *self,
          const char       *text,
          char            **message)
{
  if (self->validate_func == NULL)
    return TRUE;
  return self->validate_func (self, text, message, self->validate_data);
}

static gboolean
commit (NapFieldBinding *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (!self->pending)
    return TRUE;

  text = nap_field_binding_get_text (self);
  if (!validate (self, text, &message))
    {
      show_validation (self, message);
      return FALSE;
    }
  show_validation (self, NULL);

  if (self->commit_func != NULL)
    ok = self->commit_func (self, text, &error, self->commit_data);
  else if (self->record != NULL)
    ok = nap_project_set_string (self->project, self->record, self->property, text, &error);
  else
    ok = TRUE;

  if (!ok)
    {
      /* Keep what was typed so that it can be tried again or copied. */
      nap_toast_show (self->widget, error->message);
      return FALSE;
    }

  self->pending = FALSE;
  g_signal_emit (self, signals[COMMITTED], 0);
  return TRUE;
}

static gboolean
timeout_cb (gpointer data)
{
  NapFieldBinding *self = data;

  self->timeout_id = 0;
  commit (self);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (NapFieldBinding *self)
{
  if (self->loading)
    return;

  self->pending = TRUE;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (NAP_FIELD_BINDING_DELAY_MS, timeout_cb, self);

  /* Take the error away as soon as the text is right; show a new one only
   * when the text is to be saved, not while it is being typed.
   */
  if (self->showing_error)
    {
      g_autofree char *text = nap_field_binding_get_text (self);

      if (validate (self, text, NULL))
        show_validation (self, NULL);
    }
}

static void
activate_cb (NapFieldBinding *self)
{
  commit (self);
}

static void
focus_leave_cb (NapFieldBinding *self)
{
  commit (self);
}

static void
load (NapFieldBinding *self)
{
  g_autofree char *value = NULL;
  g_autofree char *current = NULL;

  if (self->record != NULL)
    g_object_get (self->record, self->property, &value, NULL);
  if (self->load_func != NULL)
    {
      char *shown = self->load_func (self, value != NULL ? value : "", self->load_data);

      g_free (value);
      value = shown;
    }

  /* Setting equal text would move the cursor of someone typing. */
  current = nap_field_binding_get_text (self);
  if (g_strcmp0 (current, value != NULL ? value : "") != 0)
    nap_field_binding_set_text (self, value);
  self->pending = FALSE;
  show_validation (self, NULL);
}

static void
record_notify_cb (NapFieldBinding *self)
{
  if (!self->pending)
    load (self);
}

static void
nap_field_binding_dispose (GObject *object)
{
  NapFieldBinding *self = NAP_FIELD_BINDING (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->record_signals);
  g_clear_object (&self->record);
  g_clear_object (&self->project);
  g_clear_object (&self->buffer);
  g_clear_object (&self->widget);
  g_clear_object (&self->error_label);

  G_OBJECT_CLASS (nap_field_binding_parent_class)->dispose (object);
}

static void
nap_field_binding_finalize (GObject *object)
{
  NapFieldBinding *self = NAP_FIELD_BINDING (object);

  g_free (self->property);

  G_OBJECT_CLASS (nap_field_binding_parent_class)->finalize (object);
}

static void
nap_field_binding_class_init (NapFieldBindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_field_binding_dispose;
  object_class->finalize = nap_field_binding_finalize;

  /**
   * NapFieldBinding::committed:
   *
   * Emitted after what was typed has been saved.
   */
  signals[COMMITTED] =
    g_signal_new ("committed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
nap_field_binding_init (NapFieldBinding *self)
{
}

/**
 * nap_field_binding_new:
 * @widget: a #GtkEditable (#GtkEntry, #AdwEntryRow) or a #GtkTextView
 * @property: (nullable): the string property of the record it edits
 *
 * Returns: (transfer full): a binding that the caller keeps, flushes and
 *   drops before @widget goes away
 */
NapFieldBinding *
nap_field_binding_new (GtkWidget  *widget,
                       const char *property)
{
  NapFieldBinding *self;
  GtkEventController *focus;

  g_return_val_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget), NULL);

  self = g_object_new (NAP_TYPE_FIELD_BINDING, NULL);
  self->widget = g_object_ref (widget);
  self->property = g_strdup (property);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      self->buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)));
      g_signal_connect_object (self->buffer, "changed", G_CALLBACK (changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else
    g_signal_connect_object (widget, "changed", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* The binding follows whichever record it is given. */
  if (property != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      self->record_signals = g_signal_group_new (NAP_TYPE_RECORD);
      g_signal_group_connect_object (self->record_signals, signal,
                                     G_CALLBACK (record_notify_cb), self, G_CONNECT_SWAPPED);
    }

  if (ADW_IS_ENTRY_ROW (widget))
    g_signal_connect_object (widget, "entry-activated", G_CALLBACK (activate_cb), self,
                             G_CONNECT_SWAPPED);
  else if (GTK_IS_ENTRY (widget) || GTK_IS_TEXT (widget))
    g_signal_connect_object (widget, "activate", G_CALLBACK (activate_cb), self,
                             G_CONNECT_SWAPPED);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, focus);

  return self;
}

/**
 * nap_field_binding_set_validate_func:
 * @self: a #NapFieldBinding
 * @user_data: data for @func
 */
void
nap_field_binding_set_validate_func (NapFieldBinding      *self,
                                     NapFieldValidateFunc  func,
                                     gpointer              user_data)
{
  g_return_if_fail (NAP_IS_FIELD_BINDING (self));

  self->validate_func = func;
  self->validate_data = user_data;
}

/**
 * nap_field_binding_set_commit_func:
 * @self: a #NapFieldBinding
 * @user_data: data for @func
 */
void
nap_field_binding_set_commit_func (NapFieldBinding    *self,
                                   NapFieldCommitFunc  func,
                                   gpointer            user_data)
{
  g_return_if_fail (NAP_IS_FIELD_BINDING (self));

  self->commit_func = func;
  self->commit_data = user_data;
}

/**
 * nap_field_binding_set_load_func:
 * @self: a #NapFieldBinding
 * @user_data: data for @func
 *
 * Sets how the stored value is shown, for a value people do not read as
 * stored (a region stored as its ISO 3166-2 code is shown by name).
 */
void
nap_field_binding_set_load_func (NapFieldBinding  *self,
                                 NapFieldLoadFunc  func,
                                 gpointer          user_data)
{
  g_return_if_fail (NAP_IS_FIELD_BINDING (self));

  self->load_func = func;
  self->load_data = user_data;
}

/**
 * nap_field_binding_set_error_label:
 * @self: a #NapFieldBinding
 * @label: the label
 *
 * Sets the label that explains why the text is not saved; it is hidden
 * while the text is fine.
 */
void
nap_field_binding_set_error_label (NapFieldBinding *self,
                                   GtkLabel        *label)
{
  g_return_if_fail (NAP_IS_FIELD_BINDING (self));
  g_return_if_fail (label == NULL || GTK_IS_LABEL (label));

  g_set_object (&self->error_label, label);
  if (label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (label), self->showing_error);
}

/**
 * nap_field_binding_set_record:
 * @self: a #NapFieldBinding
 * @project: (nullable): the project that holds @record
 * @record: (nullable): the record to edit, or %NULL for none
 *
 * Saves what is pending for the previous record, then shows the text of
 * @record and follows its changes.
 */
void
nap_field_binding_set_record (NapFieldBinding *self,
                              NapProject      *project,
                              NapRecord       *record)
{
  g_return_if_fail (NAP_IS_FIELD_BINDING (self));
  g_return_if_fail (project == NULL || NAP_IS_PROJECT (project));
  g_return_if_fail (record == NULL || NAP_IS_RECORD (record));

  nap_field_binding_flush (self);

  g_set_object (&self->project, project);
  g_set_object (&self->record, record);
  if (self->record_signals != NULL)
    g_signal_group_set_target (self->record_signals, record);

  if (self->property != NULL)
    load (self);
}

/**
 * nap_field_binding_get_record:
 * @self: a #NapFieldBinding
 *
 * Returns: (transfer none) (nullable): the record whose field is bound, or
 *   %NULL
 */
NapRecord *
nap_field_binding_get_record (NapFieldBinding *self)
{
  g_return_val_if_fail (NAP_IS_FIELD_BINDING (self), NULL);

  return self->record;
}

/**
 * nap_field_binding_get_widget:
 * @self: a #NapFieldBinding
 *
 * Returns: (transfer none): the widget that edits the field
 */
GtkWidget *
nap_field_binding_get_widget (NapFieldBinding *self)
{
  g_return_val_if_fail (NAP_IS_FIELD_BINDING (self), NULL);

  return self->widget;
}

/**
 * nap_field_binding_get_text:
 * @self: a #NapFieldBinding
 *
 * Returns: (transfer full): the text in the widget
 */
char *
nap_field_binding_get_text (NapFieldBinding *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (NAP_IS_FIELD_BINDING (self), NULL);

  if (self->buffer == NULL)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->widget)));

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

/**
 * nap_field_binding_set_text:
 * @self: a #NapFieldBinding
 * @text: (nullable): the saved text; %NULL shows nothing
 *
 * Shows @text as the saved value: nothing is pending afterwards.
 */
void
nap_field_binding_set_text (NapFieldBinding *self,
                            const char      *text)
{
  g_return_if_fail (NAP_IS_FIELD_BINDING (self));

  self->loading = TRUE;
  if (self->buffer != NULL)
    gtk_text_buffer_set_text (self->buffer, text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->widget), text != NULL ? text : "");
  self->loading = FALSE;
  self->pending = FALSE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

/**
 * nap_field_binding_is_pending:
 * @self: a #NapFieldBinding
 */
gboolean
nap_field_binding_is_pending (NapFieldBinding *self)
{
  g_return_val_if_fail (NAP_IS_FIELD_BINDING (self), FALSE);

  return self->pending;
}

/**
 * nap_field_binding_flush:
 * @self: a #NapFieldBinding
 *
 * Saves what was typed and not saved yet.
 *
 * Returns: %FALSE when something was typed that could not be saved
 */
gboolean
nap_field_binding_flush (NapFieldBinding *self)
{
  g_return_val_if_fail (NAP_IS_FIELD_BINDING (self), FALSE);

  return commit (self);
}

/**
 * nap_field_binding_revalidate:
 * @self: a #NapFieldBinding
 *
 * Checks the text again, for when what it depends on changed (the start
 * of a period for its end), and saves it if it was waiting to be valid.
 */
void
nap_field_binding_revalidate (NapFieldBinding *self)
{
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (NAP_IS_FIELD_BINDING (self));

  text = nap_field_binding_get_text (self);
  if (validate (self, text, &message))
    {
      show_validation (self, NULL);
      if (self->pending)
        commit (self);
    }
  else if (self->pending || self->showing_error)
    show_validation (self, message);
}

/**
 * nap_field_binding_check_rules:
 * @self: a #NapFieldBinding bound to a record
 * @value: (nullable): the value the binding's property would take, as
 *   stored (a date in ISO 8601 even when typed the local way)
 * @message: (out) (optional): why the core refuses it
 *
 * A validator's check against the rules of the plan: asks the core
 * whether it would refuse to store @value (an end before the start...),
 * so that the field is marked before anything is written, with the
 * sentence the core would refuse it with.
 *
 * Returns: %FALSE when the core refuses @value
 */
gboolean
nap_field_binding_check_rules (NapFieldBinding  *self,
                               const char       *value,
                               char            **message)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (NAP_IS_FIELD_BINDING (self), FALSE);

  if (self->record == NULL || self->property == NULL
      || nap_record_check_edit_string (self->record, self->property, value, &error))
    return TRUE;

  if (message != NULL)
    *message = g_strdup (error->message);
  return FALSE;
}
