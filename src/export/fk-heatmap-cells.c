/* fk-heatmap-cells.c — what each cell of the heatmap shows: a score, an
 * area mean, a municipality's mean, or an aggregate of its row
 *
 * Every number comes from core (the matrix of the measure and the
 * snapshot's counts); this file only chooses which one a grid position
 * shows and how it looks. See docs/measures.md, "The heatmap's edges".
 */
#define G_LOG_DOMAIN "fk-heatmap-cells"
#include "config.h"
#include "fk-heatmap-private.h"

#include <math.h>
#include <string.h>

/* The lightest and darkest grey of a count (share 0 and 1): both keep
 * black text above 12:1, and neither is white, the "not assessed" cell. */
#define COUNT_GREY_LIGHT 0.93
#define COUNT_GREY_DARK  0.72

/* ---- colours and numbers ------------------------------------------------ */

void
fk_heatmap_value_rgb (FkMeasure measure,
                      FkPalette palette,
                      double    value,
                      double    rgb[3])
{
  double min, max;

  if (isnan (value))
    {
      rgb[0] = rgb[1] = rgb[2] = 1;
      return;
    }
  min = fk_measure_get_min (measure);
  max = fk_measure_get_max (measure);
  if (fk_measure_is_diverging (measure))
    fk_palette_get_diverging_rgb (palette, value / MAX (fabs (min), fabs (max)), rgb);
  else if (fk_measure_higher_is_worse (measure))
    /* High risk dark, as a low level is: yellow never means both "best"
     * on one heatmap and "worst" on the next. */
    fk_palette_get_ramp_rgb (palette, (max - value) / (max - min), rgb);
  else
    fk_palette_get_ramp_rgb (palette, (value - min) / (max - min), rgb);
}

void
fk_heatmap_change_rgb (FkMeasure measure,
                       FkPalette palette,
                       double    value,
                       double    rgb[3])
{
  if (isnan (value))
    {
      rgb[0] = rgb[1] = rgb[2] = 1;
      return;
    }
  fk_palette_get_diverging_rgb (palette, CLAMP (value / fk_round_change_get_scale (measure), -1, 1), rgb);
}

/* The colour of a value of the grid: the measure's, or a difference's. */
static void
source_rgb (const FkHeatmapCellSource *source,
            double                     value,
            double                     rgb[3])
{
  if (source->change != NULL)
    fk_heatmap_change_rgb (source->measure, source->palette, value, rgb);
  else
    fk_heatmap_value_rgb (source->measure, source->palette, value, rgb);
}

static double
channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

void
fk_heatmap_contrast_text (const double bg[3],
                          double       out[3])
{
  double l = 0.2126 * channel (bg[0]) + 0.7152 * channel (bg[1]) + 0.0722 * channel (bg[2]);
  double with_black = (l + 0.05) / 0.05;
  double with_white = 1.05 / (l + 0.05);
  double v = with_black >= with_white ? 0 : 1;

  out[0] = out[1] = out[2] = v;
}

void
fk_heatmap_count_rgb (double share,
                      double rgb[3])
{
  double t = isnan (share) ? 0 : CLAMP (share, 0, 1);

  rgb[0] = rgb[1] = rgb[2] = COUNT_GREY_LIGHT + (COUNT_GREY_DARK - COUNT_GREY_LIGHT) * t;
}

char *
fk_heatmap_format_range (double      min,
                         double      max,
                         gboolean    integral,
                         gboolean    signed_,
                         const char *language)
{
  g_autofree char *lo = NULL;
  g_autofree char *hi = NULL;

  if (isnan (min) || isnan (max))
    return NULL;
  lo = fk_text_format_number (min, integral, signed_, language);
  hi = fk_text_format_number (max, integral, signed_, language);
  if (g_str_equal (lo, hi))
    return g_steal_pointer (&lo);
  /* Signed numbers get thin spaces around the dash: "−2 – +3", not "−2–+3". */
  return g_strconcat (lo, signed_ ? " – " : "–", hi, NULL);
}

/* ---- one cell ----------------------------------------------------------- */

gboolean
fk_heatmap_cell_is_defined (const FkHeatmapCell *cell)
{
  g_return_val_if_fail (cell != NULL, FALSE);

  switch (cell->row_kind)
    {
    case FK_HEATMAP_ROW_MUNICIPALITY_MEAN:
      return cell->column_kind == FK_HEATMAP_COLUMN_MUNICIPALITY || cell->column_kind == FK_HEATMAP_COLUMN_MEAN;
    case FK_HEATMAP_ROW_AREA:
      return cell->column_kind < FK_HEATMAP_COLUMN_LOW;
    case FK_HEATMAP_ROW_CAPABILITY:
    default:
      return TRUE;
    }
}

void
fk_heatmap_cell_source_init_whole (FkHeatmapCellSource *source)
{
  gboolean diverging = source->signed_;

  for (int i = 0; i < FK_HEATMAP_N_WHOLE; i++)
    {
      FkHeatmapWholeValue *w = &source->whole[i];

      source_rgb (source, i - 5, w->rgb);
      fk_heatmap_contrast_text (w->rgb, w->text_rgb);
      w->text = NULL;
      if (source->show_numbers)
        {
          g_autofree char *text = fk_text_format_number (i - 5, TRUE, diverging, source->language);

          w->text = g_string_chunk_insert_const (source->texts, text);
        }
    }
}

/* @text (transfer full) kept in source->texts, once for equal texts. */
static const char *
keep_text (const FkHeatmapCellSource *source,
           char                      *text)
{
  g_autofree char *owned = text;

  return owned != NULL ? g_string_chunk_insert_const (source->texts, owned) : NULL;
}

/* Notes that @cell shows its text, for the choice of the numbers' font
 * size: once per distinct text, with the narrowest cell it is in. */
static void
note_room (const FkHeatmapCellSource *source,
           const FkHeatmapCell       *cell)
{
  int w = (int) floor (cell->w);
  gpointer known;

  if (source->text_room == NULL || cell->text == NULL)
    return;
  known = g_hash_table_lookup (source->text_room, cell->text);
  if (known == NULL || GPOINTER_TO_INT (known) > w + 1)
    g_hash_table_insert (source->text_room, cell->text, GINT_TO_POINTER (w + 1));
}

static void
set_value (const FkHeatmapCellSource *source,
           FkHeatmapCell             *cell,
           double                     value,
           gboolean                   integral)
{
  cell->value = value;
  if (isnan (value))
    {
      cell->kind = FK_HEATMAP_CELL_NOT_ASSESSED;
      return;
    }
  cell->kind = FK_HEATMAP_CELL_VALUE;
  if (integral && value == floor (value) && fabs (value) <= 5)
    {
      const FkHeatmapWholeValue *w = &source->whole[(int) value + 5];

      memcpy (cell->rgb, w->rgb, sizeof cell->rgb);
      memcpy (cell->text_rgb, w->text_rgb, sizeof cell->text_rgb);
      cell->text = (char *) w->text;
      return;
    }
  source_rgb (source, value, cell->rgb);
  fk_heatmap_contrast_text (cell->rgb, cell->text_rgb);
  /* A score that is not whole (a deviation from a median of x.5) keeps
   * its one decimal: rounded, −0,5 and +0,5 would both read as whole. */
  if (source->show_numbers)
    cell->text = (char *) keep_text (source, fk_text_format_number (value, integral && value == floor (value),
                                                                      source->signed_, source->language));
  note_room (source, cell);
}

/* Text (transfer full) on the neutral grey: min–max (@share 0) and the counts. */
static void
set_text (const FkHeatmapCellSource *source,
          FkHeatmapCell             *cell,
          char                      *text,
          double                     share)
{
  if (text == NULL)
    {
      cell->kind = FK_HEATMAP_CELL_NOT_ASSESSED;
      return;
    }
  cell->kind = FK_HEATMAP_CELL_TEXT;
  cell->text = (char *) keep_text (source, text);
  note_room (source, cell);
  fk_heatmap_count_rgb (share, cell->rgb);
  cell->text_rgb[0] = cell->text_rgb[1] = cell->text_rgb[2] = 0;
}

static void
set_count (const FkHeatmapCellSource *source,
           FkHeatmapCell             *cell,
           guint                      count,
           guint                      out_of)
{
  cell->n_values = out_of;
  if (out_of == 0)
    set_text (source, cell, NULL, 0);
  else
    set_text (source, cell, g_strdup_printf ("%u/%u", count, out_of), (double) count / out_of);
}

static guint
column_count_of (const FkHeatmapCellSource *source,
                 FkMeasure                  measure,
                 guint                      col)
{
  return fk_matrix_column_count (fk_round_snapshot_get_matrix (source->snapshot, measure),
                                 col, FK_SIZE_FILTER_ALL);
}

/* A capability's score for one municipality, with the overlays' marks. */
static void
fill_score (const FkHeatmapCellSource *source,
            guint                      r,
            guint                      c,
            FkHeatmapCell             *cell)
{
  double value = fk_matrix_get (source->matrix, r, c);

  set_value (source, cell, value, TRUE);
  cell->n_values = !isnan (value);
  if (isnan (value) && fk_matrix_is_not_applicable (source->matrix, r, c))
    cell->kind = FK_HEATMAP_CELL_NOT_APPLICABLE;

  if ((source->overlays & FK_HEATMAP_OVERLAY_TARGET) && source->target != NULL)
    cell->target = fk_matrix_get (source->target, r, c);
  if (source->overlays & FK_HEATMAP_OVERLAY_SUSTAIN)
    {
      const FkScore *score = fk_round_snapshot_get_score (source->snapshot, r, c);

      cell->cannot_sustain = score != NULL && score->current != FK_LEVEL_NA
                             && (score->sustain == FK_SUSTAIN_NO || score->sustain == FK_SUSTAIN_DIFFICULT);
    }
}

/* A capability's change for one municipality: the difference, or the
 * mark of its state (fk-round-change.h). */
static void
fill_change (const FkHeatmapCellSource *source,
             guint                      r,
             guint                      c,
             FkHeatmapCell             *cell)
{
  FkChangeState state = fk_round_change_get_state (source->change, r, c);

  cell->before = fk_round_change_get_before (source->change, r, c);
  cell->after = fk_round_change_get_after (source->change, r, c);
  switch (state)
    {
    case FK_CHANGE_ROSE:
    case FK_CHANGE_FELL:
      set_value (source, cell, fk_round_change_get_difference (source->change, r, c), TRUE);
      cell->n_values = 1;
      break;
    case FK_CHANGE_UNCHANGED:
      set_value (source, cell, 0, TRUE);
      cell->kind = FK_HEATMAP_CELL_UNCHANGED;
      cell->text = (char *) FK_HEATMAP_UNCHANGED_TEXT;
      cell->n_values = 1;
      break;
    case FK_CHANGE_NEWLY_ASSESSED:
      cell->kind = FK_HEATMAP_CELL_NEWLY_ASSESSED;
      break;
    case FK_CHANGE_NO_LONGER_ASSESSED:
      cell->kind = FK_HEATMAP_CELL_NO_LONGER_ASSESSED;
      break;
    case FK_CHANGE_NOT_APPLICABLE:
      cell->kind = FK_HEATMAP_CELL_NOT_APPLICABLE;
      break;
    case FK_CHANGE_NOT_ASSESSED:
    default:
      cell->kind = FK_HEATMAP_CELL_NOT_ASSESSED;
      break;
    }
}

/* A capability's aggregate over all municipalities. */
static void
fill_capability_aggregate (const FkHeatmapCellSource *source,
                           FkHeatmapColumnKind        kind,
                           guint                      c,
                           FkHeatmapCell             *cell)
{
  const FkMatrix *m = source->matrix;
  FkSizeFilter all = FK_SIZE_FILTER_ALL;
  gboolean diverging = source->signed_;

  switch (kind)
    {
    case FK_HEATMAP_COLUMN_MEAN:
      set_value (source, cell, fk_matrix_column_mean (m, c, all), FALSE);
      cell->n_values = fk_matrix_column_count (m, c, all);
      break;
    case FK_HEATMAP_COLUMN_MEDIAN:
      set_value (source, cell, fk_matrix_column_median (m, c, all), FALSE);
      cell->n_values = fk_matrix_column_count (m, c, all);
      break;
    case FK_HEATMAP_COLUMN_MIN_MAX:
      {
        double lo = fk_matrix_column_min (m, c, all), hi = fk_matrix_column_max (m, c, all);

        /* Whole numbers only when both ends are (levels, not deviations). */
        set_text (source, cell, fk_heatmap_format_range (lo, hi, lo == floor (lo) && hi == floor (hi),
                                                         diverging, source->language), 0);
      }
      cell->n_values = fk_matrix_column_count (m, c, all);
      break;
    case FK_HEATMAP_COLUMN_LOW:
      set_count (source, cell, fk_round_snapshot_count_low (source->snapshot, c, all),
                 column_count_of (source, FK_MEASURE_CURRENT, c));
      break;
    case FK_HEATMAP_COLUMN_CANNOT_SUSTAIN:
      set_count (source, cell, fk_round_snapshot_count_cannot_sustain (source->snapshot, c, all),
                 column_count_of (source, FK_MEASURE_RISK, c));
      break;
    case FK_HEATMAP_COLUMN_INTERESTED:
      set_count (source, cell, fk_round_snapshot_count_interested (source->snapshot, c, all),
                 column_count_of (source, FK_MEASURE_INTEREST, c));
      break;
    case FK_HEATMAP_COLUMN_ROSE:
    case FK_HEATMAP_COLUMN_FELL:
      /* Out of those with a value in both rounds (the differences). */
      if (source->change != NULL)
        set_count (source, cell,
                   fk_round_change_count (source->change, c,
                                          kind == FK_HEATMAP_COLUMN_ROSE ? FK_CHANGE_ROSE : FK_CHANGE_FELL, all),
                   fk_matrix_column_count (m, c, all));
      break;
    case FK_HEATMAP_COLUMN_MUNICIPALITY:
    default:
      g_assert_not_reached ();
    }
}

/* A collapsed area: each municipality's area mean; "not applicable" only
 * where every capability of the area is. */
static void
fill_area_mean (const FkHeatmapCellSource *source,
                guint                      r,
                guint                      a,
                FkHeatmapCell             *cell)
{
  GArray *caps = g_ptr_array_index (source->area_caps, a);
  guint n_na = 0;

  set_value (source, cell, fk_matrix_row_area_mean (source->matrix, r, a), FALSE);
  for (guint i = 0; i < caps->len; i++)
    {
      guint c = g_array_index (caps, guint, i);

      if (!isnan (fk_matrix_get (source->matrix, r, c)))
        cell->n_values++;
      else if (fk_matrix_is_not_applicable (source->matrix, r, c))
        n_na++;
    }
  if (cell->kind == FK_HEATMAP_CELL_NOT_ASSESSED && caps->len > 0 && n_na == caps->len)
    cell->kind = FK_HEATMAP_CELL_NOT_APPLICABLE;
}

/* A collapsed area's aggregates over the municipalities' area means; the
 * counts are per capability and stay empty here. */
static void
fill_area_aggregate (const FkHeatmapCellSource *source,
                     FkHeatmapColumnKind        kind,
                     guint                      a,
                     FkHeatmapCell             *cell)
{
  const FkMatrix *m = source->matrix;
  FkSizeFilter all = FK_SIZE_FILTER_ALL;

  switch (kind)
    {
    case FK_HEATMAP_COLUMN_MEAN:
      set_value (source, cell, fk_matrix_area_mean (m, a, all), FALSE);
      cell->n_values = fk_matrix_area_count (m, a, all);
      break;
    case FK_HEATMAP_COLUMN_MEDIAN:
      set_value (source, cell, fk_matrix_area_median (m, a, all), FALSE);
      cell->n_values = fk_matrix_area_count (m, a, all);
      break;
    case FK_HEATMAP_COLUMN_MIN_MAX:
      set_text (source, cell, fk_heatmap_format_range (fk_matrix_area_min (m, a, all), fk_matrix_area_max (m, a, all),
                                               FALSE, source->signed_, source->language), 0);
      cell->n_values = fk_matrix_area_count (m, a, all);
      break;
    default:
      set_text (source, cell, NULL, 0);
      break;
    }
}

void
fk_heatmap_cell_fill (const FkHeatmapCellSource *source,
                      const FkHeatmapRow        *row,
                      const FkHeatmapColumn     *column,
                      FkHeatmapCell             *cell)
{
  gboolean municipality = column->kind == FK_HEATMAP_COLUMN_MUNICIPALITY;

  cell->value = NAN;
  cell->target = NAN;
  cell->before = NAN;
  cell->after = NAN;
  cell->cannot_sustain = FALSE;
  cell->n_values = 0;
  cell->text = NULL;
  cell->kind = FK_HEATMAP_CELL_NOT_ASSESSED;

  switch (row->kind)
    {
    case FK_HEATMAP_ROW_CAPABILITY:
      if (municipality && source->change != NULL)
        fill_change (source, column->municipality, row->capability, cell);
      else if (municipality)
        fill_score (source, column->municipality, row->capability, cell);
      else
        fill_capability_aggregate (source, column->kind, row->capability, cell);
      break;

    case FK_HEATMAP_ROW_AREA:
      if (municipality)
        fill_area_mean (source, column->municipality, row->area, cell);
      else
        fill_area_aggregate (source, column->kind, row->area, cell);
      break;

    case FK_HEATMAP_ROW_MUNICIPALITY_MEAN:
    default:
      if (municipality)
        {
          set_value (source, cell, fk_matrix_row_mean (source->matrix, column->municipality), FALSE);
          cell->n_values = fk_matrix_row_count (source->matrix, column->municipality);
        }
      else if (column->kind == FK_HEATMAP_COLUMN_MEAN)
        {
          /* The mean of the municipalities' means: each weighs the same. */
          set_value (source, cell, source->mean_of_row_means, FALSE);
          cell->n_values = source->n_row_means;
        }
      break;
    }

  if (cell->kind == FK_HEATMAP_CELL_NOT_ASSESSED || cell->kind == FK_HEATMAP_CELL_NOT_APPLICABLE
      || cell->kind == FK_HEATMAP_CELL_NEWLY_ASSESSED || cell->kind == FK_HEATMAP_CELL_NO_LONGER_ASSESSED)
    {
      /* The marks: white under their outline, hatch, dot or ring, no number. */
      cell->text = NULL;
      cell->rgb[0] = cell->rgb[1] = cell->rgb[2] = 1;
      cell->text_rgb[0] = cell->text_rgb[1] = cell->text_rgb[2] = 0;
    }
  if (cell->text == NULL)
    cell->text = (char *) "";
}
