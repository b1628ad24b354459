/* fk-export-data-xlsx-matrix.c — one measure as a municipality × capability sheet
 *
 * Capabilities as rows, grouped by area in the heatmap's order, the
 * municipalities as columns in the heatmap's order (by name; anonymised,
 * the letter order), each capability's mean, median and count at the
 * right, each municipality's mean at the bottom. The colours are a colour
 * scale of the heatmap's palette pinned to the measure's own range
 * (0–5 for levels, −5…+5 for the gap), never the sheet's own minimum and
 * maximum, so a sheet where nobody reached 5 does not paint 4 as the top;
 * a legend above the matrix shows every whole step. Not assessed is an
 * empty cell; not applicable the text mark on a hatched grey fill.
 */
#define G_LOG_DOMAIN "fk-export-data-xlsx"
#include "config.h"
#include "fk-export-data-xlsx-private.h"
#include "fk-heatmap-private.h"
#include "fk-order.h"

#include "fk-i18n.h"
#include <math.h>

#define LEGEND_ROW  1
#define NOTE_ROW    2
#define HEADER_ROW  3
#define FIRST_ROW   4
#define FIRST_COL   2   /* after the area and the capability */

static lxw_color_t
measure_color (FkExportData *data,
               FkMeasure     measure,
               double        value)
{
  double rgb[3];

  fk_heatmap_value_rgb (measure, data->palette, value, rgb);
  return fk_xlsx_color (rgb);
}

static gboolean
white_text_at (FkExportData *data,
               FkMeasure     measure,
               double        value)
{
  double rgb[3], text[3];

  fk_heatmap_value_rgb (measure, data->palette, value, rgb);
  fk_heatmap_contrast_text (rgb, text);
  return text[0] > 0.5;
}

/* The colour scale on the matrix: three points of the palette at the
 * measure's minimum, middle and maximum; and white text where the
 * heatmap draws it (dark cells), in half steps. */
static void
add_colour_scale (FkXlsxBook    *book,
                  lxw_worksheet *sheet,
                  FkMeasure      measure,
                  guint          last_row,
                  guint          last_col)
{
  double min = fk_measure_get_min (measure);
  double max = fk_measure_get_max (measure);
  double mid = (min + max) / 2;
  lxw_conditional_format scale = {
    .type = LXW_CONDITIONAL_3_COLOR_SCALE,
    .min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER,
    .min_value = min,
    .min_color = measure_color (book->data, measure, min),
    .mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER,
    .mid_value = mid,
    .mid_color = measure_color (book->data, measure, mid),
    .max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER,
    .max_value = max,
    .max_color = measure_color (book->data, measure, max),
  };
  lxw_format *white = workbook_add_format (book->workbook);

  worksheet_conditional_format_range (sheet, FIRST_ROW, FIRST_COL, last_row, last_col, &scale);
  format_set_font_color (white, LXW_COLOR_WHITE);
  /* Each run of half steps where white reads better, as one rule. */
  for (double from = min; from <= max; )
    {
      double to = from;

      if (!white_text_at (book->data, measure, from))
        {
          from += 0.5;
          continue;
        }
      while (to + 0.5 <= max && white_text_at (book->data, measure, to + 0.5))
        to += 0.5;
      {
        lxw_conditional_format rule = {
          .type = LXW_CONDITIONAL_TYPE_CELL,
          .criteria = LXW_CONDITIONAL_CRITERIA_BETWEEN,
          .min_value = from - 0.25,
          .max_value = to + 0.25,
          .format = white,
        };
        worksheet_conditional_format_range (sheet, FIRST_ROW, FIRST_COL, last_row, last_col, &rule);
      }
      from = to + 0.5;
    }
}

/* Every whole step of the measure in its colour, then the two marks. */
static void
write_legend (FkXlsxBook    *book,
              lxw_worksheet *sheet,
              FkMeasure      measure)
{
  FkExportData *data = book->data;
  double min = fk_measure_get_min (measure);
  double max = fk_measure_get_max (measure);
  g_autofree char *min_text = fk_text_format_number (min, TRUE, fk_measure_is_diverging (measure), data->language);
  g_autofree char *max_text = fk_text_format_number (max, TRUE, fk_measure_is_diverging (measure), data->language);
  g_autofree char *note = NULL;
  lxw_format *empty = workbook_add_format (book->workbook);
  guint col = FIRST_COL;

  fk_xlsx_write_text (sheet, LEGEND_ROW, 1, _("Legend"), book->bold);
  for (double v = min; v <= max; v += 1, col++)
    {
      lxw_format *step = workbook_add_format (book->workbook);

      format_set_bg_color (step, measure_color (data, measure, v));
      format_set_font_color (step, white_text_at (data, measure, v) ? LXW_COLOR_WHITE : LXW_COLOR_BLACK);
      format_set_align (step, LXW_ALIGN_CENTER);
      worksheet_write_number (sheet, LEGEND_ROW, col, v, step);
    }
  format_set_border (empty, LXW_BORDER_THIN);
  worksheet_write_blank (sheet, LEGEND_ROW, col + 1, empty);
  fk_xlsx_write_text (sheet, LEGEND_ROW, col + 2, _("Not assessed"), NULL);
  fk_xlsx_write_text (sheet, LEGEND_ROW, col + 4, fk_xlsx_not_applicable_text (), book->not_applicable);
  fk_xlsx_write_text (sheet, LEGEND_ROW, col + 5, _("Not applicable"), NULL);
  /* Translators: under a sheet's colour legend; the %s are the ends of
   * the measure's range, e.g. 0 and 5 */
  note = g_strdup_printf (_("The colours are fixed to the measure’s whole range, %s to %s, not to the values on this sheet. "
                            "An empty cell was not assessed."), min_text, max_text);
  fk_xlsx_write_text (sheet, NOTE_ROW, 1, note, NULL);
}

/* A cell's value; a gap or a deviation with its sign ("+1"). */
static void
write_value (FkXlsxBook    *book,
             lxw_worksheet *sheet,
             guint          row,
             guint          col,
             FkMeasure      measure,
             double         value)
{
  fk_xlsx_write_number (sheet, row, col, value,
                        fk_measure_is_diverging (measure) ? fk_xlsx_signed_format (book, value) : NULL);
}

/* The longest name among the areas (@areas) or the capabilities. */
static double
names_width (FkXlsxBook *book,
             FkModel    *model,
             gboolean    areas,
             double      min,
             double      max)
{
  GPtrArray *items = areas ? model->areas : model->capabilities;
  g_autofree const char **names = g_new0 (const char *, MAX (items->len, 1));

  for (guint i = 0; i < items->len; i++)
    names[i] = fk_text_get (areas ? &((FkArea *) items->pdata[i])->name
                                  : &((FkCapability *) items->pdata[i])->name,
                            book->data->language);
  return fk_xlsx_fit_width (names, items->len, min, max);
}

/* The headings in HEADER_ROW: Area and Capability as wide as their
 * longest names (so that "Informationssäkerhet och rättsliga krav" is
 * not cut; capped, for a model with very long names), each
 * municipality and aggregate as wide as its longest word. */
static void
write_headers (FkXlsxBook    *book,
               lxw_worksheet *sheet,
               FkMatrix      *matrix,
               const guint   *rows,
               guint          n_rows)
{
  guint n = FIRST_COL + n_rows + 3;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree const char **headers = g_new0 (const char *, n);
  g_autofree double *widths = g_new0 (double, n);
  double column = 6;

  headers[0] = _("Area");
  widths[0] = names_width (book, matrix->model, TRUE, 12, 45);
  headers[1] = _("Capability");
  widths[1] = names_width (book, matrix->model, FALSE, 20, 50);
  /* The municipalities' columns all as wide as the widest name needs:
   * an even grid, as in the heatmap. */
  for (guint i = 0; i < n_rows; i++)
    {
      g_ptr_array_add (names, fk_export_data_get_name (book->data, rows[i]));
      headers[FIRST_COL + i] = names->pdata[i];
      column = MAX (column, fk_xlsx_heading_min_width (names->pdata[i]));
    }
  for (guint i = 0; i < n_rows; i++)
    widths[FIRST_COL + i] = column;
  headers[FIRST_COL + n_rows] = _("Mean");
  headers[FIRST_COL + n_rows + 1] = _("Median");
  headers[FIRST_COL + n_rows + 2] = _("Assessed");
  for (guint i = FIRST_COL + n_rows; i < n; i++)
    widths[i] = 8;
  fk_xlsx_write_headers (book, sheet, HEADER_ROW, headers, widths, n, FALSE);
}

/* The sheet's name: the measure's label, which fits Excel's 31
 * characters except for the deviation's. */
static const char *
sheet_label (FkMeasure measure)
{
  /* Translators: a spreadsheet's sheet name, at most 31 characters */
  return measure == FK_MEASURE_DEVIATION ? _("Deviation from median") : fk_measure_get_label (measure);
}

void
fk_xlsx_add_measure_sheet (FkXlsxBook *book,
                           FkMeasure   measure)
{
  FkExportData *data = book->data;
  FkMatrix *matrix = fk_round_snapshot_get_matrix (data->snapshot, measure);
  FkModel *model = fk_round_snapshot_get_model (data->snapshot);
  lxw_worksheet *sheet = fk_xlsx_add_sheet (book, sheet_label (measure));
  g_autofree guint *rows = NULL;
  g_autofree guint *cols = fk_order_capabilities (matrix, FK_CAPABILITY_ORDER_MODEL);
  g_autofree char *title = NULL;
  lxw_format *decimal = fk_measure_is_diverging (measure) ? book->signed_number : book->number;
  guint n_rows;
  guint aggregates, last_row;

  if (data->anon != NULL)
    rows = fk_export_data_get_rows (data, &n_rows);
  else
    {
      rows = fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_NAME, FALSE);
      n_rows = matrix->n_rows;
    }
  aggregates = FIRST_COL + n_rows;

  /* Translators: a sheet's title: the measure, then the round's name */
  title = g_strdup_printf (_("%s — %s"), fk_measure_get_label (measure), fk_round_snapshot_get_round_name (data->snapshot));
  fk_xlsx_write_text (sheet, 0, 0, title, book->title);
  write_legend (book, sheet, measure);

  write_headers (book, sheet, matrix, rows, n_rows);
  for (guint j = 0; j < matrix->n_cols; j++)
    {
      const FkCapability *capability = g_ptr_array_index (model->capabilities, cols[j]);
      const FkArea *area = fk_model_lookup_area (model, capability->area);
      guint r = FIRST_ROW + j;

      fk_xlsx_write_text (sheet, r, 0, area != NULL ? fk_text_get (&area->name, data->language) : NULL, NULL);
      fk_xlsx_write_text (sheet, r, 1, fk_text_get (&capability->name, data->language), NULL);
      for (guint i = 0; i < n_rows; i++)
        {
          if (fk_matrix_is_not_applicable (matrix, rows[i], cols[j]))
            fk_xlsx_write_text (sheet, r, FIRST_COL + i, fk_xlsx_not_applicable_text (), book->not_applicable);
          else
            write_value (book, sheet, r, FIRST_COL + i, measure, fk_matrix_get (matrix, rows[i], cols[j]));
        }
      fk_xlsx_write_number (sheet, r, aggregates, fk_matrix_column_mean (matrix, cols[j], FK_SIZE_FILTER_ALL), decimal);
      fk_xlsx_write_number (sheet, r, aggregates + 1, fk_matrix_column_median (matrix, cols[j], FK_SIZE_FILTER_ALL), decimal);
      worksheet_write_number (sheet, r, aggregates + 2, fk_matrix_column_count (matrix, cols[j], FK_SIZE_FILTER_ALL), NULL);
    }
  last_row = FIRST_ROW + matrix->n_cols;
  fk_xlsx_write_text (sheet, last_row, 1, _("Municipality mean"), book->bold);
  for (guint i = 0; i < n_rows; i++)
    fk_xlsx_write_number (sheet, last_row, FIRST_COL + i, fk_matrix_row_mean (matrix, rows[i]), decimal);

  if (n_rows > 0 && matrix->n_cols > 0)
    add_colour_scale (book, sheet, measure, last_row - 1, FIRST_COL + n_rows - 1);
  worksheet_freeze_panes (sheet, FIRST_ROW, FIRST_COL);
  /* Printed across one page, the headings and the names on each. */
  fk_xlsx_set_print (sheet, TRUE, HEADER_ROW, FIRST_COL);
}
