/* test-candidates-chart.c — the candidates drawn with cairo: the bar of a
 * potential, the figure's display list (rank order, limit, names and
 * anonymised names, wrapping, text sizes) and its files */
#include "config.h"
#include "fk-candidates-chart.h"
#include "fk-candidates-chart-private.h"
#include "fk-heatmap-private.h"
#include "fk-test-util.h"
#include "fk-core.h"

#include <glib/gstdio.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#define BAR_W 200
#define BAR_H 20

/* The pixel at (@x, @y) of a surface drawn white and then with a bar. */
static void
pixel_rgb (cairo_surface_t *surface,
           int              x,
           int              y,
           double           rgb[3])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 p = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);

  rgb[0] = ((p >> 16) & 0xff) / 255.0;
  rgb[1] = ((p >> 8) & 0xff) / 255.0;
  rgb[2] = (p & 0xff) / 255.0;
}

static cairo_surface_t *
draw_bar (double   score,
          gboolean uncertain)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, BAR_W, BAR_H);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  fk_candidates_draw_bar (cr, 0, 0, BAR_W, BAR_H, score, uncertain, FK_PALETTE_VIRIDIS, FALSE);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
rgb_near (const double a[3],
          const double b[3])
{
  return fabs (a[0] - b[0]) < 0.02 && fabs (a[1] - b[1]) < 0.02 && fabs (a[2] - b[2]) < 0.02;
}

/* A potential of 50 fills half the track in the current-level colour;
 * the rest is the faint track, not white and not the bar colour. */
static void
test_bar_fills_in_proportion (void)
{
  cairo_surface_t *surface = draw_bar (50, FALSE);
  double series[3], inside[3], outside[3], white[3] = { 1, 1, 1 };

  fk_palette_get_series_rgb (FK_PALETTE_VIRIDIS, FK_PALETTE_SERIES_CURRENT, FALSE, series);
  pixel_rgb (surface, BAR_W / 4, BAR_H / 2, inside);
  pixel_rgb (surface, 3 * BAR_W / 4, BAR_H / 2, outside);
  g_assert_true (rgb_near (inside, series));
  g_assert_false (rgb_near (outside, series));
  g_assert_false (rgb_near (outside, white));
  /* Just either side of the end of the fill. */
  pixel_rgb (surface, BAR_W / 2 - 2, BAR_H / 2, inside);
  pixel_rgb (surface, BAR_W / 2 + 2, BAR_H / 2, outside);
  g_assert_true (rgb_near (inside, series));
  g_assert_false (rgb_near (outside, series));
  cairo_surface_destroy (surface);

  /* Out of range is clamped: 150 fills the whole track, −5 none of it. */
  surface = draw_bar (150, FALSE);
  pixel_rgb (surface, BAR_W - 2, BAR_H / 2, inside);
  g_assert_true (rgb_near (inside, series));
  cairo_surface_destroy (surface);
  surface = draw_bar (-5, FALSE);
  pixel_rgb (surface, 2, BAR_H / 2, inside);
  g_assert_false (rgb_near (inside, series));
  cairo_surface_destroy (surface);
}

/* An uncertain bar is not a solid fill: along its middle row some
 * pixels are near the full colour (the hatch, antialiased) and more are
 * near the lighter fill between the lines. */
static void
test_bar_uncertain_is_hatched (void)
{
  cairo_surface_t *surface = draw_bar (80, TRUE);
  double series[3], px[3];
  double dark_sum, light_sum, middle;
  guint dark = 0, light = 0;

  fk_palette_get_series_rgb (FK_PALETTE_VIRIDIS, FK_PALETTE_SERIES_CURRENT, FALSE, series);
  dark_sum = series[0] + series[1] + series[2];
  light_sum = 0.35 * dark_sum + 0.65 * 3;
  middle = (dark_sum + light_sum) / 2;
  for (int x = 4; x < BAR_W * 0.8 - 4; x++)
    {
      pixel_rgb (surface, x, BAR_H / 2, px);
      if (px[0] + px[1] + px[2] < middle)
        dark++;
      else
        light++;
    }
  g_assert_cmpuint (dark, >, 5);
  g_assert_cmpuint (light, >, dark);
  cairo_surface_destroy (surface);

  /* The same score, certain: every pixel of that row is the full colour. */
  surface = draw_bar (80, FALSE);
  for (int x = 4; x < BAR_W * 0.8 - 4; x++)
    {
      pixel_rgb (surface, x, BAR_H / 2, px);
      g_assert_cmpfloat (px[0] + px[1] + px[2], <, middle);
    }
  cairo_surface_destroy (surface);
}


/* ---- the figure ---------------------------------------------------------- */

#define ROUND_ID 1
#define N_SCARCE 3   /* municipalities that assessed the last capability */

/* The default model and region. Capability c, municipality r: level
 * (r + 2c) mod 6, target one higher, sustain alone only at level 4 and
 * above, a key person every third, interest by (r + c) mod 3; so the
 * capabilities differ in every term. The last capability is assessed by
 * N_SCARCE municipalities only: uncertain, ranked last. */
static FkRoundSnapshot *
make_snapshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  guint n_caps;

  g_assert_no_error (error);
  region = fk_region_new_default (&error);
  g_assert_no_error (error);
  n_caps = model->capabilities->len;
  for (guint c = 0; c < n_caps; c++)
    for (guint r = 0; r < region->municipalities->len; r++)
      {
        const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        FkScore *s;
        int level = (r + 2 * c) % 6;

        if (c == n_caps - 1 && r >= N_SCARCE)
          continue;
        s = fk_score_new (ROUND_ID, m->code, cap->key);
        s->current = level;
        s->target = MIN (level + 1, FK_LEVEL_MAX);
        s->sustain = level >= 4 ? FK_SUSTAIN_YES : level >= 2 ? FK_SUSTAIN_DIFFICULT : FK_SUSTAIN_NO;
        s->key_person = (r + c) % 3 == 0 ? FK_KEY_PERSON_YES : FK_KEY_PERSON_NO;
        s->interest = (FkInterest) ((r + c) % 3 == 2 ? FK_INTEREST_NO : (r + c) % 3 == 1 ? FK_INTEREST_MAYBE : FK_INTEREST_YES);
        g_ptr_array_add (scores, s);
      }
  return fk_round_snapshot_new (model, region, ROUND_ID, "Omgång 2021", "test", g_steal_pointer (&scores));
}

static FkCandidates *
make_candidates (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = make_snapshot ();
  FkCandidateWeights weights;

  fk_candidate_weights_init (&weights);
  return fk_candidates_new (snapshot, &weights);
}

static FkCandidatesChart *
make_chart (FkCandidates *cands,
            guint         limit,
            FkAnonymizer *anon)
{
  FkCandidatesChartOptions options;

  fk_candidates_chart_options_init (&options);
  options.limit = limit;
  options.anonymizer = anon;
  return fk_candidates_chart_new (cands, &options);
}

/* The text of @kind in row @row (−1: outside the rows), or NULL. */
static const FkCandidatesText *
find_text (const FkCandidatesChart *chart,
           FkCandidatesTextKind     kind,
           int                      row)
{
  for (guint i = 0; i < chart->texts->len; i++)
    {
      const FkCandidatesText *t = &g_array_index (chart->texts, FkCandidatesText, i);

      if (t->kind == kind && t->row == row)
        return t;
    }
  return NULL;
}

/* Every row is a candidate in rank order, with its name, area, score
 * (decimal comma in Swedish), bar and reason, one below the other. */
static void
test_rows_in_rank_order (void)
{
  g_autoptr(FkCandidates) cands = make_candidates ();
  g_autoptr(FkCandidatesChart) chart = make_chart (cands, 0, NULL);
  FkModel *model = fk_round_snapshot_get_model (fk_candidates_get_snapshot (cands));
  guint n = fk_candidates_get_n (cands);
  gboolean some_uncertain = FALSE;
  double bottom = 0;

  g_assert_cmpuint (n, >, 10);
  g_assert_cmpuint (chart->rows->len, ==, n);
  g_assert_true (fk_candidates_get (cands, n - 1)->uncertain);
  g_assert_cmpstr (find_text (chart, FK_CANDIDATES_TEXT_TITLE, -1)->text, ==,
                   "Collaboration candidates — Omgång 2021");
  for (guint i = 0; i < n; i++)
    {
      const FkCandidatesRow *row = &g_array_index (chart->rows, FkCandidatesRow, i);
      const FkCandidate *cand = fk_candidates_get (cands, i);
      const FkCapability *cap = g_ptr_array_index (model->capabilities, cand->col);
      const FkCandidatesBar *bar = &g_array_index (chart->bars, FkCandidatesBar, i);
      g_autofree char *rank = g_strdup_printf ("%u", i + 1);
      g_autofree char *score = fk_text_format_number (cand->score, FALSE, FALSE, "sv");
      g_autofree char *reason = fk_candidates_get_reason (cands, cand, NULL);

      g_assert_true (row->candidate == cand);
      g_assert_cmpuint (row->rank, ==, i + 1);
      g_assert_cmpfloat (row->y, >=, bottom);
      bottom = row->y + row->h;
      g_assert_cmpstr (find_text (chart, FK_CANDIDATES_TEXT_RANK, i)->text, ==, rank);
      g_assert_cmpstr (find_text (chart, FK_CANDIDATES_TEXT_NAME, i)->text, ==, fk_text_get (&cap->name, "sv"));
      g_assert_cmpstr (find_text (chart, FK_CANDIDATES_TEXT_AREA, i)->text, ==,
                       fk_text_get (&fk_model_lookup_area (model, cap->area)->name, "sv"));
      g_assert_cmpstr (find_text (chart, FK_CANDIDATES_TEXT_SCORE, i)->text, ==, score);
      g_assert_cmpstr (find_text (chart, FK_CANDIDATES_TEXT_REASON, i)->text, ==, reason);
      g_assert_cmpint (bar->row, ==, (int) i);
      g_assert_cmpfloat (bar->score, ==, cand->score);
      g_assert_cmpint (bar->uncertain, ==, cand->uncertain);
      some_uncertain |= cand->uncertain;
      /* Every text of the row inside its band. */
      for (guint t = 0; t < chart->texts->len; t++)
        {
          const FkCandidatesText *text = &g_array_index (chart->texts, FkCandidatesText, t);

          if (text->row == (int) i)
            {
              g_assert_cmpfloat (text->y, >=, row->y);
              g_assert_cmpfloat (text->y + text->h, <=, row->y + row->h + 0.01);
            }
        }
    }
  g_assert_true (some_uncertain);
  /* A score with decimals shows a decimal comma. */
  g_assert_nonnull (strchr (find_text (chart, FK_CANDIDATES_TEXT_SCORE, 0)->text, ','));
  /* The legend below the rows: a solid and a hatched swatch, in words. */
  g_assert_cmpuint (chart->bars->len, ==, n + 2);
  g_assert_false (g_array_index (chart->bars, FkCandidatesBar, n).uncertain);
  g_assert_true (g_array_index (chart->bars, FkCandidatesBar, n + 1).uncertain);
  g_assert_cmpfloat (g_array_index (chart->bars, FkCandidatesBar, n).y, >=, bottom);
  g_assert_cmpfloat (chart->height, >, bottom);
}

/* At most options->limit rows, the best; 10 by default; 0 for all. */
static void
test_limit (void)
{
  g_autoptr(FkCandidates) cands = make_candidates ();
  guint n = fk_candidates_get_n (cands);
  static const guint limits[] = { 1, 3, 10, 1000, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autoptr(FkCandidatesChart) chart = make_chart (cands, limits[i], NULL);
      guint shown = limits[i] == 0 ? n : MIN (limits[i], n);
      g_autofree char *of = g_strdup_printf ("%u of %u ", shown, n);

      g_assert_cmpuint (chart->rows->len, ==, shown);
      for (guint r = 0; r < shown; r++)
        g_assert_true (g_array_index (chart->rows, FkCandidatesRow, r).candidate == fk_candidates_get (cands, r));
      g_assert_null (find_text (chart, FK_CANDIDATES_TEXT_NAME, shown));
      g_assert_true (g_str_has_prefix (find_text (chart, FK_CANDIDATES_TEXT_SUBTITLE, -1)->text, of));
    }
  {
    g_autoptr(FkCandidatesChart) chart = fk_candidates_chart_new (cands, NULL);
    g_autoptr(FkCandidatesChart) one = make_chart (cands, 1, NULL);

    g_assert_cmpuint (chart->rows->len, ==, 10);
    g_assert_cmpfloat (one->height, <, chart->height);
  }
}

/* The names as listed: spaces no-break. */
static char *
listed (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  return g_strjoinv ("\xc2\xa0", words);
}

/* Participants and hosts by name; anonymised, no real name or code in
 * any text, the letters in letter order, and the highlighted one keeps
 * its name, in bold. */
static void
test_names (void)
{
  g_autoptr(FkCandidates) cands = make_candidates ();
  FkRegion *region = fk_round_snapshot_get_region (fk_candidates_get_snapshot (cands));
  const FkCandidate *top = fk_candidates_get (cands, 0);
  const FkMunicipality *first = g_ptr_array_index (region->municipalities, top->participants[0]);
  g_autoptr(FkCandidatesChart) named = make_chart (cands, 0, NULL);
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, G_GUINT64_CONSTANT (0x5eed), NULL);
  g_autoptr(FkCandidatesChart) anonymous = make_chart (cands, 0, anon);
  g_autofree char *first_name = listed (first->name);
  g_autofree char *count = g_strdup_printf ("Participants (%u): ", top->n_participants);
  const FkCandidatesText *text;
  const char *highlight = NULL;
  guint n_bold = 0;

  g_assert_cmpuint (top->n_participants, >, 1);
  text = find_text (named, FK_CANDIDATES_TEXT_PARTICIPANTS, 0);
  g_assert_true (g_str_has_prefix (text->text, count));
  g_assert_nonnull (strstr (text->text, first_name));
  g_assert_cmpuint (text->bold_start, ==, text->bold_end);

  for (guint i = 0; i < anonymous->texts->len; i++)
    {
      text = &g_array_index (anonymous->texts, FkCandidatesText, i);
      for (guint r = 0; r < region->municipalities->len; r++)
        {
          const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);
          g_autofree char *name = listed (m->name);

          g_assert_null (strstr (text->text, m->name));
          g_assert_null (strstr (text->text, name));
          g_assert_null (strstr (text->text, m->code));
        }
      g_assert_cmpuint (text->bold_start, ==, text->bold_end);
    }
  /* The top candidate's participants in letter order. */
  text = find_text (anonymous, FK_CANDIDATES_TEXT_PARTICIPANTS, 0);
  g_assert_true (g_str_has_prefix (text->text, count));
  {
    const char *at = text->text;
    guint n_order;
    const guint *order = fk_anonymizer_get_order (anon, &n_order);

    for (guint i = 0; i < n_order; i++)
      for (guint p = 0; p < top->n_participants; p++)
        if (top->participants[p] == order[i])
          {
            const FkMunicipality *m = g_ptr_array_index (region->municipalities, order[i]);
            g_autofree char *name = fk_anonymizer_get_display_name (anon, m->code);
            g_autofree char *as_listed = listed (name);
            const char *found = strstr (at, as_listed);

            g_assert_true (g_str_has_prefix (name, "Municipality "));
            g_assert_nonnull (found);
            at = found + strlen (as_listed);
          }
  }

  /* Highlighted: the first participant of the top candidate. */
  {
    g_autoptr(FkAnonymizer) marked = fk_anonymizer_new (region, G_GUINT64_CONSTANT (0x5eed), first->code);
    g_autoptr(FkCandidatesChart) chart = make_chart (cands, 0, marked);

    highlight = first->name;
    for (guint i = 0; i < chart->texts->len; i++)
      {
        text = &g_array_index (chart->texts, FkCandidatesText, i);
        for (guint r = 0; r < region->municipalities->len; r++)
          {
            const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);

            if (m != first)
              g_assert_null (strstr (text->text, m->name));
          }
        if (text->bold_end > text->bold_start)
          {
            g_autofree char *bold = g_strndup (text->text + text->bold_start, text->bold_end - text->bold_start);
            g_autofree char *name = listed (highlight);

            g_assert_true (g_str_equal (bold, highlight) || g_str_equal (bold, name));
            n_bold++;
          }
      }
    text = find_text (chart, FK_CANDIDATES_TEXT_PARTICIPANTS, 0);
    g_assert_nonnull (strstr (text->text, first_name));
    g_assert_cmpuint (text->bold_end, >, text->bold_start);
    g_assert_cmpuint (n_bold, >=, 1);
  }
}

/* A text as drawn: its lines no wider than its box, and its height the
 * one the layout measured. */
static void
assert_fits (PangoContext           *context,
             const FkCandidatesText *text,
             double                  width)
{
  PangoLayout *layout = fk_candidates_chart_shape (context, text);
  PangoRectangle ink, logical;

  pango_layout_get_pixel_extents (layout, &ink, &logical);
  g_assert_cmpfloat (text->x, >=, 0);
  g_assert_cmpfloat (text->x + text->w, <=, width);
  g_assert_cmpint (logical.x + logical.width, <=, (int) ceil (text->w) + 1);
  g_assert_cmpfloat (fabs (logical.height - text->h), <, 1);
  g_object_unref (layout);
}

/* A capability's name longer than its column wraps onto more lines, the
 * row grows, and no text runs past the figure's width; a word longer
 * than the column is broken too. */
/* Who gains most, under the hosts, where somebody takes part; and a
 * round without a single level says so instead of ranking zeros. */
static void
test_gain_and_empty (void)
{
  g_autoptr(FkCandidates) cands = make_candidates ();
  FkCandidatesChart *chart = make_chart (cands, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_default (&error);
  g_autoptr(FkRegion) region = fk_region_new_default (&error);
  g_autoptr(FkRoundSnapshot) empty = NULL;
  g_autoptr(FkCandidates) none = NULL;
  FkCandidateWeights weights;
  guint n_gain = 0;

  for (guint i = 0; i < chart->rows->len; i++)
    {
      const FkCandidate *cand = g_array_index (chart->rows, FkCandidatesRow, i).candidate;
      const FkCandidatesText *gain = find_text (chart, FK_CANDIDATES_TEXT_GAIN, i);
      g_autofree char *expected = fk_candidates_get_gain (cands, cand, NULL);

      g_assert_cmpint (gain != NULL, ==, expected != NULL);
      if (gain != NULL)
        {
          g_assert_cmpstr (gain->text, ==, expected);
          g_assert_true (g_str_has_suffix (gain->text, "would gain most."));
          n_gain++;
        }
    }
  g_assert_cmpuint (n_gain, >, 0);
  fk_candidates_chart_free (chart);

  g_assert_no_error (error);
  empty = fk_round_snapshot_new (model, region, ROUND_ID, "Omgång 2022", "test",
                                 g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free));
  fk_candidate_weights_init (&weights);
  none = fk_candidates_new (empty, &weights);
  g_assert_false (fk_candidates_has_levels (none));
  chart = make_chart (none, 10, NULL);
  g_assert_cmpuint (chart->rows->len, ==, 0);
  g_assert_cmpuint (chart->bars->len, ==, 2);   /* the legend's two */
  g_assert_nonnull (find_text (chart, FK_CANDIDATES_TEXT_EMPTY, -1));
  g_assert_null (find_text (chart, FK_CANDIDATES_TEXT_PARTICIPANTS, 0));
  fk_candidates_chart_free (chart);
}

static void
test_long_names_wrap (void)
{
  g_autoptr(FkCandidates) cands = make_candidates ();
  FkModel *model = fk_round_snapshot_get_model (fk_candidates_get_snapshot (cands));
  FkCapability *cap = g_ptr_array_index (model->capabilities, fk_candidates_get (cands, 0)->col);
  FkCandidatesChartOptions options;
  g_autoptr(FkCandidatesChart) before = NULL;
  g_autoptr(FkCandidatesChart) chart = NULL;
  const FkCandidatesText *name;
  PangoContext *context;

  fk_candidates_chart_options_init (&options);
  options.width = 900;
  options.limit = 3;
  before = fk_candidates_chart_new (cands, &options);
  g_free (cap->name.sv);
  cap->name.sv = g_strdup ("Förmåga med ett mycket långt namn som aldrig tar slut och "
                           "Samverkansinformationssäkerhetsledningssystemsförvaltningsorganisation");
  chart = fk_candidates_chart_new (cands, &options);
  name = find_text (chart, FK_CANDIDATES_TEXT_NAME, 0);
  g_assert_cmpstr (name->text, ==, cap->name.sv);
  g_assert_cmpfloat (name->h, >, 2.5 * name->font_size);   /* three lines or more */
  g_assert_cmpfloat (g_array_index (chart->rows, FkCandidatesRow, 0).h, >,
                     g_array_index (before->rows, FkCandidatesRow, 0).h);

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  fk_candidates_chart_prepare_context (context);
  for (guint i = 0; i < chart->texts->len; i++)
    assert_fits (context, &g_array_index (chart->texts, FkCandidatesText, i), chart->width);
  g_object_unref (context);
}

/* No text below the minimum size, at the default scale and larger. */
static void
test_min_font_size (void)
{
  g_autoptr(FkCandidates) cands = make_candidates ();
  static const double scales[] = { 1.0, 1.5, 0.7 };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      FkCandidatesChartOptions options;
      g_autoptr(FkCandidatesChart) chart = NULL;

      fk_candidates_chart_options_init (&options);
      options.font_scale = scales[s];
      options.limit = 0;
      chart = fk_candidates_chart_new (cands, &options);
      g_assert_cmpuint (chart->texts->len, >, 5 * chart->rows->len);
      for (guint i = 0; i < chart->texts->len; i++)
        g_assert_cmpfloat (g_array_index (chart->texts, FkCandidatesText, i).font_size, >=,
                           FK_CANDIDATES_CHART_MIN_FONT_SIZE * scales[s]);
    }
  /* Those of the default figure: 11 pixels and more, for a projector. */
  g_assert_cmpfloat (FK_CANDIDATES_CHART_MIN_FONT_SIZE, >=, 11);
}

/* Drawn: each certain bar's fill where the layout put it. */
static void
test_draw (void)
{
  g_autoptr(FkCandidates) cands = make_candidates ();
  g_autoptr(FkCandidatesChart) chart = make_chart (cands, 5, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (chart->width),
                                                         (int) ceil (chart->height));
  cairo_t *cr = cairo_create (surface);
  double series[3], px[3];

  fk_candidates_chart_draw (chart, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  fk_palette_get_series_rgb (chart->palette, FK_PALETTE_SERIES_CURRENT, FALSE, series);
  for (guint i = 0; i < chart->rows->len; i++)
    {
      const FkCandidatesBar *bar = &g_array_index (chart->bars, FkCandidatesBar, i);

      g_assert_false (bar->uncertain);
      pixel_rgb (surface, (int) (bar->x + 3), (int) (bar->y + bar->h / 2), px);
      g_assert_true (rgb_near (px, series));
      pixel_rgb (surface, (int) (bar->x + bar->w - 2), (int) (bar->y + bar->h / 2), px);
      g_assert_false (rgb_near (px, series));
    }
  /* White around. */
  pixel_rgb (surface, 1, 1, px);
  g_assert_true (px[0] == 1 && px[1] == 1 && px[2] == 1);
  cairo_surface_destroy (surface);
}

static void
assert_file_starts (const char *path,
                    const char *magic,
                    gboolean    anywhere)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, strlen (magic));
  if (anywhere)
    g_assert_nonnull (g_strstr_len (contents, MIN (len, 512), magic));
  else
    g_assert_true (memcmp (contents, magic, strlen (magic)) == 0);
}

static void
draw_nothing (cairo_t  *cr,
              gpointer  data)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
}

/* PNG, SVG and PDF, each valid, no temporary file left; a write that
 * fails leaves nothing behind and an existing file as it was. */
static void
test_write_files (void)
{
  g_autoptr(FkCandidates) cands = make_candidates ();
  g_autoptr(FkCandidatesChart) chart = make_chart (cands, 4, NULL);
  g_autofree char *dir = fk_test_tmpdir_new ();
  static const struct { FkExportFormat format; const char *name, *magic; gboolean anywhere; } files[] = {
    { FK_EXPORT_FORMAT_PNG, "c.png", "\x89PNG\r\n\x1a\n", FALSE },
    { FK_EXPORT_FORMAT_SVG, "c.svg", "<svg", TRUE },
    { FK_EXPORT_FORMAT_PDF, "c.pdf", "%PDF", FALSE },
  };
  g_autofree char *kept = g_build_filename (dir, "c.png", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (dir, files[f].name, NULL);

      g_assert_true (fk_candidates_chart_write (chart, path, files[f].format, &error));
      g_assert_no_error (error);
      assert_file_starts (path, files[f].magic, files[f].anywhere);
      g_assert_cmpuint (fk_test_count_files (dir), ==, f + 1);
    }
  {
    FkExportFormat format;

    g_assert_true (fk_export_format_from_string ("svg", &format));
    g_assert_cmpint (format, ==, FK_EXPORT_FORMAT_SVG);
    g_assert_false (fk_export_format_from_string ("gif", &format));
    g_assert_cmpint (format, ==, FK_EXPORT_FORMAT_SVG);
  }

  /* A folder that does not exist: an error naming the file, nothing written. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = g_build_filename (dir, "no", "such", "c.pdf", NULL);

    g_assert_false (fk_candidates_chart_write (chart, path, FK_EXPORT_FORMAT_PDF, &error));
    g_assert_error (error, FK_ERROR, FK_ERROR_IO);
    g_assert_nonnull (strstr (error->message, path));
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  /* A drawing that fails (a PNG larger than cairo makes) over an existing
   * file: the file as it was, no temporary file left. */
  g_assert_true (g_file_get_contents (kept, &before, NULL, NULL));
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (fk_export_write_figure (kept, FK_EXPORT_FORMAT_PNG, 100000, 10, draw_nothing, NULL, &error));
    g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  }
  g_assert_true (g_file_get_contents (kept, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fk_test_count_files (dir), ==, G_N_ELEMENTS (files));

  /* An existing file in a folder that takes no new files (where the
   * system enforces it: not for root): untouched. */
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (g_access (dir, W_OK) != 0)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (fk_candidates_chart_write (chart, kept, FK_EXPORT_FORMAT_PNG, &error));
      g_assert_error (error, FK_ERROR, FK_ERROR_IO);
      g_clear_pointer (&after, g_free);
      g_assert_true (g_file_get_contents (kept, &after, NULL, NULL));
      g_assert_cmpstr (before, ==, after);
    }
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/candidates-chart/bar/proportion", test_bar_fills_in_proportion);
  g_test_add_func ("/candidates-chart/bar/uncertain", test_bar_uncertain_is_hatched);
  g_test_add_func ("/candidates-chart/layout/rank-order", test_rows_in_rank_order);
  g_test_add_func ("/candidates-chart/layout/limit", test_limit);
  g_test_add_func ("/candidates-chart/layout/names", test_names);
  g_test_add_func ("/candidates-chart/layout/gain-and-empty", test_gain_and_empty);
  g_test_add_func ("/candidates-chart/layout/long-names", test_long_names_wrap);
  g_test_add_func ("/candidates-chart/layout/min-font-size", test_min_font_size);
  g_test_add_func ("/candidates-chart/draw", test_draw);
  g_test_add_func ("/candidates-chart/write", test_write_files);
  return g_test_run ();
}
