/* fk-annex-municipality.c — one municipality's pages in the annex: its
 * profile chart (the radar of the Profile page, fk-radar-chart.h), its
 * strengths and weaknesses against the regional and size-class medians
 * (fk-profile-text.h: the Profile page's rows and words) and its comments
 */
#define G_LOG_DOMAIN "fk-annex-municipality"
#include "config.h"
#include "fk-annex-private.h"
#include "fk-profile-text.h"
#include "fk-radar-chart.h"

#include "fk-i18n.h"

/* The chart's size on the page, in points: the text width, and room
 * for the two tables of five rows under it, so that a municipality
 * without long comments keeps to one page. */
#define RADAR_HEIGHT 215.0

static void
draw_radar (cairo_t  *cr,
            gpointer  data)
{
  double width, height;

  fk_pdf_document_get_content_size (FK_PDF_PORTRAIT, &width, &height);
  fk_radar_chart_draw (data, cr, width, RADAR_HEIGHT, NULL);
}

static void
add_items (FkAnnexInput  *input,
           FkPdfDocument *doc,
           const char    *heading,
           const char    *about,
           gboolean       above,
           GArray        *items)
{
  /* The capability (and its area) as wide as the medians' headings
   * allow: one line each where it can, so both tables fit the page. */
  static const double widths[FK_PROFILE_N_COLUMNS] = { 0.44, 0.07, 0.16, 0.21, 0.12 };
  FkModel *model = fk_round_snapshot_get_model (input->snapshot);
  g_autoptr(FkPdfTable) table = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  fk_pdf_document_add_heading (doc, 3, heading);
  if (items->len == 0)
    {
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, fk_profile_describe_none (above));
      return;
    }
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_SMALL, about);
  rows = fk_profile_rows_new (items, model, input->language);
  table = fk_pdf_table_new (FK_PROFILE_N_COLUMNS);
  for (FkProfileColumn c = 0; c < FK_PROFILE_N_COLUMNS; c++)
    fk_pdf_table_set_column (table, c, fk_profile_column_get_heading_for (c, input->anon != NULL), widths[c],
                             c == FK_PROFILE_COLUMN_CAPABILITY ? FK_PDF_ALIGN_START : FK_PDF_ALIGN_END);
  for (guint i = 0; i < rows->len; i++)
    {
      const FkProfileRow *row = rows->pdata[i];
      /* Translators: a capability and, in brackets, its area */
      g_autofree char *name = g_strdup_printf (_("%s (%s)"), row->capability, row->area);
      const char *cells[] = { name, row->level, row->region_median, row->size_median, row->difference };

      fk_pdf_table_add_row (table, cells);
    }
  fk_pdf_document_add_table (doc, g_steal_pointer (&table));
}

static void
add_comments (FkAnnexInput  *input,
              FkPdfDocument *doc,
              guint          row)
{
  FkModel *model = fk_round_snapshot_get_model (input->snapshot);
  guint n_cols = fk_round_snapshot_get_n_cols (input->snapshot);
  g_autoptr(FkPdfTable) table = fk_pdf_table_new (2);
  guint n = 0;

  fk_pdf_table_set_column (table, 0, _("Capability"), 0.3, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 1, _("Comment"), 0.7, FK_PDF_ALIGN_START);
  fk_pdf_table_set_striped (table, TRUE);
  for (guint c = 0; c < n_cols; c++)
    {
      const FkScore *score = fk_round_snapshot_get_score (input->snapshot, row, c);
      const FkCapability *cap = g_ptr_array_index (model->capabilities, c);
      g_autofree char *comment = NULL;

      if (score == NULL || score->comment == NULL)
        continue;
      comment = g_strstrip (g_strdup (score->comment));
      if (*comment == '\0')
        continue;
      /* Plain text: the engine never reads markup, so "<b>&" prints as typed. */
      {
        const char *cells[] = { fk_text_get (&cap->name, input->language), comment };

        fk_pdf_table_add_row (table, cells);
      }
      n++;
    }
  /* None: one line, not a heading alone with it (which could take a
   * page of its own). */
  if (n == 0)
    {
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, _("The municipality has left no comments in this round."));
      return;
    }
  fk_pdf_document_add_heading (doc, 3, _("Comments"));
  fk_pdf_document_add_table (doc, g_steal_pointer (&table));
}

/* Which capabilities the municipality marked not applicable: the count
 * line says how many, a reader asks which. */
static void
add_not_applicable (FkAnnexInput  *input,
                    FkPdfDocument *doc,
                    guint          row)
{
  FkModel *model = fk_round_snapshot_get_model (input->snapshot);
  guint n_cols = fk_round_snapshot_get_n_cols (input->snapshot);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  for (guint c = 0; c < n_cols; c++)
    {
      const FkScore *score = fk_round_snapshot_get_score (input->snapshot, row, c);
      const FkCapability *cap = g_ptr_array_index (model->capabilities, c);

      if (score != NULL && score->current == FK_LEVEL_NA)
        g_ptr_array_add (names, (gpointer) fk_text_get (&cap->name, input->language));
    }
  if (names->len == 0)
    return;
  list = fk_names_join_texts ((const char * const *) names->pdata, names->len);
  /* Translators: %s is one capability or a list of them ("A, B and C") */
  text = g_strdup_printf (ngettext ("Not applicable to the municipality: %s.",
                                    "Not applicable to the municipality: %s.", names->len), list);
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, text);
}

void
fk_annex_add_municipality (FkAnnexInput  *input,
                           FkPdfDocument *doc,
                           guint          row,
                           gboolean       first)
{
  FkRegion *region = fk_round_snapshot_get_region (input->snapshot);
  const FkMunicipality *m = g_ptr_array_index (region->municipalities, row);
  g_autoptr(GError) error = NULL;
  g_autoptr(FkProfile) profile = fk_profile_new_anonymized (input->snapshot, m->code, input->anon, &error);
  g_autofree char *name = fk_annex_municipality_name (input, row);
  g_autofree char *size = NULL;
  g_autofree char *count = NULL;
  g_autofree char *line = NULL;
  FkRadarData *radar;
  double width, height;

  if (!first)
    fk_pdf_document_add_page_break (doc, FK_PDF_PORTRAIT);
  /* Its name (anonymised: the letter) again on each page its section
   * continues on, long comments above all. */
  fk_pdf_document_set_heading_repeated (doc, fk_pdf_document_add_heading (doc, 2, name), TRUE);
  if (profile == NULL)
    {
      /* A municipality of the snapshot's own region: not expected. */
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, error->message);
      return;
    }
  size = fk_profile_describe_size (profile, input->anon);
  count = fk_profile_describe_count (profile->n_levels, fk_round_snapshot_get_n_cols (input->snapshot),
                          profile->n_not_applicable);
  /* Translators: under a municipality's name: its size, then how many capabilities it answered */
  line = g_strdup_printf (_("%s. %s."), size, count);
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, line);
  if (profile->n_not_applicable > 0)
    add_not_applicable (input, doc, row);
  if (fk_profile_is_empty (profile))
    {
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, _("The municipality has not answered in this round."));
      if (input->comments)
        add_comments (input, doc, row);
      return;
    }
  radar = fk_radar_data_new_for_profile (profile, input->language);
  /* No title: the heading right above names the municipality (as the
   * Profile page does), and the chart gets the room. */
  fk_radar_data_set_title (radar, NULL);
  fk_pdf_document_get_content_size (FK_PDF_PORTRAIT, &width, &height);
  fk_pdf_document_add_figure (doc, width, RADAR_HEIGHT, draw_radar, radar,
                              (GDestroyNotify) fk_radar_data_unref);
  add_items (input, doc, _("Strengths"), _("Capabilities furthest above the regional median"), TRUE,
             profile->strengths);
  add_items (input, doc, _("Weaknesses"), _("Capabilities furthest below the regional median"), FALSE,
             profile->weaknesses);
  if (input->comments)
    add_comments (input, doc, row);
}
