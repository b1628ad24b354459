/* fk-export-data-xlsx.c — the data annex as an XLSX workbook (docs/export-data.md)
 *
 * Written with libxlsxwriter into a temporary file beside the target and
 * renamed into place. libxlsxwriter prints numbers with the C library
 * ("%.16G"), which follows LC_NUMERIC: under a Swedish locale 2.5 would be
 * written "2,5" and the file would be wrong. The whole workbook is
 * therefore made with this thread's numeric locale set to C
 * (uselocale(), which no other thread sees); the other categories stay as
 * they were, so the program's words are still translated.
 */
#define G_LOG_DOMAIN "fk-export-data-xlsx"
#include "config.h"
#include "fk-export-data-xlsx-private.h"
#include "fk-error.h"
#include "fk-export-file.h"

#include <errno.h>
#include "fk-i18n.h"
#include <locale.h>
#include <math.h>

#define SHEET_NAME_MAX 31

/* ---- shared by the sheets --------------------------------------------------- */

lxw_worksheet *
fk_xlsx_add_sheet (FkXlsxBook *book,
                   const char *label)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *base = NULL;

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (name, strchr ("[]:*?/\\", (int) c) != NULL && c < 128 ? '-' : c);
    }
  base = g_utf8_substring (name->str, 0, MIN (g_utf8_strlen (name->str, -1), SHEET_NAME_MAX));
  g_string_assign (name, base);
  /* Excel compares sheet names without case. */
  for (guint n = 2; ; n++)
    {
      g_autofree char *folded = g_utf8_casefold (name->str, -1);

      if (!g_hash_table_contains (book->sheet_names, folded))
        {
          g_hash_table_add (book->sheet_names, g_steal_pointer (&folded));
          break;
        }
      {
        g_autofree char *suffix = g_strdup_printf (" (%u)", n);
        g_autofree char *head = g_utf8_substring (base, 0, MIN (g_utf8_strlen (base, -1),
                                                                SHEET_NAME_MAX - (glong) strlen (suffix)));

        g_string_printf (name, "%s%s", head, suffix);
      }
    }
  return workbook_add_worksheet (book->workbook, name->str);
}

void
fk_xlsx_write_text (lxw_worksheet *sheet,
                    guint          row,
                    guint          col,
                    const char    *text,
                    lxw_format    *format)
{
  if (text != NULL && *text != '\0')
    worksheet_write_string (sheet, row, col, text, format);
  else if (format != NULL)
    worksheet_write_blank (sheet, row, col, format);
}

void
fk_xlsx_write_number (lxw_worksheet *sheet,
                      guint          row,
                      guint          col,
                      double         value,
                      lxw_format    *format)
{
  if (!isnan (value))
    worksheet_write_number (sheet, row, col, value, format);
}

lxw_format *
fk_xlsx_signed_format (FkXlsxBook *book,
                       double      value)
{
  return round (value) == value ? book->signed_whole : book->signed_half;
}

lxw_color_t
fk_xlsx_color (const double rgb[3])
{
  guint r = (guint) lround (CLAMP (rgb[0], 0, 1) * 255);
  guint g = (guint) lround (CLAMP (rgb[1], 0, 1) * 255);
  guint b = (guint) lround (CLAMP (rgb[2], 0, 1) * 255);

  return (r << 16) | (g << 8) | b;
}

const char *
fk_xlsx_not_applicable_text (void)
{
  /* Translators: the short mark of a "not applicable" cell in the
   * spreadsheet's matrices (Swedish: "e.t.") */
  return _("N/A");
}

static void
add_formats (FkXlsxBook *book)
{
  book->title = workbook_add_format (book->workbook);
  format_set_bold (book->title);
  format_set_font_size (book->title, 14);
  book->header = workbook_add_format (book->workbook);
  format_set_bold (book->header);
  format_set_text_wrap (book->header);
  format_set_align (book->header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color (book->header, 0xE0E0E0);
  format_set_border (book->header, LXW_BORDER_THIN);
  book->bold = workbook_add_format (book->workbook);
  format_set_bold (book->bold);
  format_set_align (book->bold, LXW_ALIGN_VERTICAL_TOP);
  book->wrap = workbook_add_format (book->workbook);
  format_set_text_wrap (book->wrap);
  format_set_align (book->wrap, LXW_ALIGN_VERTICAL_TOP);
  book->top = workbook_add_format (book->workbook);
  format_set_align (book->top, LXW_ALIGN_VERTICAL_TOP);
  book->number = workbook_add_format (book->workbook);
  format_set_num_format (book->number, "0.0");
  format_set_align (book->number, LXW_ALIGN_VERTICAL_TOP);
  /* Positive; negative; zero: the sign is the format's, the cell stays
   * a number that sums and sorts. */
  book->signed_whole = workbook_add_format (book->workbook);
  format_set_num_format (book->signed_whole, "+0;-0;0");
  book->signed_half = workbook_add_format (book->workbook);
  format_set_num_format (book->signed_half, "+0.0;-0.0;0");
  book->signed_number = workbook_add_format (book->workbook);
  format_set_num_format (book->signed_number, "+0.0;-0.0;0.0");
  /* ISO 8601's order, which every language reads; the time is UTC. */
  book->datetime = workbook_add_format (book->workbook);
  format_set_num_format (book->datetime, "yyyy-mm-dd hh:mm:ss");
  format_set_align (book->datetime, LXW_ALIGN_LEFT);
  book->not_applicable = workbook_add_format (book->workbook);
  format_set_pattern (book->not_applicable, LXW_PATTERN_LIGHT_UP);
  format_set_fg_color (book->not_applicable, 0xBBBBBB);
  format_set_bg_color (book->not_applicable, 0xFFFFFF);
  format_set_align (book->not_applicable, LXW_ALIGN_CENTER);
}

/* Column headings in row 0 of a plain sheet (a list), with widths;
 * frozen, and repeated on every printed page. */
static void
write_headers (FkXlsxBook    *book,
               lxw_worksheet *sheet,
               const char   **headers,
               double        *widths,
               guint          n,
               gboolean       landscape)
{
  fk_xlsx_write_headers (book, sheet, 0, headers, widths, n, FALSE);
  worksheet_freeze_panes (sheet, 1, 0);
  fk_xlsx_set_print (sheet, landscape, 0, 0);
}

/* ---- the scores ---------------------------------------------------------------- */

typedef enum {
  COL_ROUND, COL_ID, COL_NAME, COL_SIZE, COL_AREA, COL_KEY, COL_CAPABILITY,
  COL_CURRENT, COL_TARGET, COL_GAP, COL_SUSTAIN, COL_KEY_PERSON, COL_RISK,
  COL_INTEREST, COL_UPDATED, COL_COMMENT, COL_RESPONDENT, N_SCORE_COLS
} ScoreColumn;

static void
write_level (FkXlsxBook    *book,
             lxw_worksheet *sheet,
             guint          row,
             guint          col,
             int            level)
{
  if (level == FK_LEVEL_NA)
    fk_xlsx_write_text (sheet, row, col, fk_xlsx_not_applicable_text (), book->not_applicable);
  else if (level >= FK_LEVEL_MIN && level <= FK_LEVEL_MAX)
    worksheet_write_number (sheet, row, col, level, NULL);
}

static void
add_scores_sheet (FkXlsxBook *book)
{
  FkExportData *data = book->data;
  FkModel *model = fk_round_snapshot_get_model (data->snapshot);
  FkMatrix *gap = fk_round_snapshot_get_matrix (data->snapshot, FK_MEASURE_GAP);
  FkMatrix *risk = fk_round_snapshot_get_matrix (data->snapshot, FK_MEASURE_RISK);
  /* Left out of an anonymised annex: typed text may name anyone, and the
   * letters sorted by the time of their answers would give back the
   * order in which the real names were entered. */
  guint n_cols = data->anon != NULL ? COL_UPDATED : N_SCORE_COLS;
  lxw_worksheet *sheet = fk_xlsx_add_sheet (book, _("Scores"));
  const char *headers[N_SCORE_COLS] = {
    [COL_ROUND] = _("Round"),
    [COL_ID] = data->anon != NULL ? _("Letter") : _("Code"),
    [COL_NAME] = _("Municipality"),
    [COL_SIZE] = _("Size"),
    [COL_AREA] = _("Area"),
    [COL_KEY] = _("Capability key"),
    [COL_CAPABILITY] = _("Capability"),
    [COL_CURRENT] = fk_measure_get_label (FK_MEASURE_CURRENT),
    [COL_TARGET] = fk_measure_get_label (FK_MEASURE_TARGET),
    [COL_GAP] = fk_measure_get_label (FK_MEASURE_GAP),
    [COL_SUSTAIN] = _("Can sustain alone for three years"),
    [COL_KEY_PERSON] = _("Key person"),
    [COL_RISK] = fk_measure_get_label (FK_MEASURE_RISK),
    [COL_INTEREST] = fk_measure_get_label (FK_MEASURE_INTEREST),
    [COL_UPDATED] = _("Updated (UTC)"),
    [COL_COMMENT] = _("Comment"),
    [COL_RESPONDENT] = _("Answered by"),
  };
  double widths[N_SCORE_COLS] = { 14, 8, 18, 10, 28, 30, 40, 10, 10, 8, 16, 10, 12, 12, 21, 50, 20 };
  g_autofree guint *rows = NULL;
  guint n_rows, r = 1;

  rows = fk_export_data_get_rows (data, &n_rows);
  /* A filter on every column. A worksheet table would do the same, but
   * libxlsxwriter has none in constant memory mode (written row by row). */
  fk_xlsx_write_headers (book, sheet, 0, headers, widths, n_cols, TRUE);
  worksheet_freeze_panes (sheet, 1, 0);
  fk_xlsx_set_print (sheet, TRUE, 0, 0);
  worksheet_autofilter (sheet, 0, 0, MAX (n_rows * model->capabilities->len, 1), n_cols - 1);
  for (guint i = 0; i < n_rows; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (fk_round_snapshot_get_region (data->snapshot)->municipalities, rows[i]);
      g_autofree char *name = fk_export_data_get_name (data, rows[i]);
      const char *size = data->anon != NULL
                         ? fk_size_group_get_label (fk_anonymizer_get_size_group (data->anon, m->code))
                         : fk_size_class_get_label (fk_round_snapshot_get_size_class (data->snapshot, rows[i]));

      for (guint c = 0; c < model->capabilities->len; c++, r++)
        {
          const FkCapability *capability = g_ptr_array_index (model->capabilities, c);
          const FkArea *area = fk_model_lookup_area (model, capability->area);
          const FkScore *score = fk_round_snapshot_get_score (data->snapshot, rows[i], c);

          if (score != NULL && data->anon == NULL)
            fk_xlsx_fit_row (book, sheet, r, (const char *[]) { score->comment }, &widths[COL_COMMENT], 1);
          fk_xlsx_write_text (sheet, r, COL_ROUND, fk_round_snapshot_get_round_name (data->snapshot), NULL);
          fk_xlsx_write_text (sheet, r, COL_ID, fk_export_data_get_id (data, rows[i]), NULL);
          fk_xlsx_write_text (sheet, r, COL_NAME, name, NULL);
          fk_xlsx_write_text (sheet, r, COL_SIZE, size, NULL);
          fk_xlsx_write_text (sheet, r, COL_AREA, area != NULL ? fk_text_get (&area->name, data->language) : NULL, NULL);
          fk_xlsx_write_text (sheet, r, COL_KEY, capability->key, NULL);
          fk_xlsx_write_text (sheet, r, COL_CAPABILITY, fk_text_get (&capability->name, data->language), NULL);
          fk_xlsx_write_number (sheet, r, COL_GAP, fk_matrix_get (gap, rows[i], c),
                                fk_xlsx_signed_format (book, fk_matrix_get (gap, rows[i], c)));
          fk_xlsx_write_number (sheet, r, COL_RISK, fk_matrix_get (risk, rows[i], c), NULL);
          if (score == NULL)
            continue;
          write_level (book, sheet, r, COL_CURRENT, score->current);
          write_level (book, sheet, r, COL_TARGET, score->target);
          if (score->sustain != FK_SUSTAIN_UNSET)
            fk_xlsx_write_text (sheet, r, COL_SUSTAIN, fk_sustain_get_label (score->sustain), NULL);
          if (score->key_person != FK_KEY_PERSON_UNSET)
            fk_xlsx_write_text (sheet, r, COL_KEY_PERSON, fk_key_person_get_label (score->key_person), NULL);
          if (score->interest != FK_INTEREST_UNSET)
            fk_xlsx_write_text (sheet, r, COL_INTEREST, fk_interest_get_label (score->interest), NULL);
          /* A date and time a spreadsheet sorts and filters as one. */
          if (score->updated != 0 && data->anon == NULL)
            worksheet_write_unixtime (sheet, r, COL_UPDATED, score->updated, book->datetime);
          if (data->anon == NULL)
            {
              fk_xlsx_write_text (sheet, r, COL_COMMENT, score->comment, book->wrap);
              fk_xlsx_write_text (sheet, r, COL_RESPONDENT, score->respondent, NULL);
            }
        }
    }

}

/* ---- the scale and the model -------------------------------------------------- */

static void
add_scale_sheet (FkXlsxBook *book)
{
  FkModel *model = fk_round_snapshot_get_model (book->data->snapshot);
  lxw_worksheet *sheet = fk_xlsx_add_sheet (book, _("Scale"));
  const char *headers[] = { _("Level"), _("Name"), _("Meaning") };
  double widths[] = { 8, 24, 90 };

  write_headers (book, sheet, headers, widths, G_N_ELEMENTS (headers), FALSE);
  for (guint i = 0; i < FK_N_LEVELS; i++)
    {
      const FkScaleLevel *level = &model->scale[i];
      const char *meaning = fk_text_get (&level->meaning, book->data->language);

      fk_xlsx_fit_row (book, sheet, i + 1, &meaning, &widths[2], 1);
      worksheet_write_number (sheet, i + 1, 0, level->level, NULL);
      fk_xlsx_write_text (sheet, i + 1, 1, fk_text_get (&level->name, book->data->language), NULL);
      fk_xlsx_write_text (sheet, i + 1, 2, meaning, book->wrap);
    }
}

static void
add_model_sheet (FkXlsxBook *book)
{
  FkExportData *data = book->data;
  FkModel *model = fk_round_snapshot_get_model (data->snapshot);
  lxw_worksheet *sheet = fk_xlsx_add_sheet (book, _("Model"));
  enum { AREA_KEY, AREA, KEY, NAME, DESCRIPTION, GOALS, LEVEL0, NOT_APPLICABLE = LEVEL0 + FK_N_LEVELS, N };
  g_autoptr(GPtrArray) level_headers = g_ptr_array_new_with_free_func (g_free);
  const char *headers[N];
  double widths[N];

  headers[AREA_KEY] = _("Area key");
  headers[AREA] = _("Area");
  headers[KEY] = _("Capability key");
  headers[NAME] = _("Capability");
  headers[DESCRIPTION] = _("Description");
  headers[GOALS] = _("Effect goals");
  headers[NOT_APPLICABLE] = _("Not applicable when");
  for (guint i = 0; i < FK_N_LEVELS; i++)
    {
      /* Translators: a column heading: what level %d looks like for a capability */
      g_ptr_array_add (level_headers, g_strdup_printf (_("Level %d"), FK_LEVEL_MIN + (int) i));
      headers[LEVEL0 + i] = g_ptr_array_index (level_headers, i);
      widths[LEVEL0 + i] = 40;
    }
  widths[AREA_KEY] = 16;
  widths[AREA] = 28;
  widths[KEY] = 30;
  widths[NAME] = 36;
  widths[DESCRIPTION] = 60;
  widths[GOALS] = 10;
  widths[NOT_APPLICABLE] = 40;
  write_headers (book, sheet, headers, widths, N, TRUE);

  for (guint c = 0; c < model->capabilities->len; c++)
    {
      const FkCapability *capability = g_ptr_array_index (model->capabilities, c);
      const FkArea *area = fk_model_lookup_area (model, capability->area);
      g_autofree char *goals = g_strjoinv (", ", capability->goals != NULL ? capability->goals : (char *[]) { NULL });
      guint r = c + 1;
      const char *texts[N] = { NULL, };

      texts[NAME] = fk_text_get (&capability->name, data->language);
      texts[DESCRIPTION] = fk_text_get (&capability->description, data->language);
      for (guint i = 0; i < FK_N_LEVELS; i++)
        texts[LEVEL0 + i] = fk_text_get (fk_model_get_level_meaning (model, capability, FK_LEVEL_MIN + (int) i),
                                         data->language);
      texts[NOT_APPLICABLE] = fk_text_get (&capability->not_applicable, data->language);
      fk_xlsx_fit_row (book, sheet, r, texts, widths, N);
      fk_xlsx_write_text (sheet, r, AREA_KEY, capability->area, NULL);
      fk_xlsx_write_text (sheet, r, AREA, area != NULL ? fk_text_get (&area->name, data->language) : NULL, NULL);
      fk_xlsx_write_text (sheet, r, KEY, capability->key, NULL);
      fk_xlsx_write_text (sheet, r, NAME, texts[NAME], book->wrap);
      fk_xlsx_write_text (sheet, r, DESCRIPTION, texts[DESCRIPTION], book->wrap);
      fk_xlsx_write_text (sheet, r, GOALS, goals, NULL);
      for (guint i = 0; i < FK_N_LEVELS; i++)
        fk_xlsx_write_text (sheet, r, LEVEL0 + i, texts[LEVEL0 + i], book->wrap);
      fk_xlsx_write_text (sheet, r, NOT_APPLICABLE, texts[NOT_APPLICABLE], book->wrap);
    }
}

/* ---- the candidates and the scenarios ------------------------------------------ */

static void
write_candidate (FkXlsxBook        *book,
                 lxw_worksheet     *sheet,
                 guint              r,
                 const FkCandidate *candidate,
                 guint              rank,
                 const double      *widths)
{
  FkExportData *data = book->data;
  FkModel *model = fk_round_snapshot_get_model (data->snapshot);
  FkRegion *region = fk_round_snapshot_get_region (data->snapshot);
  const FkCapability *capability = g_ptr_array_index (model->capabilities, candidate->col);
  const FkArea *area = fk_model_lookup_area (model, capability->area);
  g_autofree char *participants = fk_names_join_municipalities (region, candidate->participants,
                                                                candidate->n_participants, data->anon, FK_NAMES_PLAIN);
  g_autofree char *hosts = fk_names_join_municipalities (region, candidate->hosts, candidate->n_hosts,
                                                         data->anon, FK_NAMES_PLAIN);
  g_autofree char *gain = fk_candidates_get_gain (data->candidates, candidate, data->anon);
  g_autofree char *reason = fk_candidates_get_reason (data->candidates, candidate, data->anon);
  const char *texts[] = {
    rank > 0 ? NULL : _("Already strong and even"), NULL, NULL,
    fk_text_get (&capability->name, data->language),
    area != NULL ? fk_text_get (&area->name, data->language) : NULL,
    participants, hosts, gain, reason,
  };

  fk_xlsx_fit_row (book, sheet, r, texts, widths, G_N_ELEMENTS (texts));
  if (rank > 0)
    worksheet_write_number (sheet, r, 0, rank, NULL);
  else
    fk_xlsx_write_text (sheet, r, 0, _("Already strong and even"), book->wrap);
  worksheet_write_number (sheet, r, 1, candidate->score, book->number);
  fk_xlsx_write_text (sheet, r, 2, candidate->uncertain ? _("Uncertain") : NULL, NULL);
  fk_xlsx_write_text (sheet, r, 3, fk_text_get (&capability->name, data->language), book->wrap);
  fk_xlsx_write_text (sheet, r, 4, area != NULL ? fk_text_get (&area->name, data->language) : NULL, book->wrap);
  fk_xlsx_write_text (sheet, r, 5, participants, book->wrap);
  fk_xlsx_write_text (sheet, r, 6, hosts, book->wrap);
  fk_xlsx_write_text (sheet, r, 7, gain, book->wrap);
  fk_xlsx_write_text (sheet, r, 8, reason, book->wrap);
}

static void
add_candidates_sheet (FkXlsxBook *book)
{
  FkCandidates *candidates = book->data->candidates;
  lxw_worksheet *sheet = fk_xlsx_add_sheet (book, _("Collaboration candidates"));
  const char *headers[] = {
    _("Rank"), _("Collaboration potential"), _("Uncertain"), _("Capability"), _("Area"),
    _("Participants"), _("Possible hosts"), _("Gains most"), _("Reason"),
  };
  double widths[] = { 8, 14, 10, 36, 26, 40, 30, 30, 80 };
  guint r = 1;

  write_headers (book, sheet, headers, widths, G_N_ELEMENTS (headers), TRUE);
  if (!fk_candidates_has_levels (candidates))
    {
      fk_xlsx_write_text (sheet, 1, 0, _("No municipality has given a level in this round: there is nothing to rank yet."), NULL);
      return;
    }
  for (guint i = 0; i < fk_candidates_get_n (candidates); i++, r++)
    write_candidate (book, sheet, r, fk_candidates_get (candidates, i), i + 1, widths);
  for (guint i = 0; i < fk_candidates_get_n_strong (candidates); i++, r++)
    write_candidate (book, sheet, r, fk_candidates_get_strong (candidates, i), 0, widths);
}

static void
add_scenarios_sheet (FkXlsxBook *book)
{
  FkExportData *data = book->data;
  lxw_worksheet *sheet = fk_xlsx_add_sheet (book, _("Scenarios"));
  const char *headers[] = { _("Scenario"), _("Section"), _("Text") };
  double widths[] = { 34, 28, 110 };
  guint r = 1;

  write_headers (book, sheet, headers, widths, G_N_ELEMENTS (headers), TRUE);
  for (guint i = 0; i < data->scenarios->len; i++)
    {
      const FkExportScenario *scenario = data->scenarios->pdata[i];

      for (FkScenarioSection s = 0; s < FK_N_SCENARIO_SECTIONS; s++)
        {
          g_autofree char *heading = NULL;
          g_autofree char *text = g_strstrip (g_strdup (scenario->sections[s] != NULL ? scenario->sections[s] : ""));

          /* A section the user emptied is left out, as in the plain text. */
          if (*text == '\0')
            continue;
          heading = fk_scenario_section_get_heading (s, data->language);
          fk_xlsx_fit_row (book, sheet, r, (const char *[]) { scenario->name, heading, text }, widths, 3);
          fk_xlsx_write_text (sheet, r, 0, scenario->name, book->bold);
          fk_xlsx_write_text (sheet, r, 1, heading, book->wrap);
          fk_xlsx_write_text (sheet, r, 2, text, book->wrap);
          r++;
        }
    }
}

/* ---- the workbook --------------------------------------------------------------- */

typedef struct {
  FkExportData         *data;
  const char           *path;
  GCancellable         *cancellable;
  FkExportProgressFunc  progress;
  gpointer              progress_data;
} XlsxJob;

static gboolean
step_done (const XlsxJob *job,
           guint          done,
           guint          total,
           GError       **error)
{
  if (job->progress != NULL)
    job->progress ((double) done / total, job->progress_data);
  return !g_cancellable_set_error_if_cancelled (job->cancellable, error);
}

static gboolean
build_sheets (FkXlsxBook    *book,
              const XlsxJob *job,
              GError       **error)
{
  guint total = 4 + FK_N_MEASURES, done = 0;

  add_scores_sheet (book);
  if (!step_done (job, ++done, total, error))
    return FALSE;
  for (FkMeasure m = 0; m < FK_N_MEASURES; m++)
    {
      fk_xlsx_add_measure_sheet (book, m);
      if (!step_done (job, ++done, total, error))
        return FALSE;
    }
  add_candidates_sheet (book);
  if (!step_done (job, ++done, total, error))
    return FALSE;
  add_scenarios_sheet (book);
  if (!step_done (job, ++done, total, error))
    return FALSE;
  add_scale_sheet (book);
  add_model_sheet (book);
  return step_done (job, ++done, total, error);
}

static gboolean
write_workbook (const char  *tmp_path,
                gpointer     user_data,
                GError     **error)
{
  const XlsxJob *job = user_data;
  g_autofree char *title = NULL;
  /* Row by row, each row flushed to a temporary file as the next begins:
   * a 290 × 200 study would otherwise hold every cell in memory. */
  lxw_workbook_options workbook_options = { .constant_memory = LXW_TRUE };
  lxw_doc_properties properties = { 0 };
  FkXlsxBook book = { 0 };
  gboolean built;
  lxw_error status;

  book.workbook = workbook_new_opt (tmp_path, &workbook_options);
  if (book.workbook == NULL)
    {
      g_autofree char *display = g_filename_display_name (job->path);

      g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: could not write the file"), display);
      return FALSE;
    }
  book.data = job->data;
  book.sheet_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_formats (&book);
  /* No study title: it may name a municipality, and the metadata of an
   * anonymised file must not. */
  /* Translators: the title in a spreadsheet's properties; %s is a round's name */
  title = g_strdup_printf (_("Data annex — %s"), fk_round_snapshot_get_round_name (job->data->snapshot));
  properties.title = title;
  properties.author = (char *) "Förmågekarta";
  workbook_set_properties (book.workbook, &properties);

  built = build_sheets (&book, job, error);
  /* The file is written here; after a cancel it is written all the same
   * (libxlsxwriter has no public way to drop a workbook) and removed. */
  status = workbook_close (book.workbook);
  g_hash_table_unref (book.sheet_names);
  if (!built)
    return FALSE;
  if (status != LXW_NO_ERROR)
    {
      g_autofree char *display = g_filename_display_name (job->path);

      g_set_error (error, FK_ERROR, FK_ERROR_IO, _("%s: could not write the file"), display);
      if (error != NULL)
        fk_error_set_detail (*error, lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
fk_export_data_write_xlsx (FkExportData         *data,
                           const char           *path,
                           GCancellable         *cancellable,
                           FkExportProgressFunc  progress,
                           gpointer              progress_data,
                           GError              **error)
{
  XlsxJob job = { data, path, cancellable, progress, progress_data };
  locale_t current, c_numeric, previous;
  gboolean ok;

  g_return_val_if_fail (data != NULL && path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  /* The words in the annex's language, then this thread's numbers in C,
   * every other category as it was. */
  fk_text_push_message_language (data->language);
  current = duplocale (uselocale ((locale_t) 0));
  c_numeric = newlocale (LC_NUMERIC_MASK, "C", current);
  if (c_numeric == (locale_t) 0)
    {
      freelocale (current);
      fk_text_pop_message_language ();
      g_set_error_literal (error, FK_ERROR, FK_ERROR_IO, g_strerror (errno));
      return FALSE;
    }
  previous = uselocale (c_numeric);
  ok = fk_export_write_replacing (path, write_workbook, &job, error);
  uselocale (previous);
  freelocale (c_numeric);
  fk_text_pop_message_language ();
  return ok;
}
