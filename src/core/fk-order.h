/* fk-order.h — the orders of a comparison's rows and columns
 *
 * One place decides in which order municipalities and capabilities are
 * shown, so that the heatmap, its table, the exports and the CLI agree.
 * Capabilities stay grouped by area (the model's area order); an order
 * only sorts them within their area.
 */
#pragma once

#include <glib-object.h>
#include "fk-matrix.h"

G_BEGIN_DECLS

typedef enum {
  FK_MUNICIPALITY_ORDER_NAME,        /* alphabetical, in the user's collation */
  FK_MUNICIPALITY_ORDER_CODE,        /* kommunkod */
  FK_MUNICIPALITY_ORDER_POPULATION,  /* largest first */
  FK_MUNICIPALITY_ORDER_MEAN,        /* highest mean of the matrix first; no value last */
} FkMunicipalityOrder;

typedef enum {
  FK_CAPABILITY_ORDER_MODEL,         /* as the model lists them */
  FK_CAPABILITY_ORDER_MEAN,          /* lowest regional mean first; no value last */
  FK_CAPABILITY_ORDER_SPREAD,        /* widest spread (max − min) first; no value last */
} FkCapabilityOrder;

/* "name", "code", "population", "mean" / "model", "mean", "spread"; FALSE
 * (leaving @order alone) for another word. */
gboolean    fk_municipality_order_from_string (const char          *name,
                                               FkMunicipalityOrder *order);
const char *fk_municipality_order_to_string   (FkMunicipalityOrder  order);
gboolean    fk_capability_order_from_string   (const char          *name,
                                               FkCapabilityOrder   *order);
const char *fk_capability_order_to_string     (FkCapabilityOrder    order);

/* The rows of @matrix (municipalities) in @order; with @group_by_size,
 * large first, then medium, then small, each group in @order. Ties keep
 * region order.
 * Returns: (transfer full): matrix->n_rows row indices. */
guint      *fk_order_municipalities (const FkMatrix      *matrix,
                                     FkMunicipalityOrder  order,
                                     gboolean             group_by_size);
/* The columns of @matrix (capabilities) grouped by area in model order,
 * each area's capabilities in @order. Ties keep model order.
 * Returns: (transfer full): matrix->n_cols column indices. */
guint      *fk_order_capabilities   (const FkMatrix      *matrix,
                                     FkCapabilityOrder    order);

/* The areas of @matrix that have capabilities, for the area overview:
 * in model order, or by their regional mean (the mean of the
 * municipalities' area means, lowest first) or spread (highest minus
 * lowest area mean, widest first), as @order sorts capabilities; no
 * value last, ties in model order. An area without capabilities is left
 * out. Returns: (transfer full): @n_areas area indices. */
guint      *fk_order_areas          (const FkMatrix      *matrix,
                                     FkCapabilityOrder    order,
                                     guint               *n_areas);

G_END_DECLS
