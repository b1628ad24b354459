/* bench-pdf-document.c — the PDF document engine on a synthetic annex of
 * about 300 pages: chapters of headings and paragraphs, long tables that
 * continue over pages, figures of a heatmap's size on landscape pages and
 * a table of contents. Prints the time to build the blocks, to lay them
 * out and to write the PDF, the process's CPU time, the page count and
 * the peak resident memory; asserts only that the work was done. Run:
 * meson test -C _build --benchmark -v, or bench-pdf-document OUT.pdf to
 * keep the file.
 */
#include "config.h"
#include "fk-pdf-document.h"

#include <glib/gstdio.h>
#include <sys/resource.h>

#define N_CHAPTERS  25
#define N_ROWS      150
#define GRID_ROWS   43
#define GRID_COLS   14

static const char * const words[] = {
  "kommun", "samverkan", "förmåga", "målnivå", "nuvarande", "nivå", "digital",
  "infrastruktur", "förvaltning", "invånare", "tjänster", "region", "gemensam",
  "utveckling", "arkiv", "informationssäkerhet", "uthållighet", "och", "för", "med",
};

static char *
text_of (guint i,
         guint n_words)
{
  GString *text = g_string_new ("Text");

  for (guint w = 0; w < n_words; w++)
    g_string_append_printf (text, " %s", words[(i * 7 + w * 13) % G_N_ELEMENTS (words)]);
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

/* A heatmap's worth of cells and labels: what the annex's figures draw. */
static void
draw_grid (cairo_t  *cr,
           gpointer  data)
{
  double cell = 14;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  for (guint r = 0; r < GRID_ROWS; r++)
    for (guint c = 0; c < GRID_COLS; c++)
      {
        double v = ((r * 31 + c * 17) % 6) / 5.0;

        cairo_set_source_rgb (cr, 1 - 0.6 * v, 1 - 0.4 * v, 1 - 0.1 * v);
        cairo_rectangle (cr, 120 + c * (cell + 2), r * (cell + 2), cell, cell);
        cairo_fill (cr);
      }
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 8);
  for (guint r = 0; r < GRID_ROWS; r++)
    {
      char label[32];

      g_snprintf (label, sizeof label, "Förmåga %u", r + 1);
      cairo_move_to (cr, 0, r * (cell + 2) + 10);
      cairo_show_text (cr, label);
    }
}

static FkPdfTable *
make_table (guint chapter)
{
  FkPdfTable *table = fk_pdf_table_new (5);

  fk_pdf_table_set_column (table, 0, "Kommun", 0, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 1, "Förmåga", 2, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 2, "Nuvarande nivå", 0, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 3, "Målnivå", 0, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 4, "Kommentar", 3, FK_PDF_ALIGN_START);
  fk_pdf_table_set_striped (table, TRUE);
  for (guint r = 0; r < N_ROWS; r++)
    {
      g_autofree char *municipality = g_strdup_printf ("Kommun %c", 'A' + r % 14);
      g_autofree char *capability = g_strdup_printf ("Förmåga %u.%u", chapter + 1, r + 1);
      g_autofree char *current = g_strdup_printf ("%u,%u", r % 6, r % 10);
      g_autofree char *target = g_strdup_printf ("%u", (r + 2) % 6);
      g_autofree char *comment = r % 6 == 0 ? text_of (r, 10 + r % 30) : g_strdup ("");
      const char *cells[] = { municipality, capability, current, target, comment };

      fk_pdf_table_add_row (table, cells);
    }
  return table;
}

static FkPdfDocument *
build (void)
{
  static const char * const labels[] = { "Studie", "Omgång", NULL };
  static const char * const values[] = { "Syntetisk", "Omgång 1", NULL };
  FkPdfDocument *doc = fk_pdf_document_new ("sv");
  guint paragraph = 0;

  fk_pdf_document_set_title (doc, "Syntetisk bilaga");
  fk_pdf_document_set_running_header (doc, "Syntetisk studie", "Omgång 1");
  fk_pdf_document_add_title_page (doc, "Syntetisk bilaga", "300 sidor", labels, values);
  fk_pdf_document_add_toc (doc);
  for (guint c = 0; c < N_CHAPTERS; c++)
    {
      g_autofree char *h1 = g_strdup_printf ("%u Kapitel %u", c + 1, c + 1);

      fk_pdf_document_add_page_break (doc, FK_PDF_PORTRAIT);
      fk_pdf_document_add_heading (doc, 1, h1);
      for (guint s = 0; s < 3; s++)
        {
          g_autofree char *h2 = g_strdup_printf ("%u.%u Avsnitt", c + 1, s + 1);

          fk_pdf_document_add_heading (doc, 2, h2);
          for (guint p = 0; p < 8; p++, paragraph++)
            {
              g_autofree char *text = text_of (paragraph, 10 + (paragraph * 37) % 140);

              fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, text);
            }
          if (s == 1)
            fk_pdf_document_add_table (doc, make_table (c));
        }
      fk_pdf_document_add_page_break (doc, FK_PDF_LANDSCAPE);
      fk_pdf_document_add_heading (doc, 2, "Värmekarta");
      fk_pdf_document_add_figure (doc, 120 + GRID_COLS * 16, GRID_ROWS * 16, draw_grid, NULL, NULL);
    }
  return doc;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("fk-bench-pdf-XXXXXX", NULL);
  g_autofree char *path = argc > 1 ? g_strdup (argv[1]) : g_build_filename (dir, "annex.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(FkPdfDocument) doc = NULL;
  struct rusage usage;
  double built, laid_out, written;
  GStatBuf st;
  guint pages;

  doc = build ();
  built = g_timer_elapsed (timer, NULL);
  g_timer_start (timer);
  pages = fk_pdf_document_layout (doc);
  laid_out = g_timer_elapsed (timer, NULL);
  g_timer_start (timer);
  if (!fk_pdf_document_write (doc, path, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  written = g_timer_elapsed (timer, NULL);
  getrusage (RUSAGE_SELF, &usage);
  g_assert_cmpint (g_stat (path, &st), ==, 0);

  g_print ("pages                       %6u\n", pages);
  g_print ("build the blocks            %9.3f s\n", built);
  g_print ("lay out (measure, paginate) %9.3f s\n", laid_out);
  g_print ("write the PDF               %9.3f s\n", written);
  g_print ("total                       %9.3f s\n", built + laid_out + written);
  /* CPU time: less disturbed than wall time by others on the machine. */
  g_print ("CPU time (user + system)    %9.3f s\n",
           usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
           + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6);
  g_print ("file size                   %9.1f MB\n", st.st_size / 1e6);
  g_print ("peak resident memory        %9.1f MB\n", usage.ru_maxrss / 1024.0);
  g_assert_cmpuint (pages, >=, 300);
  if (argc <= 1)
    g_unlink (path);
  g_rmdir (dir);
  return 0;
}
