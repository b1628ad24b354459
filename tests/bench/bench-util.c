/* bench-util.c — what the benchmarks share */
#include "bench-util.h"

FkRegion *
fk_bench_region (guint       n,
                 const char *id)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_strconcat (id, ".json", NULL);
  FkRegion *region;

  g_string_append_printf (json, "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
                          " \"id\": \"%s\", \"name\": \"%s\", \"municipalities\": [", id, id);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"code\": \"%04u\", \"name\": \"Kommun %u\", \"population\": %u}",
                            i > 0 ? ", " : "", 1000 + i, i, 2500 + (i * 7919) % 150000);
  g_string_append (json, "]}");
  region = fk_region_new_from_data (json->str, json->len, source, &error);
  g_assert_no_error (error);
  return region;
}
