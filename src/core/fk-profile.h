/* fk-profile.h — one municipality against the region, for one round
 *
 * The numbers behind the profile page and its annex figure:
 *
 * - Per area, the municipality's MEAN of its current levels in the area
 *   and the mean of its targets (means, not medians: an area has few
 *   capabilities, and a mean moves when any one of them moves). The
 *   regional median of an area is the median, over the municipalities
 *   that have at least one level in the area, of their area means; the
 *   size-class median the same over municipalities of its size class.
 *   For anonymised output (fk_profile_new_anonymized()) the size medians
 *   are taken over the municipality's merged size group instead
 *   (fk-anonymize.h): a median of a class of three large municipalities
 *   would tell a reader which letters are the large ones.
 *
 * - Strengths and weaknesses are single capabilities: the municipality's
 *   current level minus the regional median of that capability. The
 *   regional and size-class medians are taken over ALL municipalities with
 *   a level, the municipality itself included, so they are the same
 *   numbers the heatmap's column aggregates show. Strengths are the
 *   largest positive differences, weaknesses the most negative, at most
 *   FK_PROFILE_MAX_ITEMS each; a difference of 0 is neither. Ties keep
 *   model order. Capabilities the municipality did not assess or marked
 *   "not applicable" are left out.
 *
 * "Not applicable" and "not assessed" never count as a level anywhere.
 */
#pragma once

#include <gio/gio.h>
#include "fk-anonymize.h"
#include "fk-region.h"
#include "fk-round-snapshot.h"

G_BEGIN_DECLS

#define FK_PROFILE_MAX_ITEMS 5

typedef struct {
  const char *area;          /* area key (points into the model) */
  guint       n_levels;      /* capabilities with a current level */
  double      current;       /* mean current level; NAN if none */
  double      target;        /* mean target level; NAN if none */
  double      region_median; /* median of municipalities' area means; NAN if none */
  double      size_median;   /* the same within the size class (anonymised: size group) */
} FkProfileArea;

typedef struct {
  const char *capability;    /* capability key (points into the model) */
  const char *area;          /* its area key */
  int         level;         /* the municipality's current level */
  double      region_median;
  double      size_median;
  double      difference;    /* level − region_median */
} FkProfileItem;

typedef struct _FkProfile FkProfile;

/* Read-only; strings point into @model, which the profile holds. */
struct _FkProfile {
  FkModel     *model;
  gint64       round_id;
  char        *municipality;    /* code */
  char        *name;
  gint64       population;
  FkSizeClass  size;
  gboolean     by_size_group;   /* size medians over the anonymizer's size group */
  FkSizeGroup  size_group;      /* that group (only with by_size_group) */
  guint        n_levels;        /* capabilities with a current level */
  guint        n_not_applicable;
  GArray      *areas;           /* FkProfileArea, model order */
  GArray      *strengths;       /* FkProfileItem, largest difference first */
  GArray      *weaknesses;      /* FkProfileItem, most negative first */
};

#define FK_TYPE_PROFILE (fk_profile_get_type ())
GType      fk_profile_get_type (void) G_GNUC_CONST;

/**
 * fk_profile_new:
 * @snapshot: (transfer none): the round
 * @municipality: a municipality code
 * @error: FK_ERROR_NOT_FOUND if @municipality is not in the snapshot
 *
 * Computes the profile from the snapshot's current and target matrices
 * (their aggregates are already there, so many profiles cost little).
 *
 * Returns: (transfer full) (nullable): the profile, or NULL with @error
 */
FkProfile *fk_profile_new      (FkRoundSnapshot *snapshot,
                                const char      *municipality,
                                GError         **error);
/**
 * fk_profile_new_anonymized:
 * @anon: (nullable): the anonymizer of the output; NULL is fk_profile_new()
 *
 * The same for anonymised output: every size median (the areas' and the
 * items') is taken over the municipalities of @anon's size group of
 * @municipality (fk_anonymizer_get_size_group(), fk_size_group_contains()),
 * not over its real size class, which a class of fewer than
 * FK_ANONYMIZER_MIN_GROUP would give away. by_size_group is then TRUE.
 *
 * Returns: (transfer full) (nullable): the profile, or NULL with @error
 */
FkProfile *fk_profile_new_anonymized (FkRoundSnapshot    *snapshot,
                                      const char         *municipality,
                                      const FkAnonymizer *anon,
                                      GError            **error);
void       fk_profile_unref   (FkProfile  *profile);

/**
 * fk_profile_compute_all:
 * @snapshot: (transfer none): the round
 * @cancellable: (nullable): checked between municipalities
 * @error: G_IO_ERROR_CANCELLED when cancelled
 *
 * Every municipality's profile, in region order.
 *
 * Returns: (transfer full) (element-type FkProfile) (nullable)
 */
GPtrArray *fk_profile_compute_all        (FkRoundSnapshot     *snapshot,
                                          GCancellable        *cancellable,
                                          GError             **error);
/* The same in a worker thread (fk-snapshot-task.h). */
void       fk_profile_compute_all_async  (FkRoundSnapshot     *snapshot,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
/* Returns: (transfer full) (element-type FkProfile) (nullable) */
GPtrArray *fk_profile_compute_all_finish (GAsyncResult        *result,
                                          GError             **error);

/* TRUE when the municipality answered nothing (no level, no "not applicable"). */
gboolean   fk_profile_is_empty (const FkProfile *profile);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkProfile, fk_profile_unref)

G_END_DECLS
