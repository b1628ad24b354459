/* fk-catalog.c — a compiled gettext catalogue (.mo) read into memory
 *
 * The format is GNU gettext's ("The Format of GNU MO Files"): a header
 * of 32-bit words (magic, revision, count N, offset of the originals'
 * table, offset of the translations' table), then two tables of N
 * (length, offset) pairs pointing at NUL-terminated strings. A plural
 * message's original is "singular\0plural" and its translation
 * "form0\0form1…"; a message with a context is "context\004msgid". The
 * file is kept whole and the table points into it. Everything read from
 * it is checked against its size first: a broken file is refused, never
 * read beyond. */
#define G_LOG_DOMAIN "fk-catalog"
#include "fk-catalog.h"

#include <gio/gio.h>
#include <string.h>

#define MO_MAGIC 0x950412deu
#define MO_HEADER_SIZE 20   /* magic, revision, N, originals, translations */

typedef struct {
  const char *text;    /* the forms, each ending in NUL */
  guint32     length;  /* bytes of all forms, the last NUL not counted */
} Translation;

struct _FkCatalog {
  GBytes      *bytes;
  Translation *translations;
  GHashTable  *table;          /* original's first string → Translation* */
};

typedef struct {
  const guint8 *data;
  gsize         size;
  gboolean      swapped;      /* the file's byte order is not ours */
  const char   *name;
} MoFile;

static guint32
read_word (const MoFile *mo,
           gsize         offset)
{
  guint32 word;

  memcpy (&word, mo->data + offset, sizeof word);
  return mo->swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The string of table entry @index at @table_offset, after checking that
 * the entry and its string, NUL included, lie inside the file. */
static gboolean
read_string (const MoFile  *mo,
             guint32        table_offset,
             guint32        index,
             const char   **text,
             guint32       *length,
             GError       **error)
{
  guint64 entry = (guint64) table_offset + (guint64) index * 8;
  guint64 offset;

  if (entry + 8 > mo->size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: table entry %u lies beyond the end of the file", mo->name, index);
      return FALSE;
    }
  *length = read_word (mo, entry);
  offset = read_word (mo, entry + 4);
  if (offset + *length + 1 > mo->size || mo->data[offset + *length] != '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: string %u lies beyond the end of the file or has no end", mo->name, index);
      return FALSE;
    }
  *text = (const char *) mo->data + offset;
  return TRUE;
}

/* Every form of a translation is UTF-8 (what our .po files are): a file
 * with anything else is damaged, and its words must never reach Pango. */
static gboolean
forms_are_utf8 (const char *text,
                guint32     length)
{
  const char *end = text + length;

  for (const char *form = text; form <= end; form += strlen (form) + 1)
    if (!g_utf8_validate (form, -1, NULL))
      return FALSE;
  return TRUE;
}

/* n != 1 is the one plural rule we evaluate (Swedish's): warns when the
 * header's Plural-Forms asks for another. Without one, gettext uses
 * n != 1 too. */
static void
check_plural_forms (const char *header,
                    const char *name)
{
  const char *line = header != NULL ? strstr (header, "Plural-Forms:") : NULL;
  g_autoptr(GString) rule = NULL;

  if (line == NULL)
    return;
  rule = g_string_new (NULL);
  for (const char *c = line + strlen ("Plural-Forms:"); *c != '\0' && *c != '\n'; c++)
    if (!g_ascii_isspace (*c))
      g_string_append_c (rule, *c);
  if (rule->len > 0 && rule->str[rule->len - 1] == ';')
    g_string_truncate (rule, rule->len - 1);
  if (g_str_equal (rule->str, "nplurals=2;plural=(n!=1)") ||
      g_str_equal (rule->str, "nplurals=2;plural=n!=1"))
    return;
  g_warning ("%s: plural rule “%s” is not supported; English’s (n != 1) is used",
             name, rule->str);
}

FkCatalog *
fk_catalog_new_from_bytes (GBytes     *bytes,
                           const char *name,
                           GError    **error)
{
  g_autoptr(FkCatalog) catalog = NULL;
  MoFile mo = { 0 };
  guint32 magic, n, originals, translations;
  const char *header = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  mo.data = g_bytes_get_data (bytes, &mo.size);
  mo.name = name != NULL ? name : "catalogue";
  if (mo.size < MO_HEADER_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: too short for a message catalogue", mo.name);
      return NULL;
    }
  memcpy (&magic, mo.data, sizeof magic);
  if (magic == GUINT32_SWAP_LE_BE (MO_MAGIC))
    mo.swapped = TRUE;
  else if (magic != MO_MAGIC)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: not a GNU message catalogue", mo.name);
      return NULL;
    }
  /* Major revisions 0 and 1 share the tables read here (1 adds
   * system-dependent strings, which we neither write nor need). */
  if (read_word (&mo, 4) >> 16 > 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: unknown catalogue revision %u", mo.name, read_word (&mo, 4) >> 16);
      return NULL;
    }
  n = read_word (&mo, 8);
  originals = read_word (&mo, 12);
  translations = read_word (&mo, 16);
  /* Both tables inside the file before anything is allocated for N. */
  if ((guint64) originals + (guint64) n * 8 > mo.size ||
      (guint64) translations + (guint64) n * 8 > mo.size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: its tables of %u messages lie beyond the end of the file", mo.name, n);
      return NULL;
    }

  catalog = g_new0 (FkCatalog, 1);
  catalog->bytes = g_bytes_ref (bytes);
  catalog->translations = g_new (Translation, n);
  catalog->table = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 0; i < n; i++)
    {
      const char *original;
      guint32 original_length;
      Translation *t = &catalog->translations[i];

      if (!read_string (&mo, originals, i, &original, &original_length, error) ||
          !read_string (&mo, translations, i, &t->text, &t->length, error))
        return NULL;
      if (!forms_are_utf8 (t->text, t->length))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s: translation %u is not UTF-8", mo.name, i);
          return NULL;
        }
      if (*original == '\0')
        header = t->text;
      else if (t->length > 0)   /* an empty translation is none */
        g_hash_table_insert (catalog->table, (gpointer) original, t);
    }
  check_plural_forms (header, mo.name);
  return g_steal_pointer (&catalog);
}

FkCatalog *
fk_catalog_new_from_file (const char *path,
                          GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize size;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &size, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), size);
  return fk_catalog_new_from_bytes (bytes, path, error);
}

void
fk_catalog_free (FkCatalog *catalog)
{
  if (catalog == NULL)
    return;
  g_clear_pointer (&catalog->table, g_hash_table_unref);
  g_free (catalog->translations);
  g_bytes_unref (catalog->bytes);
  g_free (catalog);
}

const char *
fk_catalog_lookup (const FkCatalog *catalog,
                   const char      *msgid)
{
  const Translation *t;

  g_return_val_if_fail (catalog != NULL, NULL);

  if (msgid == NULL || *msgid == '\0')
    return NULL;
  t = g_hash_table_lookup (catalog->table, msgid);
  return t != NULL ? t->text : NULL;
}

const char *
fk_catalog_lookup_plural (const FkCatalog *catalog,
                          const char      *msgid,
                          gulong           n)
{
  const Translation *t;
  const char *form, *end;
  guint index;

  g_return_val_if_fail (catalog != NULL, NULL);

  if (msgid == NULL || *msgid == '\0')
    return NULL;
  t = g_hash_table_lookup (catalog->table, msgid);
  if (t == NULL)
    return NULL;
  /* n != 1: see check_plural_forms(). */
  index = n != 1 ? 1 : 0;
  form = t->text;
  end = t->text + t->length;
  for (guint i = 0; i < index; i++)
    {
      const char *next = form + strlen (form) + 1;

      if (next > end)   /* fewer forms than the rule asks for: the last one */
        break;
      form = next;
    }
  return form;
}

guint
fk_catalog_get_size (const FkCatalog *catalog)
{
  g_return_val_if_fail (catalog != NULL, 0);

  return g_hash_table_size (catalog->table);
}
