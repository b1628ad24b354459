/* fk-undo.c — undo and redo of score edits */
#define G_LOG_DOMAIN "fk-undo"
#include "config.h"

#include "fk-undo.h"
#include "fk-error.h"

typedef struct {
  FkScore *before;
  FkScore *after;
} Step;

struct _FkUndo {
  guint  limit;
  GQueue undo;   /* Step*, newest at the head */
  GQueue redo;   /* Step*, next to redo at the head */
};

static void
step_free (Step *step)
{
  fk_score_free (step->before);
  fk_score_free (step->after);
  g_free (step);
}

static gboolean
same_score (const FkScore *a,
            const FkScore *b)
{
  return a->round_id == b->round_id &&
         g_strcmp0 (a->municipality, b->municipality) == 0 &&
         g_strcmp0 (a->capability, b->capability) == 0;
}

FkUndo *
fk_undo_new (guint limit)
{
  FkUndo *self = g_new0 (FkUndo, 1);

  self->limit = limit > 0 ? limit : FK_UNDO_DEFAULT_LIMIT;
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  return self;
}

void
fk_undo_clear (FkUndo *self)
{
  g_return_if_fail (self != NULL);

  g_queue_clear_full (&self->undo, (GDestroyNotify) step_free);
  g_queue_clear_full (&self->redo, (GDestroyNotify) step_free);
}

void
fk_undo_free (FkUndo *self)
{
  if (self == NULL)
    return;
  fk_undo_clear (self);
  g_free (self);
}

guint
fk_undo_get_limit (FkUndo *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->limit;
}

void
fk_undo_push (FkUndo        *self,
              const FkScore *before,
              const FkScore *after,
              gboolean       merge)
{
  Step *newest;
  Step *step;

  g_return_if_fail (self != NULL);
  g_return_if_fail (before != NULL && after != NULL);
  g_return_if_fail (same_score (before, after));

  g_queue_clear_full (&self->redo, (GDestroyNotify) step_free);

  newest = g_queue_peek_head (&self->undo);
  if (merge && newest != NULL && same_score (newest->after, after))
    {
      fk_score_free (newest->after);
      newest->after = fk_score_copy (after);
      return;
    }

  step = g_new0 (Step, 1);
  step->before = fk_score_copy (before);
  step->after = fk_score_copy (after);
  g_queue_push_head (&self->undo, step);

  while (self->undo.length > self->limit)
    step_free (g_queue_pop_tail (&self->undo));
}

gboolean
fk_undo_can_undo (FkUndo *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return !g_queue_is_empty (&self->undo);
}

gboolean
fk_undo_can_redo (FkUndo *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return !g_queue_is_empty (&self->redo);
}

guint
fk_undo_get_n_undo (FkUndo *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->undo.length;
}

guint
fk_undo_get_n_redo (FkUndo *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->redo.length;
}

const FkScore *
fk_undo_peek_undo (FkUndo *self)
{
  Step *step;

  g_return_val_if_fail (self != NULL, NULL);
  step = g_queue_peek_head (&self->undo);
  return step != NULL ? step->before : NULL;
}

const FkScore *
fk_undo_peek_redo (FkUndo *self)
{
  Step *step;

  g_return_val_if_fail (self != NULL, NULL);
  step = g_queue_peek_head (&self->redo);
  return step != NULL ? step->after : NULL;
}

/* Writes one side of the newest step of @from and moves it to @to. */
static gboolean
apply (FkStudy  *study,
       GQueue   *from,
       GQueue   *to,
       gboolean  write_before,
       GError  **error)
{
  g_autoptr(FkScore) score = NULL;
  g_autoptr(GError) local_error = NULL;
  Step *step = g_queue_peek_head (from);

  if (step == NULL)
    return TRUE;

  /* A new time stamp: the write is a change made now. Only if the answer
   * is still what this step left, or undo would erase someone else's edit;
   * if not, the step can never apply and is dropped. */
  score = fk_score_copy (write_before ? step->before : step->after);
  score->updated = 0;
  if (!fk_study_queue_replace_score (study, write_before ? step->after : step->before, score, &local_error))
    {
      if (g_error_matches (local_error, FK_ERROR, FK_ERROR_CHANGED))
        step_free (g_queue_pop_head (from));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_queue_push_head (to, g_queue_pop_head (from));
  return TRUE;
}

gboolean
fk_undo_undo (FkUndo   *self,
              FkStudy  *study,
              GError  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);
  return apply (study, &self->undo, &self->redo, TRUE, error);
}

gboolean
fk_undo_redo (FkUndo   *self,
              FkStudy  *study,
              GError  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);
  return apply (study, &self->redo, &self->undo, FALSE, error);
}
