/* fk-compare-page.h — the Compare page: the heatmap of a round by measure */
#pragma once

#include <adwaita.h>
#include "fk-study.h"
#include "fk-heatmap-view.h"
#include "fk-heatmap-table.h"
#include "fk-capability-panel.h"
#include "fk-heatmap.h"

G_BEGIN_DECLS

#define FK_TYPE_COMPARE_PAGE (fk_compare_page_get_type ())
G_DECLARE_FINAL_TYPE (FkComparePage, fk_compare_page, FK, COMPARE_PAGE, AdwBin)

GtkWidget     *fk_compare_page_new         (void);
FkStudy       *fk_compare_page_get_study   (FkComparePage *self);
void           fk_compare_page_set_study   (FkComparePage *self,
                                            FkStudy       *study);
/* Returns: (transfer none) */
FkHeatmapView *fk_compare_page_get_heatmap (FkComparePage *self);

/**
 * fk_compare_page_export_async:
 * @file: where to write (a local file; replaced atomically)
 *
 * Writes the heatmap the page shows (its round, measure, palette,
 * language and options, at the default cell size) as @format, in a
 * worker thread. What the "Export…" button and compare.export (Ctrl+E)
 * do once a file is chosen; they then say how it went in a toast.
 */
void           fk_compare_page_export_async  (FkComparePage        *self,
                                              GFile                *file,
                                              FkHeatmapFormat       format,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
/* FALSE with @error (the file's name and the problem) if nothing was
 * written; an existing file is then left as it was. */
gboolean       fk_compare_page_export_finish (FkComparePage        *self,
                                              GAsyncResult         *result,
                                              GError              **error);

/* The side panel of one capability, whether it is shown, and the table
 * view (for tests and the window). (transfer none) */
FkCapabilityPanel *fk_compare_page_get_panel       (FkComparePage *self);
gboolean           fk_compare_page_get_panel_shown (FkComparePage *self);
FkHeatmapTable    *fk_compare_page_get_table       (FkComparePage *self);

/* Opens @capability (a model index) of @round_id as if its cell had been
 * activated: the round chosen, the heatmap's cursor on the capability's
 * row (when it has one: an area may be collapsed) and its side panel
 * open. Unknown rounds leave the round as it is. For the Candidates
 * page's "Show in Heatmap". */
void               fk_compare_page_show_capability (FkComparePage *self,
                                                    gint64         round_id,
                                                    guint          capability);

/* Presentation mode (the "presenting" property, "compare.present"): only
 * the heatmap with its title and legend, its text scaled by the
 * "presentation-scale" preference, keys for the measure, round and view;
 * Escape leaves and restores the page as it was. The window follows it
 * (fullscreen, no header bar). */
gboolean           fk_compare_page_get_presenting  (FkComparePage *self);
void               fk_compare_page_set_presenting  (FkComparePage *self,
                                                    gboolean       presenting);

G_END_DECLS
