/* test-catalog.c — reading compiled gettext catalogues (.mo) */
#include "fk-catalog.h"
#include "fk-test-util.h"

#include <gio/gio.h>
#include <string.h>

typedef struct {
  const char *original;     /* may hold NULs: plural and context */
  gsize       original_length;
  const char *translation;
  gsize       translation_length;
} Message;

#define MSG(o, t) { o, sizeof o - 1, t, sizeof t - 1 }

static const Message messages[] = {
  MSG ("", "Content-Type: text/plain; charset=UTF-8\n"
           "Plural-Forms: nplurals=2; plural=(n != 1);\n"),
  MSG ("%u file\0%u files", "%u fil\0%u filer"),
  MSG ("Hello", "Hej"),
  MSG ("Untranslated", ""),
  MSG ("size class\004Small", "Liten"),
};

static void
append_word (GByteArray *out,
             guint32     word,
             gboolean    big_endian)
{
  guint32 w = big_endian ? GUINT32_TO_BE (word) : GUINT32_TO_LE (word);

  g_byte_array_append (out, (const guint8 *) &w, 4);
}

/* A .mo file of @n @messages in either byte order, laid out as msgfmt
 * does: header, the two tables, then the strings, each ending in NUL.
 * @header_fix (nullable) may change the header's words before they are
 * written: [0] magic … [4] translations' offset. */
static GBytes *
write_mo (const Message *msgs,
          guint          n,
          gboolean       big_endian,
          void         (*header_fix) (guint32 *header))
{
  GByteArray *out = g_byte_array_new ();
  guint32 header[7] = { 0x950412de, 0, n, 28, 28 + 8 * n, 0, 28 + 16 * n };
  guint32 offset = 28 + 16 * n;

  if (header_fix != NULL)
    header_fix (header);
  for (guint i = 0; i < 7; i++)
    append_word (out, header[i], big_endian);
  for (guint table = 0; table < 2; table++)
    for (guint i = 0; i < n; i++)
      {
        gsize length = table == 0 ? msgs[i].original_length : msgs[i].translation_length;

        append_word (out, length, big_endian);
        append_word (out, offset, big_endian);
        offset += length + 1;
      }
  for (guint table = 0; table < 2; table++)
    for (guint i = 0; i < n; i++)
      {
        const char *text = table == 0 ? msgs[i].original : msgs[i].translation;
        gsize length = table == 0 ? msgs[i].original_length : msgs[i].translation_length;

        g_byte_array_append (out, (const guint8 *) text, length + 1);
      }
  return g_byte_array_free_to_bytes (out);
}

static void
assert_messages (const FkCatalog *catalog)
{
  g_assert_cmpuint (fk_catalog_get_size (catalog), ==, 3);
  g_assert_cmpstr (fk_catalog_lookup (catalog, "Hello"), ==, "Hej");
  g_assert_cmpstr (fk_catalog_lookup (catalog, "size class\004Small"), ==, "Liten");
  g_assert_null (fk_catalog_lookup (catalog, "Small"));
  g_assert_null (fk_catalog_lookup (catalog, "Untranslated"));
  g_assert_null (fk_catalog_lookup (catalog, "Goodbye"));
  g_assert_null (fk_catalog_lookup (catalog, ""));
  g_assert_cmpstr (fk_catalog_lookup_plural (catalog, "%u file", 0), ==, "%u filer");
  g_assert_cmpstr (fk_catalog_lookup_plural (catalog, "%u file", 1), ==, "%u fil");
  g_assert_cmpstr (fk_catalog_lookup_plural (catalog, "%u file", 2), ==, "%u filer");
  g_assert_null (fk_catalog_lookup_plural (catalog, "%u files", 2));
  /* A singular's lookup of a plural message: its first form. */
  g_assert_cmpstr (fk_catalog_lookup (catalog, "%u file"), ==, "%u fil");
  /* A plural lookup of a message without forms: the one there is. */
  g_assert_cmpstr (fk_catalog_lookup_plural (catalog, "Hello", 5), ==, "Hej");
}

/* The same messages read from either byte order. */
static void
test_byte_orders (void)
{
  for (guint big = 0; big < 2; big++)
    {
      g_autoptr(GBytes) bytes = write_mo (messages, G_N_ELEMENTS (messages), big, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(FkCatalog) catalog = fk_catalog_new_from_bytes (bytes, "test.mo", &error);

      g_assert_no_error (error);
      assert_messages (catalog);
    }
}

static void
test_build_catalog (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", "sv", "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCatalog) catalog = fk_catalog_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fk_catalog_get_size (catalog), >, 1000);
  g_assert_cmpstr (fk_catalog_lookup (catalog, "Not assessed"), ==, "Ej bedömd");
  g_assert_cmpstr (fk_catalog_lookup (catalog, "size group\004Small"), ==, "Små");
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCatalog) catalog = fk_catalog_new_from_file ("/nonexistent/sv.mo", &error);

  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_null (catalog);
}

static void
refuse (GBytes     *bytes,
        const char *problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCatalog) catalog = fk_catalog_new_from_bytes (bytes, "broken.mo", &error);
  g_autofree char *pattern = g_strdup_printf ("broken.mo: *%s*", problem);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (catalog);
  if (!g_pattern_match_simple (pattern, error->message))
    g_error ("“%s” does not say “%s”", error->message, problem);
}

static void
bad_magic (guint32 *header)
{
  header[0] = 0x12345678;
}

static void
revision_2 (guint32 *header)
{
  header[1] = 2 << 16;
}

static void
huge_count (guint32 *header)
{
  header[2] = 0x20000000;
}

static void
tables_beyond (guint32 *header)
{
  header[4] = 0xfffffff0;
}

/* Every way a file can point outside itself or be something else is
 * refused before anything is read there. */
static void
test_broken (void)
{
  g_autoptr(GBytes) good = write_mo (messages, G_N_ELEMENTS (messages), FALSE, NULL);
  gsize size;
  const guint8 *data = g_bytes_get_data (good, &size);
  void (*fixes[]) (guint32 *) = { bad_magic, revision_2, huge_count, tables_beyond };
  const char *problems[] = { "not a GNU", "revision 2", "beyond the end", "beyond the end" };

  for (guint i = 0; i < G_N_ELEMENTS (fixes); i++)
    {
      g_autoptr(GBytes) bytes = write_mo (messages, G_N_ELEMENTS (messages), i % 2, fixes[i]);

      refuse (bytes, problems[i]);
    }
  /* Cut anywhere: never read beyond (every length, each byte order). */
  for (guint big = 0; big < 2; big++)
    {
      g_autoptr(GBytes) whole = write_mo (messages, G_N_ELEMENTS (messages), big, NULL);
      const guint8 *bytes = g_bytes_get_data (whole, NULL);

      for (gsize cut = 0; cut < size; cut++)
        {
          /* A copy of its own, so that a read past @cut is one past the
           * block (AddressSanitizer's build sees it). */
          g_autoptr(GBytes) part = g_bytes_new (bytes, cut);

          refuse (part, cut < 20 ? "too short" : "beyond the end");
        }
    }
  /* A string whose offset is far out; one whose terminating NUL is not
   * where its length says. */
  {
    g_autofree guint8 *copy = g_memdup2 (data, size);
    guint32 far = GUINT32_TO_LE (0x7fffffff);
    g_autoptr(GBytes) bytes = NULL;

    memcpy (copy + 28 + 8 * 2 + 4, &far, 4);   /* the third original's offset */
    bytes = g_bytes_new (copy, size);
    refuse (bytes, "beyond the end");
  }
  {
    g_autofree guint8 *copy = g_memdup2 (data, size);
    guint32 length;
    g_autoptr(GBytes) bytes = NULL;

    memcpy (&length, copy + 28 + 8 * 2, 4);
    length = GUINT32_TO_LE (GUINT32_FROM_LE (length) - 1);   /* "Hell" */
    memcpy (copy + 28 + 8 * 2, &length, 4);
    bytes = g_bytes_new (copy, size);
    refuse (bytes, "no end");
  }
  {
    Message latin1[] = { MSG ("Hello", "H\xe9j") };
    g_autoptr(GBytes) bytes = write_mo (latin1, 1, FALSE, NULL);

    refuse (bytes, "not UTF-8");
  }
}

/* Another plural rule is refused with a warning, and n != 1 used. */
static void
test_other_plural_rule (void)
{
  Message russian[] = {
    MSG ("", "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : 1);\n"),
    MSG ("%u file\0%u files", "%u файл\0%u файла\0%u файлов"),
  };
  g_autoptr(GBytes) bytes = write_mo (russian, G_N_ELEMENTS (russian), FALSE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCatalog) catalog = NULL;

  /* In a subprocess, its warning not fatal: g_test_expect_message()
   * does not see structured logging. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("*ru.mo: plural rule*nplurals=3*not supported*");
      return;
    }
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  catalog = fk_catalog_new_from_bytes (bytes, "ru.mo", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_catalog_lookup_plural (catalog, "%u file", 1), ==, "%u файл");
  g_assert_cmpstr (fk_catalog_lookup_plural (catalog, "%u file", 21), ==, "%u файла");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/catalog/byte-orders", test_byte_orders);
  g_test_add_func ("/core/catalog/build-catalog", test_build_catalog);
  g_test_add_func ("/core/catalog/missing-file", test_missing_file);
  g_test_add_func ("/core/catalog/broken", test_broken);
  g_test_add_func ("/core/catalog/other-plural-rule", test_other_plural_rule);
  return g_test_run ();
}
