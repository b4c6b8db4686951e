/* nap-recommendation-register-cells.c: the columns of the register
 *
 * Each cell shows one thing about the recommendation of its row. The
 * response (a drop-down) and its reason (an entry saved like every text
 * field, through a NapFieldBinding) are edited in place; the session cell
 * is a button that opens the session. The register keeps the bound cells
 * in a set and refreshes them after every edit of the plan, since what
 * they show (a session's title, an objective's number) belongs to other
 * records than the row's.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-recommendation-register"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nap-date-row.h"
#include "nap-enum-labels.h"
#include "nap-field-binding.h"
#include "nap-recommendation-register-private.h"

typedef enum
{
  COLUMN_TEXT,
  COLUMN_SESSION,
  COLUMN_DATE,
  COLUMN_REGION,
  COLUMN_OBJECTIVES,
  COLUMN_RESPONSE,
  COLUMN_REASON,
  N_COLUMNS
} Column;

typedef struct
{
  NapRecommendationRegister *self;   /* NULL once the register is gone */
  GtkListItem               *item;   /* owns the cell */
  Column                     column;
  GtkWidget                 *widget;
  GtkWidget                 *label;  /* the text shown, for the label-like cells */
  NapFieldBinding           *binding;
  NapRecommendation         *recommendation; /* while bound */
  guint                      loading : 1;
} Cell;

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  if (cell->self != NULL)
    g_hash_table_remove (cell->self->cells, cell);
  if (cell->binding != NULL)
    nap_field_binding_set_record (cell->binding, NULL, NULL);
  g_clear_object (&cell->binding);
  g_clear_object (&cell->recommendation);
  g_free (cell);
}

/**
 * nap_recommendation_register_format_date:
 *
 * Returns: (transfer full) (nullable): @iso written with numbers the
 *   user's way, as the session editor reads dates
 */
char *
nap_recommendation_register_format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;

  if (!nap_date_is_valid_iso (iso))
    return NULL;
  date = g_date_time_new_utc (atoi (iso), atoi (iso + 5), atoi (iso + 8), 0, 0, 0);
  return g_date_time_format (date, nap_date_row_get_local_format ());
}

static char *
objective_names (NapRecommendation *recommendation)
{
  g_autoptr(GPtrArray) objectives = nap_recommendation_list_objectives (recommendation);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < objectives->len; i++)
    {
      NapObjective *objective = g_ptr_array_index (objectives, i);

      if (i > 0)
        g_string_append_c (names, '\n');
      /* Translators: an objective in a list: 1$ its number, 2$ its title */
      g_string_append_printf (names, C_("objective", "%1$s %2$s"),
                              nap_objective_get_display_code (objective),
                              nap_objective_get_title (objective));
    }
  return g_string_free (names, FALSE);
}

static const char *
country_of (Cell *cell)
{
  if (cell->self == NULL || cell->self->project == NULL)
    return NULL;
  return nap_plan_get_country (nap_project_get_plan (cell->self->project));
}

static void
set_label (Cell       *cell,
           const char *text,
           const char *tooltip)
{
  gtk_label_set_label (GTK_LABEL (cell->label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (cell->widget, tooltip);
}

static void
cell_update (Cell *cell)
{
  NapRecommendation *recommendation = cell->recommendation;
  NapConsultation *session;

  if (recommendation == NULL || cell->self == NULL)
    return;

  session = nap_recommendation_get_consultation (recommendation);
  cell->loading = TRUE;
  switch (cell->column)
    {
    case COLUMN_TEXT:
      set_label (cell, nap_recommendation_get_text (recommendation), nap_recommendation_get_text (recommendation));
      break;

    case COLUMN_SESSION:
      {
        const char *title = session != NULL ? nap_consultation_get_title (session) : NULL;

        set_label (cell, nap_text_is_blank (title) ? _("(untitled)") : title, _("Open this session"));
      }
      break;

    case COLUMN_DATE:
      {
        g_autofree char *date = session != NULL
                                ? nap_recommendation_register_format_date (nap_consultation_get_start_date (session))
                                : NULL;
        set_label (cell, date, NULL);
      }
      break;

    case COLUMN_REGION:
      set_label (cell, session != NULL ? nap_consultation_get_region_name (session, country_of (cell)) : NULL, NULL);
      break;

    case COLUMN_OBJECTIVES:
      {
        g_autofree char *codes = nap_recommendation_format_objectives (recommendation);
        g_autofree char *names = objective_names (recommendation);

        if (*codes == '\0')
          set_label (cell, C_("objectives", "None"), _("This recommendation concerns no objective yet."));
        else
          set_label (cell, codes, names);
      }
      break;

    case COLUMN_RESPONSE:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->widget), nap_recommendation_get_status (recommendation));
      break;

    case COLUMN_REASON:
    case N_COLUMNS:
    default:
      /* The binding follows the field itself. */
      break;
    }
  cell->loading = FALSE;
}

void
nap_recommendation_register_refresh_cells (NapRecommendationRegister *self)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    cell_update (cell);
}

/* The cells outlive the register while the view lets go of them. */
void
nap_recommendation_register_forget_cells (NapRecommendationRegister *self)
{
  GHashTableIter iter;
  gpointer cell;

  if (self->cells == NULL)
    return;
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    ((Cell *) cell)->self = NULL;
  g_hash_table_remove_all (self->cells);
}

static void
cell_update_name (Cell *cell)
{
  GtkColumnViewColumn *columns[N_COLUMNS];
  g_autofree char *name = NULL;

  if (cell->self == NULL || (cell->column != COLUMN_RESPONSE && cell->column != COLUMN_REASON))
    return;

  columns[COLUMN_RESPONSE] = cell->self->response_column;
  columns[COLUMN_REASON] = cell->self->reason_column;
  /* Translators: how a screen reader names an editable cell of the
   * register: the column, then the row, e.g. "Response, row 2"
   */
  name = g_strdup_printf (C_("register cell", "%s, row %u"),
                          gtk_column_view_column_get_title (columns[cell->column]),
                          gtk_list_item_get_position (cell->item) + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (GTK_IS_ENTRY (cell->widget) && gtk_editable_get_delegate (GTK_EDITABLE (cell->widget)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (cell->widget))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* Editing */

static void
response_selected_cb (Cell *cell)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (cell->widget));
  g_autoptr(GError) error = NULL;

  if (cell->loading || cell->self == NULL || cell->self->project == NULL
      || cell->recommendation == NULL || selected == GTK_INVALID_LIST_POSITION
      || selected == (guint) nap_recommendation_get_status (cell->recommendation))
    return;

  if (!nap_project_set_int (cell->self->project, NAP_RECORD (cell->recommendation), "status", selected, &error))
    {
      nap_recommendation_register_show_error (cell->self, _("Could not change the response"), error);
      cell_update (cell);
    }
}

static void
session_clicked_cb (Cell *cell)
{
  if (cell->self != NULL && cell->recommendation != NULL)
    nap_recommendation_register_show_session (cell->self, cell->recommendation);
}

/* The factories */

static GtkWidget *
new_label (gboolean wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_width_chars (GTK_LABEL (label), 20);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  else
    gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static void
setup_cb (GtkSignalListItemFactory  *factory,
          GtkListItem               *item,
          NapRecommendationRegister *self)
{
  Cell *cell = g_new0 (Cell, 1);

  cell->self = self;
  cell->item = item;
  cell->column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));

  switch (cell->column)
    {
    case COLUMN_SESSION:
      cell->label = new_label (FALSE);
      gtk_label_set_width_chars (GTK_LABEL (cell->label), 14);
      cell->widget = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (cell->widget), cell->label);
      gtk_widget_add_css_class (cell->widget, "flat");
      g_signal_connect_swapped (cell->widget, "clicked", G_CALLBACK (session_clicked_cb), cell);
      break;

    case COLUMN_RESPONSE:
      {
        g_autoptr(GtkStringList) labels = nap_enum_labels_new (NAP_TYPE_RESPONSE);

        cell->widget = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
        g_signal_connect_swapped (cell->widget, "notify::selected", G_CALLBACK (response_selected_cb), cell);
      }
      break;

    case COLUMN_REASON:
      cell->widget = gtk_entry_new ();
      gtk_entry_set_placeholder_text (GTK_ENTRY (cell->widget), _("Why, or what the plan does"));
      gtk_editable_set_width_chars (GTK_EDITABLE (cell->widget), 16);
      cell->binding = nap_field_binding_new (cell->widget, "response");
      break;

    case COLUMN_TEXT:
      cell->label = cell->widget = new_label (TRUE);
      break;

    case COLUMN_DATE:
    case COLUMN_OBJECTIVES:
      /* Short: shown whole, never cut. */
      cell->label = cell->widget = new_label (FALSE);
      gtk_label_set_ellipsize (GTK_LABEL (cell->label), PANGO_ELLIPSIZE_NONE);
      break;

    case COLUMN_REGION:
    case N_COLUMNS:
    default:
      cell->label = cell->widget = new_label (FALSE);
      gtk_label_set_width_chars (GTK_LABEL (cell->label), 8);
      break;
    }

  gtk_widget_set_valign (cell->widget, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (item, "notify::position", G_CALLBACK (cell_update_name), cell);
  gtk_list_item_set_child (item, cell->widget);
  g_object_set_data_full (G_OBJECT (item), "nap-register-cell", cell, cell_free);
}

static void
bind_cb (GtkSignalListItemFactory  *factory,
         GtkListItem               *item,
         NapRecommendationRegister *self)
{
  Cell *cell = g_object_get_data (G_OBJECT (item), "nap-register-cell");

  if (cell->self == NULL)
    return;
  g_set_object (&cell->recommendation, gtk_list_item_get_item (item));
  g_hash_table_add (self->cells, cell);
  if (cell->binding != NULL)
    nap_field_binding_set_record (cell->binding, self->project, NAP_RECORD (cell->recommendation));
  cell_update (cell);
  cell_update_name (cell);
}

static void
unbind_cb (GtkSignalListItemFactory  *factory,
           GtkListItem               *item,
           NapRecommendationRegister *self)
{
  Cell *cell = g_object_get_data (G_OBJECT (item), "nap-register-cell");

  if (cell->self != NULL)
    g_hash_table_remove (self->cells, cell);
  if (cell->binding != NULL)
    nap_field_binding_set_record (cell->binding, NULL, NULL);
  g_clear_object (&cell->recommendation);
}

/* Sorting */

static const char *
session_start (NapRecommendation *recommendation)
{
  NapConsultation *session = nap_recommendation_get_consultation (recommendation);
  const char *date = session != NULL ? nap_consultation_get_start_date (session) : NULL;

  /* Sessions without a date go last. */
  return date != NULL ? date : "9999";
}

static int
compare_text (const char *a,
              const char *b)
{
  g_autofree char *first = g_utf8_collate_key (a != NULL ? a : "", -1);
  g_autofree char *second = g_utf8_collate_key (b != NULL ? b : "", -1);

  return strcmp (first, second);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  NapRecommendation *first = NAP_RECOMMENDATION ((gpointer) a);
  NapRecommendation *second = NAP_RECOMMENDATION ((gpointer) b);
  NapConsultation *s1 = nap_recommendation_get_consultation (first);
  NapConsultation *s2 = nap_recommendation_get_consultation (second);
  int result = 0;

  switch ((Column) GPOINTER_TO_UINT (data))
    {
    case COLUMN_TEXT:
      result = compare_text (nap_recommendation_get_text (first), nap_recommendation_get_text (second));
      break;

    case COLUMN_SESSION:
      result = compare_text (s1 != NULL ? nap_consultation_get_title (s1) : NULL,
                             s2 != NULL ? nap_consultation_get_title (s2) : NULL);
      break;

    case COLUMN_DATE:
      result = strcmp (session_start (first), session_start (second));
      break;

    case COLUMN_REGION:
      /* Codes and names of regions sort apart; rare enough to accept. */
      result = compare_text (s1 != NULL ? nap_consultation_get_region (s1) : NULL,
                             s2 != NULL ? nap_consultation_get_region (s2) : NULL);
      break;

    case COLUMN_OBJECTIVES:
      {
        g_autofree char *c1 = nap_recommendation_format_objectives (first);
        g_autofree char *c2 = nap_recommendation_format_objectives (second);

        result = strcmp (c1, c2);
      }
      break;

    case COLUMN_RESPONSE:
      result = (int) nap_recommendation_get_status (first) - (int) nap_recommendation_get_status (second);
      break;

    case COLUMN_REASON:
      result = compare_text (nap_recommendation_get_response (first), nap_recommendation_get_response (second));
      break;

    case N_COLUMNS:
    default:
      break;
    }

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

void
nap_recommendation_register_setup_columns (NapRecommendationRegister *self)
{
  GtkColumnViewColumn *columns[N_COLUMNS] = {
    [COLUMN_TEXT] = self->text_column,
    [COLUMN_SESSION] = self->session_column,
    [COLUMN_DATE] = self->date_column,
    [COLUMN_REGION] = self->region_column,
    [COLUMN_OBJECTIVES] = self->objectives_column,
    [COLUMN_RESPONSE] = self->response_column,
    [COLUMN_REASON] = self->reason_column,
  };

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (compare_rows, GUINT_TO_POINTER (i), NULL);

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
      gtk_column_view_column_set_factory (columns[i], factory);
      gtk_column_view_column_set_sorter (columns[i], GTK_SORTER (sorter));
    }
}
