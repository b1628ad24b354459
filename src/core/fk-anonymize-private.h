/* fk-anonymize-private.h — the anonymizer's arithmetic, open to its tests */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* SplitMix64 (Steele, Lea and Flood, 2014): adds 0x9E3779B97F4A7C15 to
 * *@state and returns the mixed sum. Written out here, not GRand, whose
 * algorithm GLib does not promise to keep. */
guint64  fk_anonymize_splitmix64 (guint64 *state);
/* A uniform number in [0, @bound) from the generator, without modulo
 * bias: a draw at or above the largest multiple of @bound is drawn again. */
guint64  fk_anonymize_uniform    (guint64 *state,
                                  guint64  bound);
/* The letter of position @index (0-based) in bijective base 26:
 * 0 → "A", 25 → "Z", 26 → "AA", 27 → "AB", 701 → "ZZ", 702 → "AAA". */
char    *fk_anonymize_letter     (guint    index);

G_END_DECLS
