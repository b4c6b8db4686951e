/* nap-window.c: a window showing the welcome page or one plan
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-drafter"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nap-error.h"
#include "nap-signal-group.h"
#include "nap-window-private.h"

G_DEFINE_FINAL_TYPE (NapWindow, nap_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* Titles */

static void
nap_window_update_titles (NapWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  const char *title = NULL;
  gboolean read_only;

  g_assert (NAP_IS_WINDOW (self));

  if (self->project == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("NAP Drafter"));
      gtk_info_bar_set_revealed (self->read_only_bar, FALSE);
      return;
    }

  title = nap_plan_get_title (nap_project_get_plan (self->project));
  if (title == NULL || *title == '\0')
    title = _("Untitled Plan");

  name = g_filename_display_basename (nap_project_get_path (self->project));
  read_only = nap_project_is_read_only (self->project);
  if (read_only)
    /* Translators: the window's subtitle: %s is the plan's file name. */
    subtitle = g_strdup_printf (_("%s — read-only"), name);
  else
    subtitle = g_steal_pointer (&name);

  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);

  gtk_label_set_text (self->read_only_label,
                      read_only ? nap_project_get_read_only_reason (self->project) : "");
  gtk_info_bar_set_revealed (self->read_only_bar, read_only);
}

static void
nap_window_project_changed_cb (NapWindow  *self,
                               NapProject *project)
{
  g_assert (NAP_IS_WINDOW (self));

  /* A reload may have replaced the plan object. */
  g_signal_group_set_target (self->plan_signals, nap_project_get_plan (project));
  nap_window_update_titles (self);
}

/* Recent plans */

static char *
nap_window_display_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char *home = g_get_home_dir ();
  gsize home_len = strlen (home);

  if (home_len > 1 && g_str_has_prefix (dir, home)
      && (dir[home_len] == '\0' || dir[home_len] == G_DIR_SEPARATOR))
    {
      g_autofree char *relative = g_strconcat ("~", dir + home_len, NULL);

      return g_filename_display_name (relative);
    }

  return g_filename_display_name (dir);
}

static void
nap_window_recent_row_activated_cb (NapWindow    *self,
                                    AdwActionRow *row)
{
  const char *path = g_object_get_data (G_OBJECT (row), "path");
  g_autoptr(GFile) file = NULL;

  g_assert (NAP_IS_WINDOW (self));
  g_assert (path != NULL);

  file = g_file_new_for_path (path);
  _nap_window_open (self, file);
}

static GtkWidget *
nap_window_create_recent_row (gpointer item,
                              gpointer user_data)
{
  NapWindow *self = user_data;
  const char *path = gtk_string_object_get_string (item);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *folder = nap_window_display_folder (path);
  GtkWidget *row;
  GtkWidget *icon;

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", name,
                      "subtitle", folder,
                      "use-markup", FALSE,
                      "activatable", TRUE,
                      "tooltip-text", path,
                      NULL);
  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", "go-next-symbolic",
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  g_object_set_data_full (G_OBJECT (row), "path", g_strdup (path), g_free);
  g_signal_connect_object (row, "activated",
                           G_CALLBACK (nap_window_recent_row_activated_cb),
                           self, G_CONNECT_SWAPPED);
  return row;
}

static void
nap_window_update_recent (NapWindow *self)
{
  g_auto(GStrv) paths = g_settings_get_strv (self->settings, "recent-files");
  g_autoptr(GtkStringList) existing = gtk_string_list_new (NULL);
  guint n = 0;

  for (guint i = 0; paths[i] != NULL && n < NAP_RECENT_FILES_MAX; i++)
    {
      if (!g_file_test (paths[i], G_FILE_TEST_IS_REGULAR))
        continue;
      gtk_string_list_append (existing, paths[i]);
      n++;
    }

  gtk_list_box_bind_model (self->recent_list, G_LIST_MODEL (existing),
                           nap_window_create_recent_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), n > 0);
}

void
_nap_window_add_recent (NapWindow  *self,
                        const char *path)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-files");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < NAP_RECENT_FILES_MAX; i++)
    {
      if (g_strcmp0 (old[i], path) == 0)
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }
  paths = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) paths);
}

/* Showing a plan */

/* Every view shows the same plan; %NULL lets go of its records, which a
 * merge replaces.
 */
void
_nap_window_set_views_project (NapWindow  *self,
                               NapProject *project)
{
  g_assert (NAP_IS_WINDOW (self));

  nap_plan_view_set_project (self->plan_view, project);
  nap_budget_view_set_project (self->budget_view, project);
  nap_consultations_view_set_project (self->consultations_view, project);
}

void
_nap_window_show_project (NapWindow  *self,
                          NapProject *project)
{
  g_autoptr(GFile) file = NULL;

  g_assert (NAP_IS_WINDOW (self));
  g_assert (!project || NAP_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  g_signal_group_set_target (self->project_signals, project);
  g_signal_group_set_target (self->plan_signals,
                             project ? nap_project_get_plan (project) : NULL);
  _nap_window_set_views_project (self, project);
  nap_window_update_titles (self);

  if (project != NULL)
    {
      file = g_file_new_for_path (nap_project_get_path (project));
      _nap_window_add_recent (self, g_file_peek_path (file));
      gtk_stack_set_visible_child_name (self->main_stack, "plan");
      adw_view_stack_set_visible_child_name (self->view_stack, "plan");
      gtk_widget_grab_focus (GTK_WIDGET (self->plan_view));
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }

  _nap_window_actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

void
_nap_window_show_error (NapWindow    *self,
                        const char   *heading,
                        const GError *error)
{
  GtkWidget *dialog;

  g_assert (NAP_IS_WINDOW (self));
  g_assert (heading != NULL);
  g_assert (error != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening from the user interface: presents the window that already has
 * the plan, or shows it here, or in a new window if this one is taken.
 */
void
_nap_window_open (NapWindow *self,
                  GFile     *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  NapWindow *target = self;

  g_assert (NAP_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  if (app != NULL)
    {
      for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
        {
          NapWindow *window = l->data;

          if (NAP_IS_WINDOW (window) && window->project != NULL)
            {
              g_autoptr(GFile) shown = g_file_new_for_path (nap_project_get_path (window->project));

              if (g_file_equal (shown, file))
                {
                  gtk_window_present (GTK_WINDOW (window));
                  return;
                }
            }
        }

      if (self->project != NULL)
        target = nap_window_new (NAP_APPLICATION (app));
    }

  _nap_window_remember_folder (self, file);

  if (!nap_window_open_file (target, file, &error))
    {
      if (target != self)
        gtk_window_destroy (GTK_WINDOW (target));
      _nap_window_show_error (self, _("Could not open the plan"), error);
      return;
    }

  gtk_window_present (GTK_WINDOW (target));
}

void
_nap_window_remember_folder (NapWindow *self,
                             GFile     *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  if (parent != NULL && g_file_peek_path (parent) != NULL)
    g_settings_set_string (self->settings, "last-folder", g_file_peek_path (parent));
}

/**
 * _nap_window_get_last_folder:
 *
 * Returns: (transfer full) (nullable): the folder to offer first in a
 *   file chooser
 */
GFile *
_nap_window_get_last_folder (NapWindow *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "last-folder");

  if (self->project != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (nap_project_get_path (self->project));

      return g_file_new_for_path (dir);
    }
  if (folder[0] != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (folder);
  return NULL;
}

/* GObject */

static gboolean
nap_window_close_request (GtkWindow *window)
{
  NapWindow *self = NAP_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      if (width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }

  /* Every edit is committed as it is made: nothing to ask. */
  return GTK_WINDOW_CLASS (nap_window_parent_class)->close_request (window);
}

static void
nap_window_dispose (GObject *object)
{
  NapWindow *self = NAP_WINDOW (object);

  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_WINDOW);

  g_clear_object (&self->project_signals);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->project);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (nap_window_parent_class)->dispose (object);
}

static void
nap_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NapWindow *self = NAP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nap_window_class_init (NapWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = nap_window_dispose;
  object_class->get_property = nap_window_get_property;
  window_class->close_request = nap_window_close_request;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         NAP_TYPE_PROJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (NAP_TYPE_PLAN_VIEW);
  g_type_ensure (NAP_TYPE_BUDGET_VIEW);
  g_type_ensure (NAP_TYPE_CONSULTATIONS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-window.ui");
  _nap_window_class_actions_init (klass);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, example_button);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, plan_view);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, budget_view);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, consultations_view);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, NapWindow, redo_button);
}

static void
nap_window_init (NapWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The second "changed": the label of the step to undo changes with
   * each edit.
   */
  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "notify::path", G_CALLBACK (nap_window_update_titles),
                                                "notify::read-only", G_CALLBACK (nap_window_update_titles),
                                                "notify::read-only", G_CALLBACK (_nap_window_actions_update),
                                                "changed", G_CALLBACK (nap_window_project_changed_cb),
                                                "notify::can-undo", G_CALLBACK (_nap_window_actions_update),
                                                "notify::can-redo", G_CALLBACK (_nap_window_actions_update),
                                                "changed", G_CALLBACK (_nap_window_actions_update),
                                                NULL);
  self->plan_signals = nap_signal_group_new (NAP_TYPE_PLAN, self,
                                             "notify::title", G_CALLBACK (nap_window_update_titles),
                                             NULL);

  g_signal_connect_object (self->settings, "changed::recent-files",
                           G_CALLBACK (nap_window_update_recent),
                           self, G_CONNECT_SWAPPED);
  nap_window_update_recent (self);

  _nap_window_actions_update (self);
}

/**
 * nap_window_new:
 * @application: the application
 *
 * Returns: (transfer none): a new window showing the welcome page
 */
NapWindow *
nap_window_new (NapApplication *application)
{
  g_return_val_if_fail (NAP_IS_APPLICATION (application), NULL);

  return g_object_new (NAP_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * nap_window_get_project:
 * @self: a #NapWindow
 *
 * Returns: (transfer none) (nullable): the plan shown, or %NULL on the
 *   welcome page
 */
NapProject *
nap_window_get_project (NapWindow *self)
{
  g_return_val_if_fail (NAP_IS_WINDOW (self), NULL);

  return self->project;
}

/**
 * nap_window_set_project:
 * @self: a #NapWindow
 * @project: (nullable): a plan, or %NULL for the welcome page
 *
 * Shows @project and adds its file to the recent plans.
 */
void
nap_window_set_project (NapWindow  *self,
                        NapProject *project)
{
  g_return_if_fail (NAP_IS_WINDOW (self));
  g_return_if_fail (!project || NAP_IS_PROJECT (project));

  _nap_window_show_project (self, project);
}

/**
 * nap_window_open_file:
 * @self: a #NapWindow
 * @file: a plan file
 *
 * Opens @file and shows it in this window, replacing the plan shown. A
 * plan that another window or program is editing opens read-only.
 *
 * Returns: %TRUE on success, or %FALSE with @error set to a message that
 *   names the file
 */
gboolean
nap_window_open_file (NapWindow  *self,
                      GFile      *file,
                      GError    **error)
{
  g_autoptr(NapProject) project = NULL;
  const char *path;

  g_return_val_if_fail (NAP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_peek_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, NAP_ERROR, NAP_ERROR_NOT_FOUND,
                   /* Translators: %s is a file's address, such as sftp://server/plan.nap */
                   _("“%s” is not a file on this computer. Copy it to a local folder, then open the copy."),
                   name);
      return FALSE;
    }

  project = nap_project_open (path, NAP_STORE_OPEN_DEFAULT, error);
  if (project == NULL)
    return FALSE;

  _nap_window_show_project (self, project);
  return TRUE;
}
