/* fk-i18n.h — the program's words in the calling thread's language
 *
 * Include this instead of <glib/gi18n-lib.h> in core, export and the CLI.
 * It keeps the macros' names (_, ngettext, C_, N_, NC_), so xgettext
 * finds every string as before, and sends each lookup through the calls
 * below: in a thread that has pushed a language
 * (fk_text_push_message_language()), the text in that language from our
 * own catalogue; in any other thread, gettext as always (the user's
 * language). Nothing process-wide is switched: a worker thread can write
 * an annex in English while the main thread shows Swedish. */
#pragma once

#include <glib/gi18n-lib.h>

G_BEGIN_DECLS

/* G_GNUC_FORMAT: what they return is checked as the format its msgid
 * is, as gettext's own are. */

/* _(): @msgid in the thread's pushed language, else gettext's. */
const char *fk_i18n_gettext       (const char *msgid) G_GNUC_FORMAT (1);
/* ngettext(): the plural form for @n of @msgid / @msgid_plural. */
const char *fk_i18n_ngettext      (const char *msgid,
                                   const char *msgid_plural,
                                   gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);
/* C_(): @msgctxtid is "context\004msgid", the msgid at @msgidoffset. */
const char *fk_i18n_pgettext      (const char *msgctxtid,
                                   gsize       msgidoffset) G_GNUC_FORMAT (1);

/* Where catalogues are read from: fk_text_init_i18n() says, before any
 * thread starts. Without it, $FK_LOCALEDIR, else gettext's binding of
 * our domain. */
void        fk_i18n_set_localedir (const char *localedir);

G_END_DECLS

#undef _
#define _(String) ((char *) fk_i18n_gettext (String))
#undef ngettext
#define ngettext(Msgid, Plural, N) ((char *) fk_i18n_ngettext (Msgid, Plural, N))
#undef C_
#define C_(Context, String) fk_i18n_pgettext (Context "\004" String, strlen (Context) + 1)
