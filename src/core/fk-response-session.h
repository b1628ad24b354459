/* fk-response-session.h — filling in a response file: a working study
 *
 * The workshop lead sends a municipality a blank response file, which
 * carries the whole model. Opening it makes (or, the next time, resumes)
 * a working study in the user data folder with that model, that one
 * municipality and that one round, so that the scoring page can be used
 * as it is and every answer is saved at once. The study's meta table
 * remembers where it came from ("session:" keys) and when it was last
 * sent back; "send back" writes the filled response file.
 * docs/response-format.md, "In the app".
 */
#pragma once

#include <glib-object.h>
#include "fk-study.h"

G_BEGIN_DECLS

/**
 * fk_response_session_open:
 * @response_path: a response file (JSON, carrying the model)
 * @data_dir: the folder of working studies, made if missing (the app
 *   passes g_get_user_data_dir()/formagekarta/responses)
 * @out_resumed: (out) (optional): %TRUE when a working study of the same
 *   municipality, round and model was there already and is opened as it
 *   is (nothing of the user's is lost; the file's scores are not read
 *   into it again)
 * @error: return location for an error, or %NULL
 *
 * Opens the scoring session of @response_path. Refused with one message
 * naming the file, and nothing left behind: what
 * fk_import_read_response_file() refuses, the CSV form (filled in a
 * spreadsheet and imported by the lead), a file without the model.
 * A new working study has the file's model, its municipality (population
 * unknown: 0), its round, its language (Swedish if it names none), its
 * respondent and its scores.
 *
 * Returns: (transfer full) (nullable): the working study, or %NULL with
 *   @error
 */
FkStudy  *fk_response_session_open        (const char  *response_path,
                                           const char  *data_dir,
                                           gboolean    *out_resumed,
                                           GError     **error);

/* The folder the app keeps working studies in:
 * g_get_user_data_dir()/formagekarta/responses. Returns: (transfer full) */
char     *fk_response_session_default_dir (void);

/* TRUE if @study is a working study made by fk_response_session_open()
 * (FALSE too when its meta table cannot be read). */
gboolean  fk_response_session_is_session  (FkStudy     *study);

/* The session's municipality code, round id and the base name of the
 * file it was opened from. Returns: (transfer full) (nullable) for the
 * strings; NULL, or 0, for a study that is not a session. */
char     *fk_response_session_get_municipality (FkStudy *study);
gint64    fk_response_session_get_round_id     (FkStudy *study);
char     *fk_response_session_get_source_name  (FkStudy *study);

/**
 * fk_response_session_send_back:
 * @study: a session
 * @path: where to write the filled response file
 * @csv: %TRUE for the CSV form (in the study's language), %FALSE for
 *   JSON (the default: it carries the model, which the lead's import
 *   checks)
 * @error: return location for an error, or %NULL
 *
 * Writes the session's response (fk_response_new_from_study(), the
 * scores as they are now) to @path, through a temporary file (a failure
 * leaves @path as it was), then records in the study when it was sent,
 * where, and what, for fk_response_session_has_unsent_changes(). Emits
 * "changed" (FK_STUDY_CHANGE_METADATA) when recorded; a study that cannot
 * be written does not record it, but the file is written all the same.
 *
 * Returns: %TRUE when the file is written, or %FALSE with @error
 */
gboolean  fk_response_session_send_back  (FkStudy     *study,
                                           const char  *path,
                                           gboolean     csv,
                                           GError     **error);

/* When it was last sent back (Unix time, UTC), 0 if never; and where to
 * ((transfer full) (nullable)). */
gint64    fk_response_session_get_sent_time (FkStudy *study);
char     *fk_response_session_get_sent_path (FkStudy *study);

/* Where to offer to save it: the folder it was last sent to, else the
 * one the response file was opened from. Returns: (transfer full)
 * (nullable) */
char     *fk_response_session_get_folder    (FkStudy *study);

/**
 * fk_response_session_has_unsent_changes:
 * @study: a session
 *
 * Whether the answers differ from the last ones sent back, or, never
 * sent, from those the file came with (a blank file: anything scored).
 * Answers are compared by what they say, not by when they were written:
 * a change undone is no change. The time of writing is left out, and
 * so is the "Answered by" name alone, which is no answer.
 *
 * Returns: %TRUE when there is something to send back (and, to be safe,
 *   when the study cannot be read)
 */
gboolean  fk_response_session_has_unsent_changes (FkStudy *study);

/**
 * fk_response_session_suggest_name:
 * @study: a session
 *
 * Returns: (transfer full): the file name to offer when sending back,
 *   "Dals-Ed – Omgång 1.fksvar" (characters that file systems refuse
 *   replaced)
 */
char     *fk_response_session_suggest_name (FkStudy *study);

G_END_DECLS
