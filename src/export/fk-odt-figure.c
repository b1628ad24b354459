/* fk-odt-figure.c — a figure block drawn to PNG for the OpenDocument text */
#define G_LOG_DOMAIN "fk-odt-figure"
#include "config.h"
#include "fk-odt-private.h"

#include <math.h>

/* Sharp on paper, small enough for a report. */
#define FIGURE_DPI 150.0

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
fk_odt_figure_png (FkPdfBlock *block,
                   double      width,
                   double      height)
{
  int px_width = MAX ((int) ceil (width * FIGURE_DPI / 72.0), 1);
  int px_height = MAX ((int) ceil (height * FIGURE_DPI / 72.0), 1);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, px_width, px_height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* The draw function draws into (0, 0, its width, its height) in points. */
  cairo_scale (cr, px_width / block->width, px_height / block->height);
  if (block->draw != NULL)
    block->draw (cr, block->draw_data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_write_to_png_stream (surface, append_bytes, png);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}
