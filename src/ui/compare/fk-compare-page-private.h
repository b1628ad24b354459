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

  AdwToastOverlay    *toast_overlay;
  GtkDropDown        *measure_dropdown;
  GtkDropDown        *round_dropdown;
  GtkDropDown        *order_dropdown;
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
  GtkWidget          *toolbar;        /* the controls above the heatmap */
  GtkRevealer        *notice;         /* presentation mode's short notices */
  GtkLabel           *notice_label;
  struct _FkComparePresentation *presentation; /* fk-compare-page-presentation.c */
};

/* fk-compare-page-options.c: the "compare" actions of the order,
 * grouping, summaries, marks and numbers, kept in GSettings. */
void fk_compare_page_init_options       (FkComparePage *self);
void fk_compare_page_dispose_options    (FkComparePage *self);
/* The marks on the current level: enabled only while it is shown. */
void fk_compare_page_update_overlays    (FkComparePage *self);
/* The order dropdowns chose (notify::selected). */
void fk_compare_page_on_order_selected  (FkComparePage *self);
void fk_compare_page_on_capability_order_selected (FkComparePage *self);

/* fk-compare-page-detail.c: "compare.view" (heatmap or table) and the
 * capability panel opened by activating a cell. */
void fk_compare_page_init_detail        (FkComparePage *self);

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
