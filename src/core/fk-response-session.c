/* fk-response-session.c — filling in a response file: a working study
 *
 * The working study is an ordinary study (one municipality, one round,
 * the file's model), so the scoring page needs nothing special. Its
 * meta table says it is a session ("session:*" keys). Whether there is
 * something to send back is decided by content: a fingerprint of the
 * answers (without their times) is kept when the study is made and
 * each time it is sent back.
 */
#define G_LOG_DOMAIN "fk-response-session"
#include "config.h"

#include "fk-i18n.h"
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>

#include "fk-response-session.h"
#include "fk-error.h"
#include "fk-import.h"
#include "fk-json.h"
#include "fk-response.h"
#include "fk-score-json.h"
#include "fk-study-private.h"

#define KEY_SOURCE       "session:source"
#define KEY_SOURCE_PATH  "session:source-path"
#define KEY_MUNICIPALITY "session:municipality"
#define KEY_ROUND        "session:round"
#define KEY_RESPONDENT   "session:respondent"
#define KEY_EXPORTED     "session:exported"
#define KEY_MODEL        "session:model-checksum"
#define KEY_BASELINE     "session:baseline"      /* fingerprint of the file's answers */
#define KEY_SENT_TIME    "session:sent-time"
#define KEY_SENT_PATH    "session:sent-path"
#define KEY_SENT         "session:sent"          /* fingerprint of those sent back */

/* ---- fingerprints -------------------------------------------------------- */

static int
compare_capability (gconstpointer a,
                    gconstpointer b)
{
  const FkScore *sa = *(const FkScore **) a;
  const FkScore *sb = *(const FkScore **) b;

  return g_strcmp0 (sa->capability, sb->capability);
}

/* SHA-256 of the answers as JSON, by capability key, without what does
 * not change what they say: the time, the round's id, the municipality. */
static char *
fingerprint_scores (GPtrArray *scores)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) root = json_node_alloc ();
  g_autofree char *text = NULL;

  for (guint i = 0; scores != NULL && i < scores->len; i++)
    if (!fk_score_is_empty (scores->pdata[i]))
      g_ptr_array_add (sorted, scores->pdata[i]);
  g_ptr_array_sort (sorted, compare_capability);
  for (guint i = 0; i < sorted->len; i++)
    {
      JsonNode *node = fk_score_to_json (sorted->pdata[i], NULL);

      json_object_remove_member (json_node_get_object (node), "updated");
      json_object_remove_member (json_node_get_object (node), "municipality");
      json_array_add_element (array, node);
    }
  json_node_init_array (root, array);
  text = fk_json_to_string (root);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

static char *
fingerprint_study (FkStudy  *study,
                   GError  **error)
{
  g_autofree char *municipality = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  gint64 round_id;

  if (!fk_study_get_meta (study, KEY_MUNICIPALITY, &municipality, error))
    return NULL;
  round_id = fk_response_session_get_round_id (study);
  if (municipality == NULL || round_id == 0)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("“%s” is not a response being filled in."),
                   fk_study_get_title (study));
      return NULL;
    }
  scores = fk_study_list_scores (study, round_id, municipality, error);
  if (scores == NULL)
    return NULL;
  return fingerprint_scores (scores);
}

/* ---- opening ------------------------------------------------------------- */

/* The file's municipality code with anything but letters and digits
 * left out, then a digest of what makes the session this one: the same
 * blank file always finds its working study, and no name from a file
 * can leave the folder. */
static char *
working_study_name (FkResponse *response)
{
  const char *code = fk_response_get_municipality (response);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GChecksum) digest = g_checksum_new (G_CHECKSUM_SHA256);
  const char *parts[] = {
    code, fk_response_get_round (response), fk_response_get_model_checksum (response),
  };

  for (const char *p = code; *p != '\0' && name->len < 16; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (name, *p);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    /* With the terminating NUL, so that ("ab", "c") is not ("a", "bc"). */
    g_checksum_update (digest, (const guchar *) parts[i], strlen (parts[i]) + 1);
  g_string_append_printf (name, "-%.16s%s", g_checksum_get_string (digest), FK_STUDY_EXTENSION);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* Refuses what cannot be filled in here, naming the file: the CSV form,
 * and a JSON file without the model. */
static gboolean
check_fillable (FkResponse  *response,
                const char  *path,
                GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *data = NULL;
  gsize length = 0;

  if (fk_response_get_model (response) != NULL)
    return TRUE;
  /* It was read a moment ago; if it cannot be read now, it is no CSV form. */
  if (g_file_get_contents (path, &data, &length, NULL) &&
      !fk_import_data_is_json (data, length))
    g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                 _("“%s” is a spreadsheet form (CSV). It is filled in with a spreadsheet program and sent to the workshop lead, who imports it; it cannot be opened here."),
                 name);
  else
    g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                 _("“%s” does not carry the capability model, so it cannot be filled in here. Ask the workshop lead for a blank response file."),
                 name);
  return FALSE;
}

static FkRegion *
one_municipality_region (FkResponse *response)
{
  const char *code = fk_response_get_municipality (response);
  const char *name = fk_response_get_municipality_name (response);
  GPtrArray *municipalities = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_municipality_free);

  /* The population is not in the file and not needed to score. */
  g_ptr_array_add (municipalities, fk_municipality_new (code, name != NULL ? name : code, 0));
  return fk_region_new ("response", name != NULL ? name : code,
                        FK_REGION_DEFAULT_SMALL_BELOW, FK_REGION_DEFAULT_LARGE_ABOVE,
                        municipalities);
}

static gboolean
write_origin (FkStudy     *study,
              FkResponse  *response,
              const char  *path,
              GError     **error)
{
  g_autofree char *source = g_path_get_basename (path);
  g_autofree char *exported = g_strdup_printf ("%" G_GINT64_FORMAT, fk_response_get_exported (response));
  g_autofree char *baseline = fingerprint_scores (fk_response_get_scores (response));
  gboolean ok;

  if (!fk_study_begin_write (study, error))
    return FALSE;
  ok = fk_study_set_meta (study, KEY_SOURCE, source, error) &&
       fk_study_set_meta (study, KEY_SOURCE_PATH, path, error) &&
       fk_study_set_meta (study, KEY_MUNICIPALITY, fk_response_get_municipality (response), error) &&
       fk_study_set_meta (study, KEY_ROUND, fk_response_get_round (response), error) &&
       fk_study_set_meta (study, KEY_RESPONDENT, fk_response_get_respondent (response), error) &&
       fk_study_set_meta (study, KEY_EXPORTED, exported, error) &&
       fk_study_set_meta (study, KEY_MODEL, fk_response_get_model_checksum (response), error) &&
       fk_study_set_meta (study, KEY_BASELINE, baseline, error);
  return fk_study_end_write (study, ok, error);
}

/* The file's scores, given the new study's round. */
static gboolean
write_scores (FkStudy     *study,
              FkResponse  *response,
              GError     **error)
{
  GPtrArray *scores = fk_response_get_scores (response);
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  gint64 round_id = fk_study_get_latest_round (study)->id;

  if (scores->len == 0)
    return TRUE;
  for (guint i = 0; i < scores->len; i++)
    {
      FkScore *copy = fk_score_copy (scores->pdata[i]);

      copy->round_id = round_id;
      g_ptr_array_add (copies, copy);
    }
  return fk_study_apply_batch (study, copies, NULL, NULL, error);
}

static void
remove_study_files (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static FkStudy *
create_working_study (FkResponse  *response,
                      const char  *source_path,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(FkRegion) region = one_municipality_region (response);
  g_autoptr(FkStudy) study = NULL;
  g_autofree char *title = NULL;
  const char *name = fk_response_get_municipality_name (response);
  const char *language = fk_response_get_language (response);
  const char *respondent = fk_response_get_respondent (response);

  /* Names, not words: nothing to translate. */
  title = g_strdup_printf ("%s – %s", name != NULL ? name : fk_response_get_municipality (response),
                           fk_response_get_round (response));
  study = fk_study_create (path, fk_response_get_model (response), region, title,
                           language != NULL ? language : "sv",
                           fk_response_get_round (response), error);
  if (study == NULL)
    return NULL;
  if (!write_scores (study, response, error) ||
      (respondent != NULL &&
       !fk_study_set_respondent (study, fk_response_get_municipality (response), respondent, error)) ||
      /* Last: a study without its origin is no session, and is removed. */
      !write_origin (study, response, source_path, error))
    {
      g_clear_object (&study);
      remove_study_files (path);
      return NULL;
    }
  return g_steal_pointer (&study);
}

FkStudy *
fk_response_session_open (const char  *response_path,
                          const char  *data_dir,
                          gboolean    *out_resumed,
                          GError     **error)
{
  g_autoptr(FkResponse) response = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  FkStudy *study;

  g_return_val_if_fail (response_path != NULL, NULL);
  g_return_val_if_fail (data_dir != NULL, NULL);

  if (out_resumed != NULL)
    *out_resumed = FALSE;
  response = fk_import_read_response_file (response_path, NULL, error);
  if (response == NULL || !check_fillable (response, response_path, error))
    return NULL;

  name = working_study_name (response);
  path = g_build_filename (data_dir, name, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      study = fk_study_open (path, FK_STUDY_OPEN_DEFAULT, error);
      if (study != NULL && out_resumed != NULL)
        *out_resumed = TRUE;
      return study;
    }
  if (g_mkdir_with_parents (data_dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (data_dir);

      g_set_error (error, FK_ERROR, FK_ERROR_IO,
                   _("The folder “%s” for answers being filled in could not be made."), display);
      if (error != NULL)
        fk_error_set_detail (*error, g_strerror (saved_errno));
      return NULL;
    }
  return create_working_study (response, response_path, path, error);
}

char *
fk_response_session_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "formagekarta", "responses", NULL);
}

/* ---- the session --------------------------------------------------------- */

static char *
get_meta (FkStudy    *study,
          const char *key)
{
  char *value = NULL;

  if (!fk_study_get_meta (study, key, &value, NULL))
    return NULL;
  return value;
}

gboolean
fk_response_session_is_session (FkStudy *study)
{
  g_autofree char *municipality = NULL;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);

  municipality = get_meta (study, KEY_MUNICIPALITY);
  return municipality != NULL;
}

char *
fk_response_session_get_municipality (FkStudy *study)
{
  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  return get_meta (study, KEY_MUNICIPALITY);
}

gint64
fk_response_session_get_round_id (FkStudy *study)
{
  g_autofree char *name = NULL;
  const FkRound *round;

  g_return_val_if_fail (FK_IS_STUDY (study), 0);

  name = get_meta (study, KEY_ROUND);
  round = name != NULL ? fk_study_find_round (study, name) : NULL;
  return round != NULL ? round->id : 0;
}

char *
fk_response_session_get_source_name (FkStudy *study)
{
  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  return get_meta (study, KEY_SOURCE);
}

static gboolean
record_sent (FkStudy     *study,
             FkResponse  *response,
             const char  *path,
             GError     **error)
{
  g_autofree char *time = g_strdup_printf ("%" G_GINT64_FORMAT, fk_response_get_exported (response));
  g_autofree char *sent = fingerprint_scores (fk_response_get_scores (response));
  gboolean ok;

  if (!fk_study_begin_write (study, error))
    return FALSE;
  ok = fk_study_set_meta (study, KEY_SENT_TIME, time, error) &&
       fk_study_set_meta (study, KEY_SENT_PATH, path, error) &&
       fk_study_set_meta (study, KEY_SENT, sent, error);
  if (!fk_study_end_write (study, ok, error))
    return FALSE;
  fk_study_emit_changed (study, FK_STUDY_CHANGE_METADATA, 0, NULL);
  return TRUE;
}

gboolean
fk_response_session_send_back (FkStudy     *study,
                               const char  *path,
                               gboolean     csv,
                               GError     **error)
{
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(GError) record_error = NULL;
  g_autofree char *municipality = NULL;
  gint64 round_id;
  gboolean written;

  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  municipality = fk_response_session_get_municipality (study);
  round_id = fk_response_session_get_round_id (study);
  if (municipality == NULL || round_id == 0)
    {
      g_set_error (error, FK_ERROR, FK_ERROR_INVALID,
                   _("“%s” is not a response being filled in."),
                   fk_study_get_title (study));
      return FALSE;
    }
  /* Answers still queued (another program held the file) go too: the
   * response is made from what fk_study_list_scores() returns. */
  response = fk_response_new_from_study (study, round_id, municipality, FALSE, NULL, error);
  if (response == NULL)
    return FALSE;
  if (csv)
    written = fk_response_write_csv_file (response, fk_study_get_language (study), path, error);
  else
    written = fk_response_write_file (response, path, error);
  if (!written)
    return FALSE;
  /* The file is what matters; a study that cannot be written now only
   * reminds the user once more on closing. */
  if (!record_sent (study, response, path, &record_error))
    g_debug ("Sending back was not recorded: %s", record_error->message);
  return TRUE;
}

gint64
fk_response_session_get_sent_time (FkStudy *study)
{
  gint64 time = 0;

  g_return_val_if_fail (FK_IS_STUDY (study), 0);

  if (!fk_study_get_meta_int (study, KEY_SENT_TIME, 0, &time, NULL))
    return 0;
  return time;
}

char *
fk_response_session_get_sent_path (FkStudy *study)
{
  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  return get_meta (study, KEY_SENT_PATH);
}

char *
fk_response_session_get_folder (FkStudy *study)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  path = get_meta (study, KEY_SENT_PATH);
  if (path == NULL)
    path = get_meta (study, KEY_SOURCE_PATH);
  return path != NULL ? g_path_get_dirname (path) : NULL;
}

gboolean
fk_response_session_has_unsent_changes (FkStudy *study)
{
  g_autofree char *now = NULL;
  g_autofree char *sent = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FK_IS_STUDY (study), TRUE);

  now = fingerprint_study (study, &error);
  if (now == NULL)
    return TRUE;
  sent = get_meta (study, KEY_SENT);
  if (sent == NULL)
    sent = get_meta (study, KEY_BASELINE);
  return g_strcmp0 (now, sent) != 0;
}

char *
fk_response_session_suggest_name (FkStudy *study)
{
  g_autofree char *code = NULL;
  g_autofree char *round = NULL;
  g_autofree char *name = NULL;
  const FkMunicipality *municipality;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);

  code = get_meta (study, KEY_MUNICIPALITY);
  round = get_meta (study, KEY_ROUND);
  municipality = code != NULL ? fk_region_lookup (fk_study_get_region (study), code) : NULL;
  name = fk_response_suggest_file_name (municipality != NULL ? municipality->name : (code != NULL ? code : ""),
                                        round != NULL ? round : "", FALSE);
  return g_steal_pointer (&name);
}
