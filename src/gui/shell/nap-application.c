/* nap-application.c: the application: its windows and app.* actions
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-drafter"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-application.h"
#include "nap-window.h"

struct _NapApplication
{
  AdwApplication parent_instance;

  gboolean open_example; /* --example: show the Mali plan on start */
};

G_DEFINE_FINAL_TYPE (NapApplication, nap_application, ADW_TYPE_APPLICATION)

static NapWindow *
nap_application_find_window (NapApplication *self,
                             GFile          *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      NapProject *project;
      g_autoptr(GFile) shown = NULL;

      if (!NAP_IS_WINDOW (l->data))
        continue;
      project = nap_window_get_project (l->data);
      if (project == NULL)
        continue;
      shown = g_file_new_for_path (nap_project_get_path (project));
      if (g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}

/* A window on its welcome page, to use before making a new one. */
static NapWindow *
nap_application_find_free_window (NapApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (NAP_IS_WINDOW (l->data) && nap_window_get_project (l->data) == NULL)
        return l->data;
    }

  return NULL;
}

static void
nap_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (nap_window_new (NAP_APPLICATION (app)));
  gtk_window_present (window);

  if (NAP_APPLICATION (app)->open_example)
    {
      NAP_APPLICATION (app)->open_example = FALSE;
      gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);
    }
}

static int
nap_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "example"))
    NAP_APPLICATION (app)->open_example = TRUE;

  return -1;
}

static void
nap_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  NapApplication *self = NAP_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      g_autoptr(GError) error = NULL;
      NapWindow *window = nap_application_find_window (self, files[i]);

      if (window != NULL)
        {
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }

      window = nap_application_find_free_window (self);
      if (window == NULL)
        window = nap_window_new (self);
      gtk_window_present (GTK_WINDOW (window));
      if (!nap_window_open_file (window, files[i], &error))
        {
          GtkWidget *dialog;

          dialog = adw_message_dialog_new (GTK_WINDOW (window),
                                           _("Could not open the plan"),
                                           error->message);
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
}

/* app.* actions */

static void
nap_application_quit_action (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       user_data)
{
  NapApplication *self = user_data;
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Closing, not destroying, lets each window remember its size. Every
   * edit is committed already, so nothing is asked.
   */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    g_ptr_array_add (windows, g_object_ref (l->data));
  for (guint i = 0; i < windows->len; i++)
    gtk_window_close (g_ptr_array_index (windows, i));
}

static void
nap_application_new_window_action (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (nap_window_new (NAP_APPLICATION (user_data))));
}

static void
nap_application_about_action (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       user_data)
{
  NapApplication *self = user_data;
  const char *developers[] = { _("The NAP Drafter authors"), NULL };
  /* Translators: put your names here, one per line, as
   * "Name <email>" or "Name https://example.org". */
  const char *translators = _("translator-credits");
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-icon", APP_ID,
                        "application-name", _("NAP Drafter"),
                        "developer-name", _("The NAP Drafter authors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "copyright", _("© 2026 The NAP Drafter authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/napdrafter/nap-drafter",
                        "issue-url", "https://github.com/napdrafter/nap-drafter/issues",
                        NULL);
  if (g_strcmp0 (translators, "translator-credits") != 0)
    adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), translators);
  gtk_window_present (GTK_WINDOW (about));
}

static void
nap_application_preferences_action (GSimpleAction *action,
                                    GVariant      *param,
                                    gpointer       user_data)
{
  NapApplication *self = user_data;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *window;
  GtkWidget *page;
  GtkWidget *group;
  GtkWidget *row;

  window = g_object_new (ADW_TYPE_PREFERENCES_WINDOW,
                         "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "modal", TRUE,
                         "search-enabled", FALSE,
                         "default-height", 320,
                         NULL);
  page = adw_preferences_page_new ();
  group = g_object_new (ADW_TYPE_PREFERENCES_GROUP,
                        "title", _("Your Name"),
                        "description", _("Recorded with each edit you make, to show who made it."),
                        NULL);
  row = g_object_new (ADW_TYPE_ENTRY_ROW,
                      "title", _("Author name"),
                      "use-markup", FALSE,
                      NULL);
  g_settings_bind (settings, "author-name", row, "text", G_SETTINGS_BIND_DEFAULT);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));
}

static void
nap_application_startup (GApplication *app)
{
  static const GActionEntry actions[] = {
    { "quit", nap_application_quit_action },
    { "new-window", nap_application_new_window_action },
    { "about", nap_application_about_action },
    { "preferences", nap_application_preferences_action },
  };
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new-plan", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
    { "win.plan-settings", { "<Alt>Return", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.show-view::plan", { "<Control>1", NULL } },
    { "win.show-view::budget", { "<Control>2", NULL } },
    { "win.show-view::consultations", { "<Control>3", NULL } },
  };

  G_APPLICATION_CLASS (nap_application_parent_class)->startup (app);

  g_set_application_name (_("NAP Drafter"));
  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
nap_application_class_init (NapApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = nap_application_startup;
  app_class->activate = nap_application_activate;
  app_class->open = nap_application_open;
  app_class->handle_local_options = nap_application_handle_local_options;
}

static void
nap_application_init (NapApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "example", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Open a fresh copy of the Mali 2012-2014 example plan"), NULL);
}

/**
 * nap_application_new:
 *
 * Returns: (transfer full): the application
 */
NapApplication *
nap_application_new (void)
{
  return g_object_new (NAP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/napdrafter/NapDrafter",
                       NULL);
}
