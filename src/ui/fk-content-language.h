/* fk-content-language.h — the language model content is shown in
 *
 * Capability, area and scale names and descriptions, chart labels and
 * generated text come in Swedish and English (FkText). The
 * "export-language" preference picks one; "auto" means the study's own
 * language. Every view asks here instead of fk_study_get_language().
 */
#pragma once

#include <gio/gio.h>
#include "fk-study.h"

G_BEGIN_DECLS

/* "sv" or "en" as the preference says; for "auto", or when the settings
 * schema is not installed, @study's language (the user's locale if
 * @study is NULL). */
const char *fk_content_language            (FkStudy   *study);

/* Calls @callback (@object) whenever the preference changes, until
 * fk_content_language_disconnect() or @object's end. Views rebuild their
 * texts from it. Does nothing when the schema is not installed. */
void        fk_content_language_connect    (gpointer   object,
                                            GCallback  callback);
/* Call in dispose, before the widgets the callback uses are gone. */
void        fk_content_language_disconnect (gpointer   object);

/* A new GSettings for the application's schema when it is installed and
 * has @key, else NULL (an uninstalled run, or an older installed schema):
 * views then work the same and only forget. */
GSettings  *fk_settings_try_new            (const char *key);

G_END_DECLS
