/* test-collect.c — who has sent in: per municipality and round */
#include "config.h"
#include "fk-test-util.h"

#include <string.h>

/* f->source (filled) and f->lead (empty): fk-test-util.h */
typedef FkTestImportFixture Fixture;

/* Imports the source's answers of @municipality as @file, into @round
 * (created if new); returns the log id. */
static gint64
import_as (Fixture    *f,
           const char *municipality,
           const char *round,
           const char *respondent,
           const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkResponse) made = fk_response_new_from_study (f->source, fk_study_get_latest_round (f->source)->id,
                                                           municipality, FALSE, NULL, &error);
  FkResponseInfo info = { 0 };
  g_autoptr(FkResponse) response = NULL;
  FkImportOptions options = { FALSE, TRUE, file, NULL };
  g_autoptr(FkImportPreview) preview = NULL;
  g_autoptr(GPtrArray) log = NULL;

  g_assert_no_error (error);
  info.model_id = fk_response_get_model_id (made);
  info.model_version = fk_response_get_model_version (made);
  info.model_checksum = fk_response_get_model_checksum (made);
  info.municipality = municipality;
  info.round = round != NULL ? round : fk_response_get_round (made);
  info.respondent = respondent;
  info.exported = fk_response_get_exported (made);
  response = fk_response_new (&info, NULL, fk_response_get_scores (made), file, &error);
  g_assert_no_error (error);
  preview = fk_import_preview_new (f->lead, response, &options, &error);
  g_assert_no_error (error);
  g_assert_true (fk_import_apply (f->lead, preview, NULL, &error));
  g_assert_no_error (error);
  log = fk_study_list_imports (f->lead, &error);
  return ((FkImportRecord *) g_ptr_array_index (log, log->len - 1))->id;
}

static void
score_here (Fixture    *f,
            const char *municipality,
            guint       n,
            const char *respondent)
{
  FkModel *model = fk_study_get_model (f->lead);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FkScore) score = fk_score_new (f->round_id, municipality,
                                               ((FkCapability *) model->capabilities->pdata[i])->key);

      score->current = 2;
      score->respondent = g_strdup (respondent);
      score->updated = 1600000000 + i;
      g_assert_true (fk_study_set_score (f->lead, score, &error));
      g_assert_no_error (error);
    }
}

static FkCollectStatus *
status_ok (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  FkCollectStatus *status = fk_collect_status_new (f->lead, f->round_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (status);
  return status;
}

static void
test_states (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(FkCollectStatus) status = NULL;
  FkRegion *region = fk_study_get_region (f->lead);
  guint n_caps = fk_study_get_model (f->lead)->capabilities->len;
  const FkCollectEntry *entry;
  gint64 first, second, undone;

  first = import_as (f, "1488", NULL, "Anna Svensson", "trollhattan-1.fksvar");
  /* Something for the second file to change (a conflict, kept). */
  score_here (f, "1488", 1, NULL);
  second = import_as (f, "1488", NULL, NULL, "trollhattan-2.fksvar");
  import_as (f, "1460", "Våren 2027", "Per", "vanersborg-var.fksvar");  /* another round */
  undone = import_as (f, "1430", NULL, "Eva", "munkedal.fksvar");
  g_assert_true (fk_import_undo (f->lead, undone, NULL));
  score_here (f, "1435", 5, "Karin");

  status = status_ok (f);
  g_assert_cmpint (fk_collect_status_get_round_id (status), ==, f->round_id);
  g_assert_cmpuint (fk_collect_status_get_n_capabilities (status), ==, n_caps);
  g_assert_cmpuint (fk_collect_status_get_n_entries (status), ==, region->municipalities->len);
  for (guint i = 0; i < region->municipalities->len; i++)
    g_assert_cmpstr (fk_collect_status_get_entry (status, i)->code, ==,
                     ((FkMunicipality *) region->municipalities->pdata[i])->code);

  entry = fk_collect_status_lookup (status, "1488");
  g_assert_cmpint (entry->state, ==, FK_COLLECT_SENT_IN);
  g_assert_cmpstr (entry->name, ==, "Trollhättan");
  g_assert_cmpint (entry->import_id, ==, second);
  g_assert_cmpint (entry->import_id, !=, first);
  g_assert_cmpstr (entry->source, ==, "trollhattan-2.fksvar");
  g_assert_cmpint (entry->import_time, >, 0);
  g_assert_cmpuint (entry->n_assessed, ==, n_caps);
  /* The second file named nobody: the scores know who answered (the
   * first file's name, on its scores). */
  g_assert_cmpstr (entry->respondent, ==, "Anna Svensson");

  entry = fk_collect_status_lookup (status, "1435");
  g_assert_cmpint (entry->state, ==, FK_COLLECT_SCORED_HERE);
  g_assert_cmpuint (entry->n_assessed, ==, 5);
  g_assert_cmpint (entry->import_id, ==, 0);
  g_assert_null (entry->source);
  g_assert_cmpstr (entry->respondent, ==, "Karin");

  /* Undone: as if it never came. Another round's import: not this one. */
  entry = fk_collect_status_lookup (status, "1430");
  g_assert_cmpint (entry->state, ==, FK_COLLECT_NOTHING);
  g_assert_cmpuint (entry->n_assessed, ==, 0);
  entry = fk_collect_status_lookup (status, "1460");
  g_assert_cmpint (entry->state, ==, FK_COLLECT_NOTHING);
  g_assert_null (fk_collect_status_lookup (status, "0000"));

  g_assert_cmpuint (fk_collect_status_count (status, FK_COLLECT_SENT_IN), ==, 1);
  g_assert_cmpuint (fk_collect_status_count (status, FK_COLLECT_SCORED_HERE), ==, 1);
  g_assert_cmpuint (fk_collect_status_count (status, FK_COLLECT_NOTHING), ==, region->municipalities->len - 2);
}

/* The respondent: the import's when the file names one. */
static void
test_respondent_from_log (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(FkCollectStatus) status = NULL;

  score_here (f, "1438", 2, "Someone earlier");
  import_as (f, "1438", NULL, "Anna Svensson", "dals-ed.fksvar");
  status = status_ok (f);
  g_assert_cmpint (fk_collect_status_lookup (status, "1438")->state, ==, FK_COLLECT_SENT_IN);
  g_assert_cmpstr (fk_collect_status_lookup (status, "1438")->respondent, ==, "Anna Svensson");
}

static void
test_unknown_round (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCollectStatus) status = fk_collect_status_new (f->lead, 4242, &error);

  g_assert_null (status);
  g_assert_error (error, FK_ERROR, FK_ERROR_NOT_FOUND);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add ("/core/collect/" path, Fixture, NULL, fk_test_import_fixture_set_up, fn, fk_test_import_fixture_tear_down)
  ADD ("states", test_states);
  ADD ("respondent-from-log", test_respondent_from_log);
  ADD ("unknown-round", test_unknown_round);
#undef ADD
  return g_test_run ();
}
