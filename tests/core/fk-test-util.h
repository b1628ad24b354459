/* fk-test-util.h — shared helpers for the GLib tests */
#pragma once

#include <glib.h>
#include <sqlite3.h>
#include "fk-core.h"

G_BEGIN_DECLS

/* A fresh temporary directory, removed (with its files) by fk_test_tmpdir_free. */
char     *fk_test_tmpdir_new  (void);
void      fk_test_tmpdir_free (char *dir);

/* Path of a file under tests/data in the source tree. */
char     *fk_test_data_path   (const char *relative);

/* A new study at DIR/NAME with the built-in model and region. */
FkStudy  *fk_test_study_new_default (const char *dir,
                                     const char *name);

/* Gives every municipality a current and target level for every capability
 * in @round_id, in a fixed pattern that differs between municipalities. */
void      fk_test_study_fill (FkStudy *study,
                              gint64   round_id);

/* fk_study_get_n_assessed(), failing the test on an error. */
guint     fk_test_count_assessed (FkStudy    *study,
                                  gint64      round_id,
                                  const char *municipality);

/* fk_study_get_respondent(), failing the test on an error. (transfer full) */
char     *fk_test_respondent (FkStudy    *study,
                              const char *municipality);

/* Every score and round of the study file at @path, and with @everything
 * its import log and meta table too, read by another connection: compare
 * a study before and after something that must change nothing.
 * Returns: (transfer full) */
char     *fk_test_dump_study (const char *path,
                              gboolean    everything);

/* The import tests' two studies: @source filled (fk_test_study_fill), where
 * responses come from, and @lead empty, where they are imported;
 * @round_id is the lead's first round. For g_test_add(). */
typedef struct {
  char    *dir;
  FkStudy *source;
  FkStudy *lead;
  gint64   round_id;
} FkTestImportFixture;

void      fk_test_import_fixture_set_up    (FkTestImportFixture *f,
                                            gconstpointer        data);
void      fk_test_import_fixture_tear_down (FkTestImportFixture *f,
                                            gconstpointer        data);

/* SHA-256 of a file's bytes (to check that a refusal changed nothing). */
char     *fk_test_file_checksum (const char *path);
/* How many entries @dir holds (0 for a folder that cannot be read): an
 * export must leave no temporary file beside its target. */
guint     fk_test_count_files   (const char *dir);
/* Runs @argv (its program found in PATH: pdftotext, pdfinfo, …) and
 * returns what it printed; the test fails, with its error output, if it
 * cannot run or fails. (transfer full) */
char     *fk_test_run_tool      (const char * const *argv);

/* Another connection to @study's file holding the write lock (BEGIN
 * IMMEDIATE), as another program writing; fk_test_unlock_study() commits
 * and closes it. */
sqlite3  *fk_test_lock_study   (FkStudy *study);
void      fk_test_unlock_study (sqlite3 *db);

/* Two rounds of the minimal model and region (tests/data: Dals-Ed 1438,
 * Lysekil 1484, Trollhättan 1488 × strategi, finansiering in the area
 * styrning and säkerhetskopiering in drift), current levels:
 *
 *                 strategi   finansiering   säkerhetskopiering
 *   1438  R1 → R2   2 → 4       3 → 3          n/a → n/a
 *   1484            1 → 0       – → 2          4 → 4
 *   1488            3 → 3       3 → –          – → 1
 *
 * (– not assessed). Round ids 1 and 2, names "R1" and "R2". */
void      fk_test_two_rounds (FkRoundSnapshot **from,
                              FkRoundSnapshot **to);

/* A study's "changed" handler for a write of its metadata only: asserts
 * that, and counts it in the guint at @n. */
void      fk_test_count_metadata_change (FkStudy             *study,
                                         const FkStudyChange *change,
                                         guint               *n);

G_END_DECLS
