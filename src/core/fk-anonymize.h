/* fk-anonymize.h — municipalities shown as "Municipality A", "Municipality B", …
 *
 * The one service every anonymised view and export asks (issue 10): which
 * letter a municipality has, what to call it, in which order to show the
 * municipalities and in which size group. The letters come from a seed
 * kept in the study, so they are the same in every view and export of
 * one study and on every machine. docs/anonymization.md has the rules.
 */
#pragma once

#include <glib-object.h>
#include "fk-region.h"
#include "fk-study.h"

G_BEGIN_DECLS

/* A group of size classes shown together in an anonymised view: a class
 * with fewer than FK_ANONYMIZER_MIN_GROUP members is merged with its
 * neighbour (docs/anonymization.md). */
typedef enum {
  FK_SIZE_GROUP_SMALL,
  FK_SIZE_GROUP_MEDIUM,
  FK_SIZE_GROUP_LARGE,
  FK_SIZE_GROUP_SMALL_MEDIUM,
  FK_SIZE_GROUP_MEDIUM_LARGE,
  FK_SIZE_GROUP_ALL,
} FkSizeGroup;

#define FK_N_SIZE_GROUPS (FK_SIZE_GROUP_ALL + 1)

/* The fewest members a size group may have in an anonymised view. */
#define FK_ANONYMIZER_MIN_GROUP 4

/* "small", "medium", "large", "small-medium", "medium-large", "all"
 * (stable, for files and the CLI). */
const char   *fk_size_group_to_string (FkSizeGroup  group);
/* Translated, for people, above a group of municipalities: "Small",
 * "Medium and large", … (plural, like the heatmap's size groups). */
const char   *fk_size_group_get_label (FkSizeGroup  group);
/* TRUE if the municipalities of @size belong to @group. */
gboolean      fk_size_group_contains  (FkSizeGroup  group,
                                       FkSizeClass  size);

typedef struct _FkAnonymizer FkAnonymizer;

#define FK_TYPE_ANONYMIZER (fk_anonymizer_get_type ())
GType         fk_anonymizer_get_type  (void) G_GNUC_CONST;

/**
 * fk_anonymizer_new:
 * @region: (transfer none): the municipalities
 * @seed: the study's seed (fk_study_get_anonymization_seed())
 * @highlight_code: (nullable): a municipality of @region shown with its
 *   real name (check it with fk_region_check_municipality() first)
 *
 * Letters for the municipalities of @region drawn from @seed. The result
 * never changes: hand it to a worker thread as it is.
 *
 * Returns: (transfer full): a new anonymizer
 */
FkAnonymizer *fk_anonymizer_new       (FkRegion     *region,
                                       guint64       seed,
                                       const char   *highlight_code);
/**
 * fk_anonymizer_new_for_study:
 * @study: a study (its seed is made and stored on first use)
 * @highlight_code: (nullable): as for fk_anonymizer_new(); an unknown
 *   code is refused with FK_ERROR_NOT_FOUND
 *
 * Returns: (transfer full) (nullable): the anonymizer, or NULL with @error
 */
FkAnonymizer *fk_anonymizer_new_for_study (FkStudy    *study,
                                           const char *highlight_code,
                                           GError    **error);

FkAnonymizer *fk_anonymizer_ref       (FkAnonymizer *anon);
void          fk_anonymizer_unref     (FkAnonymizer *anon);

guint64       fk_anonymizer_get_seed  (const FkAnonymizer *anon);
/* Returns: (transfer none): the region the letters are for. */
FkRegion     *fk_anonymizer_get_region (const FkAnonymizer *anon);
/* Returns: (transfer none) (nullable): the highlighted municipality's code. */
const char   *fk_anonymizer_get_highlight (const FkAnonymizer *anon);
gboolean      fk_anonymizer_is_highlighted (const FkAnonymizer *anon,
                                            const char         *code);

/* "A", "B", …, "Z", "AA", "AB", … The highlighted municipality has one too
 * (it is told its letter). Returns: (transfer none) (nullable): NULL for a
 * code not in the region. */
const char   *fk_anonymizer_get_letter (const FkAnonymizer *anon,
                                        const char         *code);
/* What a view shows for the municipality: "Municipality A" in the
 * program's message language (the CLI sets it to the figure's language
 * with fk_text_use_message_language()); the highlighted one's real name.
 * Returns: (transfer full) (nullable): NULL for a code not in the region. */
char         *fk_anonymizer_get_display_name (const FkAnonymizer *anon,
                                              const char         *code);
/* The region's municipalities in letter order: the only order an
 * anonymised view offers (name, code and population would tell who is
 * who). Returns: (transfer none) (array length=out_n): indices into the
 * region's municipalities, which are also the rows of a matrix. */
const guint  *fk_anonymizer_get_order (const FkAnonymizer *anon,
                                       guint              *out_n);
/* The size group of the municipality, or FK_SIZE_GROUP_ALL for a code not
 * in the region. */
FkSizeGroup   fk_anonymizer_get_size_group (const FkAnonymizer *anon,
                                            const char         *code);
/* How many of the region's municipalities are in @group. */
guint         fk_anonymizer_count_in_size_group (const FkAnonymizer *anon,
                                                 FkSizeGroup         group);

/**
 * fk_anonymizer_write_key:
 * @anon: the anonymizer
 * @path: the file to write (replaced if it exists)
 * @error: FK_ERROR_IO naming @path
 *
 * Writes the key, letter → code → name, as CSV (RFC 4180: a header line
 * "letter,code,name", one line per municipality in letter order, CRLF,
 * UTF-8). For the workshop lead's eyes only: the file is readable by its
 * owner alone, and written whole or not at all (a temporary file renamed
 * into place), so a failure leaves the old file or none.
 */
gboolean      fk_anonymizer_write_key (const FkAnonymizer *anon,
                                       const char         *path,
                                       GError            **error);

/* The seed kept in the study (fk-study-anon.c) */

/**
 * fk_study_get_anonymization_seed:
 * @out_seed: (out): the seed
 *
 * The study's anonymisation seed. The first call draws one and stores it
 * in the file (emitting "changed" with FK_STUDY_CHANGE_METADATA), so a
 * study without one must be writable (else FK_ERROR_READ_ONLY); every
 * later call, in any program, reads the same.
 */
gboolean      fk_study_get_anonymization_seed (FkStudy  *study,
                                               guint64  *out_seed,
                                               GError  **error);
/* Draws a new seed (new letters for everyone, e.g. for a new workshop),
 * stores it and emits "changed" with FK_STUDY_CHANGE_METADATA. */
gboolean      fk_study_new_anonymization_seed (FkStudy  *study,
                                               guint64  *out_seed,
                                               GError  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkAnonymizer, fk_anonymizer_unref)

G_END_DECLS
