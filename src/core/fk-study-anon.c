/* fk-study-anon.c — the anonymisation seed a study keeps
 *
 * The seed behind the letters of an anonymised view (fk-anonymize.c) is
 * kept in the meta table under "anonymization-seed", as decimal text, so
 * every view, export and program that opens the study draws the same
 * letters. It is made on first use, not when the study is created, so
 * studies from before it need no migration. It is not secret from whoever
 * has the file (the file names everyone anyway), only from the room.
 */
#define G_LOG_DOMAIN "fk-study-anon"
#include "config.h"
#include "fk-anonymize.h"
#include "fk-study-private.h"
#include "fk-error.h"

#include "fk-i18n.h"

#define SEED_KEY "anonymization-seed"

/* The seed stored in the file: @out_found FALSE if there is none. */
static gboolean
read_seed (FkStudy   *self,
           gboolean  *out_found,
           guint64   *out_seed,
           GError   **error)
{
  g_autofree char *text = NULL;

  *out_found = FALSE;
  if (!fk_study_get_meta (self, SEED_KEY, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT64, out_seed, NULL))
    {
      g_set_error (error, FK_ERROR, FK_ERROR_NOT_A_STUDY,
                   _("%s: the study is damaged (its setting “%s” is “%s”, not a number)"),
                   self->display_name, SEED_KEY, text);
      return FALSE;
    }
  *out_found = TRUE;
  return TRUE;
}

/* From GLib's global generator, seeded from /dev/urandom: good enough for
 * a seed, which only has to differ between studies and draws. */
static guint64
draw_seed (void)
{
  return ((guint64) g_random_int () << 32) | g_random_int ();
}

static gboolean
write_seed (FkStudy  *self,
            guint64   seed,
            GError  **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GUINT64_FORMAT, seed);

  return fk_study_set_meta (self, SEED_KEY, text, error);
}

gboolean
fk_study_get_anonymization_seed (FkStudy  *study,
                                 guint64  *out_seed,
                                 GError  **error)
{
  gboolean found;
  gboolean ok;
  guint64 seed = 0;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);
  g_return_val_if_fail (out_seed != NULL, FALSE);

  if (!read_seed (study, &found, &seed, error))
    return FALSE;
  if (found)
    {
      *out_seed = seed;
      return TRUE;
    }

  /* None yet, and none can be stored: letters drawn now would differ
   * next time, after the room was told its own. Say so, and what to do,
   * rather than only that the file cannot be written. */
  if (fk_study_is_read_only (study))
    {
      /* Translators: the first %s is the study's file name, the second
       * why it cannot be written (a whole sentence, e.g. "You do not
       * have permission to change this file.") */
      g_set_error (error, FK_ERROR, FK_ERROR_READ_ONLY,
                   _("%s: %s Its anonymisation letters are not chosen yet: the first anonymised view or export stores them in the study, so that they stay the same every time. Make the file writable, or anonymise a copy of it."),
                   study->display_name, fk_study_get_read_only_reason (study));
      return FALSE;
    }

  /* Another program may have made one since we looked: look again
   * inside the write lock, and keep theirs. */
  if (!fk_study_begin_write (study, error))
    return FALSE;
  ok = read_seed (study, &found, &seed, error);
  if (ok && !found)
    {
      seed = draw_seed ();
      ok = write_seed (study, seed, error);
    }
  if (!fk_study_end_write (study, ok, error))
    return FALSE;
  if (!found)
    fk_study_emit_changed (study, FK_STUDY_CHANGE_METADATA, 0, NULL);
  *out_seed = seed;
  return TRUE;
}

gboolean
fk_study_new_anonymization_seed (FkStudy  *study,
                                 guint64  *out_seed,
                                 GError  **error)
{
  guint64 seed = draw_seed ();

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);

  if (!fk_study_begin_write (study, error) ||
      !fk_study_end_write (study, write_seed (study, seed, error), error))
    return FALSE;
  fk_study_emit_changed (study, FK_STUDY_CHANGE_METADATA, 0, NULL);
  if (out_seed != NULL)
    *out_seed = seed;
  return TRUE;
}
