/* fk-cli-json.h — studies and scores as JSON (json-glib)
 *
 * Shared by "info --json" and "get --json"; kept apart from the commands
 * so that other exports (e.g. a response file) can reuse the same shapes.
 * docs/cli.md describes them.
 */
#pragma once

#include <json-glib/json-glib.h>
#include "fk-core.h"

G_BEGIN_DECLS

/* A member @member with the string @value, or null when @value is NULL. */
void      fk_cli_json_add_string (JsonBuilder *builder,
                                  const char  *member,
                                  const char  *value);

/* The study's summary: title, language, model, areas, capabilities,
 * municipalities (with the number assessed in the latest round, from
 * @counts as fk_study_count_assessed_all() gives them; NULL when the study
 * has no round), rounds. Names are in the study's language. */
JsonNode *fk_cli_json_study_info (FkStudy    *study,
                                  GHashTable *counts);
/* An array of scores (FkScore*), each as fk_score_to_json() writes it,
 * with the round's name. */
JsonNode *fk_cli_json_scores     (FkStudy   *study,
                                  GPtrArray *scores);

G_END_DECLS
