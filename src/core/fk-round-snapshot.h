/* fk-round-snapshot.h — every score of one round, read once and never changed
 *
 * What the heatmap, the profiles, the candidates and the annex read. A
 * snapshot holds the model and region it was read with, each score in a
 * municipality × capability grid, and one matrix per measure with all its
 * aggregates (per size class too) computed when the snapshot is made. It
 * never changes afterwards, so it can be handed to a worker thread
 * (fk-snapshot-task.h) while the study goes on being edited; a view that
 * hears the study's "changed" reads a new one (fk_study_read_snapshot()).
 *
 * Rows are municipalities in region order, columns capabilities in model
 * order.
 */
#pragma once

#include <glib-object.h>
#include "fk-matrix.h"
#include "fk-model.h"
#include "fk-region.h"
#include "fk-score.h"

G_BEGIN_DECLS

typedef struct _FkRoundSnapshot FkRoundSnapshot;

#define FK_TYPE_ROUND_SNAPSHOT (fk_round_snapshot_get_type ())
GType                 fk_round_snapshot_get_type (void) G_GNUC_CONST;

/**
 * fk_round_snapshot_new:
 * @model: (transfer none): the model the scores were made with
 * @region: (transfer none): the municipalities
 * @round_id: the round's id in its study
 * @round_name: (nullable): the round's name, for people
 * @source: (nullable): what the scores come from (the study's file name), for messages
 * @scores: (transfer full) (element-type FkScore): the round's scores;
 *   scores of other rounds, or of a municipality or capability that is
 *   not in @region or @model, are left out
 *
 * Returns: (transfer full): a new snapshot
 */
FkRoundSnapshot      *fk_round_snapshot_new       (FkModel         *model,
                                                   FkRegion        *region,
                                                   gint64           round_id,
                                                   const char      *round_name,
                                                   const char      *source,
                                                   GPtrArray       *scores);
FkRoundSnapshot      *fk_round_snapshot_ref       (FkRoundSnapshot *snapshot);
void                  fk_round_snapshot_unref     (FkRoundSnapshot *snapshot);

/* Returns: (transfer none) */
FkModel              *fk_round_snapshot_get_model      (FkRoundSnapshot *snapshot);
/* Returns: (transfer none) */
FkRegion             *fk_round_snapshot_get_region     (FkRoundSnapshot *snapshot);
gint64                fk_round_snapshot_get_round_id   (FkRoundSnapshot *snapshot);
/* Returns: (transfer none) (nullable) */
const char           *fk_round_snapshot_get_round_name (FkRoundSnapshot *snapshot);
/* Returns: (transfer none) (nullable) */
const char           *fk_round_snapshot_get_source     (FkRoundSnapshot *snapshot);
guint                 fk_round_snapshot_get_n_rows     (FkRoundSnapshot *snapshot);
guint                 fk_round_snapshot_get_n_cols     (FkRoundSnapshot *snapshot);

/* Row of a municipality code, or -1. */
int                   fk_round_snapshot_find_row       (FkRoundSnapshot *snapshot,
                                                        const char      *code);
FkSizeClass           fk_round_snapshot_get_size_class (FkRoundSnapshot *snapshot,
                                                        guint            row);
/* Returns: (transfer none) (nullable): the stored score, NULL where
 * nothing is stored (not assessed, no answer at all). */
const FkScore        *fk_round_snapshot_get_score      (FkRoundSnapshot *snapshot,
                                                        guint            row,
                                                        guint            col);
/* Capabilities of the row with a current level or "not applicable". */
guint                 fk_round_snapshot_count_assessed (FkRoundSnapshot *snapshot,
                                                        guint            row);
/* Column counts over the rows that pass @filter, computed when the
 * snapshot is made; a cell marked "not applicable" or not assessed never
 * counts. Low: the current level is 0, 1 or 2 (out of
 * fk_matrix_column_count() of FK_MEASURE_CURRENT). Cannot sustain: "can
 * we sustain it alone" is no or with difficulty (out of the column count
 * of FK_MEASURE_RISK). Interested: interest in collaborating is yes or
 * maybe (out of the column count of FK_MEASURE_INTEREST). */
guint                 fk_round_snapshot_count_low      (FkRoundSnapshot *snapshot,
                                                        guint            col,
                                                        FkSizeFilter     filter);
guint                 fk_round_snapshot_count_cannot_sustain (FkRoundSnapshot *snapshot,
                                                              guint            col,
                                                              FkSizeFilter     filter);
guint                 fk_round_snapshot_count_interested (FkRoundSnapshot *snapshot,
                                                          guint            col,
                                                          FkSizeFilter     filter);
/* The highest current level counted as low by fk_round_snapshot_count_low(). */
#define FK_LEVEL_LOW_MAX 2

/* Returns: (transfer none): the matrix of @measure, owned by the snapshot. */
FkMatrix             *fk_round_snapshot_get_matrix     (FkRoundSnapshot *snapshot,
                                                        FkMeasure        measure);

/* FALSE with @error (FK_ERROR_NOT_FOUND, naming the source) if @code is
 * not a municipality of the snapshot; otherwise its row in @row. */
gboolean              fk_round_snapshot_lookup_row     (FkRoundSnapshot *snapshot,
                                                        const char      *code,
                                                        guint           *row,
                                                        GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkRoundSnapshot, fk_round_snapshot_unref)

G_END_DECLS
