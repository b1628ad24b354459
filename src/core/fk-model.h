/* fk-model.h — the capability model: a scale, areas and capabilities
 *
 * The model is a JSON document (docs/model-format.md, data/model.schema.json).
 * A loaded model is immutable and reference counted; its fields are public
 * and read-only.
 */
#pragma once

#include <glib-object.h>
#include "fk-text.h"

G_BEGIN_DECLS

#define FK_LEVEL_MIN 0
#define FK_LEVEL_MAX 5
#define FK_N_LEVELS  (FK_LEVEL_MAX - FK_LEVEL_MIN + 1)

#define FK_MODEL_FORMAT         "formagekarta-model"
#define FK_MODEL_FORMAT_VERSION 1

typedef struct {
  int    level;
  FkText name;
  FkText meaning;
} FkScaleLevel;

typedef struct {
  char  *key;
  FkText name;
  FkText description;
} FkArea;

typedef struct {
  char  *key;          /* stable, e.g. "styrning.it-strategi" */
  char  *area;         /* key of its FkArea */
  FkText name;
  FkText description;
  FkText levels[FK_N_LEVELS]; /* what level N looks like here; empty if the model says nothing */
  FkText not_applicable; /* when "not applicable" is the right answer; empty if the model says nothing */
  char **goals;        /* effect goals "1A".."5B", NULL-terminated, maybe empty */
  guint  index;        /* position in model->capabilities */
} FkCapability;

typedef struct _FkModel FkModel;

struct _FkModel {
  char        *id;
  char        *version;
  FkText       name;
  FkText       description;
  FkScaleLevel scale[FK_N_LEVELS];
  GPtrArray   *areas;         /* FkArea*, in model order */
  GPtrArray   *capabilities;  /* FkCapability*, in model order (grouped by area) */
  GPtrArray   *scoring_rules; /* FkText*, the rules for scoring any capability, in
                               * model order; empty (never NULL) if none */
  char        *json;          /* the document exactly as loaded */
  char        *checksum;      /* SHA-256 (hex) of @json */

  /*< private >*/
  GHashTable     *capability_by_key;
  GHashTable     *area_by_key;
  gboolean        says_not_applicable; /* some capability has a not_applicable text */
};

/* @source names the document in error messages (a path, or "default model").
 * Returns: (transfer full) (nullable): the model, or NULL with @error. */
FkModel            *fk_model_new_from_data    (const char  *data,
                                               gssize       length,
                                               const char  *source,
                                               GError     **error);
FkModel            *fk_model_new_from_file    (const char  *path,
                                               GError     **error);
/* The built-in "Digital motor" model. Returns: (transfer full) (nullable) */
FkModel            *fk_model_new_default      (GError     **error);

#define FK_TYPE_MODEL (fk_model_get_type ())
GType               fk_model_get_type         (void) G_GNUC_CONST;

FkModel            *fk_model_ref              (FkModel     *model);
void                fk_model_unref            (FkModel     *model);

/* Returns: (transfer none) (nullable): points into @model. */
const FkCapability *fk_model_lookup           (FkModel     *model,
                                               const char  *capability_key);
/* TRUE if the model describes @level for @capability itself; FALSE if
 * fk_model_get_level_meaning() gives the scale's general meaning. */
gboolean            fk_model_level_is_own     (const FkCapability *capability,
                                               int                 level);
/* What @level of @capability means: the capability's own text, or the
 * scale's meaning of the level where the model gives none. The one rule
 * for the scoring page and the spreadsheet form. (transfer none) */
const FkText       *fk_model_get_level_meaning (FkModel            *model,
                                                const FkCapability *capability,
                                                int                 level);
/* "Name: meaning" of @level for @capability in @language, the name
 * followed by "(general description)" where the meaning is the scale's
 * (!fk_model_level_is_own): one line per level in the level buttons'
 * tooltips and the spreadsheet form. The mark is in @language, like the
 * texts around it. (transfer full) */
char               *fk_model_describe_level   (FkModel            *model,
                                               const FkCapability *capability,
                                               int                 level,
                                               const char         *language);
/* Whether "not applicable" is an answer for @capability: where the
 * capability says when it does not apply, or anywhere in a model that
 * says that of no capability (such a model leaves it to the user). A
 * model that names where it fits means a missing capability is level 0
 * everywhere else. Import and the CLI do not ask: they carry answers
 * made elsewhere. */
gboolean            fk_model_allows_not_applicable (FkModel            *model,
                                                    const FkCapability *capability);
const FkArea       *fk_model_lookup_area      (FkModel     *model,
                                               const char  *area_key);
guint               fk_model_get_n_capabilities (FkModel   *model);
/* The capabilities of one area, in model order.
 * Returns: (transfer container) (element-type FkCapability) */
GPtrArray          *fk_model_get_area_capabilities (FkModel   *model,
                                                    const char *area_key);
/* Index of a capability in model order, or -1. */
int                 fk_model_index_of         (FkModel     *model,
                                               const char  *capability_key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FkModel, fk_model_unref)

G_END_DECLS
