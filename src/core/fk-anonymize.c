/* fk-anonymize.c — letters for municipalities, drawn from the study's seed
 *
 * The letters: the region's municipalities sorted by code (so the order
 * of a region file does not matter), shuffled with Fisher–Yates driven by
 * SplitMix64 seeded with the study's seed; the first of the shuffled list
 * is A, the next B, and so on. Everything is computed once, in
 * fk_anonymizer_new(); afterwards the anonymizer is only read, from any
 * thread. docs/anonymization.md explains the choices.
 */
#define G_LOG_DOMAIN "fk-anonymize"
#include "config.h"
#include "fk-anonymize.h"
#include "fk-anonymize-private.h"
#include "fk-error.h"

#include "fk-i18n.h"
#include <string.h>

struct _FkAnonymizer {
  FkRegion    *region;
  guint64      seed;
  char        *highlight;      /* code, or NULL */
  guint        n;
  char       **letters;        /* n, by region index */
  guint       *order;          /* n region indices, in letter order */
  FkSizeGroup *groups;         /* n, by region index */
  guint        group_count[FK_N_SIZE_GROUPS];
  GHashTable  *index;          /* code (owned by region) → region index + 1 */
};

/* ---- the arithmetic ----------------------------------------------------- */

guint64
fk_anonymize_splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

guint64
fk_anonymize_uniform (guint64 *state,
                      guint64  bound)
{
  /* 2^64 mod bound: the draws at or above 2^64 − that would favour the
   * low results. */
  guint64 excess;
  guint64 r;

  g_return_val_if_fail (bound > 0, 0);
  excess = (G_MAXUINT64 % bound + 1) % bound;

  do
    r = fk_anonymize_splitmix64 (state);
  while (excess != 0 && r > G_MAXUINT64 - excess);
  return r % bound;
}

char *
fk_anonymize_letter (guint index)
{
  char buf[16];
  guint pos = sizeof buf - 1;
  guint64 n = (guint64) index + 1;

  buf[pos] = '\0';
  while (n > 0)
    {
      n--;
      buf[--pos] = 'A' + n % 26;
      n /= 26;
    }
  return g_strdup (buf + pos);
}

/* ---- size groups -------------------------------------------------------- */

const char *
fk_size_group_to_string (FkSizeGroup group)
{
  switch (group)
    {
    case FK_SIZE_GROUP_SMALL: return "small";
    case FK_SIZE_GROUP_MEDIUM: return "medium";
    case FK_SIZE_GROUP_LARGE: return "large";
    case FK_SIZE_GROUP_SMALL_MEDIUM: return "small-medium";
    case FK_SIZE_GROUP_MEDIUM_LARGE: return "medium-large";
    case FK_SIZE_GROUP_ALL: return "all";
    default: g_return_val_if_reached ("all");
    }
}

const char *
fk_size_group_get_label (FkSizeGroup group)
{
  switch (group)
    {
    case FK_SIZE_GROUP_SMALL:
      /* Translators: above the heatmap's columns of the small municipalities */
      return C_("size group", "Small");
    case FK_SIZE_GROUP_MEDIUM:
      /* Translators: above the heatmap's columns of the medium-sized municipalities */
      return C_("size group", "Medium");
    case FK_SIZE_GROUP_LARGE:
      /* Translators: above the heatmap's columns of the large municipalities */
      return C_("size group", "Large");
    case FK_SIZE_GROUP_SMALL_MEDIUM:
      /* Translators: above an anonymised view's columns of the small and
       * the medium-sized municipalities, shown as one group */
      return C_("size group", "Small and medium");
    case FK_SIZE_GROUP_MEDIUM_LARGE:
      /* Translators: above an anonymised view's columns of the
       * medium-sized and the large municipalities, shown as one group */
      return C_("size group", "Medium and large");
    case FK_SIZE_GROUP_ALL:
      /* Translators: above an anonymised view's columns when every size
       * class is one group */
      return C_("size group", "All sizes");
    default:
      g_return_val_if_reached ("");
    }
}

/* The classes a group spans, as a range of FkSizeClass. */
static void
group_range (FkSizeGroup  group,
             FkSizeClass *lo,
             FkSizeClass *hi)
{
  static const FkSizeClass ranges[FK_N_SIZE_GROUPS][2] = {
    [FK_SIZE_GROUP_SMALL] = { FK_SIZE_SMALL, FK_SIZE_SMALL },
    [FK_SIZE_GROUP_MEDIUM] = { FK_SIZE_MEDIUM, FK_SIZE_MEDIUM },
    [FK_SIZE_GROUP_LARGE] = { FK_SIZE_LARGE, FK_SIZE_LARGE },
    [FK_SIZE_GROUP_SMALL_MEDIUM] = { FK_SIZE_SMALL, FK_SIZE_MEDIUM },
    [FK_SIZE_GROUP_MEDIUM_LARGE] = { FK_SIZE_MEDIUM, FK_SIZE_LARGE },
    [FK_SIZE_GROUP_ALL] = { FK_SIZE_SMALL, FK_SIZE_LARGE },
  };

  *lo = ranges[group][0];
  *hi = ranges[group][1];
}

static FkSizeGroup
group_for_range (FkSizeClass lo,
                 FkSizeClass hi)
{
  for (FkSizeGroup g = 0; g < FK_N_SIZE_GROUPS; g++)
    {
      FkSizeClass glo, ghi;

      group_range (g, &glo, &ghi);
      if (glo == lo && ghi == hi)
        return g;
    }
  g_return_val_if_reached (FK_SIZE_GROUP_ALL);
}

gboolean
fk_size_group_contains (FkSizeGroup group,
                        FkSizeClass size)
{
  FkSizeClass lo, hi;

  g_return_val_if_fail (group < FK_N_SIZE_GROUPS, FALSE);
  group_range (group, &lo, &hi);
  return size >= lo && size <= hi;
}

typedef struct {
  FkSizeClass lo, hi;
  guint       count;
} Span;

/* Merges size classes until every group has FK_ANONYMIZER_MIN_GROUP
 * members or only one group is left: each time the smallest group that is
 * too small (the smaller class on a tie) joins its neighbour, or of two
 * neighbours the one with fewer members (the smaller class on a tie).
 * Empty classes form no group; a merge spans them. @by_class gets the
 * group of each class. */
static void
merge_size_classes (const guint  counts[3],
                    FkSizeGroup  by_class[3])
{
  Span spans[3];
  guint n = 0;

  for (FkSizeClass c = FK_SIZE_SMALL; c <= FK_SIZE_LARGE; c++)
    if (counts[c] > 0)
      spans[n++] = (Span) { c, c, counts[c] };

  while (n > 1)
    {
      guint worst = n;
      guint other;

      for (guint i = 0; i < n; i++)
        if (spans[i].count < FK_ANONYMIZER_MIN_GROUP &&
            (worst == n || spans[i].count < spans[worst].count))
          worst = i;
      if (worst == n)
        break;
      if (worst == 0)
        other = 1;
      else if (worst == n - 1)
        other = worst - 1;
      else
        other = spans[worst + 1].count < spans[worst - 1].count ? worst + 1 : worst - 1;

      /* Keep the lower of the two, extended over the other. */
      if (other < worst)
        {
          guint t = other;
          other = worst;
          worst = t;
        }
      spans[worst].hi = spans[other].hi;
      spans[worst].count += spans[other].count;
      memmove (&spans[other], &spans[other + 1], (n - other - 1) * sizeof (Span));
      n--;
    }

  for (FkSizeClass c = FK_SIZE_SMALL; c <= FK_SIZE_LARGE; c++)
    by_class[c] = FK_SIZE_GROUP_ALL;
  for (guint i = 0; i < n; i++)
    {
      FkSizeGroup group = group_for_range (spans[i].lo, spans[i].hi);

      for (FkSizeClass c = spans[i].lo; c <= spans[i].hi; c++)
        by_class[c] = group;
    }
}

/* ---- the anonymizer ----------------------------------------------------- */

static int
compare_by_code (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  FkRegion *region = user_data;
  const FkMunicipality *ma = g_ptr_array_index (region->municipalities, *(const guint *) a);
  const FkMunicipality *mb = g_ptr_array_index (region->municipalities, *(const guint *) b);

  return strcmp (ma->code, mb->code);
}

static void
anonymizer_clear (FkAnonymizer *anon)
{
  for (guint i = 0; i < anon->n; i++)
    g_free (anon->letters[i]);
  g_free (anon->letters);
  g_free (anon->order);
  g_free (anon->groups);
  g_free (anon->highlight);
  g_hash_table_unref (anon->index);
  fk_region_unref (anon->region);
}

G_DEFINE_BOXED_TYPE (FkAnonymizer, fk_anonymizer, fk_anonymizer_ref, fk_anonymizer_unref)

FkAnonymizer *
fk_anonymizer_new (FkRegion   *region,
                   guint64     seed,
                   const char *highlight_code)
{
  FkAnonymizer *anon;
  guint counts[3] = { 0 };
  FkSizeGroup by_class[3];
  guint64 state = seed;

  g_return_val_if_fail (region != NULL, NULL);
  g_return_val_if_fail (highlight_code == NULL || fk_region_lookup (region, highlight_code) != NULL, NULL);

  anon = g_atomic_rc_box_new0 (FkAnonymizer);
  anon->region = fk_region_ref (region);
  anon->seed = seed;
  anon->highlight = g_strdup (highlight_code);
  anon->n = region->municipalities->len;
  anon->letters = g_new0 (char *, anon->n);
  anon->order = g_new (guint, anon->n);
  anon->groups = g_new (FkSizeGroup, anon->n);
  anon->index = g_hash_table_new (g_str_hash, g_str_equal);

  /* Fisher–Yates from the last place down: place i takes a uniform pick
   * of places 0…i. */
  for (guint i = 0; i < anon->n; i++)
    anon->order[i] = i;
  g_qsort_with_data (anon->order, anon->n, sizeof (guint), compare_by_code, region);
  for (guint i = anon->n; i > 1; i--)
    {
      guint j = fk_anonymize_uniform (&state, i);
      guint t = anon->order[i - 1];

      anon->order[i - 1] = anon->order[j];
      anon->order[j] = t;
    }

  for (guint k = 0; k < anon->n; k++)
    anon->letters[anon->order[k]] = fk_anonymize_letter (k);

  for (guint i = 0; i < anon->n; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);

      g_hash_table_insert (anon->index, m->code, GUINT_TO_POINTER (i + 1));
      counts[fk_region_municipality_size_class (region, m)]++;
    }
  merge_size_classes (counts, by_class);
  for (guint i = 0; i < anon->n; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);

      anon->groups[i] = by_class[fk_region_municipality_size_class (region, m)];
      anon->group_count[anon->groups[i]]++;
    }
  return anon;
}

FkAnonymizer *
fk_anonymizer_new_for_study (FkStudy     *study,
                             const char  *highlight_code,
                             GError     **error)
{
  FkRegion *region;
  guint64 seed;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  region = fk_study_get_region (study);
  if (highlight_code != NULL &&
      !fk_study_check_municipality (study, highlight_code, error))
    return NULL;
  if (!fk_study_get_anonymization_seed (study, &seed, error))
    return NULL;
  return fk_anonymizer_new (region, seed, highlight_code);
}

FkAnonymizer *
fk_anonymizer_ref (FkAnonymizer *anon)
{
  g_return_val_if_fail (anon != NULL, NULL);
  return g_atomic_rc_box_acquire (anon);
}

void
fk_anonymizer_unref (FkAnonymizer *anon)
{
  g_return_if_fail (anon != NULL);
  g_atomic_rc_box_release_full (anon, (GDestroyNotify) anonymizer_clear);
}

guint64
fk_anonymizer_get_seed (const FkAnonymizer *anon)
{
  g_return_val_if_fail (anon != NULL, 0);
  return anon->seed;
}

FkRegion *
fk_anonymizer_get_region (const FkAnonymizer *anon)
{
  g_return_val_if_fail (anon != NULL, NULL);
  return anon->region;
}

const char *
fk_anonymizer_get_highlight (const FkAnonymizer *anon)
{
  g_return_val_if_fail (anon != NULL, NULL);
  return anon->highlight;
}

gboolean
fk_anonymizer_is_highlighted (const FkAnonymizer *anon,
                              const char         *code)
{
  g_return_val_if_fail (anon != NULL, FALSE);
  return anon->highlight != NULL && g_strcmp0 (anon->highlight, code) == 0;
}

/* The municipality's region index, or -1. */
static int
find (const FkAnonymizer *anon,
      const char         *code)
{
  if (code == NULL)
    return -1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (anon->index, code)) - 1;
}

const char *
fk_anonymizer_get_letter (const FkAnonymizer *anon,
                          const char         *code)
{
  int i;

  g_return_val_if_fail (anon != NULL, NULL);
  i = find (anon, code);
  return i >= 0 ? anon->letters[i] : NULL;
}

char *
fk_anonymizer_get_display_name (const FkAnonymizer *anon,
                                const char         *code)
{
  int i;

  g_return_val_if_fail (anon != NULL, NULL);
  i = find (anon, code);
  if (i < 0)
    return NULL;
  if (fk_anonymizer_is_highlighted (anon, code))
    return g_strdup (((FkMunicipality *) g_ptr_array_index (anon->region->municipalities, i))->name);
  /* Translators: a municipality in an anonymised view; %s is its letter,
   * "A", "B", … "AA" */
  return g_strdup_printf (_("Municipality %s"), anon->letters[i]);
}

const guint *
fk_anonymizer_get_order (const FkAnonymizer *anon,
                         guint              *out_n)
{
  g_return_val_if_fail (anon != NULL, NULL);
  if (out_n != NULL)
    *out_n = anon->n;
  return anon->order;
}

FkSizeGroup
fk_anonymizer_get_size_group (const FkAnonymizer *anon,
                              const char         *code)
{
  int i;

  g_return_val_if_fail (anon != NULL, FK_SIZE_GROUP_ALL);
  i = find (anon, code);
  return i >= 0 ? anon->groups[i] : FK_SIZE_GROUP_ALL;
}

guint
fk_anonymizer_count_in_size_group (const FkAnonymizer *anon,
                                   FkSizeGroup         group)
{
  g_return_val_if_fail (anon != NULL, 0);
  g_return_val_if_fail (group < FK_N_SIZE_GROUPS, 0);
  return anon->group_count[group];
}

/* ---- the key ------------------------------------------------------------ */

/* RFC 4180: a field with a comma, a quote or a line break is quoted, its
 * quotes doubled. Written here: core has no CSV library, and three fields
 * need no more. */
static void
append_csv_field (GString    *out,
                  const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

gboolean
fk_anonymizer_write_key (const FkAnonymizer  *anon,
                         const char          *path,
                         GError             **error)
{
  g_autoptr(GString) csv = g_string_new ("letter,code,name\r\n");
  g_autoptr(GError) local_error = NULL;
  GError *io_error;

  g_return_val_if_fail (anon != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  for (guint k = 0; k < anon->n; k++)
    {
      const FkMunicipality *m = g_ptr_array_index (anon->region->municipalities, anon->order[k]);

      append_csv_field (csv, anon->letters[anon->order[k]]);
      g_string_append_c (csv, ',');
      append_csv_field (csv, m->code);
      g_string_append_c (csv, ',');
      append_csv_field (csv, m->name);
      g_string_append (csv, "\r\n");
    }

  /* A temporary file beside @path, synced and renamed over it; 0600: the
   * key names everyone. */
  if (!g_file_set_contents_full (path, csv->str, csv->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      io_error = g_error_new (FK_ERROR, FK_ERROR_IO,
                              _("%s: could not write the anonymisation key"), path);
      fk_error_set_detail (io_error, local_error->message);
      g_propagate_error (error, io_error);
      return FALSE;
    }
  return TRUE;
}
