/* test-response-session.c — filling in a response file in a working study */
#include "config.h"
#include "fk-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#define DALS_ED "1438"

typedef struct {
  char    *dir;
  char    *data_dir;   /* where working studies go */
  FkStudy *lead;       /* the workshop lead's study, filled */
  gint64   round_id;   /* its round */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = fk_test_tmpdir_new ();
  f->data_dir = g_build_filename (f->dir, "responses", NULL);
  f->lead = fk_test_study_new_default (f->dir, "lead.fkarta");
  f->round_id = fk_study_get_latest_round (f->lead)->id;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->lead);
  g_free (f->data_dir);
  fk_test_tmpdir_free (f->dir);
}

/* The lead's response for Dals-Ed written to DIR/@name. (transfer full) */
static char *
write_response (Fixture    *f,
                const char *name,
                gboolean    blank)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = fk_response_new_from_study (f->lead, f->round_id, DALS_ED,
                                                               blank, NULL, &error);
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_no_error (error);
  fk_response_write_file (response, path, &error);
  g_assert_no_error (error);
  return path;
}

static FkStudy *
open_session (Fixture    *f,
              const char *path,
              gboolean    expect_resumed)
{
  g_autoptr(GError) error = NULL;
  gboolean resumed = !expect_resumed;
  FkStudy *study = fk_response_session_open (path, f->data_dir, &resumed, &error);

  g_assert_no_error (error);
  g_assert_nonnull (study);
  g_assert_cmpint (resumed, ==, expect_resumed);
  return study;
}

/* Sets the current and target level of the capability at @index. */
static void
score (FkStudy *study,
       guint    index,
       int      current,
       int      target)
{
  g_autoptr(GError) error = NULL;
  FkModel *model = fk_study_get_model (study);
  const FkCapability *cap = g_ptr_array_index (model->capabilities, index);
  g_autoptr(FkScore) s = fk_score_new (fk_response_session_get_round_id (study), DALS_ED, cap->key);

  s->current = current;
  s->target = target;
  fk_study_set_score (study, s, &error);
  g_assert_no_error (error);
}

static void
test_open_blank (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = write_response (f, "blank.fksvar", TRUE);
  g_autoptr(FkStudy) study = open_session (f, path, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autofree char *municipality = NULL;
  g_autofree char *source = NULL;
  g_autofree char *folder = NULL;
  FkRegion *region = fk_study_get_region (study);
  GPtrArray *rounds = fk_study_get_rounds (study);

  g_assert_true (fk_response_session_is_session (study));
  g_assert_false (fk_response_session_is_session (f->lead));
  g_assert_true (g_str_has_prefix (fk_study_get_path (study), f->data_dir));

  /* One municipality, one round, the lead's model and language. */
  g_assert_cmpuint (region->municipalities->len, ==, 1);
  g_assert_cmpstr (((FkMunicipality *) region->municipalities->pdata[0])->code, ==, DALS_ED);
  g_assert_cmpstr (((FkMunicipality *) region->municipalities->pdata[0])->name, ==, "Dals-Ed");
  g_assert_cmpuint (rounds->len, ==, 1);
  g_assert_cmpstr (((FkRound *) rounds->pdata[0])->name, ==,
                   fk_study_get_round_by_id (f->lead, f->round_id)->name);
  g_assert_cmpstr (fk_study_get_model (study)->checksum, ==, fk_study_get_model (f->lead)->checksum);
  g_assert_cmpstr (fk_study_get_language (study), ==, fk_study_get_language (f->lead));

  municipality = fk_response_session_get_municipality (study);
  g_assert_cmpstr (municipality, ==, DALS_ED);
  g_assert_cmpint (fk_response_session_get_round_id (study), ==, ((FkRound *) rounds->pdata[0])->id);
  source = fk_response_session_get_source_name (study);
  g_assert_cmpstr (source, ==, "blank.fksvar");
  folder = fk_response_session_get_folder (study);
  g_assert_cmpstr (folder, ==, f->dir);

  scores = fk_study_list_scores (study, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 0);
  g_assert_false (fk_response_session_has_unsent_changes (study));
  g_assert_cmpint (fk_response_session_get_sent_time (study), ==, 0);
}

/* Opening the same file again finds the answers given so far. */
static void
test_resume (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = write_response (f, "blank.fksvar", TRUE);
  g_autoptr(FkStudy) first = open_session (f, path, FALSE);
  g_autoptr(FkStudy) again = NULL;
  g_autofree char *first_path = g_strdup (fk_study_get_path (first));
  g_autoptr(FkScore) kept = NULL;
  g_autoptr(GError) error = NULL;
  FkModel *model;

  score (first, 0, 2, 4);
  g_clear_object (&first);

  again = open_session (f, path, TRUE);
  g_assert_cmpstr (fk_study_get_path (again), ==, first_path);
  g_assert_cmpuint (fk_test_count_files (f->data_dir), >=, 1);
  model = fk_study_get_model (again);
  kept = fk_study_get_score (again, fk_response_session_get_round_id (again), DALS_ED,
                             ((FkCapability *) model->capabilities->pdata[0])->key, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kept->current, ==, 2);
  g_assert_cmpint (kept->target, ==, 4);
  g_assert_true (fk_response_session_has_unsent_changes (again));
}

/* A filled file brings its scores and its respondent. */
static void
test_open_filled (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(FkStudy) study = NULL;
  g_autoptr(GPtrArray) lead_scores = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autofree char *respondent = NULL;

  fk_test_study_fill (f->lead, f->round_id);
  fk_study_set_respondent (f->lead, DALS_ED, "Ada Lind", &error);
  g_assert_no_error (error);
  path = write_response (f, "filled.fksvar", FALSE);
  study = open_session (f, path, FALSE);

  lead_scores = fk_study_list_scores (f->lead, f->round_id, DALS_ED, &error);
  g_assert_no_error (error);
  scores = fk_study_list_scores (study, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, lead_scores->len);
  g_assert_cmpuint (scores->len, >, 0);
  for (guint i = 0; i < scores->len; i++)
    {
      FkScore *a = lead_scores->pdata[i];
      FkScore *b = scores->pdata[i];

      g_assert_cmpstr (a->capability, ==, b->capability);
      g_assert_cmpint (a->current, ==, b->current);
      g_assert_cmpint (a->target, ==, b->target);
    }
  respondent = fk_test_respondent (study, DALS_ED);
  g_assert_cmpstr (respondent, ==, "Ada Lind");
  /* What came in the file is nothing new to send. */
  g_assert_false (fk_response_session_has_unsent_changes (study));
}

static void
test_send_back (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = write_response (f, "blank.fksvar", TRUE);
  g_autofree char *out = g_build_filename (f->dir, "sent", "sent.fksvar", NULL);
  g_autofree char *out_csv = g_build_filename (f->dir, "sent", "sent.csv", NULL);
  g_autoptr(FkStudy) study = open_session (f, path, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) back = NULL;
  g_autoptr(FkResponse) back_csv = NULL;
  g_autofree char *sent_path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *sent_folder = g_build_filename (f->dir, "sent", NULL);
  FkModel *model = fk_study_get_model (study);
  const FkScore *s;

  g_assert_cmpint (g_mkdir (sent_folder, 0700), ==, 0);
  fk_study_set_respondent (study, DALS_ED, "Ada Lind", &error);
  g_assert_no_error (error);
  score (study, 0, 1, 3);
  score (study, 2, FK_LEVEL_NA, FK_LEVEL_UNSET);
  g_assert_true (fk_response_session_has_unsent_changes (study));

  g_assert_true (fk_response_session_send_back (study, out, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (fk_response_session_has_unsent_changes (study));
  g_assert_cmpint (fk_response_session_get_sent_time (study), >, 0);
  sent_path = fk_response_session_get_sent_path (study);
  g_assert_cmpstr (sent_path, ==, out);
  folder = fk_response_session_get_folder (study);
  g_assert_cmpstr (folder, ==, sent_folder);

  back = fk_import_read_response_file (out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fk_response_get_municipality (back), ==, DALS_ED);
  g_assert_cmpstr (fk_response_get_round (back), ==, fk_study_get_round_by_id (f->lead, f->round_id)->name);
  g_assert_cmpstr (fk_response_get_respondent (back), ==, "Ada Lind");
  g_assert_nonnull (fk_response_get_model (back));
  g_assert_true (fk_response_model_matches (back, fk_study_get_model (f->lead)));
  g_assert_cmpuint (fk_response_get_scores (back)->len, ==, 2);
  s = fk_response_lookup_score (back, ((FkCapability *) model->capabilities->pdata[0])->key);
  g_assert_nonnull (s);
  g_assert_cmpint (s->current, ==, 1);
  g_assert_cmpint (s->target, ==, 3);
  s = fk_response_lookup_score (back, ((FkCapability *) model->capabilities->pdata[2])->key);
  g_assert_nonnull (s);
  g_assert_cmpint (s->current, ==, FK_LEVEL_NA);

  /* The CSV form holds the same. */
  g_assert_true (fk_response_session_send_back (study, out_csv, TRUE, &error));
  g_assert_no_error (error);
  back_csv = fk_import_read_response_file (out_csv, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (fk_response_get_model (back_csv));
  g_assert_cmpuint (fk_response_get_scores (back_csv)->len, ==, 2);

  /* A change after sending is unsent; undoing it is not. */
  score (study, 0, 2, 3);
  g_assert_true (fk_response_session_has_unsent_changes (study));
  score (study, 0, 1, 3);
  g_assert_false (fk_response_session_has_unsent_changes (study));
}

/* A file the user cannot write to: an error naming it, nothing recorded. */
static void
test_send_back_fails (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = write_response (f, "blank.fksvar", TRUE);
  g_autofree char *out = g_build_filename (f->dir, "no-such-folder", "sent.fksvar", NULL);
  g_autoptr(FkStudy) study = open_session (f, path, FALSE);
  g_autoptr(GError) error = NULL;

  score (study, 0, 1, 3);
  g_assert_false (fk_response_session_send_back (study, out, FALSE, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "sent.fksvar"));
  g_assert_true (fk_response_session_has_unsent_changes (study));
  g_assert_cmpint (fk_response_session_get_sent_time (study), ==, 0);
}

/* The lead's own study is no session: nothing to send. */
static void
test_not_a_session (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "sent.fksvar", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (fk_response_session_send_back (f->lead, out, FALSE, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_INVALID);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_null (fk_response_session_get_municipality (f->lead));
  g_assert_cmpint (fk_response_session_get_round_id (f->lead), ==, 0);
}

static void
test_suggest_name (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = write_response (f, "blank.fksvar", TRUE);
  g_autoptr(FkStudy) study = open_session (f, path, FALSE);
  g_autofree char *name = fk_response_session_suggest_name (study);
  g_autofree char *expected = g_strdup_printf ("Dals-Ed – %s.fksvar",
                                               fk_study_get_round_by_id (f->lead, f->round_id)->name);

  g_assert_cmpstr (name, ==, expected);
}

/* A refusal names the file, says why, and leaves no working study. */
static void
assert_refused (Fixture    *f,
                const char *path,
                const char *expected_part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  gboolean resumed = TRUE;
  g_autoptr(FkStudy) study = fk_response_session_open (path, f->data_dir, &resumed, &error);

  g_assert_null (study);
  g_assert_nonnull (error);
  g_assert_false (resumed);
  if (strstr (error->message, name) == NULL || strstr (error->message, expected_part) == NULL)
    g_error ("“%s” does not name %s and say “%s”", error->message, name, expected_part);
  g_assert_cmpuint (fk_test_count_files (f->data_dir), ==, 0);
}

static void
test_refuse_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = fk_response_new_from_study (f->lead, f->round_id, DALS_ED, TRUE, NULL, &error);
  g_autofree char *path = g_build_filename (f->dir, "form.csv", NULL);

  g_assert_no_error (error);
  fk_response_write_csv_file (response, "en", path, &error);
  g_assert_no_error (error);
  assert_refused (f, path, "spreadsheet");
}

static void
test_refuse_broken (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "broken.fksvar", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "{\"format\": \"formagekarta-response\", ", -1, &error);
  g_assert_no_error (error);
  assert_refused (f, path, "broken.fksvar");
}

static void
test_refuse_no_model (Fixture       *f,
                      gconstpointer  data)
{
  FkModel *model = fk_study_get_model (f->lead);
  FkResponseInfo info = { model->id, model->version, model->checksum, DALS_ED, "Dals-Ed",
                          "Omgång 1", NULL, "sv", 1700000000, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) response = fk_response_new (&info, NULL, NULL, "bare.fksvar", &error);
  g_autofree char *path = g_build_filename (f->dir, "bare.fksvar", NULL);

  g_assert_no_error (error);
  fk_response_write_file (response, path, &error);
  g_assert_no_error (error);
  assert_refused (f, path, "model");
}

static void
test_refuse_missing (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "missing.fksvar", NULL);

  assert_refused (f, path, "missing.fksvar");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/response-session/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("open-blank", test_open_blank);
  ADD ("resume", test_resume);
  ADD ("open-filled", test_open_filled);
  ADD ("send-back", test_send_back);
  ADD ("send-back-fails", test_send_back_fails);
  ADD ("not-a-session", test_not_a_session);
  ADD ("suggest-name", test_suggest_name);
  ADD ("refuse-csv", test_refuse_csv);
  ADD ("refuse-broken", test_refuse_broken);
  ADD ("refuse-no-model", test_refuse_no_model);
  ADD ("refuse-missing", test_refuse_missing);
#undef ADD

  return g_test_run ();
}
