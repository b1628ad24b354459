/* fk-candidates-page-private.h — shared by the Candidates page's files */
#pragma once

#include "fk-candidates-page.h"
#include "fk-candidate-weights-box.h"
#include "fk-round-snapshot.h"
#include "fk-export-file.h"

G_BEGIN_DECLS

struct _FkCandidatesPage
{
  AdwBin              parent_instance;

  FkStudy            *study;
  FkAnonymizer       *anonymizer;
  gboolean            show_comments;
  GSettings          *settings;      /* the palette; NULL without the schema */
  GArray             *round_ids;     /* gint64, dropdown order */
  GPtrArray          *area_keys;     /* the area dropdown's, "" (all) first */
  GArray             *size_groups;   /* FkSizeGroup, the size dropdown's after "all" */
  gboolean            updating;      /* the code, not the user, sets a dropdown */
  gboolean            stale;         /* changed while hidden: read again on map */
  FkCandidateWeights  weights;       /* those of the ranking shown or computed */
  guint               store_source;  /* stores self->weights after a pause in editing */
  gboolean            storing;       /* our own weights write: its "changed" is not news */
  FkCandidates       *candidates;    /* shown; keeps its snapshot */
  FkRoundSnapshot    *snapshot;      /* the round read last */
  GCancellable       *cancellable;   /* the ranking being computed, or NULL */
  int                 selected_col;  /* the capability selected, −1 */
  GSimpleActionGroup *actions;       /* "candidates" */

  AdwToastOverlay    *toast_overlay;
  GtkDropDown        *round_dropdown;
  GtkDropDown        *area_dropdown;
  GtkDropDown        *size_dropdown;
  GtkMenuButton      *weights_button;
  FkCandidateWeightsBox *weights_box;
  AdwFlap            *flap;
  GtkStack           *stack;
  AdwStatusPage      *status_page;
  GtkScrolledWindow  *list_scroller;
  GtkLabel           *summary_label;
  GtkListBox         *list;
  GtkWidget          *no_match_page;
  GtkWidget          *strong_box;
  GtkListBox         *strong_list;
  FkCapabilityPanel  *panel;
  struct _FkCandidatesExport *export; /* fk-candidates-page-export.c */
  struct _FkCandidatesZoom   *zoom;   /* fk-candidates-page-zoom.c */
};

/* fk-candidates-page.c */
/* Whether the anonymizer (if any) is made for @snapshot's region. For a
 * moment after a new study the Compare page's anonymizer and this page's
 * ranking may be of different studies: then nothing is named at all. */
gboolean fk_candidates_page_anonymizer_fits (FkCandidatesPage *self,
                                             FkRoundSnapshot  *snapshot);
/* Whether the weights ranked differ from the defaults. */
gboolean fk_candidates_page_custom_weights (FkCandidatesPage *self);
void fk_candidates_page_on_weights_closed (FkCandidatesPage *self);
void fk_candidates_page_show_status     (FkCandidatesPage *self,
                                         const char       *title,
                                         const char       *description);
void fk_candidates_page_on_weights_edited (FkCandidatesPage *self);
/* "show-in-heatmap" for @capability of the round shown. */
void fk_candidates_page_emit_show_in_heatmap (FkCandidatesPage *self,
                                              guint             capability);

/* fk-candidates-page-list.c: the list, the strong and even, the filters. */
void fk_candidates_page_init_list       (FkCandidatesPage *self);
/* The rows again from self->candidates (a new ranking, language, letters). */
void fk_candidates_page_fill_list       (FkCandidatesPage *self);
/* The area and size choices (a new study, language or anonymizer). */
void fk_candidates_page_fill_filters    (FkCandidatesPage *self);
void fk_candidates_page_update_palette  (FkCandidatesPage *self);
void fk_candidates_page_on_filter_selected (FkCandidatesPage *self);

/* fk-candidates-page-detail.c: the capability opened beside the list. */
void fk_candidates_page_init_detail     (FkCandidatesPage *self);
/* New data or letters: the detail shows them, or closes if its
 * capability is gone. */
void fk_candidates_page_update_detail   (FkCandidatesPage *self);
void fk_candidates_page_on_row_activated (FkCandidatesPage *self,
                                          GtkListBoxRow    *row);

/* fk-candidates-page-export.c: "candidates.export" (u: how many, 0 for
 * all), Ctrl+E, and "candidates.open-file" for its toast. */
void     fk_candidates_page_init_export    (FkCandidatesPage *self);
void     fk_candidates_page_dispose_export (FkCandidatesPage *self);
/* Writes the candidates figure of the ranking shown (its round, the
 * study's weights; the page's anonymizer when anonymised; the palette of
 * Preferences) with at most @limit candidates (0: all) to @file, in a
 * worker thread. */
void     fk_candidates_page_export_async   (FkCandidatesPage    *self,
                                            GFile               *file,
                                            FkExportFormat       format,
                                            guint                limit,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean fk_candidates_page_export_finish  (FkCandidatesPage    *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* fk-candidates-page-zoom.c: the list's text zoom ("candidates.zoom-in",
 * "zoom-out", "zoom-reset"; GSettings candidates-text-scale) and
 * presenting (the "presenting" property). */
void     fk_candidates_page_init_zoom      (FkCandidatesPage *self);
void     fk_candidates_page_dispose_zoom   (FkCandidatesPage *self);
/* The list's text size shown, in percent (presenting: the presentation's). */
int      fk_candidates_page_get_text_percent (FkCandidatesPage *self);

G_END_DECLS
