/* fk-capability-panel.h — one capability across every municipality: the
 * Compare page's side panel
 *
 * What the page shows beside the heatmap when a cell is activated: the
 * capability's name, area and description, a summary from core's
 * aggregates (regional mean and median, how many are at a low level,
 * cannot sustain it alone, are interested), then one row per municipality
 * with its whole answer and its comment in full. It scrolls by itself and
 * works from 300 px wide. Anonymised (set_anonymizer()), the rows name
 * no municipality but the highlighted one and show no respondent, and no
 * comment unless asked to.
 *
 * How a page uses it:
 *
 *   // once: hide it on "close" (its button, or Escape inside it)
 *   g_signal_connect_swapped (panel, "close", G_CALLBACK (hide_panel), page);
 *
 *   // on FkHeatmapView::cell-activated (capability, municipality),
 *   // with capability >= 0:
 *   FkRoundSnapshot *snapshot = fk_heatmap_view_get_snapshot (heatmap);
 *   const FkHeatmapLayout *layout = fk_heatmap_view_get_layout (heatmap);
 *   g_autofree guint *order = fk_capability_panel_order_from_layout (layout, &n);
 *   fk_capability_panel_set_order (panel, order, n);
 *   fk_capability_panel_set_capability (panel, snapshot, capability,
 *                                       municipality, fk_content_language (study));
 *   gtk_widget_set_visible (panel, TRUE);
 *   gtk_widget_grab_focus (panel);   // focus lands on the highlighted row
 *
 * On FkHeatmapView::layout-changed the page calls set_capability() again
 * with the new snapshot (the panel keeps a reference to the one it shows,
 * so an old one stays valid until then).
 */
#pragma once

#include <adwaita.h>
#include "fk-round-snapshot.h"
#include "fk-heatmap-layout.h"

G_BEGIN_DECLS

#define FK_TYPE_CAPABILITY_PANEL (fk_capability_panel_get_type ())
G_DECLARE_FINAL_TYPE (FkCapabilityPanel, fk_capability_panel, FK, CAPABILITY_PANEL, AdwBin)

GtkWidget *fk_capability_panel_new            (void);

/**
 * fk_capability_panel_set_capability:
 * @snapshot: (transfer none) (nullable): the round; the panel keeps a
 *   reference. %NULL empties the panel.
 * @capability: index in the model's capabilities (a snapshot column)
 * @municipality: the snapshot row to highlight and scroll to, or −1
 * @language: "sv" or "en": the language of the model's texts
 *
 * Shows @capability of @snapshot. Rebuilds the whole panel.
 */
void       fk_capability_panel_set_capability (FkCapabilityPanel *self,
                                               FkRoundSnapshot   *snapshot,
                                               guint              capability,
                                               int                municipality,
                                               const char        *language);
/**
 * fk_capability_panel_set_order:
 * @rows: (array length=n_rows) (nullable): snapshot rows in the order to
 *   list the municipalities (the heatmap's column order); %NULL for region
 *   order. Copied.
 *
 * Rows out of range or repeated are skipped; municipalities @rows leaves
 * out follow at the end in region order, so none is ever hidden.
 */
void       fk_capability_panel_set_order      (FkCapabilityPanel *self,
                                               const guint       *rows,
                                               guint              n_rows);
/**
 * fk_capability_panel_set_anonymizer:
 * @anonymizer: (nullable): names the municipalities "Municipality A", …
 *   (held); %NULL for real names
 * @show_comments: with @anonymizer, show the comments all the same (they
 *   can name places and people); who answered is never shown then
 *
 * Rebuilds the panel. The list follows the order given to set_order(),
 * which for an anonymised heatmap is already its letter order.
 */
void       fk_capability_panel_set_anonymizer (FkCapabilityPanel *self,
                                               FkAnonymizer      *anonymizer,
                                               gboolean           show_comments);
/* Returns: (transfer none) (nullable) */
FkAnonymizer *fk_capability_panel_get_anonymizer (FkCapabilityPanel *self);
/**
 * fk_capability_panel_order_from_layout:
 * @layout: (nullable): the heatmap's layout
 * @n_rows: (out): the length of the result
 *
 * The municipalities (snapshot rows) of @layout's columns, left to right:
 * what fk_capability_panel_set_order() takes to follow the heatmap.
 *
 * Returns: (transfer full) (nullable): %NULL with 0 for no layout
 */
guint     *fk_capability_panel_order_from_layout (const FkHeatmapLayout *layout,
                                                  guint                 *n_rows);

/* What it shows: the snapshot (transfer none, nullable), the capability,
 * the highlighted row (−1: none). */
FkRoundSnapshot *fk_capability_panel_get_snapshot     (FkCapabilityPanel *self);
guint            fk_capability_panel_get_capability   (FkCapabilityPanel *self);
int              fk_capability_panel_get_highlight    (FkCapabilityPanel *self);
/* The list row of a snapshot row, or NULL (transfer none): for focus and tests. */
GtkWidget       *fk_capability_panel_get_row          (FkCapabilityPanel *self,
                                                       guint              municipality);

/* Signals:
 * "close" (void): the close button was clicked or Escape pressed inside
 *   the panel; the page hides it (and gives the focus back to the heatmap).
 *   An action signal, bound to Escape. */

G_END_DECLS
