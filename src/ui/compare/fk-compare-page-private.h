/* fk-compare-page-private.h — shared by fk-compare-page.c and its view
 * options (fk-compare-page-options.c) */
#pragma once

#include "fk-compare-page.h"
#include "fk-capability-panel.h"
#include "fk-heatmap-table.h"

G_BEGIN_DECLS

struct _FkComparePage
{
  AdwBin              parent_instance;

  FkStudy            *study;
  GSettings          *settings;       /* palette; NULL without an installed schema */
  GSettings          *view_settings;  /* the heatmap-* keys; NULL likewise (or an older schema) */
  GArray             *round_ids;      /* gint64, dropdown order */
  gboolean            updating;       /* the code, not the user, sets a dropdown */
  GSimpleActionGroup *actions;        /* "compare" */
  GtkNativeDialog    *chooser;        /* the export's file chooser while open */
  GCancellable       *export_cancellable;
  GFile              *export_folder;  /* where the last export went: the next starts there */
  gboolean            exporting;
  /* Anonymised (fk-compare-page-anon.c): the one anonymizer of the study,
   * NULL while names are shown; what the heatmap, its table and panel
   * and the export all use. */
  FkAnonymizer       *anonymizer;
  guint64             session_seed;   /* for a study that cannot store one */
  gboolean            has_session_seed;
  gboolean            making_anonymizer; /* its seed's write emits "changed" */
  GPtrArray          *highlight_codes;  /* the highlight dropdown's codes, "" first */
  GtkNativeDialog    *key_chooser;    /* "Export anonymisation key" while open */
  FkMunicipalityOrder revealing_order; /* the last order by name, code or population */

  AdwToastOverlay    *toast_overlay;
  GtkDropDown        *measure_dropdown;
  GtkDropDown        *round_dropdown;
  GtkLabel           *round_label;    /* "Round", or "To" beside the change's "From" */
  GtkDropDown        *order_dropdown;
  GtkStringList      *name_orders;    /* the order dropdown's items with real names */
  GtkStringList      *letter_orders;  /* and anonymised */
  GtkWidget          *group_check;
  GtkDropDown        *highlight_dropdown;
  GtkWidget          *highlight_label;
  GtkDropDown        *capability_order_dropdown;
  GtkCheckButton     *low_check;
  GtkCheckButton     *overlay_target_check;
  GtkCheckButton     *overlay_sustain_check;
  FkHeatmapView      *heatmap;
  AdwFlap            *flap;
  GtkStack           *view_stack;
  FkHeatmapTable     *table;
  FkCapabilityPanel  *panel;
  gboolean            table_stale;    /* rebuilt when next shown */
  /* fk-compare-page-views.c: the grid and the change's earlier round. */
  GtkToggleButton    *change_toggle;
  GtkWidget          *from_box;
  GtkDropDown        *from_dropdown;
  gint64              from_round_id;  /* chosen by the user; 0: the round before */
  GSettings          *grid_settings;  /* "heatmap-grid"; NULL without the schema */
  GtkWidget          *toolbar;        /* the controls above the heatmap */
  GtkRevealer        *notice;         /* presentation mode's short notices */
  GtkLabel           *notice_label;
  struct _FkComparePresentation *presentation; /* fk-compare-page-presentation.c */
};

/* The state of a "compare" action: FALSE or NULL when it has none of
 * that type (fk-compare-page-options.c). The string: (transfer full). */
gboolean fk_compare_page_state_boolean  (FkComparePage *self,
                                         const char    *action);
char    *fk_compare_page_state_string   (FkComparePage *self,
                                         const char    *action);

/* fk-compare-page-options.c: the "compare" actions of the order,
 * grouping, summaries, marks and numbers, kept in GSettings. */
void fk_compare_page_init_options       (FkComparePage *self);
void fk_compare_page_dispose_options    (FkComparePage *self);
/* The marks on the current level: enabled only while it is shown. */
void fk_compare_page_update_overlays    (FkComparePage *self);
/* The heatmap's options from the actions' states (the anonymizer too). */
void fk_compare_page_apply_options      (FkComparePage *self);
/* The order dropdown offers the orders by name, code and population only
 * with real names; anonymised, "Letter" and "Mean". */
void fk_compare_page_update_order_choices (FkComparePage *self);
/* The order dropdowns chose (notify::selected). */
void fk_compare_page_on_order_selected  (FkComparePage *self);
void fk_compare_page_on_capability_order_selected (FkComparePage *self);

/* fk-compare-page-detail.c: "compare.view" (heatmap or table) and the
 * capability panel opened by activating a cell. */
void fk_compare_page_init_detail        (FkComparePage *self);

/* fk-compare-page-views.c: "compare.grid" (capabilities, areas or the
 * change between rounds, kept in GSettings "heatmap-grid") and the
 * change's "from" round. */
void fk_compare_page_init_views         (FkComparePage *self);
void fk_compare_page_dispose_views      (FkComparePage *self);
/* The rounds or the round shown changed: the "from" dropdown follows,
 * and the change is offered only with two rounds or more. */
void fk_compare_page_update_views       (FkComparePage *self);
void fk_compare_page_on_from_selected   (FkComparePage *self);

/* fk-compare-page-anon.c: "compare.anonymize" (GSettings
 * heatmap-anonymize), "compare.highlight", "compare.show-comments" and
 * "compare.export-key". */
void fk_compare_page_init_anon          (FkComparePage *self);
void fk_compare_page_dispose_anon       (FkComparePage *self);
/* A new study (set_study): its municipalities in the highlight dropdown,
 * its anonymizer. */
void fk_compare_page_anon_set_study     (FkComparePage *self);
/* The study changed: a new seed means new letters. */
void fk_compare_page_anon_study_changed (FkComparePage       *self,
                                         const FkStudyChange *change);
void fk_compare_page_on_highlight_selected (FkComparePage *self);

/* fk-compare-page.c: shows @round_id if the study has it. */
void fk_compare_page_select_round       (FkComparePage *self,
                                         gint64         round_id);

/* fk-compare-page.c: the palette of Preferences, or the one presentation
 * mode shows instead, set on the heatmap. */
void fk_compare_page_update_palette     (FkComparePage *self);

/* fk-compare-page-presentation.c: presentation mode ("compare.present",
 * the "presenting" property): only the figure, scaled for a projector,
 * with its own keys. */
void      fk_compare_page_init_presentation    (FkComparePage *self);
void      fk_compare_page_dispose_presentation (FkComparePage *self);
/* The palette to show instead of @preferred (high contrast while
 * presenting with it on), or @preferred. */
FkPalette fk_compare_page_presentation_palette (FkComparePage *self,
                                                FkPalette      preferred);

G_END_DECLS
