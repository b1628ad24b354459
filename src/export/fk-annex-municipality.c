/* fk-annex-municipality.c — one municipality's pages in the annex: its
 * profile chart (the radar of the Profile page, fk-radar-chart.h), its
 * strengths and weaknesses against the regional and size-class medians
 * (fk-profile.h, worded as the Profile page words them) and its comments
 */
#define G_LOG_DOMAIN "fk-annex-municipality"
#include "config.h"
#include "fk-annex-private.h"
#include "fk-radar-chart.h"

#include "fk-i18n.h"

/* The chart's size on the page, in points: the text width, and room
 * for the tables under it. */
#define RADAR_HEIGHT 235.0

static void
draw_radar (cairo_t  *cr,
            gpointer  data)
{
  double width, height;

  fk_pdf_document_get_content_size (FK_PDF_PORTRAIT, &width, &height);
  fk_radar_chart_draw (data, cr, width, RADAR_HEIGHT, NULL);
}

/* "Small municipality (4 500 inhabitants)", as the Profile page says
 * it; anonymised only the size group, since the population tells who it is. */
static char *
describe_size (FkAnnexInput    *input,
               const FkProfile *profile)
{
  g_autofree char *population = fk_text_format_thousands (profile->population);

  if (input->anon != NULL)
    /* Translators: an anonymised municipality's size group ("Small", "Medium and large") */
    return g_strdup_printf (_("Size group: %s"),
                            fk_size_group_get_label (fk_anonymizer_get_size_group (input->anon, profile->municipality)));
  switch (profile->size)
    {
    case FK_SIZE_SMALL:
      return g_strdup_printf (_("Small municipality (%s inhabitants)"), population);
    case FK_SIZE_LARGE:
      return g_strdup_printf (_("Large municipality (%s inhabitants)"), population);
    case FK_SIZE_MEDIUM:
    default:
      return g_strdup_printf (_("Medium-size municipality (%s inhabitants)"), population);
    }
}

/* "40 of 43 capabilities have a level · 1 not applicable", the Profile
 * page's words. */
static char *
describe_count (guint n_levels,
                guint n_capabilities,
                guint n_not_applicable)
{
  /* Translators: the plural follows the second number, the model's total */
  g_autofree char *levels = g_strdup_printf (ngettext ("%u of %u capability has a level",
                                                       "%u of %u capabilities have a level",
                                                       n_capabilities),
                                             n_levels, n_capabilities);
  g_autofree char *na = NULL;

  if (n_not_applicable == 0)
    return g_steal_pointer (&levels);
  /* Translators: capabilities marked not applicable, after "… have a level · " */
  na = g_strdup_printf (ngettext ("%u not applicable", "%u not applicable", n_not_applicable),
                        n_not_applicable);
  return g_strconcat (levels, " · ", na, NULL);
}

static void
add_items (FkAnnexInput  *input,
           FkPdfDocument *doc,
           const char    *heading,
           const char    *about,
           GArray        *items)
{
  FkModel *model = fk_round_snapshot_get_model (input->snapshot);
  g_autoptr(FkPdfTable) table = NULL;

  fk_pdf_document_add_heading (doc, 3, heading);
  if (items->len == 0)
    {
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, _("None."));
      return;
    }
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_SMALL, about);
  table = fk_pdf_table_new (5);
  fk_pdf_table_set_column (table, 0, _("Capability"), 0.4, FK_PDF_ALIGN_START);
  fk_pdf_table_set_column (table, 1, _("Level"), 0.08, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 2, _("Regional median"), 0.17, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 3, _("Size class median"), 0.21, FK_PDF_ALIGN_END);
  fk_pdf_table_set_column (table, 4, _("Difference"), 0.14, FK_PDF_ALIGN_END);
  for (guint i = 0; i < items->len; i++)
    {
      const FkProfileItem *item = &g_array_index (items, FkProfileItem, i);
      const FkCapability *cap = fk_model_lookup (model, item->capability);
      const FkArea *area = fk_model_lookup_area (model, item->area);
      /* Translators: a capability and, in brackets, its area */
      g_autofree char *name = g_strdup_printf (_("%s (%s)"), fk_text_get (&cap->name, input->language),
                                               area != NULL ? fk_text_get (&area->name, input->language) : "");
      g_autofree char *level = fk_annex_number (input, item->level, TRUE);
      g_autofree char *region = fk_annex_number (input, item->region_median, FALSE);
      g_autofree char *size = fk_annex_number (input, item->size_median, FALSE);
      g_autofree char *diff = fk_text_format_number (item->difference, FALSE, TRUE, input->language);
      const char *cells[] = { name, level, region, size, diff };

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
  fk_pdf_document_add_heading (doc, 3, _("Comments"));
  if (n == 0)
    fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, _("No comments."));
  else
    fk_pdf_document_add_table (doc, g_steal_pointer (&table));
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
  g_autoptr(FkProfile) profile = fk_profile_new (input->snapshot, m->code, &error);
  g_autofree char *name = fk_annex_municipality_name (input, row);
  g_autofree char *size = NULL;
  g_autofree char *count = NULL;
  g_autofree char *line = NULL;
  FkRadarData *radar;
  double width, height;

  if (!first)
    fk_pdf_document_add_page_break (doc, FK_PDF_PORTRAIT);
  fk_pdf_document_add_heading (doc, 2, name);
  if (profile == NULL)
    {
      /* A municipality of the snapshot's own region: not expected. */
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, error->message);
      return;
    }
  size = describe_size (input, profile);
  count = describe_count (profile->n_levels, fk_round_snapshot_get_n_cols (input->snapshot),
                          profile->n_not_applicable);
  /* Translators: under a municipality's name: its size, then how many capabilities it answered */
  line = g_strdup_printf (_("%s. %s."), size, count);
  fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, line);
  if (fk_profile_is_empty (profile))
    {
      fk_pdf_document_add_paragraph (doc, FK_PDF_TEXT_BODY, _("The municipality has not answered in this round."));
      if (input->comments)
        add_comments (input, doc, row);
      return;
    }
  radar = fk_radar_data_new_for_profile (profile, input->language);
  /* Its title is the profile's name: anonymised, the letter instead. */
  fk_radar_data_set_title (radar, name);
  fk_pdf_document_get_content_size (FK_PDF_PORTRAIT, &width, &height);
  fk_pdf_document_add_figure (doc, width, RADAR_HEIGHT, draw_radar, radar,
                              (GDestroyNotify) fk_radar_data_unref);
  add_items (input, doc, _("Strengths"), _("Capabilities furthest above the regional median"), profile->strengths);
  add_items (input, doc, _("Weaknesses"), _("Capabilities furthest below the regional median"), profile->weaknesses);
  if (input->comments)
    add_comments (input, doc, row);
}
