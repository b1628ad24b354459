/* fk-scoring-view-private.h — shared by fk-scoring-view.c and
 * fk-scoring-view-actions.c */
#pragma once

#include <adwaita.h>

#include "fk-scoring-view.h"
#include "fk-capability-row.h"
#include "fk-undo.h"

G_BEGIN_DECLS

struct _FkScoringView
{
  GtkWidget         parent_instance;

  FkStudy          *study;
  char             *municipality;
  gint64            round_id;
  gulong            changed_id;
  GSettings        *settings;         /* NULL without an installed schema */
  FkUndo           *undo;
  char             *last_comment_key; /* the newest undo step is this comment */

  GPtrArray        *rows;             /* FkCapabilityRow*, model order; owned by list_box */
  GHashTable       *row_by_key;
  GHashTable       *area_assessed;    /* area key → guint */
  GHashTable       *area_total;
  guint             n_rounds;
  char             *progress_text;
  char             *search_folded;
  char             *area_filter;      /* area key, NULL for all */
  gboolean          updating;
  guint             scroll_tick;
  guint             scroll_frames;

  /* template */
  AdwToastOverlay  *toast_overlay;
  GtkWidget        *read_only_box;
  GtkLabel         *read_only_label;
  GtkDropDown      *municipality_dropdown;
  GtkDropDown      *round_dropdown;
  GtkEntry         *respondent_entry;
  GtkSearchEntry   *search_entry;
  GtkDropDown      *area_dropdown;
  GtkToggleButton  *unanswered_toggle;
  GtkProgressBar   *progress_bar;
  GtkLabel         *progress_label;
  GtkScrolledWindow *scrolled;
  GtkListBox       *list_box;
  GtkLabel         *empty_label;
};

void     fk_scoring_view_class_init_actions (GtkWidgetClass  *widget_class);
void     fk_scoring_view_init_keys          (FkScoringView   *self);
void     fk_scoring_view_update_actions     (FkScoringView   *self);
void     fk_scoring_view_on_row_edited      (FkScoringView   *self,
                                             guint            field,
                                             int              value,
                                             const char      *text,
                                             FkCapabilityRow *row);
void     fk_scoring_view_show_error         (FkScoringView   *self,
                                             const char      *message);
void     fk_scoring_view_refresh            (FkScoringView   *self);
/* Focuses the selected capability, else the first unanswered one. */
void     fk_scoring_view_focus_current      (FkScoringView   *self);
void     fk_scoring_view_refilter           (FkScoringView   *self);
gboolean fk_scoring_view_row_matches        (FkScoringView   *self,
                                             FkCapabilityRow *row);
/* Moves the focus @delta visible rows on (0: the current or first one). */
void     fk_scoring_view_move               (FkScoringView   *self,
                                             int              delta);

G_END_DECLS
