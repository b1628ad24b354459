/* fk-content-language.c — the language model content is shown in
 *
 * One GSettings object serves every view: it is created on first use and
 * lives as long as the process. Without an installed schema (an
 * uninstalled run) there is none, and "auto" holds.
 */
#define G_LOG_DOMAIN "fk-content-language"
#include "config.h"
#include "fk-content-language.h"

#include <gio/gio.h>

#define KEY "export-language"

static GSettings *
get_settings (void)
{
  static GSettings *settings;
  static gboolean looked_up;

  if (!looked_up)
    {
      looked_up = TRUE;
      settings = fk_settings_try_new (KEY);
    }
  return settings;
}

GSettings *
fk_settings_try_new (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  g_return_val_if_fail (key != NULL, NULL);

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, key))
    return g_settings_new (APP_ID);
  return NULL;
}

const char *
fk_content_language (FkStudy *study)
{
  GSettings *settings = get_settings ();
  const char *language = NULL;

  if (settings != NULL)
    {
      g_autofree char *value = g_settings_get_string (settings, KEY);

      /* The returned strings are static; "auto" falls through. */
      if (g_strcmp0 (value, "sv") == 0)
        return "sv";
      if (g_strcmp0 (value, "en") == 0)
        return "en";
    }
  if (study != NULL)
    language = fk_study_get_language (study);
  return language != NULL ? language : fk_text_default_language ();
}

void
fk_content_language_connect (gpointer  object,
                             GCallback callback)
{
  GSettings *settings = get_settings ();

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (callback != NULL);

  if (settings != NULL)
    g_signal_connect_object (settings, "changed::" KEY, callback, object, G_CONNECT_SWAPPED);
}

void
fk_content_language_disconnect (gpointer object)
{
  GSettings *settings = get_settings ();

  if (settings != NULL)
    g_signal_handlers_disconnect_by_data (settings, object);
}
