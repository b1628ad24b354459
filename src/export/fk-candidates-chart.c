/* fk-candidates-chart.c — replays the candidates figure with cairo and writes it to files
 *
 * The display list is made in fk-candidates-chart-layout.c; the bars are
 * fk_candidates_draw_bar() (fk-candidates-bar.c), the one bar of a
 * potential.
 */
#define G_LOG_DOMAIN "fk-candidates-chart"
#include "config.h"
#include "fk-candidates-chart.h"
#include "fk-candidates-chart-private.h"
#include "fk-heatmap-private.h"

#include <math.h>
#include <pango/pangocairo.h>

/* The rule between rows: #595959 keeps 7:1 against white, like the
 * heatmap's marks. */
static const double rule_grey[3] = { 0x59 / 255.0, 0x59 / 255.0, 0x59 / 255.0 };

void
fk_candidates_chart_options_init (FkCandidatesChartOptions *options)
{
  g_return_if_fail (options != NULL);

  options->language = "sv";
  options->palette = FK_PALETTE_DEFAULT;
  options->limit = 10;
  options->anonymizer = NULL;
  options->font_scale = 1.0;
  options->width = 1600;
}

void
fk_candidates_chart_free (FkCandidatesChart *chart)
{
  if (chart == NULL)
    return;
  g_clear_pointer (&chart->rows, g_array_unref);
  g_clear_pointer (&chart->texts, g_array_unref);
  g_clear_pointer (&chart->bars, g_array_unref);
  g_clear_pointer (&chart->candidates, fk_candidates_unref);
  g_free (chart);
}

void
fk_candidates_chart_prepare_context (PangoContext *context)
{
  cairo_font_options_t *font_options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, font_options);
  cairo_font_options_destroy (font_options);
}

PangoLayout *
fk_candidates_chart_shape (PangoContext           *context,
                           const FkCandidatesText *text)
{
  PangoLayout *layout = fk_heatmap_text_layout (context, text->text, text->font_size, text->bold);

  pango_layout_set_width (layout, MAX (text->w, 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, text->align_right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  if (text->bold_end > text->bold_start)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      bold->start_index = text->bold_start;
      bold->end_index = text->bold_end;
      pango_attr_list_insert (attrs, bold);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

void
fk_candidates_chart_draw (const FkCandidatesChart *chart,
                          cairo_t                 *cr)
{
  PangoContext *context;

  g_return_if_fail (chart != NULL && cr != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, chart->width, chart->height);
  cairo_fill (cr);

  /* A rule under every row but the last. */
  cairo_set_source_rgb (cr, rule_grey[0], rule_grey[1], rule_grey[2]);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i + 1 < chart->rows->len; i++)
    {
      const FkCandidatesRow *row = &g_array_index (chart->rows, FkCandidatesRow, i);
      double y = floor (row->y + row->h) + 0.5;

      cairo_move_to (cr, chart->font_size, y);
      cairo_line_to (cr, chart->width - chart->font_size, y);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < chart->bars->len; i++)
    {
      const FkCandidatesBar *bar = &g_array_index (chart->bars, FkCandidatesBar, i);

      fk_candidates_draw_bar (cr, bar->x, bar->y, bar->w, bar->h, bar->score, bar->uncertain,
                              chart->palette, FALSE);
    }

  /* Made for the transformation of @cr now, as the heatmap's painter is. */
  context = pango_cairo_create_context (cr);
  fk_candidates_chart_prepare_context (context);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < chart->texts->len; i++)
    {
      const FkCandidatesText *text = &g_array_index (chart->texts, FkCandidatesText, i);
      g_autoptr(PangoLayout) layout = fk_candidates_chart_shape (context, text);

      cairo_move_to (cr, text->x, text->y);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_new_path (cr);
  g_object_unref (context);
  cairo_restore (cr);
}

static void
draw_figure (cairo_t  *cr,
             gpointer  chart)
{
  fk_candidates_chart_draw (chart, cr);
}

gboolean
fk_candidates_chart_write (const FkCandidatesChart *chart,
                           const char              *path,
                           FkExportFormat           format,
                           GError                 **error)
{
  g_return_val_if_fail (chart != NULL && path != NULL, FALSE);

  return fk_export_write_figure (path, format, chart->width, chart->height,
                                 draw_figure, (gpointer) chart, error);
}
