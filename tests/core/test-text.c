/* test-text.c — model text and number formatting */
#include "fk-test-util.h"

#include "fk-i18n.h"
#include <locale.h>

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

static void
test_iso_date (void)
{
  const char *good[] = { "2020-11-15", "2024-02-29", "0001-01-01" };
  const char *bad[] = { "2022-13-45", "2022-02-30", "2023-02-29", "2022/03/15", "22-03-15",
                        "2022-3-15", "2022-03-15 ", "", "0000-01-01", "abcd-ef-gh" };
  g_autofree char *today = fk_text_today_iso ();

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (fk_text_is_iso_date (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (fk_text_is_iso_date (bad[i]));
  g_assert_false (fk_text_is_iso_date (NULL));
  g_assert_true (fk_text_is_iso_date (today));
}

static void
test_time (void)
{
  const char *bad[] = { "2020-09-01T08:10:04", "2020-09-01", "2020-13-01T08:10:04Z",
                        "1598947804", "", "2020-09-01T08:10:04Z ", NULL };
  g_autofree char *text = fk_text_format_time (1598947804);
  gint64 unix_time = 0;

  g_assert_cmpstr (text, ==, "2020-09-01T08:10:04Z");
  g_assert_null (fk_text_format_time (0));
  g_assert_true (fk_text_parse_time (text, &unix_time));
  g_assert_cmpint (unix_time, ==, 1598947804);
  g_assert_true (fk_text_parse_time ("2020-09-01T10:10:04+02:00", &unix_time));
  g_assert_cmpint (unix_time, ==, 1598947804);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      unix_time = 42;
      g_assert_false (fk_text_parse_time (bad[i], &unix_time));
      g_assert_cmpint (unix_time, ==, 42);
    }
}

/* The program's own words follow the language asked for, whatever the
 * locale: the command line's figures in the study's language. */
static void
test_message_language (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);

  setlocale (LC_ALL, "C");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Not assessed"), ==, "Not assessed");

  fk_text_use_message_language ("sv");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Not assessed"), ==, "Ej bedömd");
  fk_text_use_message_language ("en");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Not assessed"), ==, "Not assessed");
  fk_text_use_message_language ("sv");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Not assessed"), ==, "Ej bedömd");
}

/* fk_text_init_i18n() gives an unset LANGUAGE the empty value, and an
 * empty LANGUAGE is ignored: GLib takes the language from the locale
 * variables, gettext from LC_MESSAGES, and a push and pop over it work
 * and put the empty value back. */
static void
test_empty_language (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("FK_BUILD_ROOT"), "po", NULL);

  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANG", "C.UTF-8", TRUE);
  fk_text_init_i18n (localedir);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "");
  /* A set LANGUAGE is kept as it is. */
  g_setenv ("LANGUAGE", "en_GB:en", TRUE);
  fk_text_init_i18n (localedir);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en_GB:en");
  g_setenv ("LANGUAGE", "", TRUE);

  /* GLib: the first language comes from LANG, not from the empty list. */
  g_setenv ("LANG", "sv_SE.UTF-8", TRUE);
  g_assert_cmpstr (g_get_language_names ()[0], ==, "sv_SE.UTF-8");
  g_assert_cmpstr (fk_text_default_language (), ==, "sv");
  g_setenv ("LANG", "en_GB.UTF-8", TRUE);
  g_assert_cmpstr (fk_text_default_language (), ==, "en");
  g_setenv ("LANG", "C.UTF-8", TRUE);

  /* gettext: in C.UTF-8 with an empty LANGUAGE, no catalogue: the empty
   * value selects nothing. A pushed language is the thread's own and
   * leaves LANGUAGE and the locale as they were. */
  setlocale (LC_MESSAGES, "C.UTF-8");
  g_assert_cmpstr (_("Not assessed"), ==, "Not assessed");
  fk_text_push_message_language ("sv");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "");
  g_assert_cmpstr (_("Not assessed"), ==, "Ej bedömd");
  fk_text_pop_message_language ();
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "");
  g_assert_cmpstr (_("Not assessed"), ==, "Not assessed");
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "C.UTF-8");

  /* Where the system has a Swedish locale, the empty LANGUAGE lets it
   * choose (gettext would translate nothing if it took "" as a list). */
  if (setlocale (LC_MESSAGES, "sv_SE.UTF-8") != NULL)
    {
      g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Not assessed"), ==, "Ej bedömd");
      setlocale (LC_MESSAGES, "C.UTF-8");
    }
  else
    g_test_message ("no sv_SE.UTF-8 locale: the Swedish-locale check is left out");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/text/format-thousands", test_format_thousands);
  g_test_add_func ("/core/text/get", test_text_get);
  g_test_add_func ("/core/text/iso-date", test_iso_date);
  g_test_add_func ("/core/text/time", test_time);
  g_test_add_func ("/core/text/message-language", test_message_language);
  g_test_add_func ("/core/text/empty-language", test_empty_language);
  return g_test_run ();
}
