/* fk-order.c — the orders of a comparison's rows and columns */
#define G_LOG_DOMAIN "fk-order"
#include "config.h"
#include "fk-order.h"

#include <math.h>
#include <string.h>

static const char *const municipality_orders[] = { "name", "code", "population", "mean" };
static const char *const capability_orders[] = { "model", "mean", "spread" };

static gboolean
lookup (const char         *name,
        const char *const  *names,
        guint               n_names,
        int                *out)
{
  for (guint i = 0; name != NULL && i < n_names; i++)
    if (g_str_equal (name, names[i]))
      {
        *out = (int) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
fk_municipality_order_from_string (const char          *name,
                                   FkMunicipalityOrder *order)
{
  int i;

  if (!lookup (name, municipality_orders, G_N_ELEMENTS (municipality_orders), &i))
    return FALSE;
  *order = (FkMunicipalityOrder) i;
  return TRUE;
}

const char *
fk_municipality_order_to_string (FkMunicipalityOrder order)
{
  g_return_val_if_fail ((guint) order < G_N_ELEMENTS (municipality_orders), NULL);
  return municipality_orders[order];
}

gboolean
fk_capability_order_from_string (const char        *name,
                                 FkCapabilityOrder *order)
{
  int i;

  if (!lookup (name, capability_orders, G_N_ELEMENTS (capability_orders), &i))
    return FALSE;
  *order = (FkCapabilityOrder) i;
  return TRUE;
}

const char *
fk_capability_order_to_string (FkCapabilityOrder order)
{
  g_return_val_if_fail ((guint) order < G_N_ELEMENTS (capability_orders), NULL);
  return capability_orders[order];
}

/* Each item is sorted by (group, key, text key, original index). */
typedef struct {
  guint   index;
  int     group;
  double  key;       /* NAN sorts last within its group */
  char   *text_key;  /* NULL unless sorting by text */
} SortItem;

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const SortItem *x = a, *y = b;
  int c;

  if (x->group != y->group)
    return x->group < y->group ? -1 : 1;
  if (isnan (x->key) != isnan (y->key))
    return isnan (x->key) ? 1 : -1;
  if (!isnan (x->key) && x->key != y->key)
    return x->key < y->key ? -1 : 1;
  if (x->text_key != NULL && y->text_key != NULL && (c = strcmp (x->text_key, y->text_key)) != 0)
    return c;
  return x->index < y->index ? -1 : x->index > y->index ? 1 : 0;
}

static guint *
sort_items (SortItem *items,
            guint     n)
{
  guint *order = g_new (guint, MAX (n, 1));

  qsort (items, n, sizeof (SortItem), compare_items);
  for (guint i = 0; i < n; i++)
    {
      order[i] = items[i].index;
      g_free (items[i].text_key);
    }
  g_free (items);
  return order;
}

guint *
fk_order_municipalities (const FkMatrix      *matrix,
                         FkMunicipalityOrder  order,
                         gboolean             group_by_size)
{
  SortItem *items;

  g_return_val_if_fail (matrix != NULL, NULL);

  items = g_new0 (SortItem, MAX (matrix->n_rows, 1));
  for (guint r = 0; r < matrix->n_rows; r++)
    {
      const FkMunicipality *m = fk_matrix_get_municipality (matrix, r);
      SortItem *item = &items[r];

      item->index = r;
      /* FK_SIZE_LARGE first. */
      item->group = group_by_size ? FK_SIZE_LARGE - (int) matrix->row_size[r] : 0;
      item->key = 0;
      switch (order)
        {
        case FK_MUNICIPALITY_ORDER_NAME:
          item->text_key = g_utf8_collate_key (m->name, -1);
          break;
        case FK_MUNICIPALITY_ORDER_CODE:
          item->text_key = g_strdup (m->code);
          break;
        case FK_MUNICIPALITY_ORDER_POPULATION:
          item->key = -(double) m->population;
          break;
        case FK_MUNICIPALITY_ORDER_MEAN:
        default:
          item->key = -fk_matrix_row_mean (matrix, r);
          break;
        }
    }
  return sort_items (items, matrix->n_rows);
}

guint *
fk_order_capabilities (const FkMatrix    *matrix,
                       FkCapabilityOrder  order)
{
  SortItem *items;

  g_return_val_if_fail (matrix != NULL, NULL);

  items = g_new0 (SortItem, MAX (matrix->n_cols, 1));
  for (guint c = 0; c < matrix->n_cols; c++)
    {
      SortItem *item = &items[c];

      item->index = c;
      item->group = (int) matrix->col_area[c];
      switch (order)
        {
        case FK_CAPABILITY_ORDER_MEAN:
          item->key = fk_matrix_column_mean (matrix, c, FK_SIZE_FILTER_ALL);
          break;
        case FK_CAPABILITY_ORDER_SPREAD:
          item->key = -(fk_matrix_column_max (matrix, c, FK_SIZE_FILTER_ALL) -
                        fk_matrix_column_min (matrix, c, FK_SIZE_FILTER_ALL));
          break;
        case FK_CAPABILITY_ORDER_MODEL:
        default:
          item->key = 0;
          break;
        }
    }
  return sort_items (items, matrix->n_cols);
}

guint *
fk_order_areas (const FkMatrix    *matrix,
                FkCapabilityOrder  order,
                guint             *n_areas)
{
  g_autofree gboolean *has_caps = NULL;
  SortItem *items;
  guint n = 0;

  g_return_val_if_fail (matrix != NULL, NULL);
  g_return_val_if_fail (n_areas != NULL, NULL);

  has_caps = g_new0 (gboolean, MAX (matrix->n_areas, 1));
  for (guint c = 0; c < matrix->n_cols; c++)
    has_caps[matrix->col_area[c]] = TRUE;
  items = g_new0 (SortItem, MAX (matrix->n_areas, 1));
  for (guint a = 0; a < matrix->n_areas; a++)
    {
      SortItem *item;

      if (!has_caps[a])
        continue;
      item = &items[n++];
      item->index = a;
      switch (order)
        {
        case FK_CAPABILITY_ORDER_MEAN:
          item->key = fk_matrix_area_mean (matrix, a, FK_SIZE_FILTER_ALL);
          break;
        case FK_CAPABILITY_ORDER_SPREAD:
          item->key = -(fk_matrix_area_max (matrix, a, FK_SIZE_FILTER_ALL) -
                        fk_matrix_area_min (matrix, a, FK_SIZE_FILTER_ALL));
          break;
        case FK_CAPABILITY_ORDER_MODEL:
        default:
          item->key = 0;
          break;
        }
    }
  *n_areas = n;
  return sort_items (items, n);
}
