/* fk-candidate-bar.c — a candidate's potential as a bar, on screen
 *
 * Draws through cairo (gtk_snapshot_append_cairo) with the same function
 * as the exported figure, so screen and file never disagree.
 */
#define G_LOG_DOMAIN "fk-candidate-bar"
#include "config.h"
#include "fk-candidate-bar.h"
#include "fk-candidates-chart.h"

#include <math.h>

#define BAR_WIDTH  240
#define BAR_HEIGHT 14

struct _FkCandidateBar
{
  GtkWidget  parent_instance;

  double     score;
  gboolean   uncertain;
  FkPalette  palette;
  gboolean   dark;
};

G_DEFINE_FINAL_TYPE (FkCandidateBar, fk_candidate_bar, GTK_TYPE_WIDGET)

/* The bar's text size over the window's: the Candidates page's text
 * zoom (fk-candidates-page-zoom.c) scales the bar with the text. */
static double
text_scale (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  const PangoFontDescription *own = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  const PangoFontDescription *usual = root != NULL
    ? pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (root))) : NULL;

  if (own == NULL || usual == NULL || pango_font_description_get_size (usual) <= 0 ||
      pango_font_description_get_size_is_absolute (own) != pango_font_description_get_size_is_absolute (usual))
    return 1.0;
  return MAX (1.0, (double) pango_font_description_get_size (own) / pango_font_description_get_size (usual));
}

static void
fk_candidate_bar_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  double scale = text_scale (widget);

  /* Narrow pages may squeeze it to half its usual width; it never sets
   * the width, zoomed or not. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = BAR_WIDTH / 2;
      *natural = (int) round (BAR_WIDTH * scale);
    }
  else
    *minimum = *natural = (int) round (BAR_HEIGHT * scale);
}

static void
fk_candidate_bar_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  FkCandidateBar *self = FK_CANDIDATE_BAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  fk_candidates_draw_bar (cr, 0, 0, width, height, self->score, self->uncertain,
                          self->palette, self->dark);
  cairo_destroy (cr);
}

static void
fk_candidate_bar_class_init (FkCandidateBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = fk_candidate_bar_measure;
  widget_class->snapshot = fk_candidate_bar_snapshot;
  gtk_widget_class_set_css_name (widget_class, "fkcandidatebar");
  /* The row's label and accessible label carry the number. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
fk_candidate_bar_init (FkCandidateBar *self)
{
  self->palette = FK_PALETTE_DEFAULT;
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
fk_candidate_bar_new (void)
{
  return g_object_new (FK_TYPE_CANDIDATE_BAR, NULL);
}

void
fk_candidate_bar_set_score (FkCandidateBar *self,
                            double          score,
                            gboolean        uncertain)
{
  g_return_if_fail (FK_IS_CANDIDATE_BAR (self));

  self->score = score;
  self->uncertain = uncertain;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
fk_candidate_bar_set_palette (FkCandidateBar *self,
                              FkPalette       palette,
                              gboolean        dark)
{
  g_return_if_fail (FK_IS_CANDIDATE_BAR (self));

  if (self->palette == palette && self->dark == dark)
    return;
  self->palette = palette;
  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
