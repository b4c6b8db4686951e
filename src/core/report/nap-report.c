/* nap-report.c: "What we heard, what we did", the consultation report
 *
 * One self-contained HTML5 page: every recommendation grouped by pillar
 * (top-level objective) with its session, the team's response and the
 * reason; those that concern no objective last. It is written in the UI
 * language, and everything that comes from the plan is escaped: a plan
 * file is someone else's text. The plan's own text takes its direction
 * from itself (dir="auto", <bdi>): French in an Arabic page stays
 * left to right.
 *
 * The page depends on nothing but the plan and the translation, so that
 * the same plan gives the same bytes (the tests compare against a fixture).
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "nap-error.h"
#include "nap-output.h"
#include "nap-report.h"
#include "nap-summary.h"

/* Prints cleanly: no recommendation is cut by a page break, headings stay
 * with what follows, colours become borders and text. Logical properties
 * (inline-start) so that right-to-left pages mirror.
 */
static const char style[] =
  "body{font-family:Cantarell,\"Noto Sans\",\"DejaVu Sans\",sans-serif;line-height:1.5;"
  "color:#1e1e1e;background:#fff;max-width:52rem;margin:2rem auto;padding:0 1rem}\n"
  "h1{font-size:1.8rem;margin:.2rem 0 .8rem}\n"
  ".plan{font-weight:bold;color:#5e5c64;margin:0}\n"
  ".intro{margin:.4rem 0 1rem}\n"
  ".figures{display:flex;flex-wrap:wrap;gap:.4rem 1.6rem;margin:1rem 0;padding:.6rem 1rem;"
  "border:1px solid #deddda;border-radius:6px}\n"
  ".figures dt{font-size:.85rem;color:#5e5c64}\n"
  ".figures dd{margin:0;font-size:1.3rem;font-weight:bold}\n"
  "section{margin-top:2.4rem}\n"
  "h2{font-size:1.35rem;border-bottom:2px solid #1c71d8;padding-bottom:.2rem;margin-bottom:.4rem}\n"
  "h2 .code{color:#1c71d8;margin-inline-end:.2em}\n"
  ".count{color:#5e5c64;margin:0 0 .6rem}\n"
  "article{border:1px solid #deddda;border-inline-start:5px solid #9a9996;border-radius:6px;"
  "padding:.6rem 1rem;margin:.8rem 0}\n"
  "article.accepted{border-inline-start-color:#26a269}\n"
  "article.partly-accepted{border-inline-start-color:#e5a50a}\n"
  "article.not-taken-up{border-inline-start-color:#c01c28}\n"
  ".text{font-size:1.05rem;margin:.1rem 0 .6rem;white-space:pre-line}\n"
  "article dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}\n"
  "article dt{font-weight:bold;color:#5e5c64}\n"
  "article dd{margin:0;white-space:pre-line}\n"
  "ul{margin:0;padding:0;list-style:none}\n"
  ".status{display:inline-block;padding:0 .6em;border:1px solid;border-radius:1em;font-weight:bold}\n"
  ".status.accepted{color:#1a7f4b}\n"
  ".status.partly-accepted{color:#986a00}\n"
  ".status.not-taken-up{color:#c01c28}\n"
  ".status.pending{color:#5e5c64}\n"
  ".none{color:#77767b;font-style:italic}\n"
  ".also{font-size:.9rem;color:#5e5c64;margin:.5rem 0 0}\n"
  "@page{margin:2cm}\n"
  "@media print{"
  "body{max-width:none;margin:0;padding:0;font-size:10.5pt}"
  "h2,.count{break-after:avoid;page-break-after:avoid}"
  "article{break-inside:avoid;page-break-inside:avoid}"
  ".figures{break-inside:avoid;page-break-inside:avoid}"
  "}\n";

/* Languages written right to left, by their primary subtag. */
static const char * const rtl_languages[] = {
  "ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi",
};

typedef struct
{
  GString *html;
  NapProject *project;
  GPtrArray *recommendations; /* every one, by session date, then in session order */
} Report;

/* Appends @text escaped for HTML. Control characters, which a crafted
 * file may hold and which HTML forbids, are left out; line breaks stay
 * (the style shows them).
 */
static void
append_text (GString    *html,
             const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autofree char *escaped = NULL;
  g_autoptr(GString) clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f))
        continue;
      g_string_append_unichar (clean, c);
    }

  escaped = g_markup_escape_text (clean->str, (gssize) clean->len);
  g_string_append (html, escaped);
}

/* The language of the strings the page is written in: the one of the
 * translation in use, from its header ("Language: fr"); English without one.
 */
static char *
ui_language (void)
{
  /* The empty msgid is the header; a variable keeps xgettext from
   * extracting it.
   */
  static const char empty[] = "";
  const char *header = dgettext (GETTEXT_PACKAGE, empty);
  const char *line = header != NULL && header != empty ? strstr (header, "Language: ") : NULL;
  g_autofree char *code = NULL;

  if (line == NULL || (line != header && line[-1] != '\n'))
    return g_strdup ("en");

  line += strlen ("Language: ");
  code = g_strndup (line, strspn (line, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-"));
  if (*code == '\0')
    return g_strdup ("en");
  /* gettext writes pt_BR, HTML wants pt-BR. */
  g_strdelimit (code, "_", '-');
  return g_steal_pointer (&code);
}

static gboolean
is_right_to_left (const char *language)
{
  g_autofree char *primary = g_strndup (language, strcspn (language, "-"));

  for (guint i = 0; i < G_N_ELEMENTS (rtl_languages); i++)
    if (g_ascii_strcasecmp (primary, rtl_languages[i]) == 0)
      return TRUE;
  return FALSE;
}

static char *
format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;

  if (!nap_date_is_valid_iso (iso))
    return NULL;

  date = g_date_time_new_utc (atoi (iso), atoi (iso + 5), atoi (iso + 8), 0, 0, 0);
  /* Translators: how the report writes a date, in the format of
   * g_date_time_format(): "%-d %B %Y" gives "3 April 2012"
   */
  return g_date_time_format (date, C_("report date", "%-d %B %Y"));
}

static char *
format_dates (NapConsultation *consultation)
{
  g_autofree char *start = format_date (nap_consultation_get_start_date (consultation));
  g_autofree char *end = format_date (nap_consultation_get_end_date (consultation));

  if (start == NULL && end == NULL)
    return NULL;
  if (start == NULL || end == NULL || g_str_equal (start, end))
    return g_strdup (start != NULL ? start : end);
  /* Translators: the days of a session that lasted more than one: two dates */
  return g_strdup_printf (C_("report date", "%1$s to %2$s"), start, end);
}

static void
append_row (GString    *html,
            const char *label,
            const char *value,
            const char *when_empty)
{
  g_string_append (html, "<dt>");
  append_text (html, label);
  g_string_append (html, "</dt><dd dir=\"auto\">");
  if (!nap_text_is_blank (value))
    append_text (html, value);
  else
    {
      g_string_append (html, "<span class=\"none\">");
      append_text (html, when_empty);
      g_string_append (html, "</span>");
    }
  g_string_append (html, "</dd>\n");
}

static void
append_objective_name (GString      *html,
                       NapObjective *objective)
{
  append_text (html, nap_objective_get_display_code (objective));
  g_string_append_c (html, ' ');
  append_text (html, nap_text_is_blank (nap_objective_get_title (objective))
                     ? _("(untitled)") : nap_objective_get_title (objective));
}

static void
append_session (Report            *r,
                NapRecommendation *recommendation)
{
  NapConsultation *consultation = nap_recommendation_get_consultation (recommendation);
  const char *place, *region;
  g_autofree char *dates = NULL;
  g_autofree char *where = NULL;

  if (consultation == NULL)
    return;

  place = nap_consultation_get_place (consultation);
  region = nap_consultation_get_region_name (consultation,
                                             nap_plan_get_country (nap_project_get_plan (r->project)));
  dates = format_dates (consultation);
  if (!nap_text_is_blank (place) && !nap_text_is_blank (region) && g_strcmp0 (place, region) != 0)
    /* Translators: where a session was held: 1$ the place, 2$ the region */
    where = g_strdup_printf (C_("report place", "%1$s, %2$s"), place, region);
  else
    where = g_strdup (!nap_text_is_blank (place) ? place : region);

  append_row (r->html, _("Session"), nap_consultation_get_title (consultation), _("(untitled)"));
  append_row (r->html, _("Date"), dates, _("No date recorded"));
  if (!nap_text_is_blank (where))
    append_row (r->html, _("Place"), where, NULL);
}

static void
append_recommendation (Report            *r,
                       NapRecommendation *recommendation,
                       NapObjective      *pillar)
{
  GString *html = r->html;
  NapResponse status = nap_recommendation_get_status (recommendation);
  const char *nick = nap_enum_to_nick (NAP_TYPE_RESPONSE, status);
  g_autoptr(GPtrArray) objectives = nap_recommendation_list_objectives (recommendation);
  g_autoptr(GPtrArray) pillars = nap_recommendation_list_pillars (recommendation);

  g_string_append_printf (html, "<article class=\"%s\">\n<p class=\"text\" dir=\"auto\">", nick);
  if (!nap_text_is_blank (nap_recommendation_get_text (recommendation)))
    append_text (html, nap_recommendation_get_text (recommendation));
  else
    {
      g_string_append (html, "<span class=\"none\">");
      append_text (html, _("The recommendation has no text yet."));
      g_string_append (html, "</span>");
    }
  g_string_append (html, "</p>\n<dl>\n");

  append_session (r, recommendation);

  if (objectives->len > 0)
    {
      g_string_append (html, "<dt>");
      append_text (html, _("Concerns"));
      g_string_append (html, "</dt><dd><ul>");
      for (guint i = 0; i < objectives->len; i++)
        {
          g_string_append (html, "<li dir=\"auto\">");
          append_objective_name (html, g_ptr_array_index (objectives, i));
          g_string_append (html, "</li>");
        }
      g_string_append (html, "</ul></dd>\n");
    }

  g_string_append (html, "<dt>");
  append_text (html, _("Response"));
  g_string_append_printf (html, "</dt><dd><span class=\"status %s\">", nick);
  append_text (html, nap_enum_to_label (NAP_TYPE_RESPONSE, status));
  g_string_append (html, "</span></dd>\n");
  append_row (html, _("Reason"), nap_recommendation_get_response (recommendation),
              status == NAP_RESPONSE_PENDING ? _("Not answered yet") : _("No reason given"));
  g_string_append (html, "</dl>\n");

  /* Under each of its pillars, a recommendation says where else it is. */
  if (pillars->len > 1)
    {
      g_autoptr(GString) others = g_string_new (NULL);

      for (guint i = 0; i < pillars->len; i++)
        {
          NapObjective *other = g_ptr_array_index (pillars, i);

          if (other == pillar)
            continue;
          if (others->len > 0)
            /* Translators: the separator in a list of pillars */
            g_string_append (others, C_("report", "; "));
          g_string_append (others, nap_objective_get_display_code (other));
          g_string_append_c (others, ' ');
          g_string_append (others, nap_objective_get_title (other));
        }
      g_string_append (html, "<p class=\"also\">");
      {
        /* Translators: %s is a list of pillars, such as "2 Protection; 3 Participation" */
        g_autofree char *also = g_strdup_printf (_("This recommendation concerns several pillars; it is also listed under %s."),
                                                 others->str);
        append_text (html, also);
      }
      g_string_append (html, "</p>\n");
    }

  g_string_append (html, "</article>\n");
}

static void
append_count (GString *html,
              guint    n)
{
  g_autofree char *count = g_strdup_printf (ngettext ("%u recommendation", "%u recommendations", n), n);

  g_string_append (html, "<p class=\"count\">");
  append_text (html, count);
  g_string_append (html, "</p>\n");
}

static void
append_pillar (Report       *r,
               NapObjective *pillar)
{
  g_autoptr(GPtrArray) under = g_ptr_array_new ();

  for (guint i = 0; i < r->recommendations->len; i++)
    {
      NapRecommendation *recommendation = g_ptr_array_index (r->recommendations, i);
      g_autoptr(GPtrArray) pillars = nap_recommendation_list_pillars (recommendation);

      if (g_ptr_array_find (pillars, pillar, NULL))
        g_ptr_array_add (under, recommendation);
    }

  g_string_append (r->html, "<section>\n<h2><span class=\"code\">");
  append_text (r->html, nap_objective_get_display_code (pillar));
  g_string_append (r->html, "</span> <bdi>");
  append_text (r->html, nap_text_is_blank (nap_objective_get_title (pillar))
                        ? _("(untitled)") : nap_objective_get_title (pillar));
  g_string_append (r->html, "</bdi></h2>\n");
  append_count (r->html, under->len);
  if (under->len == 0)
    {
      g_string_append (r->html, "<p class=\"none\">");
      append_text (r->html, _("No recommendation concerns this pillar yet."));
      g_string_append (r->html, "</p>\n");
    }
  for (guint i = 0; i < under->len; i++)
    append_recommendation (r, g_ptr_array_index (under, i), pillar);
  g_string_append (r->html, "</section>\n");
}

static void
append_without_objective (Report *r)
{
  g_autoptr(GPtrArray) without = g_ptr_array_new ();

  for (guint i = 0; i < r->recommendations->len; i++)
    {
      NapRecommendation *recommendation = g_ptr_array_index (r->recommendations, i);

      if (g_list_model_get_n_items (nap_recommendation_get_objectives (recommendation)) == 0)
        g_ptr_array_add (without, recommendation);
    }
  if (without->len == 0)
    return;

  g_string_append (r->html, "<section>\n<h2>");
  append_text (r->html, _("Recommendations that concern no objective"));
  g_string_append (r->html, "</h2>\n");
  append_count (r->html, without->len);
  for (guint i = 0; i < without->len; i++)
    append_recommendation (r, g_ptr_array_index (without, i), NULL);
  g_string_append (r->html, "</section>\n");
}

static void
append_figure (GString    *html,
               const char *label,
               guint64     value)
{
  g_string_append (html, "<div><dt>");
  append_text (html, label);
  g_string_append_printf (html, "</dt><dd>%" G_GUINT64_FORMAT "</dd></div>\n", value);
}

static void
append_header (Report *r)
{
  g_autoptr(NapConsultationFigures) figures = nap_consultation_figures_new (r->project);
  g_autofree char *share = NULL;
  const char *title = nap_plan_get_title (nap_project_get_plan (r->project));

  g_string_append (r->html, "<header>\n<p class=\"plan\" dir=\"auto\">");
  append_text (r->html, title);
  g_string_append (r->html, "</p>\n<h1>");
  append_text (r->html, _("What we heard, what we did"));
  g_string_append (r->html, "</h1>\n<p class=\"intro\">");
  append_text (r->html, _("Every recommendation made at the consultations, grouped by pillar, with the drafting team’s response and its reason. A recommendation that concerns several pillars is listed under each of them."));
  g_string_append (r->html, "</p>\n<dl class=\"figures\">\n");
  append_figure (r->html, _("Sessions"), figures->sessions);
  append_figure (r->html, _("Participants"), nap_consultation_figures_participants (figures));
  share = nap_consultation_figures_format_women_share (figures);
  if (share != NULL)
    {
      g_string_append (r->html, "<div><dt>");
      append_text (r->html, _("Share of women"));
      g_string_append (r->html, "</dt><dd>");
      append_text (r->html, share);
      g_string_append (r->html, "</dd></div>\n");
    }
  append_figure (r->html, _("Recommendations"), figures->recommendations);
  for (guint i = 0; i < NAP_N_RESPONSES; i++)
    append_figure (r->html, nap_enum_to_label (NAP_TYPE_RESPONSE, (int) i), figures->responses[i]);
  g_string_append (r->html, "</dl>\n</header>\n");
}

/* Sessions by start date, those without one last; the sort is stable. */
static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  const char *first = nap_consultation_get_start_date (*(NapConsultation **) a);
  const char *second = nap_consultation_get_start_date (*(NapConsultation **) b);

  if (first == NULL || second == NULL)
    return (first == NULL) - (second == NULL);
  return strcmp (first, second);
}

static GPtrArray *
list_recommendations (NapProject *project)
{
  GListModel *consultations = nap_project_get_consultations (project);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *recommendations = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (consultations); i++)
    g_ptr_array_add (sessions, g_list_model_get_item (consultations, i));
  g_ptr_array_sort (sessions, compare_sessions);

  for (guint i = 0; i < sessions->len; i++)
    {
      GListModel *list = nap_consultation_get_recommendations (g_ptr_array_index (sessions, i));

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        g_ptr_array_add (recommendations, g_list_model_get_item (list, j));
    }
  return recommendations;
}

/**
 * nap_report_build:
 * @project: a #NapProject
 *
 * Makes the "What we heard, what we did" page of @project, in the
 * language of the user interface.
 *
 * Returns: (transfer full): the HTML document, in UTF-8
 */
char *
nap_report_build (NapProject *project)
{
  Report r = { 0, };
  GListModel *pillars;
  g_autofree char *language = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (project), NULL);

  r.project = project;
  r.html = g_string_sized_new (16 * 1024);
  r.recommendations = list_recommendations (project);
  language = ui_language ();

  g_string_append (r.html, "<!DOCTYPE html>\n<html lang=\"");
  append_text (r.html, language);
  g_string_append_printf (r.html, "\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
                          is_right_to_left (language) ? "rtl" : "ltr");
  g_string_append (r.html, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                           "<meta name=\"generator\" content=\"NAP Drafter\">\n<title>");
  /* Translators: the title of the report's page; %s is the plan's title */
  title = g_strdup_printf (_("What we heard, what we did: %s"),
                           nap_plan_get_title (nap_project_get_plan (project)));
  append_text (r.html, title);
  g_string_append_printf (r.html, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);

  append_header (&r);
  g_string_append (r.html, "<main>\n");
  pillars = nap_project_get_objectives (project);
  for (guint i = 0; i < g_list_model_get_n_items (pillars); i++)
    {
      g_autoptr(NapObjective) pillar = g_list_model_get_item (pillars, i);

      append_pillar (&r, pillar);
    }
  append_without_objective (&r);
  g_string_append (r.html, "</main>\n</body>\n</html>\n");

  g_ptr_array_unref (r.recommendations);
  return g_string_free (r.html, FALSE);
}

/**
 * nap_report_write:
 * @project: a #NapProject
 * @out: where to write; it is not closed
 *
 * Writes the report of nap_report_build() to @out.
 */
gboolean
nap_report_write (NapProject     *project,
                  GOutputStream  *out,
                  GError        **error)
{
  g_autofree char *html = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  html = nap_report_build (project);
  return g_output_stream_write_all (out, html, strlen (html), NULL, NULL, error);
}

/**
 * nap_report_write_to_file:
 * @project: a #NapProject
 * @path: the path of the file
 *
 * Writes the report to @path, replacing it only once the new one is
 * complete and on disk: a failure leaves an existing file as it was.
 */
gboolean
nap_report_write_to_file (NapProject  *project,
                          const char  *path,
                          GError     **error)
{
  g_autofree char *html = NULL;

  g_return_val_if_fail (NAP_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  html = nap_report_build (project);
  return nap_output_write_contents (path, html, strlen (html), error);
}
