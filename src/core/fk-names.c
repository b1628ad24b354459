/* fk-names.c — municipalities named in running text */
#define G_LOG_DOMAIN "fk-names"
#include "config.h"
#include "fk-names.h"

#include "fk-i18n.h"
#include <string.h>

#define NO_BREAK_SPACE "\xc2\xa0"

char *
fk_names_keep_whole (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  return g_strjoinv (NO_BREAK_SPACE, words);
}

guint *
fk_names_sort_rows (const guint        *rows,
                    guint               n,
                    const FkAnonymizer *anon)
{
  guint *sorted = g_new (guint, MAX (n, 1));
  const guint *order;
  guint n_order, k = 0;

  g_return_val_if_fail (rows != NULL || n == 0, sorted);

  if (anon == NULL)
    {
      if (n > 0)
        memcpy (sorted, rows, n * sizeof (guint));
      return sorted;
    }
  order = fk_anonymizer_get_order (anon, &n_order);
  for (guint i = 0; i < n_order; i++)
    for (guint j = 0; j < n; j++)
      if (rows[j] == order[i])
        sorted[k++] = rows[j];
  g_assert (k == n);
  return sorted;
}

static char *
display_name (FkRegion           *region,
              guint               row,
              const FkAnonymizer *anon,
              FkNamesFlags        flags)
{
  const FkMunicipality *m = g_ptr_array_index (region->municipalities, row);
  g_autofree char *name = anon != NULL ? fk_anonymizer_get_display_name (anon, m->code)
                                       : g_strdup (m->name);

  return (flags & FK_NAMES_KEEP_WHOLE) ? fk_names_keep_whole (name) : g_steal_pointer (&name);
}

char *
fk_names_join_texts (const char * const *texts,
                     guint               n)
{
  g_autofree char *list = NULL;

  g_return_val_if_fail (texts != NULL || n == 0, NULL);

  if (n == 0)
    return g_strdup ("");
  list = g_strdup (texts[0]);
  for (guint i = 1; i < n; i++)
    {
      char *longer;

      if (i + 1 < n)
        /* Translators: joins the names of a list but the last:
         * "Uddevalla, Trollhättan" */
        longer = g_strdup_printf (C_("list of names", "%s, %s"), list, texts[i]);
      else
        /* Translators: joins the last name of a list to the others:
         * "Uddevalla and Trollhättan", "Orust, Tanum and Uddevalla" */
        longer = g_strdup_printf (C_("list of names", "%s and %s"), list, texts[i]);
      g_free (list);
      list = longer;
    }
  return g_steal_pointer (&list);
}

char *
fk_names_join_municipalities (FkRegion           *region,
                              const guint        *rows,
                              guint               n,
                              const FkAnonymizer *anon,
                              FkNamesFlags        flags)
{
  g_autofree guint *sorted = NULL;
  g_autoptr(GPtrArray) names = NULL;

  g_return_val_if_fail (region != NULL, NULL);
  g_return_val_if_fail (rows != NULL || n == 0, NULL);

  if (n == 0)
    return g_strdup ("");
  sorted = fk_names_sort_rows (rows, n, anon);
  for (guint i = 0; i < n; i++)
    g_return_val_if_fail (sorted[i] < region->municipalities->len, NULL);

  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (names, display_name (region, sorted[i], anon, flags));
  return fk_names_join_texts ((const char * const *) names->pdata, n);
}
