/* fk-catalog.h — a compiled gettext catalogue (.mo) read into memory */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One language's translations, read once and never changed: any thread
 * may look up in it at the same time without a lock. */
typedef struct _FkCatalog FkCatalog;

/* Reads a GNU .mo file (either byte order). A file that cannot be read,
 * is cut short or points outside itself is refused with a G_FILE_ERROR or
 * G_IO_ERROR_INVALID_DATA whose message (for a log, not for people)
 * names the file and the problem. Returns: (transfer full) */
FkCatalog  *fk_catalog_new_from_file  (const char *path,
                                       GError    **error);
/* The same from the file's bytes; @name is what messages call it. */
FkCatalog  *fk_catalog_new_from_bytes (GBytes     *bytes,
                                       const char *name,
                                       GError    **error);
void        fk_catalog_free           (FkCatalog  *catalog);

/* The translation of @msgid ("context\004msgid" for a message with a
 * context), or NULL when the catalogue has none. (transfer none): it
 * lives as long as @catalog. */
const char *fk_catalog_lookup         (const FkCatalog *catalog,
                                       const char      *msgid);
/* The plural form for @n of the message whose singular is @msgid, or
 * NULL when the catalogue has none. The form is chosen by the
 * catalogue's Plural-Forms when it is "nplurals=2; plural=(n != 1);"
 * (Swedish, English, German…); any other rule is refused with a warning
 * when the catalogue is read and English's rule is used instead. */
const char *fk_catalog_lookup_plural  (const FkCatalog *catalog,
                                       const char      *msgid,
                                       gulong           n);
/* How many translations the catalogue holds (its header not counted). */
guint       fk_catalog_get_size       (const FkCatalog *catalog);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkCatalog, fk_catalog_free)

G_END_DECLS
