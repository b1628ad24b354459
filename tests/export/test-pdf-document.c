/* test-pdf-document.c — the paginated PDF engine: layout, the written PDF, failures */
#include "config.h"
#include "fk-pdf-document.h"
#include "fk-error.h"
#include "fk-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#define HEADER_LEFT  "Fyrbodal förstudie 2026"
#define HEADER_RIGHT "Omgång 1 (våren 2026)"
#define LITERAL      "A comment with <b>&amp; Å & <i>unclosed markup"

typedef struct {
  double scale;       /* the largest scale the figure was drawn at */
  guint  drawn;
} FigureProbe;

typedef struct {
  FkPdfDocument *doc;
  GArray        *headings;        /* guint block */
  GPtrArray     *heading_texts;
  GArray        *heading_levels;  /* guint */
  guint          toc;
  guint          table;
  guint          literal;
  guint          landscape_figure;
  guint          wide_figure;
  guint          small_figure;
  guint          tall_figure;
  FigureProbe    probes[4];
} Synthetic;

static const char * const words[] = {
  "kommun", "samverkan", "förmåga", "målnivå", "nuvarande", "nivå", "digital",
  "infrastruktur", "förvaltning", "invånare", "tjänster", "region", "gemensam",
  "utveckling", "arkiv", "informationssäkerhet", "uthållighet", "och", "för", "med",
};

/* Between 5 and 124 words, always the same for @i. */
static char *
paragraph_text (guint i)
{
  GString *text = g_string_new (NULL);
  guint n = 5 + (i * 37) % 120;

  for (guint w = 0; w < n; w++)
    {
      const char *word = words[(i * 7 + w * 13) % G_N_ELEMENTS (words)];

      if (w == 0)
        {
          g_string_append_unichar (text, g_unichar_toupper (g_utf8_get_char (word)));
          g_string_append (text, g_utf8_next_char (word));
        }
      else
        g_string_append_printf (text, " %s", word);
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static void
draw_probe (cairo_t  *cr,
            gpointer  data)
{
  FigureProbe *probe = data;
  double dx = 1, dy = 0;

  cairo_user_to_device_distance (cr, &dx, &dy);
  probe->scale = MAX (probe->scale, dx);
  probe->drawn++;
  cairo_set_source_rgb (cr, 0.85, 0.9, 0.95);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.1, 0.25, 0.4);
  cairo_set_line_width (cr, 4);
  cairo_move_to (cr, 0, 0);
  cairo_line_to (cr, 200, 120);
  cairo_stroke (cr);
}

static void
add_heading (Synthetic  *s,
             guint       level,
             const char *text)
{
  guint block = fk_pdf_document_add_heading (s->doc, level, text);

  g_array_append_val (s->headings, block);
  g_array_append_val (s->heading_levels, level);
  g_ptr_array_add (s->heading_texts, g_strdup (text));
}

static FkPdfTable *
make_table (guint n_rows)
{
  FkPdfTable *table = fk_pdf_table_new (4);

  fk_pdf_table_set_column (table, 0, "Municipality", 0, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 1, "Capability", 2, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 2, "Level", 0, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 3, "Comment", 3, FK_PDF_ALIGN_START);
  fk_pdf_table_set_striped (table, TRUE);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *municipality = g_strdup_printf ("Kommun %c", 'A' + r % 14);
      g_autofree char *capability = g_strdup_printf ("Förmåga %u", r + 1);
      g_autofree char *level = g_strdup_printf ("%u,%u", r % 6, r % 10);
      g_autofree char *comment = r % 7 == 0 ? paragraph_text (r) : g_strdup ("");
      const char *cells[] = { municipality, capability, level, comment };

      fk_pdf_table_add_row (table, cells);
      if (r % 5 == 0)
        fk_pdf_table_set_cell_fill (table, r, 2, 0.99, 0.86, 0.6);
    }
  return table;
}

static void
synthetic_init (Synthetic *s)
{
  static const char * const labels[] = { "Study", "Round", "Municipalities", NULL };
  static const char * const values[] = { "Fyrbodal 2026", "Våren 2026", "14, of which 12 answered", NULL };
  static const char * const bullets[] = { "Current level", "Target level", "Sustainability risk", NULL };
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 26, 12, 0, 0);
  guint paragraph = 0;

  memset (s, 0, sizeof *s);
  s->doc = fk_pdf_document_new ("en");
  s->headings = g_array_new (FALSE, FALSE, sizeof (guint));
  s->heading_levels = g_array_new (FALSE, FALSE, sizeof (guint));
  s->heading_texts = g_ptr_array_new_with_free_func (g_free);
  fk_pdf_document_set_title (s->doc, "Capability map of Fyrbodal");
  fk_pdf_document_set_author (s->doc, "Workshop lead");
  fk_pdf_document_set_subject (s->doc, "Annex to the pre-study report");
  fk_pdf_document_set_keywords (s->doc, "Fyrbodal, capabilities");
  fk_pdf_document_set_creation_date (s->doc, date);
  fk_pdf_document_set_running_header (s->doc, HEADER_LEFT, HEADER_RIGHT);

  fk_pdf_document_add_title_page (s->doc, "Capability map of Fyrbodal",
                                  "Annex to the pre-study report", labels, values);
  s->toc = fk_pdf_document_add_toc (s->doc);
  fk_pdf_document_add_page_break (s->doc, FK_PDF_PORTRAIT);
  for (guint section = 1; section <= 4; section++)
    {
      g_autofree char *h1 = g_strdup_printf ("%u Section number %u", section, section);

      add_heading (s, 1, h1);
      for (guint sub = 1; sub <= 3; sub++)
        {
          g_autofree char *h2 = g_strdup_printf ("%u.%u Part %u of section %u", section, sub, sub, section);
          g_autofree char *h3 = g_strdup_printf ("%u.%u.1 A detail", section, sub);

          add_heading (s, 2, h2);
          for (guint i = 0; i < 4; i++)
            {
              g_autofree char *text = paragraph_text (paragraph++);

              fk_pdf_document_add_paragraph (s->doc, i == 3 ? FK_PDF_TEXT_SMALL : FK_PDF_TEXT_BODY, text);
            }
          add_heading (s, 3, h3);
          for (guint i = 0; i < 2; i++)
            {
              g_autofree char *text = paragraph_text (paragraph++);

              fk_pdf_document_add_paragraph (s->doc, FK_PDF_TEXT_BODY, text);
            }
          if (section == 1 && sub == 2)
            {
              s->small_figure = fk_pdf_document_add_figure (s->doc, 200, 120, draw_probe, &s->probes[0], NULL);
              fk_pdf_document_add_paragraph (s->doc, FK_PDF_TEXT_CAPTION, "Figure 1. A small figure.");
              s->wide_figure = fk_pdf_document_add_figure (s->doc, 900, 300, draw_probe, &s->probes[1], NULL);
              fk_pdf_document_add_list (s->doc, FALSE, bullets);
              fk_pdf_document_add_list (s->doc, TRUE, bullets);
            }
          if (section == 2 && sub == 1)
            s->table = fk_pdf_document_add_table (s->doc, make_table (150));
        }
    }
  s->literal = fk_pdf_document_add_paragraph (s->doc, FK_PDF_TEXT_BODY, LITERAL);
  fk_pdf_document_add_page_break (s->doc, FK_PDF_LANDSCAPE);
  add_heading (s, 1, "5 Heatmaps");
  s->landscape_figure = fk_pdf_document_add_figure (s->doc, 700, 380, draw_probe, &s->probes[2], NULL);
  fk_pdf_document_add_paragraph (s->doc, FK_PDF_TEXT_CAPTION, "Figure 2. A landscape figure.");
  /* Taller than a landscape page: smaller, to stay under its heading. */
  add_heading (s, 2, "5.1 A tall heatmap");
  s->tall_figure = fk_pdf_document_add_figure (s->doc, 600, 700, draw_probe, &s->probes[3], NULL);
  fk_pdf_document_add_page_break (s->doc, FK_PDF_PORTRAIT);
  add_heading (s, 1, "6 Appendix");
  while (paragraph < 80)
    {
      g_autofree char *text = paragraph_text (paragraph++);

      fk_pdf_document_add_paragraph (s->doc, FK_PDF_TEXT_BODY, text);
    }
}

static void
synthetic_clear (Synthetic *s)
{
  fk_pdf_document_free (s->doc);
  g_array_unref (s->headings);
  g_array_unref (s->heading_levels);
  g_ptr_array_unref (s->heading_texts);
}


static gboolean
have_poppler (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("poppler-utils (pdfinfo, pdftotext, pdffonts) are not installed");
  return path != NULL;
}

/* The text of every page, in order (pdftotext -layout). */
static char **
page_texts (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = fk_test_run_tool (argv);

  return g_strsplit (text, "\f", -1);
}

static char *
write_synthetic (Synthetic   *s,
                 const char  *dir)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "annex.pdf", NULL);

  synthetic_init (s);
  g_assert_true (fk_pdf_document_write (s->doc, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* FK_TEST_PDF_KEEP=FILE keeps a copy to look at. */
  if (g_getenv ("FK_TEST_PDF_KEEP") != NULL)
    {
      g_autofree char *data = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_true (g_file_set_contents (g_getenv ("FK_TEST_PDF_KEEP"), data, length, NULL));
    }
  return path;
}

static char *
info_value (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));
  return NULL;
}

static void
test_pages_and_metadata (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pages = NULL, *title = NULL, *author = NULL, *subject = NULL, *creator = NULL;
  Synthetic s;
  guint n, first, last;

  if (!have_poppler ())
    return;
  path = write_synthetic (&s, dir);
  n = fk_pdf_document_get_n_pages (s.doc);
  {
    const char *argv[] = { "pdfinfo", path, NULL };

    info = fk_test_run_tool (argv);
  }
  pages = info_value (info, "Pages");
  title = info_value (info, "Title");
  author = info_value (info, "Author");
  subject = info_value (info, "Subject");
  creator = info_value (info, "Creator");
  g_assert_cmpuint (n, >, 10);
  g_assert_cmpuint (g_ascii_strtoull (pages, NULL, 10), ==, n);
  g_assert_cmpstr (title, ==, "Capability map of Fyrbodal");
  g_assert_cmpstr (author, ==, "Workshop lead");
  g_assert_cmpstr (subject, ==, "Annex to the pre-study report");
  g_assert_true (g_str_has_prefix (creator, "Förmågekarta " PACKAGE_VERSION));

  /* The landscape section is on landscape pages, the rest portrait. */
  g_assert_true (fk_pdf_document_get_block_pages (s.doc, s.landscape_figure, &first, &last));
  g_assert_cmpuint (first, ==, last);
  g_assert_cmpint (fk_pdf_document_get_page_orientation (s.doc, first), ==, FK_PDF_LANDSCAPE);
  g_assert_cmpint (fk_pdf_document_get_page_orientation (s.doc, 1), ==, FK_PDF_PORTRAIT);
  g_assert_cmpint (fk_pdf_document_get_page_orientation (s.doc, n), ==, FK_PDF_PORTRAIT);
  {
    g_autofree char *f = g_strdup_printf ("%u", first);
    const char *argv[] = { "pdfinfo", "-f", f, "-l", f, path, NULL };
    g_autofree char *page_info = fk_test_run_tool (argv);
    g_autofree char *key = g_strdup_printf ("Page %4u size", first);
    g_autofree char *size = info_value (page_info, key);

    g_assert_nonnull (size);
    g_assert_true (g_str_has_prefix (size, "842 x 595"));
  }
  synthetic_clear (&s);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_table_repeats_header (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = NULL;
  g_auto(GStrv) texts = NULL;
  Synthetic s;
  guint first, last, n;

  if (!have_poppler ())
    return;
  path = write_synthetic (&s, dir);
  texts = page_texts (path);
  n = fk_pdf_document_get_n_pages (s.doc);
  g_assert_true (fk_pdf_document_get_block_pages (s.doc, s.table, &first, &last));
  /* 150 rows do not fit on one page. */
  g_assert_cmpuint (last, >, first + 1);
  for (guint p = first; p <= last; p++)
    {
      const char *text = texts[p - 1];
      g_autofree char *stripped = g_strchug (g_strdup (text));
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", p, n);
      g_auto(GStrv) lines = g_strsplit (stripped, "\n", 2);

      /* The running header first, then the column headers again. */
      g_assert_nonnull (strstr (lines[0], HEADER_LEFT));
      g_assert_nonnull (strstr (lines[0], HEADER_RIGHT));
      g_assert_nonnull (strstr (text, "Municipality"));
      g_assert_nonnull (strstr (text, "Capability"));
      g_assert_nonnull (strstr (text, "Comment"));
      g_assert_nonnull (strstr (text, footer));
    }
  /* Every row is there once, in order. */
  {
    g_autoptr(GString) all = g_string_new (NULL);
    const char *at;

    for (guint p = first; p <= last; p++)
      g_string_append (all, texts[p - 1]);
    at = all->str;
    for (guint r = 1; r <= 150; r++)
      {
        g_autofree char *cell = g_strdup_printf ("Förmåga %u ", r);

        at = strstr (at, cell);
        g_assert_nonnull (at);
      }
  }
  /* The title page has neither header nor footer. */
  g_assert_null (strstr (texts[0], HEADER_LEFT));
  g_assert_null (strstr (texts[0], "Page 1 of"));
  g_assert_nonnull (strstr (texts[1], HEADER_LEFT));
  synthetic_clear (&s);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* The line of @text holding @needle, or NULL. */
static char *
line_with (const char *text,
           const char *needle)
{
  const char *at = strstr (text, needle);
  const char *start, *end;

  if (at == NULL)
    return NULL;
  for (start = at; start > text && start[-1] != '\n'; start--)
    ;
  end = strchr (at, '\n');
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

static void
test_contents (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = NULL;
  g_auto(GStrv) texts = NULL;
  g_autoptr(GString) toc = g_string_new (NULL);
  Synthetic s;
  guint toc_first, toc_last;

  if (!have_poppler ())
    return;
  path = write_synthetic (&s, dir);
  texts = page_texts (path);
  g_assert_true (fk_pdf_document_get_block_pages (s.doc, s.toc, &toc_first, &toc_last));
  g_assert_cmpuint (toc_first, ==, 2);
  for (guint p = toc_first; p <= toc_last; p++)
    g_string_append (toc, texts[p - 1]);
  g_assert_nonnull (strstr (toc->str, "Contents"));

  for (guint i = 0; i < s.headings->len; i++)
    {
      guint block = g_array_index (s.headings, guint, i);
      guint level = g_array_index (s.heading_levels, guint, i);
      const char *heading = g_ptr_array_index (s.heading_texts, i);
      g_autofree char *line = line_with (toc->str, heading);
      guint page;

      g_assert_true (fk_pdf_document_get_block_pages (s.doc, block, &page, NULL));
      /* The heading is on the page the engine says. */
      g_assert_nonnull (strstr (texts[page - 1], heading));
      if (level > 2)
        {
          g_assert_null (line);
          continue;
        }
      /* Listed in the contents with that page number at the end. */
      g_assert_nonnull (line);
      {
        g_autofree char *number = g_strdup_printf (" %u", page);

        g_strchomp (line);
        g_assert_true (g_str_has_suffix (line, number));
      }
    }
  synthetic_clear (&s);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* A heading is never the last thing on its page, and nothing is lost. */
static void
test_keep_with_next (void)
{
  Synthetic s;
  guint n;

  synthetic_init (&s);
  n = fk_pdf_document_layout (s.doc);
  for (guint i = 0; i < s.headings->len; i++)
    {
      guint block = g_array_index (s.headings, guint, i);
      guint heading_first, heading_last, next_first;

      g_assert_true (fk_pdf_document_get_block_pages (s.doc, block, &heading_first, &heading_last));
      g_assert_cmpuint (heading_first, ==, heading_last);
      g_assert_true (fk_pdf_document_get_block_pages (s.doc, block + 1, &next_first, NULL));
      g_assert_cmpuint (next_first, ==, heading_first);
    }
  /* Pages follow the blocks' order. */
  {
    guint previous = 1, first, last;

    for (guint b = 0; b < 200; b++)
      {
        if (!fk_pdf_document_get_block_pages (s.doc, b, &first, &last))
          continue;
        g_assert_cmpuint (first, >=, previous);
        g_assert_cmpuint (last, <=, n);
        previous = last;
      }
  }
  synthetic_clear (&s);
}

/* A heading with a short introduction (an area's one-line description)
 * and a table: wherever the page ends, the heading and its sentence
 * start the page the table starts on, never end the page before. */
static void
test_intro_kept_with_table (void)
{
  for (guint filler = 30; filler <= 60; filler++)
    {
      g_autoptr(FkPdfDocument) doc = fk_pdf_document_new ("en");
      g_autoptr(FkPdfTable) table = fk_pdf_table_new (2);
      const char *row[] = { "Capability", "What it means" };
      guint heading, intro, rows, page_heading, page_intro, page_rows;

      for (guint i = 0; i < filler; i++)
        {
          g_autofree char *line = g_strdup_printf ("Filler line %u.", i);

          fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, line);
        }
      heading = fk_pdf_document_add_heading (doc, 3, "Incidents and preparedness");
      intro = fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, "How the municipality finds and handles attacks.");
      fk_pdf_table_set_column (table, 0, "Capability", 0.3, FK_PDF_ALIGN_START);
      fk_pdf_table_set_column (table, 1, "Description", 0.7, FK_PDF_ALIGN_START);
      for (guint i = 0; i < 3; i++)
        fk_pdf_table_add_row (table, row);
      rows = fk_pdf_document_add_table (doc, g_steal_pointer (&table));
      fk_pdf_document_layout (doc);
      g_assert_true (fk_pdf_document_get_block_pages (doc, heading, &page_heading, NULL));
      g_assert_true (fk_pdf_document_get_block_pages (doc, intro, &page_intro, NULL));
      g_assert_true (fk_pdf_document_get_block_pages (doc, rows, &page_rows, NULL));
      if (page_heading != page_rows || page_intro != page_rows)
        g_error ("%u filler lines: heading on page %u, its sentence on %u, the table on %u",
                 filler, page_heading, page_intro, page_rows);
    }
}

static void
test_figures_scaled_down_only (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = NULL;
  double width, height;
  Synthetic s;

  path = write_synthetic (&s, dir);
  fk_pdf_document_get_content_size (FK_PDF_PORTRAIT, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595 - 112, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 842 - 112, 0.01);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (s.probes[i].drawn, ==, 1);
  /* Small: its own size, never enlarged. */
  g_assert_cmpfloat_with_epsilon (s.probes[0].scale, 1.0, 1e-6);
  /* Wider than the text: down to the text width. */
  g_assert_cmpfloat_with_epsilon (s.probes[1].scale, width / 900, 1e-6);
  /* 700 points wide fits a landscape page. */
  g_assert_cmpfloat_with_epsilon (s.probes[2].scale, 1.0, 1e-6);
  /* Taller than a landscape page: below its height, less the heading. */
  fk_pdf_document_get_content_size (FK_PDF_LANDSCAPE, NULL, &height);
  g_assert_cmpfloat (s.probes[3].scale, <, height / 700 - 0.02);
  g_assert_cmpfloat (s.probes[3].scale, >, height / 700 / 2);
  {
    guint first, last, heading_page;

    g_assert_true (fk_pdf_document_get_block_pages (s.doc, s.tall_figure, &first, &last));
    g_assert_true (fk_pdf_document_get_block_pages (s.doc, s.tall_figure - 1, &heading_page, NULL));
    g_assert_cmpuint (first, ==, last);
    g_assert_cmpuint (first, ==, heading_page);
    g_assert_cmpint (fk_pdf_document_get_page_orientation (s.doc, first), ==, FK_PDF_LANDSCAPE);
  }
  synthetic_clear (&s);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* A figure that does not fit below the text goes to the next page whole. */
static void
test_figure_moves_to_next_page (void)
{
  g_autoptr(FkPdfDocument) doc = fk_pdf_document_new ("en");
  FigureProbe probe = { 0 };
  guint text, figure, text_page, first, last;

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *para = paragraph_text (i * 3 + 1);

      text = fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, para);
    }
  figure = fk_pdf_document_add_figure (doc, 400, 600, draw_probe, &probe, NULL);
  g_assert_cmpuint (fk_pdf_document_layout (doc), ==, 2);
  g_assert_true (fk_pdf_document_get_block_pages (doc, text, &text_page, NULL));
  g_assert_true (fk_pdf_document_get_block_pages (doc, figure, &first, &last));
  g_assert_cmpuint (text_page, ==, 1);
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpuint (last, ==, 2);
}

/* A row is never split between pages; one taller than a page gets a
 * page of its own, and the rows after it follow. */
static void
test_row_taller_than_page (void)
{
  g_autoptr(FkPdfDocument) doc = fk_pdf_document_new ("en");
  FkPdfTable *table = fk_pdf_table_new (2);
  g_autoptr(GString) huge = g_string_new (NULL);
  const char *short_row[] = { "Kommun A", "Short.", NULL };
  const char *huge_row[] = { "Kommun B", NULL, NULL };
  guint block, first, last;

  for (guint i = 0; i < 2500; i++)
    g_string_append (huge, "samverkan ");
  huge_row[1] = huge->str;
  fk_pdf_table_set_column (table, 0, "Municipality", 1, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 1, "Comment", 3, FK_PDF_ALIGN_START);
  fk_pdf_table_add_row (table, short_row);
  fk_pdf_table_add_row (table, huge_row);
  fk_pdf_table_add_row (table, short_row);
  block = fk_pdf_document_add_table (doc, table);
  g_assert_cmpuint (fk_pdf_document_layout (doc), ==, 3);
  g_assert_true (fk_pdf_document_get_block_pages (doc, block, &first, &last));
  g_assert_cmpuint (first, ==, 1);
  g_assert_cmpuint (last, ==, 3);
}

static void
test_fonts_embedded (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) row = g_regex_new ("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$", 0, 0, NULL);
  Synthetic s;
  guint n_fonts = 0;

  if (!have_poppler ())
    return;
  path = write_synthetic (&s, dir);
  {
    const char *argv[] = { "pdffonts", path, NULL };

    fonts = fk_test_run_tool (argv);
  }
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *embedded = NULL;

      if (lines[i][0] == '\0')
        continue;
      g_assert_true (g_regex_match (row, lines[i], 0, &match));
      embedded = g_match_info_fetch (match, 1);
      g_assert_cmpstr (embedded, ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 2);
  synthetic_clear (&s);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_text_is_literal (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = NULL;
  g_auto(GStrv) texts = NULL;
  Synthetic s;
  guint page;

  if (!have_poppler ())
    return;
  path = write_synthetic (&s, dir);
  texts = page_texts (path);
  g_assert_true (fk_pdf_document_get_block_pages (s.doc, s.literal, &page, NULL));
  g_assert_nonnull (strstr (texts[page - 1], LITERAL));
  synthetic_clear (&s);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* The PDF has binary streams: not a string search. */
static const char *
find (const char *data,
      gsize       length,
      const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  return find (data, length, needle) != NULL;
}

/* The title of the outline item above the one titled @title; NULL at
 * the top. Returns a static buffer. */
static const char *
outline_parent (const char *data,
                gsize       length,
                const char *title)
{
  static char parent_title[128];
  g_autofree char *item = g_strdup_printf ("<< /Title (%s)\n   /Parent ", title);
  g_autofree char *object = NULL;
  const char *at = find (data, length, item);
  const char *parent;
  const char *end;
  guint64 number;

  g_assert_nonnull (at);
  number = g_ascii_strtoull (at + strlen (item), NULL, 10);
  object = g_strdup_printf ("\n%" G_GUINT64_FORMAT " 0 obj\n<< /Title (", number);
  parent = find (data, length, object);
  if (parent == NULL)
    return NULL;
  parent += strlen (object);
  end = strchr (parent, ')');
  g_assert_nonnull (end);
  g_strlcpy (parent_title, parent, MIN ((gsize) (end - parent) + 1, sizeof parent_title));
  return parent_title;
}

static void
test_outline_and_links (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autofree char *dests = NULL;
  gsize length;
  Synthetic s;

  if (!have_poppler ())
    return;
  path = write_synthetic (&s, dir);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (contains (data, length, "/Outlines"));
  g_assert_true (contains (data, length, "/Annots"));
  g_assert_true (contains (data, length, "/Link"));
  g_assert_true (contains (data, length, "/Dest"));
  g_assert_true (contains (data, length, "/PageLabels"));
  /* Nested by level: a level-2 item's parent is its chapter, a level-3
   * item's its section (cairo writes outline items uncompressed). */
  g_assert_cmpstr (outline_parent (data, length, "1.1 Part 1 of section 1"), ==, "1 Section number 1");
  g_assert_cmpstr (outline_parent (data, length, "2.3.1 A detail"), ==, "2.3 Part 3 of section 2");
  g_assert_cmpstr (outline_parent (data, length, "6 Appendix"), ==, NULL);
  /* Every heading is a named destination. */
  {
    const char *argv[] = { "pdfinfo", "-dests", path, NULL };

    dests = fk_test_run_tool (argv);
  }
  for (guint i = 0; i < s.headings->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("\"fk-block-%u\"", g_array_index (s.headings, guint, i));

      g_assert_nonnull (strstr (dests, name));
    }
  synthetic_clear (&s);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

typedef struct {
  GCancellable *cancellable;
  double        cancel_at;
  double        last;
  guint         calls;
} Progress;

static void
on_progress (double   fraction,
             gpointer data)
{
  Progress *progress = data;

  g_assert_cmpfloat (fraction, >, progress->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  progress->last = fraction;
  progress->calls++;
  if (progress->cancellable != NULL && fraction >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

static void
test_cancel_keeps_previous (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "annex.pdf", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Progress progress = { NULL, 0, 0, 0 };
  Synthetic s;
  gsize before_length, after_length;

  synthetic_init (&s);
  g_assert_true (fk_pdf_document_write (s.doc, path, NULL, on_progress, &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (progress.calls, ==, fk_pdf_document_get_n_pages (s.doc));
  g_assert_cmpfloat (progress.last, ==, 1.0);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  /* Cancelled a third of the way: the previous file stays as it was. */
  fk_pdf_document_add_paragraph (s.doc, FK_PDF_TEXT_BODY, "A change.");
  progress = (Progress) { cancellable, 0.33, 0, 0 };
  g_assert_false (fk_pdf_document_write (s.doc, path, cancellable, on_progress, &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (progress.calls, <, fk_pdf_document_get_n_pages (s.doc));
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpuint (before_length, ==, after_length);
  g_assert_true (memcmp (before, after, before_length) == 0);
  g_assert_cmpuint (fk_test_count_files (dir), ==, 1);

  /* Cancelled before it starts: nothing is made. */
  g_clear_error (&error);
  g_assert_false (fk_pdf_document_write (s.doc, path, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fk_test_count_files (dir), ==, 1);
  synthetic_clear (&s);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_unwritable_folder (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *file = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (file, "annex.pdf", NULL);
  g_autoptr(FkPdfDocument) doc = fk_pdf_document_new ("en");
  g_autoptr(GError) error = NULL;

  /* A folder that cannot take files even for root: a path under a file. */
  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  fk_pdf_document_add_heading (doc, 1, "Heading");
  g_assert_false (fk_pdf_document_write (doc, path, NULL, NULL, NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "annex.pdf"));
  g_assert_cmpuint (fk_test_count_files (dir), ==, 1);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

static gpointer
write_in_thread (gpointer data)
{
  FkPdfDocument *doc = ((gpointer *) data)[0];
  const char *path = ((gpointer *) data)[1];

  return GINT_TO_POINTER (fk_pdf_document_write (doc, path, NULL, NULL, NULL, NULL));
}

/* Written in a worker thread, with the same result as in this one. */
static void
test_worker_thread (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "thread.pdf", NULL);
  g_autofree char *info = NULL, *pages = NULL;
  gpointer data[2];
  GThread *thread;
  Synthetic s;

  if (!have_poppler ())
    return;
  synthetic_init (&s);
  data[0] = s.doc;
  data[1] = path;
  thread = g_thread_new ("pdf", write_in_thread, data);
  g_assert_true (GPOINTER_TO_INT (g_thread_join (thread)));
  {
    const char *argv[] = { "pdfinfo", path, NULL };

    info = fk_test_run_tool (argv);
  }
  pages = info_value (info, "Pages");
  g_assert_cmpuint (g_ascii_strtoull (pages, NULL, 10), ==, fk_pdf_document_get_n_pages (s.doc));
  synthetic_clear (&s);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

/* A repeated heading's section that spills over pages: each further
 * page starts with "Name (continued)" right under the running header;
 * the next section (a heading of the same level) ends it, and a heading
 * that is not repeated is never continued. */
static void
test_repeated_heading (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "repeated.pdf", NULL);
  g_autoptr(FkPdfDocument) doc = fk_pdf_document_new ("en");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) texts = NULL;
  guint first, last, second, plain, plain_first, plain_last, n;

  if (!have_poppler ())
    return;
  fk_pdf_document_set_running_header (doc, HEADER_LEFT, HEADER_RIGHT);
  fk_pdf_document_add_heading (doc, 1, "Municipalities");
  first = fk_pdf_document_add_heading (doc, 2, "Kommun Ett");
  fk_pdf_document_set_heading_repeated (doc, first, TRUE);
  fk_pdf_document_add_heading (doc, 3, "Comments");
  fk_pdf_document_add_table (doc, make_table (120));
  second = fk_pdf_document_add_heading (doc, 2, "Kommun Två");
  fk_pdf_document_set_heading_repeated (doc, second, TRUE);
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, "Short.");
  fk_pdf_document_add_page_break (doc, FK_PDF_PORTRAIT);
  plain = fk_pdf_document_add_heading (doc, 1, "Candidates");
  fk_pdf_document_add_table (doc, make_table (120));
  g_assert_true (fk_pdf_document_write (doc, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  texts = page_texts (path);
  n = fk_pdf_document_get_n_pages (doc);

  g_assert_true (fk_pdf_document_get_block_pages (doc, first + 2, NULL, &last));
  g_assert_cmpuint (last, >, 2);
  for (guint p = 2; p <= n; p++)
    {
      g_autofree char *stripped = g_strchug (g_strdup (texts[p - 1]));
      g_auto(GStrv) lines = g_strsplit (stripped, "\n", -1);
      gboolean continued = p <= last;
      guint k = 1;

      g_assert_nonnull (lines[0]);
      g_assert_nonnull (strstr (lines[0], HEADER_LEFT));
      /* The first line under the running header. */
      while (lines[k] != NULL && *g_strstrip (lines[k]) == '\0')
        k++;
      if (continued)
        {
          g_assert_nonnull (lines[k]);
          g_assert_cmpstr (lines[k], ==, "Kommun Ett (continued)");
        }
      g_assert_null (strstr (texts[p - 1], "Kommun Två (continued)"));
      g_assert_null (strstr (texts[p - 1], "Candidates (continued)"));
      if (!continued)
        g_assert_null (strstr (texts[p - 1], "Kommun Ett (continued)"));
    }
  /* The continued heading is not a heading: not in the contents or the
   * outline, and it keeps the rows of the table under it. */
  g_assert_true (fk_pdf_document_get_block_pages (doc, plain + 1, &plain_first, &plain_last));
  g_assert_cmpuint (plain_last, >, plain_first);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pdf-document/pages-and-metadata", test_pages_and_metadata);
  g_test_add_func ("/pdf-document/table-repeats-header", test_table_repeats_header);
  g_test_add_func ("/pdf-document/contents", test_contents);
  g_test_add_func ("/pdf-document/keep-with-next", test_keep_with_next);
  g_test_add_func ("/pdf-document/intro-kept-with-table", test_intro_kept_with_table);
  g_test_add_func ("/pdf-document/figures-scaled-down-only", test_figures_scaled_down_only);
  g_test_add_func ("/pdf-document/figure-moves-to-next-page", test_figure_moves_to_next_page);
  g_test_add_func ("/pdf-document/row-taller-than-page", test_row_taller_than_page);
  g_test_add_func ("/pdf-document/fonts-embedded", test_fonts_embedded);
  g_test_add_func ("/pdf-document/text-is-literal", test_text_is_literal);
  g_test_add_func ("/pdf-document/outline-and-links", test_outline_and_links);
  g_test_add_func ("/pdf-document/cancel-keeps-previous", test_cancel_keeps_previous);
  g_test_add_func ("/pdf-document/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/pdf-document/worker-thread", test_worker_thread);
  g_test_add_func ("/pdf-document/repeated-heading", test_repeated_heading);
  return g_test_run ();
}
