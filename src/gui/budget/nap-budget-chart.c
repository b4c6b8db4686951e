/* nap-budget-chart.c: secured, pledged and unfunded money per pillar
 *
 * One horizontal stacked bar per pillar, in the plan currency: horizontal
 * so that long pillar titles (French runs long) sit on their own line
 * above their bar instead of being cut under it. The start of the bars is
 * the reading start: the chart mirrors itself right to left for Arabic.
 * Everything is drawn with GtkSnapshot and Pango layouts, so text is
 * shaped like the rest of the window; nap_budget_chart_save_png() draws
 * the same into a PNG without a window.
 *
 * Copyright 2026 The NAP Drafter authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nap-budget-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "nap-budget-chart.h"
#include "nap-currency.h"
#include "nap-error.h"
#include "nap-money.h"
#include "nap-output.h"

#define PADDING 12
#define BAR_HEIGHT 18
#define BAR_GAP 14
#define SWATCH 12
#define N_PARTS 3
#define MAX_TICKS 4

typedef struct
{
  char   *label;
  char   *note;            /* instead of the bar, when it cannot be drawn */
  gint64  parts[N_PARTS];  /* by NapFundingStatus */
} Bar;

struct _NapBudgetChart
{
  GtkWidget  parent_instance;

  char      *currency;
  GPtrArray *bars;
};

G_DEFINE_FINAL_TYPE (NapBudgetChart, nap_budget_chart, GTK_TYPE_WIDGET)

/* libadwaita's palette: the darker shades on light backgrounds, the
 * lighter ones on dark, so that the bars keep their contrast.
 */
static const char * const light_colors[N_PARTS] = { "#2ec27e", "#e5a50a", "#e01b24" };
static const char * const dark_colors[N_PARTS] = { "#57e389", "#f6d32d", "#f66151" };

static void
bar_free (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
  g_free (bar->note);
  g_free (bar);
}

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static const char *
part_label (guint part)
{
  switch (part)
    {
    case NAP_FUNDING_STATUS_SECURED:
      return nap_enum_to_label (NAP_TYPE_FUNDING_STATUS, NAP_FUNDING_STATUS_SECURED);
    case NAP_FUNDING_STATUS_PLEDGED:
      return nap_enum_to_label (NAP_TYPE_FUNDING_STATUS, NAP_FUNDING_STATUS_PLEDGED);
    default:
      return nap_enum_to_label (NAP_TYPE_FUNDING_STATUS, NAP_FUNDING_STATUS_UNFUNDED);
    }
}

static gint64
bar_total (Bar *bar)
{
  gint64 total = 0;

  /* Saturates rather than wraps: the bar is only as long as the widget. */
  for (guint i = 0; i < N_PARTS; i++)
    if (bar->parts[i] > 0 && __builtin_add_overflow (total, bar->parts[i], &total))
      return G_MAXINT64;
  return total;
}

/* Geometry */

typedef struct
{
  NapBudgetChart *self;
  GtkSnapshot    *snapshot;
  int             width;
  gboolean        rtl;
  GdkRGBA         fg;
} Painter;

/* Rectangles are given from the reading start; this puts them on screen. */
static graphene_rect_t
place (Painter *p,
       float    x,
       float    y,
       float    w,
       float    h)
{
  graphene_rect_t rect;

  graphene_rect_init (&rect, p->rtl ? p->width - x - w : x, y, w, h);
  return rect;
}

static PangoLayout *
new_layout (NapBudgetChart *self,
            const char     *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  pango_layout_set_auto_dir (layout, TRUE);
  return layout;
}

static void
draw_layout (Painter     *p,
             PangoLayout *layout,
             float        x,
             float        y,
             const GdkRGBA *color)
{
  PangoRectangle logical;
  graphene_rect_t rect;

  /* Whatever the alignment, the text's own extents land on the spot. */
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  rect = place (p, x, y, logical.width, logical.height);
  gtk_snapshot_save (p->snapshot);
  gtk_snapshot_translate (p->snapshot,
                          &GRAPHENE_POINT_INIT (rect.origin.x - logical.x, rect.origin.y - logical.y));
  gtk_snapshot_append_layout (p->snapshot, layout, color);
  gtk_snapshot_restore (p->snapshot);
}

static int
line_height (NapBudgetChart *self)
{
  g_autoptr(PangoLayout) layout = new_layout (self, "Ag");
  int h;

  pango_layout_get_pixel_size (layout, NULL, &h);
  return h;
}

static guint64
power_of_ten (guint exponent)
{
  guint64 result = 1;

  while (exponent-- > 0)
    result *= 10;
  return result;
}

/* A round step in major units (1, 2 or 5 times a power of ten) so that
 * about MAX_TICKS steps cover @max, in integers: amounts are never floats.
 */
static gint64
tick_step (gint64 max,
           guint  decimals)
{
  gint64 major = max / (gint64) power_of_ten (decimals);
  gint64 raw = major / MAX_TICKS + (major % MAX_TICKS != 0);
  gint64 magnitude = 1;

  if (raw <= 0)
    return 1;
  while (magnitude <= raw / 10)
    magnitude *= 10;
  if (raw <= magnitude)
    return magnitude;
  if (raw <= 2 * magnitude)
    return 2 * magnitude;
  if (raw <= 5 * magnitude)
    return 5 * magnitude;
  return magnitude <= G_MAXINT64 / 10 ? 10 * magnitude : magnitude;
}

static int
legend_height (NapBudgetChart *self,
               int             width,
               Painter        *p)
{
  int lh = line_height (self);
  int x = PADDING, y = PADDING;

  for (guint i = 0; i < N_PARTS; i++)
    {
      g_autoptr(PangoLayout) layout = new_layout (self, part_label (i));
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      if (x > PADDING && x + SWATCH + 6 + w > width - PADDING)
        {
          x = PADDING;
          y += lh + 4;
        }
      if (p != NULL)
        {
          GdkRGBA color;
          graphene_rect_t swatch = place (p, x, y + (lh - SWATCH) / 2.0f, SWATCH, SWATCH);

          nap_budget_chart_get_color (self, i, &color);
          gtk_snapshot_append_color (p->snapshot, &color, &swatch);
          draw_layout (p, layout, x + SWATCH + 6, y, &p->fg);
        }
      x += SWATCH + 6 + w + 18;
    }
  return y + lh - PADDING;
}

static int
total_height (NapBudgetChart *self,
              int             width)
{
  int lh = line_height (self);

  if (self->bars->len == 0)
    return 2 * PADDING + lh;
  return PADDING + legend_height (self, width, NULL) + BAR_GAP
         + (int) self->bars->len * (lh + 4 + BAR_HEIGHT + BAR_GAP)
         + lh + PADDING;
}

/* Drawing */

static void
draw_axis (Painter *p,
           int      top,
           int      bottom,
           gint64   axis_max,
           gint64   step)
{
  NapBudgetChart *self = p->self;
  guint decimals = nap_currency_get_decimals (self->currency);
  gint64 unit = (gint64) power_of_ten (decimals);
  float inner = p->width - 2 * PADDING;
  float last_end = -G_MAXFLOAT;
  GdkRGBA grid = p->fg;

  grid.alpha = 0.15f;
  for (gint64 tick = 0; step > 0; tick++)
    {
      gint64 amount;
      float x, text_x;
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      graphene_rect_t line;
      int w;

      if (__builtin_mul_overflow (tick, step, &amount)
          || __builtin_mul_overflow (amount, unit, &amount)
          || amount > axis_max)
        break;
      x = PADDING + inner * (float) ((double) amount / (double) axis_max);
      line = place (p, x, top, 1, bottom - top);
      gtk_snapshot_append_color (p->snapshot, &grid, &line);

      text = nap_money_format (amount, self->currency);
      layout = new_layout (self, text);
      pango_layout_get_pixel_size (layout, &w, NULL);
      /* Centred under the line, but never past the edges nor over the
       * previous figure: a narrow chart skips some.
       */
      text_x = CLAMP (x - w / 2.0f, PADDING / 2, p->width - w - PADDING / 2);
      if (text_x < last_end + 8)
        continue;
      draw_layout (p, layout, text_x, bottom + 2, &p->fg);
      last_end = text_x + w;
    }
}

static void
draw_bar (Painter *p,
          Bar     *bar,
          int      y,
          gint64   axis_max)
{
  NapBudgetChart *self = p->self;
  int lh = line_height (self);
  float inner = p->width - 2 * PADDING;
  g_autoptr(PangoLayout) label = new_layout (self, bar->label);
  g_autoptr(PangoLayout) figure = NULL;
  GdkRGBA dim = p->fg;
  GdkRGBA track = p->fg;
  graphene_rect_t rect;
  GskRoundedRect rounded;
  int figure_width = 0;
  float x = PADDING;

  dim.alpha = 0.7f;
  track.alpha = 0.08f;

  if (bar->note == NULL)
    {
      g_autofree char *total = nap_money_format (bar_total (bar), self->currency);

      figure = new_layout (self, total);
      pango_layout_get_pixel_size (figure, &figure_width, NULL);
      draw_layout (p, figure, p->width - PADDING - figure_width, y, &p->fg);
    }

  pango_layout_set_width (label, MAX (1, (int) (inner - figure_width - 12)) * PANGO_SCALE);
  pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  draw_layout (p, label, PADDING, y, &p->fg);
  y += lh + 4;

  rect = place (p, PADDING, y, inner, BAR_HEIGHT);
  gsk_rounded_rect_init_from_rect (&rounded, &rect, 4);
  gtk_snapshot_push_rounded_clip (p->snapshot, &rounded);
  gtk_snapshot_append_color (p->snapshot, &track, &rect);

  if (bar->note != NULL)
    {
      g_autoptr(PangoLayout) note = new_layout (self, bar->note);

      gtk_snapshot_pop (p->snapshot);
      pango_layout_set_width (note, (int) (inner - 12) * PANGO_SCALE);
      pango_layout_set_ellipsize (note, PANGO_ELLIPSIZE_END);
      draw_layout (p, note, PADDING + 6, y + (BAR_HEIGHT - lh) / 2.0f, &dim);
      return;
    }

  for (guint i = 0; i < N_PARTS; i++)
    {
      GdkRGBA color;
      float w;

      if (bar->parts[i] <= 0 || axis_max <= 0)
        continue;
      w = inner * (float) ((double) bar->parts[i] / (double) axis_max);
      nap_budget_chart_get_color (self, i, &color);
      rect = place (p, x, y, MAX (w, 1), BAR_HEIGHT);
      gtk_snapshot_append_color (p->snapshot, &color, &rect);
      x += w;
    }
  gtk_snapshot_pop (p->snapshot);
}

static void
draw (NapBudgetChart *self,
      GtkSnapshot    *snapshot,
      int             width)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));
  Painter p = { self, snapshot, width, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL };
  int lh = line_height (self);
  gint64 max = 0, step, axis_max;
  int y, top;

  gtk_style_context_get_color (style, &p.fg);

  if (self->bars->len == 0)
    {
      g_autoptr(PangoLayout) layout = new_layout (self, _("No budget lines yet."));
      GdkRGBA dim = p.fg;

      dim.alpha = 0.7f;
      draw_layout (&p, layout, PADDING, PADDING, &dim);
      return;
    }

  for (guint i = 0; i < self->bars->len; i++)
    max = MAX (max, bar_total (g_ptr_array_index (self->bars, i)));
  step = tick_step (max, nap_currency_get_decimals (self->currency));
  axis_max = max;
  if (step > 0)
    {
      gint64 unit = (gint64) power_of_ten (nap_currency_get_decimals (self->currency));
      gint64 span, ticks, rounded;

      /* The axis ends on the first tick at or past the longest bar. */
      if (!__builtin_mul_overflow (step, unit, &span))
        {
          ticks = max / span + (max % span != 0);
          if (!__builtin_mul_overflow (ticks, span, &rounded))
            axis_max = MAX (rounded, max);
        }
    }

  top = PADDING + legend_height (self, width, &p) + BAR_GAP;
  /* The grid goes under the bars. */
  if (max > 0)
    draw_axis (&p, top + lh + 4, top + (int) self->bars->len * (lh + 4 + BAR_HEIGHT + BAR_GAP) - BAR_GAP + 4,
               axis_max, step);
  y = top;
  for (guint i = 0; i < self->bars->len; i++)
    {
      draw_bar (&p, g_ptr_array_index (self->bars, i), y, axis_max);
      y += lh + 4 + BAR_HEIGHT + BAR_GAP;
    }
}

/* GtkWidget */

static void
nap_budget_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  draw (NAP_BUDGET_CHART (widget), snapshot, gtk_widget_get_width (widget));
}

static GtkSizeRequestMode
nap_budget_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
nap_budget_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  NapBudgetChart *self = NAP_BUDGET_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 480;
    }
  else
    *minimum = *natural = total_height (self, for_size > 0 ? for_size : 480);
}

static void
nap_budget_chart_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (nap_budget_chart_parent_class)->css_changed (widget, change);
  /* Fonts and colours follow the theme, light or dark. */
  gtk_widget_queue_resize (widget);
}

static void
nap_budget_chart_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  gtk_widget_queue_draw (widget);
}

static void
nap_budget_chart_finalize (GObject *object)
{
  NapBudgetChart *self = NAP_BUDGET_CHART (object);

  g_free (self->currency);
  g_ptr_array_unref (self->bars);

  G_OBJECT_CLASS (nap_budget_chart_parent_class)->finalize (object);
}

static void
nap_budget_chart_class_init (NapBudgetChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = nap_budget_chart_finalize;
  widget_class->snapshot = nap_budget_chart_snapshot;
  widget_class->get_request_mode = nap_budget_chart_get_request_mode;
  widget_class->measure = nap_budget_chart_measure;
  widget_class->css_changed = nap_budget_chart_css_changed;
  widget_class->direction_changed = nap_budget_chart_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "napbudgetchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
nap_budget_chart_init (NapBudgetChart *self)
{
  self->bars = g_ptr_array_new_with_free_func (bar_free);
  self->currency = g_strdup ("XOF");
}

/**
 * nap_budget_chart_new:
 *
 * Returns: (transfer floating): a new #NapBudgetChart
 */
GtkWidget *
nap_budget_chart_new (void)
{
  return g_object_new (NAP_TYPE_BUDGET_CHART, NULL);
}

/* What a screen reader says for the picture: the same figures as text. */
static void
update_accessible (NapBudgetChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = g_ptr_array_index (self->bars, i);

      if (text->len > 0)
        g_string_append (text, "; ");
      if (bar->note != NULL)
        /* Translators: a pillar, then why its bar is not drawn */
        g_string_append_printf (text, _("%s: %s"), bar->label, bar->note);
      else
        {
          g_autofree char *secured = nap_money_format (bar->parts[NAP_FUNDING_STATUS_SECURED], self->currency);
          g_autofree char *pledged = nap_money_format (bar->parts[NAP_FUNDING_STATUS_PLEDGED], self->currency);
          g_autofree char *unfunded = nap_money_format (bar->parts[NAP_FUNDING_STATUS_UNFUNDED], self->currency);

          /* Translators: a pillar's bar in the chart, read aloud */
          g_string_append_printf (text, _("%s: %s secured, %s pledged, %s unfunded"),
                                  bar->label, secured, pledged, unfunded);
        }
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Funding by pillar"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

/**
 * nap_budget_chart_set_currency:
 * @self: a #NapBudgetChart
 * @currency: the ISO 4217 code the bars' amounts are in
 */
void
nap_budget_chart_set_currency (NapBudgetChart *self,
                               const char     *currency)
{
  g_return_if_fail (NAP_IS_BUDGET_CHART (self));
  g_return_if_fail (currency != NULL);

  if (g_strcmp0 (self->currency, currency) == 0)
    return;
  g_free (self->currency);
  self->currency = g_strdup (currency);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * nap_budget_chart_clear:
 * @self: a #NapBudgetChart
 */
void
nap_budget_chart_clear (NapBudgetChart *self)
{
  g_return_if_fail (NAP_IS_BUDGET_CHART (self));

  g_ptr_array_set_size (self->bars, 0);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * nap_budget_chart_add_bar:
 * @self: a #NapBudgetChart
 * @label: the pillar, e.g. "1 Prevention"
 *
 * Adds a bar; the amounts are in the chart's currency.
 */
void
nap_budget_chart_add_bar (NapBudgetChart *self,
                          const char     *label,
                          gint64          secured,
                          gint64          pledged,
                          gint64          unfunded)
{
  Bar *bar;

  g_return_if_fail (NAP_IS_BUDGET_CHART (self));
  g_return_if_fail (label != NULL);

  bar = g_new0 (Bar, 1);
  bar->label = g_strdup (label);
  bar->parts[NAP_FUNDING_STATUS_SECURED] = secured;
  bar->parts[NAP_FUNDING_STATUS_PLEDGED] = pledged;
  bar->parts[NAP_FUNDING_STATUS_UNFUNDED] = unfunded;
  g_ptr_array_add (self->bars, bar);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * nap_budget_chart_add_note:
 * @self: a #NapBudgetChart
 * @label: the label
 * @note: why the pillar has no bar, e.g. a missing exchange rate
 */
void
nap_budget_chart_add_note (NapBudgetChart *self,
                           const char     *label,
                           const char     *note)
{
  Bar *bar;

  g_return_if_fail (NAP_IS_BUDGET_CHART (self));
  g_return_if_fail (label != NULL && note != NULL);

  bar = g_new0 (Bar, 1);
  bar->label = g_strdup (label);
  bar->note = g_strdup (note);
  g_ptr_array_add (self->bars, bar);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * nap_budget_chart_get_n_bars:
 * @self: a #NapBudgetChart
 */
guint
nap_budget_chart_get_n_bars (NapBudgetChart *self)
{
  g_return_val_if_fail (NAP_IS_BUDGET_CHART (self), 0);

  return self->bars->len;
}

/**
 * nap_budget_chart_get_color:
 * @self: a #NapBudgetChart
 * @color: a #GdkRGBA
 *
 * The colour of @status's part of the bars, for the current light or
 * dark style.
 */
void
nap_budget_chart_get_color (NapBudgetChart   *self,
                            NapFundingStatus  status,
                            GdkRGBA          *color)
{
  g_return_if_fail (NAP_IS_BUDGET_CHART (self));
  g_return_if_fail (status < N_PARTS);

  gdk_rgba_parse (color, is_dark () ? dark_colors[status] : light_colors[status]);
}

/**
 * nap_budget_chart_save_png:
 * @self: a #NapBudgetChart
 * @path: the path of the file
 * @width: in pixels; the height is what the chart needs at that width
 *
 * Draws the chart on the window background colour into a PNG file.
 */
gboolean
nap_budget_chart_save_png (NapBudgetChart  *self,
                           const char      *path,
                           int              width,
                           GError         **error)
{
  g_autoptr(GskRenderer) renderer = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) png = NULL;
  GtkSnapshot *snapshot;
  const char *data;
  gsize size;
  GdkRGBA background;
  int height;

  g_return_val_if_fail (NAP_IS_BUDGET_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0, FALSE);

  height = total_height (self, width);
  gdk_rgba_parse (&background, is_dark () ? "#242424" : "#fafafa");

  snapshot = gtk_snapshot_new ();
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw (self, snapshot, width);
  node = gtk_snapshot_free_to_node (snapshot);

  /* The cairo renderer needs no window nor GL. */
  renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (renderer, NULL, error))
    return FALSE;
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);

  /* Through nap-output.c, as every other output: a failure leaves a
   * previous chart as it was, and a link is never written through.
   */
  png = gdk_texture_save_to_png_bytes (texture);
  data = g_bytes_get_data (png, &size);
  return nap_output_write_contents (path, data, size, error);
}
