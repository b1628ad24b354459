/* fk-region.h — a set of municipalities and their size classes */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FK_REGION_FORMAT         "formagekarta-region"
#define FK_REGION_FORMAT_VERSION 1

#define FK_REGION_DEFAULT_SMALL_BELOW 10000
#define FK_REGION_DEFAULT_LARGE_ABOVE 35000

typedef enum {
  FK_SIZE_SMALL,   /* population < small_below */
  FK_SIZE_MEDIUM,
  FK_SIZE_LARGE,   /* population > large_above */
} FkSizeClass;

/* Which municipalities an aggregate is taken over: all, or one size class. */
typedef enum {
  FK_SIZE_FILTER_ALL,
  FK_SIZE_FILTER_SMALL,
  FK_SIZE_FILTER_MEDIUM,
  FK_SIZE_FILTER_LARGE,
} FkSizeFilter;

#define FK_N_SIZE_FILTERS (FK_SIZE_FILTER_LARGE + 1)

typedef struct {
  char   *code;        /* SCB kommunkod, four digits */
  char   *name;
  gint64  population;
} FkMunicipality;

typedef struct _FkRegion FkRegion;

struct _FkRegion {
  char      *id;
  char      *name;
  gint64     small_below;
  gint64     large_above;
  GPtrArray *municipalities;   /* FkMunicipality*, in file order */

  /*< private >*/
  GHashTable     *by_code;
};

/* Returns: (transfer full) (nullable): the region, or NULL with @error. */
FkRegion             *fk_region_new_from_data (const char *data,
                                               gssize      length,
                                               const char *source,
                                               GError    **error);
FkRegion             *fk_region_new_from_file (const char *path,
                                               GError    **error);
/* The built-in Fyrbodal region. */
FkRegion             *fk_region_new_default   (GError    **error);
/* Builds a region from parts (used by the study when it reads its tables).
 * @municipalities: (transfer full) (element-type FkMunicipality)
 * Returns: (transfer full) */
FkRegion             *fk_region_new           (const char *id,
                                               const char *name,
                                               gint64      small_below,
                                               gint64      large_above,
                                               GPtrArray  *municipalities);

#define FK_TYPE_REGION (fk_region_get_type ())
GType                 fk_region_get_type      (void) G_GNUC_CONST;

FkRegion             *fk_region_ref           (FkRegion   *region);
void                  fk_region_unref         (FkRegion   *region);

/* Returns: (transfer none) (nullable): points into @region. */
const FkMunicipality *fk_region_lookup        (FkRegion   *region,
                                               const char *code);
/* TRUE if @code is one of the region's municipalities; otherwise the one
 * message for an unknown code (FK_ERROR_NOT_FOUND), naming @source (the
 * study's file name). */
gboolean              fk_region_check_municipality (FkRegion   *region,
                                                    const char *source,
                                                    const char *code,
                                                    GError    **error);
FkSizeClass           fk_region_size_class    (FkRegion   *region,
                                               gint64      population);
FkSizeClass           fk_region_municipality_size_class (FkRegion             *region,
                                                          const FkMunicipality *municipality);

/* The filter that keeps the municipalities of @size only. */
FkSizeFilter          fk_size_filter_for_class (FkSizeClass size);
/* TRUE if a municipality of @size passes @filter. */
gboolean              fk_size_filter_matches   (FkSizeFilter filter,
                                                FkSizeClass  size);

/* "small", "medium", "large" (stable, for files and the CLI). */
const char           *fk_size_class_to_string (FkSizeClass size);
/* Translated, for people: "Small", "Medium", "Large". */
const char           *fk_size_class_get_label (FkSizeClass size);

FkMunicipality       *fk_municipality_new     (const char *code,
                                               const char *name,
                                               gint64      population);
void                  fk_municipality_free    (FkMunicipality *municipality);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkRegion, fk_region_unref)

G_END_DECLS
