/* fk-compare-page.h — the Compare page: the heatmap of a round by measure */
#pragma once

#include <adwaita.h>
#include "fk-study.h"
#include "fk-heatmap-view.h"

G_BEGIN_DECLS

#define FK_TYPE_COMPARE_PAGE (fk_compare_page_get_type ())
G_DECLARE_FINAL_TYPE (FkComparePage, fk_compare_page, FK, COMPARE_PAGE, AdwBin)

GtkWidget     *fk_compare_page_new         (void);
FkStudy       *fk_compare_page_get_study   (FkComparePage *self);
void           fk_compare_page_set_study   (FkComparePage *self,
                                            FkStudy       *study);
/* Returns: (transfer none) */
FkHeatmapView *fk_compare_page_get_heatmap (FkComparePage *self);

G_END_DECLS
