/* nap-consultations-view.c: the consultation log, a session's editor and its recommendations
 *
 * The log is a GtkColumnView over the project's own list of sessions,
 * filtered by the search and sorted by the column the user chose (by date
 * at first). The cells are refreshed after every edit of the plan, and
 * the sort is applied again, keeping the selection on its session; the
 * search is not applied again, so that the session being edited never
 * vanishes from under the user. Beside the log, the editor of the
 * selected session (NapConsultationEditor); two more pages show the
 * register of all recommendations and the figures.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-consultations-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nap-consultation-editor.h"
#include "nap-consultation-overview.h"
#include "nap-consultations-view.h"
#include "nap-recommendation-register.h"
#include "nap-signal-group.h"

typedef enum
{
  COLUMN_DATE,
  COLUMN_TITLE,
  COLUMN_PLACE,
  COLUMN_REGION,
  COLUMN_PARTICIPANTS,
  COLUMN_PENDING,
  N_COLUMNS
} Column;

struct _NapConsultationsView
{
  AdwBin                     parent_instance;

  NapProject                *project;
  GtkFilterListModel        *filtered;
  GtkSortListModel          *sorted;
  GtkSingleSelection        *selection;
  GtkCustomFilter           *filter;
  GHashTable                *bound_items;    /* GtkListItem showing a session */
  char                      *search;
  char                      *reselect_uuid;  /* the session to select again after a merge */
  GSignalGroup              *project_signals;
  GSignalGroup              *sessions_signals;

  AdwToastOverlay           *toast_overlay;
  GtkStack                  *pages;
  GtkSearchEntry            *search_entry;
  GtkStack                  *list_stack;
  GtkColumnView             *column_view;
  GtkColumnViewColumn       *date_column;
  GtkColumnViewColumn       *title_column;
  GtkColumnViewColumn       *place_column;
  GtkColumnViewColumn       *region_column;
  GtkColumnViewColumn       *participants_column;
  GtkColumnViewColumn       *pending_column;
  NapConsultationEditor     *editor;
  NapRecommendationRegister *register_;
  NapConsultationOverview   *overview;
};

G_DEFINE_FINAL_TYPE (NapConsultationsView, nap_consultations_view, ADW_TYPE_BIN)

static void
show_toast (NapConsultationsView *self,
            const char           *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static int
count_pending (NapConsultation *consultation)
{
  GListModel *recommendations = nap_consultation_get_recommendations (consultation);
  int pending = 0;

  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(NapRecommendation) recommendation = g_list_model_get_item (recommendations, i);

      if (nap_recommendation_get_status (recommendation) == NAP_RESPONSE_PENDING)
        pending++;
    }
  return pending;
}

static const char *
region_name (NapConsultationsView *self,
             NapConsultation      *consultation)
{
  return nap_consultation_get_region_name (consultation,
                                           nap_plan_get_country (nap_project_get_plan (self->project)));
}

static char *
display_title (NapConsultation *consultation)
{
  const char *title = nap_consultation_get_title (consultation);

  return g_strdup (nap_text_is_blank (title) ? _("Untitled session") : title);
}

/* Cells */

static void
update_cell (NapConsultationsView *self,
             GtkListItem          *item)
{
  NapConsultation *consultation = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "nap-column"));
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (consultation == NULL || self->project == NULL)
    return;

  switch (column)
    {
    case COLUMN_DATE:
      {
        const char *start = nap_consultation_get_start_date (consultation);
        const char *end = nap_consultation_get_end_date (consultation);

        text = g_strdup (start != NULL ? start : "");
        if (start != NULL && end != NULL && g_strcmp0 (start, end) != 0)
          /* Translators: the dates of a session of several days */
          tooltip = g_strdup_printf (_("From %s to %s"), start, end);
      }
      break;

    case COLUMN_TITLE:
      text = display_title (consultation);
      tooltip = g_strdup (text);
      break;

    case COLUMN_PLACE:
      text = g_strdup (nap_consultation_get_place (consultation));
      tooltip = g_strdup (text);
      break;

    case COLUMN_REGION:
      text = g_strdup (region_name (self, consultation));
      tooltip = g_strdup (text);
      break;

    case COLUMN_PARTICIPANTS:
      text = g_strdup_printf ("%d", nap_consultation_get_participants (consultation));
      break;

    case COLUMN_PENDING:
    case N_COLUMNS:
    default:
      text = g_strdup_printf ("%d", count_pending (consultation));
      break;
    }

  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip != NULL && *tooltip != '\0' ? tooltip : NULL);
  if (column == COLUMN_TITLE)
    {
      if (nap_text_is_blank (nap_consultation_get_title (consultation)))
        gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* GtkLabel mirrors its alignment right to left by itself. */
  if (GPOINTER_TO_INT (column) >= COLUMN_PARTICIPANTS)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  if (GPOINTER_TO_INT (column) == COLUMN_DATE)
    gtk_widget_add_css_class (label, "numeric");
  if (GPOINTER_TO_INT (column) == COLUMN_PLACE || GPOINTER_TO_INT (column) == COLUMN_REGION)
    gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_list_item_set_child (item, label);
  g_object_set_data (G_OBJECT (item), "nap-column", column);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              NapConsultationsView     *self)
{
  g_hash_table_add (self->bound_items, item);
  update_cell (self, item);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                NapConsultationsView     *self)
{
  if (self->bound_items != NULL)
    g_hash_table_remove (self->bound_items, item);
}

/* Sorting and searching */

static int
get_participants (NapConsultation *consultation)
{
  return nap_consultation_get_participants (consultation);
}

/* GTK 4.8's string sorter fails on NULL, which an unset date is. */
static char *
sort_key_property (NapConsultation *consultation,
                   const char      *property)
{
  char *value = NULL;

  g_object_get (consultation, property, &value, NULL);
  return value != NULL ? value : g_strdup ("");
}

static GtkSorter *
string_sorter (const char *property,
               gboolean    ignore_case)
{
  GtkExpression *key = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                    G_CALLBACK (sort_key_property), (gpointer) property, NULL);
  GtkStringSorter *sorter = gtk_string_sorter_new (key);

  gtk_string_sorter_set_ignore_case (sorter, ignore_case);
  return GTK_SORTER (sorter);
}

static char *
sort_key_region (NapConsultation      *consultation,
                 NapConsultationsView *self)
{
  return g_strdup (self->project != NULL ? region_name (self, consultation) : nap_consultation_get_region (consultation));
}

static GtkSorter *
numeric_sorter (GCallback getter)
{
  return GTK_SORTER (gtk_numeric_sorter_new (gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL,
                                                                          getter, NULL, NULL)));
}

static void
set_sorter (GtkColumnViewColumn *column,
            GtkSorter           *sorter)
{
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
}

static gboolean
text_matches (const char *search,
              const char *text)
{
  g_autofree char *folded_search = NULL;
  g_autofree char *folded_text = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  /* "bamako" finds "Bamako", "segou" finds "Ségou", "ouest" finds "Sud-Ouest". */
  if (g_str_match_string (search, text, TRUE))
    return TRUE;
  folded_search = g_utf8_casefold (search, -1);
  folded_text = g_utf8_casefold (text, -1);
  return strstr (folded_text, folded_search) != NULL;
}

static gboolean
session_matches (gpointer item,
                 gpointer user_data)
{
  NapConsultationsView *self = user_data;
  NapConsultation *consultation = item;

  if (self->search == NULL || *self->search == '\0')
    return TRUE;

  return text_matches (self->search, nap_consultation_get_title (consultation))
         || text_matches (self->search, nap_consultation_get_place (consultation))
         || text_matches (self->search, region_name (self, consultation))
         || text_matches (self->search, nap_consultation_get_facilitator (consultation));
}

static void
update_list_page (NapConsultationsView *self)
{
  const char *page = "list";

  if (self->project == NULL || g_list_model_get_n_items (nap_project_get_consultations (self->project)) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    page = "no-results";
  gtk_stack_set_visible_child_name (self->list_stack, page);
}

static void
search_changed_cb (NapConsultationsView *self)
{
  g_free (self->search);
  self->search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_list_page (self);
}

static void
clear_search (NapConsultationsView *self)
{
  if (self->search == NULL || *self->search == '\0')
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  /* Not waiting for the entry's delay. */
  search_changed_cb (self);
}

/* Selection */

static NapConsultation *
get_selected (NapConsultationsView *self)
{
  if (self->selection == NULL)
    return NULL;
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (NapConsultationsView *self)
{
  gboolean writable = self->project != NULL && !nap_project_is_read_only (self->project);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessions.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessions.delete", writable && get_selected (self) != NULL);
}

static void
selection_changed_cb (NapConsultationsView *self)
{
  nap_consultation_editor_set_consultation (self->editor, get_selected (self));
  update_actions (self);
}

static void
scroll_to (NapConsultationsView *self,
           guint                 position)
{
  /* GTK 4.8's column view has no scrolling call: its inner list view has
   * the action.
   */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static gboolean
select_in_list (NapConsultationsView *self,
                NapConsultation      *consultation)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapConsultation) item = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (item == consultation)
        {
          gtk_single_selection_set_selected (self->selection, i);
          scroll_to (self, i);
          return TRUE;
        }
    }
  return FALSE;
}

static void
column_view_activate_cb (NapConsultationsView *self)
{
  nap_consultation_editor_focus_title (self->editor);
}

/* The project */

static void
project_changed_cb (NapConsultationsView *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    update_cell (self, key);

  /* Dates, titles and counts may have moved a session in the order. */
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  update_actions (self);
}

static void
sessions_changed_cb (NapConsultationsView *self)
{
  update_list_page (self);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  NapConsultationsView *self = NAP_CONSULTATIONS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  NapConsultation *consultation;

  if (self->project == NULL)
    return;

  /* A new session has no title yet: the search would hide it. */
  clear_search (self);
  consultation = nap_project_add_consultation (self->project, "", &error);
  if (consultation == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  gtk_stack_set_visible_child_name (self->pages, "sessions");
  select_in_list (self, consultation);
  nap_consultation_editor_focus_title (self->editor);
}

static void
delete_session (NapConsultationsView *self,
                NapConsultation      *consultation)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_title (consultation);
  g_autofree char *message = NULL;
  AdwToast *toast;

  /* Pending text belongs to the session that goes: save it anyway, so
   * that nothing is written in the middle of the deletion.
   */
  nap_consultation_editor_flush (self->editor);
  if (nap_consultation_editor_get_consultation (self->editor) == consultation)
    nap_consultation_editor_set_consultation (self->editor, NULL);

  if (!nap_project_delete_record (self->project, NAP_RECORD (consultation), &error))
    {
      show_toast (self, error->message);
      selection_changed_cb (self);
      return;
    }

  /* Translators: %s is the title of the deleted session */
  message = g_strdup_printf (_("“%s” was deleted."), name);
  toast = adw_toast_new (message);
  /* The window's undo brings the session back with its recommendations. */
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  selection_changed_cb (self);
}

static void
delete_response_cb (AdwMessageDialog     *dialog,
                    const char           *response,
                    NapConsultationsView *self)
{
  NapConsultation *consultation = g_object_get_data (G_OBJECT (dialog), "nap-consultation");

  if (g_strcmp0 (response, "delete") == 0 && self->project != NULL
      && nap_project_lookup_uuid (self->project, nap_record_get_uuid (NAP_RECORD (consultation)))
         == NAP_RECORD (consultation))
    delete_session (self, consultation);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NapConsultationsView *self = NAP_CONSULTATIONS_VIEW (widget);
  NapConsultation *selected = get_selected (self);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkRoot *root;
  guint n;

  if (selected == NULL)
    return;

  n = g_list_model_get_n_items (nap_consultation_get_recommendations (selected));
  if (n == 0)
    {
      delete_session (self, selected);
      return;
    }

  name = display_title (selected);
  /* Translators: %s is the title of a consultation session */
  heading = g_strdup_printf (_("Delete “%s” and its recommendations?"), name);
  body = g_strdup_printf (ngettext ("Its %u recommendation and the team’s response to it are deleted with it.",
                                    "Its %u recommendations and the team’s responses to them are deleted with it.",
                                    n),
                          n);
  root = gtk_widget_get_root (widget);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "nap-consultation", g_object_ref (selected), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
nap_consultations_view_dispose (GObject *object)
{
  NapConsultationsView *self = NAP_CONSULTATIONS_VIEW (object);

  if (self->project != NULL)
    nap_consultations_view_set_project (self, NULL);
  g_clear_pointer (&self->reselect_uuid, g_free);

  /* The template's top child is AdwBin's: let AdwBin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAP_TYPE_CONSULTATIONS_VIEW);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  g_clear_object (&self->filter);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->sessions_signals);

  G_OBJECT_CLASS (nap_consultations_view_parent_class)->dispose (object);
}

static void
nap_consultations_view_finalize (GObject *object)
{
  NapConsultationsView *self = NAP_CONSULTATIONS_VIEW (object);

  g_free (self->search);

  G_OBJECT_CLASS (nap_consultations_view_parent_class)->finalize (object);
}

static void
nap_consultations_view_class_init (NapConsultationsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nap_consultations_view_dispose;
  object_class->finalize = nap_consultations_view_finalize;

  gtk_widget_class_install_action (widget_class, "sessions.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "sessions.delete", NULL, delete_action);

  g_type_ensure (NAP_TYPE_CONSULTATION_EDITOR);
  g_type_ensure (NAP_TYPE_RECOMMENDATION_REGISTER);
  g_type_ensure (NAP_TYPE_CONSULTATION_OVERVIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/napdrafter/NapDrafter/nap-consultations-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, pages);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, date_column);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, title_column);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, place_column);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, region_column);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, participants_column);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, pending_column);
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, editor);
  gtk_widget_class_bind_template_child_full (widget_class, "register", FALSE,
                                             G_STRUCT_OFFSET (NapConsultationsView, register_));
  gtk_widget_class_bind_template_child (widget_class, NapConsultationsView, overview);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
}

static void
nap_consultations_view_init (NapConsultationsView *self)
{
  GtkColumnViewColumn *columns[N_COLUMNS];
  GtkStringSorter *region_sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound_items = g_hash_table_new (NULL, NULL);
  self->filter = gtk_custom_filter_new (session_matches, self, NULL);

  self->project_signals = nap_signal_group_new (NAP_TYPE_PROJECT, self,
                                                "changed", G_CALLBACK (project_changed_cb),
                                                "notify::read-only", G_CALLBACK (update_actions),
                                                NULL);
  self->sessions_signals = nap_signal_group_new (G_TYPE_LIST_MODEL, self,
                                                 "items-changed", G_CALLBACK (sessions_changed_cb),
                                                 NULL);

  columns[COLUMN_DATE] = self->date_column;
  columns[COLUMN_TITLE] = self->title_column;
  columns[COLUMN_PLACE] = self->place_column;
  columns[COLUMN_REGION] = self->region_column;
  columns[COLUMN_PARTICIPANTS] = self->participants_column;
  columns[COLUMN_PENDING] = self->pending_column;
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);
      gtk_column_view_column_set_factory (columns[i], factory);
    }

  set_sorter (self->date_column, string_sorter ("start-date", FALSE));
  set_sorter (self->title_column, string_sorter ("title", TRUE));
  set_sorter (self->place_column, string_sorter ("place", TRUE));
  /* A region may be stored as its ISO 3166-2 code: sort by what is shown. */
  region_sorter = gtk_string_sorter_new (gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                      G_CALLBACK (sort_key_region), self, NULL));
  gtk_string_sorter_set_ignore_case (region_sorter, TRUE);
  set_sorter (self->region_column, GTK_SORTER (region_sorter));
  set_sorter (self->participants_column, numeric_sorter (G_CALLBACK (get_participants)));
  set_sorter (self->pending_column, numeric_sorter (G_CALLBACK (count_pending)));
  /* The log reads in the order the sessions took place. */
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_ASCENDING);

  update_list_page (self);
  update_actions (self);
}

/**
 * nap_consultations_view_new:
 *
 * Returns: (transfer floating): a new #NapConsultationsView
 */
GtkWidget *
nap_consultations_view_new (void)
{
  return g_object_new (NAP_TYPE_CONSULTATIONS_VIEW, NULL);
}

/**
 * nap_consultations_view_set_project:
 * @self: a #NapConsultationsView
 * @project: (nullable): the plan to show, or %NULL to let go of it
 *
 * Letting go of a plan remembers the selected session, so that it is
 * selected again when the plan comes back read anew, as after a merge.
 */
void
nap_consultations_view_set_project (NapConsultationsView *self,
                                    NapProject           *project)
{
  NapConsultation *selected;

  g_return_if_fail (NAP_IS_CONSULTATIONS_VIEW (self));
  g_return_if_fail (!project || NAP_IS_PROJECT (project));

  if (self->project == project)
    return;

  selected = get_selected (self);
  if (selected != NULL)
    {
      g_free (self->reselect_uuid);
      self->reselect_uuid = g_strdup (nap_record_get_uuid (NAP_RECORD (selected)));
    }

  nap_consultation_editor_set_consultation (self->editor, NULL);
  g_signal_group_set_target (self->project_signals, NULL);
  g_signal_group_set_target (self->sessions_signals, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);

  g_set_object (&self->project, project);
  nap_consultation_editor_set_project (self->editor, project);
  nap_recommendation_register_set_project (self->register_, project);
  nap_consultation_overview_set_project (self->overview, project);

  if (project != NULL)
    {
      GListModel *sessions = nap_project_get_consultations (project);
      NapRecord *again = self->reselect_uuid != NULL ? nap_project_lookup_uuid (project, self->reselect_uuid) : NULL;

      self->filtered = gtk_filter_list_model_new (g_object_ref (sessions), GTK_FILTER (g_object_ref (self->filter)));
      self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
      self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
      gtk_single_selection_set_autoselect (self->selection, TRUE);
      gtk_single_selection_set_can_unselect (self->selection, FALSE);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      g_signal_connect_swapped (self->selection, "notify::selected-item",
                                G_CALLBACK (selection_changed_cb), self);

      g_signal_group_set_target (self->project_signals, project);
      g_signal_group_set_target (self->sessions_signals, sessions);
      if (NAP_IS_CONSULTATION (again))
        select_in_list (self, NAP_CONSULTATION (again));
      g_clear_pointer (&self->reselect_uuid, g_free);
    }

  update_list_page (self);
  selection_changed_cb (self);
}

/**
 * nap_consultations_view_get_project:
 * @self: a #NapConsultationsView
 *
 * Returns: (transfer none) (nullable): the project shown, or %NULL
 */
NapProject *
nap_consultations_view_get_project (NapConsultationsView *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATIONS_VIEW (self), NULL);

  return self->project;
}

/**
 * nap_consultations_view_select:
 * @self: a #NapConsultationsView
 * @consultation: a session of the plan shown
 *
 * Shows @consultation in the session editor, selected in the log; clears
 * the search if it hid the session.
 *
 * Returns: %TRUE if the session is in the log and now selected
 */
gboolean
nap_consultations_view_select (NapConsultationsView *self,
                               NapConsultation      *consultation)
{
  g_return_val_if_fail (NAP_IS_CONSULTATIONS_VIEW (self), FALSE);
  g_return_val_if_fail (NAP_IS_CONSULTATION (consultation), FALSE);

  if (self->project == NULL
      || nap_project_lookup_uuid (self->project, nap_record_get_uuid (NAP_RECORD (consultation)))
         != NAP_RECORD (consultation))
    return FALSE;

  gtk_stack_set_visible_child_name (self->pages, "sessions");
  if (!select_in_list (self, consultation))
    {
      clear_search (self);
      if (!select_in_list (self, consultation))
        return FALSE;
    }
  return nap_consultation_editor_get_consultation (self->editor) == consultation;
}

/**
 * nap_consultations_view_flush:
 * @self: a #NapConsultationsView
 *
 * Saves what was typed in the session editor and not saved yet.
 *
 * Returns: %FALSE if a field holds text that cannot be saved
 */
gboolean
nap_consultations_view_flush (NapConsultationsView *self)
{
  g_return_val_if_fail (NAP_IS_CONSULTATIONS_VIEW (self), FALSE);

  return nap_consultation_editor_flush (self->editor);
}
