/* test-json.c — the JSON text the CLI prints and our files hold */
#include "config.h"
#include "fk-json.h"
#include "fk-text.h"

#include <string.h>

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* Fractional numbers in their shortest exact form, integers as they
 * were, strings untouched (digits, escaped quotes, backslashes), and the
 * text reads back as the same values. */
static void
test_numbers_shortest (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) back = NULL;
  g_autofree char *text = NULL;
  JsonObject *object;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "score");
  json_builder_add_double_value (builder, 69.2);
  json_builder_set_member_name (builder, "whole");
  json_builder_add_double_value (builder, 1.0);
  json_builder_set_member_name (builder, "negative");
  json_builder_add_double_value (builder, -0.35);
  json_builder_set_member_name (builder, "third");
  json_builder_add_double_value (builder, 1.0 / 3);
  json_builder_set_member_name (builder, "tiny");
  json_builder_add_double_value (builder, 1e-20);
  json_builder_set_member_name (builder, "count");
  json_builder_add_int_value (builder, 14);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, "69.200000000000003 \"1.50\" \\ 2.0");
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);

  text = fk_json_to_string (node);
  g_assert_nonnull (strstr (text, "\"score\" : 69.2,"));
  g_assert_nonnull (strstr (text, "\"whole\" : 1.0,"));
  g_assert_nonnull (strstr (text, "\"negative\" : -0.35,"));
  g_assert_nonnull (strstr (text, "\"count\" : 14,"));
  g_assert_nonnull (strstr (text, "\"text\" : \"69.200000000000003 \\\"1.50\\\" \\\\ 2.0\""));
  g_assert_null (strstr (text, "69.200000000000003,"));

  back = parse (text);
  object = json_node_get_object (back);
  g_assert_cmpfloat (json_object_get_double_member (object, "score"), ==, 69.2);
  g_assert_cmpfloat (json_object_get_double_member (object, "third"), ==, 1.0 / 3);
  g_assert_cmpfloat (json_object_get_double_member (object, "tiny"), ==, 1e-20);
  g_assert_cmpfloat (json_object_get_double_member (object, "negative"), ==, -0.35);
  g_assert_cmpint (json_object_get_int_member (object, "count"), ==, 14);
  g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, "69.200000000000003 \"1.50\" \\ 2.0");
}

/* The one shortest-number writer behind the JSON and the stored weights. */
static void
test_c_number (void)
{
  static const double values[] = { 0.1, 1.0, -0.35, 1.0 / 3, 69.2, 1e-20, 0.25 };
  g_autofree char *tenth = fk_text_format_c_number (0.1);
  g_autofree char *one = fk_text_format_c_number (1.0);
  g_autofree char *neg = fk_text_format_c_number (-0.35);

  g_assert_cmpstr (tenth, ==, "0.1");
  g_assert_cmpstr (one, ==, "1");
  g_assert_cmpstr (neg, ==, "-0.35");
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = fk_text_format_c_number (values[i]);

      g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, values[i]);
      g_assert_null (strchr (text, ','));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/numbers-shortest", test_numbers_shortest);
  g_test_add_func ("/json/c-number", test_c_number);
  return g_test_run ();
}
