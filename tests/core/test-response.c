/* test-response.c — response files: made from a study, written, read back, refused */
#include "config.h"
#include "fk-test-util.h"
#include "fk-json.h"
#include "fk-json-strict.h"
#include "fk-response.h"

#include <glib/gstdio.h>
#include <string.h>

#define COMMENT "Beslutad 2019;\nandra raden: \"citat\" <b>&</b> i Åmål; ärende 7"

/* A study where 1488 has scored with every kind of answer and text, and
 * every other municipality has levels (which a response of 1488 must
 * never carry). */
static FkStudy *
scored_study (const char *dir,
              gint64     *round_id)
{
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "studie.fkarta");
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(GError) error = NULL;
  FkModel *model = fk_study_get_model (study);
  FkScore *score;

  *round_id = fk_study_get_latest_round (study)->id;
  fk_test_study_fill (study, *round_id);

  score = fk_score_new (*round_id, "1488", ((FkCapability *) g_ptr_array_index (model->capabilities, 0))->key);
  score->current = 3;
  score->target = 5;
  score->sustain = FK_SUSTAIN_DIFFICULT;
  score->key_person = FK_KEY_PERSON_YES;
  score->interest = FK_INTEREST_MAYBE;
  score->comment = g_strdup (COMMENT);
  score->respondent = g_strdup ("Åsa Öberg");
  score->updated = 1598947804;
  g_ptr_array_add (scores, score);
  score = fk_score_new (*round_id, "1488", ((FkCapability *) g_ptr_array_index (model->capabilities, 1))->key);
  score->current = FK_LEVEL_NA;
  score->comment = g_strdup ("Ej tillämpligt: ingen egen drift.");
  g_ptr_array_add (scores, score);
  score = fk_score_new (*round_id, "1488", ((FkCapability *) g_ptr_array_index (model->capabilities, 2))->key);
  score->target = 2;   /* a target before the current level: allowed */
  score->interest = FK_INTEREST_NO;
  g_ptr_array_add (scores, score);
  fk_study_set_scores (study, scores, &error);
  g_assert_no_error (error);
  fk_study_set_respondent (study, "1488", "Åsa Öberg", &error);
  g_assert_no_error (error);
  return g_steal_pointer (&study);
}

static void
assert_same_scores (GPtrArray *in_study,
                    FkResponse *response)
{
  GPtrArray *in_file = fk_response_get_scores (response);

  g_assert_cmpuint (in_file->len, ==, in_study->len);
  for (guint i = 0; i < in_study->len; i++)
    {
      const FkScore *expected = g_ptr_array_index (in_study, i);
      const FkScore *found = fk_response_lookup_score (response, expected->capability);
      g_autoptr(FkScore) copy = NULL;

      g_assert_nonnull (found);
      g_assert_true (found == g_ptr_array_index (in_file, i));   /* the file keeps the study's order */
      g_assert_cmpint (found->round_id, ==, 0);
      copy = fk_score_copy (found);
      copy->round_id = expected->round_id;
      g_assert_true (fk_score_equal (copy, expected));
      g_assert_cmpstr (copy->comment, ==, expected->comment);
      g_assert_cmpint (copy->updated, ==, expected->updated);
    }
}

static void
test_round_trip (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  gint64 round_id;
  g_autoptr(FkStudy) study = scored_study (dir, &round_id);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkResponse) back = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  response = fk_response_new_from_study (study, round_id, "1488", FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (fk_response_is_blank (response));
  stored = fk_study_list_scores (study, round_id, "1488", &error);
  g_assert_no_error (error);
  assert_same_scores (stored, response);

  text = fk_response_to_json (response);
  g_assert_true (g_str_has_suffix (text, "}\n"));
  /* Texts are escaped, never raw: one score per line of JSON text. */
  g_assert_nonnull (strstr (text, "Beslutad 2019;\\nandra raden: \\\"citat\\\" <b>&</b> i Åmål"));
  back = fk_response_new_from_data (text, strlen (text), "1488.fksvar", &error);
  g_assert_no_error (error);
  assert_same_scores (stored, back);

  g_assert_cmpstr (fk_response_get_source (back), ==, "1488.fksvar");
  g_assert_cmpstr (fk_response_get_municipality (back), ==, "1488");
  g_assert_cmpstr (fk_response_get_municipality_name (back), ==, "Trollhättan");
  g_assert_cmpstr (fk_response_get_round (back), ==, fk_study_get_latest_round (study)->name);
  g_assert_cmpstr (fk_response_get_respondent (back), ==, "Åsa Öberg");
  g_assert_cmpstr (fk_response_get_language (back), ==, fk_study_get_language (study));
  g_assert_cmpstr (fk_response_get_application_version (back), ==, PACKAGE_VERSION);
  g_assert_cmpint (fk_response_get_exported (back), ==, fk_response_get_exported (response));
  g_assert_cmpint (fk_response_get_exported (back), >, 1700000000);
  g_assert_cmpstr (fk_response_get_model_id (back), ==, fk_study_get_model (study)->id);
  g_assert_cmpstr (fk_response_get_model_version (back), ==, fk_study_get_model (study)->version);
  g_assert_cmpstr (fk_response_get_model_checksum (back), ==, fk_study_get_model (study)->checksum);
  g_assert_nonnull (fk_response_get_model (back));
  g_assert_true (fk_response_model_matches (back, fk_study_get_model (study)));

  /* Written again, the same text. */
  again = fk_response_to_json (back);
  g_assert_cmpstr (again, ==, text);
}

static void
test_respondent_given (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  gint64 round_id;
  g_autoptr(FkStudy) study = scored_study (dir, &round_id);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkResponse) nobody = NULL;

  response = fk_response_new_from_study (study, round_id, "1488", FALSE, "Per Persson", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_response_get_respondent (response), ==, "Per Persson");
  nobody = fk_response_new_from_study (study, round_id, "1438", TRUE, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (fk_response_get_respondent (nobody));
}

static void
test_blank (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  gint64 round_id;
  g_autoptr(FkStudy) study = scored_study (dir, &round_id);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkResponse) back = NULL;
  g_autofree char *text = NULL;
  FkModel *model;

  response = fk_response_new_from_study (study, round_id, "1488", TRUE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fk_response_is_blank (response));
  g_assert_cmpuint (fk_response_get_scores (response)->len, ==, 0);
  text = fk_response_to_json (response);
  back = fk_response_new_from_data (text, strlen (text), "blank.fksvar", &error);
  g_assert_no_error (error);
  g_assert_true (fk_response_is_blank (back));

  /* The whole model, byte for byte: the same checksum as the study's. */
  model = fk_response_get_model (back);
  g_assert_nonnull (model);
  g_assert_cmpstr (model->checksum, ==, fk_study_get_model (study)->checksum);
  g_assert_cmpstr (model->json, ==, fk_study_get_model (study)->json);
  g_assert_cmpuint (fk_model_get_n_capabilities (model), ==,
                    fk_model_get_n_capabilities (fk_study_get_model (study)));
  g_assert_true (fk_response_model_matches (back, fk_study_get_model (study)));
}

/* The members every written file has (there is no JSON Schema validator
 * among our test tools; data/response.schema.json says the same). */
static void
test_written_members (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  gint64 round_id;
  g_autoptr(FkStudy) study = scored_study (dir, &round_id);
  g_autoptr(FkResponse) response = fk_response_new_from_study (study, round_id, "1488", FALSE, NULL, &error);
  g_autofree char *text = fk_response_to_json (response);
  g_autoptr(JsonNode) node = fk_json_parse_object (text, -1, "x", &error);
  const char *fields[] = { "current", "target", "sustain", "key_person", "interest",
                           "comment", "respondent", "updated" };
  JsonObject *root, *model, *municipality, *scores;
  g_autoptr(GList) keys = NULL;
  gint64 when;

  g_assert_no_error (error);
  root = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "formagekarta-response");
  g_assert_cmpint (json_object_get_int_member (root, "format_version"), ==, 1);
  model = json_object_get_object_member (root, "model");
  for (guint i = 0; i < 4; i++)
    g_assert_true (json_object_has_member (model, (const char *[]) { "id", "version", "checksum", "document" }[i]));
  g_assert_cmpuint (strlen (json_object_get_string_member (model, "checksum")), ==, 64);
  municipality = json_object_get_object_member (root, "municipality");
  g_assert_cmpstr (json_object_get_string_member (municipality, "code"), ==, "1488");
  g_assert_cmpstr (json_object_get_string_member (municipality, "name"), ==, "Trollhättan");
  g_assert_nonnull (json_object_get_string_member (root, "round"));
  g_assert_cmpstr (json_object_get_string_member (root, "respondent"), ==, "Åsa Öberg");
  g_assert_true (fk_text_parse_time (json_object_get_string_member (root, "exported"), &when));
  g_assert_true (g_str_has_suffix (json_object_get_string_member (root, "exported"), "Z"));
  g_assert_cmpstr (json_object_get_string_member (root, "application_version"), ==, PACKAGE_VERSION);
  scores = json_object_get_object_member (root, "scores");
  keys = json_object_get_members (scores);
  g_assert_cmpuint (g_list_length (keys), ==, fk_model_get_n_capabilities (fk_study_get_model (study)));
  for (GList *l = keys; l != NULL; l = l->next)
    {
      JsonObject *score = json_object_get_object_member (scores, l->data);

      g_assert_cmpuint (json_object_get_size (score), ==, G_N_ELEMENTS (fields));
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        g_assert_true (json_object_has_member (score, fields[i]));
    }
}

typedef struct {
  const char *file;
  int         code;
  const char *words[4];
} Refusal;

/* One small file per refusal; the message names the file and the problem. */
static const Refusal refusals[] = {
  { "not-json.fksvar", FK_ERROR_PARSE, { "line 1, column 1", "not valid JSON" } },
  { "lax-json.fksvar", FK_ERROR_PARSE, { "line 14, column 3", "expected a member name in double quotes" } },
  { "invalid-utf8.fksvar", FK_ERROR_PARSE, { "line 14, column 18", "not UTF-8" } },
  { "nul-character.fksvar", FK_ERROR_PARSE, { "line 25, column 33", "\\u0000" } },
  { "deep-nesting.fksvar", FK_ERROR_PARSE, { "nested deeper than 32 levels" } },
  { "wrong-format.fksvar", FK_ERROR_PARSE, { "format", "formagekarta-response", "formagekarta-model" } },
  { "newer-version.fksvar", FK_ERROR_NEWER_VERSION, { "format_version", "version 2" } },
  { "duplicate-capability.fksvar", FK_ERROR_INVALID, { "scores: “styrning.strategi” appears twice" } },
  { "duplicate-member.fksvar", FK_ERROR_INVALID, { ": “round” appears twice" } },
  { "missing-round.fksvar", FK_ERROR_INVALID, { "round: is missing" } },
  { "bad-time.fksvar", FK_ERROR_INVALID, { "exported", "igår" } },
  { "level-outside-scale.fksvar", FK_ERROR_INVALID, { "scores: styrning.strategi", "current level 7 is outside the scale 0–5" } },
  { "level-wrong-type.fksvar", FK_ERROR_INVALID, { "scores: styrning.strategi: current", "must be a level" } },
  { "na-with-target.fksvar", FK_ERROR_INVALID, { "scores: drift.sakerhetskopiering", "not applicable" } },
  { "unknown-score-field.fksvar", FK_ERROR_INVALID, { "scores: styrning.strategi", "“kommentar” is not a field of a score" } },
  { "bad-answer-word.fksvar", FK_ERROR_INVALID, { "scores: styrning.strategi: sustain", "ja" } },
  { "bad-capability-key.fksvar", FK_ERROR_INVALID, { "scores", "“Styrning Strategi” is not a capability key" } },
};

static void
assert_refused (const GError *error,
                int           code,
                const char   *file,
                const char   *const *words)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, FK_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, file));
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (error->message, words[i]) == NULL)
      g_error ("“%s” not in “%s”", words[i], error->message);
}

static void
test_refusal (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autofree char *path = fk_test_data_path (refusal->file);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = fk_response_new_from_file (path, &error);
  g_autofree char *display = g_filename_display_name (path);

  g_assert_null (response);
  assert_refused (error, refusal->code, display, refusal->words);
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_valid_fixture (void)
{
  g_autofree char *path = fk_test_data_path ("responses/valid.fksvar");
  g_autofree char *minimal_path = fk_test_data_path ("models/minimal.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = fk_response_new_from_file (path, &error);
  g_autoptr(FkModel) minimal = fk_model_new_from_file (minimal_path, &error);
  g_autoptr(FkModel) digital_motor = fk_model_new_default (&error);
  g_auto(GStrv) unknown = NULL;
  g_auto(GStrv) none = NULL;
  const FkScore *score;

  g_assert_no_error (error);
  g_assert_null (fk_response_get_model (response));
  score = fk_response_lookup_score (response, "styrning.strategi");
  g_assert_cmpint (score->current, ==, 3);
  g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_DIFFICULT);
  g_assert_cmpstr (score->comment, ==, "Beslutad 2019;\n\"citat\" <b>&</b>");
  g_assert_cmpstr (score->municipality, ==, "1488");
  score = fk_response_lookup_score (response, "drift.sakerhetskopiering");
  g_assert_cmpint (score->current, ==, FK_LEVEL_NA);
  g_assert_null (fk_response_lookup_score (response, "styrning.finansiering"));

  /* Checked against a study's model: the same one (the fixture names the
   * minimal model's checksum), and another. */
  g_assert_true (fk_response_model_matches (response, minimal));
  g_assert_false (fk_response_model_matches (response, digital_motor));
  none = fk_response_get_unknown_capabilities (response, minimal);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  unknown = fk_response_get_unknown_capabilities (response, digital_motor);
  /* The default model has a "drift.sakerhetskopiering" too. */
  g_assert_cmpuint (g_strv_length (unknown), ==, 1);
  g_assert_cmpstr (unknown[0], ==, "styrning.strategi");
}

/* Read a text made from the valid fixture with one change. */
static FkResponse *
read_changed (const char  *from,
              const char  *to,
              GError     **error)
{
  g_autofree char *path = fk_test_data_path ("responses/valid.fksvar");
  g_autofree char *data = NULL;
  g_autoptr(GString) text = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  text = g_string_new (data);
  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  return fk_response_new_from_data (text->str, text->len, "changed.fksvar", error);
}

static void
test_header_checks (void)
{
  static const struct { const char *from, *to, *words[4]; } cases[] = {
    { "\"checksum\": \"531a", "\"checksum\": \"531A", { "model: checksum", "64 hexadecimal" } },
    { "\"code\": \"1488\"", "\"code\": 1488", { "municipality: code", "must be a string" } },
    { "\"language\": \"sv\"", "\"language\": \"de\"", { "language", "“de”" } },
    { "\"scores\": {", "\"scores\": [], \"x\": {", { "scores", "must be an object" } },
    { "\"current\": 3,", "\"current\": 3, \"municipality\": \"1438\",", { "scores: styrning.strategi", "“municipality” is not a field" } },
    { "\"current\": 3,", "\"current\": 1e999,", { "scores: styrning.strategi: current", "must be a level" } },
    { "\"current\": 3,", "\"current\": 99999999999999999999,", { "current" } },
    { "\"format_version\": 1", "\"format_version\": 0", { "format_version" } },
    /* The one time that means "never" in a study. */
    { "2020-09-02T10:00:00Z", "1970-01-01T01:00:00+01:00", { "exported", "is missing" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FkResponse) response = read_changed (cases[i].from, cases[i].to, &error);

      g_assert_null (response);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "changed.fksvar: "));
      for (guint j = 0; cases[i].words[j] != NULL; j++)
        if (strstr (error->message, cases[i].words[j]) == NULL)
          g_error ("“%s” not in “%s”", cases[i].words[j], error->message);
    }
}

/* What the reader ignores: members it does not know at the top level and
 * in the header objects; a byte order mark. */
static void
test_ignored (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) extra = read_changed ("\"round\":", "\"note\": {\"by\": [\"script\"]}, \"round\":", &error);
  g_autoptr(FkResponse) in_header = NULL;
  g_autoptr(FkResponse) bom = NULL;
  g_autofree char *path = fk_test_data_path ("responses/valid.fksvar");
  g_autofree char *data = NULL;
  g_autofree char *with_bom = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (extra);
  in_header = read_changed ("\"code\": \"1488\",", "\"code\": \"1488\", \"county\": \"Västra Götaland\",", &error);
  g_assert_no_error (error);
  g_assert_nonnull (in_header);

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  with_bom = g_strconcat ("\xef\xbb\xbf", data, NULL);
  bom = fk_response_new_from_data (with_bom, strlen (with_bom), "bom.fksvar", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_response_get_respondent (bom), ==, "Åsa Öberg");
}

/* Found by fuzz-response: times the reader took but the writer could not
 * write back ("0057-…" written as "57-…"; a zone carrying a time out of
 * the years 1–9999 in UTC). */
static void
test_old_times (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = read_changed ("\"updated\": \"2020-09-01T08:10:04Z\"",
                                                 "\"updated\": \"0057-09-01T08:10:04Z\"", &error);
  g_autoptr(FkResponse) back = NULL;
  g_autoptr(FkResponse) out_of_range = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  gint64 when;

  g_assert_no_error (error);
  text = fk_response_to_json (response);
  g_assert_nonnull (strstr (text, "\"0057-09-01T08:10:04Z\""));
  back = fk_response_new_from_data (text, strlen (text), "back.fksvar", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fk_response_lookup_score (back, "styrning.strategi")->updated, ==,
                   fk_response_lookup_score (response, "styrning.strategi")->updated);

  g_assert_true (fk_text_parse_time ("0001-01-01T00:00:00Z", &when));
  first = fk_text_format_time (when);
  g_assert_cmpstr (first, ==, "0001-01-01T00:00:00Z");
  g_assert_false (fk_text_parse_time ("0001-01-01T00:00:00+01:00", &when));
  g_assert_false (fk_text_parse_time ("9999-12-31T23:59:59-01:00", &when));
  out_of_range = read_changed ("2020-09-02T10:00:00Z", "9999-12-31T23:59:59-01:00", &error);
  g_assert_null (out_of_range);
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "exported"));
}

static void
test_model_checked (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  gint64 round_id;
  g_autoptr(FkStudy) study = scored_study (dir, &round_id);
  g_autoptr(FkResponse) response = fk_response_new_from_study (study, round_id, "1488", TRUE, NULL, &error);
  g_autofree char *text = fk_response_to_json (response);
  g_autoptr(GString) changed = g_string_new (text);
  g_autoptr(GString) broken = g_string_new (text);
  g_autoptr(FkResponse) back = NULL;

  /* The embedded model edited: no longer the one the checksum names. */
  g_assert_cmpuint (g_string_replace (changed, "Digital motor", "Digitala motorn", 1), ==, 1);
  back = fk_response_new_from_data (changed->str, changed->len, "edited.fksvar", &error);
  g_assert_null (back);
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "edited.fksvar: model: "));
  g_assert_nonnull (strstr (error->message, "changed or damaged"));
  g_clear_error (&error);

  /* A model that is not one: the model's own message, placed. */
  g_assert_cmpuint (g_string_replace (broken, "\\\"scale\\\"", "\\\"skala\\\"", 1), ==, 1);
  back = fk_response_new_from_data (broken->str, broken->len, "broken.fksvar", &error);
  g_assert_null (back);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "broken.fksvar: model: document: "));
  g_assert_nonnull (strstr (error->message, "scale"));
}

static void
test_too_large (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "stor.fksvar", NULL);
  gsize length = FK_RESPONSE_MAX_BYTES + 1;
  g_autofree char *data = g_malloc (length);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = NULL;
  const char *words[] = { "larger than 5.0", "MiB", NULL };

  /* Valid JSON all the same: the size alone refuses it. */
  memset (data, ' ', length);
  data[0] = '{';
  data[length - 1] = '}';
  response = fk_response_new_from_data (data, length, "stor.fksvar", &error);
  g_assert_null (response);
  assert_refused (error, FK_ERROR_INVALID, "stor.fksvar", words);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, data, length, NULL));
  response = fk_response_new_from_file (path, &error);
  g_assert_null (response);
  assert_refused (error, FK_ERROR_INVALID, path, words);
  g_clear_error (&error);

  /* Exactly at the limit: read (and refused for what it is, not its size). */
  response = fk_response_new_from_data (data, length - 1, "stor.fksvar", &error);
  g_assert_null (response);
  g_assert_null (strstr (error->message, "MiB"));
}

static void
test_strict_json (void)
{
  static const struct { const char *json; gboolean ok; const char *words; } cases[] = {
    { "{\"a\": 1, \"\\u0061\": 2}", FALSE, "“a” appears twice" },
    { "{\"a\": {\"b\": 1, \"b\": 2}}", FALSE, "a: “b” appears twice" },
    { "{\"a\": [{\"b\": 1}, {\"b\": 2, \"b\": 3}]}", FALSE, "a[1]: “b” appears twice" },
    { "{\"a\": {\"b\": 1}, \"c\": {\"b\": 2}}", TRUE, NULL },
    { "{\"a\": 01}", FALSE, "number" },
    { "{\"a\": 1,}", FALSE, "line 1, column 9" },
    { "{\"a\": [1,]}", FALSE, "expected a value" },
    { "{\"a\": 1} /* c */", FALSE, "more text after the end" },
    { "{\"a\": 1}\n{\"b\": 2}", FALSE, "line 2, column 1" },
    { "{\"a\": \"\t\"}", FALSE, "control character" },
    { "{\"a\": \"\\ud83d\\ude00 \\u00e5\"}", TRUE, NULL },
    { "{\"a\": \"\\ud83d\"}", FALSE, "surrogate" },
    { "{\"a\": \"\\x41\"}", FALSE, "unknown escape" },
    { "{\"a\": tru}", FALSE, "expected a value" },
    { "{\"a\": -1.5e+3, \"b\": [true, false, null, \"\"]}", TRUE, NULL },
    { "{\"a\": \"", FALSE, "ends too early" },
    { "", FALSE, "ends too early" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = fk_json_check_strict (cases[i].json, strlen (cases[i].json), 8, "t.json", &error);

      g_test_message ("%s → %s", cases[i].json, error != NULL ? error->message : "ok");
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!ok && strstr (error->message, cases[i].words) == NULL)
        g_error ("“%s” not in “%s”", cases[i].words, error->message);
    }
}

static void
test_depth_limit (void)
{
  for (guint depth = 30; depth <= 34; depth++)
    {
      g_autoptr(GString) json = g_string_new ("{\"a\": ");
      g_autoptr(GError) error = NULL;

      for (guint i = 1; i < depth; i++)
        g_string_append_c (json, '[');
      for (guint i = 1; i < depth; i++)
        g_string_append_c (json, ']');
      g_string_append_c (json, '}');
      g_assert_cmpint (fk_json_check_strict (json->str, json->len, FK_RESPONSE_MAX_DEPTH, NULL, &error),
                       ==, depth <= FK_RESPONSE_MAX_DEPTH);
    }
}

/* A response of one municipality never carries another's scores. */
static void
test_other_municipality (void)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = NULL;
  FkResponseInfo info = {
    .model_id = "minimal", .model_version = "1.0.0",
    .model_checksum = "531a745824568545579d688464cacf969de9f8646899ddd37a456f2d81c8d972",
    .municipality = "1488", .round = "R1", .exported = 1600000000,
  };
  const char *words[] = { "scores: styrning.strategi", "1438", "1488", NULL };

  g_ptr_array_add (scores, fk_score_new (0, "1488", "drift.sakerhetskopiering"));
  g_ptr_array_add (scores, fk_score_new (0, "1438", "styrning.strategi"));
  response = fk_response_new (&info, NULL, scores, "a.fksvar", &error);
  g_assert_null (response);
  assert_refused (error, FK_ERROR_INVALID, "a.fksvar", words);
}

static void
test_write_file (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "1488.fksvar", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-dir", "1488.fksvar", NULL);
  g_autoptr(GError) error = NULL;
  gint64 round_id;
  g_autoptr(FkStudy) study = scored_study (dir, &round_id);
  g_autoptr(FkResponse) response = fk_response_new_from_study (study, round_id, "1488", FALSE, NULL, &error);
  g_autoptr(FkResponse) back = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (fk_response_write_file (response, path, &error));
  g_assert_no_error (error);
  back = fk_response_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fk_response_get_scores (back)->len, ==, fk_model_get_n_capabilities (fk_study_get_model (study)));
  g_assert_cmpstr (fk_response_get_source (back), ==, path);

  g_assert_false (fk_response_write_file (response, nowhere, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, nowhere));
  g_assert_nonnull (fk_error_get_detail (error));
  /* Nothing left beside the file: the study, the response. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (!g_str_has_prefix (name, "studie.fkarta"))
      n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

static void
test_unknown_study_keys (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  gint64 round_id;
  g_autoptr(FkStudy) study = scored_study (dir, &round_id);
  g_autoptr(FkResponse) response = NULL;

  response = fk_response_new_from_study (study, round_id, "9999", FALSE, NULL, &error);
  g_assert_null (response);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "9999"));
  g_clear_error (&error);
  response = fk_response_new_from_study (study, round_id + 100, "1488", FALSE, NULL, &error);
  g_assert_null (response);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
}

static void
test_boxed (void)
{
  g_autofree char *path = fk_test_data_path ("responses/valid.fksvar");
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = fk_response_new_from_file (path, &error);
  FkResponse *copy;

  g_assert_no_error (error);
  g_assert_true (G_TYPE_IS_BOXED (FK_TYPE_RESPONSE));
  copy = g_boxed_copy (FK_TYPE_RESPONSE, response);
  g_assert_true (copy == response);   /* immutable: a copy is a reference */
  g_boxed_free (FK_TYPE_RESPONSE, copy);
  g_assert_cmpstr (fk_response_get_round (response), ==, "Hösten 2020");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/response/round-trip", test_round_trip);
  g_test_add_func ("/core/response/respondent", test_respondent_given);
  g_test_add_func ("/core/response/blank", test_blank);
  g_test_add_func ("/core/response/written-members", test_written_members);
  g_test_add_func ("/core/response/valid-fixture", test_valid_fixture);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *name = g_strdup_printf ("/core/response/refused/%s", refusals[i].file);
      g_autofree char *relative = g_strdup_printf ("responses/%s", refusals[i].file);
      Refusal *refusal = g_new (Refusal, 1);

      *refusal = refusals[i];
      refusal->file = g_intern_string (relative);
      g_test_add_data_func_full (name, refusal, test_refusal, g_free);
    }
  g_test_add_func ("/core/response/header-checks", test_header_checks);
  g_test_add_func ("/core/response/ignored", test_ignored);
  g_test_add_func ("/core/response/old-times", test_old_times);
  g_test_add_func ("/core/response/model-checked", test_model_checked);
  g_test_add_func ("/core/response/too-large", test_too_large);
  g_test_add_func ("/core/response/strict-json", test_strict_json);
  g_test_add_func ("/core/response/depth-limit", test_depth_limit);
  g_test_add_func ("/core/response/other-municipality", test_other_municipality);
  g_test_add_func ("/core/response/write-file", test_write_file);
  g_test_add_func ("/core/response/unknown-study-keys", test_unknown_study_keys);
  g_test_add_func ("/core/response/boxed", test_boxed);

  return g_test_run ();
}
