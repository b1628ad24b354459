/* test-odt.c — the OpenDocument writer: the package, its XML, every kind of block, failures */
#include "config.h"
#include "fk-odt-private.h"
#include "fk-error.h"
#include "fk-test-util.h"

#include <glib/gstdio.h>
#include <string.h>
#include <zip.h>

#define LITERAL "A comment with <b>&amp; Å & <i>unclosed markup"

/* ---- reading the package back ----------------------------------------------------- */

static char *
read_entry (zip_t      *zip,
            const char *name,
            gsize      *out_size)
{
  zip_stat_t st;
  zip_file_t *file;
  char *data;

  if (zip_stat (zip, name, 0, &st) != 0)
    return NULL;
  data = g_malloc0 (st.size + 1);
  file = zip_fopen (zip, name, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (file);
  if (out_size != NULL)
    *out_size = st.size;
  return data;
}

/* What the XML says, as far as the tests ask: elements seen, headings
 * (level and text), rows in and out of header rows, paragraph texts. */
typedef struct {
  GHashTable *elements;     /* name → count */
  GPtrArray  *headings;     /* "1:text" */
  GPtrArray  *paragraphs;   /* text of each text:p (text:s as spaces, line breaks as \n) */
  GString    *text;         /* of the open text:p or text:h, or NULL */
  guint       heading_level;
  gboolean    in_header_rows;
  guint       header_rows;
  guint       rows;
} Parsed;

static void
start_element (GMarkupParseContext  *context,
               const char           *name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  Parsed *p = user_data;
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (p->elements, name));

  g_hash_table_insert (p->elements, g_strdup (name), GUINT_TO_POINTER (count + 1));
  if (g_str_equal (name, "text:p") || g_str_equal (name, "text:h"))
    {
      p->text = g_string_new (NULL);
      p->heading_level = 0;
      for (guint i = 0; attribute_names[i] != NULL; i++)
        if (g_str_equal (attribute_names[i], "text:outline-level"))
          p->heading_level = (guint) g_ascii_strtoull (attribute_values[i], NULL, 10);
    }
  else if (g_str_equal (name, "text:s") && p->text != NULL)
    {
      guint n = 1;

      for (guint i = 0; attribute_names[i] != NULL; i++)
        if (g_str_equal (attribute_names[i], "text:c"))
          n = (guint) g_ascii_strtoull (attribute_values[i], NULL, 10);
      for (guint i = 0; i < n; i++)
        g_string_append_c (p->text, ' ');
    }
  else if (g_str_equal (name, "text:line-break") && p->text != NULL)
    g_string_append_c (p->text, '\n');
  else if (g_str_equal (name, "table:table-header-rows"))
    p->in_header_rows = TRUE;
  else if (g_str_equal (name, "table:table-row"))
    {
      if (p->in_header_rows)
        p->header_rows++;
      else
        p->rows++;
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *name,
             gpointer              user_data,
             GError              **error)
{
  Parsed *p = user_data;

  if ((g_str_equal (name, "text:p") || g_str_equal (name, "text:h")) && p->text != NULL)
    {
      char *text = g_string_free (p->text, FALSE);

      p->text = NULL;
      if (g_str_equal (name, "text:h"))
        {
          g_ptr_array_add (p->headings, g_strdup_printf ("%u:%s", p->heading_level, text));
          g_free (text);
        }
      else
        g_ptr_array_add (p->paragraphs, text);
    }
  else if (g_str_equal (name, "table:table-header-rows"))
    p->in_header_rows = FALSE;
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 len,
      gpointer              user_data,
      GError              **error)
{
  Parsed *p = user_data;

  if (p->text != NULL)
    g_string_append_len (p->text, text, len);
}

static void
parsed_clear (Parsed *p)
{
  g_hash_table_unref (p->elements);
  g_ptr_array_unref (p->headings);
  g_ptr_array_unref (p->paragraphs);
}

/* Parses @xml, failing the test if it is not well-formed. */
static void
parse_xml (const char *xml,
           Parsed     *p)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  memset (p, 0, sizeof *p);
  p->elements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p->headings = g_ptr_array_new_with_free_func (g_free);
  p->paragraphs = g_ptr_array_new_with_free_func (g_free);
  context = g_markup_parse_context_new (&parser, 0, p, NULL);
  g_markup_parse_context_parse (context, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static guint
n_elements (Parsed     *p,
            const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (p->elements, name));
}

static gboolean
has_string (GPtrArray  *strings,
            const char *wanted)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_str_equal (strings->pdata[i], wanted))
      return TRUE;
  return FALSE;
}

/* ---- a document with every kind of block --------------------------------------------- */

typedef struct {
  GCancellable *cancel;   /* cancelled when the figure is drawn, or NULL */
  guint         drawn;
} Figure;

static void
draw_figure (cairo_t  *cr,
             gpointer  user_data)
{
  Figure *figure = user_data;

  figure->drawn++;
  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_rectangle (cr, 10, 10, 100, 50);
  cairo_fill (cr);
  if (figure->cancel != NULL)
    g_cancellable_cancel (figure->cancel);
}

static FkPdfDocument *
every_block (Figure *figure)
{
  FkPdfDocument *doc = fk_pdf_document_new ("sv");
  const char *labels[] = { "Omgång", "Modell", NULL };
  const char *values[] = { "Hösten 2020", LITERAL, NULL };
  const char *bullets[] = { "Första punkten", "Andra <punkten>", NULL };
  const char *numbers[] = { "Ett", "Två", "Tre", NULL };
  g_autoptr(FkPdfTable) table = fk_pdf_table_new (3);

  fk_pdf_document_set_title (doc, "Förmågekarta & <rapport>");
  fk_pdf_document_set_subject (doc, "Rapporttext");
  fk_pdf_document_add_title_page (doc, "Förmågekarta & <rapport>", "Underrubrik", labels, values);
  fk_pdf_document_add_toc (doc);
  fk_pdf_document_add_page_break (doc, FK_PDF_PORTRAIT);
  fk_pdf_document_add_heading (doc, 1, "Metod");
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, LITERAL);
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_SMALL, "Liten  text med   mellanrum");
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_CAPTION, "Rad ett\nRad två");
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_EMPHASIS, "Fetstil\x01 utan styrtecken");
  fk_pdf_document_add_heading (doc, 2, "Skalan");
  fk_pdf_document_add_list (doc, FALSE, bullets);
  fk_pdf_document_add_list (doc, TRUE, numbers);
  fk_pdf_document_add_heading (doc, 3, "Tabellen");
  fk_pdf_table_set_column (table, 0, "Nivå", 0, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 1, "Namn", 0.3, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 2, "Betydelse", 0.7, FK_PDF_ALIGN_START);
  fk_pdf_table_set_striped (table, TRUE);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *level = g_strdup_printf ("%u", i);
      const char *cells[] = { level, "Namn", i == 2 ? LITERAL : "Betydelse" };

      fk_pdf_table_add_row (table, cells);
    }
  fk_pdf_table_set_cell_fill (table, 4, 1, 1.0, 0.5, 0.0);
  fk_pdf_document_add_table (doc, g_steal_pointer (&table));
  fk_pdf_document_add_page_break (doc, FK_PDF_LANDSCAPE);
  fk_pdf_document_add_heading (doc, 1, "Figurer");
  fk_pdf_document_add_figure (doc, 300, 150, draw_figure, figure, NULL);
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, "Sista stycket");
  return doc;
}

static char *
tmp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("fk-odt-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
remove_tmp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

/* ---- tests ------------------------------------------------------------------------- */

static void
test_text_escaped (void)
{
  g_autoptr(GString) xml = g_string_new (NULL);

  fk_odt_append_text (xml, "<b>&\"x\"");
  g_assert_cmpstr (xml->str, ==, "&lt;b&gt;&amp;&quot;x&quot;");
  g_string_truncate (xml, 0);
  fk_odt_append_text (xml, "  a b   c\nd\te\r\n f");
  g_assert_cmpstr (xml->str, ==,
                   "<text:s text:c=\"2\"/>a b <text:s text:c=\"2\"/>c<text:line-break/>d<text:tab/>e"
                   "<text:line-break/><text:s/>f");
  g_string_truncate (xml, 0);
  /* No control character, no broken UTF-8: XML cannot hold them. */
  fk_odt_append_text (xml, "a\x01\x1f b\xff");
  g_assert_true (g_utf8_validate (xml->str, -1, NULL));
  g_assert_null (strchr (xml->str, '\x01'));
  g_assert_true (g_str_has_prefix (xml->str, "a b"));
}

static void
test_package (void)
{
  Figure figure = { NULL, 0 };
  g_autoptr(FkPdfDocument) doc = every_block (&figure);
  g_autofree char *path = tmp_path ("rapport.odt");
  g_autoptr(GError) error = NULL;
  g_autofree char *mimetype = NULL, *manifest = NULL, *meta = NULL, *styles = NULL, *content = NULL;
  zip_t *zip;
  zip_stat_t st;
  int status = 0;
  gsize size;
  Parsed p;

  g_assert_true (fk_odt_write_document (doc, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (figure.drawn, ==, 1);

  zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &status);
  g_assert_nonnull (zip);
  /* The first entry: "mimetype", stored, no extra field, the media type. */
  g_assert_cmpstr (zip_get_name (zip, 0, 0), ==, "mimetype");
  g_assert_cmpint (zip_stat_index (zip, 0, 0, &st), ==, 0);
  g_assert_cmpint (st.comp_method, ==, ZIP_CM_STORE);
  g_assert_cmpint (zip_file_extra_fields_count (zip, 0, ZIP_FL_LOCAL), ==, 0);
  g_assert_cmpint (zip_file_extra_fields_count (zip, 0, ZIP_FL_CENTRAL), ==, 0);
  mimetype = read_entry (zip, "mimetype", &size);
  g_assert_cmpmem (mimetype, size, FK_ODT_MIME_TYPE, strlen (FK_ODT_MIME_TYPE));
  {
    /* The bytes at 30: the name, then straight away the media type. */
    g_autofree char *raw = NULL;
    gsize raw_size;

    g_assert_true (g_file_get_contents (path, &raw, &raw_size, NULL));
    g_assert_cmpmem (raw + 30, 8 + strlen (FK_ODT_MIME_TYPE), "mimetype" FK_ODT_MIME_TYPE,
                     8 + strlen (FK_ODT_MIME_TYPE));
  }

  /* The manifest lists every entry but itself and mimetype, and nothing else. */
  manifest = read_entry (zip, "META-INF/manifest.xml", NULL);
  g_assert_nonnull (manifest);
  parse_xml (manifest, &p);
  g_assert_cmpuint (n_elements (&p, "manifest:file-entry"), ==, (guint) zip_get_num_entries (zip, 0) - 2 + 1);
  parsed_clear (&p);
  for (zip_int64_t i = 1; i < zip_get_num_entries (zip, 0); i++)
    {
      const char *name = zip_get_name (zip, (zip_uint64_t) i, 0);
      g_autofree char *entry = g_strdup_printf ("manifest:full-path=\"%s\"", name);

      if (!g_str_equal (name, "META-INF/manifest.xml"))
        g_assert_nonnull (strstr (manifest, entry));
    }
  g_assert_nonnull (strstr (manifest, "manifest:version=\"1.3\""));

  /* The figure, a PNG. */
  {
    g_autofree char *png = read_entry (zip, "Pictures/figure1.png", &size);

    g_assert_nonnull (png);
    g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
  }

  meta = read_entry (zip, "meta.xml", NULL);
  parse_xml (meta, &p);
  g_assert_cmpuint (n_elements (&p, "meta:generator"), ==, 1);
  g_assert_cmpuint (n_elements (&p, "meta:creation-date"), ==, 1);
  g_assert_nonnull (strstr (meta, "<dc:title>Förmågekarta &amp; &lt;rapport&gt;</dc:title>"));
  g_assert_nonnull (strstr (meta, "<dc:language>sv-SE</dc:language>"));
  g_assert_nonnull (strstr (meta, "Förmågekarta " PACKAGE_VERSION));
  parsed_clear (&p);

  styles = read_entry (zip, "styles.xml", NULL);
  parse_xml (styles, &p);
  for (guint level = 1; level <= 3; level++)
    {
      g_autofree char *heading = g_strdup_printf ("style:name=\"Heading_20_%u\" style:display-name=\"Heading %u\"",
                                                  level, level);
      g_autofree char *outline = g_strdup_printf ("style:default-outline-level=\"%u\"", level);

      g_assert_nonnull (strstr (styles, heading));
      g_assert_nonnull (strstr (styles, outline));
    }
  g_assert_cmpuint (n_elements (&p, "text:outline-style"), ==, 1);
  g_assert_cmpuint (n_elements (&p, "text:list-style"), ==, 2);
  parsed_clear (&p);

  content = read_entry (zip, "content.xml", NULL);
  g_assert_nonnull (strstr (content, "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""));
  g_assert_nonnull (strstr (content, "office:version=\"1.3\""));
  parse_xml (content, &p);
  /* Headings with their levels, in order; the contents list levels 1–2. */
  g_assert_cmpuint (p.headings->len, ==, 4);
  g_assert_cmpstr (p.headings->pdata[0], ==, "1:Metod");
  g_assert_cmpstr (p.headings->pdata[1], ==, "2:Skalan");
  g_assert_cmpstr (p.headings->pdata[2], ==, "3:Tabellen");
  g_assert_cmpstr (p.headings->pdata[3], ==, "1:Figurer");
  g_assert_cmpuint (n_elements (&p, "text:table-of-content"), ==, 1);
  g_assert_nonnull (strstr (content, "<text:table-of-content-source text:outline-level=\"2\">"));
  g_assert_true (has_string (p.paragraphs, "Skalan"));
  g_assert_false (has_string (p.paragraphs, "Tabellen"));
  /* Text as it was given: markup literal, spaces and line breaks kept. */
  g_assert_true (has_string (p.paragraphs, LITERAL));
  g_assert_true (has_string (p.paragraphs, "Liten  text med   mellanrum"));
  g_assert_true (has_string (p.paragraphs, "Rad ett\nRad två"));
  g_assert_true (has_string (p.paragraphs, "Fetstil utan styrtecken"));
  g_assert_true (has_string (p.paragraphs, "Andra <punkten>"));
  g_assert_true (has_string (p.paragraphs, "Förmågekarta & <rapport>"));
  /* Lists, tables (the title page's has no header), the figure. */
  g_assert_cmpuint (n_elements (&p, "text:list"), ==, 2);
  g_assert_cmpuint (n_elements (&p, "text:list-item"), ==, 5);
  g_assert_nonnull (strstr (content, "text:style-name=\"Numbering_20_123\""));
  g_assert_cmpuint (n_elements (&p, "table:table"), ==, 2);
  g_assert_cmpuint (n_elements (&p, "table:table-header-rows"), ==, 1);
  g_assert_cmpuint (p.header_rows, ==, 1);
  g_assert_cmpuint (p.rows, ==, 2 + 6);
  g_assert_cmpuint (n_elements (&p, "table:table-column"), ==, 2 + 3);
  g_assert_nonnull (strstr (content, "fo:background-color=\"#ff8000\""));
  g_assert_nonnull (strstr (content, "fo:background-color=\"#f3f5f7\""));
  g_assert_nonnull (strstr (content, "fo:text-align=\"end\""));
  g_assert_cmpuint (n_elements (&p, "draw:frame"), ==, 1);
  g_assert_nonnull (strstr (content, "xlink:href=\"Pictures/figure1.png\""));
  /* Paragraph styles by the block's style. */
  g_assert_nonnull (strstr (content, "text:style-name=\"Small_20_text\""));
  g_assert_nonnull (strstr (content, "text:style-name=\"Caption\""));
  g_assert_nonnull (strstr (content, "text:style-name=\"Text_20_body_20_bold\""));
  /* Page breaks: after the title page, and before each page break's next block. */
  {
    g_auto(GStrv) parts = g_strsplit (content, "text:style-name=\"Break_", -1);

    g_assert_cmpuint (g_strv_length (parts) - 1, ==, 3);
  }
  g_assert_nonnull (strstr (content, "<text:h text:style-name=\"Break_Heading_20_1\" text:outline-level=\"1\">Figurer"));
  parsed_clear (&p);

  zip_close (zip);
  remove_tmp (path);
}

/* Cancelled before or during: FALSE, G_IO_ERROR_CANCELLED, the old file
 * as it was, no temporary file left. */
static void
test_cancelled (void)
{
  g_autofree char *path = tmp_path ("rapport.odt");
  g_autofree char *dir = g_path_get_dirname (path);

  for (guint before = 0; before < 2; before++)
    {
      g_autoptr(GCancellable) cancel = g_cancellable_new ();
      Figure figure = { before ? NULL : cancel, 0 };
      g_autoptr(FkPdfDocument) doc = every_block (&figure);
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GDir) d = NULL;
      guint n_files = 0;

      g_assert_true (g_file_set_contents (path, "the previous text", -1, NULL));
      if (before)
        g_cancellable_cancel (cancel);
      g_assert_false (fk_odt_write_document (doc, path, cancel, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (figure.drawn, ==, before ? 0 : 1);
      g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, "the previous text");
      d = g_dir_open (dir, 0, NULL);
      while (g_dir_read_name (d) != NULL)
        n_files++;
      g_assert_cmpuint (n_files, ==, 1);
    }
  remove_tmp (path);
}

/* A table with neither header nor rows is left out (ODF has no empty
 * table); one with a header and no rows is a header row alone. */
static void
test_empty_tables (void)
{
  g_autoptr(FkPdfDocument) doc = fk_pdf_document_new ("en");
  g_autoptr(GPtrArray) pictures = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_odt_picture_free);
  g_autoptr(GError) error = NULL;
  FkPdfTable *headed = fk_pdf_table_new (2);
  g_autofree char *content = NULL;
  Parsed p;

  fk_pdf_document_add_table (doc, fk_pdf_table_new (3));
  fk_pdf_table_set_column (headed, 0, "Rank", 0, FK_PDF_ALIGN_END);
  fk_pdf_document_add_table (doc, headed);
  content = fk_odt_content_xml (doc, pictures, NULL, &error);
  g_assert_no_error (error);
  parse_xml (content, &p);
  g_assert_cmpuint (n_elements (&p, "table:table"), ==, 1);
  g_assert_cmpuint (p.header_rows, ==, 1);
  g_assert_cmpuint (p.rows, ==, 0);
  g_assert_cmpuint (pictures->len, ==, 0);
  parsed_clear (&p);
}

static void
test_unwritable (void)
{
  g_autoptr(FkPdfDocument) doc = fk_pdf_document_new ("en");
  g_autoptr(GError) error = NULL;

  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, "x");
  g_assert_false (fk_odt_write_document (doc, "/nonexistent-dir/x.odt", NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent-dir/x.odt"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/odt/text-escaped", test_text_escaped);
  g_test_add_func ("/odt/package", test_package);
  g_test_add_func ("/odt/cancelled", test_cancelled);
  g_test_add_func ("/odt/empty-tables", test_empty_tables);
  g_test_add_func ("/odt/unwritable", test_unwritable);
  return g_test_run ();
}
