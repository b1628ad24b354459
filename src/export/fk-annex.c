/* fk-annex.c — the PDF annex: what it reads from the study, the title
 * page, and the build that puts the chapters in order (docs/annex.md)
 */
#define G_LOG_DOMAIN "fk-annex"
#include "config.h"
#include "fk-annex.h"
#include "fk-annex-private.h"
#include "fk-export-data.h"
#include "fk-order.h"

#include "fk-i18n.h"
#include <string.h>

/* ---- the input ------------------------------------------------------------ */

FkAnnexInput *
fk_annex_input_new (FkStudy              *study,
                    const FkAnnexOptions *options,
                    GError              **error)
{
  g_autoptr(FkAnnexInput) input = g_new0 (FkAnnexInput, 1);
  g_autoptr(GPtrArray) imports = NULL;
  g_autoptr(GHashTable) respondents = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  FkCandidateWeights weights;
  const FkRound *round;
  FkRegion *region;

  g_return_val_if_fail (study != NULL && options != NULL, NULL);

  round = options->round_name != NULL ? fk_study_get_round_by_name (study, options->round_name, error)
                                      : fk_study_get_latest_round (study);
  if (round == NULL)
    {
      if (options->round_name == NULL)
        g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND, _("The study has no assessment round."));
      return NULL;
    }
  input->title = g_strdup (fk_study_get_title (study));
  input->language = g_strdup (options->language != NULL ? options->language : fk_study_get_language (study));
  input->anonymize = options->anonymize;
  input->comments = !options->anonymize || options->comments;
  input->parts = options->parts != 0 ? options->parts : FK_ANNEX_PARTS_ALL;
  input->heatmaps = options->heatmaps;
  input->round_name = g_strdup (round->name);
  input->round_date = g_strdup (round->date);
  input->now = g_date_time_new_now_local ();
  input->snapshot = fk_study_read_snapshot (study, round->id, error);
  if (input->snapshot == NULL)
    return NULL;
  /* Stored weights that cannot be read are an error, never the defaults. */
  if (!fk_study_get_candidate_weights (study, &weights, error))
    return NULL;
  input->candidates = fk_candidates_new (input->snapshot, &weights);
  if (options->anonymize)
    {
      input->anon = fk_anonymizer_new_for_study (study, NULL, error);
      if (input->anon == NULL)
        return NULL;
    }
  /* The one rule of every export (fk_scenario_get_report_texts()): the
   * stored text, else generated; anonymised, generated anew. */
  scenarios = fk_study_list_scenarios (study, error);
  if (scenarios == NULL)
    return NULL;
  input->scenarios = fk_export_scenarios_describe (scenarios, input->candidates, input->language, input->anon);

  imports = fk_study_list_imports (study, error);
  if (imports == NULL)
    return NULL;
  input->imports = g_ptr_array_new_with_free_func ((GDestroyNotify) fk_import_record_free);
  for (guint i = 0; i < imports->len; i++)
    {
      FkImportRecord *record = imports->pdata[i];

      if (record->round_id == round->id && record->has_counts)
        g_ptr_array_add (input->imports, g_steal_pointer (&imports->pdata[i]));
    }

  region = fk_round_snapshot_get_region (input->snapshot);
  if (!fk_study_list_respondents (study, &respondents, error))
    return NULL;
  input->respondents = g_new0 (char *, region->municipalities->len + 1);
  for (guint r = 0; r < region->municipalities->len; r++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);
      const char *name = g_hash_table_lookup (respondents, m->code);

      input->respondents[r] = g_strdup (name != NULL ? name : "");
    }
  return g_steal_pointer (&input);
}

void
fk_annex_input_free (FkAnnexInput *input)
{
  if (input == NULL)
    return;
  g_free (input->title);
  g_free (input->language);
  g_free (input->round_name);
  g_free (input->round_date);
  g_clear_pointer (&input->snapshot, fk_round_snapshot_unref);
  g_clear_pointer (&input->candidates, fk_candidates_unref);
  g_clear_pointer (&input->anon, fk_anonymizer_unref);
  g_clear_pointer (&input->scenarios, g_ptr_array_unref);
  g_clear_pointer (&input->imports, g_ptr_array_unref);
  g_strfreev (input->respondents);
  g_clear_pointer (&input->now, g_date_time_unref);
  g_free (input);
}

FkAnonymizer *
fk_annex_input_get_anonymizer (const FkAnnexInput *input)
{
  return input->anon;
}

/* ---- what the parts share ------------------------------------------------- */

char *
fk_annex_municipality_name (const FkAnnexInput *input,
                            guint               row)
{
  FkRegion *region = fk_round_snapshot_get_region (input->snapshot);
  const FkMunicipality *m = g_ptr_array_index (region->municipalities, row);

  return input->anon != NULL ? fk_anonymizer_get_display_name (input->anon, m->code) : g_strdup (m->name);
}

guint *
fk_annex_municipality_order (const FkAnnexInput *input,
                             guint              *n)
{
  *n = fk_round_snapshot_get_n_rows (input->snapshot);
  if (input->anon != NULL)
    {
      guint n_order;
      const guint *order = fk_anonymizer_get_order (input->anon, &n_order);

      g_assert (n_order == *n);
      return g_memdup2 (order, sizeof (guint) * MAX (n_order, 1));
    }
  return fk_order_municipalities (fk_round_snapshot_get_matrix (input->snapshot, FK_MEASURE_CURRENT),
                                  FK_MUNICIPALITY_ORDER_NAME, FALSE);
}

char *
fk_annex_number (const FkAnnexInput *input,
                 double              value,
                 gboolean            integral)
{
  return fk_text_format_number (value, integral, FALSE, input->language);
}

void
fk_annex_count_answers (const FkAnnexInput *input,
                        guint               row,
                        guint              *assessed,
                        guint              *not_applicable,
                        guint              *not_assessed)
{
  guint n_cols = fk_round_snapshot_get_n_cols (input->snapshot);

  *assessed = *not_applicable = *not_assessed = 0;
  for (guint c = 0; c < n_cols; c++)
    {
      const FkScore *score = fk_round_snapshot_get_score (input->snapshot, row, c);

      if (score == NULL || score->current == FK_LEVEL_UNSET)
        (*not_assessed)++;
      else if (score->current == FK_LEVEL_NA)
        (*not_applicable)++;
      else
        (*assessed)++;
    }
}

void
fk_annex_add_paragraphs (FkPdfDocument *doc,
                         const char    *text)
{
  g_auto(GStrv) paragraphs = NULL;

  if (text == NULL)
    return;
  paragraphs = g_regex_split_simple ("\\n[ \\t]*\\n", text, 0, 0);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *p = g_strstrip (g_strdup (paragraphs[i]));

      if (*p != '\0')
        fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, p);
    }
}

/* ---- the title page ------------------------------------------------------- */

/* The study's title; anonymised, the round's instead: a title is the
 * user's words and may name a municipality. */
static char *
annex_title (const FkAnnexInput *input)
{
  if (input->anonymize)
    /* Translators: the title of an anonymised annex or report text; %s is a round's name */
    return g_strdup_printf (_("Capability mapping, round %s"), input->round_name);
  return g_strdup (input->title);
}

/* "14 of 14 municipalities have assessed every capability", and those
 * that have assessed part or nothing, as one text. */
static char *
describe_completeness (FkAnnexInput *input)
{
  guint n_rows = fk_round_snapshot_get_n_rows (input->snapshot);
  guint n_cols = fk_round_snapshot_get_n_cols (input->snapshot);
  guint complete = 0, partly = 0, none = 0;
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < n_rows; r++)
    {
      guint assessed, na, missing;

      fk_annex_count_answers (input, r, &assessed, &na, &missing);
      if (missing == 0)
        complete++;
      else if (missing == n_cols)
        none++;
      else
        partly++;
    }
  /* Translators: the title page's completeness; "12 of 14 municipalities
   * have answered for all 43 capabilities" (a level or not applicable) */
  g_string_append_printf (text, ngettext ("%u of %u municipalities has answered for all %u capabilities",
                                          "%u of %u municipalities have answered for all %u capabilities",
                                          complete),
                          complete, n_rows, n_cols);
  if (partly > 0)
    {
      g_string_append (text, "; ");
      /* Translators: follows "12 of 14 municipalities have answered for all 43 capabilities; " */
      g_string_append_printf (text, ngettext ("%u has answered for some", "%u have answered for some", partly), partly);
    }
  if (none > 0)
    {
      g_string_append (text, "; ");
      /* Translators: follows "12 of 14 municipalities have answered for all 43 capabilities; " */
      g_string_append_printf (text, ngettext ("%u has not answered yet", "%u have not answered yet", none), none);
    }
  return g_string_free (text, FALSE);
}

/* The most municipalities the title page names: a list of about 30
 * names fills it (290 ran off the page). */
#define TITLE_PAGE_MAX_NAMES 30

void
fk_annex_add_title_page (FkAnnexInput  *input,
                         FkPdfDocument *doc)
{
  g_autofree guint *order = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *municipalities = NULL;
  g_autofree char *round = NULL;
  g_autofree char *date = g_date_time_format (input->now, "%Y-%m-%d");
  g_autofree char *completeness = describe_completeness (input);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = annex_title (input);
  const char *labels[6], *values[6];
  guint n, i = 0;

  order = fk_annex_municipality_order (input, &n);
  if (n <= TITLE_PAGE_MAX_NAMES)
    {
      for (guint k = 0; k < n; k++)
        g_ptr_array_add (names, fk_annex_municipality_name (input, order[k]));
      municipalities = fk_names_join_texts ((const char * const *) names->pdata, names->len);
    }
  else
    /* Translators: on the title page instead of the names, when there are too many to list */
    municipalities = g_strdup_printf (ngettext ("%u municipality, each named in the completeness table of the method chapter",
                                                "%u municipalities, each named in the completeness table of the method chapter",
                                                n), n);
  round = input->round_date != NULL
    /* Translators: a round on the title page: its name and its date */
    ? g_strdup_printf (_("%s (%s)"), input->round_name, input->round_date)
    : g_strdup (input->round_name);
  if (input->parts == FK_ANNEX_PARTS_REPORT_TEXT)
    subtitle = g_strdup (_("Report text: method, collaboration candidates and scenarios"));
  else
    subtitle = input->anonymize
      ? g_strdup (_("Annex to the pre-study: results of the capability mapping, anonymised"))
      : g_strdup (_("Annex to the pre-study: results of the capability mapping"));

  labels[i] = _("Round");
  values[i++] = round;
  labels[i] = _("Date");
  values[i++] = date;
  labels[i] = _("Municipalities");
  values[i++] = municipalities;
  labels[i] = _("Completeness");
  values[i++] = completeness;
  labels[i] = values[i] = NULL;
  fk_pdf_document_add_title_page (doc, title, subtitle, labels, values);
}

/* ---- the build ------------------------------------------------------------ */

static gboolean
report (GCancellable        *cancellable,
        FkAnnexProgressFunc  progress,
        gpointer             data,
        double               fraction,
        GError             **error)
{
  if (progress != NULL)
    progress (fraction, data);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static FkPdfDocument *
build (FkAnnexInput        *input,
       GCancellable        *cancellable,
       FkAnnexProgressFunc  progress,
       gpointer             data,
       GError             **error)
{
  g_autoptr(FkPdfDocument) doc = fk_pdf_document_new (input->language);
  g_autofree char *title = annex_title (input);
  g_autofree char *keywords = NULL;
  FkAnnexParts parts = input->parts;

  fk_pdf_document_set_title (doc, title);
  fk_pdf_document_set_subject (doc, parts == FK_ANNEX_PARTS_REPORT_TEXT
                                    ? _("Report text: method, collaboration candidates and scenarios")
                                    : _("Annex to the pre-study: results of the capability mapping"));
  keywords = g_strjoin (", ", _("capability mapping"), _("pre-study"), input->round_name, NULL);
  fk_pdf_document_set_keywords (doc, keywords);
  fk_pdf_document_set_creation_date (doc, input->now);
  /* The round's name alone: it often says "round" itself ("Round 1").
   * Anonymised, the title names the round already: not twice. */
  fk_pdf_document_set_running_header (doc, input->anonymize ? _("Capability mapping, anonymised") : title,
                                      input->round_name);

  if (parts & FK_ANNEX_PART_TITLE)
    fk_annex_add_title_page (input, doc);
  if (parts & FK_ANNEX_PART_CONTENTS)
    fk_pdf_document_add_toc (doc);
  if (parts & FK_ANNEX_PART_METHOD)
    fk_annex_add_method (input, doc);
  if (!report (cancellable, progress, data, 0.1, error))
    return NULL;
  if (parts & FK_ANNEX_PART_HEATMAPS)
    fk_annex_add_heatmaps (input, doc);
  if (!report (cancellable, progress, data, 0.3, error))
    return NULL;
  if (parts & FK_ANNEX_PART_MUNICIPALITIES)
    {
      g_autofree guint *order = NULL;
      guint n;

      order = fk_annex_municipality_order (input, &n);
      fk_pdf_document_add_page_break (doc, FK_PDF_PORTRAIT);
      fk_pdf_document_add_heading (doc, 1, _("Municipalities"));
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY,
                                     _("Each municipality’s profile: its mean current and target level per area against the region’s median, and the capabilities where it stands furthest above and below the regional median."));
      for (guint k = 0; k < n; k++)
        {
          fk_annex_add_municipality (input, doc, order[k], k == 0);
          if (!report (cancellable, progress, data, 0.3 + 0.6 * (k + 1) / n, error))
            return NULL;
        }
    }
  if (parts & FK_ANNEX_PART_CANDIDATES)
    fk_annex_add_candidates (input, doc);
  if (parts & FK_ANNEX_PART_SCENARIOS)
    fk_annex_add_scenarios (input, doc);
  if (!report (cancellable, progress, data, 1.0, error))
    return NULL;
  return g_steal_pointer (&doc);
}

FkPdfDocument *
fk_annex_build (FkAnnexInput        *input,
                GCancellable        *cancellable,
                FkAnnexProgressFunc  progress,
                gpointer             progress_data,
                GError             **error)
{
  FkPdfDocument *doc;

  g_return_val_if_fail (input != NULL, NULL);

  fk_text_push_message_language (input->language);
  doc = build (input, cancellable, progress, progress_data, error);
  fk_text_pop_message_language ();
  return doc;
}

gboolean
fk_annex_write (FkAnnexInput  *input,
                const char    *path,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(FkPdfDocument) doc = fk_annex_build (input, cancellable, NULL, NULL, error);

  if (doc == NULL)
    return FALSE;
  return fk_pdf_document_write (doc, path, cancellable, NULL, NULL, error);
}
