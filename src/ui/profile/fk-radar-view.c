/* fk-radar-view.c — the radar chart of a profile as a widget
 *
 * Like sysprof's flame graph: the drawing is recorded once into a render
 * node and replayed every frame; the node is dropped when the size, the
 * text colour (light/dark style) or the data change. The data itself is
 * computed by the page from core, only when the study changes.
 *
 * Text on the chart is never smaller than the widget's own font (the body
 * text), however small the chart, and the chart keeps to the top of a tall
 * area, under the page's heading.
 */
#define G_LOG_DOMAIN "fk-radar-view"
#include "config.h"
#include "fk-radar-view.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <math.h>

#define MIN_WIDTH  320
#define MIN_HEIGHT 260
#define MAX_HEIGHT 720   /* the most it asks for, given its width */
#define NARROW_WIDTH 480 /* below it, it asks for the height its labels need */

struct _FkRadarView
{
  GtkWidget      parent_instance;

  FkRadarData   *data;
  GskRenderNode *cache;
  int            cache_width;
  int            cache_height;
  GdkRGBA        cache_color;
  int            natural_width;   /* the width natural_height is for; 0: none */
  int            natural_height;
};

G_DEFINE_FINAL_TYPE (FkRadarView, fk_radar_view, GTK_TYPE_WIDGET)

static void
fk_radar_view_invalidate (FkRadarView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The data or the text size changed: so may the height a narrow chart
 * asks for. */
static void
fk_radar_view_invalidate_size (FkRadarView *self)
{
  self->natural_width = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  fk_radar_view_invalidate (self);
}

static void
update_accessible_label (FkRadarView *self)
{
  g_autofree char *label = NULL;

  if (self->data != NULL && self->data->title != NULL)
    /* Translators: the accessible name of the chart; %s is a municipality */
    label = g_strdup_printf (_("Radar chart of %s by capability area"), self->data->title);
  else
    label = g_strdup (_("Radar chart by capability area"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* The widget's font size in pixels, as its labels would show it. */
static double
body_font_size (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size, dpi;

  if (font == NULL || pango_font_description_get_size (font) <= 0)
    return 0;
  size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  if (pango_font_description_get_size_is_absolute (font))
    return size;
  dpi = pango_cairo_context_get_resolution (context);
  return size * (dpi > 0 ? dpi : 96.0) / 72.0;
}

static void
get_options (GtkWidget      *widget,
             FkRadarOptions *options)
{
  options->min_font_size = body_font_size (widget);
  options->align_top = TRUE;
}

static void
fk_radar_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  FkRadarView *self = FK_RADAR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA color;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (self->cache != NULL &&
      (self->cache_width != width || self->cache_height != height ||
       !gdk_rgba_equal (&self->cache_color, &color)))
    g_clear_pointer (&self->cache, gsk_render_node_unref);

  if (self->cache == NULL)
    {
      GtkSnapshot *sub = gtk_snapshot_new ();
      const double fg[3] = { color.red, color.green, color.blue };
      FkRadarOptions options;
      cairo_t *cr;

      get_options (widget, &options);
      cr = gtk_snapshot_append_cairo (sub, &GRAPHENE_RECT_INIT (0, 0, width, height));
      fk_radar_chart_draw_with_options (self->data, cr, width, height, fg, &options);
      cairo_destroy (cr);
      self->cache = gtk_snapshot_free_to_node (sub);
      self->cache_width = width;
      self->cache_height = height;
      self->cache_color = color;
    }

  if (self->cache != NULL)
    gtk_snapshot_append_node (snapshot, self->cache);
}

static void
fk_radar_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  FkRadarView *self = FK_RADAR_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = MIN_WIDTH * 2;
    }
  else
    {
      /* As tall as it is wide, for a page that scrolls; where the height
       * is given (beside the tables), it fills it. Narrow (a phone), as
       * tall as the chart is when it may take twice its width: the area
       * names then take the lines beside the chart that they cannot take
       * across, and no more. */
      *minimum = MIN_HEIGHT;
      *natural = for_size > 0 ? CLAMP (for_size, MIN_HEIGHT, MAX_HEIGHT) : MIN_HEIGHT * 2;
      if (for_size > 0 && for_size < NARROW_WIDTH && self->data != NULL)
        {
          if (self->natural_width != for_size)
            {
              FkRadarOptions options;

              get_options (widget, &options);
              self->natural_width = for_size;
              self->natural_height = (int) ceil (fk_radar_chart_get_used_height (self->data, for_size,
                                                                                 2 * for_size, &options));
            }
          *natural = CLAMP (self->natural_height, MIN_HEIGHT, MAX_HEIGHT);
        }
    }
}

static GtkSizeRequestMode
fk_radar_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fk_radar_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (fk_radar_view_parent_class)->css_changed (widget, change);
  fk_radar_view_invalidate_size (FK_RADAR_VIEW (widget));
}

static void
fk_radar_view_dispose (GObject *object)
{
  FkRadarView *self = FK_RADAR_VIEW (object);

  g_clear_pointer (&self->cache, gsk_render_node_unref);
  g_clear_pointer (&self->data, fk_radar_data_unref);

  G_OBJECT_CLASS (fk_radar_view_parent_class)->dispose (object);
}

static void
fk_radar_view_class_init (FkRadarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_radar_view_dispose;
  widget_class->snapshot = fk_radar_view_snapshot;
  widget_class->measure = fk_radar_view_measure;
  widget_class->get_request_mode = fk_radar_view_get_request_mode;
  widget_class->css_changed = fk_radar_view_css_changed;

  gtk_widget_class_set_css_name (widget_class, "radarview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fk_radar_view_init (FkRadarView *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  update_accessible_label (self);
}

GtkWidget *
fk_radar_view_new (void)
{
  return g_object_new (FK_TYPE_RADAR_VIEW, NULL);
}

void
fk_radar_view_set_data (FkRadarView *self,
                        FkRadarData *data)
{
  g_return_if_fail (FK_IS_RADAR_VIEW (self));

  if (self->data == data)
    return;
  if (data != NULL)
    fk_radar_data_ref (data);
  g_clear_pointer (&self->data, fk_radar_data_unref);
  self->data = data;
  update_accessible_label (self);
  fk_radar_view_invalidate_size (self);
}

FkRadarData *
fk_radar_view_get_data (FkRadarView *self)
{
  g_return_val_if_fail (FK_IS_RADAR_VIEW (self), NULL);
  return self->data;
}

void
fk_radar_view_get_options (FkRadarView    *self,
                           FkRadarOptions *options)
{
  g_return_if_fail (FK_IS_RADAR_VIEW (self));
  g_return_if_fail (options != NULL);
  get_options (GTK_WIDGET (self), options);
}

