/* fk-odt-writer.h — a block document (fk-pdf-document.h) as an OpenDocument text (.odt)
 *
 * The same blocks the PDF engine paginates, written as an editable text
 * for a word processor (issue 15, "The report text"; docs/export-data.md):
 * the title page as a title, a subtitle and a table of labels and values;
 * the contents as an ODF table of contents over heading levels 1–2
 * (filled with the headings; the word processor adds the page numbers
 * when it updates the index); headings as text:h in the default heading
 * styles "Heading 1"–"Heading 3" with their outline levels; paragraphs in
 * named paragraph styles; lists; tables with a header row that word
 * processors repeat on each page, column widths from the engine's and
 * cell fills; figures drawn to PNG at 150 dpi and embedded; a page break
 * as a break before what follows (landscape is not kept). The document
 * is not drawn, so it may be written from any thread that owns it.
 */
#pragma once

#include <gio/gio.h>
#include "fk-pdf-document.h"

G_BEGIN_DECLS

/* The media type written in the package's first entry. */
#define FK_ODT_MIME_TYPE "application/vnd.oasis.opendocument.text"

/* Writes @doc to @path as an OpenDocument 1.3 text package (libzip),
 * through a temporary file beside it (fk_export_write_replacing()).
 * Cancelled between blocks: FALSE with G_IO_ERROR_CANCELLED and @path
 * untouched. Other failures: FK_ERROR_IO naming @path. */
gboolean fk_odt_write_document (FkPdfDocument  *doc,
                                const char     *path,
                                GCancellable   *cancellable,
                                GError        **error);

G_END_DECLS
