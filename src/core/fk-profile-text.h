/* fk-profile-text.h — a profile in words: the strengths and weaknesses
 * rows, their column headings, the size and count lines
 *
 * The Profile page and the annex's municipality sections print the same
 * rows from this code (the architecture's rule: what the screen shows
 * and what the exports print come from the same core functions). The
 * words translate in the message language in effect (the app's, or the
 * annex's inside fk_text_push_message_language()); the model's names
 * and the numbers are in @language.
 */
#pragma once

#include "fk-anonymize.h"
#include "fk-profile.h"

G_BEGIN_DECLS

typedef enum {
  FK_PROFILE_COLUMN_CAPABILITY,
  FK_PROFILE_COLUMN_LEVEL,
  FK_PROFILE_COLUMN_REGION_MEDIAN,
  FK_PROFILE_COLUMN_SIZE_MEDIAN,
  FK_PROFILE_COLUMN_DIFFERENCE,
  FK_PROFILE_N_COLUMNS
} FkProfileColumn;

/* One strength or weakness as printed: "3", "2.5", "+1", "−1.5" ("2,5"
 * in Swedish); a median that does not exist is "–". */
typedef struct {
  char *capability;   /* the capability's name */
  char *area;         /* its area's name, "" if none */
  char *level;
  char *region_median;
  char *size_median;
  char *difference;   /* signed */
} FkProfileRow;

void        fk_profile_row_free           (FkProfileRow    *row);
/* The heading of @column ("Capability", "Level", "Regional median", …),
 * translated. (transfer none) */
const char *fk_profile_column_get_heading (FkProfileColumn  column);
/* The same for a profile's table: with @by_size_group (the profile's,
 * TRUE for fk_profile_new_anonymized()) the size column is "Size group
 * median". (transfer none) */
const char *fk_profile_column_get_heading_for (FkProfileColumn column,
                                               gboolean        by_size_group);
/* The rows of @items (FkProfileItem: a profile's strengths or
 * weaknesses), names from @model.
 * Returns: (transfer full) (element-type FkProfileRow) */
GPtrArray  *fk_profile_rows_new           (GArray          *items,
                                           FkModel         *model,
                                           const char      *language);

/* "Small municipality (4 500 inhabitants)"; with @anon (nullable) only
 * the size group ("Size group: Small"), since the population tells who
 * it is. (transfer full) */
char       *fk_profile_describe_size      (const FkProfile    *profile,
                                           const FkAnonymizer *anon);
/* "40 of 43 capabilities have a level · 1 not applicable": each number
 * with its own plural, the second part only when there is one.
 * (transfer full) */
char       *fk_profile_describe_count     (guint               n_levels,
                                           guint               n_capabilities,
                                           guint               n_not_applicable);
/* What the strengths (@above) or weaknesses list says when it is empty:
 * "No capability is above the regional median.". (transfer none) */
const char *fk_profile_describe_none      (gboolean            above);

G_END_DECLS
