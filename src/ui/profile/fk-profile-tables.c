/* fk-profile-tables.c — the texts of the profile page
 *
 * The strengths and weaknesses tables (capability and area, level,
 * regional and size-class medians, difference) and the two summary lines
 * above them. Plain functions: the page owns the grids and calls these
 * whenever its profile is computed again.
 */
#define G_LOG_DOMAIN "fk-profile-tables"
#include "config.h"
#include "fk-profile-tables.h"
#include "fk-content-language.h"

#include <glib/gi18n.h>
#include <math.h>

/* "2.5", "3" (in the locale's notation); "–" for none. */
static char *
format_level (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  if (value == floor (value))
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

static char *
format_difference (double value)
{
  g_autofree char *abs_text = format_level (fabs (value));

  /* U+2212 MINUS SIGN reads better than a hyphen in a table. */
  return g_strdup_printf ("%s%s", value > 0 ? "+" : value < 0 ? "−" : "", abs_text);
}

static GtkWidget *
cell_label (const char *text,
            gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_text (GTK_LABEL (label), text);   /* never markup */
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), !numeric);
  if (!numeric)
    gtk_label_set_max_width_chars (GTK_LABEL (label), 17);
  else
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

/* The capability with its area below it, dimmed: one column less, so
 * that the table fits beside the chart. */
static GtkWidget *
capability_cell (const char *name,
                 const char *area)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *area_label = cell_label (area, FALSE);

  gtk_box_append (GTK_BOX (box), cell_label (name, FALSE));
  gtk_widget_add_css_class (area_label, "dim-label");
  gtk_box_append (GTK_BOX (box), area_label);
  return box;
}

static void
attach (GtkSizeGroup **columns,
        GtkGrid       *grid,
        GtkWidget     *cell,
        guint          column,
        guint          row)
{
  gtk_grid_attach (grid, cell, column, row, 1, 1);
  gtk_size_group_add_widget (columns[column], cell);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

void
fk_profile_tables_fill (GtkGrid       *grid,
                        GtkSizeGroup **columns,
                        FkStudy       *study,
                        GArray        *items,
                        const char    *none_text)
{
  const char *headers[FK_PROFILE_TABLES_N_COLUMNS] = {
    N_("Capability"), N_("Level"),
    N_("Regional median"), N_("Size class median"), N_("Difference"),
  };
  FkModel *model = fk_study_get_model (study);
  const char *language = fk_content_language (study);

  clear_grid (grid);
  if (items->len == 0)
    {
      GtkWidget *label = cell_label (none_text, FALSE);

      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_grid_attach (grid, label, 0, 0, 1, 1);
      return;
    }

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      GtkWidget *label = cell_label (_(headers[c]), c >= 1);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), c >= 1 ? 7 : 17);
      gtk_widget_add_css_class (label, "heading");
      attach (columns, grid, label, c, 0);
    }

  for (guint i = 0; i < items->len; i++)
    {
      const FkProfileItem *item = &g_array_index (items, FkProfileItem, i);
      const FkCapability *cap = fk_model_lookup (model, item->capability);
      const FkArea *area = fk_model_lookup_area (model, item->area);
      g_autofree char *level = g_strdup_printf ("%d", item->level);
      g_autofree char *region = format_level (item->region_median);
      g_autofree char *size = format_level (item->size_median);
      g_autofree char *diff = format_difference (item->difference);

      attach (columns, grid, capability_cell (fk_text_get (&cap->name, language),
                                           area ? fk_text_get (&area->name, language) : ""), 0, i + 1);
      attach (columns, grid, cell_label (level, TRUE), 1, i + 1);
      attach (columns, grid, cell_label (region, TRUE), 2, i + 1);
      attach (columns, grid, cell_label (size, TRUE), 3, i + 1);
      attach (columns, grid, cell_label (diff, TRUE), 4, i + 1);
    }
}

char *
fk_profile_tables_describe_size (const FkProfile *profile)
{
  g_autofree char *population = fk_text_format_thousands (profile->population);

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

/* "3 of 40 capabilities have a level · 1 not applicable": each number
 * with its own plural, the second part only when there is one. */
char *
fk_profile_tables_describe_count (guint n_levels,
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
