/* fk-odt-writer.c — the OpenDocument package: parts made, zipped with libzip, renamed into place
 *
 * The package rules (ODF 1.3, part 2): the first entry is "mimetype",
 * stored uncompressed and without extra fields, holding the media type,
 * so that a reader knows the file from its first bytes; then the XML
 * parts, the pictures and META-INF/manifest.xml listing every entry.
 */
#define G_LOG_DOMAIN "fk-odt-writer"
#include "config.h"
#include "fk-odt-private.h"
#include "fk-error.h"
#include "fk-export-file.h"

#include "fk-i18n.h"
#include <string.h>
#include <zip.h>

typedef struct {
  FkPdfDocument *doc;
  const char    *path;
  GCancellable  *cancellable;
} OdtJob;

static void
set_io_error (GError      **error,
              const char   *path,
              const char   *detail)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: could not write the file"), display);
  if (error != NULL && detail != NULL)
    fk_error_set_detail (*error, detail);
}

/* Adds @name with @data (kept alive by the caller until the archive is
 * closed), stored or deflated. */
static gboolean
add_entry (zip_t       *zip,
           const char  *name,
           const void  *data,
           gsize        size,
           gboolean     store)
{
  zip_source_t *source = zip_source_buffer (zip, data, size, 0);
  zip_int64_t index;

  if (source == NULL)
    return FALSE;
  index = zip_file_add (zip, name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0)
    {
      zip_source_free (source);
      return FALSE;
    }
  return zip_set_file_compression (zip, (zip_uint64_t) index, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) == 0;
}

static gboolean
write_package (const char  *tmp_path,
               gpointer     user_data,
               GError     **error)
{
  const OdtJob *job = user_data;
  g_autoptr(GPtrArray) pictures = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_odt_picture_free);
  g_autofree char *content = NULL, *styles = NULL, *meta = NULL, *manifest = NULL;
  gboolean added;
  zip_t *zip;
  int status = 0;

  content = fk_odt_content_xml (job->doc, pictures, job->cancellable, error);
  if (content == NULL)
    return FALSE;
  styles = fk_odt_styles_xml (job->doc);
  meta = fk_odt_meta_xml (job->doc);
  manifest = fk_odt_manifest_xml (pictures);

  zip = zip_open (tmp_path, ZIP_CREATE | ZIP_TRUNCATE, &status);
  if (zip == NULL)
    {
      zip_error_t zip_error;

      zip_error_init_with_code (&zip_error, status);
      set_io_error (error, job->path, zip_error_strerror (&zip_error));
      zip_error_fini (&zip_error);
      return FALSE;
    }
  added = add_entry (zip, "mimetype", FK_ODT_MIME_TYPE, strlen (FK_ODT_MIME_TYPE), TRUE)
          && add_entry (zip, "content.xml", content, strlen (content), FALSE)
          && add_entry (zip, "styles.xml", styles, strlen (styles), FALSE)
          && add_entry (zip, "meta.xml", meta, strlen (meta), FALSE);
  for (guint i = 0; added && i < pictures->len; i++)
    {
      FkOdtPicture *picture = pictures->pdata[i];
      gsize size;
      const void *png = g_bytes_get_data (picture->png, &size);

      /* A PNG is compressed already. */
      added = add_entry (zip, picture->name, png, size, TRUE);
    }
  added = added && add_entry (zip, "META-INF/manifest.xml", manifest, strlen (manifest), FALSE);
  if (!added || g_cancellable_is_cancelled (job->cancellable))
    {
      if (!g_cancellable_set_error_if_cancelled (job->cancellable, error))
        set_io_error (error, job->path, zip_strerror (zip));
      zip_discard (zip);
      return FALSE;
    }
  /* Written here, into a file of libzip's beside @tmp_path, renamed onto it. */
  if (zip_close (zip) != 0)
    {
      set_io_error (error, job->path, zip_strerror (zip));
      zip_discard (zip);
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_odt_write_document (FkPdfDocument  *doc,
                       const char     *path,
                       GCancellable   *cancellable,
                       GError        **error)
{
  OdtJob job = { doc, path, cancellable };

  g_return_val_if_fail (doc != NULL && path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return fk_export_write_replacing (path, write_package, &job, error);
}
