/* fk-i18n.c — a message language per thread, and the lookups that follow it
 *
 * A push puts a language on the calling thread's own stack (a GPrivate);
 * every lookup of core, export and the CLI (the macros of fk-i18n.h)
 * asks that stack first. English is the msgid itself. Another language comes from
 * its compiled catalogue, read once for the whole process under a mutex
 * at the first push that needs it and never changed after, so lookups
 * take no lock. Nothing process-wide (environment, locale, gettext's
 * cache) is touched. */
#define G_LOG_DOMAIN "fk-text"
#include "config.h"
#include "fk-i18n.h"

#include "fk-catalog.h"
#include "fk-text.h"

/* One push: the language and where its words come from (NULL: the
 * msgids, English). */
typedef struct {
  const char      *language;
  const FkCatalog *catalog;
} Level;

static void
free_stack (gpointer stack)
{
  g_array_unref (stack);
}

/* The calling thread's pushes, innermost last; NULL when it has none. */
static GPrivate thread_levels = G_PRIVATE_INIT (free_stack);

/* Catalogues by language, NULL for one that could not be read (warned
 * once). Kept until exit: threads hold pointers into them. */
static GMutex catalogs_lock;
static GHashTable *catalogs;
static char *catalog_dir;

void
fk_i18n_set_localedir (const char *localedir)
{
  g_mutex_lock (&catalogs_lock);
  g_free (catalog_dir);
  catalog_dir = g_strdup (localedir);
  g_mutex_unlock (&catalogs_lock);
}

/* Called with catalogs_lock held. */
static const char *
current_catalog_dir (void)
{
  const char *dir = catalog_dir;

  if (dir == NULL)
    dir = g_getenv ("FK_LOCALEDIR");
  if (dir == NULL || *dir == '\0')
    dir = bindtextdomain (GETTEXT_PACKAGE, NULL);
  return dir != NULL ? dir : LOCALEDIR;
}

/* The catalogue of @language, read at its first use; NULL when it is
 * missing or damaged, and then the msgids (English) stand in. */
static const FkCatalog *
get_catalog (const char *language)
{
  FkCatalog *catalog = NULL;

  g_mutex_lock (&catalogs_lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) fk_catalog_free);
  if (!g_hash_table_lookup_extended (catalogs, language, NULL, (gpointer *) &catalog))
    {
      g_autofree char *path = g_build_filename (current_catalog_dir (), language, "LC_MESSAGES",
                                                GETTEXT_PACKAGE ".mo", NULL);
      g_autoptr(GError) error = NULL;

      catalog = fk_catalog_new_from_file (path, &error);
      /* Missing, as in a build whose tests bind no translations: English
       * without a word, as gettext does. Damaged: a warning. */
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_info ("No “%s” translations, English is used instead: %s", language, error->message);
      else if (catalog == NULL)
        g_warning ("No “%s” translations, English is used instead: %s", language, error->message);
      g_hash_table_insert (catalogs, g_strdup (language), catalog);
    }
  g_mutex_unlock (&catalogs_lock);
  return catalog;
}

static const Level *
current_level (void)
{
  GArray *levels = g_private_get (&thread_levels);

  if (levels == NULL || levels->len == 0)
    return NULL;
  return &g_array_index (levels, Level, levels->len - 1);
}

void
fk_text_push_message_language (const char *language)
{
  GArray *levels;
  Level level;

  g_return_if_fail (fk_text_language_is_valid (language));

  level.language = g_str_equal (language, "en") ? "en" : "sv";
  /* Read before the push: its messages are in the thread's language. */
  level.catalog = g_str_equal (level.language, "en") ? NULL : get_catalog (level.language);
  levels = g_private_get (&thread_levels);
  if (levels == NULL)
    {
      levels = g_array_new (FALSE, FALSE, sizeof (Level));
      g_private_set (&thread_levels, levels);
    }
  g_array_append_val (levels, level);
}

void
fk_text_pop_message_language (void)
{
  GArray *levels = g_private_get (&thread_levels);

  g_return_if_fail (levels != NULL && levels->len > 0);

  g_array_set_size (levels, levels->len - 1);
  /* The last pop frees the stack: a thread that is done leaves nothing. */
  if (levels->len == 0)
    g_private_replace (&thread_levels, NULL);
}

const char *
fk_i18n_gettext (const char *msgid)
{
  const Level *level = current_level ();
  const char *text;

  if (level == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  text = level->catalog != NULL ? fk_catalog_lookup (level->catalog, msgid) : NULL;
  return text != NULL ? text : msgid;
}

const char *
fk_i18n_ngettext (const char *msgid,
                  const char *msgid_plural,
                  gulong      n)
{
  const Level *level = current_level ();
  const char *text;

  /* (ngettext): the function, not our macro nor libintl's. */
  if (level == NULL)
    return (ngettext) (msgid, msgid_plural, n);
  text = level->catalog != NULL ? fk_catalog_lookup_plural (level->catalog, msgid, n) : NULL;
  if (text != NULL)
    return text;
  return n == 1 ? msgid : msgid_plural;
}

const char *
fk_i18n_pgettext (const char *msgctxtid,
                  gsize       msgidoffset)
{
  const Level *level = current_level ();
  const char *text;

  if (level == NULL)
    return g_dpgettext (GETTEXT_PACKAGE, msgctxtid, msgidoffset);
  text = level->catalog != NULL ? fk_catalog_lookup (level->catalog, msgctxtid) : NULL;
  return text != NULL ? text : msgctxtid + msgidoffset;
}
