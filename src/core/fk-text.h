/* fk-text.h — a piece of model text in Swedish with English beside it */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *sv;
  char *en;
} FkText;

/* The text in @language ("sv" or "en"); falls back to Swedish, then
 * English, then "". Never NULL. */
const char *fk_text_get   (const FkText *text,
                           const char   *language);
gboolean    fk_text_is_empty (const FkText *text);
void        fk_text_clear (FkText *text);

/* 9750 → "9 750": digits grouped by three with a narrow no-break space,
 * as Swedish writes them (and as SI allows in English). */
char       *fk_text_format_thousands (gint64 value);

/* TRUE for "YYYY-MM-DD" naming a real day: the one date form studies store. */
gboolean    fk_text_is_iso_date (const char *text);
/* Today's local date as "YYYY-MM-DD". */
char       *fk_text_today_iso (void);
/* A Unix time as ISO 8601 in UTC, "2020-09-01T08:00:00Z": the one form
 * files and the CLI write. NULL for 0 ("never"). */
char       *fk_text_format_time (gint64 unix_time);
/* A number as people read it in @language: "3", "2,4" (sv) / "2.4" (en),
 * "+2", "−1" (with @signed_), one decimal unless @integral; rounded once,
 * never "−0". The one number formatter of figures, tables and lists. */
char       *fk_text_format_number (double      value,
                                   gboolean    integral,
                                   gboolean    signed_,
                                   const char *language);
/* The shortest text in the C locale that reads back as the same double
 * ("0.1", "69.2", "1"; not "0.10000000000000001"): for what files and
 * stored text hold. */
char       *fk_text_format_c_number (double value);
/* Reads an ISO 8601 date and time with a time zone ("Z" or "+02:00") into
 * a Unix time; FALSE for anything else. */
gboolean    fk_text_parse_time  (const char *text,
                                 gint64     *out);

/* setlocale and gettext for a program of ours (the user's language);
 * translations come from $FK_LOCALEDIR when set (an uninstalled build),
 * else @localedir, for gettext and for the pushed languages below alike.
 * Call it first, before any thread starts: it also gives an unset
 * LANGUAGE the empty value (which gettext and GLib ignore), so that
 * fk_text_use_message_language() only ever replaces a value and never
 * adds a variable to the environment. */
void        fk_text_init_i18n (const char *localedir);
/* From now on, translate the program's own words into @language ("sv" or
 * "en") whatever the user's locale, in every thread that has not pushed
 * a language: a figure exported in a chosen language has its headings in
 * that language too, not half in another. It sets LANGUAGE and
 * LC_MESSAGES for the whole process, so: for the command line, at its
 * start, before any thread. Anywhere else, push a language instead. */
void        fk_text_use_message_language (const char *language);
/* From push to the matching pop, the calling thread's _(), ngettext()
 * and C_() (core, export and the CLI: fk-i18n.h) give the program's
 * words in @language ("sv" or "en") whatever the user's locale. Pushes
 * nest: each pop undoes its own push. The language belongs to the
 * thread: other threads, the main thread showing the UI among them, go
 * on translating into their own language meanwhile, and no environment
 * variable, locale or gettext cache changes. So any thread may write a
 * text in a chosen language (a scenario description, an annex in a
 * GTask). English is the msgids; Swedish is read from the build's
 * catalogue once, at the first push of "sv" (missing: English, as with
 * gettext; damaged: English and one warning). */
void        fk_text_push_message_language (const char *language);
void        fk_text_pop_message_language  (void);

/* "sv" or "en" from the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). */
const char *fk_text_default_language (void);
gboolean    fk_text_language_is_valid (const char *language);

/* A count as it reads in running prose in @language ("sv" or "en"):
 * two to twelve in words ("fem", "five"), any other count in digits.
 * One is left to the singular form of the ngettext message, which knows
 * its gender ("en förmåga", "ett område"); here it is "1". Where figures
 * are compared ("10 av 14", levels, medians) use digits instead.
 * Returns: (transfer full) */
char       *fk_text_count_in_words (guint       count,
                                    const char *language);

G_END_DECLS
