/* test-names.c — municipalities named in running text (fk-names.h) */
#include "config.h"
#include "fk-core.h"

#include <string.h>

static FkRegion *
fyrbodal (void)
{
  g_autoptr(GError) error = NULL;
  FkRegion *region = fk_region_new_default (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (region->municipalities->len, ==, 14);
  return region;
}

static guint
row_of (FkRegion   *region,
        const char *name)
{
  for (guint r = 0; r < region->municipalities->len; r++)
    if (g_str_equal (((FkMunicipality *) region->municipalities->pdata[r])->name, name))
      return r;
  g_assert_not_reached ();
}

static void
test_join_plain (void)
{
  g_autoptr(FkRegion) region = fyrbodal ();
  guint rows[] = { row_of (region, "Uddevalla"), row_of (region, "Orust"), row_of (region, "Dals-Ed") };
  g_autofree char *none = fk_names_join_municipalities (region, rows, 0, NULL, FK_NAMES_PLAIN);
  g_autofree char *one = fk_names_join_municipalities (region, rows, 1, NULL, FK_NAMES_PLAIN);
  g_autofree char *two = fk_names_join_municipalities (region, rows, 2, NULL, FK_NAMES_PLAIN);
  g_autofree char *three = fk_names_join_municipalities (region, rows, 3, NULL, FK_NAMES_PLAIN);
  g_autofree char *whole = fk_names_join_municipalities (region, rows, 3, NULL, FK_NAMES_KEEP_WHOLE);

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (one, ==, "Uddevalla");
  /* The order given, not sorted. */
  g_assert_cmpstr (two, ==, "Uddevalla and Orust");
  g_assert_cmpstr (three, ==, "Uddevalla, Orust and Dals-Ed");
  /* No space inside these names: nothing to keep whole, and the spaces
   * of the list itself stay breakable. */
  g_assert_cmpstr (whole, ==, three);
}

/* Anonymised, the list follows the letters, whatever order the rows come
 * in and whatever the seed: region order would hint at the names. */
static void
test_join_anonymized_letter_order (void)
{
  g_autoptr(FkRegion) region = fyrbodal ();
  guint n = region->municipalities->len;

  for (guint64 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, seed, NULL);
      g_autofree guint *rows = g_new (guint, n);
      g_autofree char *list = NULL;
      const char *at;

      /* Every municipality, in reverse region order. */
      for (guint i = 0; i < n; i++)
        rows[i] = n - 1 - i;
      list = fk_names_join_municipalities (region, rows, n, anon, FK_NAMES_PLAIN);
      at = list;
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *expected = g_strdup_printf ("Municipality %c", 'A' + i);
          const char *found = strstr (at, expected);

          g_assert_nonnull (found);
          at = found + strlen (expected);
        }
      for (guint r = 0; r < n; r++)
        g_assert_null (strstr (list, ((FkMunicipality *) region->municipalities->pdata[r])->name));
    }
}

/* The highlighted municipality keeps its name, in its letter's place;
 * with FK_NAMES_KEEP_WHOLE "Municipality B" cannot break either. */
static void
test_join_anonymized_highlight (void)
{
  g_autoptr(FkRegion) region = fyrbodal ();
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 7, "1488");
  guint rows[] = { row_of (region, "Trollhättan"), row_of (region, "Bengtsfors") };
  g_autofree char *list = fk_names_join_municipalities (region, rows, 2, anon, FK_NAMES_KEEP_WHOLE);
  const char *letter_t = fk_anonymizer_get_letter (anon, "1488");
  const char *letter_b = fk_anonymizer_get_letter (anon, "1460");
  g_autofree char *b = g_strdup_printf ("Municipality\xc2\xa0%s", letter_b);
  g_autofree char *expected = strcmp (letter_t, letter_b) < 0
    ? g_strdup_printf ("Trollhättan and %s", b)
    : g_strdup_printf ("%s and Trollhättan", b);

  g_assert_cmpstr (list, ==, expected);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/names/join", test_join_plain);
  g_test_add_func ("/names/anonymized-letter-order", test_join_anonymized_letter_order);
  g_test_add_func ("/names/anonymized-highlight", test_join_anonymized_highlight);
  return g_test_run ();
}
