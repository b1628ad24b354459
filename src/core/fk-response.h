/* fk-response.h — a response file: one municipality's scores for one round
 *
 * What a municipality sends to the workshop lead (docs/response-format.md,
 * data/response.schema.json). A blank one carries the model and no
 * scores; a filled one the scores too. An FkResponse is read and checked
 * whole (fk_response_new_from_data()) or made from a study
 * (fk_response_new_from_study()); it never changes afterwards, so an
 * import preview can hold it and compare it with a study, and a thread
 * can read it. Whatever depends on the study it goes into (is the
 * municipality in it, the round, the capabilities, the same model?) is
 * not decided here: fk_response_get_unknown_capabilities() and
 * fk_response_model_matches() help the import decide.
 */
#pragma once

#include <glib-object.h>
#include "fk-model.h"
#include "fk-score.h"
#include "fk-study.h"

G_BEGIN_DECLS

#define FK_RESPONSE_FORMAT         "formagekarta-response"
#define FK_RESPONSE_FORMAT_VERSION 1
#define FK_RESPONSE_EXTENSION      ".fksvar"
/* The spreadsheet form's (fk_response_to_csv()). */
#define FK_RESPONSE_CSV_EXTENSION  ".csv"
#define FK_RESPONSE_MIME_TYPE      "application/x-formagekarta-response"
/* Larger files are refused before they are read: the default model
 * makes a blank file of about 70 KB. */
#define FK_RESPONSE_MAX_BYTES      (5 * 1024 * 1024)
/* Objects and lists nested deeper are refused before json-glib (which
 * has no limit) sees them; the format itself nests three deep. */
#define FK_RESPONSE_MAX_DEPTH      32

/**
 * FkResponseInfo:
 * @model_id: the model's id
 * @model_version: the model's version
 * @model_checksum: SHA-256 (64 lower-case hex digits) of the model's
 *   document, FkModel.checksum
 * @municipality: the municipality code (kommunkod)
 * @municipality_name: (nullable): its name, for people
 * @round: the round's name
 * @respondent: (nullable): who answers for the municipality
 * @language: (nullable): the study's language ("sv" or "en"), in which
 *   the model is shown
 * @exported: when the file was made (Unix time, UTC)
 * @application_version: (nullable): the version of the program that made it
 *
 * The header of a response, everything but the scores and the model,
 * for fk_response_new(). The strings belong to the caller.
 */
typedef struct {
  const char *model_id;
  const char *model_version;
  const char *model_checksum;
  const char *municipality;
  const char *municipality_name;
  const char *round;
  const char *respondent;
  const char *language;
  gint64      exported;
  const char *application_version;
} FkResponseInfo;

typedef struct _FkResponse FkResponse;

#define FK_TYPE_RESPONSE (fk_response_get_type ())
GType        fk_response_get_type (void) G_GNUC_CONST;

FkResponse  *fk_response_ref      (FkResponse *response);
void         fk_response_unref    (FkResponse *response);

/**
 * fk_response_new:
 * @info: (transfer none): the header
 * @model: (transfer none) (nullable): the model to carry; its id, version
 *   and checksum must be those of @info
 * @scores: (transfer none) (nullable) (element-type FkScore): the scores,
 *   copied, each of @info's municipality and valid (fk_score_validate(),
 *   fk_score_check_consistent()), no capability twice; their round_id is
 *   not kept (a response's scores have round_id 0: the round is named by
 *   @info's round, and the study importing it has its own ids)
 * @source: (nullable): the file's name, for messages
 * @error: return location for an error, or %NULL
 *
 * The one place that checks what every response holds, for every
 * reader (this JSON one, the CSV form): errors name @source and, for a
 * score, its capability.
 *
 * Returns: (transfer full) (nullable): a new response, or %NULL with @error
 */
FkResponse  *fk_response_new      (const FkResponseInfo *info,
                                   FkModel              *model,
                                   GPtrArray            *scores,
                                   const char           *source,
                                   GError              **error);

/**
 * fk_response_new_from_study:
 * @study: a study
 * @round_id: one of its rounds
 * @municipality: one of its municipality codes
 * @blank: %TRUE for a blank form (no scores)
 * @respondent: (nullable): who answers; %NULL for the one the study knows
 *   (fk_study_get_respondent())
 * @error: return location for an error, or %NULL
 *
 * The response of @municipality for @round_id: its stored scores (none
 * when @blank), the study's model (always carried, so that the file
 * stands alone), the study's language, the time now and this program's
 * version.
 *
 * Returns: (transfer full) (nullable): a new response, or %NULL with
 *   @error for an unknown round or municipality or a study that cannot be
 *   read
 */
FkResponse  *fk_response_new_from_study (FkStudy     *study,
                                         gint64       round_id,
                                         const char  *municipality,
                                         gboolean     blank,
                                         const char  *respondent,
                                         GError     **error);

/**
 * fk_response_new_from_data:
 * @data: (array length=length): the file's bytes
 * @length: their length
 * @source: (nullable): the file's name for messages ("1488-hosten.fksvar")
 * @error: return location for an error, or %NULL
 *
 * Reads a response file, strictly (docs/response-format.md, "What a
 * reader refuses"): more than FK_RESPONSE_MAX_BYTES, not UTF-8, not JSON,
 * nested deeper than FK_RESPONSE_MAX_DEPTH, a member twice, another
 * format or a newer version, a missing or wrong header member, an
 * embedded model that is not the one named, and any score that is not
 * one (an unknown field, a level outside the scale, a word that is not an
 * answer, "not applicable" with a target). Members of the top level and
 * of the header objects that it does not know are ignored. One message,
 * "SOURCE: WHERE: problem", WHERE naming the capability of a score.
 *
 * Returns: (transfer full) (nullable): the response, or %NULL with @error
 */
FkResponse  *fk_response_new_from_data (const char  *data,
                                        gsize        length,
                                        const char  *source,
                                        GError     **error);
/**
 * fk_response_new_from_file:
 * @path: a file
 * @error: return location for an error, or %NULL
 *
 * fk_response_new_from_data() on the file, named by its base name; a
 * file larger than FK_RESPONSE_MAX_BYTES is refused before it is read.
 *
 * Returns: (transfer full) (nullable): the response, or %NULL with @error
 */
FkResponse  *fk_response_new_from_file (const char  *path,
                                        GError     **error);
/**
 * fk_response_suggest_file_name:
 * @municipality_name: "Dals-Ed"
 * @round_name: "Omgång 1"
 * @csv: the spreadsheet form's name (".csv") rather than a response
 *   file's (".fksvar")
 *
 * A file name for a municipality's response: "Dals-Ed – Omgång 1.fksvar".
 * Characters that some file systems refuse (/ \ : * ? " < > | and control
 * characters) become "-", and a leading dot or space is dropped, so the
 * name is safe wherever the folder is.
 *
 * Returns: (transfer full): the name, in UTF-8
 */
char        *fk_response_suggest_file_name (const char *municipality_name,
                                            const char *round_name,
                                            gboolean    csv);

/**
 * fk_response_read_file_data:
 * @path: a file
 * @out_data: (out) (transfer full): its bytes, NUL-terminated
 * @out_length: (out): how many
 * @error: return location for an error, or %NULL
 *
 * Reads a response file's bytes as every reader does: only a regular
 * file (a FIFO or a device is refused at once, never waited for or read
 * for ever), and never more than FK_RESPONSE_MAX_BYTES + 1 bytes, so that
 * a file too large is refused by its size without being read whole.
 *
 * Returns: %TRUE, or %FALSE with @error naming the file
 */
gboolean     fk_response_read_file_data (const char  *path,
                                         char       **out_data,
                                         gsize       *out_length,
                                         GError     **error);

/**
 * fk_response_to_json:
 * @response: a response
 *
 * Returns: (transfer full): the file's text (fk_json_to_string()), ending
 *   in a newline
 */
char        *fk_response_to_json       (FkResponse  *response);

/* Writes @data to @path as both writers do: through a temporary file
 * beside it, synced and renamed into place, so an interrupted write
 * never leaves a broken file; FK_ERROR_IO naming the file, the system's
 * words as the detail. */
gboolean     fk_response_write_data    (const char  *path,
                                        const char  *data,
                                        gsize        length,
                                        GError     **error);

/**
 * fk_response_write_file:
 * @response: a response
 * @path: where to write it
 * @error: return location for an error, or %NULL
 *
 * Writes fk_response_to_json() to @path through a temporary file beside
 * it, synced and renamed into place: a failure leaves @path as it was.
 *
 * Returns: %TRUE, or %FALSE with @error (FK_ERROR_IO, naming @path)
 */
gboolean     fk_response_write_file    (FkResponse  *response,
                                        const char  *path,
                                        GError     **error);

/* The CSV form (fk-response-csv.c, docs/response-format.md, "The CSV
 * form"): one row per capability for a spreadsheet. */

/**
 * fk_response_to_csv:
 * @response: a response
 * @language: (nullable): "sv" or "en", the language of the headers,
 *   answer words and model texts, and so the separator (';' and a
 *   decimal comma for "sv", ',' for "en"); %NULL for the response's own
 *   language (Swedish when it has none)
 *
 * One row per capability of the carried model, in its order (its
 * answers empty where the response has no score), then any score of a
 * key the model lacks; without a model, one row per score. Every row
 * carries the municipality, round, respondent, export time and the
 * model's id, version and checksum.
 *
 * Returns: (transfer full): the file's bytes, UTF-8 with a BOM, CRLF
 */
GBytes      *fk_response_to_csv         (FkResponse  *response,
                                         const char  *language);
/**
 * fk_response_write_csv_file:
 * @response: a response
 * @language: (nullable): as for fk_response_to_csv()
 * @path: where to write it
 * @error: return location for an error, or %NULL
 *
 * Writes fk_response_to_csv() to @path as fk_response_write_file() does.
 *
 * Returns: %TRUE, or %FALSE with @error (FK_ERROR_IO, naming @path)
 */
gboolean     fk_response_write_csv_file (FkResponse  *response,
                                         const char  *language,
                                         const char  *path,
                                         GError     **error);
/**
 * fk_response_new_from_csv:
 * @data: (array length=length): the file's bytes
 * @length: their length
 * @source: (nullable): the file's name for messages ("1488.csv")
 * @error: return location for an error, or %NULL
 *
 * Reads a CSV form, in either language, in any row order, with blank
 * rows and unknown columns ignored; a row without answers is no score.
 * Refuses, with "SOURCE: line N: problem": what fk-csv refuses, a
 * missing column, a level or answer it does not know, a capability key
 * twice, rows of different municipalities, rounds, export times or
 * models. The response carries no model (fk_response_get_model() is
 * %NULL) but names it by id, version and checksum as the form does; its
 * scores have no "updated" time (0); then fk_response_new() checks.
 *
 * Returns: (transfer full) (nullable): the response, or %NULL with @error
 */
FkResponse  *fk_response_new_from_csv   (const char  *data,
                                         gsize        length,
                                         const char  *source,
                                         GError     **error);

/* The header; strings (transfer none), owned by the response. */
const char  *fk_response_get_source              (FkResponse *response); /* nullable */
const char  *fk_response_get_model_id            (FkResponse *response);
const char  *fk_response_get_model_version       (FkResponse *response);
const char  *fk_response_get_model_checksum      (FkResponse *response);
const char  *fk_response_get_municipality        (FkResponse *response);
const char  *fk_response_get_municipality_name   (FkResponse *response); /* nullable */
const char  *fk_response_get_round               (FkResponse *response);
const char  *fk_response_get_respondent          (FkResponse *response); /* nullable */
const char  *fk_response_get_language            (FkResponse *response); /* nullable */
gint64       fk_response_get_exported            (FkResponse *response);
const char  *fk_response_get_application_version (FkResponse *response); /* nullable */
/* The model the file carries. Returns: (transfer none) (nullable) */
FkModel     *fk_response_get_model               (FkResponse *response);

/* The scores in the file's order, each with the response's municipality
 * and round_id 0. Returns: (transfer none) (element-type FkScore) */
GPtrArray   *fk_response_get_scores      (FkResponse *response);
/* Returns: (transfer none) (nullable): the score for @capability */
const FkScore *fk_response_lookup_score  (FkResponse *response,
                                          const char *capability);
/* TRUE when the file holds no score: a blank form. */
gboolean     fk_response_is_blank        (FkResponse *response);

/**
 * fk_response_model_matches:
 * @model: a study's model
 *
 * Returns: %TRUE when the response was made with exactly @model (the same
 *   checksum); otherwise the import maps its scores by capability key.
 */
gboolean     fk_response_model_matches   (FkResponse *response,
                                          FkModel    *model);
/**
 * fk_response_get_unknown_capabilities:
 * @model: a study's model
 *
 * Returns: (transfer full) (array zero-terminated=1): the capability keys
 *   of the response's scores that @model does not have, in the file's
 *   order; empty when there are none
 */
char       **fk_response_get_unknown_capabilities (FkResponse *response,
                                                   FkModel    *model);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkResponse, fk_response_unref)

G_END_DECLS
