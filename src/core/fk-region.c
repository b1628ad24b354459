/* fk-region.c — municipalities and size classes */
#define G_LOG_DOMAIN "fk-region"
#include "config.h"
#include "fk-region.h"
#include "fk-error.h"
#include "fk-json.h"

#include "fk-i18n.h"
#include <string.h>

FkMunicipality *
fk_municipality_new (const char *code,
                     const char *name,
                     gint64      population)
{
  FkMunicipality *m = g_new0 (FkMunicipality, 1);

  m->code = g_strdup (code);
  m->name = g_strdup (name);
  m->population = population;
  return m;
}

void
fk_municipality_free (FkMunicipality *municipality)
{
  if (municipality == NULL)
    return;
  g_free (municipality->code);
  g_free (municipality->name);
  g_free (municipality);
}

FkRegion *
fk_region_new (const char *id,
               const char *name,
               gint64      small_below,
               gint64      large_above,
               GPtrArray  *municipalities)
{
  FkRegion *region = g_atomic_rc_box_new0 (FkRegion);

  region->id = g_strdup (id);
  region->name = g_strdup (name);
  region->small_below = small_below;
  region->large_above = large_above;
  region->municipalities = municipalities;
  g_ptr_array_set_free_func (municipalities, (GDestroyNotify) fk_municipality_free);
  region->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < municipalities->len; i++)
    {
      FkMunicipality *m = g_ptr_array_index (municipalities, i);
      g_hash_table_insert (region->by_code, m->code, m);
    }
  return region;
}

static void
region_clear (FkRegion *region)
{
  g_hash_table_unref (region->by_code);
  g_ptr_array_unref (region->municipalities);
  g_free (region->id);
  g_free (region->name);
}

G_DEFINE_BOXED_TYPE (FkRegion, fk_region, fk_region_ref, fk_region_unref)

FkRegion *
fk_region_ref (FkRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);
  return g_atomic_rc_box_acquire (region);
}

void
fk_region_unref (FkRegion *region)
{
  g_return_if_fail (region != NULL);
  g_atomic_rc_box_release_full (region, (GDestroyNotify) region_clear);
}

static gboolean
is_kommunkod (const char *code)
{
  if (code == NULL || strlen (code) != 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    if (!g_ascii_isdigit (code[i]))
      return FALSE;
  return TRUE;
}

FkRegion *
fk_region_new_from_data (const char  *data,
                         gssize       length,
                         const char  *source,
                         GError     **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GPtrArray) municipalities = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_municipality_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonObject *thresholds;
  JsonArray *list;
  const char *id;
  const char *name;
  gint64 small_below = FK_REGION_DEFAULT_SMALL_BELOW;
  gint64 large_above = FK_REGION_DEFAULT_LARGE_ABOVE;
  g_autoptr(GError) local_error = NULL;

  if (source == NULL)
    source = _("region");
  node = fk_json_parse_object (data, length, source, error);
  if (node == NULL)
    return NULL;
  root = json_node_get_object (node);
  if (!fk_json_check_format (root, FK_REGION_FORMAT, FK_REGION_FORMAT_VERSION, source, error))
    return NULL;
  if ((id = fk_json_get_string (root, "id", TRUE, source, NULL, error)) == NULL ||
      (name = fk_json_get_string (root, "name", TRUE, source, NULL, error)) == NULL)
    return NULL;

  thresholds = fk_json_get_object (root, "size_thresholds", FALSE, source, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (thresholds != NULL &&
      (!fk_json_get_int (thresholds, "small_below", FALSE, &small_below, source, "size_thresholds", error) ||
       !fk_json_get_int (thresholds, "large_above", FALSE, &large_above, source, "size_thresholds", error)))
    return NULL;
  if (small_below < 0 || large_above < small_below)
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "size_thresholds",
                         _("small_below must be at least 0 and at most large_above"));
      return NULL;
    }

  list = fk_json_get_array (root, "municipalities", TRUE, source, NULL, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      g_autofree char *where = g_strdup_printf ("municipalities[%u]", i);
      JsonObject *obj = fk_json_array_get_object (list, i, source, where, error);
      const char *code;
      const char *mname;
      gint64 population = 0;
      FkMunicipality *m;

      if (obj == NULL ||
          (code = fk_json_get_string (obj, "code", TRUE, source, where, error)) == NULL ||
          (mname = fk_json_get_string (obj, "name", TRUE, source, where, error)) == NULL ||
          !fk_json_get_int (obj, "population", TRUE, &population, source, where, error))
        return NULL;
      if (!is_kommunkod (code))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("code “%s” is not a four-digit municipality code"), code);
          return NULL;
        }
      if (g_hash_table_contains (seen, code))
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("municipality code “%s” is used twice"), code);
          return NULL;
        }
      if (population < 0)
        {
          fk_json_set_error (error, FK_ERROR_INVALID, source, where,
                             _("population must not be negative"));
          return NULL;
        }
      m = fk_municipality_new (code, mname, population);
      g_ptr_array_add (municipalities, m);
      g_hash_table_add (seen, m->code);
    }
  if (municipalities->len == 0)
    {
      fk_json_set_error (error, FK_ERROR_INVALID, source, "municipalities",
                         _("the region has no municipalities"));
      return NULL;
    }
  return fk_region_new (id, name, small_below, large_above, g_steal_pointer (&municipalities));
}

FkRegion *
fk_region_new_from_file (const char  *path,
                        GError     **error)
{
  return fk_json_load_file (path, (FkJsonLoader) fk_region_new_from_data, error);
}

FkRegion *
fk_region_new_default (GError **error)
{
  return fk_json_load_resource ("regions/fyrbodal.json", (FkJsonLoader) fk_region_new_from_data, error);
}

const FkMunicipality *
fk_region_lookup (FkRegion   *region,
                  const char *code)
{
  if (code == NULL)
    return NULL;
  return g_hash_table_lookup (region->by_code, code);
}

gboolean
fk_region_check_municipality (FkRegion    *region,
                              const char  *source,
                              const char  *code,
                              GError     **error)
{
  g_return_val_if_fail (region != NULL, FALSE);

  if (code != NULL && fk_region_lookup (region, code) != NULL)
    return TRUE;
  g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("%s: no municipality has the code “%s” in this study"),
               source != NULL ? source : "", code != NULL ? code : "");
  return FALSE;
}

FkSizeClass
fk_region_size_class (FkRegion *region,
                      gint64    population)
{
  if (population < region->small_below)
    return FK_SIZE_SMALL;
  if (population > region->large_above)
    return FK_SIZE_LARGE;
  return FK_SIZE_MEDIUM;
}

FkSizeClass
fk_region_municipality_size_class (FkRegion             *region,
                                   const FkMunicipality *municipality)
{
  return fk_region_size_class (region, municipality->population);
}

FkSizeFilter
fk_size_filter_for_class (FkSizeClass size)
{
  g_return_val_if_fail (size <= FK_SIZE_LARGE, FK_SIZE_FILTER_ALL);
  return FK_SIZE_FILTER_SMALL + size;
}

gboolean
fk_size_filter_matches (FkSizeFilter filter,
                        FkSizeClass  size)
{
  return filter == FK_SIZE_FILTER_ALL || filter == fk_size_filter_for_class (size);
}

const char *
fk_size_class_to_string (FkSizeClass size)
{
  switch (size)
    {
    case FK_SIZE_SMALL: return "small";
    case FK_SIZE_MEDIUM: return "medium";
    case FK_SIZE_LARGE: return "large";
    default: g_return_val_if_reached ("medium");
    }
}

const char *
fk_size_class_get_label (FkSizeClass size)
{
  switch (size)
    {
    case FK_SIZE_SMALL: return C_("size class", "Small");
    case FK_SIZE_MEDIUM: return C_("size class", "Medium");
    case FK_SIZE_LARGE: return C_("size class", "Large");
    default: g_return_val_if_reached ("");
    }
}
