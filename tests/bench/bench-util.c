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

/* A model of @n_capabilities in @n_areas areas, listed grouped by area. */
FkModel *
fk_bench_model (guint n_areas,
                guint n_capabilities)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"formagekarta-model\", \"format_version\": 1,"
                                          " \"id\": \"synthetic\", \"version\": \"1.0.0\","
                                          " \"name\": {\"sv\": \"Syntetisk\", \"en\": \"Synthetic\"},"
                                          " \"description\": {\"sv\": \"Benchmark.\", \"en\": \"Benchmark.\"},"
                                          " \"scale\": [");
  g_autoptr(GError) error = NULL;
  const int per_area = (int) n_capabilities / (int) n_areas;
  FkModel *model;

  for (int l = 0; l <= 5; l++)
    g_string_append_printf (json, "%s{\"level\": %d, \"name\": {\"sv\": \"Nivå %d\"}, \"meaning\": {\"sv\": \"Nivå %d.\"}}",
                            l > 0 ? ", " : "", l, l, l);
  g_string_append (json, "], \"areas\": [");
  for (int a = 0; a < (int) n_areas; a++)
    g_string_append_printf (json, "%s{\"key\": \"o%d\", \"name\": {\"sv\": \"Område %d\"}}", a > 0 ? ", " : "", a, a);
  g_string_append (json, "], \"capabilities\": [");
  for (int c = 0; c < (int) n_capabilities; c++)
    g_string_append_printf (json, "%s{\"key\": \"o%d.f%d\", \"area\": \"o%d\", \"name\": {\"sv\": \"Förmåga %d\"},"
                            " \"description\": {\"sv\": \"Förmåga %d.\"}}",
                            c > 0 ? ", " : "", c / per_area, c, c / per_area, c, c);
  g_string_append (json, "]}");
  model = fk_model_new_from_data (json->str, json->len, "synthetic-model.json", &error);
  g_assert_no_error (error);
  return model;
}

/* Every answer varies, with some not assessed and some not applicable. */
FkScore *
fk_bench_score (gint64      round,
                const char *code,
                const char *key,
                guint       m,
                guint       c)
{
  FkScore *score = fk_score_new (round, code, key);
  guint k = m * 31 + c * 7;

  if (k % 17 == 0)
    score->current = FK_LEVEL_NA;
  else if (k % 13 == 0)
    score->current = FK_LEVEL_UNSET;
  else
    score->current = (m + c) % 6;
  if (score->current >= 0)
    score->target = MIN (5, score->current + (k % 3));
  if (score->current != FK_LEVEL_NA)
    {
      score->sustain = k % 4;
      score->key_person = (k / 4) % 3;
      score->interest = (k / 12) % 4;
    }
  if (score->current == FK_LEVEL_UNSET && score->sustain == FK_SUSTAIN_UNSET)
    score->comment = g_strdup ("Underlag saknas.");
  return score;
}

void
fk_bench_fill_round (FkStudy *study,
                     gint64   round)
{
  FkModel *model = fk_study_get_model (study);
  FkRegion *region = fk_study_get_region (study);

  for (guint m = 0; m < region->municipalities->len; m++)
    {
      g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
      const FkMunicipality *mun = g_ptr_array_index (region->municipalities, m);
      g_autoptr(GError) error = NULL;

      for (guint c = 0; c < model->capabilities->len; c++)
        g_ptr_array_add (batch, fk_bench_score (round, mun->code,
                                                ((FkCapability *) g_ptr_array_index (model->capabilities, c))->key, m, c));
      if (!fk_study_set_scores (study, batch, &error))
        g_error ("fk_bench_fill_round: %s", error->message);
    }
}
