/* test-response-csv.c — the CSV form: written from a study, read back,
 * as a spreadsheet saves it, in either language, and refused */
#include "config.h"
#include "fk-test-util.h"
#include "fk-csv.h"
#include "fk-response.h"

#include <string.h>

#define COMMENT "Beslutad 2019;\nandra raden: \"citat\" <b>&</b> i Åmål, ärende 7"
#define BOM "\xEF\xBB\xBF"

/* 1488 has scored with every kind of answer and text. */
static FkStudy *
scored_study (const char *dir,
              const char *language,
              gint64     *round_id)
{
  g_autoptr(FkStudy) study = fk_test_study_new_default (dir, "studie.fkarta");
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(GError) error = NULL;
  FkModel *model = fk_study_get_model (study);
  FkScore *score;

  fk_study_set_language (study, language, &error);
  g_assert_no_error (error);
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
  g_ptr_array_add (scores, score);
  score = fk_score_new (*round_id, "1488", ((FkCapability *) g_ptr_array_index (model->capabilities, 1))->key);
  score->current = FK_LEVEL_NA;
  score->comment = g_strdup ("Ej tillämpligt: ingen egen drift.");
  g_ptr_array_add (scores, score);
  score = fk_score_new (*round_id, "1488", ((FkCapability *) g_ptr_array_index (model->capabilities, 2))->key);
  score->target = 2;
  score->sustain = FK_SUSTAIN_NO;
  score->key_person = FK_KEY_PERSON_NO;
  score->interest = FK_INTEREST_NO;
  score->respondent = g_strdup ("Bo Ek");
  g_ptr_array_add (scores, score);
  score = fk_score_new (*round_id, "1488", ((FkCapability *) g_ptr_array_index (model->capabilities, 3))->key);
  score->current = 0;
  score->sustain = FK_SUSTAIN_YES;
  score->interest = FK_INTEREST_YES;
  g_ptr_array_add (scores, score);
  fk_study_set_scores (study, scores, &error);
  g_assert_no_error (error);
  fk_study_set_respondent (study, "1488", "Åsa Öberg", &error);
  g_assert_no_error (error);
  return g_steal_pointer (&study);
}

/* Every score of @expected in @response, equal but for "updated", which
 * the form does not carry, and for who answered where the score did not
 * say: the form's respondent, @respondent. */
static void
assert_same_scores (GPtrArray  *expected,
                    FkResponse *response,
                    const char *respondent)
{
  g_assert_cmpuint (fk_response_get_scores (response)->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      const FkScore *score = g_ptr_array_index (expected, i);
      const FkScore *found = fk_response_lookup_score (response, score->capability);
      g_autoptr(FkScore) copy = NULL;

      g_assert_nonnull (found);
      copy = fk_score_copy (found);
      copy->round_id = score->round_id;
      g_assert_cmpstr (copy->respondent, ==, score->respondent != NULL ? score->respondent : respondent);
      g_free (copy->respondent);
      copy->respondent = g_strdup (score->respondent);
      g_assert_true (fk_score_equal (copy, score));
      g_assert_cmpstr (copy->comment, ==, score->comment);
      g_assert_cmpint (copy->updated, ==, 0);
    }
}

static FkResponse *
read_csv (GBytes     *bytes,
          const char *source)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  FkResponse *response = fk_response_new_from_csv (data, length, source, &error);

  g_assert_no_error (error);
  g_assert_nonnull (response);
  return response;
}

static void
check_round_trip (const char *language)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  gint64 round_id;
  g_autoptr(FkStudy) study = scored_study (dir, language, &round_id);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkResponse) back = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FkCsvTable) table = NULL;
  FkModel *model = fk_study_get_model (study);
  gboolean swedish = g_str_equal (language, "sv");
  guint n_special = 0;
  gsize length;
  const char *data;

  response = fk_response_new_from_study (study, round_id, "1488", FALSE, NULL, &error);
  g_assert_no_error (error);
  stored = fk_study_list_scores (study, round_id, "1488", &error);
  g_assert_no_error (error);

  bytes = fk_response_to_csv (response, NULL);   /* the study's language */
  data = g_bytes_get_data (bytes, &length);
  g_assert_true (g_str_has_prefix (data, BOM));
  g_assert_true (g_str_has_prefix (data + 3, swedish ? "Område;Förmåga (nyckel);" : "Area,Capability (key),"));
  g_assert_nonnull (g_strstr_len (data, length, swedish ? "Klarar själv i tre år (ja/nej/med svårighet)"
                                                          : "(yes/no/with difficulty)"));
  g_assert_nonnull (g_strstr_len (data, length, swedish ? ";Med svårighet;Ja;Kanske;" : ",With difficulty,Yes,Maybe,"));
  g_assert_nonnull (g_strstr_len (data, length, swedish ? ";Ej tillämplig;" : ",Not applicable,"));

  /* One header and one row per capability, each with its context. */
  table = fk_csv_table_new_from_data (data, length, "form.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fk_csv_table_get_separator (table), ==, swedish ? ';' : ',');
  g_assert_cmpuint (fk_csv_table_get_n_rows (table), ==, model->capabilities->len + 1);
  for (guint row = 1; row < fk_csv_table_get_n_rows (table); row++)
    {
      const FkCapability *capability = g_ptr_array_index (model->capabilities, row - 1);
      const char *help = fk_csv_table_get_field (table, row, 3);

      g_assert_cmpstr (fk_csv_table_get_field (table, row, 1), ==, capability->key);
      g_assert_cmpstr (fk_csv_table_get_field (table, row, 2), ==, fk_text_get (&capability->name, language));
      /* Every level with its name and its meaning, as the scoring page
       * shows them, the scale's general texts marked; then when "not
       * applicable" fits, where the model says. */
      for (int level = 0; level < FK_N_LEVELS; level++)
        {
          g_autofree char *part = g_strdup_printf ("%s%d %s%s: %s", level > 0 ? "; " : "", level,
                                                   fk_text_get (&model->scale[level].name, language),
                                                   fk_model_level_is_own (capability, level) ? ""
                                                   : swedish ? " (allmän beskrivning)" : " (general description)",
                                                   fk_text_get (fk_model_get_level_meaning (model, capability, level),
                                                                language));

          g_assert_nonnull (strstr (help, part));
        }
      if (fk_text_is_empty (&capability->not_applicable))
        g_assert_null (strstr (help, swedish ? "Ej tillämplig:" : "Not applicable:"));
      else
        {
          g_autofree char *part = g_strdup_printf (swedish ? "; Ej tillämplig: %s" : "; Not applicable: %s",
                                                   fk_text_get (&capability->not_applicable, language));

          g_assert_true (g_str_has_suffix (help, part));
        }
      /* The default model: the Resources area words every level itself;
       * the strategy leaves 0, 2 and 4 to the scale; school IT says when
       * it does not apply. */
      if (g_str_equal (capability->area, "resurser") && ++n_special)
        g_assert_null (strstr (help, swedish ? "(allmän beskrivning)" : "(general description)"));
      if (g_str_equal (capability->key, "styrning.digital-strategi") && ++n_special)
        for (int level = 0; level < FK_N_LEVELS; level++)
          {
            g_autofree char *mark = g_strdup_printf ("%d %s %s:", level,
                                                     fk_text_get (&model->scale[level].name, language),
                                                     swedish ? "(allmän beskrivning)" : "(general description)");

            g_assert_true ((strstr (help, mark) != NULL) == (level % 2 == 0));
          }
      if (g_str_equal (capability->key, "valfard-och-skola.skol-it") && ++n_special)
        g_assert_nonnull (strstr (help, swedish ? "; Ej tillämplig: " : "; Not applicable: "));
      g_assert_cmpstr (fk_csv_table_get_field (table, row, 10), ==, "1488");
      g_assert_cmpstr (fk_csv_table_get_field (table, row, 12), ==, fk_study_get_latest_round (study)->name);
      g_assert_cmpstr (fk_csv_table_get_field (table, row, 17), ==, model->checksum);
    }
  /* Four Resources capabilities, the strategy and school IT were there. */
  g_assert_cmpuint (n_special, ==, 6);

  back = read_csv (bytes, "1488.csv");
  assert_same_scores (stored, back, "Åsa Öberg");
  g_assert_cmpstr (fk_response_get_source (back), ==, "1488.csv");
  g_assert_cmpstr (fk_response_get_municipality (back), ==, "1488");
  g_assert_cmpstr (fk_response_get_municipality_name (back), ==, "Trollhättan");
  g_assert_cmpstr (fk_response_get_round (back), ==, fk_study_get_latest_round (study)->name);
  g_assert_cmpstr (fk_response_get_respondent (back), ==, "Åsa Öberg");
  g_assert_cmpstr (fk_response_get_language (back), ==, language);
  g_assert_cmpint (fk_response_get_exported (back), ==, fk_response_get_exported (response));
  g_assert_cmpstr (fk_response_get_model_id (back), ==, model->id);
  g_assert_cmpstr (fk_response_get_model_version (back), ==, model->version);
  g_assert_null (fk_response_get_model (back));
  g_assert_true (fk_response_model_matches (back, model));
}

static void
test_round_trip_sv (void)
{
  check_round_trip ("sv");
}

static void
test_round_trip_en (void)
{
  check_round_trip ("en");
}

static void
test_blank (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  gint64 round_id;
  g_autoptr(FkStudy) study = scored_study (dir, "sv", &round_id);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkResponse) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FkCsvTable) table = NULL;
  gsize length;
  const char *data;

  response = fk_response_new_from_study (study, round_id, "1488", TRUE, NULL, &error);
  g_assert_no_error (error);
  bytes = fk_response_to_csv (response, "sv");
  data = g_bytes_get_data (bytes, &length);
  table = fk_csv_table_new_from_data (data, length, "blank.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fk_csv_table_get_n_rows (table), ==, fk_study_get_model (study)->capabilities->len + 1);
  /* Answers empty; the context and who answers on every row. */
  for (guint row = 1; row < fk_csv_table_get_n_rows (table); row++)
    {
      for (guint column = 4; column <= 9; column++)
        g_assert_cmpstr (fk_csv_table_get_field (table, row, column), ==, "");
      g_assert_cmpstr (fk_csv_table_get_field (table, row, 13), ==, "Åsa Öberg");
    }
  back = read_csv (bytes, "blank.csv");
  g_assert_true (fk_response_is_blank (back));
  g_assert_cmpstr (fk_response_get_respondent (back), ==, "Åsa Öberg");

  /* Read from a form it has no model: written again it is one row of
   * context without a key, and reads back the same (found by fuzzing). */
  {
    g_autoptr(GBytes) again = fk_response_to_csv (back, "en");
    g_autoptr(FkResponse) third = read_csv (again, "again.csv");
    g_autoptr(GBytes) fourth = fk_response_to_csv (third, "en");
    g_autoptr(FkCsvTable) rows = NULL;

    data = g_bytes_get_data (again, &length);
    rows = fk_csv_table_new_from_data (data, length, "again.csv", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (fk_csv_table_get_n_rows (rows), ==, 2);
    g_assert_cmpstr (fk_csv_table_get_field (rows, 1, 1), ==, "");
    g_assert_true (fk_response_is_blank (third));
    g_assert_cmpstr (fk_response_get_respondent (third), ==, "Åsa Öberg");
    g_assert_cmpstr (fk_response_get_round (third), ==, fk_response_get_round (back));
    g_assert_true (g_bytes_equal (again, fourth));
  }
}

/* The form as LibreOffice saves it in a Swedish locale. */
static void
test_libreoffice (void)
{
  g_autofree char *path = fk_test_data_path ("responses/libreoffice-sv.csv");
  /* The form was made with the first version of the built-in model. */
  g_autofree char *model_path = fk_test_data_path ("models/digital-motor-1.0.0.json");
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkModel) model = fk_model_new_from_file (model_path, &error);
  g_autoptr(GDateTime) exported = g_date_time_new_utc (2026, 11, 20, 9, 15, 0);
  const FkScore *score;
  gsize length;

  g_assert_no_error (error);
  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (data, BOM));
  g_assert_nonnull (strstr (data, "\r\n"));
  response = fk_response_new_from_csv (data, length, "libreoffice-sv.csv", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (fk_response_get_municipality (response), ==, "1488");
  g_assert_cmpstr (fk_response_get_round (response), ==, "Hösten 2020");
  g_assert_cmpstr (fk_response_get_respondent (response), ==, "Åsa Öberg");
  g_assert_cmpstr (fk_response_get_language (response), ==, "sv");
  g_assert_cmpint (fk_response_get_exported (response), ==, g_date_time_to_unix (exported));
  g_assert_true (fk_response_model_matches (response, model));
  /* A row without answers is no score. */
  g_assert_cmpuint (fk_response_get_scores (response)->len, ==, 4);
  g_assert_null (fk_response_lookup_score (response, "styrning.nyttorealisering"));

  score = fk_response_lookup_score (response, "styrning.digital-strategi");
  g_assert_nonnull (score);
  g_assert_cmpint (score->current, ==, 3);
  g_assert_cmpint (score->target, ==, 5);
  g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_DIFFICULT);
  g_assert_cmpint (score->key_person, ==, FK_KEY_PERSON_YES);
  g_assert_cmpint (score->interest, ==, FK_INTEREST_MAYBE);
  g_assert_cmpstr (score->comment, ==, "Beslutad 2019; \"citat\"\nrad två <b>&</b> i Åmål");
  g_assert_cmpstr (score->respondent, ==, "Åsa Öberg");

  score = fk_response_lookup_score (response, "styrning.prioritering");
  g_assert_cmpint (score->current, ==, 2);
  g_assert_cmpint (score->target, ==, 4);
  g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_NO);
  g_assert_cmpint (score->key_person, ==, FK_KEY_PERSON_NO);
  g_assert_cmpint (score->interest, ==, FK_INTEREST_MAYBE);
  g_assert_null (score->comment);

  score = fk_response_lookup_score (response, "styrning.finansieringsmodell");
  g_assert_cmpint (score->current, ==, FK_LEVEL_NA);
  g_assert_cmpint (score->target, ==, FK_LEVEL_UNSET);
  g_assert_cmpstr (score->comment, ==, "Ingen egen drift.");

  score = fk_response_lookup_score (response, "styrning.samverkan");
  g_assert_cmpint (score->current, ==, FK_LEVEL_UNSET);
  g_assert_cmpint (score->target, ==, 3);
  g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_YES);
  g_assert_cmpint (score->interest, ==, FK_INTEREST_YES);
}

/* Rewrites the rows of @bytes through fk-csv: the header from @header
 * (or its own), the other rows in reverse order with a blank row among
 * them. */
static GBytes *
rewrite (GBytes *bytes,
         GBytes *header)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(FkCsvTable) table = fk_csv_table_new_from_data (data, length, "in.csv", &error);
  g_autoptr(FkCsvTable) head = NULL;
  FkCsvWriter *writer;
  guint n;

  g_assert_no_error (error);
  data = g_bytes_get_data (header != NULL ? header : bytes, &length);
  head = fk_csv_table_new_from_data (data, length, "head.csv", &error);
  g_assert_no_error (error);
  writer = fk_csv_writer_new (fk_csv_table_get_separator (table));
  for (guint column = 0; column < fk_csv_table_get_n_fields (head, 0); column++)
    fk_csv_writer_add_field (writer, fk_csv_table_get_field (head, 0, column));
  fk_csv_writer_end_row (writer);
  n = fk_csv_table_get_n_rows (table);
  for (guint row = n - 1; row >= 1; row--)
    {
      for (guint column = 0; column < fk_csv_table_get_n_fields (table, row); column++)
        fk_csv_writer_add_field (writer, fk_csv_table_get_field (table, row, column));
      fk_csv_writer_end_row (writer);
      if (row == n / 2)
        {
          fk_csv_writer_add_fields (writer, (const char *[]) { "", "", "", NULL });
          fk_csv_writer_end_row (writer);
        }
    }
  return fk_csv_writer_free_to_bytes (writer);
}

/* Rows in any order, blank rows, and the headers of the other language. */
static void
test_shuffled_and_other_headers (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autoptr(GError) error = NULL;
  gint64 round_id;
  g_autoptr(FkStudy) study = scored_study (dir, "sv", &round_id);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GBytes) sv = NULL;
  g_autoptr(GBytes) en = NULL;
  const char *forms[][2] = { { "sv", NULL }, { "sv", "en" }, { "en", "sv" }, { "en", NULL } };

  response = fk_response_new_from_study (study, round_id, "1488", FALSE, NULL, &error);
  g_assert_no_error (error);
  stored = fk_study_list_scores (study, round_id, "1488", &error);
  g_assert_no_error (error);
  sv = fk_response_to_csv (response, "sv");
  en = fk_response_to_csv (response, "en");
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      GBytes *rows = g_str_equal (forms[i][0], "sv") ? sv : en;
      GBytes *header = forms[i][1] == NULL ? NULL : g_str_equal (forms[i][1], "sv") ? sv : en;
      g_autoptr(GBytes) shuffled = rewrite (rows, header);
      g_autoptr(FkResponse) back = read_csv (shuffled, "shuffled.csv");

      assert_same_scores (stored, back, "Åsa Öberg");
      g_assert_cmpstr (fk_response_get_respondent (back), ==, "Åsa Öberg");
    }
}

#define HEADER_SV "Förmåga (nyckel);Nuvarande nivå (0–5, ej tillämplig);Målnivå (0–5);" \
  "Klarar själv i tre år (ja/nej/med svårighet);Beroende av nyckelperson (ja/nej);" \
  "Intresse av samverkan (ja/nej/kanske);Kommentar;Kommunkod;Omgång;Exporterad;Modell;" \
  "Modellversion;Modellens kontrollsumma\r\n"
#define CONTEXT "1488;Hösten 2020;2026-11-20T09:15:00Z;digital-motor;1.0.0;" \
  "1fc184f7e5c10b3ea79519bcb8468103e300a1d8c380bba8c0dff323634793f1\r\n"

static void
assert_refused (const char *data,
                const char *const *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = fk_response_new_from_csv (data, strlen (data), "form.csv", &error);

  g_assert_null (response);
  g_assert_nonnull (error);
  g_assert_true (error->domain == FK_ERROR);
  g_assert_true (g_str_has_prefix (error->message, "form.csv: "));
  g_assert_null (strchr (error->message, '\n'));
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (error->message, words[i]) == NULL)
      g_error ("“%s” lacks “%s”", error->message, words[i]);
}

static void
test_refused (void)
{
  /* The header is line 1. */
  assert_refused (HEADER_SV "a.b;7;;;;;;" CONTEXT,
                  (const char *[]) { "line 2", "“7” is not a level", "Nuvarande nivå", "0–5", NULL });
  assert_refused (HEADER_SV "a.b;3;;;;;;" CONTEXT "a.c;tre;;;;;;" CONTEXT,
                  (const char *[]) { "line 3", "“tre” is not a level", NULL });
  assert_refused (HEADER_SV "a.b;2,5;;;;;;" CONTEXT,
                  (const char *[]) { "line 2", "“2,5” is not a level", NULL });
  assert_refused (HEADER_SV "a.b;;Ej tillämplig;;;;;" CONTEXT,
                  (const char *[]) { "line 2", "Målnivå", "is not a level", NULL });
  assert_refused (HEADER_SV "a.b;;;;;kanhända;;" CONTEXT,
                  (const char *[]) { "line 2", "“kanhända” is not an answer", "Kanske", "Maybe", NULL });
  assert_refused (HEADER_SV "a.b;;;jo;;;;" CONTEXT,
                  (const char *[]) { "line 2", "“jo”", "Med svårighet", NULL });
  assert_refused (HEADER_SV "a.b;1;;;;;;" CONTEXT "a.c;1;;;;;;" CONTEXT "a.b;2;;;;;;" CONTEXT,
                  (const char *[]) { "line 4", "“a.b” is on line 2 too", NULL });
  assert_refused (HEADER_SV "a.b;1;;;;;;" CONTEXT
                  "a.c;1;;;;;;1489;Hösten 2020;2026-11-20T09:15:00Z;digital-motor;1.0.0;"
                  "1fc184f7e5c10b3ea79519bcb8468103e300a1d8c380bba8c0dff323634793f1\r\n",
                  (const char *[]) { "line 3", "“1489” differs from “1488” on line 2", "Kommunkod", NULL });
  assert_refused (HEADER_SV "a.b;1;;;;;;" CONTEXT
                  "a.c;1;;;;;;1488;Våren 2021;2026-11-20T09:15:00Z;digital-motor;1.0.0;"
                  "1fc184f7e5c10b3ea79519bcb8468103e300a1d8c380bba8c0dff323634793f1\r\n",
                  (const char *[]) { "line 3", "“Våren 2021” differs", "Omgång", NULL });
  assert_refused (HEADER_SV "a.b;na;3;;;;;" CONTEXT,
                  (const char *[]) { "line 2", NULL });
  assert_refused (HEADER_SV "A B;1;;;;;;" CONTEXT,
                  (const char *[]) { "line 2", "“A B” is not a capability key", NULL });
  assert_refused (HEADER_SV "a.b;1;;;;;;1488;Hösten 2020;2026-11-20T09:15:00Z;digital-motor;1.0.0;\r\n",
                  (const char *[]) { "line 2", "Modellens kontrollsumma", "is empty", NULL });
  assert_refused (HEADER_SV "a.b;1;;;;;;1488;Hösten 2020;i höstas;digital-motor;1.0.0;x\r\n",
                  (const char *[]) { "line 2", "“i höstas” is not a time", NULL });
  assert_refused (HEADER_SV,
                  (const char *[]) { "no rows", NULL });
  assert_refused (HEADER_SV ";3;;;;;;" CONTEXT,
                  (const char *[]) { "line 2", "“” is not a capability key", NULL });
  assert_refused ("Förmåga (nyckel);Nuvarande nivå;Klarar själv i tre år;Beroende av nyckelperson;"
                  "Intresse av samverkan;Kommentar;Kommunkod;Omgång;Exporterad;Modell;"
                  "Modellversion;Modellens kontrollsumma\r\n",
                  (const char *[]) { "line 1", "“Målnivå (0–5)”", "“Target level (0–5)”", "is missing", NULL });
  /* Not CSV: fk-csv's message, with its line. */
  assert_refused (HEADER_SV "a.b;\"1;;;;;;" CONTEXT,
                  (const char *[]) { "line 2", NULL });
  assert_refused ("",
                  (const char *[]) { "form.csv", NULL });
}

/* The stable keys and the short headers (without the bracketed values)
 * are read too, in any case; an English answer in a Swedish form too. */
static void
test_header_forms (void)
{
  const char *data =
    "CAPABILITY;current;Målnivå;SUSTAIN;key_person;Interest in collaboration;comment;"
    "municipality;round;exported;model;model_version;model_checksum;extra\r\n"
    "a.b;3.0;4;with difficulty;Yes;kanske; Text ;114;Hösten 2020;2026-11-20T09:15:00Z;"
    "digital-motor;1.0.0;1FC184F7E5C10B3EA79519BCB8468103E300A1D8C380BBA8C0DFF323634793F1;x\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = fk_response_new_from_csv (data, strlen (data), "short.csv", &error);
  const FkScore *score;

  g_assert_no_error (error);
  /* A code a spreadsheet made a number of gets its zero back. */
  g_assert_cmpstr (fk_response_get_municipality (response), ==, "0114");
  g_assert_cmpstr (fk_response_get_model_checksum (response), ==,
                   "1fc184f7e5c10b3ea79519bcb8468103e300a1d8c380bba8c0dff323634793f1");
  score = fk_response_lookup_score (response, "a.b");
  g_assert_cmpint (score->current, ==, 3);
  g_assert_cmpint (score->target, ==, 4);
  g_assert_cmpint (score->sustain, ==, FK_SUSTAIN_DIFFICULT);
  g_assert_cmpint (score->key_person, ==, FK_KEY_PERSON_YES);
  g_assert_cmpint (score->interest, ==, FK_INTEREST_MAYBE);
  g_assert_cmpstr (score->comment, ==, "Text");   /* fk-csv trims unquoted fields */
  g_assert_null (score->respondent);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/response-csv/round-trip-sv", test_round_trip_sv);
  g_test_add_func ("/core/response-csv/round-trip-en", test_round_trip_en);
  g_test_add_func ("/core/response-csv/blank", test_blank);
  g_test_add_func ("/core/response-csv/libreoffice", test_libreoffice);
  g_test_add_func ("/core/response-csv/shuffled-and-other-headers", test_shuffled_and_other_headers);
  g_test_add_func ("/core/response-csv/refused", test_refused);
  g_test_add_func ("/core/response-csv/header-forms", test_header_forms);
  return g_test_run ();
}
