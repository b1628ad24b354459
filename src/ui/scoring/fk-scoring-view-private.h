/* fk-scoring-view-private.h — shared by fk-scoring-view.c and its
 * -actions, -filter, -rows and -selection parts */
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
  GtkRoot          *focus_root;       /* the window whose focus enables J/K/Up/Down */
  gulong            focus_id;
  gboolean          stale;            /* the study changed while the view was hidden */
  guint             n_refreshes;
  gboolean          hide_read_only_notice;  /* the window shows its own banner */
  GSettings        *settings;         /* NULL without an installed schema */
  FkUndo           *undo;
  char             *last_comment_key; /* the newest undo step is this comment */
  char             *respondent_shown; /* the name last shown or saved for the municipality */

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
  guint             scroll_still;     /* frames the selected card has not moved */
  double            scroll_last_y;
  double            scroll_last_height;
  AdwToast         *removed_toast;    /* weak: "the answer was removed", with Undo */
  char             *search_return_key; /* the card selected before a search */

  /* template */
  AdwToastOverlay  *toast_overlay;
  GtkWidget        *read_only_box;
  GtkLabel         *read_only_label;
  GtkLabel         *heading_label;
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

/* fk-scoring-view-actions.c */
void     fk_scoring_view_class_init_actions (GtkWidgetClass  *widget_class);
void     fk_scoring_view_init_keys          (FkScoringView   *self);
void     fk_scoring_view_update_actions     (FkScoringView   *self);
/* Moving between cards (J, K, Up, Down) is enabled only while a card has
 * the focus, so elsewhere Up and Down still move the focus as in GTK. */
void     fk_scoring_view_update_move_actions (FkScoringView  *self);
void     fk_scoring_view_on_row_edited      (FkScoringView   *self,
                                             guint            field,
                                             int              value,
                                             const char      *text,
                                             FkCapabilityRow *row);
/* Focuses the selected capability, else the first unanswered one. */
void     fk_scoring_view_focus_current      (FkScoringView   *self);
/* Scrolls until the selected card's name and level buttons are in view. */
void     fk_scoring_view_reveal_selected    (FkScoringView   *self);
/* Moves the focus @delta visible rows on (0: the current or first one). */
void     fk_scoring_view_move               (FkScoringView   *self,
                                             int              delta);

/* fk-scoring-view.c */
void     fk_scoring_view_show_error         (FkScoringView   *self,
                                             const char      *message);
void     fk_scoring_view_show_notice        (FkScoringView   *self,
                                             const char      *message);

/* fk-scoring-view-filter.c */
void     fk_scoring_view_init_filter        (FkScoringView   *self);
/* Counts the assessed rows, in all and by area. */
void     fk_scoring_view_update_progress    (FkScoringView   *self);
void     fk_scoring_view_refilter           (FkScoringView   *self);
gboolean fk_scoring_view_row_matches        (FkScoringView   *self,
                                             FkCapabilityRow *row);

/* fk-scoring-view-rows.c */
/* The dropdowns' lists and one row per capability, for self->study. */
void     fk_scoring_view_build              (FkScoringView   *self);
void     fk_scoring_view_clear_rows         (FkScoringView   *self);
void     fk_scoring_view_refresh            (FkScoringView   *self);
void     fk_scoring_view_update_read_only   (FkScoringView   *self);
void     fk_scoring_view_on_row_selected    (GtkListBox      *list_box,
                                             GtkListBoxRow   *row,
                                             FkScoringView   *self);

/* fk-scoring-view-respondent.c */
void     fk_scoring_view_init_respondent    (FkScoringView   *self);
/* The heading and the respondent of the municipality being scored. */
void     fk_scoring_view_show_municipality  (FkScoringView   *self);
/* Saves the name typed for the municipality, if it changed. */
void     fk_scoring_view_save_respondent    (FkScoringView   *self);
/* The study's respondent of @municipality (NULL: any) changed. */
void     fk_scoring_view_respondent_changed (FkScoringView   *self,
                                             const char      *municipality);

/* fk-scoring-view-selection.c */
void     fk_scoring_view_init_selection     (FkScoringView   *self);
void     fk_scoring_view_sync_selectors     (FkScoringView   *self);
void     fk_scoring_view_save_selection     (FkScoringView   *self);
void     fk_scoring_view_load_selection     (FkScoringView   *self,
                                             char           **code,
                                             gint64          *round_id);

G_END_DECLS
