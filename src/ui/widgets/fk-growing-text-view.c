/* fk-growing-text-view.c — a text view as tall as its text at the width it gets */
#define G_LOG_DOMAIN "fk-growing-text-view"
#include "config.h"
#include "fk-growing-text-view.h"

struct _FkGrowingTextView
{
  GtkTextView parent_instance;

  /* The last height worked out, for its width (-1: none): a window
   * measures its pages often, and the text changes seldom. */
  int         cached_width;
  int         cached_height;
};

G_DEFINE_FINAL_TYPE (FkGrowingTextView, fk_growing_text_view, GTK_TYPE_TEXT_VIEW)

/* The height of the buffer's text laid out @width pixels wide, margins
 * included: each paragraph (a line of the buffer) wrapped as the view
 * wraps it, with the space the view puts around paragraphs and between
 * their wrapped lines. */
static int
text_height (GtkTextView *view,
             int          width)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (view), NULL);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) paragraphs = NULL;
  int text_width = MAX (1, width - gtk_text_view_get_left_margin (view) - gtk_text_view_get_right_margin (view));
  int height = gtk_text_view_get_top_margin (view) + gtk_text_view_get_bottom_margin (view);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  paragraphs = g_strsplit (text, "\n", -1);
  pango_layout_set_width (layout, text_width * PANGO_SCALE);
  switch (gtk_text_view_get_wrap_mode (view))
    {
    case GTK_WRAP_NONE:
      pango_layout_set_width (layout, -1);
      break;
    case GTK_WRAP_CHAR:
      pango_layout_set_wrap (layout, PANGO_WRAP_CHAR);
      break;
    case GTK_WRAP_WORD:
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      break;
    case GTK_WRAP_WORD_CHAR:
    default:
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      break;
    }
  pango_layout_set_spacing (layout, gtk_text_view_get_pixels_inside_wrap (view) * PANGO_SCALE);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      int h;

      pango_layout_set_text (layout, paragraphs[i], -1);
      pango_layout_get_pixel_size (layout, NULL, &h);
      height += h + gtk_text_view_get_pixels_above_lines (view) + gtk_text_view_get_pixels_below_lines (view);
    }
  return height;
}

static GtkSizeRequestMode
fk_growing_text_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fk_growing_text_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  GTK_WIDGET_CLASS (fk_growing_text_view_parent_class)->measure (widget, orientation, for_size,
                                                                 minimum, natural,
                                                                 minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size > 0)
    {
      FkGrowingTextView *self = FK_GROWING_TEXT_VIEW (widget);
      int height;

      if (self->cached_width != for_size)
        {
          self->cached_height = text_height (GTK_TEXT_VIEW (widget), for_size);
          self->cached_width = for_size;
        }
      height = self->cached_height;
      /* Ours alone: GtkTextView's own answer comes from its last layout
       * (the text before, the font before) and would keep a view as tall
       * as the longest text it ever showed. */
      *minimum = height;
      *natural = height;
    }
}

/* The text, its font or its scale changed: the height is worked out anew. */
static void
invalidate (FkGrowingTextView *self)
{
  self->cached_width = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_buffer_changed (FkGrowingTextView *self)
{
  invalidate (self);
}

static void
fk_growing_text_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (fk_growing_text_view_parent_class)->css_changed (widget, change);
  invalidate (FK_GROWING_TEXT_VIEW (widget));
}

static void
fk_growing_text_view_system_setting_changed (GtkWidget        *widget,
                                             GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (fk_growing_text_view_parent_class)->system_setting_changed (widget, setting);
  invalidate (FK_GROWING_TEXT_VIEW (widget));
}

static void
on_buffer_set (FkGrowingTextView *self)
{
  /* The view keeps no handler on an old buffer: it goes with it. */
  self->cached_width = -1;
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), "changed",
                           G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
fk_growing_text_view_class_init (FkGrowingTextViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = fk_growing_text_view_get_request_mode;
  widget_class->measure = fk_growing_text_view_measure;
  widget_class->css_changed = fk_growing_text_view_css_changed;
  widget_class->system_setting_changed = fk_growing_text_view_system_setting_changed;
}

static void
fk_growing_text_view_init (FkGrowingTextView *self)
{
  self->cached_width = -1;
  g_signal_connect (self, "notify::buffer", G_CALLBACK (on_buffer_set), NULL);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (invalidate), NULL);
  on_buffer_set (self);
}

GtkWidget *
fk_growing_text_view_new (void)
{
  return g_object_new (FK_TYPE_GROWING_TEXT_VIEW, NULL);
}
