/* nap-window-actions.c: the window's actions (win.*)
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-drafter"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "nap-error.h"
#include "nap-new-plan-dialog.h"
#include "nap-plan-settings-dialog.h"
#include "nap-window-private.h"
#include "nap-xml-reader.h"

#define EXAMPLE_NAME "mali-2012-2014"

static void
nap_window_add_plan_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (plans, _("NAP Drafter plans"));
  gtk_file_filter_add_pattern (plans, "*.nap");
  gtk_file_filter_add_mime_type (plans, "application/x-nap-drafter");
  gtk_file_chooser_add_filter (chooser, plans);

  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);

  gtk_file_chooser_set_filter (chooser, plans);
}

static void
nap_window_set_chooser_folder (NapWindow      *self,
                               GtkFileChooser *chooser)
{
  g_autoptr(GFile) folder = _nap_window_get_last_folder (self);

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* Shows a plan made by a dialog or an import, here if this window is free. */
void
_nap_window_show_new_project (NapWindow  *self,
                              NapProject *project)
{
  NapWindow *target = self;

  if (nap_window_get_project (self) != NULL)
    target = nap_window_new (NAP_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  nap_window_set_project (target, project);
  gtk_window_present (GTK_WINDOW (target));
}

/* win.new-plan */

static void
nap_window_plan_created_cb (NapWindow        *self,
                            NapProject       *project,
                            NapNewPlanDialog *dialog)
{
  g_autoptr(GFile) file = g_file_new_for_path (nap_project_get_path (project));

  _nap_window_remember_folder (self, file);
  _nap_window_show_new_project (self, project);
}

static void
nap_window_new_plan_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  NapWindow *self = NAP_WINDOW (widget);
  NapNewPlanDialog *dialog = nap_new_plan_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "created",
                           G_CALLBACK (nap_window_plan_created_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* win.open */

static void
nap_window_open_response_cb (NapWindow            *self,
                             int                   response,
                             GtkFileChooserNative *chooser)
{
  g_assert (NAP_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        _nap_window_open (self, file);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
nap_window_open_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  NapWindow *self = NAP_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open a Plan"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  nap_window_add_plan_filters (GTK_FILE_CHOOSER (chooser));
  nap_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));

  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (nap_window_open_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* win.save-as */

static void
nap_window_save_as_response_cb (NapWindow            *self,
                                int                   response,
                                GtkFileChooserNative *chooser)
{
  g_assert (NAP_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT && self->project != NULL)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFile) current = g_file_new_for_path (nap_project_get_path (self->project));
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;

      if (chosen == NULL || g_file_peek_path (chosen) == NULL)
        goto out;

      path = g_file_get_path (chosen);
      if (!g_str_has_suffix (path, ".nap"))
        {
          char *with_suffix = g_strconcat (path, ".nap", NULL);

          g_free (path);
          path = with_suffix;
        }

      /* The plan is saved already; saving it over itself would only fail. */
      if (g_strcmp0 (g_file_peek_path (current), path) == 0)
        goto out;

      if (!nap_project_save_as (self->project, path, &error))
        {
          _nap_window_show_error (self, _("Could not save the plan"), error);
          goto out;
        }

      _nap_window_remember_folder (self, chosen);
      _nap_window_add_recent (self, nap_project_get_path (self->project));
    }

out:
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
nap_window_save_as_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  NapWindow *self = NAP_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->project == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save the Plan As"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  nap_window_add_plan_filters (GTK_FILE_CHOOSER (chooser));
  nap_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  name = g_filename_display_basename (nap_project_get_path (self->project));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (nap_window_save_as_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* win.plan-settings */

static void
nap_window_plan_settings_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  NapWindow *self = NAP_WINDOW (widget);

  if (self->project != NULL)
    gtk_window_present (nap_plan_settings_dialog_new (GTK_WINDOW (self), self->project));
}

/* win.close */

static void
nap_window_close_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* win.open-example */

/**
 * _nap_window_find_example:
 *
 * Returns: (transfer full) (nullable): the path of the Mali example, from
 *   the installed data or else from the source tree
 */
char *
_nap_window_find_example (void)
{
  const char * const dirs[] = { PKGDATADIR, SOURCE_DATADIR };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], "examples",
                                                EXAMPLE_NAME ".xml", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }

  return NULL;
}

/* Imports the example into a new file of its own, so that exploring it
 * never touches an earlier copy the user may have worked on.
 */
gboolean
_nap_window_open_example (NapWindow  *self,
                          GError    **error)
{
  g_autofree char *xml = _nap_window_find_example ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(NapProject) project = NULL;

  g_assert (NAP_IS_WINDOW (self));

  if (xml == NULL)
    {
      g_set_error_literal (error, NAP_ERROR, NAP_ERROR_NOT_FOUND,
                           _("The example plan is not installed. Reinstall NAP Drafter to get it back."));
      return FALSE;
    }

  dir = g_build_filename (g_get_user_data_dir (), "nap-drafter", "examples", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, NAP_ERROR, NAP_ERROR_IO,
                   /* Translators: %s is a folder, the second %s why it could not be made */
                   _("Could not make the folder “%s”: %s"),
                   display, g_strerror (saved_errno));
      return FALSE;
    }

  for (guint n = 1; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (EXAMPLE_NAME ".nap")
                                     : g_strdup_printf (EXAMPLE_NAME "-%u.nap", n);

      g_free (path);
      path = g_build_filename (dir, name, NULL);
    }

  project = nap_xml_import (xml, path, error);
  if (project == NULL)
    return FALSE;

  _nap_window_show_new_project (self, project);
  return TRUE;
}

static void
nap_window_open_example_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  NapWindow *self = NAP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!_nap_window_open_example (self, &error))
    _nap_window_show_error (self, _("Could not open the example"), error);
}

/* Going from one view to another: the view switcher, Ctrl+1..3, and links
 * such as a recommendation's session in the objective editor.
 */
static void
nap_window_show_view_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  NapWindow *self = NAP_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (self->project == NULL)
    return;
  if (adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    {
      g_warning ("No view called “%s”", name);
      return;
    }
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  gtk_widget_child_focus (adw_view_stack_get_visible_child (self->view_stack), GTK_DIR_TAB_FORWARD);
}

static void
nap_window_show_record_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  NapWindow *self = NAP_WINDOW (widget);
  const char *uuid = g_variant_get_string (param, NULL);
  NapRecord *record;

  if (self->project == NULL)
    return;

  /* A link may outlive its record: a deleted session or objective is
   * simply not shown.
   */
  record = nap_project_lookup_uuid (self->project, uuid);
  if (NAP_IS_OBJECTIVE (record))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "plan");
      nap_plan_view_select (self->plan_view, NAP_OBJECTIVE (record));
    }
  else if (NAP_IS_CONSULTATION (record))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "consultations");
      nap_consultations_view_select (self->consultations_view, NAP_CONSULTATION (record));
    }
}

/* Undo and redo: the history is the plan file's, so an edit made before
 * the plan was last closed, or by nap-tool, is undone here too.
 */
static void
nap_window_replay (NapWindow *self,
                   gboolean   redo)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->project == NULL)
    return;

  ok = redo ? nap_project_redo (self->project, &error) : nap_project_undo (self->project, &error);
  if (!ok)
    _nap_window_toast (self, error->message);
  _nap_window_actions_update (self);
}

/* win.undo and win.redo */
static void
nap_window_replay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  nap_window_replay (NAP_WINDOW (widget), g_str_equal (action_name, "win.redo"));
}

/* "Undo Delete “Pillar 1”" where the step has a name. */
static void
nap_window_update_history_tooltips (NapWindow *self)
{
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  if (self->project != NULL)
    {
      undo_label = nap_project_get_undo_label (self->project);
      redo_label = nap_project_get_redo_label (self->project);
    }

  /* Translators: a tooltip; %s names the edit, as in "Delete “Pillar 1”" */
  undo_tip = undo_label != NULL ? g_strdup_printf (_("Undo %s"), undo_label) : g_strdup (_("Undo"));
  /* Translators: a tooltip; %s names the edit, as in "Delete “Pillar 1”" */
  redo_tip = redo_label != NULL ? g_strdup_printf (_("Redo %s"), redo_label) : g_strdup (_("Redo"));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undo_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, undo_tip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->redo_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, redo_tip, -1);
}

void
_nap_window_class_actions_init (NapWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-plan", NULL,
                                   nap_window_new_plan_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL,
                                   nap_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL,
                                   nap_window_open_example_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL,
                                   nap_window_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.plan-settings", NULL,
                                   nap_window_plan_settings_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL,
                                   nap_window_close_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s",
                                   nap_window_show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-record", "s",
                                   nap_window_show_record_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL,
                                   nap_window_replay_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL,
                                   nap_window_replay_action);

  _nap_window_class_xml_init (klass);
}

void
_nap_window_actions_update (NapWindow *self)
{
  gboolean has_project = self->project != NULL;
  gboolean writable = has_project && !nap_project_is_read_only (self->project);
  g_autofree char *example = _nap_window_find_example ();

  g_assert (NAP_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.plan-settings", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-record", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-xml", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-consultations", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.merge-xml", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-example", example != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 writable && nap_project_can_undo (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 writable && nap_project_can_redo (self->project));
  nap_window_update_history_tooltips (self);
  gtk_widget_set_visible (self->example_button, example != NULL);
}
