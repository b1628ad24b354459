/* test-export-data.c — the data annex: the CSV reads back to the study's scores,
 * anonymised files name nobody, an export cancelled half-way leaves the
 * previous file, the scenarios' text is the study's or, anonymised, generated */
#include "config.h"
#include "fk-export-data.h"
#include "fk-export-data-xlsx-private.h"
#include "fk-csv.h"
#include "fk-study-snapshot.h"
#include "fk-test-util.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#define COMMENT "<b>&amp; “citat”; rad ett\nrad två, <i>"

typedef struct {
  char            *dir;
  FkStudy         *study;
  FkRoundSnapshot *snapshot;
  FkCandidates    *candidates;
} Fixture;

static FkScore *
score_for (gint64      round_id,
           const char *code,
           guint       cap,
           FkStudy    *study)
{
  const FkCapability *c = g_ptr_array_index (fk_study_get_model (study)->capabilities, cap);

  return fk_score_new (round_id, code, c->key);
}

/* Every municipality scored (fk_test_study_fill), then: Trollhättan's
 * first capability not applicable with a comment that looks like markup
 * and holds both separators, its second not assessed at all, its third
 * with every answer; Uddevalla's first with a respondent. */
static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_score_free);
  FkCandidateWeights weights;
  gint64 round_id;
  FkScore *s;

  f->dir = fk_test_tmpdir_new ();
  f->study = fk_test_study_new_default (f->dir, "annex.fkarta");
  round_id = fk_study_get_latest_round (f->study)->id;
  fk_test_study_fill (f->study, round_id);

  s = score_for (round_id, "1488", 0, f->study);
  s->current = FK_LEVEL_NA;
  s->comment = g_strdup (COMMENT);
  g_ptr_array_add (scores, s);
  s = score_for (round_id, "1488", 2, f->study);
  s->current = 1;
  s->target = 4;
  s->sustain = FK_SUSTAIN_DIFFICULT;
  s->key_person = FK_KEY_PERSON_YES;
  s->interest = FK_INTEREST_YES;
  g_ptr_array_add (scores, s);
  s = score_for (round_id, "1485", 0, f->study);
  s->current = 2;
  s->respondent = g_strdup ("Åsa Öberg, IT-chef");
  g_ptr_array_add (scores, s);
  fk_study_set_scores (f->study, scores, &error);
  g_assert_no_error (error);
  /* Not assessed: nothing stored for the second capability. */
  s = score_for (round_id, "1488", 1, f->study);
  fk_study_set_score (f->study, s, &error);
  fk_score_free (s);
  g_assert_no_error (error);

  f->snapshot = fk_study_read_snapshot (f->study, round_id, &error);
  g_assert_no_error (error);
  fk_candidate_weights_init (&weights);
  f->candidates = fk_candidates_new (f->snapshot, &weights);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  fk_candidates_unref (f->candidates);
  fk_round_snapshot_unref (f->snapshot);
  g_object_unref (f->study);
  fk_test_tmpdir_free (f->dir);
}

/* A field of the CSV back into the score, as the CLI parses it. */
static void
parse_into (FkScore      *score,
            FkScoreField  field,
            const char   *text)
{
  g_autoptr(GError) error = NULL;

  if (!fk_score_field_is_text (field) && *text == '\0')
    text = "none";
  g_assert_true (fk_score_parse_field (score, field, text, &error));
  g_assert_no_error (error);
}

static void
check_round_trip (Fixture    *f,
                  const char *language,
                  char        separator,
                  char        expected_separator)
{
  g_autoptr(FkExportData) data = fk_export_data_new (f->candidates, NULL, language, NULL, FK_PALETTE_DEFAULT);
  g_autoptr(GBytes) bytes = fk_export_data_to_csv (data, separator);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCsvTable) table = NULL;
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);
  FkModel *model = fk_round_snapshot_get_model (f->snapshot);
  FkRegion *region = fk_round_snapshot_get_region (f->snapshot);
  const struct { const char *key; FkScoreField field; } fields[] = {
    { "current", FK_SCORE_FIELD_CURRENT }, { "target", FK_SCORE_FIELD_TARGET },
    { "sustain", FK_SCORE_FIELD_SUSTAIN }, { "key_person", FK_SCORE_FIELD_KEY_PERSON },
    { "interest", FK_SCORE_FIELD_INTEREST }, { "comment", FK_SCORE_FIELD_COMMENT },
    { "respondent", FK_SCORE_FIELD_RESPONDENT },
  };
  int code_col, cap_col;
  guint n_na = 0, n_unassessed = 0;

  g_assert_cmpuint (length, >, 3);
  g_assert_cmpmem (text, 3, "\xEF\xBB\xBF", 3);
  table = fk_csv_table_new_from_data (text, length, "annex.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fk_csv_table_get_separator (table), ==, expected_separator);
  g_assert_cmpuint (fk_csv_table_get_n_rows (table), ==, 1 + region->municipalities->len * model->capabilities->len);
  /* Stable keys whatever the language. */
  g_assert_cmpstr (fk_csv_table_get_field (table, 0, 0), ==, "round");
  code_col = fk_csv_table_find_column (table, 0, "municipality_code");
  cap_col = fk_csv_table_find_column (table, 0, "capability_key");
  g_assert_cmpint (code_col, >=, 0);
  g_assert_cmpint (cap_col, >=, 0);

  for (guint row = 1; row < fk_csv_table_get_n_rows (table); row++)
    {
      const char *code = fk_csv_table_get_field (table, row, code_col);
      const char *key = fk_csv_table_get_field (table, row, cap_col);
      int r = fk_round_snapshot_find_row (f->snapshot, code);
      int c = fk_model_index_of (model, key);
      const FkScore *stored;
      g_autoptr(FkScore) read = NULL;
      g_autoptr(FkScore) expected = NULL;

      g_assert_cmpint (r, >=, 0);
      g_assert_cmpint (c, >=, 0);
      stored = fk_round_snapshot_get_score (f->snapshot, r, c);
      read = fk_score_new (fk_round_snapshot_get_round_id (f->snapshot), code, key);
      expected = stored != NULL ? fk_score_copy (stored)
                                : fk_score_new (fk_round_snapshot_get_round_id (f->snapshot), code, key);
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          int col = fk_csv_table_find_column (table, 0, fields[i].key);

          g_assert_cmpint (col, >=, 0);
          parse_into (read, fields[i].field, fk_csv_table_get_field (table, row, col));
        }
      g_assert_true (fk_score_equal (read, expected));
      n_na += read->current == FK_LEVEL_NA;
      n_unassessed += read->current == FK_LEVEL_UNSET;
    }
  /* Not applicable and not assessed are told apart, and neither is 0. */
  g_assert_cmpuint (n_na, ==, 1);
  g_assert_cmpuint (n_unassessed, ==, 1);
  /* The comment exactly as typed, markup and all. */
  g_assert_nonnull (g_strstr_len (text, length, "<b>&amp; “citat”"));
}

static void
test_csv_round_trip (Fixture      *f,
                     gconstpointer data)
{
  check_round_trip (f, "sv", 0, ';');
  check_round_trip (f, "en", 0, ',');
  check_round_trip (f, "sv", ',', ',');
  check_round_trip (f, "en", ';', ';');
}

/* No name and no code of any municipality of the region, and no typed
 * text; the letters instead. */
static void
assert_names_nobody (Fixture    *f,
                     const char *text,
                     gsize       length)
{
  FkRegion *region = fk_round_snapshot_get_region (f->snapshot);

  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);

      g_assert_null (g_strstr_len (text, length, m->name));
      g_assert_null (g_strstr_len (text, length, m->code));
    }
  g_assert_null (g_strstr_len (text, length, "<b>&amp;"));
  g_assert_null (g_strstr_len (text, length, "Öberg"));
}

/* How many rows of the CSV have a value in @column. */
static guint
count_filled (GBytes     *bytes,
              const char *column)
{
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkCsvTable) table = fk_csv_table_new_from_data (text, length, "annex.csv", &error);
  int col;
  guint n = 0;

  g_assert_no_error (error);
  col = fk_csv_table_find_column (table, 0, column);
  g_assert_cmpint (col, >=, 0);
  for (guint row = 1; row < fk_csv_table_get_n_rows (table); row++)
    n += *fk_csv_table_get_field (table, row, col) != '\0';
  return n;
}

static void
test_csv_anonymized (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (fk_round_snapshot_get_region (f->snapshot), 42, NULL);
  g_autoptr(FkExportData) export = fk_export_data_new (f->candidates, NULL, "sv", anon, FK_PALETTE_DEFAULT);
  g_autoptr(FkExportData) named = fk_export_data_new (f->candidates, NULL, "sv", NULL, FK_PALETTE_DEFAULT);
  g_autoptr(GBytes) bytes = fk_export_data_to_csv (export, 0);
  g_autoptr(GBytes) named_bytes = fk_export_data_to_csv (named, 0);
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);
  g_autofree char *first = NULL;
  guint n;
  const guint *order = fk_anonymizer_get_order (anon, &n);
  const FkMunicipality *m = g_ptr_array_index (fk_round_snapshot_get_region (f->snapshot)->municipalities, order[0]);

  assert_names_nobody (f, text, length);
  /* The first row is the first letter's. */
  first = g_strdup_printf (";%s;", fk_anonymizer_get_letter (anon, m->code));
  g_assert_nonnull (g_strstr_len (text, length, first));
  /* The same columns for scripts, but no time: sorted by when each
   * answered, the letters would give back the order of the names. */
  g_assert_cmpuint (count_filled (bytes, "updated"), ==, 0);
  g_assert_cmpuint (count_filled (named_bytes, "updated"), >, 600);
  g_assert_cmpuint (count_filled (bytes, "current"), ==, count_filled (named_bytes, "current"));
  g_assert_true (g_str_has_prefix (text + 3, "round;municipality_code;municipality;size;"));
  g_assert_nonnull (g_strstr_len (text, length, ";respondent;updated\r\n"));
}

/* The text of entry @name of the zip at @path ("xl/worksheets/sheet1.xml"),
 * or NULL if it has none. */
static char *
zip_entry (const char *path,
           const char *name)
{
  int status = 0;
  zip_t *zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &status);
  zip_stat_t st;
  zip_file_t *file;
  char *text = NULL;

  g_assert_nonnull (zip);
  if (zip_stat (zip, name, 0, &st) == 0)
    {
      text = g_malloc0 (st.size + 1);
      file = zip_fopen (zip, name, 0);
      g_assert_nonnull (file);
      g_assert_cmpint (zip_fread (file, text, st.size), ==, (zip_int64_t) st.size);
      zip_fclose (file);
    }
  zip_close (zip);
  return text;
}

/* Writes the workbook of @export into the fixture's folder as @name. */
static char *
write_workbook (Fixture      *f,
                FkExportData *export,
                const char   *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (fk_export_data_write_xlsx (export, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* Anonymised, the scores sheet has no "Updated" column (nor comments and
 * who answered): its filter ends at the interest, column N. */
static void
test_xlsx_anonymized (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (fk_round_snapshot_get_region (f->snapshot), 42, NULL);
  g_autoptr(FkExportData) export = fk_export_data_new (f->candidates, NULL, "en", anon, FK_PALETTE_DEFAULT);
  g_autoptr(FkExportData) named = fk_export_data_new (f->candidates, NULL, "en", NULL, FK_PALETTE_DEFAULT);
  g_autofree char *anon_path = write_workbook (f, export, "anon.xlsx");
  g_autofree char *named_path = write_workbook (f, named, "named.xlsx");
  g_autofree char *scores = zip_entry (anon_path, "xl/worksheets/sheet1.xml");
  g_autofree char *named_scores = zip_entry (named_path, "xl/worksheets/sheet1.xml");

  g_assert_nonnull (scores);
  g_assert_nonnull (named_scores);
  assert_names_nobody (f, scores, strlen (scores));
  g_assert_null (strstr (scores, "Updated (UTC)"));
  g_assert_nonnull (strstr (scores, "<autoFilter ref=\"A1:N603\"/>"));
  g_assert_null (strstr (scores, " r=\"O"));
  g_assert_nonnull (strstr (named_scores, "Updated (UTC)"));
  g_assert_nonnull (strstr (named_scores, "<autoFilter ref=\"A1:Q603\"/>"));
}

typedef struct {
  GCancellable *cancellable;
  guint         calls;
  double        last;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpfloat (fraction, >, p->last);
  p->last = fraction;
  p->calls++;
  if (p->cancellable != NULL)
    g_cancellable_cancel (p->cancellable);
}

/* An export cancelled after its first sheet: the previous file stays as
 * it was, and no temporary file is left beside it. */
static void
test_xlsx_cancelled (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(FkExportData) export = fk_export_data_new (f->candidates, NULL, "sv", NULL, FK_PALETTE_DEFAULT);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *out_dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *out = g_build_filename (out_dir, "annex.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { cancellable, 0, 0 };

  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (out, "the previous annex", -1, NULL));
  g_assert_false (fk_export_data_write_xlsx (export, out, cancellable, on_progress, &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (progress.calls, ==, 1);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the previous annex");
  g_assert_cmpuint (fk_test_count_files (out_dir), ==, 1);

  /* Not cancelled: the whole workbook replaces it, progress to the end. */
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  progress = (Progress) { NULL, 0, 0 };
  g_assert_true (fk_export_data_write_xlsx (export, out, NULL, on_progress, &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "PK\x03\x04"));
  g_assert_cmpuint (fk_test_count_files (out_dir), ==, 1);
}

/* A folder that does not exist: refused, naming the file, nothing made. */
static void
test_write_failure (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(FkExportData) export = fk_export_data_new (f->candidates, NULL, "en", NULL, FK_PALETTE_DEFAULT);
  g_autofree char *out = g_build_filename (f->dir, "no-such-folder", "annex.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (fk_export_data_write_csv (export, 0, out, NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "annex.csv"));
  g_clear_error (&error);
  g_assert_false (fk_export_data_write_xlsx (export, out, NULL, NULL, NULL, &error));
  g_assert_error (error, FK_ERROR, FK_ERROR_IO);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* The style index (s="N") of the cells whose number format is @code,
 * from the workbook's styles.xml: its numFmt's id, then the place of
 * the first cellXfs entry with that id. */
static int
style_with_format (const char *styles,
                   const char *code)
{
  g_autofree char *escaped = g_regex_escape_string (code, -1);
  g_autofree char *pattern = g_strdup_printf ("<numFmt numFmtId=\"(\\d+)\" formatCode=\"%s\"/>", escaped);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GRegex) fmt = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GRegex) xf = g_regex_new ("<xf numFmtId=\"(\\d+)\"", 0, 0, NULL);
  g_autofree char *id = NULL;
  const char *xfs = strstr (styles, "<cellXfs");
  int index = 0;

  if (!g_regex_match (fmt, styles, 0, &match))
    return -1;
  id = g_match_info_fetch (match, 1);
  g_clear_pointer (&match, g_match_info_free);
  g_assert_nonnull (xfs);
  for (g_regex_match (xf, xfs, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL), index++)
    {
      g_autofree char *xf_id = g_match_info_fetch (match, 1);

      if (g_str_equal (xf_id, id))
        return index;
    }
  return -1;
}

/* The workbook as it looks (docs/export-data.md, "How the sheets look"):
 * heading rows high enough for wrapped words, columns as wide as their
 * longest word or name, print setup on every sheet (A4, one page wide,
 * headings repeated, landscape matrices, the sheet's name and page
 * number), signed gaps and deviations, the time of an answer a real
 * date-time. */
static void
test_xlsx_layout (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(FkExportData) export = fk_export_data_new (f->candidates, NULL, "en", NULL, FK_PALETTE_DEFAULT);
  g_autofree char *path = write_workbook (f, export, "layout.xlsx");
  g_autofree char *workbook = zip_entry (path, "xl/workbook.xml");
  g_autofree char *styles = zip_entry (path, "xl/styles.xml");
  g_autofree char *scores = zip_entry (path, "xl/worksheets/sheet1.xml");
  g_autofree char *gap = zip_entry (path, "xl/worksheets/sheet4.xml");
  g_autofree char *deviation = zip_entry (path, "xl/worksheets/sheet7.xml");
  g_autoptr(GRegex) height = g_regex_new ("<row r=\"1\" ht=\"([0-9.]+)\" customHeight=\"1\"", 0, 0, NULL);
  g_autoptr(GRegex) col_a = g_regex_new ("<col min=\"1\" max=\"1\" width=\"([0-9.]+)\"", 0, 0, NULL);
  g_autoptr(GRegex) updated = g_regex_new ("<c r=\"O2\" s=\"(\\d+)\"><v>([0-9.]+)</v></c>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  const FkScore *first_score = fk_round_snapshot_get_score (f->snapshot, 0, 0);
  int signed_whole, date;

  g_assert_nonnull (workbook);
  g_assert_nonnull (scores);
  g_assert_nonnull (gap);
  g_assert_nonnull (deviation);

  /* The scores' headings wrap ("Can sustain alone for three years" in
   * 16 characters): their row is two lines high at least. */
  g_assert_true (g_regex_match (height, scores, 0, &match));
  {
    g_autofree char *ht = g_match_info_fetch (match, 1);

    g_assert_cmpfloat (g_ascii_strtod (ht, NULL), >=, 2 * 15.0);
  }
  g_clear_pointer (&match, g_match_info_free);

  /* Every sheet: A4, one page wide (fitToWidth is 1 by default), as many
   * high as needed, the heading row repeated; matrices in landscape with
   * the area and capability columns repeated too. */
  for (guint i = 1; i <= 11; i++)
    {
      g_autofree char *name = g_strdup_printf ("xl/worksheets/sheet%u.xml", i);
      g_autofree char *xml = zip_entry (path, name);
      g_autofree char *titles = g_strdup_printf ("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"%u\">", i - 1);
      const char *at = strstr (workbook, titles);
      g_autofree char *title = at != NULL ? g_strndup (at, strstr (at, "</definedName>") - at) : NULL;

      g_assert_nonnull (xml);
      g_assert_nonnull (strstr (xml, "<pageSetUpPr fitToPage=\"1\"/>"));
      g_assert_nonnull (strstr (xml, "<pageSetup paperSize=\"9\" fitToHeight=\"0\""));
      g_assert_null (strstr (xml, "fitToWidth"));
      g_assert_nonnull (strstr (xml, "<oddHeader>&amp;C&amp;A</oddHeader>"));
      g_assert_nonnull (strstr (xml, "<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter>"));
      g_assert_nonnull (title);
      if (i >= 2 && i <= 7)
        {
          g_assert_nonnull (strstr (xml, "orientation=\"landscape\""));
          g_assert_true (g_str_has_suffix (title, "!$4:$4"));
          g_assert_nonnull (strstr (title, "!$A:$B,"));
        }
      else
        {
          g_assert_true (g_str_has_suffix (title, "!$1:$1"));
          g_assert_null (strstr (title, ","));
        }
    }

  /* Column A of a matrix fits the longest area name. */
  g_assert_true (g_regex_match (col_a, gap, 0, &match));
  {
    g_autofree char *width = g_match_info_fetch (match, 1);

    g_assert_cmpfloat (g_ascii_strtod (width, NULL), >=,
                       0.9 * g_utf8_strlen ("Information security and legal requirements", -1));
  }
  g_clear_pointer (&match, g_match_info_free);

  /* Gaps and deviations carry their sign in the format, stay numbers. */
  signed_whole = style_with_format (styles, "+0;-0;0");
  g_assert_cmpint (signed_whole, >, 0);
  {
    g_autofree char *cell = g_strdup_printf (" s=\"%d\"><v>", signed_whole);

    g_assert_nonnull (strstr (gap, cell));
    g_assert_nonnull (strstr (deviation, cell));
    g_assert_nonnull (strstr (scores, cell));
  }
  g_assert_cmpint (style_with_format (styles, "+0.0;-0.0;0.0"), >, 0);

  /* The time of an answer: a number in a date format, the same instant. */
  g_assert_nonnull (first_score);
  date = style_with_format (styles, "yyyy-mm-dd hh:mm:ss");
  g_assert_cmpint (date, >, 0);
  g_assert_true (g_regex_match (updated, scores, 0, &match));
  {
    g_autofree char *s = g_match_info_fetch (match, 1);
    g_autofree char *v = g_match_info_fetch (match, 2);

    g_assert_cmpint (atoi (s), ==, date);
    /* Excel counts days from 1899-12-30. */
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (v, NULL), first_score->updated / 86400.0 + 25569, 1e-6);
  }
}

/* The study's own text where it has some; anonymised, generated anew
 * (the user's text names a municipality). */
static void
test_scenarios_describe (Fixture      *f,
                         gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenarios = fk_study_list_scenarios (f->study, &error);
  g_autoptr(GPtrArray) plain = NULL;
  g_autoptr(GPtrArray) anonymous = NULL;
  g_autoptr(FkAnonymizer) anon = fk_anonymizer_new (fk_round_snapshot_get_region (f->snapshot), 7, NULL);
  const FkScenario *first;
  const FkExportScenario *e;

  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, 4);
  first = scenarios->pdata[0];
  g_assert_true (fk_study_set_scenario_text (f->study, first->id, "sv", FK_SCENARIO_SECTION_SUMMARY,
                                             "Uddevalla leder arbetet.", &error));
  g_assert_no_error (error);
  g_clear_pointer (&scenarios, g_ptr_array_unref);
  scenarios = fk_study_list_scenarios (f->study, &error);
  g_assert_no_error (error);

  plain = fk_export_scenarios_describe (scenarios, f->candidates, "sv", NULL);
  g_assert_cmpuint (plain->len, ==, 4);
  e = plain->pdata[0];
  g_assert_cmpstr (e->name, ==, "Nollalternativ");
  g_assert_cmpstr (e->sections[FK_SCENARIO_SECTION_SUMMARY], ==, "Uddevalla leder arbetet.");
  g_assert_cmpstr (e->sections[FK_SCENARIO_SECTION_RISKS], !=, "");

  anonymous = fk_export_scenarios_describe (scenarios, f->candidates, "sv", anon);
  for (guint i = 0; i < anonymous->len; i++)
    {
      const FkExportScenario *a = anonymous->pdata[i];

      for (guint s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
        assert_names_nobody (f, a->sections[s], strlen (a->sections[s]));
    }
}

/* Sheet names as Excel takes them: at most 31 characters (not bytes),
 * none of []:*?/\, and no two alike ignoring case. */
static void
test_sheet_names (void)
{
  g_autofree char *dir = fk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "names.xlsx", NULL);
  FkXlsxBook book = { 0 };
  const struct { const char *label; const char *name; } cases[] = {
    { "Nuvarande nivå", "Nuvarande nivå" },
    { "Nuvarande NIVÅ", "Nuvarande NIVÅ (2)" },
    { "a/b\\c[d]e:f*g?h", "a-b-c-d-e-f-g-h" },
    { "Avvikelse från regionens median för förmågan", "Avvikelse från regionens median" },
    { "Avvikelse från regionens median för kommunen", "Avvikelse från regionens me (2)" },
  };

  book.workbook = workbook_new (path);
  book.sheet_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      lxw_worksheet *sheet = fk_xlsx_add_sheet (&book, cases[i].label);

      g_assert_nonnull (sheet);
      g_assert_cmpstr (sheet->name, ==, cases[i].name);
      g_assert_cmpint (g_utf8_strlen (sheet->name, -1), <=, 31);
    }
  g_assert_cmpint (workbook_close (book.workbook), ==, LXW_NO_ERROR);
  g_hash_table_unref (book.sheet_names);
  fk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export/data/csv/round-trip", Fixture, NULL, fixture_set_up, test_csv_round_trip, fixture_tear_down);
  g_test_add ("/export/data/csv/anonymized", Fixture, NULL, fixture_set_up, test_csv_anonymized, fixture_tear_down);
  g_test_add ("/export/data/xlsx/anonymized", Fixture, NULL, fixture_set_up, test_xlsx_anonymized, fixture_tear_down);
  g_test_add ("/export/data/xlsx/layout", Fixture, NULL, fixture_set_up, test_xlsx_layout, fixture_tear_down);
  g_test_add ("/export/data/xlsx/cancelled", Fixture, NULL, fixture_set_up, test_xlsx_cancelled, fixture_tear_down);
  g_test_add ("/export/data/write-failure", Fixture, NULL, fixture_set_up, test_write_failure, fixture_tear_down);
  g_test_add_func ("/export/data/xlsx/sheet-names", test_sheet_names);
  g_test_add ("/export/data/scenarios", Fixture, NULL, fixture_set_up, test_scenarios_describe, fixture_tear_down);
  return g_test_run ();
}
