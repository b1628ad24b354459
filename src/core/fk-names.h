/* fk-names.h — municipalities named in running text
 *
 * One way to list municipalities in a sentence ("Uddevalla",
 * "Uddevalla and Trollhättan", "Orust, Tanum and Uddevalla"), with the
 * translated list patterns, for the candidates' reasons, the candidates
 * figure and every text that names who takes part.
 */
#pragma once

#include <glib.h>
#include "fk-region.h"
#include "fk-anonymize.h"

G_BEGIN_DECLS

typedef enum /*< flags >*/ {
  FK_NAMES_PLAIN      = 0,
  /* Each name's spaces no-break, so that "Municipality C" or "Lilla
   * Edet" never ends one line and starts the next (wrapped figures). */
  FK_NAMES_KEEP_WHOLE = 1 << 0,
} FkNamesFlags;

/* The municipalities at @rows (indices into @region's municipalities,
 * which are also a snapshot's rows) as one list in the program's message
 * language: "" for none. Without @anon, their names in the order of
 * @rows; with @anon, their anonymised display names ("Municipality C";
 * the highlighted one's name) in the anonymizer's letter order, since
 * any other order would hint at who is behind a letter.
 * Returns: (transfer full) */
char *fk_names_join_municipalities (FkRegion           *region,
                                    const guint        *rows,
                                    guint               n,
                                    const FkAnonymizer *anon,
                                    FkNamesFlags        flags);

/* @n texts (capabilities, goals) as one list in the program's message
 * language, with the same list patterns: "A", "A and B", "A, B and C";
 * "" for none. Returns: (transfer full) */
char *fk_names_join_texts (const char * const *texts,
                           guint               n);

/* @rows as a list shows them: a copy in the order given, or with @anon
 * in the anonymizer's letter order (fk_names_join_municipalities() lists
 * them so). Returns: (transfer full) (array length=n) */
guint *fk_names_sort_rows (const guint        *rows,
                           guint               n,
                           const FkAnonymizer *anon);

/* @name with its spaces no-break (FK_NAMES_KEEP_WHOLE for one name, e.g.
 * to find it again in a list). Returns: (transfer full) */
char *fk_names_keep_whole (const char *name);

G_END_DECLS
