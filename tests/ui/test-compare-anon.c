/* test-compare-anon.c — the Compare page anonymised (issue 10)
 *
 * With compare.anonymize on and a filled study of the 14 Fyrbodal
 * municipalities, nothing the page shows or says names one of them or
 * gives its code: every cell's screen-reader text, every tooltip, the
 * column names, the legend, the table's titles and cells, the side panel
 * and every label on screen (checked against every name and code of the
 * study's region), but for the highlighted municipality's name; who
 * answered never shows, comments only with compare.show-comments. The
 * letters survive closing and reopening the study and are the CLI's; the
 * orders by name, code and population are not offered; the key and an
 * exported PDF say what they should.
 * Set FK_TEST_OUTPUT_DIR to keep PNGs of the page. */
#include "config.h"

#include "fk-compare-page.h"
#include "fk-heatmap-view.h"
#include "fk-core.h"
#include "fk-test-util.h"
#include "shell-test-util.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

/* Who answered, and the comments: neither may show while anonymised
 * (comments only when asked to). */
#define RESPONDENT_MARK "Efternamnsson"
#define COMMENT_MARK    "Anteckning"

typedef struct {
  char      *dir;
  char      *path;
  FkStudy   *study;
  GtkWidget *window;
  GtkWidget *page;
  FkHeatmapView *heatmap;
} Fixture;

/* Every score of the round, each with a respondent, and a comment that
 * names two municipalities on every other capability. */
static void
fill_study (FkStudy *study)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkModel *model = fk_study_get_model (study);
  FkRegion *region = fk_study_get_region (study);
  gint64 round_id = fk_study_get_latest_round (study)->id;
  guint n = region->municipalities->len;

  for (guint m = 0; m < n; m++)
    for (guint c = 0; c < model->capabilities->len; c++)
      {
        const FkMunicipality *mun = g_ptr_array_index (region->municipalities, m);
        const FkMunicipality *other = g_ptr_array_index (region->municipalities, (m + 1) % n);
        const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
        FkScore *score = fk_score_new (round_id, mun->code, cap->key);

        score->current = (m * 7 + c * 3) % 6;
        score->target = MIN (5, score->current + 1 + (m + c) % 2);
        score->sustain = (FkSustain) (1 + (m + c) % 3);
        score->interest = (FkInterest) (1 + (m * c) % 3);
        score->respondent = g_strdup_printf ("Anna %u " RESPONDENT_MARK, m);
        if (c % 2 == 0)
          score->comment = g_strdup_printf (COMMENT_MARK " %u: %s talar med %s om detta.", m, mun->name, other->name);
        g_ptr_array_add (scores, score);
      }
  fk_study_set_scores (study, scores, &error);
  g_assert_no_error (error);
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("se.fyrbodal.Formagekarta");

  g_settings_reset (settings, "heatmap-anonymize");
  g_settings_reset (settings, "heatmap-order");
  g_settings_reset (settings, "heatmap-group-by-size");
  g_settings_reset (settings, "heatmap-grid");
}

static void
show_page (Fixture *f)
{
  f->window = gtk_window_new ();
  f->page = fk_compare_page_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1920, 1080);
  gtk_window_set_child (GTK_WINDOW (f->window), f->page);
  fk_compare_page_set_study (FK_COMPARE_PAGE (f->page), f->study);
  gtk_window_present (GTK_WINDOW (f->window));
  for (int i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (f->window);
  f->heatmap = fk_compare_page_get_heatmap (FK_COMPARE_PAGE (f->page));
}

static void
hide_page (Fixture *f)
{
  shell_test_destroy_window (f->window);
  f->window = f->page = NULL;
  f->heatmap = NULL;
}

static void
fixture_setup (Fixture *f,
               gboolean filled)
{
  g_autoptr(GError) error = NULL;

  reset_settings ();
  f->dir = g_dir_make_tmp ("fk-compare-anon-XXXXXX", &error);
  g_assert_no_error (error);
  f->study = shell_test_create_study (f->dir, "anon.fkarta", "Anon", NULL);
  f->path = g_strdup (fk_study_get_path (f->study));
  if (filled)
    fill_study (f->study);
}

static void
fixture_teardown (Fixture *f)
{
  if (f->window != NULL)
    hide_page (f);
  g_assert_finalize_object (f->study);
  shell_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  reset_settings ();
}

static gboolean
has_action_name (GtkWidget     *widget,
                 gconstpointer  name)
{
  return GTK_IS_ACTIONABLE (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), name) == 0;
}

/* The switch, check or button of the page (or its popover) bound to
 * compare.@action: it shows the action's state and whether it is enabled. */
static GtkWidget *
control_of (Fixture    *f,
            const char *action)
{
  g_autofree char *name = g_strconcat ("compare.", action, NULL);
  GtkWidget *control = shell_test_find_matching (f->page, has_action_name, name);

  g_assert_nonnull (control);
  return control;
}

static void
settle (Fixture *f)
{
  for (int i = 0; i < 2; i++)
    gtk_test_widget_wait_for_draw (f->window);
}

/* Frames until the flap has slid all the way in or out: the heatmap
 * beside it fits each new width as it goes. */
static void
wait_for_flap (Fixture *f,
               double   progress)
{
  AdwFlap *flap = ADW_FLAP (shell_test_template_child (f->page, FK_TYPE_COMPARE_PAGE, "flap"));

  for (guint i = 0; i < 500 && adw_flap_get_reveal_progress (flap) != progress; i++)
    gtk_test_widget_wait_for_draw (f->window);
  g_assert_cmpfloat (adw_flap_get_reveal_progress (flap), ==, progress);
  settle (f);
}

/* A boolean action to @on, by activating it (which toggles it) as its
 * switch or check would. */
static void
set_boolean (Fixture    *f,
             const char *action,
             gboolean    on)
{
  g_autofree char *name = g_strconcat ("compare.", action, NULL);
  gboolean active = FALSE;

  g_object_get (control_of (f, action), "active", &active, NULL);
  if (active != on)
    g_assert_true (gtk_widget_activate_action (f->page, name, NULL));
  g_object_get (control_of (f, action), "active", &active, NULL);
  g_assert_true (active == on);
  settle (f);
}

static void
set_string (Fixture    *f,
            const char *action,
            const char *value)
{
  g_autofree char *name = g_strconcat ("compare.", action, NULL);

  g_assert_true (gtk_widget_activate_action (f->page, name, "s", value));
  settle (f);
}

static gboolean
action_enabled (Fixture    *f,
                const char *action)
{
  return gtk_widget_get_sensitive (control_of (f, action));
}

/* ---- what may be said ----------------------------------------------------- */

typedef struct {
  FkRegion   *region;
  const char *named_code;  /* the highlighted municipality, or NULL */
  gboolean    comments;    /* comments may show (and name anyone) */
  guint       n_checked;
} Rules;

/* Fails the test if @text names a municipality or gives a code it may
 * not, or who answered, or a comment. */
static void
check_text (Rules      *rules,
            const char *what,
            const char *text)
{
  if (text == NULL)
    return;
  rules->n_checked++;
  if (strstr (text, RESPONDENT_MARK) != NULL)
    g_error ("%s names who answered: “%s”", what, text);
  if (strstr (text, COMMENT_MARK) != NULL)
    {
      if (!rules->comments)
        g_error ("%s shows a comment: “%s”", what, text);
      return;  /* a comment shown on purpose names whom it names */
    }
  for (guint i = 0; i < rules->region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (rules->region->municipalities, i);

      if (g_strcmp0 (m->code, rules->named_code) != 0 && strstr (text, m->name) != NULL)
        g_error ("%s names %s: “%s”", what, m->name, text);
      if (strstr (text, m->code) != NULL)
        g_error ("%s gives %s's code %s: “%s”", what, m->name, m->code, text);
    }
}

static void
check_labels_of (Rules                 *rules,
                 const char            *what,
                 GArray                *labels)
{
  for (guint i = 0; i < labels->len; i++)
    {
      const FkHeatmapLabel *label = &g_array_index (labels, FkHeatmapLabel, i);

      check_text (rules, what, label->text);
      check_text (rules, what, label->full_text);
    }
}

/* The layout's own words: title, names, groups, legend. */
static void
check_layout (Rules                 *rules,
              const FkHeatmapLayout *layout)
{
  g_autofree char *legend = fk_heatmap_layout_describe_legend (layout);

  check_text (rules, "the title", layout->title.text);
  check_labels_of (rules, "a column name", layout->col_labels);
  check_labels_of (rules, "a row name", layout->row_labels);
  check_labels_of (rules, "a size group", layout->group_labels);
  check_labels_of (rules, "an area", layout->area_headers);
  check_text (rules, "the legend (accessible description)", legend);
}

/* Walks the cursor over every cell: its accessible label, and the
 * tooltip and the text at the cell's centre on screen; then the tooltip
 * of every column's name. Returns how many cell tooltips showed a comment. */
static guint
check_every_cell (Rules         *rules,
                  FkHeatmapView *heatmap)
{
  const FkHeatmapLayout *layout = fk_heatmap_view_get_layout (heatmap);
  GtkAdjustment *hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (heatmap));
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (heatmap));
  guint with_comment = 0;

  g_assert_nonnull (layout);
  for (guint r = 0; r < layout->n_rows; r++)
    for (guint c = 0; c < layout->n_cols; c++)
      {
        const FkHeatmapCell *cell = &g_array_index (layout->cells, FkHeatmapCell, r * layout->n_cols + c);
        g_autofree char *spoken = NULL;
        g_autofree char *at = NULL;
        g_autofree char *tip = NULL;
        guint cr, cc;
        double x, y;

        fk_heatmap_view_get_cursor (heatmap, &cr, &cc);
        fk_heatmap_view_move_cursor (heatmap, (int) r - (int) cr, (int) c - (int) cc);
        fk_heatmap_view_get_cursor (heatmap, &cr, &cc);
        g_assert_cmpuint (cr, ==, r);
        g_assert_cmpuint (cc, ==, c);
        spoken = fk_heatmap_view_describe_cursor (heatmap);
        g_assert_nonnull (spoken);
        check_text (rules, "a cell's accessible label", spoken);

        /* The cursor's cell is in sight: its centre on screen. */
        x = cell->x + cell->w / 2 - gtk_adjustment_get_value (hadj);
        y = cell->y + cell->h / 2 - gtk_adjustment_get_value (vadj);
        at = fk_heatmap_view_describe_at (heatmap, x, y);
        g_assert_cmpstr (at, ==, spoken);
        tip = fk_heatmap_view_get_tooltip_at (heatmap, x, y);
        g_assert_nonnull (tip);
        check_text (rules, "a cell's tooltip", tip);
        with_comment += strstr (tip, COMMENT_MARK) != NULL;
      }

  for (guint c = 0; c < layout->n_cols; c++)
    {
      const FkHeatmapCell *cell = &g_array_index (layout->cells, FkHeatmapCell, c);
      g_autofree char *tip = NULL;

      fk_heatmap_view_move_cursor (heatmap, 0, (int) c - (int) layout->n_cols);
      fk_heatmap_view_move_cursor (heatmap, 0, (int) c);
      tip = fk_heatmap_view_get_tooltip_at (heatmap, cell->x + cell->w / 2 - gtk_adjustment_get_value (hadj),
                                            layout->grid_y - 3);
      check_text (rules, "a column name's tooltip", tip);
    }
  return with_comment;
}

/* The same matrix as a table: its column titles, every cell's text and
 * what it says to a screen reader. */
static void
check_table (Rules   *rules,
             Fixture *f)
{
  FkHeatmapTable *table = fk_compare_page_get_table (FK_COMPARE_PAGE (f->page));
  const FkHeatmapLayout *layout = fk_heatmap_view_get_layout (f->heatmap);
  GListModel *columns;

  g_assert_true (gtk_widget_activate_action (f->page, "compare.view", "s", "table"));
  gtk_test_widget_wait_for_draw (f->window);
  columns = gtk_column_view_get_columns (fk_heatmap_table_get_column_view (table));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, layout->n_cols + 1);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      check_text (rules, "a table column's title", gtk_column_view_column_get_title (column));
    }
  for (guint item = 0; item < fk_heatmap_table_get_n_items (table); item++)
    for (guint c = 0; c <= layout->n_cols; c++)
      {
        g_autofree char *text = fk_heatmap_table_get_cell_text (table, item, c);
        g_autofree char *spoken = fk_heatmap_table_describe_cell (table, item, c);

        check_text (rules, "a table cell", text);
        check_text (rules, "a table cell's accessible label", spoken);
      }
  shell_test_save_png (f->window, "compare-anon-table.png");
  g_assert_true (gtk_widget_activate_action (f->page, "compare.view", "s", "map"));
  gtk_test_widget_wait_for_draw (f->window);
}

/* Every label on screen (a closed dropdown's list is not). */
static void
check_screen (Rules      *rules,
              GtkWidget  *widget,
              const char *what)
{
  g_autoptr(GPtrArray) labels = shell_test_collect_labels (widget);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (labels->pdata[i]))
      check_text (rules, what, gtk_label_get_text (labels->pdata[i]));
}

/* The panel of capability 0 (commented), opened on @row: every label in
 * it. Returns how many comments it shows. */
static guint
check_panel (Rules   *rules,
             Fixture *f,
             int      row)
{
  FkCapabilityPanel *panel = fk_compare_page_get_panel (FK_COMPARE_PAGE (f->page));
  g_autoptr(GPtrArray) labels = NULL;
  guint comments = 0;

  g_signal_emit_by_name (f->heatmap, "cell-activated", 0, row);
  g_assert_true (fk_compare_page_get_panel_shown (FK_COMPARE_PAGE (f->page)));
  wait_for_flap (f, 1);
  labels = shell_test_collect_labels (GTK_WIDGET (panel));
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      check_text (rules, "the side panel", text);
      comments += strstr (text, COMMENT_MARK) != NULL;
    }
  check_screen (rules, f->window, "the page with the panel open");
  return comments;
}

static void
close_panel (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (f->page, "compare.close-panel", NULL));
  wait_for_flap (f, 0);
}

/* The row of the snapshot that is @code. */
static int
row_of (Fixture    *f,
        const char *code)
{
  return fk_round_snapshot_find_row (fk_heatmap_view_get_snapshot (f->heatmap), code);
}

static guint
count_column_names (const FkHeatmapLayout *layout,
                    const char            *name)
{
  guint n = 0;

  for (guint i = 0; i < layout->col_labels->len; i++)
    n += g_strcmp0 (g_array_index (layout->col_labels, FkHeatmapLabel, i).full_text, name) == 0;
  return n;
}

/* ---- the tests -------------------------------------------------------------- */

static void
test_no_names (void)
{
  Fixture f = { 0 };
  FkRegion *region;
  Rules rules = { 0 };
  const FkMunicipality *named;
  g_autofree char *letter_name = NULL;

  fixture_setup (&f, TRUE);
  show_page (&f);
  region = fk_study_get_region (f.study);
  g_assert_cmpuint (region->municipalities->len, ==, 14);
  rules.region = region;

  /* Names shown first: the check does find them. */
  g_assert_false (action_enabled (&f, "show-comments"));
  g_assert_false (action_enabled (&f, "export-key"));
  g_assert_cmpuint (count_column_names (fk_heatmap_view_get_layout (f.heatmap),
                                        ((FkMunicipality *) g_ptr_array_index (region->municipalities, 0))->name), ==, 1);

  set_boolean (&f, "anonymize", TRUE);
  g_assert_nonnull (fk_heatmap_view_get_options (f.heatmap)->anonymizer);
  g_assert_true (action_enabled (&f, "show-comments"));
  g_assert_true (action_enabled (&f, "export-key"));
  letter_name = fk_anonymizer_get_display_name (fk_heatmap_view_get_options (f.heatmap)->anonymizer,
                                                ((FkMunicipality *) g_ptr_array_index (region->municipalities, 3))->code);
  g_assert_true (g_str_has_prefix (letter_name, "Municipality "));
  g_assert_cmpuint (count_column_names (fk_heatmap_view_get_layout (f.heatmap), letter_name), ==, 1);

  check_layout (&rules, fk_heatmap_view_get_layout (f.heatmap));
  g_assert_cmpuint (check_every_cell (&rules, f.heatmap), ==, 0);
  check_table (&rules, &f);
  check_screen (&rules, f.window, "the page");
  shell_test_save_png (f.window, "compare-anon.png");
  g_assert_cmpuint (check_panel (&rules, &f, 5), ==, 0);
  close_panel (&f);

  /* One municipality named: its name, in its one column, and nowhere a code. */
  named = g_ptr_array_index (region->municipalities, 10);
  set_string (&f, "highlight", named->code);
  rules.named_code = named->code;
  g_assert_cmpstr (fk_anonymizer_get_highlight (fk_heatmap_view_get_options (f.heatmap)->anonymizer), ==, named->code);
  g_assert_cmpuint (count_column_names (fk_heatmap_view_get_layout (f.heatmap), named->name), ==, 1);
  g_assert_cmpint (fk_heatmap_view_get_layout (f.heatmap)->highlight_col, >=, 0);
  check_layout (&rules, fk_heatmap_view_get_layout (f.heatmap));
  g_assert_cmpuint (check_every_cell (&rules, f.heatmap), ==, 0);
  check_table (&rules, &f);
  check_screen (&rules, f.window, "the page");
  g_assert_nonnull (shell_test_find_label (f.window, named->name));  /* the dropdown shows it */
  shell_test_save_png (f.window, "compare-anon-highlight.png");
  g_assert_cmpuint (check_panel (&rules, &f, row_of (&f, named->code)), ==, 0);
  shell_test_save_png (f.window, "compare-anon-panel.png");

  /* Comments when asked for, in the panel and tooltips; who answered never. */
  set_boolean (&f, "show-comments", TRUE);
  rules.comments = TRUE;
  g_assert_cmpuint (check_panel (&rules, &f, row_of (&f, named->code)), ==, 14);
  close_panel (&f);
  g_assert_cmpuint (check_every_cell (&rules, f.heatmap), >, 0);

  /* An unknown code is refused: the highlight stays. */
  set_string (&f, "highlight", "9999");
  g_assert_cmpstr (fk_anonymizer_get_highlight (fk_heatmap_view_get_options (f.heatmap)->anonymizer), ==, named->code);

  /* Names back: who answered shows again, and the highlight waits. */
  set_boolean (&f, "anonymize", FALSE);
  g_assert_null (fk_heatmap_view_get_options (f.heatmap)->anonymizer);
  g_assert_false (action_enabled (&f, "show-comments"));
  g_assert_false (action_enabled (&f, "export-key"));
  {
    const FkHeatmapCell *cell = fk_heatmap_layout_find_cell (fk_heatmap_view_get_layout (f.heatmap), 0, 0);
    GtkAdjustment *hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f.heatmap));
    GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f.heatmap));
    g_autofree char *tip = NULL;

    fk_heatmap_view_move_cursor (f.heatmap, -1000, -1000);
    tip = fk_heatmap_view_get_tooltip_at (f.heatmap, cell->x + cell->w / 2 - gtk_adjustment_get_value (hadj),
                                          cell->y + cell->h / 2 - gtk_adjustment_get_value (vadj));
    g_assert_nonnull (strstr (tip, RESPONDENT_MARK));
    g_assert_nonnull (strstr (tip, ((FkMunicipality *) g_ptr_array_index (region->municipalities, 0))->name));
  }
  g_assert_cmpuint (rules.n_checked, >, 1000);

  fixture_teardown (&f);
}

/* The area overview and the change between rounds ask the same
 * anonymizer: no name or code in their labels, cells, tooltips, table or
 * on screen, but the highlighted one's name. */
static void
test_other_grids (void)
{
  Fixture f = { 0 };
  Rules rules = { 0 };
  g_autoptr(GError) error = NULL;
  const FkMunicipality *named;

  fixture_setup (&f, TRUE);
  g_assert_nonnull (fk_study_add_round (f.study, "R2", NULL, &error));
  g_assert_no_error (error);
  fill_study (f.study);   /* the same scores again, in R2 */
  show_page (&f);
  rules.region = fk_study_get_region (f.study);
  named = g_ptr_array_index (rules.region->municipalities, 2);
  set_boolean (&f, "anonymize", TRUE);
  set_string (&f, "highlight", named->code);
  rules.named_code = named->code;

  for (guint i = 0; i < 2; i++)
    {
      const char *grid = i == 0 ? "areas" : "change";
      const FkHeatmapLayout *layout;

      set_string (&f, "grid", grid);
      layout = fk_heatmap_view_get_layout (f.heatmap);
      g_assert_cmpuint (layout->rows->len, >, 0);
      g_assert_cmpint (g_array_index (layout->rows, FkHeatmapRow, 0).kind, ==,
                       i == 0 ? FK_HEATMAP_ROW_AREA : FK_HEATMAP_ROW_CAPABILITY);
      g_assert_true ((fk_heatmap_view_get_baseline (f.heatmap) != NULL) == (i == 1));
      g_assert_cmpuint (count_column_names (layout, named->name), ==, 1);
      check_layout (&rules, layout);
      g_assert_cmpuint (check_every_cell (&rules, f.heatmap), ==, 0);
      check_table (&rules, &f);
      check_screen (&rules, f.window, grid);
    }
  g_assert_cmpuint (rules.n_checked, >, 500);

  fixture_teardown (&f);
}

/* The column names of the heatmap, left to right. (transfer full) */
static GStrv
column_names (FkHeatmapView *heatmap)
{
  const FkHeatmapLayout *layout = fk_heatmap_view_get_layout (heatmap);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; i < layout->columns->len; i++)
    if (g_array_index (layout->columns, FkHeatmapColumn, i).kind == FK_HEATMAP_COLUMN_MUNICIPALITY)
      g_strv_builder_add (names, g_array_index (layout->col_labels, FkHeatmapLabel, i).full_text);
  return g_strv_builder_end (names);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

/* compare.export-key through GTK's own chooser (no portal): the CSV
 * lands in @dir as key.csv, and a toast says so. */
static void
export_key (Fixture    *f,
            const char *dir)
{
  g_autoptr(GFile) target = g_file_new_build_filename (dir, "key.csv", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  GtkFileChooser *chooser;
  GtkWidget *toast = NULL;
  gboolean chosen = FALSE;

  g_assert_cmpint (g_chdir (dir), ==, 0);
  g_assert_true (gtk_widget_activate_action (f->page, "compare.export-key", NULL));
  chooser = GTK_FILE_CHOOSER (shell_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (chooser);

    g_assert_cmpstr (name, ==, "anonymisation-key.csv");
  }
  gtk_file_chooser_set_current_name (chooser, "key.csv");
  for (guint i = 0; i < 5000 && !chosen; i++)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);

      chosen = file != NULL && g_file_equal (file, target);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_true (chosen);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  for (guint i = 0; i < 5000 && toast == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      toast = shell_test_find_matching (f->page, shell_test_has_label_prefix, "Anonymisation key saved as");
    }
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (toast)), "“key.csv”"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (toast)), "eyes only"));
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

/* The same letters after closing and reopening the study, the same as
 * formagekarta-cli's: the app's key and the CLI's are the same file. */
static void
test_stable_letters (void)
{
  g_autoptr(GError) error = NULL;
  Fixture f = { 0 };
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) again = NULL;
  g_autoptr(FkAnonymizer) cli_anon = NULL;
  g_autoptr(GString) expected = g_string_new ("letter,code,name\r\n");
  guint64 seed;
  guint n, recomputes;
  const guint *order;

  fixture_setup (&f, FALSE);
  show_page (&f);
  /* The first seed is stored then: one new layout, with letters, and no
   * reading of the round again for that write (nor names laid out). */
  recomputes = fk_heatmap_view_get_n_recomputes (f.heatmap);
  set_boolean (&f, "anonymize", TRUE);
  g_assert_cmpuint (fk_heatmap_view_get_n_recomputes (f.heatmap), ==, recomputes + 1);
  first = column_names (f.heatmap);
  g_assert_cmpuint (g_strv_length (first), ==, 14);
  seed = fk_anonymizer_get_seed (fk_heatmap_view_get_options (f.heatmap)->anonymizer);
  hide_page (&f);
  g_assert_finalize_object (f.study);

  /* Reopened, with anonymisation still on (GSettings). */
  f.study = fk_study_open (f.path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  show_page (&f);
  g_assert_nonnull (fk_heatmap_view_get_options (f.heatmap)->anonymizer);
  g_assert_cmpuint (fk_anonymizer_get_seed (fk_heatmap_view_get_options (f.heatmap)->anonymizer), ==, seed);
  again = column_names (f.heatmap);
  g_assert_true (g_strv_equal ((const char *const *) first, (const char *const *) again));

  /* The CLI's function gives these letters, in this order. */
  cli_anon = fk_anonymizer_new_for_study (f.study, NULL, &error);
  g_assert_no_error (error);
  order = fk_anonymizer_get_order (cli_anon, &n);
  g_assert_cmpuint (n, ==, 14);
  for (guint i = 0; i < n; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (fk_study_get_region (f.study)->municipalities, order[i]);
      g_autofree char *name = fk_anonymizer_get_display_name (cli_anon, m->code);

      g_assert_cmpstr (again[i], ==, name);
      g_string_append_printf (expected, "%s,%s,%s\r\n", fk_anonymizer_get_letter (cli_anon, m->code), m->code, m->name);
    }

#if defined (__SANITIZE_ADDRESS__)
  /* GTK's file chooser leaks in libcloudproviders under ASan (see
   * test-compare.c's export-action). */
  fixture_teardown (&f);
  return;
#endif
  {
    g_autofree char *key_path = g_build_filename (f.dir, "key.csv", NULL);
    g_autofree char *cli_key = g_build_filename (f.dir, "cli-key.csv", NULL);
    g_autofree char *cli_out = g_build_filename (f.dir, "cli.svg", NULL);
    g_autofree char *cli = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "src", "cli", "formagekarta-cli", NULL);
    g_autofree char *app_csv = NULL;
    g_autofree char *cli_csv = NULL;
    GStatBuf st;
    int status = -1;
    const char *argv[] = { cli, "export", f.path, "--view", "heatmap", "--format", "svg", "--anonymize",
                           "--key-output", cli_key, "-o", cli_out, NULL };

    export_key (&f, f.dir);
    app_csv = read_file (key_path);
    g_assert_cmpstr (app_csv, ==, expected->str);
    g_assert_cmpint (g_stat (key_path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, &error));
    g_assert_no_error (error);
    cli_csv = read_file (cli_key);
    g_assert_cmpstr (cli_csv, ==, app_csv);
  }
  fixture_teardown (&f);
}

/* A study that cannot store a seed is anonymised all the same, and says
 * that its letters last only this session. */
static void
test_read_only (void)
{
  g_autoptr(GError) error = NULL;
  Fixture f = { 0 };
  Rules rules = { 0 };
  GtkWidget *toast = NULL;

  fixture_setup (&f, TRUE);
  g_assert_finalize_object (f.study);
  f.study = fk_study_open (f.path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (fk_study_is_read_only (f.study));
  show_page (&f);
  set_boolean (&f, "anonymize", TRUE);
  g_assert_nonnull (fk_heatmap_view_get_options (f.heatmap)->anonymizer);
  rules.region = fk_study_get_region (f.study);
  check_layout (&rules, fk_heatmap_view_get_layout (f.heatmap));
  toast = shell_test_find_matching (f.page, shell_test_has_label_prefix, "The study cannot be written");
  g_assert_nonnull (toast);
  /* Nothing was written: the file has no seed. */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open_v2 (f.path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM meta WHERE key = 'anonymization-seed'",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
  fixture_teardown (&f);
}

/* Anonymised, the order dropdown offers "Letter" and "Mean" only, and
 * the columns are in letter order; names come back in the order they
 * left in. Grouped by size, the merged groups. */
static void
test_orders (void)
{
  Fixture f = { 0 };
  GtkDropDown *order;
  GListModel *items;
  FkAnonymizer *anon;
  const FkHeatmapLayout *layout;
  const guint *letters;
  guint n, col = 0;

  fixture_setup (&f, TRUE);
  show_page (&f);
  order = GTK_DROP_DOWN (shell_test_template_child (f.page, FK_TYPE_COMPARE_PAGE, "order_dropdown"));
  g_assert_false (gtk_widget_get_sensitive (shell_test_template_child (f.page, FK_TYPE_COMPARE_PAGE,
                                                                         "highlight_dropdown")));
  set_string (&f, "order", "population");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (order)), ==, 4);

  set_boolean (&f, "anonymize", TRUE);
  g_assert_true (gtk_widget_get_sensitive (shell_test_template_child (f.page, FK_TYPE_COMPARE_PAGE,
                                                                        "highlight_dropdown")));
  items = gtk_drop_down_get_model (order);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (items), 0), ==, "Letter");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (items), 1), ==, "Mean");
  g_assert_cmpuint (gtk_drop_down_get_selected (order), ==, 0);

  /* Letter order, whatever the order by names was. */
  anon = fk_heatmap_view_get_options (f.heatmap)->anonymizer;
  letters = fk_anonymizer_get_order (anon, &n);
  layout = fk_heatmap_view_get_layout (f.heatmap);
  for (guint i = 0; i < layout->columns->len; i++)
    {
      const FkHeatmapColumn *column = &g_array_index (layout->columns, FkHeatmapColumn, i);
      FkRegion *region = fk_study_get_region (f.study);

      if (column->kind != FK_HEATMAP_COLUMN_MUNICIPALITY)
        continue;
      g_assert_cmpint (column->municipality, ==,
                       row_of (&f, ((FkMunicipality *) g_ptr_array_index (region->municipalities, letters[col]))->code));
      col++;
    }
  g_assert_cmpuint (col, ==, n);

  /* Mean, then Letter again: the order by population is still there. */
  gtk_drop_down_set_selected (order, 1);
  g_assert_cmpint (fk_heatmap_view_get_options (f.heatmap)->municipality_order, ==, FK_MUNICIPALITY_ORDER_MEAN);
  gtk_drop_down_set_selected (order, 0);
  g_assert_cmpint (fk_heatmap_view_get_options (f.heatmap)->municipality_order, ==, FK_MUNICIPALITY_ORDER_POPULATION);

  /* By size: Fyrbodal's three large municipalities merged with the medium. */
  set_boolean (&f, "group-by-size", TRUE);
  layout = fk_heatmap_view_get_layout (f.heatmap);
  g_assert_cmpuint (layout->group_labels->len, ==, 2);
  g_assert_cmpstr (g_array_index (layout->group_labels, FkHeatmapLabel, 0).text, ==,
                   fk_size_group_get_label (FK_SIZE_GROUP_MEDIUM_LARGE));
  g_assert_cmpstr (g_array_index (layout->group_labels, FkHeatmapLabel, 1).text, ==,
                   fk_size_group_get_label (FK_SIZE_GROUP_SMALL));
  set_boolean (&f, "group-by-size", FALSE);

  /* Names back, in the order by population. */
  set_boolean (&f, "anonymize", FALSE);
  items = gtk_drop_down_get_model (order);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (items), gtk_drop_down_get_selected (order)), ==,
                   "Population");
  g_assert_cmpint (fk_heatmap_view_get_options (f.heatmap)->municipality_order, ==, FK_MUNICIPALITY_ORDER_POPULATION);
  fixture_teardown (&f);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  g_assert_true (fk_compare_page_export_finish (FK_COMPARE_PAGE (source), result, error));
}

/* What is shown is exported: an anonymised PDF with the highlighted
 * name, and no other name or code in its text or metadata. */
static void
test_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  Fixture f = { 0 };
  Rules rules = { 0 };
  const FkMunicipality *named;
  g_autofree char *pdf = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  GError *export_error = NULL;
  int status;

  fixture_setup (&f, TRUE);
  show_page (&f);
  named = g_ptr_array_index (fk_study_get_region (f.study)->municipalities, 2);
  set_boolean (&f, "anonymize", TRUE);
  set_string (&f, "highlight", named->code);
  pdf = g_build_filename (f.dir, "anon.pdf", NULL);
  file = g_file_new_for_path (pdf);
  fk_compare_page_export_async (FK_COMPARE_PAGE (f.page), file, FK_HEATMAP_FORMAT_PDF, NULL, on_exported, &export_error);
  while (!g_file_test (pdf, G_FILE_TEST_EXISTS) && export_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_no_error (export_error);
  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are needed to read the PDF");
      fixture_teardown (&f);
      return;
    }
  {
    const char *argv_text[] = { pdftotext, pdf, "-", NULL };
    const char *argv_info[] = { pdfinfo, pdf, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv_text, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_sync (NULL, (char **) argv_info, NULL, G_SPAWN_DEFAULT, NULL, NULL, &info, NULL, &status, &error));
    g_assert_no_error (error);
  }
  rules.region = fk_study_get_region (f.study);
  rules.named_code = named->code;
  check_text (&rules, "the PDF's text", text);
  check_text (&rules, "the PDF's metadata", info);
  g_assert_nonnull (strstr (text, named->name));
  g_assert_nonnull (strstr (text, "Municipality "));
  fixture_teardown (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = NULL;
  int ret;

  tmpdir = shell_test_setup_tmpdir ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  shell_test_load_style ();

  g_test_add_func ("/ui/compare-anon/no-names", test_no_names);
  g_test_add_func ("/ui/compare-anon/stable-letters", test_stable_letters);
  g_test_add_func ("/ui/compare-anon/read-only", test_read_only);
  g_test_add_func ("/ui/compare-anon/orders", test_orders);
  g_test_add_func ("/ui/compare-anon/export", test_export);
  g_test_add_func ("/ui/compare-anon/other-grids", test_other_grids);

  ret = g_test_run ();
  shell_test_remove_tree (tmpdir);
  return ret;
}
