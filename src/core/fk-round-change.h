/* fk-round-change.h — the change of one measure from one round to another
 *
 * Made once from two snapshots of one study (the baseline, "from", and
 * the round compared with it, "to") and never changed afterwards, like
 * the snapshots it refers to. Each municipality × capability gets a
 * state and, where both rounds have a value, the difference to − from.
 * The differences make an FkMatrix, so every aggregate the heatmap
 * shows (mean change per capability, per municipality, per area, the
 * median and the range) is the matrix's own; the counts of how many rose
 * and fell are here. docs/measures.md, "Change between rounds", defines
 * each state and aggregate.
 */
#pragma once

#include <glib-object.h>
#include "fk-round-snapshot.h"

G_BEGIN_DECLS

typedef enum {
  FK_CHANGE_NOT_ASSESSED,       /* no value in either round */
  FK_CHANGE_NOT_APPLICABLE,     /* no value in either round, "not applicable" in one of them */
  FK_CHANGE_NEWLY_ASSESSED,     /* no value in from, a value in to */
  FK_CHANGE_NO_LONGER_ASSESSED, /* a value in from, none in to */
  FK_CHANGE_UNCHANGED,          /* a value in both, the same */
  FK_CHANGE_ROSE,               /* a value in both, higher in to */
  FK_CHANGE_FELL,               /* a value in both, lower in to */
} FkChangeState;

#define FK_N_CHANGE_STATES (FK_CHANGE_FELL + 1)

typedef struct _FkRoundChange FkRoundChange;

#define FK_TYPE_ROUND_CHANGE (fk_round_change_get_type ())
GType           fk_round_change_get_type   (void) G_GNUC_CONST;

/* TRUE when @from and @to can be compared: the same model (checksum) and
 * the same municipalities in the same order (region id and codes), as
 * two rounds of one study are. FALSE with @error (FK_ERROR_INVALID,
 * naming @to's source) otherwise. Two snapshots of one round can be
 * compared (everything is unchanged); refusing that is the caller's
 * choice. */
gboolean        fk_round_change_can_compare (FkRoundSnapshot  *from,
                                             FkRoundSnapshot  *to,
                                             GError          **error);

/* The change of @measure from @from to @to, or NULL with @error when
 * fk_round_change_can_compare() refuses them. Both snapshots are kept.
 * Returns: (transfer full) (nullable) */
FkRoundChange  *fk_round_change_new        (FkRoundSnapshot  *from,
                                            FkRoundSnapshot  *to,
                                            FkMeasure         measure,
                                            GError          **error);
FkRoundChange  *fk_round_change_ref        (FkRoundChange    *change);
void            fk_round_change_unref      (FkRoundChange    *change);

/* Returns: (transfer none) */
FkRoundSnapshot *fk_round_change_get_from  (FkRoundChange    *change);
/* Returns: (transfer none) */
FkRoundSnapshot *fk_round_change_get_to    (FkRoundChange    *change);
FkMeasure       fk_round_change_get_measure (FkRoundChange   *change);

/* The differences to − from (NAN where not both rounds have a value; "not
 * applicable" where the state is FK_CHANGE_NOT_APPLICABLE), with every
 * aggregate of a matrix: a column's mean is the mean change of a
 * capability over the municipalities that have a value in both rounds, a
 * row's mean a municipality's mean change, and so on. Its round_id is
 * @to's. Returns: (transfer none): owned by @change. */
FkMatrix       *fk_round_change_get_matrix (FkRoundChange    *change);

FkChangeState   fk_round_change_get_state  (FkRoundChange    *change,
                                            guint             row,
                                            guint             col);
/* to − from, NAN unless the state is unchanged, rose or fell. */
double          fk_round_change_get_difference (FkRoundChange *change,
                                                guint          row,
                                                guint          col);
/* The measure's value in the baseline (from) and in to; NAN for none. */
double          fk_round_change_get_before (FkRoundChange    *change,
                                            guint             row,
                                            guint             col);
double          fk_round_change_get_after  (FkRoundChange    *change,
                                            guint             row,
                                            guint             col);

/* How many municipalities that pass @filter are in @state for the
 * capability @col (the rose and fell counts of the heatmap, out of
 * fk_matrix_column_count() of the matrix above: those with a value in
 * both rounds). */
guint           fk_round_change_count      (FkRoundChange    *change,
                                            guint             col,
                                            FkChangeState     state,
                                            FkSizeFilter      filter);

/* The largest difference the colours tell apart for @measure: its range
 * (max − min), at most 5; larger differences (of a gap or a deviation,
 * whose range is 10) take the end colours. */
double          fk_round_change_get_scale  (FkMeasure         measure);

/* "Change in current level", … for people, translated. (transfer none) */
const char     *fk_round_change_get_label  (FkMeasure         measure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkRoundChange, fk_round_change_unref)

G_END_DECLS
