/* fk-odt-private.h — what the OpenDocument writer's files share: the XML parts and the pictures */
#pragma once

#include "fk-odt-writer.h"
#include "fk-pdf-private.h"

G_BEGIN_DECLS

/* The namespaces every part declares (ODF 1.3). */
#define FK_ODT_VERSION "1.3"
#define FK_ODT_NAMESPACES \
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" \
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" \
  " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"" \
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" \
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"" \
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" \
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" \
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"" \
  " xmlns:loext=\"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0\""

/* The width of the text on an A4 portrait page, in points: what tables
 * and figures are sized to (the PDF's margins). */
#define FK_ODT_TEXT_WIDTH  (FK_PDF_A4_WIDTH - 2 * FK_PDF_MARGIN)
#define FK_ODT_TEXT_HEIGHT (FK_PDF_A4_HEIGHT - 2 * FK_PDF_MARGIN - 40.0)

/* A figure drawn to PNG, stored as Pictures/<name>. */
typedef struct {
  char   *name;
  GBytes *png;
} FkOdtPicture;

void    fk_odt_picture_free    (FkOdtPicture *picture);

/* fk-odt-text.c */
/* Appends @text as ODF character content: escaped (g_markup), a newline
 * as text:line-break, a tab as text:tab, a run of spaces (or a space at
 * the start) as text:s, characters XML cannot hold left out. */
void    fk_odt_append_text     (GString    *xml,
                                const char *text);
/* Appends @text escaped for an attribute value or plain element. */
void    fk_odt_append_escaped  (GString    *xml,
                                const char *text);
/* "12.345cm", always with a point. Returns: (transfer full) */
char   *fk_odt_length_cm       (double      points);

/* fk-odt-content.c */
/* content.xml for @doc's blocks; figures drawn into @pictures
 * (FkOdtPicture*). Checks @cancellable between blocks: NULL with @error
 * when cancelled. Returns: (transfer full) (nullable) */
char   *fk_odt_content_xml     (FkPdfDocument *doc,
                                GPtrArray     *pictures,
                                GCancellable  *cancellable,
                                GError       **error);

/* fk-odt-figure.c */
/* Draws figure block @block to a PNG at 150 dpi, white behind it, at
 * the size it is shown (@width × @height points). Returns: (transfer full) */
GBytes *fk_odt_figure_png      (FkPdfBlock   *block,
                                double        width,
                                double        height);

/* fk-odt-styles.c */
/* styles.xml: the named styles (paragraphs, headings, lists, tables), the
 * outline and the A4 page. Returns: (transfer full) */
char   *fk_odt_styles_xml      (FkPdfDocument *doc);
/* meta.xml: title, subject, keywords, author, language, generator and
 * creation date. Returns: (transfer full) */
char   *fk_odt_meta_xml        (FkPdfDocument *doc);
/* META-INF/manifest.xml listing the parts and @pictures. Returns: (transfer full) */
char   *fk_odt_manifest_xml    (GPtrArray     *pictures);

G_END_DECLS
