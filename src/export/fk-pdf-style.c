/* fk-pdf-style.c — the fonts and colours of the PDF document, and its text layouts */
#define G_LOG_DOMAIN "fk-pdf-style"
#include "config.h"
#include "fk-pdf-private.h"

/* Cantarell, GNOME's own face, with DejaVu Sans for what it lacks. */
#define FAMILY "Cantarell, DejaVu Sans, Sans"

typedef struct {
  double  size;          /* points; never below 8 */
  gboolean bold;
  gboolean italic;
  double  line_spacing;  /* a factor of the font's line height */
  guint32 rgb;
} FontSpec;

static const FontSpec fonts[FK_PDF_N_FONTS] = {
  [FK_PDF_FONT_BODY]         = { 10.5, FALSE, FALSE, 1.25, 0x1e1e1e },
  [FK_PDF_FONT_SMALL]        = {  8.5, FALSE, FALSE, 1.2,  0x3d3d3d },
  [FK_PDF_FONT_CAPTION]      = {  9.0, FALSE, TRUE,  1.2,  0x3d3d3d },
  [FK_PDF_FONT_EMPHASIS]     = { 10.5, TRUE,  FALSE, 1.25, 0x1e1e1e },
  [FK_PDF_FONT_H1]           = { 18.0, TRUE,  FALSE, 1.1,  0x1c3f5e },
  [FK_PDF_FONT_H2]           = { 13.5, TRUE,  FALSE, 1.1,  0x1c3f5e },
  [FK_PDF_FONT_H3]           = { 11.0, TRUE,  FALSE, 1.1,  0x1e1e1e },
  [FK_PDF_FONT_TITLE]        = { 28.0, TRUE,  FALSE, 1.05, 0x1c3f5e },
  [FK_PDF_FONT_SUBTITLE]     = { 15.0, FALSE, FALSE, 1.15, 0x3d3d3d },
  [FK_PDF_FONT_LABEL]        = { 10.5, TRUE,  FALSE, 1.25, 0x3d3d3d },
  [FK_PDF_FONT_TABLE]        = {  9.0, FALSE, FALSE, 1.15, 0x1e1e1e },
  [FK_PDF_FONT_TABLE_HEADER] = {  9.0, TRUE,  FALSE, 1.15, 0x1e1e1e },
  [FK_PDF_FONT_RUNNING]      = {  8.5, FALSE, FALSE, 1.0,  0x555555 },
};

PangoLayout *
fk_pdf_layout_new (FkPdfDocument *doc,
                   FkPdfFont      font,
                   const char    *text,
                   double         width,
                   PangoAlignment align)
{
  const FontSpec *spec = &fonts[font];
  PangoLayout *layout = pango_layout_new (doc->context);

  if (doc->fonts[font] == NULL)
    {
      PangoFontDescription *desc = pango_font_description_from_string (FAMILY);

      pango_font_description_set_absolute_size (desc, spec->size * PANGO_SCALE);
      pango_font_description_set_weight (desc, spec->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      if (spec->italic)
        pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
      doc->fonts[font] = desc;
    }
  pango_layout_set_font_description (layout, doc->fonts[font]);
  pango_layout_set_line_spacing (layout, spec->line_spacing);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, align);
  /* Plain text, never markup: a comment's "<b>&" prints as it is. */
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
fk_pdf_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
fk_pdf_layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) (logical.x + logical.width) / PANGO_SCALE;
}

FkPdfFont
fk_pdf_heading_font (guint level)
{
  return level <= 1 ? FK_PDF_FONT_H1 : level == 2 ? FK_PDF_FONT_H2 : FK_PDF_FONT_H3;
}

void
fk_pdf_font_color (FkPdfFont  font,
                   double    *rgb)
{
  guint32 c = fonts[font].rgb;

  rgb[0] = ((c >> 16) & 0xff) / 255.0;
  rgb[1] = ((c >> 8) & 0xff) / 255.0;
  rgb[2] = (c & 0xff) / 255.0;
}

void
fk_pdf_set_rgb (cairo_t *cr,
                guint32  c)
{
  cairo_set_source_rgb (cr, ((c >> 16) & 0xff) / 255.0,
                        ((c >> 8) & 0xff) / 255.0, (c & 0xff) / 255.0);
}
