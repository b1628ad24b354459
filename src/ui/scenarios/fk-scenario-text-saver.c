/* fk-scenario-text-saver.c — typed scenario text stored after its page is gone */
#define G_LOG_DOMAIN "fk-scenarios-page"
#include "config.h"
#include "fk-scenario-text-saver.h"
#include "fk-scenario.h"
#include "fk-error.h"

#include <errno.h>
#include <gio/gio.h>

/* How often the lock is tried again, and for how long. */
#define RETRY_MS   200
#define GIVE_UP_MS (60 * 1000)

typedef struct {
  FkStudy      *study;
  gint64        id;
  char         *language;
  guint         sections;                       /* not stored yet */
  char         *texts[FK_N_SCENARIO_SECTIONS];
  gint64        deadline;                       /* monotonic, µs */
  GApplication *app;                            /* held while this lives, or NULL */
} Save;

static guint n_pending;

static void
save_free (Save *save)
{
  g_object_unref (save->study);
  g_free (save->language);
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    g_free (save->texts[i]);
  if (save->app != NULL)
    {
      g_application_release (save->app);
      g_object_unref (save->app);
    }
  n_pending--;
  g_free (save);
}

/* The last resort: the text in a file of its own, which the warning names. */
static void
write_to_file (Save         *save,
               const GError *why)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "formagekarta", "unsaved", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strdup_printf ("scenario-%" G_GINT64_FORMAT "-%s-%s.txt", save->id, save->language, stamp);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    if (save->sections & (1u << i))
      {
        g_autofree char *heading = fk_scenario_section_get_heading (i, save->language);

        g_string_append_printf (text, "%s%s\n%s\n", text->len > 0 ? "\n" : "", heading, save->texts[i]);
      }
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents (path, text->str, text->len, &error))
    g_warning ("Scenario text could not be saved (%s), nor kept in %s: %s\n%s",
               why->message, path, error ? error->message : g_strerror (errno), text->str);
  else
    g_warning ("Scenario text could not be saved in the study (%s); it is kept in %s", why->message, path);
}

/* Stores what it can; TRUE when done (stored, or kept in a file). */
static gboolean
try_save (Save *save)
{
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < FK_N_SCENARIO_SECTIONS && error == NULL; i++)
    if ((save->sections & (1u << i)) &&
        fk_study_set_scenario_text (save->study, save->id, save->language, i, save->texts[i], &error))
      save->sections &= ~(1u << i);
  if (save->sections == 0)
    return TRUE;
  if (g_error_matches (error, FK_ERROR, FK_ERROR_BUSY) && g_get_monotonic_time () < save->deadline)
    return FALSE;
  write_to_file (save, error);
  return TRUE;
}

static gboolean
retry (gpointer user_data)
{
  return try_save (user_data) ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

void
fk_scenario_text_saver_start (FkStudy            *study,
                              gint64              id,
                              const char         *language,
                              guint               sections,
                              const char * const *texts)
{
  Save *save;

  g_return_if_fail (FK_IS_STUDY (study));
  g_return_if_fail (texts != NULL);

  if (sections == 0)
    return;
  save = g_new0 (Save, 1);
  save->study = g_object_ref (study);
  save->id = id;
  save->language = g_strdup (language);
  save->sections = sections;
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    save->texts[i] = g_strdup (sections & (1u << i) ? texts[i] : NULL);
  save->deadline = g_get_monotonic_time () + (gint64) GIVE_UP_MS * 1000;
  n_pending++;
  /* Never wait for the lock here: this runs as a window closes. */
  fk_study_set_scenario_writes_wait (study, FALSE);
  if (try_save (save))
    {
      save_free (save);
      return;
    }
  /* The application lives on (its last window may be gone) until done. */
  save->app = g_application_get_default ();
  if (save->app != NULL)
    {
      g_object_ref (save->app);
      g_application_hold (save->app);
    }
  g_timeout_add_full (G_PRIORITY_DEFAULT, RETRY_MS, retry, save, (GDestroyNotify) save_free);
}

guint
fk_scenario_text_saver_n_pending (void)
{
  return n_pending;
}
