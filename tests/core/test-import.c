/* test-import.c — importing response files: preview, apply, refusals */
#include "config.h"
#include "fk-test-util.h"

#include <string.h>
#include <sys/stat.h>

/* f->source (filled) and f->lead (empty): fk-test-util.h */
typedef FkTestImportFixture Fixture;

/* The source's response for @municipality, through its JSON text. */
static FkResponse *
exported (Fixture    *f,
          const char *municipality)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) made = fk_response_new_from_study (f->source, fk_study_get_latest_round (f->source)->id,
                                                           municipality, FALSE, NULL, &error);
  g_autofree char *json = NULL;
  FkResponse *read;

  g_assert_no_error (error);
  json = fk_response_to_json (made);
  read = fk_response_new_from_data (json, strlen (json), "svar.fksvar", &error);
  g_assert_no_error (error);
  return read;
}

/* A response with @scores, the study's model named by @checksum. */
static FkResponse *
made_response_at (FkStudy    *study,
                  const char *municipality,
                  const char *round,
                  const char *checksum,
                  GPtrArray  *scores,
                  gint64      exported)
{
  FkModel *model = fk_study_get_model (study);
  FkResponseInfo info = { model->id, model->version, checksum != NULL ? checksum : model->checksum,
                          municipality, NULL, round, "IT-chef", "sv", exported, NULL };
  g_autoptr(GError) error = NULL;
  FkResponse *response = fk_response_new (&info, NULL, scores, "made.fksvar", &error);

  g_assert_no_error (error);
  return response;
}

/* The same, exported now. */
static FkResponse *
made_response (FkStudy    *study,
               const char *municipality,
               const char *round,
               const char *checksum,
               GPtrArray  *scores)
{
  return made_response_at (study, municipality, round, checksum, scores, g_get_real_time () / G_USEC_PER_SEC);
}

static FkScore *
level_score (const char *municipality,
             const char *capability,
             int         current)
{
  FkScore *score = fk_score_new (0, municipality, capability);

  score->current = current;
  score->updated = 1600000000;
  return score;
}

/* Every score, round, log line and meta row of the file. */
static char *
dump (FkStudy *study)
{
  return fk_test_dump_study (fk_study_get_path (study), TRUE);
}

static FkImportPreview *
preview_ok (Fixture               *f,
            FkResponse            *response,
            const FkImportOptions *options)
{
  g_autoptr(GError) error = NULL;
  FkImportPreview *preview = fk_import_preview_new (f->lead, response, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (preview);
  return preview;
}

static void
apply_ok (Fixture         *f,
          FkImportPreview *preview,
          GArray          *resolutions)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fk_import_apply (f->lead, preview, resolutions, &error));
  g_assert_no_error (error);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(FkResponse) response = exported (f, "1488");
  g_autoptr(FkImportPreview) preview = preview_ok (f, response, NULL);
  g_autoptr(GPtrArray) want = NULL;
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (fk_import_preview_get_municipality (preview), ==, "1488");
  g_assert_cmpstr (fk_import_preview_get_municipality_name (preview), ==, "Trollhättan");
  g_assert_false (fk_import_preview_creates_round (preview));
  g_assert_true (fk_import_preview_model_matches (preview));
  g_assert_cmpuint (fk_import_preview_get_n_new (preview), ==, fk_response_get_scores (response)->len);
  g_assert_cmpuint (fk_import_preview_get_n_changed (preview), ==, 0);
  g_assert_cmpuint (fk_import_preview_get_conflicts (preview)->len, ==, 0);
  apply_ok (f, preview, NULL);

  want = fk_study_list_scores (f->source, fk_study_get_latest_round (f->source)->id, "1488", &error);
  got = fk_study_list_scores (f->lead, f->round_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (got->len, ==, want->len);
  g_assert_cmpuint (got->len, >, 0);
  for (guint i = 0; i < got->len; i++)
    {
      FkScore *a = g_ptr_array_index (want, i);
      FkScore *b = g_ptr_array_index (got, i);

      b->round_id = a->round_id;
      g_assert_true (fk_score_equal (a, b));
      g_assert_cmpint (a->updated, ==, b->updated);
    }

  log = fk_study_list_imports (f->lead, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpstr (((FkImportRecord *) g_ptr_array_index (log, 0))->source, ==, "svar.fksvar");
  g_assert_cmpstr (((FkImportRecord *) g_ptr_array_index (log, 0))->municipality, ==, "1488");
  g_assert_cmpint (((FkImportRecord *) g_ptr_array_index (log, 0))->round_id, ==, f->round_id);
  g_assert_nonnull (strstr (((FkImportRecord *) g_ptr_array_index (log, 0))->summary, "43"));
  g_assert_true (((FkImportRecord *) g_ptr_array_index (log, 0))->has_counts);
  g_assert_cmpuint (((FkImportRecord *) g_ptr_array_index (log, 0))->n_new, ==, 43);
  g_assert_cmpuint (((FkImportRecord *) g_ptr_array_index (log, 0))->n_changed, ==, 0);
}

static void
test_twice (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(FkResponse) response = exported (f, "1435");
  g_autoptr(FkImportPreview) first = preview_ok (f, response, NULL);
  g_autoptr(FkImportPreview) second = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_false (fk_import_preview_is_unchanged (first));
  apply_ok (f, first, NULL);
  before = dump (f->lead);
  second = preview_ok (f, response, NULL);
  g_assert_true (fk_import_preview_is_unchanged (second));
  g_assert_cmpuint (fk_import_preview_get_n_new (second), ==, 0);
  g_assert_cmpuint (fk_import_preview_get_n_unchanged (second), ==, fk_response_get_scores (response)->len);
  apply_ok (f, second, NULL);
  after = dump (f->lead);
  g_assert_cmpstr (before, ==, after);
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) edited = fk_score_new (f->round_id, "1488", "styrning.digital-strategi");
  g_autoptr(FkScore) older = fk_score_new (f->round_id, "1488", "styrning.prioritering");
  g_autoptr(GArray) take = g_array_new (FALSE, FALSE, sizeof (FkImportResolution));
  FkImportResolution resolution = FK_IMPORT_TAKE_FILE;

  /* In the study: one score edited after the file was made (now), one
   * long before (1 000 000 000). */
  edited->current = 1;
  older->current = 1;
  older->updated = 1000000000;
  g_assert_true (fk_study_set_score (f->lead, edited, &error));
  g_assert_true (fk_study_set_score (f->lead, older, &error));
  g_assert_no_error (error);

  g_ptr_array_add (scores, level_score ("1488", "styrning.digital-strategi", 4));
  g_ptr_array_add (scores, level_score ("1488", "styrning.prioritering", 4));
  g_ptr_array_add (scores, level_score ("1488", "styrning.samverkan", 2));
  /* Exported an hour ago: after "older", before "edited". */
  response = made_response_at (f->lead, "1488", "Omgång 1", NULL, scores,
                               g_get_real_time () / G_USEC_PER_SEC - 3600);

  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(FkImportPreview) preview = preview_ok (f, response, NULL);
      g_autoptr(FkScore) after = NULL;
      GPtrArray *conflicts = fk_import_preview_get_conflicts (preview);

      if (pass == 0)
        {
          g_assert_cmpuint (fk_import_preview_get_n_new (preview), ==, 1);
          g_assert_cmpuint (fk_import_preview_get_n_changed (preview), ==, 2);
        }
      g_assert_cmpuint (conflicts->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (conflicts, 0), ==, "styrning.digital-strategi");
      /* First the default (keep the study's), then take the file's. */
      if (pass == 0)
        apply_ok (f, preview, NULL);
      else
        {
          g_array_append_val (take, resolution);
          apply_ok (f, preview, take);
        }
      after = fk_study_get_score (f->lead, f->round_id, "1488", "styrning.digital-strategi", &error);
      g_assert_cmpint (after->current, ==, pass == 0 ? 1 : 4);
      g_clear_pointer (&after, fk_score_free);
      after = fk_study_get_score (f->lead, f->round_id, "1488", "styrning.prioritering", &error);
      g_assert_cmpint (after->current, ==, 4);
    }
}

/* @response refused with a message holding @words; the study unchanged. */
static void
assert_refused (Fixture               *f,
                FkResponse            *response,
                const FkImportOptions *options,
                GQuark                 domain,
                int                    code,
                const char            *word)
{
  g_autofree char *before = dump (f->lead);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FkImportPreview) preview = fk_import_preview_new (f->lead, response, options, &error);

  g_assert_null (preview);
  g_assert_error (error, domain, code);
  g_assert_nonnull (strstr (error->message, "made.fksvar"));
  g_assert_nonnull (strstr (error->message, word));
  after = dump (f->lead);
  g_assert_cmpstr (before, ==, after);
}

static void
test_unknown_capability (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkImportPreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) stored = NULL;
  const FkImportOptions accept = { TRUE, FALSE, NULL, NULL };

  g_ptr_array_add (scores, level_score ("1488", "styrning.digital-strategi", 3));
  g_ptr_array_add (scores, level_score ("1488", "finns.inte", 2));
  response = made_response (f->lead, "1488", "Omgång 1", NULL, scores);
  assert_refused (f, response, NULL, FK_ERROR, FK_ERROR_INVALID, "“finns.inte”");

  preview = preview_ok (f, response, &accept);
  g_assert_cmpuint (fk_import_preview_get_unknown (preview)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fk_import_preview_get_unknown (preview), 0), ==, "finns.inte");
  g_assert_cmpuint (fk_import_preview_get_n_new (preview), ==, 1);
  apply_ok (f, preview, NULL);
  stored = fk_study_get_score (f->lead, f->round_id, "1488", "styrning.digital-strategi", &error);
  g_assert_cmpint (stored->current, ==, 3);
}

static void
test_round (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkImportPreview) preview = NULL;
  g_autoptr(FkImportPreview) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FkScore) stored = NULL;
  const FkImportOptions create = { FALSE, TRUE, NULL, NULL };
  const FkRound *round;

  g_ptr_array_add (scores, level_score ("1488", "styrning.digital-strategi", 5));
  response = made_response (f->lead, "1488", "Våren 2027", NULL, scores);
  assert_refused (f, response, NULL, FK_ERROR, FK_ERROR_NOT_FOUND, "“Våren 2027”");

  preview = preview_ok (f, response, &create);
  g_assert_true (fk_import_preview_creates_round (preview));
  g_assert_false (fk_import_preview_is_unchanged (preview));
  apply_ok (f, preview, NULL);
  round = fk_study_find_round (f->lead, "Våren 2027");
  g_assert_nonnull (round);
  stored = fk_study_get_score (f->lead, round->id, "1488", "styrning.digital-strategi", &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->current, ==, 5);
  again = preview_ok (f, response, &create);
  g_assert_false (fk_import_preview_creates_round (again));
  g_assert_true (fk_import_preview_is_unchanged (again));
}

static void
test_municipality (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkResponse) carrying = NULL;
  g_autoptr(GError) error = NULL;
  FkModel *model = fk_study_get_model (f->lead);
  FkResponseInfo info = { model->id, model->version, model->checksum, "1488", NULL, "Omgång 1",
                          NULL, NULL, 1600000000, NULL };

  g_ptr_array_add (scores, level_score ("0180", "styrning.digital-strategi", 2));
  response = made_response (f->lead, "0180", "Omgång 1", NULL, scores);
  assert_refused (f, response, NULL, FK_ERROR, FK_ERROR_NOT_FOUND, "0180");

  /* Through the import's reader: a score of Trollhättan's file naming
   * Dals-Ed is refused, the study untouched. */
  {
    g_autoptr(FkResponse) own = exported (f, "1488");
    g_autofree char *json = fk_response_to_json (own);
    g_autoptr(GString) text = g_string_new (json);
    g_autofree char *path = g_build_filename (f->dir, "made.fksvar", NULL);
    g_autofree char *before = dump (f->lead);
    g_autofree char *after = NULL;

    g_assert_cmpuint (g_string_replace (text, "\"current\"", "\"municipality\": \"1438\", \"current\"", 1), ==, 1);
    g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
    g_assert_null (fk_import_read_response_file (path, NULL, &error));
    g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "made.fksvar"));
    g_clear_error (&error);
    after = dump (f->lead);
    g_assert_cmpstr (before, ==, after);
  }

  /* Trollhättan's file carrying Stockholm's score never becomes a response. */
  carrying = fk_response_new (&info, NULL, scores, "made.fksvar", &error);
  g_assert_null (carrying);
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
}

static void
test_model_differs (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkImportPreview) preview = NULL;
  g_autoptr(FkScore) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (scores, level_score ("1488", "styrning.digital-strategi", 2));
  response = made_response (f->lead, "1488", "Omgång 1",
                            "0000000000000000000000000000000000000000000000000000000000000000", scores);
  preview = preview_ok (f, response, NULL);
  g_assert_false (fk_import_preview_model_matches (preview));
  apply_ok (f, preview, NULL);
  stored = fk_study_get_score (f->lead, f->round_id, "1488", "styrning.digital-strategi", &error);
  g_assert_cmpint (stored->current, ==, 2);
}

/* A score changed between preview and apply stops the whole import. */
static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(FkResponse) response = exported (f, "1488");
  g_autoptr(FkImportPreview) preview = preview_ok (f, response, NULL);
  GPtrArray *scores = fk_response_get_scores (response);
  const FkScore *last = g_ptr_array_index (scores, scores->len - 1);
  g_autoptr(FkScore) meanwhile = fk_score_new (f->round_id, "1488", last->capability);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  meanwhile->comment = g_strdup ("skrivet under tiden");
  g_assert_true (fk_study_set_score (f->lead, meanwhile, &error));
  before = dump (f->lead);
  g_assert_false (fk_import_apply (f->lead, preview, NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_CHANGED);
  after = dump (f->lead);
  g_assert_cmpstr (before, ==, after);
}

/* A round created meanwhile by another program: the import's own INSERT
 * fails in its transaction and nothing of it stays, neither scores nor
 * the log line nor the round in the study's list. In this program: said
 * before anything is tried. */
static void
test_new_round_rolled_back (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  g_autoptr(FkResponse) response = NULL;
  g_autoptr(FkImportPreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const FkImportOptions create = { FALSE, TRUE, NULL, NULL };
  guint n_rounds;

  g_ptr_array_add (scores, level_score ("1488", "styrning.digital-strategi", 5));
  response = made_response (f->lead, "1488", "Hösten 2027", NULL, scores);
  preview = preview_ok (f, response, &create);
  g_assert_true (fk_import_preview_creates_round (preview));
  {
    sqlite3 *other = NULL;

    g_assert_cmpint (sqlite3_open (fk_study_get_path (f->lead), &other), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (other, "INSERT INTO round (name) VALUES ('Hösten 2027')", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (other);
  }
  n_rounds = fk_study_get_rounds (f->lead)->len;
  before = dump (f->lead);
  g_assert_false (fk_import_apply (f->lead, preview, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("first: %s", error->message);
  g_clear_error (&error);
  after = dump (f->lead);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fk_study_get_rounds (f->lead)->len, ==, n_rounds);

  fk_study_check_external_changes (f->lead);
  g_assert_false (fk_import_apply (f->lead, preview, NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "Hösten 2027"));
}

static void
count_change (FkStudy             *study,
              const FkStudyChange *change,
              guint               *n)
{
  g_assert_true (change->what & FK_STUDY_CHANGE_SCORES);
  g_assert_true (change->what & FK_STUDY_CHANGE_IMPORTS);
  g_assert_cmpstr (change->municipality, ==, "1488");
  g_assert_cmpint (change->round_id, !=, 0);
  (*n)++;
}

static void
test_changed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(FkResponse) response = exported (f, "1488");
  g_autoptr(FkImportPreview) preview = preview_ok (f, response, NULL);
  guint n = 0;

  g_signal_connect (f->lead, "changed", G_CALLBACK (count_change), &n);
  apply_ok (f, preview, NULL);
  g_assert_cmpuint (n, ==, 1);
  g_signal_handlers_disconnect_by_func (f->lead, count_change, &n);
}

static void
test_read_file (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(FkResponse) response = exported (f, "1488");
  g_autofree char *json = fk_response_to_json (response);
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", json, NULL);
  g_autofree char *path = g_build_filename (f->dir, "bom.fksvar", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "form.csv", NULL);
  g_autoptr(FkResponse) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *want = g_compute_checksum_for_string (G_CHECKSUM_SHA256, with_bom, -1);

  g_assert_true (g_file_set_contents (path, with_bom, -1, NULL));
  read = fk_import_read_response_file (path, &checksum, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_response_get_source (read), ==, "bom.fksvar");
  g_assert_cmpstr (checksum, ==, want);
  g_assert_cmpuint (fk_response_get_scores (read)->len, ==, fk_response_get_scores (response)->len);

  /* A FIFO is never waited for, a device never read for ever. */
  {
    g_autofree char *fifo = g_build_filename (f->dir, "fifo.fksvar", NULL);
    const char *devices[] = { fifo, "/dev/zero" };

    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (devices); i++)
      {
        g_assert_null (fk_import_read_response_file (devices[i], NULL, &error));
        g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
        g_assert_nonnull (strstr (error->message, "not a regular file"));
        g_clear_error (&error);
        g_assert_null (fk_response_new_from_file (devices[i], &error));
        g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
        g_clear_error (&error);
      }
  }

  g_assert_true (g_file_set_contents (csv, "a;b\r\n1;2\r\n", -1, NULL));
  g_assert_null (fk_import_read_response_file (csv, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "form.csv"));
}

/* Times are whole seconds: a study's change in the very second the file
 * was exported may have come after it, so it is a conflict; a change the
 * second before is not. */
static void
test_conflict_same_second (Fixture       *f,
                           gconstpointer  data)
{
  const char *key = "styrning.digital-strategi";
  const gint64 exported = 1700000000;

  for (int before = 0; before <= 1; before++)
    {
      g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
      g_autoptr(FkScore) stored = fk_score_new (f->round_id, "1488", key);
      g_autoptr(FkResponse) response = NULL;
      g_autoptr(FkImportPreview) preview = NULL;
      g_autoptr(GError) error = NULL;

      stored->current = 2;
      stored->updated = exported - before;
      g_assert_true (fk_study_set_score (f->lead, stored, &error));
      g_assert_no_error (error);
      g_ptr_array_add (scores, level_score ("1488", key, 4));
      response = made_response_at (f->lead, "1488", fk_study_get_latest_round (f->lead)->name,
                                   NULL, scores, exported);
      preview = preview_ok (f, response, NULL);
      g_assert_cmpuint (fk_import_preview_get_n_changed (preview), ==, 1);
      g_assert_cmpuint (fk_import_preview_get_conflicts (preview)->len, ==, before ? 0 : 1);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) g_test_add ("/core/import/" name, Fixture, NULL, fk_test_import_fixture_set_up, func, fk_test_import_fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("twice", test_twice);
  ADD ("conflict", test_conflict);
  ADD ("conflict-same-second", test_conflict_same_second);
  ADD ("unknown-capability", test_unknown_capability);
  ADD ("round", test_round);
  ADD ("municipality", test_municipality);
  ADD ("model-differs", test_model_differs);
  ADD ("all-or-nothing", test_all_or_nothing);
  ADD ("read-file", test_read_file);
  ADD ("new-round-rolled-back", test_new_round_rolled_back);
  ADD ("changed", test_changed);
  return g_test_run ();
}
