/* fk-candidates-chart-layout.c — the candidates figure as a display list, without GTK
 *
 * Where every text, bar and rule of the figure goes (fk-candidates-chart.h).
 * Texts are measured wrapped at their width with the pango context the
 * drawing uses too (fk-candidates-chart-private.h), so a row is as tall
 * as its longest block and nothing runs over the next.
 */
#define G_LOG_DOMAIN "fk-candidates-chart"
#include "config.h"
#include "fk-candidates-chart.h"
#include "fk-candidates-chart-private.h"
#include "fk-heatmap-private.h"
#include "fk-model.h"
#include "fk-region.h"
#include "fk-names.h"

#include "fk-i18n.h"
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#define BODY_SIZE     20.0    /* pixels at font_scale 1 */
#define DEFAULT_WIDTH 1600.0
/* Sizes and gaps in units of the body size. */
#define TITLE_SCALE   1.5
#define SMALL_SCALE   0.8     /* area, participants, hosts, reason, legend: 16 px */
#define MARGIN        1.5
#define ROW_PAD       0.6     /* above and below a row's content */
#define COLUMN_GAP    1.0
#define LINE_GAP      0.2     /* between two blocks of one column */
#define BAR_HEIGHT    1.1
#define MIN_WIDTH     32.0    /* the narrowest figure, in body sizes */
/* Shares of the row's width right of the rank. */
#define NAME_SHARE    0.32
#define BAR_SHARE     0.22

typedef struct {
  FkCandidatesChart *chart;
  PangoContext      *context;
  const char        *language;
  FkAnonymizer      *anon;
  double             fs, small;
  double             line_h;   /* one line of body text, bold */
} Builder;

static void
clear_text (gpointer data)
{
  g_free (((FkCandidatesText *) data)->text);
}

/* Adds @text (taken) at (@x, @y) wrapped within @w, measures its height
 * and returns it. */
static double
add_text (Builder              *b,
          FkCandidatesTextKind  kind,
          int                   row,
          double                x,
          double                y,
          double                w,
          char                 *text,
          double                font_size,
          gboolean              bold)
{
  FkCandidatesText t = { 0 };
  g_autoptr(PangoLayout) layout = NULL;
  int pw, ph;

  t.x = x;
  t.y = y;
  t.w = MAX (w, font_size);
  t.text = text;
  t.font_size = font_size;
  t.bold = bold;
  t.kind = kind;
  t.row = row;
  layout = fk_candidates_chart_shape (b->context, &t);
  pango_layout_get_pixel_size (layout, &pw, &ph);
  t.h = ph;
  g_array_append_val (b->chart->texts, t);
  return t.h;
}

static FkCandidatesText *
last_text (Builder *b)
{
  return &g_array_index (b->chart->texts, FkCandidatesText, b->chart->texts->len - 1);
}

/* Marks the first @name at or after byte @from of the last text bold
 * (the highlighted municipality). */
static void
embolden (Builder    *b,
          const char *name,
          gsize       from)
{
  FkCandidatesText *t = last_text (b);
  const char *found;

  if (name == NULL || *name == '\0' || from > strlen (t->text))
    return;
  found = strstr (t->text + from, name);
  if (found != NULL)
    {
      t->bold_start = found - t->text;
      t->bold_end = t->bold_start + strlen (name);
    }
}

/* The highlighted municipality's name, or NULL. (transfer full) */
static char *
highlighted_name (Builder *b)
{
  const char *code = b->anon != NULL ? fk_anonymizer_get_highlight (b->anon) : NULL;

  return code != NULL ? fk_anonymizer_get_display_name (b->anon, code) : NULL;
}

/* One candidate's row from @y; returns its height. */
static double
add_row (Builder           *b,
         guint              index,
         const FkCandidate *cand,
         double             y,
         const double       col[5],
         double             score_w,
         double             right)
{
  FkCandidatesChart *chart = b->chart;
  FkRoundSnapshot *snapshot = fk_candidates_get_snapshot (chart->candidates);
  FkModel *model = fk_round_snapshot_get_model (snapshot);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, cand->col);
  const FkArea *area = fk_model_lookup_area (model, cap->area);
  g_autofree char *highlight = highlighted_name (b);
  g_autofree char *listed_highlight = highlight != NULL ? fk_names_keep_whole (highlight) : NULL;
  FkCandidatesRow row = { y, 0, index + 1, cand };
  FkCandidatesBar bar = { 0 };
  double fs = b->fs, small = b->small, top = y + fs * ROW_PAD;
  double name_h, people_h, block_h, line_h = b->line_h;
  gsize list_at;
  char *text;

  /* The rank, right-aligned in its column. */
  add_text (b, FK_CANDIDATES_TEXT_RANK, index, col[0], top, col[1] - col[0] - fs * 0.5,
            g_strdup_printf ("%u", index + 1), fs, TRUE);
  last_text (b)->align_right = TRUE;

  /* The capability, its area under it. */
  name_h = add_text (b, FK_CANDIDATES_TEXT_NAME, index, col[1], top, col[2] - col[1] - fs * COLUMN_GAP,
                     g_strdup (fk_text_get (&cap->name, b->language)), fs, TRUE);
  if (area != NULL)
    name_h += fs * LINE_GAP
              + add_text (b, FK_CANDIDATES_TEXT_AREA, index, col[1], top + name_h + fs * LINE_GAP,
                          col[2] - col[1] - fs * COLUMN_GAP,
                          g_strdup (fk_text_get (&area->name, b->language)), small, FALSE);

  /* The bar on the first line, the score beside it. */
  bar.x = col[2];
  bar.w = col[3] - col[2] - fs * 0.5;
  bar.h = fs * BAR_HEIGHT;
  bar.y = top + (line_h - bar.h) / 2;
  bar.score = cand->score;
  bar.uncertain = cand->uncertain;
  bar.row = index;
  g_array_append_val (chart->bars, bar);
  add_text (b, FK_CANDIDATES_TEXT_SCORE, index, col[3], top, score_w,
            fk_text_format_number (cand->score, FALSE, FALSE, b->language), fs, TRUE);
  last_text (b)->align_right = TRUE;

  /* Who would take part, who could host, who gains most; nothing to name
   * when nobody assessed it (the reason says so). */
  people_h = 0;
  if (cand->n_assessed > 0)
    {
      g_autofree char *gain = fk_candidates_get_gain (chart->candidates, cand, b->anon);

      text = fk_candidates_get_people (chart->candidates, cand, FK_CANDIDATE_PARTICIPANTS, b->anon,
                                       FK_NAMES_KEEP_WHOLE, &list_at);
      people_h = add_text (b, FK_CANDIDATES_TEXT_PARTICIPANTS, index, col[4], top, right - col[4], text, small, FALSE);
      embolden (b, listed_highlight, list_at);
      text = fk_candidates_get_people (chart->candidates, cand, FK_CANDIDATE_HOSTS, b->anon,
                                       FK_NAMES_KEEP_WHOLE, &list_at);
      people_h += fs * LINE_GAP
                  + add_text (b, FK_CANDIDATES_TEXT_HOSTS, index, col[4], top + people_h + fs * LINE_GAP,
                              right - col[4], text, small, FALSE);
      embolden (b, listed_highlight, list_at);
      if (gain != NULL)
        people_h += fs * LINE_GAP
                    + add_text (b, FK_CANDIDATES_TEXT_GAIN, index, col[4], top + people_h + fs * LINE_GAP,
                                right - col[4], g_steal_pointer (&gain), small, FALSE);
    }

  /* The reason, the row's whole width right of the rank. */
  block_h = MAX (MAX (name_h, people_h), line_h);
  text = fk_candidates_get_reason (chart->candidates, cand, b->anon);
  block_h += fs * 0.5
             + add_text (b, FK_CANDIDATES_TEXT_REASON, index, col[1], top + block_h + fs * 0.5,
                         right - col[1], text, small, FALSE);
  embolden (b, highlight, 0);

  row.h = ceil (block_h + 2 * fs * ROW_PAD);
  g_array_append_val (chart->rows, row);
  return row.h;
}

/* The legend: what a bar and a hatched bar are, each on its line. */
static double
add_legend (Builder *b,
            double   x,
            double   y,
            double   right)
{
  static const gboolean uncertain[] = { FALSE, TRUE };
  double fs = b->fs, top = y;

  for (guint i = 0; i < G_N_ELEMENTS (uncertain); i++)
    {
      FkCandidatesBar swatch = { x, 0, fs * 4, fs * 0.9, 70, uncertain[i], -1 };
      const char *words = uncertain[i]
        /* Translators: the legend of a hatched bar in the candidates figure */
        ? _("Hatched bar: uncertain, fewer than half the municipalities have assessed the capability.")
        /* Translators: the legend of a bar in the candidates figure */
        : _("Bar and number: the collaboration potential, 0–100; the higher, the more reason to build the capability together.");
      double h;

      h = add_text (b, FK_CANDIDATES_TEXT_LEGEND, -1, x + swatch.w + fs * 0.6, y,
                    right - x - swatch.w - fs * 0.6, g_strdup (words), b->small, FALSE);
      swatch.y = y + (MIN (h, ceil (b->small * 1.3)) - swatch.h) / 2;
      g_array_append_val (b->chart->bars, swatch);
      y += MAX (h, swatch.h) + fs * 0.3;
    }
  return y - top;
}

static char *
chart_title (FkRoundSnapshot *snapshot)
{
  const char *round = fk_round_snapshot_get_round_name (snapshot);

  if (round == NULL || *round == '\0')
    return g_strdup (_("Collaboration candidates"));
  /* Translators: the title of the candidates figure; %s is the round,
   * e.g. "Collaboration candidates — Round 2021" */
  return g_strdup_printf (_("Collaboration candidates — %s"), round);
}

FkCandidatesChart *
fk_candidates_chart_new (FkCandidates                   *candidates,
                         const FkCandidatesChartOptions *options)
{
  FkCandidatesChartOptions defaults;
  g_autoptr(FkCandidatesChart) chart = g_new0 (FkCandidatesChart, 1);
  PangoContext *context;
  Builder b;
  guint n, shown;
  double scale, margin, right, y, rank_w, score_w, rest, col[5];

  g_return_val_if_fail (candidates != NULL, NULL);

  if (options == NULL)
    {
      fk_candidates_chart_options_init (&defaults);
      options = &defaults;
    }
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  fk_candidates_chart_prepare_context (context);

  scale = options->font_scale > 0 ? options->font_scale : 1.0;
  b.chart = chart;
  b.context = context;
  b.language = options->language != NULL ? options->language : "sv";
  b.anon = options->anonymizer;
  b.fs = BODY_SIZE * scale;
  b.small = MAX (b.fs * SMALL_SCALE, FK_CANDIDATES_CHART_MIN_FONT_SIZE * scale);

  chart->candidates = fk_candidates_ref (candidates);
  chart->palette = options->palette;
  chart->font_size = b.fs;
  chart->width = MAX (options->width > 0 ? options->width : DEFAULT_WIDTH, b.fs * MIN_WIDTH);
  chart->rows = g_array_new (FALSE, TRUE, sizeof (FkCandidatesRow));
  chart->texts = g_array_new (FALSE, TRUE, sizeof (FkCandidatesText));
  g_array_set_clear_func (chart->texts, clear_text);
  chart->bars = g_array_new (FALSE, TRUE, sizeof (FkCandidatesBar));

  margin = b.fs * MARGIN;
  right = chart->width - margin;
  y = margin;

  /* A round without a single level ranks nothing: said, not drawn as a
   * list of zeros. */
  n = fk_candidates_has_levels (candidates) ? fk_candidates_get_n (candidates) : 0;
  shown = options->limit > 0 ? MIN (options->limit, n) : n;

  /* The title and how many of how many are shown. */
  y += add_text (&b, FK_CANDIDATES_TEXT_TITLE, -1, margin, y, right - margin,
                 chart_title (fk_candidates_get_snapshot (candidates)), b.fs * TITLE_SCALE, TRUE);
  y += b.fs * LINE_GAP;
  y += add_text (&b, FK_CANDIDATES_TEXT_SUBTITLE, -1, margin, y, right - margin,
                 /* Translators: the first number is how many capabilities
                  * the figure shows, the second how many are ranked; the
                  * plural follows the second */
                 g_strdup_printf (ngettext ("%u of %u capability, ranked by collaboration potential, best first",
                                            "%u of %u capabilities, ranked by collaboration potential, best first", n),
                                  shown, n),
                 b.fs, FALSE);
  y += b.fs * 0.8;

  /* The columns: rank, name, bar, score, participants and hosts. */
  rank_w = b.fs * 2.4;
  {
    g_autoptr(PangoLayout) widest = fk_heatmap_text_layout (context, "100,0", b.fs, TRUE);
    int w, h;

    pango_layout_get_pixel_size (widest, &w, &h);
    score_w = w + 2;
    b.line_h = h;
  }
  rest = right - margin - rank_w;
  col[0] = margin;
  col[1] = col[0] + rank_w;
  col[2] = col[1] + rest * NAME_SHARE;
  col[3] = col[2] + rest * BAR_SHARE;
  col[4] = col[3] + score_w + b.fs * COLUMN_GAP;

  if (shown == 0)
    {
      y += add_text (&b, FK_CANDIDATES_TEXT_EMPTY, -1, margin, y, right - margin,
                     g_strdup (_("No capability is a candidate in this round: none has been assessed, "
                                 "or the region is already strong and even at all of them.")),
                     b.fs, FALSE);
      y += b.fs;
    }
  for (guint i = 0; i < shown; i++)
    y += add_row (&b, i, fk_candidates_get (candidates, i), y, col, score_w, right);

  y += b.fs * 0.8;
  y += add_legend (&b, margin, y, right);
  chart->height = ceil (y + margin);
  g_object_unref (context);
  return g_steal_pointer (&chart);
}
