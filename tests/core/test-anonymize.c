/* test-anonymize.c — letters for municipalities, size groups, the key, the seed */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fk-test-util.h"
#include "fk-anonymize-private.h"

#define SMALL_POP  5000
#define MEDIUM_POP 20000
#define LARGE_POP  50000

static FkRegion *
load_fyrbodal (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("FK_SOURCE_ROOT"), "data", "regions",
                                            "fyrbodal.json", NULL);
  FkRegion *region = fk_region_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (region->municipalities->len, ==, 14);
  return region;
}

/* A region of @n municipalities with codes 1001… in the order given by
 * @reverse, all medium-sized. */
static FkRegion *
numbered_region (guint    n,
                 gboolean reverse)
{
  GPtrArray *list = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      guint k = reverse ? n - 1 - i : i;
      g_autofree char *code = g_strdup_printf ("%04u", 1001 + k);
      g_autofree char *name = g_strdup_printf ("Ort %u", k);

      g_ptr_array_add (list, fk_municipality_new (code, name, MEDIUM_POP));
    }
  return fk_region_new ("test", "Test", 10000, 35000, list);
}

/* A region with @n_small, @n_medium and @n_large municipalities. */
static FkRegion *
sized_region (guint n_small,
              guint n_medium,
              guint n_large)
{
  GPtrArray *list = g_ptr_array_new ();
  guint counts[3] = { n_small, n_medium, n_large };
  gint64 pops[3] = { SMALL_POP, MEDIUM_POP, LARGE_POP };
  guint code = 2001;

  for (guint c = 0; c < 3; c++)
    for (guint i = 0; i < counts[c]; i++, code++)
      {
        g_autofree char *text = g_strdup_printf ("%04u", code);
        g_ptr_array_add (list, fk_municipality_new (text, text, pops[c]));
      }
  return fk_region_new ("sized", "Sized", 10000, 35000, list);
}

static const FkMunicipality *
municipality (FkRegion *region,
              guint     i)
{
  return g_ptr_array_index (region->municipalities, i);
}

/* The generator is SplitMix64 as published: the reference outputs for
 * seed 1234567 (as listed for the algorithm on Rosetta Code). */
static void
test_splitmix64 (void)
{
  static const guint64 expected[] = {
    G_GUINT64_CONSTANT (6457827717110365317),
    G_GUINT64_CONSTANT (3203168211198807973),
    G_GUINT64_CONSTANT (9817491932198370423),
    G_GUINT64_CONSTANT (4593380528125082431),
    G_GUINT64_CONSTANT (16408922859458223821),
  };
  guint64 state = 1234567;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpuint (fk_anonymize_splitmix64 (&state), ==, expected[i]);
}

static void
test_uniform_in_range (void)
{
  guint64 state = 42;
  guint seen[7] = { 0 };

  for (guint i = 0; i < 7000; i++)
    {
      guint64 r = fk_anonymize_uniform (&state, 7);
      g_assert_cmpuint (r, <, 7);
      seen[r]++;
    }
  /* Every value comes up, roughly as often (1000 expected each). */
  for (guint i = 0; i < 7; i++)
    g_assert_cmpuint (seen[i], >, 800);
  g_assert_cmpuint (fk_anonymize_uniform (&state, 1), ==, 0);
}

static void
test_letter_names (void)
{
  struct { guint index; const char *letter; } cases[] = {
    { 0, "A" }, { 1, "B" }, { 25, "Z" }, { 26, "AA" }, { 27, "AB" },
    { 51, "AZ" }, { 52, "BA" }, { 701, "ZZ" }, { 702, "AAA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *letter = fk_anonymize_letter (cases[i].index);
      g_assert_cmpstr (letter, ==, cases[i].letter);
    }
}

/* 27 and 28 municipalities: A…Z, then AA (and AB), each letter once. */
static void
check_letters_of_n (guint n)
{
  g_autoptr(FkRegion) region = numbered_region (n, FALSE);
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 99, NULL);
  g_autoptr(GHashTable) letters = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      const char *letter = fk_anonymizer_get_letter (anon, municipality (region, i)->code);

      g_assert_nonnull (letter);
      g_assert_false (g_hash_table_contains (letters, letter));
      g_hash_table_add (letters, (gpointer) letter);
    }
  for (char c = 'A'; c <= 'Z'; c++)
    {
      char letter[2] = { c, '\0' };
      g_assert_true (g_hash_table_contains (letters, letter));
    }
  g_assert_true (g_hash_table_contains (letters, "AA"));
  g_assert_true ((n >= 28) == g_hash_table_contains (letters, "AB"));
  g_assert_false (g_hash_table_contains (letters, "AC"));
}

static void
test_letters_past_z (void)
{
  check_letters_of_n (27);
  check_letters_of_n (28);
}

/* The documented algorithm, worked by hand from SplitMix64's reference
 * outputs: six municipalities sorted by code, Fisher–Yates from the last
 * place down, place i − 1 swapped with place (draw mod i). */
static void
test_shuffle_as_documented (void)
{
  static const guint64 draws[] = {
    G_GUINT64_CONSTANT (6457827717110365317),
    G_GUINT64_CONSTANT (3203168211198807973),
    G_GUINT64_CONSTANT (9817491932198370423),
    G_GUINT64_CONSTANT (4593380528125082431),
    G_GUINT64_CONSTANT (16408922859458223821),
  };
  /* Listed out of code order: the shuffle starts from code order. */
  g_autoptr(FkRegion) region = numbered_region (6, TRUE);
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 1234567, NULL);
  const char *places[6] = { "1001", "1002", "1003", "1004", "1005", "1006" };
  guint d = 0;

  for (guint i = 6; i > 1; i--, d++)
    {
      guint j = draws[d] % i;
      const char *t = places[i - 1];

      places[i - 1] = places[j];
      places[j] = t;
    }
  for (guint k = 0; k < 6; k++)
    {
      g_autofree char *letter = fk_anonymize_letter (k);
      g_assert_cmpstr (fk_anonymizer_get_letter (anon, places[k]), ==, letter);
    }
}

/* The same seed gives the same letters (whatever the region file's
 * order); another seed other letters. */
static void
test_same_seed_same_letters (void)
{
  g_autoptr(FkRegion) fyrbodal = load_fyrbodal ();
  g_autoptr(FkRegion) forward = numbered_region (14, FALSE);
  g_autoptr(FkRegion) backward = numbered_region (14, TRUE);
  g_autoptr(FkAnonymizer) a = fk_anonymizer_new (fyrbodal, G_GUINT64_CONSTANT (0xdeadbeefcafe), NULL);
  g_autoptr(FkAnonymizer) b = fk_anonymizer_new (fyrbodal, G_GUINT64_CONSTANT (0xdeadbeefcafe), "1485");
  g_autoptr(FkAnonymizer) f = fk_anonymizer_new (forward, 7, NULL);
  g_autoptr(FkAnonymizer) r = fk_anonymizer_new (backward, 7, NULL);

  g_assert_cmpuint (fk_anonymizer_get_seed (a), ==, G_GUINT64_CONSTANT (0xdeadbeefcafe));
  for (guint i = 0; i < 14; i++)
    {
      const char *code = municipality (fyrbodal, i)->code;
      const char *fcode = municipality (forward, i)->code;

      /* Highlighting one changes no letter. */
      g_assert_cmpstr (fk_anonymizer_get_letter (a, code), ==, fk_anonymizer_get_letter (b, code));
      g_assert_cmpstr (fk_anonymizer_get_letter (f, fcode), ==, fk_anonymizer_get_letter (r, fcode));
    }

  /* Two permutations of 14 agree by chance once in 14! ≈ 8.7e10. */
  for (guint64 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(FkAnonymizer) other = fk_anonymizer_new (fyrbodal, seed, NULL);
      gboolean differs = FALSE;

      for (guint i = 0; i < 14; i++)
        {
          const char *code = municipality (fyrbodal, i)->code;
          differs |= g_strcmp0 (fk_anonymizer_get_letter (a, code),
                                fk_anonymizer_get_letter (other, code)) != 0;
        }
      g_assert_true (differs);
    }
  g_assert_null (fk_anonymizer_get_letter (a, "9999"));
  g_assert_null (fk_anonymizer_get_display_name (a, "9999"));
  g_assert_null (fk_anonymizer_get_letter (a, NULL));
}

/* A display name holds no real name or code, except the highlighted
 * municipality's own. */
static void
check_display_names (FkRegion   *region,
                     const char *highlight)
{
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, 2024, highlight);

  g_assert_cmpstr (fk_anonymizer_get_highlight (anon), ==, highlight);
  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = municipality (region, i);
      g_autofree char *shown = fk_anonymizer_get_display_name (anon, m->code);

      g_assert_nonnull (shown);
      if (g_strcmp0 (m->code, highlight) == 0)
        {
          g_assert_true (fk_anonymizer_is_highlighted (anon, m->code));
          g_assert_cmpstr (shown, ==, m->name);
          continue;
        }
      g_assert_false (fk_anonymizer_is_highlighted (anon, m->code));
      {
        /* Tests run untranslated (LC_ALL=C.UTF-8, no textdomain bound). */
        g_autofree char *expected = g_strdup_printf ("Municipality %s",
                                                     fk_anonymizer_get_letter (anon, m->code));
        g_assert_cmpstr (shown, ==, expected);
      }
      for (guint k = 0; k < region->municipalities->len; k++)
        {
          const FkMunicipality *other = municipality (region, k);

          g_assert_null (strstr (shown, other->name));
          g_assert_null (strstr (shown, other->code));
        }
    }
}

static void
test_display_names (void)
{
  g_autoptr(FkRegion) fyrbodal = load_fyrbodal ();

  check_display_names (fyrbodal, NULL);
  check_display_names (fyrbodal, "1485");   /* Uddevalla */
  check_display_names (fyrbodal, "1438");   /* Dals-Ed */
}

/* The order is A, B, C, …: each municipality once. */
static void
test_order_by_letter (void)
{
  g_autoptr(FkRegion) fyrbodal = load_fyrbodal ();
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (fyrbodal, 5, "1488");
  gboolean seen[14] = { FALSE };
  const guint *order;
  guint n = 0;

  order = fk_anonymizer_get_order (anon, &n);
  g_assert_cmpuint (n, ==, 14);
  for (guint k = 0; k < n; k++)
    {
      g_autofree char *letter = fk_anonymize_letter (k);

      g_assert_cmpuint (order[k], <, 14);
      g_assert_false (seen[order[k]]);
      seen[order[k]] = TRUE;
      g_assert_cmpstr (fk_anonymizer_get_letter (anon, municipality (fyrbodal, order[k])->code), ==, letter);
    }
}

/* Fyrbodal: 5 small, 6 medium, 3 large: the large join the medium. */
static void
test_size_groups_fyrbodal (void)
{
  g_autoptr(FkRegion) fyrbodal = load_fyrbodal ();
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (fyrbodal, 1, NULL);
  guint counted[FK_N_SIZE_GROUPS] = { 0 };
  guint total = 0;

  for (guint i = 0; i < 14; i++)
    {
      const FkMunicipality *m = municipality (fyrbodal, i);
      FkSizeGroup group = fk_anonymizer_get_size_group (anon, m->code);
      FkSizeClass size = fk_region_municipality_size_class (fyrbodal, m);

      g_assert_true (fk_size_group_contains (group, size));
      if (size == FK_SIZE_LARGE)
        g_assert_cmpint (group, ==, FK_SIZE_GROUP_MEDIUM_LARGE);
      counted[group]++;
    }
  for (FkSizeGroup g = 0; g < FK_N_SIZE_GROUPS; g++)
    {
      g_assert_cmpuint (counted[g], ==, fk_anonymizer_count_in_size_group (anon, g));
      if (counted[g] > 0)
        g_assert_cmpuint (counted[g], >=, FK_ANONYMIZER_MIN_GROUP);
      total += counted[g];
    }
  g_assert_cmpuint (total, ==, 14);
  g_assert_cmpuint (counted[FK_SIZE_GROUP_MEDIUM_LARGE], ==, 9);
  g_assert_cmpuint (counted[FK_SIZE_GROUP_SMALL], ==, 5);
  g_assert_cmpint (fk_anonymizer_get_size_group (anon, "1488"), ==, FK_SIZE_GROUP_MEDIUM_LARGE); /* Trollhättan */
  g_assert_cmpint (fk_anonymizer_get_size_group (anon, "1438"), ==, FK_SIZE_GROUP_SMALL);        /* Dals-Ed */
}

/* The merge rule of docs/anonymization.md on made-up regions. */
static void
test_size_group_rules (void)
{
  struct {
    guint s, m, l;
    FkSizeGroup small, medium, large;   /* the group of each class present */
  } cases[] = {
    { 5, 6, 3, FK_SIZE_GROUP_SMALL, FK_SIZE_GROUP_MEDIUM_LARGE, FK_SIZE_GROUP_MEDIUM_LARGE },
    { 3, 6, 5, FK_SIZE_GROUP_SMALL_MEDIUM, FK_SIZE_GROUP_SMALL_MEDIUM, FK_SIZE_GROUP_LARGE },
    { 4, 4, 4, FK_SIZE_GROUP_SMALL, FK_SIZE_GROUP_MEDIUM, FK_SIZE_GROUP_LARGE },
    /* Two too small: the smaller class first, into its neighbour. */
    { 2, 2, 6, FK_SIZE_GROUP_SMALL_MEDIUM, FK_SIZE_GROUP_SMALL_MEDIUM, FK_SIZE_GROUP_LARGE },
    /* Medium between two: into the one with fewer, small on a tie. */
    { 5, 2, 4, FK_SIZE_GROUP_SMALL, FK_SIZE_GROUP_MEDIUM_LARGE, FK_SIZE_GROUP_MEDIUM_LARGE },
    { 4, 2, 5, FK_SIZE_GROUP_SMALL_MEDIUM, FK_SIZE_GROUP_SMALL_MEDIUM, FK_SIZE_GROUP_LARGE },
    { 5, 2, 5, FK_SIZE_GROUP_SMALL_MEDIUM, FK_SIZE_GROUP_SMALL_MEDIUM, FK_SIZE_GROUP_LARGE },
    /* Across an empty class. */
    { 3, 0, 5, FK_SIZE_GROUP_ALL, FK_SIZE_GROUP_ALL, FK_SIZE_GROUP_ALL },
    { 0, 2, 9, FK_SIZE_GROUP_MEDIUM_LARGE, FK_SIZE_GROUP_MEDIUM_LARGE, FK_SIZE_GROUP_MEDIUM_LARGE },
    /* Too few in all: one group, the best there is. */
    { 1, 1, 1, FK_SIZE_GROUP_ALL, FK_SIZE_GROUP_ALL, FK_SIZE_GROUP_ALL },
    { 1, 1, 2, FK_SIZE_GROUP_ALL, FK_SIZE_GROUP_ALL, FK_SIZE_GROUP_ALL },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(FkRegion) region = sized_region (cases[c].s, cases[c].m, cases[c].l);
      g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (region, c, NULL);
      FkSizeGroup want[3] = { cases[c].small, cases[c].medium, cases[c].large };

      g_test_message ("case %u: %u small, %u medium, %u large", c, cases[c].s, cases[c].m, cases[c].l);
      for (guint i = 0; i < region->municipalities->len; i++)
        {
          const FkMunicipality *m = municipality (region, i);
          FkSizeClass size = fk_region_municipality_size_class (region, m);

          g_assert_cmpint (fk_anonymizer_get_size_group (anon, m->code), ==, want[size]);
        }
    }
}

static void
test_size_group_names (void)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  for (FkSizeGroup g = 0; g < FK_N_SIZE_GROUPS; g++)
    {
      g_assert_cmpstr (fk_size_group_get_label (g), !=, "");
      g_assert_false (g_hash_table_contains (names, fk_size_group_to_string (g)));
      g_hash_table_add (names, (gpointer) fk_size_group_to_string (g));
    }
  g_assert_cmpstr (fk_size_group_get_label (FK_SIZE_GROUP_MEDIUM_LARGE), ==, "Medium and large");
  g_assert_true (fk_size_group_contains (FK_SIZE_GROUP_ALL, FK_SIZE_SMALL));
  g_assert_false (fk_size_group_contains (FK_SIZE_GROUP_MEDIUM_LARGE, FK_SIZE_SMALL));
  g_assert_true (fk_size_group_contains (FK_SIZE_GROUP_SMALL_MEDIUM, FK_SIZE_MEDIUM));
  g_assert_false (fk_size_group_contains (FK_SIZE_GROUP_LARGE, FK_SIZE_MEDIUM));
}

/* Names of the files in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The key: every municipality with its letter, replacing an old file
 * whole, readable by its owner only. */
static void
test_key_file (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "key.csv", NULL);
  g_autoptr(FkRegion) fyrbodal = load_fyrbodal ();
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (fyrbodal, 31337, "1485");
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_auto(GStrv) lines = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old key\n", -1, NULL));
  g_assert_true (fk_anonymizer_write_key (anon, path, &error));
  g_assert_no_error (error);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "key.csv");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 14 + 1);   /* header, rows, "" after the last */
  g_assert_cmpstr (lines[0], ==, "letter,code,name");
  for (guint k = 0; k < 14; k++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[k + 1], ",", -1);
      g_autofree char *letter = fk_anonymize_letter (k);
      const FkMunicipality *m;

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_cmpstr (fields[0], ==, letter);
      m = fk_region_lookup (fyrbodal, fields[1]);
      g_assert_nonnull (m);
      g_assert_cmpstr (fields[2], ==, m->name);
      g_assert_cmpstr (fk_anonymizer_get_letter (anon, m->code), ==, letter);
      g_assert_false (g_hash_table_contains (codes, m->code));
      g_hash_table_add (codes, m->code);
    }
  g_assert_cmpuint (g_hash_table_size (codes), ==, 14);
  g_assert_cmpstr (lines[15], ==, "");

  g_unlink (path);
  fk_test_tmpdir_free (dir);
}

/* Names with a comma or a quote are quoted as RFC 4180 says. */
static void
test_key_quoting (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "key.csv", NULL);
  GPtrArray *list = g_ptr_array_new ();
  g_autoptr(FkRegion) region = NULL;
  g_autoptr(FkAnonymizer) anon = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;

  g_ptr_array_add (list, fk_municipality_new ("3001", "Nord, \"Övre\"", MEDIUM_POP));
  region = fk_region_new ("q", "Q", 10000, 35000, list);
  anon = fk_anonymizer_new (region, 0, NULL);
  g_assert_true (fk_anonymizer_write_key (anon, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "letter,code,name\r\nA,3001,\"Nord, \"\"Övre\"\"\"\r\n");
  fk_test_tmpdir_free (dir);
}

/* A key that cannot be written is an error naming the file, and leaves
 * nothing behind. */
static void
test_key_bad_path (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autofree char *missing = g_build_filename (dir, "missing", "key.csv", NULL);
  g_autofree char *subdir = g_build_filename (dir, "folder", NULL);
  g_autoptr(FkRegion) fyrbodal = load_fyrbodal ();
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (fyrbodal, 8, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *inside = NULL;

  g_assert_false (fk_anonymizer_write_key (anon, missing, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_nonnull (fk_error_get_detail (error));
  g_clear_error (&error);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");

  /* A folder where the file should go: the temporary file is removed. */
  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);
  g_assert_false (fk_anonymizer_write_key (anon, subdir, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_clear_error (&error);
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "folder");
  inside = list_dir (subdir);
  g_assert_cmpstr (inside, ==, "");

  g_rmdir (subdir);
  fk_test_tmpdir_free (dir);
}

static guint64
study_seed (FkStudy *study)
{
  g_autoptr(GError) error = NULL;
  guint64 seed = 0;

  g_assert_true (fk_study_get_anonymization_seed (study, &seed, &error));
  g_assert_no_error (error);
  return seed;
}

static char *
letters_of (FkAnonymizer *anon)
{
  FkRegion *region = fk_anonymizer_get_region (anon);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < region->municipalities->len; i++)
    g_string_append_printf (text, "%s ", fk_anonymizer_get_letter (anon, municipality (region, i)->code));
  return g_string_free (text, FALSE);
}

/* The seed is made once, kept in the file, and drawn anew on request. */
static void
test_study_seed (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "a.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autoptr(FkAnonymizer) first = NULL;
  g_autoptr(FkAnonymizer) again = NULL;
  g_autoptr(FkAnonymizer) renewed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_letters = NULL;
  g_autofree char *again_letters = NULL;
  g_autofree char *renewed_letters = NULL;
  guint64 seed, fresh = 0;
  guint changes = 0;

  g_signal_connect (study, "changed", G_CALLBACK (fk_test_count_metadata_change), &changes);
  seed = study_seed (study);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (study_seed (study), ==, seed);
  g_assert_cmpuint (changes, ==, 1);

  first = fk_anonymizer_new_for_study (study, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fk_anonymizer_get_seed (first), ==, seed);
  first_letters = letters_of (first);
  g_clear_object (&study);

  /* The same seed, and letters, after reopening. */
  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_signal_connect (study, "changed", G_CALLBACK (fk_test_count_metadata_change), &changes);
  g_assert_cmpuint (study_seed (study), ==, seed);
  again = fk_anonymizer_new_for_study (study, "1460", &error);
  g_assert_no_error (error);
  again_letters = letters_of (again);
  g_assert_cmpstr (again_letters, ==, first_letters);

  /* A new seed: new letters, told to the views, kept in the file. */
  g_assert_true (fk_study_new_anonymization_seed (study, &fresh, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (fresh, !=, seed);
  g_assert_cmpuint (study_seed (study), ==, fresh);
  renewed = fk_anonymizer_new_for_study (study, NULL, &error);
  renewed_letters = letters_of (renewed);
  g_assert_cmpstr (renewed_letters, !=, first_letters);
  g_clear_object (&study);
  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (study_seed (study), ==, fresh);

  /* An unknown municipality cannot be highlighted. */
  g_assert_null (fk_anonymizer_new_for_study (study, "9999", &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* Without a seed, a study that cannot be written cannot make one; a seed
 * that is not a number is a damaged study. Neither changes the file. */
static void
test_study_seed_refused (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "a.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  guint64 seed;

  g_clear_object (&study);
  before = fk_test_file_checksum (path);
  study = fk_study_open (path, FK_STUDY_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (fk_study_get_anonymization_seed (study, &seed, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
  /* It says why, and what to do: not only that the file cannot be written. */
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_true (g_str_has_prefix (error->message + strlen (path), ": The study was opened read-only. "));
  g_assert_nonnull (strstr (error->message, "anonymisation letters are not chosen yet"));
  g_assert_nonnull (strstr (error->message, "Make the file writable, or anonymise a copy of it."));
  g_clear_error (&error);
  /* So does every anonymised output, which asks through the anonymizer. */
  g_assert_null (fk_anonymizer_new_for_study (study, NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "anonymise a copy"));
  g_clear_error (&error);
  g_clear_object (&study);
  after = fk_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO meta (key, value) VALUES ('anonymization-seed', '12x')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (fk_study_get_anonymization_seed (study, &seed, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY);

  g_clear_object (&study);
  fk_test_tmpdir_free (dir);
}

/* A file the user may not write (the trial's case), opened normally: the
 * same clear refusal, naming the reason. Root writes any file whatever
 * its mode, so there the check cannot be made (the read-only flag above
 * covers the message). */
static void
test_study_seed_read_only_file (void)
{
  char *dir = fk_test_tmpdir_new ();
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "b.fkarta");
  g_autofree char *path = g_strdup (fk_study_get_path (study));
  g_autoptr(GError) error = NULL;
  guint64 seed;

  g_clear_object (&study);
  if (geteuid () == 0)
    {
      g_test_skip ("running as root: a file's mode does not stop root writing it");
      fk_test_tmpdir_free (dir);
      return;
    }
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (fk_study_is_read_only (study));
  g_assert_false (fk_study_get_anonymization_seed (study, &seed, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, fk_study_get_read_only_reason (study)));
  g_assert_nonnull (strstr (error->message, "anonymise a copy"));
  g_clear_object (&study);
  g_chmod (path, 0644);
  fk_test_tmpdir_free (dir);
}

static gpointer
read_all (gpointer data)
{
  FkAnonymizer *anon = data;
  FkRegion *region = fk_anonymizer_get_region (anon);
  GString *text = g_string_new (NULL);

  for (guint round = 0; round < 200; round++)
    {
      g_string_truncate (text, 0);
      for (guint i = 0; i < region->municipalities->len; i++)
        {
          g_autofree char *name = fk_anonymizer_get_display_name (anon, municipality (region, i)->code);
          g_string_append_printf (text, "%s;", name);
        }
    }
  return g_string_free (text, FALSE);
}

/* Read from several threads at once, the anonymizer answers the same. */
static void
test_threads (void)
{
  g_autoptr(FkRegion) fyrbodal = load_fyrbodal ();
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (fyrbodal, 77, "1492");
  g_autofree char *here = read_all (anon);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", read_all, anon);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *there = g_thread_join (threads[i]);
      g_assert_cmpstr (there, ==, here);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/anonymize/splitmix64", test_splitmix64);
  g_test_add_func ("/core/anonymize/uniform", test_uniform_in_range);
  g_test_add_func ("/core/anonymize/letter-names", test_letter_names);
  g_test_add_func ("/core/anonymize/letters-past-z", test_letters_past_z);
  g_test_add_func ("/core/anonymize/shuffle-as-documented", test_shuffle_as_documented);
  g_test_add_func ("/core/anonymize/same-seed-same-letters", test_same_seed_same_letters);
  g_test_add_func ("/core/anonymize/display-names", test_display_names);
  g_test_add_func ("/core/anonymize/order", test_order_by_letter);
  g_test_add_func ("/core/anonymize/size-groups-fyrbodal", test_size_groups_fyrbodal);
  g_test_add_func ("/core/anonymize/size-group-rules", test_size_group_rules);
  g_test_add_func ("/core/anonymize/size-group-names", test_size_group_names);
  g_test_add_func ("/core/anonymize/key-file", test_key_file);
  g_test_add_func ("/core/anonymize/key-quoting", test_key_quoting);
  g_test_add_func ("/core/anonymize/key-bad-path", test_key_bad_path);
  g_test_add_func ("/core/anonymize/study-seed", test_study_seed);
  g_test_add_func ("/core/anonymize/study-seed-refused", test_study_seed_refused);
  g_test_add_func ("/core/anonymize/study-seed-read-only-file", test_study_seed_read_only_file);
  g_test_add_func ("/core/anonymize/threads", test_threads);

  return g_test_run ();
}
