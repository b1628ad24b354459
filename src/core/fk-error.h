/* fk-error.h — the error domain of the core layer */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FK_ERROR (fk_error_quark ())

typedef enum {
  FK_ERROR_FAILED,         /* anything else */
  FK_ERROR_PARSE,          /* a file is not valid JSON, or not the right kind of JSON */
  FK_ERROR_INVALID,        /* a document or a value breaks a rule (the message says which) */
  FK_ERROR_NOT_A_STUDY,    /* a file is not a Förmågekarta study */
  FK_ERROR_NEWER_VERSION,  /* a study written by a newer version of the program */
  FK_ERROR_READ_ONLY,      /* a study that cannot be written */
  FK_ERROR_BUSY,           /* another process holds the study too long */
  FK_ERROR_NOT_FOUND,      /* an unknown municipality, capability, round, file */
  FK_ERROR_EXISTS,         /* refusing to overwrite */
  FK_ERROR_IO,             /* disk full, permission, I/O */
  FK_ERROR_CHANGED,        /* changed elsewhere meanwhile (see fk_study_replace_score) */
} FkError;

GQuark fk_error_quark (void);

/**
 * fk_error_get_detail:
 * @error: any error
 *
 * The technical words behind an FK_ERROR (SQLite's own message, the
 * first problem of a damaged file), for a "Details" place in the UI: the
 * error's message is the sentence people read, in their language.
 *
 * Returns: (transfer none) (nullable): the detail; NULL if there is none
 *   or @error is not an FK_ERROR.
 */
const char *fk_error_get_detail (const GError *error);
/* Sets the detail of an FK_ERROR (@detail (nullable) is copied). */
void        fk_error_set_detail (GError       *error,
                                 const char   *detail);

G_END_DECLS
