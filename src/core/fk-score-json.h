/* fk-score-json.h — a score as a JSON object, and back
 *
 * The shape is the one `formagekarta-cli get --json` prints for each score
 * (docs/cli.md):
 *
 *   { "municipality": "1488", "capability": "styrning.digital-strategi",
 *     "round": "Hösten 2020", "current": 3, "target": 4,
 *     "sustain": "difficult", "key_person": "yes", "interest": "maybe",
 *     "comment": "Beslutad 2019", "respondent": "IT-chef",
 *     "updated": "2020-09-01T08:10:04Z" }
 *
 * "current" is 0–5, "na" or null; "target" 0–5 or null; the answers are
 * the words of fk_sustain_to_string() and the like, or null; texts are
 * strings or null; "updated" is ISO 8601 in UTC, or null.
 */
#pragma once

#include <json-glib/json-glib.h>
#include "fk-score.h"

G_BEGIN_DECLS

/**
 * fk_score_to_json:
 * @score: (transfer none): a score
 * @round_name: (transfer none) (nullable): the name of the score's round,
 *   written as "round"; %NULL leaves "round" out (a document that names
 *   the round once, for all its scores)
 *
 * Builds the JSON object of @score, members in the order shown above.
 *
 * Returns: (transfer full): a JSON node holding an object; free it with
 *   json_node_unref()
 */
JsonNode *fk_score_to_json   (const FkScore  *score,
                              const char     *round_name);

/**
 * fk_score_from_json:
 * @object: (transfer none): a JSON object of the shape above
 * @round_id: the round the score belongs to
 * @municipality: (transfer none): the municipality code the score belongs to
 * @error: return location for an error, or %NULL
 *
 * Reads a score, strictly: "capability" is required; a member that is not
 * in the shape, or holds a value of the wrong type, is refused with its
 * name in the message ("target: must be a level from 0 to 5 or null"), and
 * so is a level outside the scale (fk_score_validate()). A "municipality"
 * member must be @municipality. A "round" member must be a string or null;
 * it is not read, the caller has found the round (@round_id) already.
 * Members missing from @object are left unset (or 0 for "updated").
 *
 * Messages name the member, not the document: the caller adds that.
 *
 * Returns: (transfer full) (nullable): a new score, or %NULL with @error set
 */
FkScore  *fk_score_from_json (JsonObject     *object,
                              gint64          round_id,
                              const char     *municipality,
                              GError        **error);

G_END_DECLS
