/* test-order.c — the orders of municipalities and capabilities
 * (fk-order.h) against orders worked out by hand: every order, size
 * groups, ties, no value last, one municipality and an empty round */
#include "fk-test-util.h"
#include "fk-order.h"

/* Region order (rows): 0 Östra 0003 medium, 1 Bäck 0001 small, 2 Ahla 0005
 * large, 3 Ceda 0002 small, 4 Dala 0004 medium. Names, codes and
 * populations each give another order. */
static const char region_json[] =
  "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
  " \"id\": \"t\", \"name\": \"T\","
  " \"size_thresholds\": {\"small_below\": 10000, \"large_above\": 50000},"
  " \"municipalities\": ["
  "  {\"code\": \"0003\", \"name\": \"Östra\", \"population\": 20000},"
  "  {\"code\": \"0001\", \"name\": \"Bäck\", \"population\": 5000},"
  "  {\"code\": \"0005\", \"name\": \"Ahla\", \"population\": 90000},"
  "  {\"code\": \"0002\", \"name\": \"Ceda\", \"population\": 8000},"
  "  {\"code\": \"0004\", \"name\": \"Dala\", \"population\": 30000}]}";

static const char one_json[] =
  "{\"format\": \"formagekarta-region\", \"format_version\": 1,"
  " \"id\": \"o\", \"name\": \"O\","
  " \"municipalities\": ["
  "  {\"code\": \"0001\", \"name\": \"A\", \"population\": 5000}]}";

#define ROUND 3
#define NA FK_LEVEL_NA

/* The minimal model: c0 strategi and c1 finansiering (area 0), c2
 * säkerhetskopiering (area 1). */
static const char * const caps[] = {
  "styrning.strategi", "styrning.finansiering", "drift.sakerhetskopiering",
};

typedef struct {
  const char *code;
  guint       cap;
  int         current;
} Level;

/* Row means: Östra (2 + 0) / 2 = 1, Bäck 5, Ahla none, Ceda 1 (its "not
 * applicable" counts for nothing), Dala (3 + 1) / 2 = 2.
 * Column means: c0 (2 + 5 + 1 + 3) / 4 = 2.75, spread 5 − 1 = 4;
 * c1 (0 + 1) / 2 = 0.5, spread 1; c2 none. */
static const Level fixture[] = {
  { "0003", 0, 2 }, { "0003", 1, 0 },
  { "0001", 0, 5 },
  { "0002", 0, 1 }, { "0002", 2, NA },
  { "0004", 0, 3 }, { "0004", 1, 1 },
};

/* Only c1 has values, and only Dala. */
static const Level sparse[] = {
  { "0004", 1, 4 },
};

static FkRoundSnapshot *
snapshot_new (const char  *json,
              const Level *levels,
              guint        n_levels)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fk_test_data_path ("models/minimal.json");
  g_autoptr(FkModel) model = fk_model_new_from_file (path, &error);
  g_autoptr(FkRegion) region = NULL;
  GPtrArray *scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);

  g_assert_no_error (error);
  region = fk_region_new_from_data (json, -1, "region", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n_levels; i++)
    {
      FkScore *s = fk_score_new (ROUND, levels[i].code, caps[levels[i].cap]);

      s->current = levels[i].current;
      g_ptr_array_add (scores, s);
    }
  return fk_round_snapshot_new (model, region, ROUND, "R", "fixture", scores);
}

static void
assert_order (guint       *order,
              const guint *expected,
              guint        n)
{
  for (guint i = 0; i < n; i++)
    if (order[i] != expected[i])
      {
        g_autoptr(GString) got = g_string_new (NULL);

        for (guint j = 0; j < n; j++)
          g_string_append_printf (got, " %u", order[j]);
        g_error ("position %u: %u, expected %u (order:%s)", i, order[i], expected[i], got->str);
      }
  g_free (order);
}

static FkMatrix *
current (FkRoundSnapshot *snapshot)
{
  return fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_CURRENT);
}

static void
test_names (void)
{
  FkMunicipalityOrder m = FK_MUNICIPALITY_ORDER_NAME;
  FkCapabilityOrder c = FK_CAPABILITY_ORDER_MODEL;

  for (FkMunicipalityOrder o = FK_MUNICIPALITY_ORDER_NAME; o <= FK_MUNICIPALITY_ORDER_MEAN; o++)
    {
      g_assert_true (fk_municipality_order_from_string (fk_municipality_order_to_string (o), &m));
      g_assert_cmpint (m, ==, o);
    }
  for (FkCapabilityOrder o = FK_CAPABILITY_ORDER_MODEL; o <= FK_CAPABILITY_ORDER_SPREAD; o++)
    {
      g_assert_true (fk_capability_order_from_string (fk_capability_order_to_string (o), &c));
      g_assert_cmpint (c, ==, o);
    }
  g_assert_cmpstr (fk_municipality_order_to_string (FK_MUNICIPALITY_ORDER_POPULATION), ==, "population");
  g_assert_cmpstr (fk_capability_order_to_string (FK_CAPABILITY_ORDER_SPREAD), ==, "spread");
  /* Another word leaves the order alone. */
  m = FK_MUNICIPALITY_ORDER_CODE;
  g_assert_false (fk_municipality_order_from_string ("size", &m));
  g_assert_false (fk_municipality_order_from_string (NULL, &m));
  g_assert_cmpint (m, ==, FK_MUNICIPALITY_ORDER_CODE);
  g_assert_false (fk_capability_order_from_string ("Mean", &c));
}

static void
test_municipalities (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = snapshot_new (region_json, fixture, G_N_ELEMENTS (fixture));
  FkMatrix *matrix = current (snapshot);

  /* Ahla, Bäck, Ceda, Dala, Östra. */
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_NAME, FALSE),
                (const guint[]) { 2, 1, 3, 4, 0 }, 5);
  /* 0001 … 0005. */
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_CODE, FALSE),
                (const guint[]) { 1, 3, 0, 4, 2 }, 5);
  /* 90000, 30000, 20000, 8000, 5000. */
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_POPULATION, FALSE),
                (const guint[]) { 2, 4, 0, 3, 1 }, 5);
  /* 5, 2, then Östra and Ceda tied at 1 in region order, Ahla (none) last. */
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_MEAN, FALSE),
                (const guint[]) { 1, 4, 0, 3, 2 }, 5);
}

static void
test_group_by_size (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = snapshot_new (region_json, fixture, G_N_ELEMENTS (fixture));
  FkMatrix *matrix = current (snapshot);

  /* Large Ahla; medium Dala, Östra; small Bäck, Ceda. */
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_NAME, TRUE),
                (const guint[]) { 2, 4, 0, 1, 3 }, 5);
  /* Medium by code: 0003 Östra, 0004 Dala; small 0001 Bäck, 0002 Ceda. */
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_CODE, TRUE),
                (const guint[]) { 2, 0, 4, 1, 3 }, 5);
  /* Medium by mean: Dala 2, Östra 1; small: Bäck 5, Ceda 1. */
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_MEAN, TRUE),
                (const guint[]) { 2, 4, 0, 1, 3 }, 5);
  /* Within a group by population: Dala 30000 before Östra 20000. */
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_POPULATION, TRUE),
                (const guint[]) { 2, 4, 0, 3, 1 }, 5);
}

static void
test_capabilities (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = snapshot_new (region_json, fixture, G_N_ELEMENTS (fixture));
  FkMatrix *matrix = current (snapshot);

  assert_order (fk_order_capabilities (matrix, FK_CAPABILITY_ORDER_MODEL), (const guint[]) { 0, 1, 2 }, 3);
  /* Lowest mean first within the area: c1 0.5 before c0 2.75; c2 stays in its area. */
  assert_order (fk_order_capabilities (matrix, FK_CAPABILITY_ORDER_MEAN), (const guint[]) { 1, 0, 2 }, 3);
  /* Widest spread first: c0 4 before c1 1. */
  assert_order (fk_order_capabilities (matrix, FK_CAPABILITY_ORDER_SPREAD), (const guint[]) { 0, 1, 2 }, 3);
}

/* No value sorts last, whatever the direction of the order. */
static void
test_nan_last (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = snapshot_new (region_json, sparse, G_N_ELEMENTS (sparse));
  FkMatrix *matrix = current (snapshot);

  /* c0 has no value: after c1 by mean and by spread (0, but a value). */
  assert_order (fk_order_capabilities (matrix, FK_CAPABILITY_ORDER_MEAN), (const guint[]) { 1, 0, 2 }, 3);
  assert_order (fk_order_capabilities (matrix, FK_CAPABILITY_ORDER_SPREAD), (const guint[]) { 1, 0, 2 }, 3);
  /* Dala first, then the four without a mean in region order. */
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_MEAN, FALSE),
                (const guint[]) { 4, 0, 1, 2, 3 }, 5);
  /* Grouped: the medium Dala before the medium Östra (none). */
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_MEAN, TRUE),
                (const guint[]) { 2, 4, 0, 1, 3 }, 5);
}

static void
test_one_municipality (void)
{
  static const Level one[] = { { "0001", 0, 3 } };
  g_autoptr(FkRoundSnapshot) snapshot = snapshot_new (one_json, one, G_N_ELEMENTS (one));
  FkMatrix *matrix = current (snapshot);

  for (FkMunicipalityOrder o = FK_MUNICIPALITY_ORDER_NAME; o <= FK_MUNICIPALITY_ORDER_MEAN; o++)
    {
      assert_order (fk_order_municipalities (matrix, o, FALSE), (const guint[]) { 0 }, 1);
      assert_order (fk_order_municipalities (matrix, o, TRUE), (const guint[]) { 0 }, 1);
    }
  /* c0 3 (spread 0), the others none. */
  assert_order (fk_order_capabilities (matrix, FK_CAPABILITY_ORDER_MEAN), (const guint[]) { 0, 1, 2 }, 3);
  assert_order (fk_order_capabilities (matrix, FK_CAPABILITY_ORDER_SPREAD), (const guint[]) { 0, 1, 2 }, 3);
}

/* An empty round: every key is "none", so every order is the region's and
 * the model's (grouping still applies). */
static void
test_empty_round (void)
{
  g_autoptr(FkRoundSnapshot) snapshot = snapshot_new (region_json, NULL, 0);
  FkMatrix *matrix = current (snapshot);

  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_MEAN, FALSE),
                (const guint[]) { 0, 1, 2, 3, 4 }, 5);
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_MEAN, TRUE),
                (const guint[]) { 2, 0, 4, 1, 3 }, 5);
  assert_order (fk_order_municipalities (matrix, FK_MUNICIPALITY_ORDER_NAME, FALSE),
                (const guint[]) { 2, 1, 3, 4, 0 }, 5);
  for (FkCapabilityOrder o = FK_CAPABILITY_ORDER_MODEL; o <= FK_CAPABILITY_ORDER_SPREAD; o++)
    assert_order (fk_order_capabilities (matrix, o), (const guint[]) { 0, 1, 2 }, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/order/names", test_names);
  g_test_add_func ("/core/order/municipalities", test_municipalities);
  g_test_add_func ("/core/order/group-by-size", test_group_by_size);
  g_test_add_func ("/core/order/capabilities", test_capabilities);
  g_test_add_func ("/core/order/nan-last", test_nan_last);
  g_test_add_func ("/core/order/one-municipality", test_one_municipality);
  g_test_add_func ("/core/order/empty-round", test_empty_round);
  return g_test_run ();
}
