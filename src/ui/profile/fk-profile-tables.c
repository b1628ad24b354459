/* fk-profile-tables.c — the texts of the profile page
 *
 * The strengths and weaknesses tables (capability and area, level,
 * regional and size-class medians, difference) as widgets, their rows
 * and words from core (fk-profile-text.h, the annex's too). Plain
 * functions: the page owns the grids and calls these whenever its
 * profile is computed again.
 */
#define G_LOG_DOMAIN "fk-profile-tables"
#include "config.h"
#include "fk-profile-tables.h"
#include "fk-content-language.h"
#include "fk-profile-text.h"

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
  g_autoptr(GPtrArray) rows = NULL;

  clear_grid (grid);
  if (items->len == 0)
    {
      GtkWidget *label = cell_label (none_text, FALSE);

      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_grid_attach (grid, label, 0, 0, 1, 1);
      return;
    }

  for (FkProfileColumn c = 0; c < FK_PROFILE_N_COLUMNS; c++)
    {
      GtkWidget *label = cell_label (fk_profile_column_get_heading (c), c >= 1);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), c >= 1 ? 7 : 17);
      gtk_widget_add_css_class (label, "heading");
      attach (columns, grid, label, c, 0);
    }

  /* The annex's rows too (fk-profile-text.h): one set of numbers. */
  rows = fk_profile_rows_new (items, fk_study_get_model (study), fk_content_language (study));
  for (guint i = 0; i < rows->len; i++)
    {
      const FkProfileRow *row = rows->pdata[i];

      attach (columns, grid, capability_cell (row->capability, row->area), 0, i + 1);
      attach (columns, grid, cell_label (row->level, TRUE), 1, i + 1);
      attach (columns, grid, cell_label (row->region_median, TRUE), 2, i + 1);
      attach (columns, grid, cell_label (row->size_median, TRUE), 3, i + 1);
      attach (columns, grid, cell_label (row->difference, TRUE), 4, i + 1);
    }
}
