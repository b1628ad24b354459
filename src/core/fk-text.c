/* fk-text.c — Swedish-first model text */
#define G_LOG_DOMAIN "fk-text"
#include "fk-text.h"

#include <math.h>

#include "fk-i18n.h"
#include <locale.h>

#include <string.h>

const char *
fk_text_get (const FkText *text,
             const char   *language)
{
  if (text == NULL)
    return "";
  if (g_strcmp0 (language, "en") == 0 && text->en != NULL && *text->en != '\0')
    return text->en;
  if (text->sv != NULL && *text->sv != '\0')
    return text->sv;
  if (text->en != NULL)
    return text->en;
  return "";
}

gboolean
fk_text_is_empty (const FkText *text)
{
  return text == NULL ||
         ((text->sv == NULL || *text->sv == '\0') &&
          (text->en == NULL || *text->en == '\0'));
}

void
fk_text_clear (FkText *text)
{
  g_clear_pointer (&text->sv, g_free);
  g_clear_pointer (&text->en, g_free);
}

const char *
fk_text_default_language (void)
{
  const char * const *names = g_get_language_names ();

  /* The first preferred language that we have: Swedish or English. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "sv"))
        return "sv";
      if (g_str_has_prefix (names[i], "en"))
        return "en";
    }
  return "sv";
}

gboolean
fk_text_language_is_valid (const char *language)
{
  return g_strcmp0 (language, "sv") == 0 || g_strcmp0 (language, "en") == 0;
}

char *
fk_text_format_thousands (gint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                             value < 0 ? -(guint64) value : (guint64) value);
  GString *out = g_string_new (value < 0 ? "−" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, "\u202f");
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

gboolean
fk_text_is_iso_date (const char *text)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  return year >= 1 && g_date_valid_dmy (day, month, year);
}

char *
fk_text_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

char *
fk_text_format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = NULL;

  if (unix_time == 0)
    return NULL;
  time = g_date_time_new_from_unix_utc (unix_time);
  if (time == NULL)
    return NULL;
  /* Not g_date_time_format()'s %Y: it writes the year 57 as "57", which
   * no ISO 8601 reader takes back. */
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (time), g_date_time_get_month (time),
                          g_date_time_get_day_of_month (time), g_date_time_get_hour (time),
                          g_date_time_get_minute (time), g_date_time_get_second (time));
}

gboolean
fk_text_parse_time (const char *text,
                    gint64     *out)
{
  g_autoptr(GDateTime) time = NULL;

  /* Without a default zone, a time without one is refused. */
  if (text != NULL)
    time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    return FALSE;
  *out = g_date_time_to_unix (time);
  /* A zone can carry a time past the years 1–9999 in UTC
   * ("0001-01-01T00:00:00+01:00"), which fk_text_format_time() could
   * not write back: not a time we keep. */
  g_date_time_unref (g_steal_pointer (&time));
  time = g_date_time_new_from_unix_utc (*out);
  return time != NULL;
}

void
fk_text_init_i18n (const char *localedir)
{
  const char *dir = g_getenv ("FK_LOCALEDIR");
  g_autofree char *messages = NULL;

  if (dir == NULL || *dir == '\0')
    dir = localedir;
  /* Called before any thread starts. LANGUAGE gets a value now (empty,
   * which gettext and GLib ignore), so that a later switch of the message
   * language only replaces its value: adding a variable could move
   * `environ` while another thread reads it with getenv(). */
  if (g_getenv ("LANGUAGE") == NULL)
    g_setenv ("LANGUAGE", "", TRUE);
  fk_i18n_set_localedir (dir);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* GLib's g_dgettext() (the _() of gi18n-lib.h) decides once, at its
   * first call, whether to translate at all: not in a locale such as
   * "C.UTF-8" when no catalog matched then, so a later --language (or
   * the study's language) would be ignored for good. Let it decide in
   * the plain "C" locale, where it always says yes. */
  messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  setlocale (LC_MESSAGES, "C");
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  if (messages != NULL)
    setlocale (LC_MESSAGES, messages);
}

/* GNU gettext ignores LANGUAGE in the "C" locale. */
static gboolean
messages_locale_is_c (void)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);

  return messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX");
}

void
fk_text_use_message_language (const char *language)
{
  extern int _nl_msg_cat_cntr;   /* GNU gettext: bumped, it forgets cached lookups */

  g_return_if_fail (language != NULL);

  g_setenv ("LANGUAGE", language, TRUE);
  if (messages_locale_is_c ())
    setlocale (LC_MESSAGES, "C.UTF-8");
  ++_nl_msg_cat_cntr;
}

char *
fk_text_format_number (double      value,
                       gboolean    integral,
                       gboolean    signed_,
                       const char *language)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  GString *s = g_string_new (NULL);
  double shown = integral ? round (value) : round (value * 10) / 10;

  if (shown == 0)
    shown = 0;   /* no "−0" */
  if (signed_ && shown > 0)
    g_string_append_c (s, '+');
  if (shown < 0)
    g_string_append (s, "−");
  g_ascii_formatd (buf, sizeof buf, integral ? "%.0f" : "%.1f", fabs (shown));
  g_string_append (s, buf);
  if (g_strcmp0 (language, "en") != 0)
    g_strdelimit (s->str, ".", ',');
  return g_string_free (s, FALSE);
}

char *
fk_text_format_c_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}

char *
fk_text_count_in_words (guint       count,
                        const char *language)
{
  /* Data, not gettext: the words must follow @language, not the locale. */
  static const char *const sv[] = {
    "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
  };
  static const char *const en[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  };

  if (count < 2 || count > 12)
    return g_strdup_printf ("%u", count);
  return g_strdup (g_strcmp0 (language, "en") == 0 ? en[count - 2] : sv[count - 2]);
}
