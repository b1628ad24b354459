/* fk-annex-method.c — the annex's method chapter: the model, the scale,
 * the scoring rules, how the scores were collected and how complete
 * they are per municipality; the report text's method too (FkAnnexParts)
 */
#define G_LOG_DOMAIN "fk-annex-method"
#include "config.h"
#include "fk-annex-private.h"

#include "fk-i18n.h"

static void
add_model (FkAnnexInput  *input,
           FkPdfDocument *doc)
{
  FkModel *model = fk_round_snapshot_get_model (input->snapshot);
  guint n_caps = fk_model_get_n_capabilities (model);
  g_autofree char *intro = NULL;

  fk_pdf_document_add_heading (doc, 2, _("The capability model"));
  /* Translators: the model's name, its version, then how many areas and capabilities */
  intro = g_strdup_printf (ngettext ("The mapping uses the model “%s”, version %s, with %u capability in the areas below.",
                                     "The mapping uses the model “%s”, version %s, with %u capabilities in the areas below.",
                                     n_caps),
                           fk_text_get (&model->name, input->language), model->version, n_caps);
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, intro);
  if (!fk_text_is_empty (&model->description))
    fk_annex_add_paragraphs (doc, fk_text_get (&model->description, input->language));

  for (guint a = 0; a < model->areas->len; a++)
    {
      const FkArea *area = g_ptr_array_index (model->areas, a);
      g_autoptr(GPtrArray) caps = fk_model_get_area_capabilities (model, area->key);
      g_autoptr(FkPdfTable) table = NULL;

      if (caps == NULL || caps->len == 0)
        continue;
      fk_pdf_document_add_heading (doc, 3, fk_text_get (&area->name, input->language));
      if (!fk_text_is_empty (&area->description))
        fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, fk_text_get (&area->description, input->language));
      table = fk_pdf_table_new (3);
      fk_pdf_table_set_column (table, 0, _("Capability"), 0.3, FK_PDF_ALIGN_START);
      fk_pdf_table_set_column (table, 1, _("Description"), 0.58, FK_PDF_ALIGN_START);
      /* The action plan's effect goals (1A–5B) the capability serves. */
      fk_pdf_table_set_column (table, 2, _("Effect goals"), 0.12, FK_PDF_ALIGN_START);
      fk_pdf_table_set_striped (table, TRUE);
      for (guint i = 0; i < caps->len; i++)
        {
          const FkCapability *cap = g_ptr_array_index (caps, i);
          g_autofree char *goals = cap->goals != NULL ? g_strjoinv (", ", cap->goals) : g_strdup ("");
          const char *cells[] = { fk_text_get (&cap->name, input->language),
                                  fk_text_get (&cap->description, input->language), goals };

          fk_pdf_table_add_row (table, cells);
        }
      fk_pdf_document_add_table (doc, g_steal_pointer (&table));
    }
}

static void
add_scale (FkAnnexInput  *input,
           FkPdfDocument *doc)
{
  FkModel *model = fk_round_snapshot_get_model (input->snapshot);
  g_autoptr(FkPdfTable) table = fk_pdf_table_new (3);

  fk_pdf_document_add_heading (doc, 2, _("The scale"));
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                 _("Each municipality gives every capability its current level and the level it aims for, on this scale. A capability that does not concern the municipality is marked not applicable; one it has not answered for is not assessed."));
  fk_pdf_table_set_column (table, 0, _("Level"), 0.1, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 1, _("Name"), 0.25, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 2, _("Meaning"), 0.65, FK_PDF_ALIGN_START);
  fk_pdf_table_set_striped (table, TRUE);
  for (guint l = 0; l < FK_N_LEVELS; l++)
    {
      g_autofree char *level = fk_annex_number (input, model->scale[l].level, TRUE);
      const char *cells[] = { level, fk_text_get (&model->scale[l].name, input->language),
                              fk_text_get (&model->scale[l].meaning, input->language) };

      fk_pdf_table_add_row (table, cells);
    }
  fk_pdf_document_add_table (doc, g_steal_pointer (&table));

  if (model->scoring_rules->len > 0)
    {
      g_autoptr(GPtrArray) rules = g_ptr_array_new ();

      fk_pdf_document_add_heading (doc, 2, _("Scoring rules"));
      for (guint i = 0; i < model->scoring_rules->len; i++)
        g_ptr_array_add (rules, (gpointer) fk_text_get (g_ptr_array_index (model->scoring_rules, i), input->language));
      g_ptr_array_add (rules, NULL);
      fk_pdf_document_add_list (doc, TRUE, (const char * const *) rules->pdata);
    }
}

static const char *
municipality_of_record (FkAnnexInput         *input,
                        const FkImportRecord *record,
                        char                **owned)
{
  int row = record->municipality != NULL ? fk_round_snapshot_find_row (input->snapshot, record->municipality) : -1;

  if (row < 0)
    return record->municipality != NULL && input->anon == NULL ? record->municipality : "";
  *owned = fk_annex_municipality_name (input, row);
  return *owned;
}

/* The import table's column @column of the full table, one to the left
 * when anonymised (no date column). */
static guint
first_column (FkAnnexInput *input,
              guint         column)
{
  return input->anon != NULL ? column - 1 : column;
}

/* The import records' order in the table: the log's, or anonymised the
 * letters' (records of one municipality keep the log's order). */
static guint *
import_order (FkAnnexInput *input)
{
  guint n = input->imports->len;
  guint *order = g_new (guint, MAX (n, 1));
  g_autofree guint *rows = NULL;
  guint n_rows, k = 0;

  if (input->anon == NULL)
    {
      for (guint i = 0; i < n; i++)
        order[i] = i;
      return order;
    }
  rows = fk_annex_municipality_order (input, &n_rows);
  for (guint r = 0; r < n_rows; r++)
    for (guint i = 0; i < n; i++)
      {
        const FkImportRecord *record = input->imports->pdata[i];

        if (record->municipality != NULL &&
            fk_round_snapshot_find_row (input->snapshot, record->municipality) == (int) rows[r])
          order[k++] = i;
      }
  /* Records of no municipality of the round last. */
  for (guint i = 0; i < n; i++)
    {
      const FkImportRecord *record = input->imports->pdata[i];

      if (record->municipality == NULL || fk_round_snapshot_find_row (input->snapshot, record->municipality) < 0)
        order[k++] = i;
    }
  g_assert (k == n);
  return order;
}

static void
add_collection (FkAnnexInput  *input,
                FkPdfDocument *doc)
{
  guint n = input->imports->len;
  g_autoptr(FkPdfTable) table = NULL;
  g_autofree char *intro = NULL;
  g_autofree guint *order = NULL;

  fk_pdf_document_add_heading (doc, 2, _("How the scores were collected"));
  if (n == 0)
    {
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                     _("The scores of this round were entered in the application; no response files were imported."));
      return;
    }
  intro = g_strdup_printf (ngettext ("The municipalities answered in response files; %u file was imported into this round, as the study’s import log records:",
                                     "The municipalities answered in response files; %u files were imported into this round, as the study’s import log records:",
                                     n), n);
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, intro);
  /* Anonymised, neither the file's name nor who answered (both may tell
   * which municipality it was), nor when, nor in the log's order: the
   * order files came in is often the names' alphabetical order. */
  table = fk_pdf_table_new (input->anon != NULL ? 3 : 6);
  if (input->anon == NULL)
    fk_pdf_table_set_column (table, 0, _("Imported"), 0, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, first_column (input, 1), _("Municipality"), 0, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, first_column (input, 2), _("New"), 0, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, first_column (input, 3), _("Changed"), 0, FK_PDF_ALIGN_END);
  if (input->anon == NULL)
    {
      fk_pdf_table_set_column (table, 4, _("Answered by"), 0.25, FK_PDF_ALIGN_START);
      fk_pdf_table_set_column (table, 5, _("File"), 0.3, FK_PDF_ALIGN_START);
    }
  fk_pdf_table_set_striped (table, TRUE);
  order = import_order (input);
  for (guint k = 0; k < n; k++)
    {
      const FkImportRecord *record = input->imports->pdata[order[k]];
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (record->time);
      g_autofree char *when = time != NULL ? g_date_time_format (time, "%Y-%m-%d") : g_strdup ("");
      g_autofree char *owned = NULL;
      g_autofree char *n_new = fk_annex_number (input, record->n_new, TRUE);
      g_autofree char *n_changed = fk_annex_number (input, record->n_changed, TRUE);
      const char *cells[] = { when, municipality_of_record (input, record, &owned), n_new, n_changed,
                              record->respondent, record->source };

      fk_pdf_table_add_row (table, input->anon != NULL ? cells + 1 : cells);
    }
  fk_pdf_document_add_table (doc, g_steal_pointer (&table));
}

static void
add_completeness (FkAnnexInput  *input,
                  FkPdfDocument *doc)
{
  guint n_cols = fk_round_snapshot_get_n_cols (input->snapshot);
  g_autoptr(FkPdfTable) table = fk_pdf_table_new (input->anon != NULL ? 4 : 5);
  g_autofree guint *order = NULL;
  g_autofree char *intro = NULL;
  guint n, total[3] = { 0, 0, 0 };

  fk_pdf_document_add_heading (doc, 2, _("Completeness per municipality"));
  intro = g_strdup_printf (ngettext ("Each municipality answers for %u capability: with a level (assessed), as not applicable, or not at all (not assessed).",
                                     "Each municipality answers for %u capabilities: with a level (assessed), as not applicable, or not at all (not assessed).",
                                     n_cols), n_cols);
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, intro);
  fk_pdf_table_set_column (table, 0, _("Municipality"), 0, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 1, _("Assessed"), 0, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 2, _("Not applicable"), 0, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 3, _("Not assessed"), 0, FK_PDF_ALIGN_END);
  if (input->anon == NULL)
    fk_pdf_table_set_column (table, 4, _("Answered by"), 0.35, FK_PDF_ALIGN_START);
  fk_pdf_table_set_striped (table, TRUE);
  order = fk_annex_municipality_order (input, &n);
  for (guint k = 0; k < n; k++)
    {
      guint counts[3];
      g_autofree char *name = fk_annex_municipality_name (input, order[k]);
      g_autofree char *c0 = NULL, *c1 = NULL, *c2 = NULL;

      fk_annex_count_answers (input, order[k], &counts[0], &counts[1], &counts[2]);
      for (guint i = 0; i < 3; i++)
        total[i] += counts[i];
      c0 = fk_annex_number (input, counts[0], TRUE);
      c1 = fk_annex_number (input, counts[1], TRUE);
      c2 = fk_annex_number (input, counts[2], TRUE);
      {
        const char *cells[] = { name, c0, c1, c2, input->respondents[order[k]] };

        fk_pdf_table_add_row (table, cells);
      }
    }
  {
    g_autofree char *t0 = fk_annex_number (input, total[0], TRUE);
    g_autofree char *t1 = fk_annex_number (input, total[1], TRUE);
    g_autofree char *t2 = fk_annex_number (input, total[2], TRUE);
    const char *cells[] = { _("All municipalities"), t0, t1, t2, NULL };

    fk_pdf_table_add_row (table, cells);
  }
  fk_pdf_document_add_table (doc, g_steal_pointer (&table));
}

/* What every part of a heatmap means, the columns at its right edge
 * one by one: a reader of the paper annex has no tooltip. */
static void
add_reading (FkAnnexInput  *input,
             FkPdfDocument *doc)
{
  fk_pdf_document_add_heading (doc, 2, _("How to read the heatmaps"));
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                 _("Each heatmap shows one measure for every capability (rows, grouped by area) and municipality (columns); the legend under it gives the colours’ values. The last row gives each municipality’s mean. An empty cell with a thin outline is not assessed; a hatched cell is not applicable."));
  if (fk_annex_heatmaps_are_compact (input))
    fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                   _("With this many municipalities a row of a heatmap runs over several pages, where nobody reads its numbers across: the heatmaps show colours only, in smaller cells, with the mean and median but without the range and counts at the right edge. Every number is in the data annex (XLSX)."));
  else
    {
      /* Translators: %d is a level (2); the column's heading is "At level %d or below" */
      g_autofree char *low = g_strdup_printf (_("At level %d or below: how many municipalities have a current level of %d or lower. It counts the current level on every heatmap, also on those of the target, the gap and the risk."),
                                              FK_LEVEL_LOW_MAX, FK_LEVEL_LOW_MAX);
      const char *items[] = {
        _("Mean and Median: the mean and the median of the municipalities’ values of the heatmap’s measure."),
        _("Min–max: the lowest and the highest value."),
        low,
        _("Cannot sustain alone: how many municipalities have answered that they cannot sustain the capability on their own, or only with difficulty."),
        _("Interested: how many municipalities have answered yes or maybe to collaborating on it."),
        NULL
      };

      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                     _("The columns at the right edge sum up each capability over all municipalities with a value:"));
      fk_pdf_document_add_list (doc, FALSE, items);
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, _("The three counts are written “9/14”: nine of the fourteen municipalities that answered."));
    }
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                 _("The area overview shows each municipality’s mean current level over the capabilities of each area. A heatmap too large for one page is printed in parts, each with its row and column names."));
}

void
fk_annex_add_method (FkAnnexInput  *input,
                     FkPdfDocument *doc)
{
  fk_pdf_document_add_heading (doc, 1, _("Method"));
  add_model (input, doc);
  add_scale (input, doc);
  add_collection (input, doc);
  add_completeness (input, doc);
  /* Only where the heatmaps follow: the report text has none. */
  if (input->parts & FK_ANNEX_PART_HEATMAPS)
    add_reading (input, doc);
}
