/* test-text.c — model text and number formatting */
#include "fk-test-util.h"

static void
test_format_thousands (void)
{
  struct { gint64 value; const char *text; } cases[] = {
    { 0, "0" },
    { 999, "999" },
    { 1000, "1\u202f000" },
    { 9750, "9\u202f750" },
    { 59058, "59\u202f058" },
    { 1234567, "1\u202f234\u202f567" },
    { -4813, "−4\u202f813" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = fk_text_format_thousands (cases[i].value);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_text_get (void)
{
  FkText both = { (char *) "Förmåga", (char *) "Capability" };
  FkText sv_only = { (char *) "Förmåga", NULL };
  FkText en_only = { NULL, (char *) "Capability" };
  FkText empty = { NULL, NULL };

  g_assert_cmpstr (fk_text_get (&both, "sv"), ==, "Förmåga");
  g_assert_cmpstr (fk_text_get (&both, "en"), ==, "Capability");
  g_assert_cmpstr (fk_text_get (&sv_only, "en"), ==, "Förmåga");
  g_assert_cmpstr (fk_text_get (&en_only, "sv"), ==, "Capability");
  g_assert_cmpstr (fk_text_get (&empty, "sv"), ==, "");
  g_assert_true (fk_text_is_empty (&empty));
  g_assert_false (fk_text_is_empty (&en_only));
  g_assert_true (fk_text_language_is_valid ("sv"));
  g_assert_false (fk_text_language_is_valid ("fi"));
  g_assert_false (fk_text_language_is_valid (NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/text/format-thousands", test_format_thousands);
  g_test_add_func ("/core/text/get", test_text_get);
  return g_test_run ();
}
