/* fk-scoring-view.h — the page where a municipality scores its capabilities */
#pragma once

#include <gtk/gtk.h>
#include "fk-core.h"

G_BEGIN_DECLS

#define FK_TYPE_SCORING_VIEW (fk_scoring_view_get_type ())
G_DECLARE_FINAL_TYPE (FkScoringView, fk_scoring_view, FK, SCORING_VIEW, GtkWidget)

GtkWidget  *fk_scoring_view_new              (void);

FkStudy    *fk_scoring_view_get_study        (FkScoringView *self);
void        fk_scoring_view_set_study        (FkScoringView *self,
                                              FkStudy       *study);
/* The municipality code being scored, or NULL without a study. */
const char *fk_scoring_view_get_municipality (FkScoringView *self);
void        fk_scoring_view_set_municipality (FkScoringView *self,
                                              const char    *code);
gint64      fk_scoring_view_get_round_id     (FkScoringView *self);
void        fk_scoring_view_set_round_id     (FkScoringView *self,
                                              gint64         round_id);

/* Selects, expands and focuses a capability's row. FALSE if unknown. */
gboolean    fk_scoring_view_focus_capability (FkScoringView *self,
                                              const char    *capability_key);
/* Writes every comment still waiting for its idle timeout. */
void        fk_scoring_view_flush            (FkScoringView *self);
/* Whether the view says itself why a study is read-only (TRUE by default;
 * FkWindow turns it off, its banner says it for every page). */
void        fk_scoring_view_set_read_only_notice (FkScoringView *self,
                                                  gboolean       show);
/* Flushes, then counts the comments that could not be written. */
guint       fk_scoring_view_count_unsaved    (FkScoringView *self);

/* For tests. */
GtkWidget  *fk_scoring_view_get_row          (FkScoringView *self,
                                              const char    *capability_key);
const char *fk_scoring_view_get_progress_text (FkScoringView *self);
/* The read-only reason shown at the top, or NULL when hidden. */
const char *fk_scoring_view_get_read_only_text (FkScoringView *self);
/* For tests: how often the rows were refreshed from the study. */
guint       fk_scoring_view_get_n_refreshes    (FkScoringView *self);

G_END_DECLS
