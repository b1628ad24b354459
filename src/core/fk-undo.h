/* fk-undo.h — undo and redo of score edits
 *
 * A bounded history of (before, after) pairs of scores. Undo writes
 * @before back to the study, redo writes @after again. A step moves between
 * the stacks only when its write succeeded, so a failed undo (read-only
 * study, full disk) can be retried and nothing is lost from the history.
 */
#pragma once

#include "fk-score.h"
#include "fk-study.h"

G_BEGIN_DECLS

#define FK_UNDO_DEFAULT_LIMIT 200

typedef struct _FkUndo FkUndo;

/* @limit is the number of steps kept (the oldest are dropped); 0 means
 * FK_UNDO_DEFAULT_LIMIT. */
FkUndo        *fk_undo_new          (guint          limit);
void           fk_undo_free         (FkUndo        *self);
void           fk_undo_clear        (FkUndo        *self);
guint          fk_undo_get_limit    (FkUndo        *self);

/* Records one edit (copies both scores) and clears the redo stack. With
 * @merge, an edit of the same score as the newest step extends that step
 * instead (used for a comment written in several pieces while typing). */
void           fk_undo_push         (FkUndo        *self,
                                     const FkScore *before,
                                     const FkScore *after,
                                     gboolean       merge);

gboolean       fk_undo_can_undo     (FkUndo        *self);
gboolean       fk_undo_can_redo     (FkUndo        *self);
guint          fk_undo_get_n_undo   (FkUndo        *self);
guint          fk_undo_get_n_redo   (FkUndo        *self);

/* The score that undo (redo) would write, or NULL. */
const FkScore *fk_undo_peek_undo    (FkUndo        *self);
const FkScore *fk_undo_peek_redo    (FkUndo        *self);

/* Writes the newest step's @before (@after) through the study's write
 * queue (fk_study_queue_replace_score(): it never waits for another
 * program). Once it is queued the step moves to the other stack; on
 * failure nothing changes. A queued undo that finds the score changed
 * elsewhere when its turn comes is reported by FkStudy::write-failed. */
gboolean       fk_undo_undo         (FkUndo        *self,
                                     FkStudy       *study,
                                     GError       **error);
gboolean       fk_undo_redo         (FkUndo        *self,
                                     FkStudy       *study,
                                     GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkUndo, fk_undo_free)

G_END_DECLS
