/* nap-window-xml.c: the window's NAP XML actions: export, import, merge
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-drafter"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nap-jobs.h"
#include "nap-window-private.h"
#include "nap-xml-reader.h"

/* File choosers */

static void
nap_window_add_xml_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) xml = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (xml, _("NAP XML files"));
  gtk_file_filter_add_pattern (xml, "*.xml");
  gtk_file_filter_add_mime_type (xml, "application/xml");
  gtk_file_filter_add_mime_type (xml, "text/xml");
  gtk_file_chooser_add_filter (chooser, xml);

  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);

  gtk_file_chooser_set_filter (chooser, xml);
}

static GtkFileChooserNative *
nap_window_xml_chooser_new (NapWindow            *self,
                            const char           *title,
                            GtkFileChooserAction  action,
                            const char           *accept_label)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GFile) folder = _nap_window_get_last_folder (self);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  return chooser;
}

/* The chosen file's path, with @suffix added if it has none. */
static char *
nap_window_chosen_path (GtkFileChooser *chooser,
                        const char     *suffix)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  g_autofree char *path = NULL;

  if (file == NULL || g_file_peek_path (file) == NULL)
    return NULL;

  path = g_file_get_path (file);
  if (suffix != NULL && !g_str_has_suffix (path, suffix))
    {
      char *with_suffix = g_strconcat (path, suffix, NULL);

      g_free (path);
      path = with_suffix;
    }
  return g_steal_pointer (&path);
}

/* @path's file name with its extension replaced by @suffix. */
static char *
nap_window_name_with_suffix (const char *path,
                             const char *suffix)
{
  g_autofree char *name = g_filename_display_basename (path);
  char *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    *dot = '\0';
  return g_strconcat (name, suffix, NULL);
}

void
_nap_window_toast (NapWindow  *self,
                   const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Exporting */

static void
nap_window_export_response_cb (NapWindow            *self,
                               int                   response,
                               GtkFileChooserNative *chooser)
{
  g_autofree char *path = NULL;

  g_assert (NAP_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT && self->project != NULL
      && (path = nap_window_chosen_path (GTK_FILE_CHOOSER (chooser), ".xml")) != NULL)
    {
      NapExportFormat format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "format"));

      _nap_window_export (self, path, format);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
nap_window_export (NapWindow       *self,
                   NapExportFormat  format)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  const char *title;

  if (self->project == NULL)
    return;

  if (format == NAP_EXPORT_XML_CONSULTATIONS)
    title = _("Export the Consultations");
  else
    title = _("Export the Plan");

  chooser = nap_window_xml_chooser_new (self, title, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  nap_window_add_xml_filters (GTK_FILE_CHOOSER (chooser));
  name = nap_window_name_with_suffix (nap_project_get_path (self->project), ".xml");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "format", GUINT_TO_POINTER (format));

  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (nap_window_export_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* win.export-xml and win.export-consultations */
static void
nap_window_export_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  nap_window_export (NAP_WINDOW (widget),
                     g_str_equal (action_name, "win.export-consultations")
                     ? NAP_EXPORT_XML_CONSULTATIONS : NAP_EXPORT_XML);
}

/* Importing */

static void
nap_window_import_save_response_cb (NapWindow            *self,
                                    int                   response,
                                    GtkFileChooserNative *chooser)
{
  g_autofree char *nap_path = NULL;

  g_assert (NAP_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT
      && (nap_path = nap_window_chosen_path (GTK_FILE_CHOOSER (chooser), ".nap")) != NULL)
    {
      const char *xml_path = g_object_get_data (G_OBJECT (chooser), "xml-path");

      _nap_window_import (self, xml_path, nap_path);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
nap_window_import_open_response_cb (NapWindow            *self,
                                    int                   response,
                                    GtkFileChooserNative *chooser)
{
  g_autofree char *xml_path = NULL;

  g_assert (NAP_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT
      && (xml_path = nap_window_chosen_path (GTK_FILE_CHOOSER (chooser), NULL)) != NULL)
    {
      GtkFileChooserNative *save;
      g_autofree char *name = nap_window_name_with_suffix (xml_path, ".nap");
      g_autofree char *dir = g_path_get_dirname (xml_path);
      g_autoptr(GFile) folder = g_file_new_for_path (dir);
      g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();

      save = nap_window_xml_chooser_new (self, _("Save the Imported Plan"),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
      gtk_file_filter_set_name (plans, _("NAP Drafter plans"));
      gtk_file_filter_add_pattern (plans, "*.nap");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (save), plans);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (save), folder, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (save), name);
      g_object_set_data_full (G_OBJECT (save), "xml-path",
                              g_steal_pointer (&xml_path), g_free);

      g_signal_connect_object (save, "response",
                               G_CALLBACK (nap_window_import_save_response_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (save));
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
nap_window_import_xml_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  NapWindow *self = NAP_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = nap_window_xml_chooser_new (self, _("Import a Plan from NAP XML"),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"));
  nap_window_add_xml_filters (GTK_FILE_CHOOSER (chooser));

  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (nap_window_import_open_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Merging */

/**
 * _nap_window_merge_summary:
 *
 * Returns: (transfer full): a short sentence saying what a merge did
 */
char *
_nap_window_merge_summary (NapMergeReport *report,
                           const char     *path)
{
  g_autofree char *name = g_filename_display_basename (path);

  if (nap_merge_report_is_empty (report))
    /* Translators: a notification: %s is a file name */
    return g_strdup_printf (_("Nothing to merge from “%s”"), name);

  /* Translators: a notification after a merge: %s is a file name, then
   * the numbers of records added and of records changed
   */
  return g_strdup_printf (_("Merged “%s”: %u added, %u changed"), name,
                          nap_merge_report_get_total_added (report),
                          nap_merge_report_get_total_updated (report));
}

static void
nap_window_merge_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              NapWindow        *self)
{
  NapMergePreview *preview = g_object_get_data (G_OBJECT (dialog), "nap-merge-preview");

  g_assert (NAP_IS_WINDOW (self));

  if (g_strcmp0 (response, "merge") == 0 && preview != NULL)
    _nap_window_merge_apply (self, preview);
}

/* The report's lines, as many as a dialog can lay out at once: a file
 * with the consultations of a whole country has tens of thousands.
 */
#define MAX_PREVIEW_LINES 200

static char *
merge_details (NapMergeReport *report)
{
  const char * const *lines = nap_merge_report_get_lines (report);
  guint n = g_strv_length ((char **) lines);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < MIN (n, MAX_PREVIEW_LINES); i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, lines[i]);
    }
  if (n > MAX_PREVIEW_LINES)
    {
      guint more = n - MAX_PREVIEW_LINES;

      g_string_append_c (text, '\n');
      /* Translators: after the first lines of a merge preview */
      g_string_append_printf (text, ngettext ("…and %u more record", "…and %u more records", more), more);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * _nap_window_merge_dialog_new:
 *
 * Returns: (transfer none): a dialog that shows @report, a preview of
 *   merging @path, and merges it on "merge"
 */
GtkWidget *
_nap_window_merge_dialog_new (NapWindow      *self,
                              const char     *path,
                              NapMergeReport *report)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *heading = NULL;
  g_autofree char *details = NULL;
  GtkWidget *dialog;
  GtkWidget *scrolled;
  GtkWidget *label;

  g_assert (NAP_IS_WINDOW (self));

  if (nap_merge_report_is_empty (report))
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Nothing to Merge"),
                                       _("Merging would add and change nothing: the plan has everything in the file already."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      return dialog;
    }

  /* Translators: a dialog's heading: %s is a file name */
  heading = g_strdup_printf (_("Merge “%s”?"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("These records will be added to the plan or changed in it:"));
  details = merge_details (report);
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", details,
                        "xalign", 0.0f,
                        "yalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "selectable", TRUE,
                        NULL);
  scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                           "child", label,
                           "hscrollbar-policy", GTK_POLICY_NEVER,
                           "propagate-natural-height", TRUE,
                           "max-content-height", 240,
                           NULL);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_add_css_class (label, "body");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (nap_window_merge_response_cb),
                           self, 0);
  return dialog;
}

static void
nap_window_merge_open_response_cb (NapWindow            *self,
                                   int                   response,
                                   GtkFileChooserNative *chooser)
{
  g_autofree char *path = NULL;

  g_assert (NAP_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT && self->project != NULL
      && (path = nap_window_chosen_path (GTK_FILE_CHOOSER (chooser), NULL)) != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      _nap_window_remember_folder (self, file);
      _nap_window_merge_file (self, path);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
nap_window_merge_xml_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  NapWindow *self = NAP_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (self->project == NULL || nap_project_is_read_only (self->project))
    return;

  chooser = nap_window_xml_chooser_new (self, _("Merge a NAP XML File into the Plan"),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  nap_window_add_xml_filters (GTK_FILE_CHOOSER (chooser));

  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (nap_window_merge_open_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_nap_window_class_xml_init (NapWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.export-xml", NULL,
                                   nap_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.export-consultations", NULL,
                                   nap_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.import-xml", NULL,
                                   nap_window_import_xml_action);
  gtk_widget_class_install_action (widget_class, "win.merge-xml", NULL,
                                   nap_window_merge_xml_action);
}
