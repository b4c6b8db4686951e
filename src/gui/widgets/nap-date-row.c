/* nap-date-row.c: a date field that reads the locale's way of writing dates
 *
 * Facilitators type dates the way they write them on paper, 12/03/2025
 * in French, so the row reads the locale's order of day, month and year
 * as well as ISO 8601, and offers a calendar. What is stored is always
 * ISO 8601: the row only reads; saving is left to a NapFieldBinding.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-date-row"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <stdio.h>
#include <locale.h>
#include <string.h>

#include "nap-date-row.h"
#include "nap-record.h"

struct _NapDateRow
{
  AdwEntryRow   parent_instance;

  GtkMenuButton *button;
  GtkCalendar   *calendar;
  guint          follow_id;
  guint          syncing : 1;
};

G_DEFINE_FINAL_TYPE (NapDateRow, nap_date_row, ADW_TYPE_ENTRY_ROW)

/* Reading dates */

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX")
         || g_str_has_prefix (name, "C.");
}

/* Where day, month and year come in @format: FALSE if it lacks one. */
static gboolean
field_order (const char *format,
             char        order[3])
{
  guint n = 0;

  for (const char *p = format; *p != '\0' && n <= 3; p++)
    {
      char field;

      if (*p != '%' || p[1] == '\0')
        continue;
      p++;
      /* Skip the E and O modifiers of %Ey, %Od... */
      if ((*p == 'E' || *p == 'O') && p[1] != '\0')
        p++;
      switch (*p)
        {
        case 'd': case 'e': field = 'd'; break;
        case 'm': field = 'm'; break;
        case 'y': case 'Y': field = 'y'; break;
        default: continue;
        }
      if (n == 3 || memchr (order, field, n) != NULL)
        return FALSE;
      order[n++] = field;
    }
  return n == 3;
}

/**
 * nap_date_row_get_local_format:
 *
 * Returns: (transfer none): the strftime() format of a date written with
 *   numbers in the user's locale: the LC_TIME locale's own when one is set,
 *   otherwise the one of the interface language
 */
const char *
nap_date_row_get_local_format (void)
{
  const char *lc_time = setlocale (LC_TIME, NULL);
  char order[3];

  if (!is_c_locale (lc_time))
    {
      const char *format = nl_langinfo (D_FMT);

      if (format != NULL && field_order (format, order))
        return format;
    }

  /* Translators: how dates are written with numbers in your language, in
   * strftime() notation: %d the day, %m the month, %Y the year. Typed dates
   * are read in this order; French and Arabic write %d/%m/%Y.
   */
  return C_("date format", "%d/%m/%Y");
}

/**
 * nap_date_row_parse:
 * @text: what was typed
 * @local_format: (nullable): the order of day, month and year to read, as
 *   returned by nap_date_row_get_local_format(), which %NULL stands for
 *
 * Reads an ISO 8601 date (2025-03-12, also 2025-3-12) or a date written
 * with numbers in the order of @local_format (12/03/2025 or 12.3.25 for
 * "%d/%m/%Y"), in any script's digits.
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD, "" when
 *   @text is blank, %NULL when it is not a date
 */
char *
nap_date_row_parse (const char *text,
                    const char *local_format)
{
  guint numbers[3] = { 0, 0, 0 };
  guint digits[3] = { 0, 0, 0 };
  char order[3];
  guint n = 0;
  gboolean in_number = FALSE;
  guint day = 0, month = 0, year = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (nap_text_is_blank (text))
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int value = g_unichar_digit_value (c);

      if (value >= 0)
        {
          if (!in_number)
            {
              if (n == 3)
                return NULL;
              n++;
              in_number = TRUE;
            }
          if (digits[n - 1] == 4)
            return NULL;
          numbers[n - 1] = numbers[n - 1] * 10 + (guint) value;
          digits[n - 1]++;
        }
      else if (g_unichar_isalpha (c) && c < 0x80)
        /* "12 March 2025": month names are not read. */
        return NULL;
      else
        in_number = FALSE;
    }
  if (n != 3)
    return NULL;

  if (digits[0] == 4)
    {
      /* Year first is ISO order whatever the locale. */
      year = numbers[0];
      month = numbers[1];
      day = numbers[2];
    }
  else
    {
      if (!field_order (local_format != NULL ? local_format : nap_date_row_get_local_format (), order))
        field_order ("%d/%m/%Y", order);
      for (guint i = 0; i < 3; i++)
        {
          if (order[i] == 'd')
            day = numbers[i];
          else if (order[i] == 'm')
            month = numbers[i];
          else if (digits[i] == 4)
            year = numbers[i];
          else if (digits[i] == 2)
            year = 2000 + numbers[i];
          else
            return NULL;
        }
    }

  if (year < 1 || year > 9999 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/**
 * nap_date_row_format_example:
 * @local_format: a strftime() format, as from
 *   nap_date_row_get_local_format()
 *
 * Returns: (transfer full): 31 March 2026 written as @local_format says,
 *   to show how a date may be typed
 */
char *
nap_date_row_format_example (const char *local_format)
{
  g_autoptr(GDate) date = g_date_new_dmy (31, G_DATE_MARCH, 2026);
  char buffer[64];

  g_return_val_if_fail (local_format != NULL, NULL);

  if (g_date_strftime (buffer, sizeof buffer, local_format, date) == 0)
    return g_strdup ("31/03/2026");
  return g_strdup (buffer);
}

/**
 * nap_date_row_dup_iso:
 * @self: a #NapDateRow
 *
 * Returns: (transfer full) (nullable): the typed date as YYYY-MM-DD, ""
 *   when the row is empty, %NULL when it holds something else
 */
char *
nap_date_row_dup_iso (NapDateRow *self)
{
  g_return_val_if_fail (NAP_IS_DATE_ROW (self), NULL);

  return nap_date_row_parse (gtk_editable_get_text (GTK_EDITABLE (self)), NULL);
}

/* The calendar */

static void
popover_show_cb (NapDateRow *self)
{
  g_autofree char *iso = nap_date_row_dup_iso (self);
  g_autoptr(GDateTime) date = NULL;

  if (iso != NULL && *iso != '\0')
    {
      int year, month, day;

      if (sscanf (iso, "%d-%d-%d", &year, &month, &day) == 3)
        date = g_date_time_new_local (year, month, day, 0, 0, 0);
    }
  if (date == NULL)
    date = g_date_time_new_now_local ();

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->syncing = FALSE;
}

/* The date the calendar shows becomes the row's date, as if typed and
 * confirmed with Enter. Nothing is saved when they already agree.
 */
static void
take_calendar_date (NapDateRow *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *current = NULL;

  g_clear_handle_id (&self->follow_id, g_source_remove);
  if (self->syncing)
    return;

  date = gtk_calendar_get_date (self->calendar);
  iso = g_date_time_format (date, "%Y-%m-%d");
  current = nap_date_row_dup_iso (self);
  if (g_strcmp0 (iso, current) == 0)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self), iso);
  g_signal_emit_by_name (self, "entry-activated");
}

static gboolean
follow_calendar_cb (gpointer data)
{
  NapDateRow *self = data;

  self->follow_id = 0;
  take_calendar_date (self);
  return G_SOURCE_REMOVE;
}

/* GTK 4.8 emits "day-selected" only when the day of the month changes:
 * picking the 3rd of another month while the 3rd is selected changes only
 * the month and the year. So the row follows the calendar's date itself,
 * once the change is complete, unless the change was the month or year
 * arrows, which only browse (they notify before emitting their signal).
 */
static void
calendar_date_notify_cb (NapDateRow *self)
{
  if (self->syncing || self->follow_id != 0)
    return;
  self->follow_id = g_idle_add (follow_calendar_cb, self);
}

static void
calendar_browsed_cb (NapDateRow *self)
{
  g_clear_handle_id (&self->follow_id, g_source_remove);
}

static void
calendar_released_cb (NapDateRow *self)
{
  /* A click on the selected day changes nothing in the calendar, yet it
   * is a choice: the day shown, perhaps in a month browsed to.
   */
  take_calendar_date (self);
  gtk_menu_button_popdown (self->button);
}

static gboolean
calendar_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         NapDateRow            *self)
{
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    {
      take_calendar_date (self);
      gtk_menu_button_popdown (self->button);
      return TRUE;
    }
  return FALSE;
}

static void
title_notify_cb (NapDateRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  /* Translators: the button beside a date field; %s is the field, e.g. "Start Date" */
  g_autofree char *label = g_strdup_printf (_("Choose “%s” in a Calendar"), title);
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  /* A screen reader names the text after its row. */
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (text),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    -1);
}

static void
nap_date_row_dispose (GObject *object)
{
  NapDateRow *self = NAP_DATE_ROW (object);

  g_clear_handle_id (&self->follow_id, g_source_remove);

  G_OBJECT_CLASS (nap_date_row_parent_class)->dispose (object);
}

static void
nap_date_row_class_init (NapDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nap_date_row_dispose;
}

static void
nap_date_row_init (NapDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_editable_set_max_width_chars (GTK_EDITABLE (self), 16);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (self), GTK_INPUT_PURPOSE_DIGITS);

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (take_calendar_date), self,
                           G_CONNECT_SWAPPED);
  for (guint i = 0; i < 3; i++)
    {
      static const char * const notifies[] = { "notify::day", "notify::month", "notify::year" };
      static const char * const browses[] = { "prev-month", "next-month", "prev-year" };

      g_signal_connect_object (self->calendar, notifies[i], G_CALLBACK (calendar_date_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->calendar, browses[i], G_CALLBACK (calendar_browsed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (self->calendar, "next-year", G_CALLBACK (calendar_browsed_cb), self,
                           G_CONNECT_SWAPPED);
  /* A click on a day closes the calendar; the arrow keys move through
   * the days and Enter closes it.
   */
  g_signal_connect_object (click, "released", G_CALLBACK (calendar_released_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (calendar_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), key);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_object (popover, "show", G_CALLBACK (popover_show_cb), self, G_CONNECT_SWAPPED);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose in a Calendar"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->button));

  g_signal_connect (self, "notify::title", G_CALLBACK (title_notify_cb), NULL);
  title_notify_cb (self);
}

/**
 * nap_date_row_new:
 *
 * Returns: (transfer floating): a new #NapDateRow
 */
GtkWidget *
nap_date_row_new (void)
{
  return g_object_new (NAP_TYPE_DATE_ROW, NULL);
}
