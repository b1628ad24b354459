/* fk-odt-styles.c — styles.xml, meta.xml and the manifest of the OpenDocument text
 *
 * The named styles are those word processors know by name ("Heading 1",
 * "Text body", "Caption", "Table Contents", "List 1", …), so that pasted
 * into the report they take the report's look, its heading numbering and
 * its navigator; sizes and colours are the PDF's (fk-pdf-style.c).
 */
#define G_LOG_DOMAIN "fk-odt-styles"
#include "config.h"
#include "fk-odt-private.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

/* A named paragraph style: @name, what people see (@display, NULL: the
 * same), its parent (nullable), its class, then its paragraph and text
 * properties (attributes, either NULL). */
static void
paragraph_style (GString    *xml,
                 const char *name,
                 const char *display,
                 const char *parent,
                 const char *class,
                 const char *paragraph,
                 const char *text)
{
  g_string_append_printf (xml, "<style:style style:name=\"%s\"", name);
  if (display != NULL)
    g_string_append_printf (xml, " style:display-name=\"%s\"", display);
  g_string_append (xml, " style:family=\"paragraph\"");
  if (parent != NULL)
    g_string_append_printf (xml, " style:parent-style-name=\"%s\"", parent);
  g_string_append_printf (xml, " style:class=\"%s\">", class);
  if (paragraph != NULL)
    g_string_append_printf (xml, "<style:paragraph-properties %s/>", paragraph);
  if (text != NULL)
    g_string_append_printf (xml, "<style:text-properties %s/>", text);
  g_string_append (xml, "</style:style>");
}

static void
heading_style (GString    *xml,
               guint       level,
               const char *size,
               const char *color)
{
  g_autofree char *name = g_strdup_printf ("Heading_20_%u", level);
  g_autofree char *display = g_strdup_printf ("Heading %u", level);
  g_autofree char *text = g_strdup_printf ("fo:font-size=\"%s\" fo:color=\"%s\"", size, color);

  g_string_append_printf (xml,
                          "<style:style style:name=\"%s\" style:display-name=\"%s\" style:family=\"paragraph\""
                          " style:parent-style-name=\"Heading\" style:next-style-name=\"Text_20_body\""
                          " style:default-outline-level=\"%u\" style:class=\"text\">"
                          "<style:text-properties %s/></style:style>",
                          name, display, level, text);
}

/* A list style of one look on every level, indented 0.635 cm a level. */
static void
list_style (GString    *xml,
            const char *name,
            const char *display,
            gboolean    numbered)
{
  g_string_append_printf (xml, "<text:list-style style:name=\"%s\" style:display-name=\"%s\">", name, display);
  for (guint level = 1; level <= 10; level++)
    {
      g_autofree char *at = fk_odt_length_cm (18.0 * level);
      g_autofree char *indent = fk_odt_length_cm (-18.0);
      g_autofree char *properties =
        g_strdup_printf ("<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                         "<style:list-level-label-alignment text:label-followed-by=\"listtab\""
                         " text:list-tab-stop-position=\"%s\" fo:text-indent=\"%s\" fo:margin-left=\"%s\"/>"
                         "</style:list-level-properties>",
                         at, indent, at);

      if (numbered)
        g_string_append_printf (xml,
                                "<text:list-level-style-number text:level=\"%u\" style:num-suffix=\".\""
                                " style:num-format=\"1\">%s</text:list-level-style-number>",
                                level, properties);
      else
        g_string_append_printf (xml,
                                "<text:list-level-style-bullet text:level=\"%u\" text:bullet-char=\"•\">%s"
                                "</text:list-level-style-bullet>",
                                level, properties);
    }
  g_string_append (xml, "</text:list-style>");
}

char *
fk_odt_styles_xml (FkPdfDocument *doc)
{
  GString *xml = g_string_new (HEAD "<office:document-styles" FK_ODT_NAMESPACES
                               " office:version=\"" FK_ODT_VERSION "\"><office:styles>");
  gboolean swedish = g_strcmp0 (doc->language, "sv") == 0;
  g_autofree char *tab = fk_odt_length_cm (FK_ODT_TEXT_WIDTH);
  g_autofree char *toc_tabs = g_strdup_printf ("<style:tab-stops><style:tab-stop style:position=\"%s\""
                                               " style:type=\"right\" style:leader-style=\"dotted\""
                                               " style:leader-text=\".\"/></style:tab-stops>", tab);
  g_autofree char *toc_1 = NULL, *toc_2 = NULL;

  /* The language, for spelling and hyphenation in the word processor. */
  g_string_append_printf (xml,
                          "<style:default-style style:family=\"paragraph\">"
                          "<style:paragraph-properties fo:orphans=\"2\" fo:widows=\"2\"/>"
                          "<style:text-properties fo:font-size=\"10.5pt\" fo:color=\"#1e1e1e\""
                          " fo:language=\"%s\" fo:country=\"%s\"/></style:default-style>"
                          "<style:default-style style:family=\"table\">"
                          "<style:table-properties table:border-model=\"collapsing\"/></style:default-style>",
                          swedish ? "sv" : "en", swedish ? "SE" : "GB");
  paragraph_style (xml, "Standard", NULL, NULL, "text", NULL, NULL);
  paragraph_style (xml, "Heading", NULL, "Standard", "text",
                   "fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"",
                   "fo:font-weight=\"bold\"");
  heading_style (xml, 1, "18pt", "#1c3f5e");
  heading_style (xml, 2, "13.5pt", "#1c3f5e");
  heading_style (xml, 3, "11pt", "#1e1e1e");
  paragraph_style (xml, "Text_20_body", "Text body", "Standard", "text",
                   "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\" fo:line-height=\"125%\"", NULL);
  paragraph_style (xml, "Small_20_text", "Small text", "Text_20_body", "text", NULL,
                   "fo:font-size=\"8.5pt\" fo:color=\"#3d3d3d\"");
  paragraph_style (xml, "Text_20_body_20_bold", "Text body bold", "Text_20_body", "text", NULL,
                   "fo:font-weight=\"bold\"");
  paragraph_style (xml, "Caption", NULL, "Standard", "extra",
                   "fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.25cm\"",
                   "fo:font-size=\"9pt\" fo:font-style=\"italic\" fo:color=\"#3d3d3d\"");
  paragraph_style (xml, "Title", NULL, "Heading", "chapter", "fo:margin-top=\"4cm\"",
                   "fo:font-size=\"28pt\" fo:color=\"#1c3f5e\"");
  paragraph_style (xml, "Subtitle", NULL, "Heading", "chapter", "fo:margin-bottom=\"1cm\"",
                   "fo:font-size=\"15pt\" fo:font-weight=\"normal\" fo:color=\"#3d3d3d\"");
  paragraph_style (xml, "List", NULL, "Text_20_body", "list", "fo:margin-bottom=\"0.1cm\"", NULL);
  paragraph_style (xml, "Table_20_Contents", "Table Contents", "Standard", "extra", NULL,
                   "fo:font-size=\"9pt\"");
  paragraph_style (xml, "Table_20_Heading", "Table Heading", "Table_20_Contents", "extra", NULL,
                   "fo:font-weight=\"bold\"");
  paragraph_style (xml, "Figure", NULL, "Standard", "extra",
                   "fo:text-align=\"center\" fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.1cm\"", NULL);
  paragraph_style (xml, "Contents_20_Heading", "Contents Heading", "Heading", "index", NULL,
                   "fo:font-size=\"16pt\" fo:color=\"#1c3f5e\"");
  toc_1 = g_strdup_printf ("<style:style style:name=\"Contents_20_1\" style:display-name=\"Contents 1\""
                           " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"index\">"
                           "<style:paragraph-properties fo:margin-top=\"0.15cm\">%s</style:paragraph-properties>"
                           "<style:text-properties fo:font-weight=\"bold\"/></style:style>", toc_tabs);
  toc_2 = g_strdup_printf ("<style:style style:name=\"Contents_20_2\" style:display-name=\"Contents 2\""
                           " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"index\">"
                           "<style:paragraph-properties fo:margin-left=\"0.5cm\">%s</style:paragraph-properties>"
                           "</style:style>", toc_tabs);
  g_string_append (xml, toc_1);
  g_string_append (xml, toc_2);
  list_style (xml, "List_20_1", "List 1", FALSE);
  list_style (xml, "Numbering_20_123", "Numbering 123", TRUE);
  /* No numbers of our own: the report's numbering applies when pasted. */
  g_string_append (xml, "<text:outline-style style:name=\"Outline\">");
  for (guint level = 1; level <= 10; level++)
    g_string_append_printf (xml, "<text:outline-level-style text:level=\"%u\" style:num-format=\"\"/>", level);
  g_string_append (xml, "</text:outline-style></office:styles>");

  g_string_append (xml, "<office:automatic-styles><style:page-layout style:name=\"A4\">"
                        "<style:page-layout-properties fo:page-width=\"21.001cm\" fo:page-height=\"29.7cm\""
                        " style:print-orientation=\"portrait\" fo:margin-top=\"1.976cm\" fo:margin-bottom=\"1.976cm\""
                        " fo:margin-left=\"1.976cm\" fo:margin-right=\"1.976cm\"/></style:page-layout>"
                        "</office:automatic-styles><office:master-styles>"
                        "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"/>"
                        "</office:master-styles></office:document-styles>\n");
  return g_string_free (xml, FALSE);
}

static void
meta_element (GString    *xml,
              const char *element,
              const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (xml, "<%s>", element);
  fk_odt_append_escaped (xml, value);
  g_string_append_printf (xml, "</%s>", element);
}

char *
fk_odt_meta_xml (FkPdfDocument *doc)
{
  GString *xml = g_string_new (HEAD "<office:document-meta" FK_ODT_NAMESPACES
                               " office:version=\"" FK_ODT_VERSION "\"><office:meta>");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* Local time without an offset, as word processors write it. */
  g_autofree char *date = g_date_time_format (doc->created != NULL ? doc->created : now, "%Y-%m-%dT%H:%M:%S");

  meta_element (xml, "meta:generator", "Förmågekarta " PACKAGE_VERSION);
  meta_element (xml, "dc:title", doc->title);
  meta_element (xml, "dc:subject", doc->subject);
  meta_element (xml, "meta:keyword", doc->keywords);
  meta_element (xml, "meta:initial-creator", doc->author);
  meta_element (xml, "dc:creator", doc->author);
  meta_element (xml, "dc:language", g_strcmp0 (doc->language, "sv") == 0 ? "sv-SE" : "en-GB");
  meta_element (xml, "meta:creation-date", date);
  meta_element (xml, "dc:date", date);
  g_string_append (xml, "</office:meta></office:document-meta>\n");
  return g_string_free (xml, FALSE);
}

static void
manifest_entry (GString    *xml,
                const char *path,
                const char *media_type)
{
  g_string_append (xml, "<manifest:file-entry manifest:full-path=\"");
  fk_odt_append_escaped (xml, path);
  g_string_append_printf (xml, "\" manifest:media-type=\"%s\"/>", media_type);
}

char *
fk_odt_manifest_xml (GPtrArray *pictures)
{
  GString *xml = g_string_new (HEAD "<manifest:manifest"
                               " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                               " manifest:version=\"" FK_ODT_VERSION "\">"
                               "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"" FK_ODT_VERSION "\""
                               " manifest:media-type=\"" FK_ODT_MIME_TYPE "\"/>");

  manifest_entry (xml, "content.xml", "text/xml");
  manifest_entry (xml, "styles.xml", "text/xml");
  manifest_entry (xml, "meta.xml", "text/xml");
  for (guint i = 0; i < pictures->len; i++)
    manifest_entry (xml, ((FkOdtPicture *) pictures->pdata[i])->name, "image/png");
  g_string_append (xml, "</manifest:manifest>\n");
  return g_string_free (xml, FALSE);
}
