/* test-window-sizes.c — the window shrinks and grows freely, every page
 * changes its layout with it, and its text is readable
 *
 * A window shown at 1920 px can be made 360 px wide (the minimum width of
 * its content is at most that, whatever layout the pages are in), each page
 * fits there in its narrow layout, and goes back to its wide layout when
 * the window is widened again. The narrow profile is one scrolling page
 * whose tables have all the height they need.
 *
 * Body and dimmed text (captions, subtitles, table headers, the profile's
 * notes) reach a contrast of 4.5:1 against what is behind them (WCAG AA),
 * in the light and the dark style: each label is given a text of two full
 * blocks with an em space between them, the window is rendered, and the
 * colour of a block is compared with the colour of the gap, so that the
 * style sheet's colours and opacities are measured as they are drawn. The
 * profile's tables are at least 15 px, readable when projected; the
 * overview's table header is no smaller than body text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "fk-compare-page.h"
#include "fk-overview-page.h"
#include "fk-profile-view.h"
#include "fk-scoring-view.h"
#include "fk-split-box.h"
#include "fk-test-util.h"
#include "fk-window.h"
#include "shell-test-util.h"

static char *tmpdir;

static void
resize (FkWindow *window,
        int       width,
        int       height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  /* The first frame takes the new size, the next ones lay it out. */
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

static int
min_width (GtkWidget *widget)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static GtkWidget *
show_page (FkWindow   *window,
           const char *name,
           GType       type)
{
  GtkWidget *page = shell_test_find_descendant (GTK_WIDGET (window), type);

  g_assert_nonnull (page);
  fk_window_set_visible_page (window, name);
  for (int i = 0; i < 2; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (page));
  return page;
}

/* Whether the page's layout is the wide one. */
static gboolean
overview_is_wide (GtkWidget *page)
{
  GtkWidget *columns = shell_test_template_child (page, FK_TYPE_OVERVIEW_PAGE, "columns");

  return fk_split_box_get_wide (FK_SPLIT_BOX (columns));
}

static gboolean
profile_is_wide (GtkWidget *page)
{
  GtkWidget *split = shell_test_template_child (page, FK_TYPE_PROFILE_VIEW, "chart_and_tables");

  return fk_split_box_get_wide (FK_SPLIT_BOX (split));
}

/* The page fits its width: nothing in it needs more than it has. */
static void
assert_fits (GtkWidget *page)
{
  GtkWidget *child = gtk_widget_get_first_child (page);

  g_assert_nonnull (child);
  g_assert_cmpint (min_width (child), <=, gtk_widget_get_width (page));
}

static void
test_window_resizes (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "sizes.fkarta", "Sizes", NULL);
  FkWindow *window;
  GtkWidget *content, *overview, *scoring, *profile, *compare;
  GtkWidget *tables, *page_scroller;
  int tables_min, tables_nat;

  /* Every capability scored: the profile shows its chart and tables. */
  fk_test_study_fill (study, fk_study_get_latest_round (study)->id);
  window = fk_window_new (NULL, study);
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Wide: every page in its wide layout. */
  overview = show_page (window, "overview", FK_TYPE_OVERVIEW_PAGE);
  g_assert_true (overview_is_wide (overview));
  scoring = show_page (window, "scoring", FK_TYPE_SCORING_VIEW);
  compare = show_page (window, "compare", FK_TYPE_COMPARE_PAGE);
  g_assert_cmpint (gtk_widget_get_width (compare), >=, 1800);
  profile = show_page (window, "profile", FK_TYPE_PROFILE_VIEW);
  g_assert_true (profile_is_wide (profile));
  g_assert_cmpint (gtk_widget_get_width (profile), >=, 1800);

  /* Shown wide, the window can still be made as narrow as a phone. */
  g_assert_cmpint (min_width (content), <=, 360);

  resize (window, 360, 720);
  g_assert_cmpint (gtk_widget_get_width (profile), <=, 360);
  g_assert_false (profile_is_wide (profile));
  assert_fits (profile);
  /* One scrolling page: the tables are as tall as they need to be. */
  tables = shell_test_template_child (profile, FK_TYPE_PROFILE_VIEW, "tables_scroller");
  page_scroller = shell_test_template_child (profile, FK_TYPE_PROFILE_VIEW, "page_scroller");
  gtk_widget_measure (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (tables)), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (tables), &tables_min, &tables_nat, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (tables), >=, tables_nat);
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page_scroller))),
                     >, gtk_widget_get_height (page_scroller));

  /* The heatmap scrolls inside the page. */
  show_page (window, "compare", FK_TYPE_COMPARE_PAGE);
  g_assert_cmpint (gtk_widget_get_width (compare), <=, 360);
  assert_fits (compare);

  show_page (window, "scoring", FK_TYPE_SCORING_VIEW);
  g_assert_cmpint (gtk_widget_get_width (scoring), <=, 360);
  g_assert_cmpint (min_width (scoring), <=, gtk_widget_get_width (scoring));

  show_page (window, "overview", FK_TYPE_OVERVIEW_PAGE);
  g_assert_cmpint (gtk_widget_get_width (overview), <=, 360);
  g_assert_false (overview_is_wide (overview));
  assert_fits (overview);
  g_assert_cmpint (min_width (content), <=, 360);

  /* And back. */
  resize (window, 1920, 1080);
  g_assert_true (overview_is_wide (overview));
  show_page (window, "profile", FK_TYPE_PROFILE_VIEW);
  g_assert_true (profile_is_wide (profile));
  g_assert_cmpint (min_width (content), <=, 360);

  shell_test_destroy_window (window);
}

#define PROBE "\u2588\u2003\u2588"   /* block, em space, block */
#define MIN_CONTRAST 4.5

static gboolean
has_class (GtkWidget     *widget,
           gconstpointer  css_class)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class);
}

/* The first label under @widget with @css_class; fails if there is none. */
static GtkWidget *
find_label_with_class (GtkWidget  *widget,
                       const char *css_class)
{
  GtkWidget *label = shell_test_find_matching (widget, has_class, css_class);

  g_assert_nonnull (label);
  return label;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  GtkLabel *label = shell_test_find_label (widget, text);

  g_assert_nonnull (label);
  return GTK_WIDGET (label);
}

/* The label's font size in pixels. */
static double
font_px (GtkWidget *label)
{
  PangoContext *context = gtk_widget_get_pango_context (label);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;

  if (pango_font_description_get_size_is_absolute (font))
    return size;
  return size * pango_cairo_context_get_resolution (context) / 72.0;
}

typedef struct {
  GdkTexture *texture;
  guchar     *pixels;
  gsize       stride;
} Render;

static void
render (GtkWidget *window,
        Render    *r)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width, height;

  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (window);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  r->texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                            &GRAPHENE_RECT_INIT (0, 0, width, height));
  r->stride = 4 * (gsize) width;
  r->pixels = g_malloc (r->stride * height);
  gdk_texture_download (r->texture, r->pixels, r->stride);
}

static void
render_clear (Render *r)
{
  g_clear_object (&r->texture);
  g_clear_pointer (&r->pixels, g_free);
}

/* WCAG relative luminance of the pixel at (@x, @y). */
static double
luminance (Render *r,
           int     x,
           int     y)
{
  /* GDK_MEMORY_DEFAULT: B, G, R, A in memory order, premultiplied; the
   * window is opaque. */
  const guchar *p = r->pixels + y * r->stride + 4 * x;
  const double rgb[3] = { p[2] / 255.0, p[1] / 255.0, p[0] / 255.0 };
  const double weight[3] = { 0.2126, 0.7152, 0.0722 };
  double l = 0;

  g_assert_cmpint (p[3], ==, 255);
  for (int i = 0; i < 3; i++)
    {
      double c = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
      l += weight[i] * c;
    }
  return l;
}

/* The contrast of @label's text with what is behind it: the middle of its
 * first block against the middle of the gap. */
static double
label_contrast (Render    *r,
                GtkWidget *window,
                GtkWidget *label)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  PangoRectangle block, gap;
  graphene_point_t text, back;
  int x, y;
  double l1, l2;

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, PROBE);
  g_assert_true (gtk_widget_get_mapped (label));
  gtk_label_get_layout_offsets (GTK_LABEL (label), &x, &y);
  pango_layout_index_to_pos (layout, 0, &block);
  pango_layout_index_to_pos (layout, strlen ("\u2588"), &gap);
  g_assert_true (gtk_widget_compute_point (label, window,
                                           &GRAPHENE_POINT_INIT (x + pango_units_to_double (block.x + block.width / 2),
                                                                 y + pango_units_to_double (block.y + block.height / 2)),
                                           &text));
  g_assert_true (gtk_widget_compute_point (label, window,
                                           &GRAPHENE_POINT_INIT (x + pango_units_to_double (gap.x + gap.width / 2),
                                                                 y + pango_units_to_double (gap.y + gap.height / 2)),
                                           &back));
  l1 = luminance (r, (int) text.x, (int) text.y);
  l2 = luminance (r, (int) back.x, (int) back.y);
  return (MAX (l1, l2) + 0.05) / (MIN (l1, l2) + 0.05);
}

static void
check_contrast (FkWindow   *window,
                GtkWidget  *page,
                const char *page_name,
                GPtrArray  *labels,
                const char *style)
{
  Render r = { 0 };

  fk_window_set_visible_page (window, page_name);
  render (GTK_WIDGET (window), &r);
  for (guint i = 0; i < labels->len; i++)
    {
      double contrast = label_contrast (&r, GTK_WIDGET (window), labels->pdata[i]);
      const char *what = g_object_get_data (labels->pdata[i], "probe");

      g_test_message ("%s, %s: %s %.2f:1", page_name, style, what, contrast);
      if (contrast < MIN_CONTRAST)
        g_error ("%s (%s style, %s page) has a contrast of %.2f:1, less than %.1f:1",
                 what, style, page_name, contrast, MIN_CONTRAST);
    }
  render_clear (&r);
}

static void
probe (GPtrArray  *labels,
       GtkWidget  *label,
       const char *what)
{
  g_object_set_data (G_OBJECT (label), "probe", (gpointer) what);
  gtk_label_set_text (GTK_LABEL (label), PROBE);
  g_ptr_array_add (labels, label);
}

static void
test_readability (void)
{
  g_autoptr(FkStudy) study = shell_test_create_study (tmpdir, "readable.fkarta", "Readable", NULL);
  g_autoptr(GPtrArray) overview_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) profile_labels = g_ptr_array_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  FkWindow *window;
  GtkWidget *overview, *profile, *areas, *strengths, *header, *body, *cell;
  double body_px;

  /* Every capability scored: the profile shows its chart and tables. */
  fk_test_study_fill (study, fk_study_get_latest_round (study)->id);
  window = fk_window_new (NULL, study);
  overview = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_OVERVIEW_PAGE);
  profile = shell_test_find_descendant (GTK_WIDGET (window), FK_TYPE_PROFILE_VIEW);

  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  fk_window_set_visible_page (window, "profile");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  fk_window_set_visible_page (window, "overview");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Sizes: the table header of the overview is body text, the profile's
   * tables are larger than that, and at least 15 px. */
  body = shell_test_template_child (overview, FK_TYPE_OVERVIEW_PAGE, "model_label");
  body_px = font_px (body);
  header = find_label (overview, "Population");
  g_assert_cmpfloat (font_px (header), >=, body_px);
  strengths = shell_test_template_child (profile, FK_TYPE_PROFILE_VIEW, "strengths_grid");
  cell = gtk_grid_get_child_at (GTK_GRID (strengths), 1, 1);   /* a level */
  g_assert_nonnull (cell);
  g_assert_cmpfloat (font_px (cell), >=, 15);
  g_assert_cmpfloat (font_px (cell), >, body_px);
  g_assert_cmpfloat (font_px (find_label (strengths, "Difference")), >=, 15);
  g_assert_cmpfloat (font_px (find_label_with_class (strengths, "dim-label")), >=, 15);

  /* Contrast: body text, and every kind of dimmed text the pages show. */
  probe (overview_labels, body, "body text");
  probe (overview_labels, header, "the table header");
  probe (overview_labels, shell_test_template_child (overview, FK_TYPE_OVERVIEW_PAGE, "progress_label"),
         "the progress line (dim-label)");
  areas = shell_test_template_child (overview, FK_TYPE_OVERVIEW_PAGE, "area_list");
  probe (overview_labels, find_label_with_class (areas, "subtitle"), "an area's description (row subtitle)");
  probe (overview_labels, find_label_with_class (areas, "dim-label"), "an area's count (dim-label in a list)");
  probe (profile_labels, shell_test_template_child (profile, FK_TYPE_PROFILE_VIEW, "count_label"),
         "the profile's count (dim-label)");
  probe (profile_labels, find_label_with_class (strengths, "dim-label"), "a capability's area in the table");
  probe (profile_labels, find_label (profile, "Difference"), "a table header");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  check_contrast (window, overview, "overview", overview_labels, "light");
  check_contrast (window, profile, "profile", profile_labels, "light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  check_contrast (window, overview, "overview", overview_labels, "dark");
  check_contrast (window, profile, "profile", profile_labels, "dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  shell_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/window-sizes/resize", test_window_resizes);
  g_test_add_func ("/ui/window-sizes/readability", test_readability);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return ret;
}
