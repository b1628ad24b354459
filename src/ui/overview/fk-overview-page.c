/* fk-overview-page.c — the study at a glance: municipalities, progress, areas
 *
 * The page recomputes only what a change of the study concerns, and only
 * while it is shown: a change to one municipality's scores updates that
 * row and the total; a hidden page notes that it is out of date and
 * rebuilds when it is mapped again.
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-overview-page"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-overview-page.h"
#include "fk-content-language.h"
#include "fk-split-box.h"
#include "fk-ui-resources.h"
#include "fk-wrap-layout.h"

struct _FkOverviewPage
{
  AdwBin        parent_instance;

  FkStudy      *study;
  gulong        changed_handler;
  GHashTable   *progress_cells;   /* code → the row's progress cell (owned by the list) */
  gboolean      stale;            /* a change came while the page was hidden */
  guint         n_recomputes;

  /* Columns of the municipality table line up across rows, also when a
   * narrow page wraps them onto a second line. */
  GtkSizeGroup *name_group;
  GtkSizeGroup *code_group;
  GtkSizeGroup *population_group;
  GtkSizeGroup *size_group;
  GtkSizeGroup *progress_group;

  /* Template widgets */
  GtkLabel     *title_label;
  GtkLabel     *model_label;
  GtkLabel     *round_label;
  GtkLabel     *progress_label;
  GtkLabel     *areas_label;
  GtkListBox   *municipality_list;
  GtkListBox   *area_list;
  FkSplitBox   *columns;
};

G_DEFINE_FINAL_TYPE (FkOverviewPage, fk_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STUDY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MUNICIPALITY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated (GtkListBox     *list,
                  GtkListBoxRow  *row,
                  FkOverviewPage *self)
{
  const char *code = g_object_get_data (G_OBJECT (row), "fk-code");

  if (code != NULL)
    g_signal_emit (self, signals[MUNICIPALITY_ACTIVATED], 0, code);
}

GtkWidget *
fk_overview_page_new (void)
{
  return g_object_new (FK_TYPE_OVERVIEW_PAGE, NULL);
}

FkStudy *
fk_overview_page_get_study (FkOverviewPage *self)
{
  g_return_val_if_fail (FK_IS_OVERVIEW_PAGE (self), NULL);

  return self->study;
}

guint
fk_overview_page_get_n_recomputes (FkOverviewPage *self)
{
  g_return_val_if_fail (FK_IS_OVERVIEW_PAGE (self), 0);

  return self->n_recomputes;
}

/* ---- building the lists ------------------------------------------------- */

static void
list_box_clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
cell_label (const char   *text,
            float         xalign,
            GtkSizeGroup *group,
            const char   *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Plain text always: names come from files. */
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (group != NULL)
    gtk_size_group_add_widget (group, label);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* One line on a wide page; on a narrow one the cells that do not fit wrap
 * onto a second line, in the same columns on every row. */
static GtkWidget *
table_row (FkOverviewPage *self,
           GtkWidget      *name,
           GtkWidget      *code,
           GtkWidget      *population,
           GtkWidget      *size,
           GtkWidget      *progress)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = g_object_new (FK_TYPE_WRAP_BOX, NULL);
  FkWrapLayout *layout = FK_WRAP_LAYOUT (gtk_widget_get_layout_manager (box));
  GtkWidget *cells[] = { name, code, population, size, progress };

  fk_wrap_layout_set_spacing (layout, 18);
  fk_wrap_layout_set_line_spacing (layout, 6);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "fk-table-row");
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_size_group_add_widget (self->name_group, name);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    fk_wrap_box_append (FK_WRAP_BOX (box), cells[i]);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static GtkWidget *
header_row (FkOverviewPage *self)
{
  GtkWidget *row;

  row = table_row (self, cell_label (_("Municipality"), 0, NULL, "heading"),
                   cell_label (_("Code"), 0, self->code_group, "heading"),
                   cell_label (_("Population"), 1, self->population_group, "heading"),
                   cell_label (_("Size"), 0, self->size_group, "heading"),
                   cell_label (_("Assessed"), 0, self->progress_group, "heading"));
  gtk_widget_add_css_class (row, "fk-table-header");
  return row;
}

/* Shows @assessed of @total in a progress cell; with @error, that the
 * count could not be read, and why in the tooltip, never a 0. */
static void
progress_cell_update (GtkWidget    *box,
                      guint         assessed,
                      guint         total,
                      const GError *error)
{
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *bar = gtk_widget_get_last_child (box);
  g_autofree char *text = NULL;

  /* The total adds up what the rows show: -1 for a count not read. */
  g_object_set_data (G_OBJECT (box), "fk-assessed", GINT_TO_POINTER (error != NULL ? -1 : (int) assessed));
  if (error != NULL)
    {
      gtk_label_set_text (GTK_LABEL (label), "–");
      gtk_widget_set_tooltip_text (box, error->message);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("The progress could not be read."), -1);
      return;
    }
  /* Translators: "12 of 43" capabilities assessed */
  text = g_strdup_printf (_("%u of %u"), assessed, total);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (box, NULL);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), assessed);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static GtkWidget *
progress_cell (FkOverviewPage *self,
               guint           total)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (total, 1));
  GtkWidget *label = cell_label ("", 1, NULL, "numeric");

  gtk_widget_set_size_request (label, 64, -1);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_size_group_add_widget (self->progress_group, box);
  return box;
}

/* The region's progress under the table, from what the rows show. */
static void
update_summary (FkOverviewPage *self,
                const FkRound  *round)
{
  guint n_caps = fk_model_get_n_capabilities (fk_study_get_model (self->study));
  guint n_answers = g_hash_table_size (self->progress_cells) * n_caps;
  guint total_assessed = 0;
  const char *failure = NULL;
  g_autofree char *text = NULL;
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->progress_cells);
  while (g_hash_table_iter_next (&iter, NULL, &cell))
    {
      int assessed = GPOINTER_TO_INT (g_object_get_data (cell, "fk-assessed"));

      if (assessed < 0)
        failure = gtk_widget_get_tooltip_text (cell);
      else
        total_assessed += assessed;
    }

  if (round == NULL)
    text = g_strdup (_("No assessment round yet."));
  else if (failure != NULL)
    text = g_strdup (_("The progress could not be read."));
  else
    /* Translators: progress of the whole region, e.g. "312 of 602 answers (52 %)" */
    text = g_strdup_printf (_("%u of %u answers (%u %%)"), total_assessed, n_answers,
                            n_answers > 0 ? (guint) (100.0 * total_assessed / n_answers + 0.5) : 0);
  gtk_label_set_text (self->progress_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->progress_label), failure);
}

/* Shows the counts of @round in the rows: of @municipality only (one
 * query), or of every municipality (one query for all). */
static void
update_counts (FkOverviewPage *self,
               const FkRound  *round,
               const char     *municipality)
{
  guint n_caps = fk_model_get_n_capabilities (fk_study_get_model (self->study));
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer code, cell;

  if (municipality != NULL)
    {
      guint assessed = 0;

      cell = g_hash_table_lookup (self->progress_cells, municipality);
      if (cell == NULL)
        return;
      if (round != NULL)
        fk_study_get_n_assessed (self->study, round->id, municipality, &assessed, &error);
      progress_cell_update (cell, assessed, n_caps, error);
    }
  else
    {
      if (round != NULL)
        fk_study_count_assessed_all (self->study, round->id, &counts, &error);
      g_hash_table_iter_init (&iter, self->progress_cells);
      while (g_hash_table_iter_next (&iter, &code, &cell))
        progress_cell_update (cell, counts != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, code)) : 0,
                              n_caps, error);
    }
  update_summary (self, round);
}

static void
rebuild_municipalities (FkOverviewPage *self,
                        const FkRound  *round)
{
  FkRegion *region = fk_study_get_region (self->study);
  guint n_caps = fk_model_get_n_capabilities (fk_study_get_model (self->study));

  gtk_list_box_append (self->municipality_list, header_row (self));

  for (guint i = 0; i < region->municipalities->len; i++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, i);
      FkSizeClass size = fk_region_municipality_size_class (region, m);
      g_autofree char *population = fk_text_format_thousands (m->population);
      GtkWidget *progress = progress_cell (self, n_caps);
      GtkWidget *row = table_row (self, cell_label (m->name, 0, NULL, "heading"),
                                  cell_label (m->code, 0, self->code_group, "numeric"),
                                  cell_label (population, 1, self->population_group, "numeric"),
                                  cell_label (fk_size_class_get_label (size), 0, self->size_group, NULL),
                                  progress);
      g_autofree char *tooltip = g_strdup_printf (_("Score %s"), m->name);

      /* A municipality's row opens its scoring (see FkOverviewPage::municipality-activated). */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, tooltip);
      g_object_set_data_full (G_OBJECT (row), "fk-code", g_strdup (m->code), g_free);
      gtk_list_box_append (self->municipality_list, row);
      g_hash_table_insert (self->progress_cells, g_strdup (m->code), progress);
    }
  update_counts (self, round, NULL);
}

static void
rebuild_areas (FkOverviewPage *self)
{
  FkModel *model = fk_study_get_model (self->study);
  const char *language = fk_content_language (self->study);
  g_autofree char *text = NULL;

  for (guint i = 0; i < model->areas->len; i++)
    {
      const FkArea *area = g_ptr_array_index (model->areas, i);
      g_autoptr(GPtrArray) caps = fk_model_get_area_capabilities (model, area->key);
      g_autofree char *count = g_strdup_printf (ngettext ("%u capability", "%u capabilities", caps->len),
                                                caps->len);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *suffix = cell_label (count, 1, NULL, "dim-label");

      gtk_widget_add_css_class (row, "fk-area-row");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fk_text_get (&area->name, language));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), fk_text_get (&area->description, language));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      gtk_list_box_append (self->area_list, row);
    }

  text = g_strdup_printf (ngettext ("%u capability in %u areas", "%u capabilities in %u areas",
                                    fk_model_get_n_capabilities (model)),
                          fk_model_get_n_capabilities (model), model->areas->len);
  gtk_label_set_text (self->areas_label, text);
}

static void
rebuild (FkOverviewPage *self)
{
  const FkRound *round;
  FkModel *model;
  FkRegion *region;
  g_autofree char *model_text = NULL;
  g_autofree char *round_text = NULL;

  self->stale = FALSE;
  self->n_recomputes++;
  g_hash_table_remove_all (self->progress_cells);
  list_box_clear (self->municipality_list);
  list_box_clear (self->area_list);

  if (self->study == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->model_label, "");
      gtk_label_set_text (self->round_label, "");
      gtk_label_set_text (self->progress_label, "");
      gtk_label_set_text (self->areas_label, "");
      return;
    }

  model = fk_study_get_model (self->study);
  region = fk_study_get_region (self->study);
  round = fk_study_get_latest_round (self->study);

  /* Translators: "Model: Digital motor, version 1.0.0 · Region: Fyrbodal" */
  model_text = g_strdup_printf (_("Model: %s, version %s · Region: %s"),
                                fk_text_get (&model->name, fk_content_language (self->study)),
                                model->version, region->name);
  if (round == NULL)
    round_text = g_strdup (_("No assessment round yet."));
  else if (round->date != NULL)
    round_text = g_strdup_printf (_("Assessment round: %s (%s)"), round->name, round->date);
  else
    round_text = g_strdup_printf (_("Assessment round: %s"), round->name);

  gtk_label_set_text (self->title_label, fk_study_get_title (self->study));
  gtk_label_set_text (self->model_label, model_text);
  gtk_label_set_text (self->round_label, round_text);

  rebuild_municipalities (self, round);
  rebuild_areas (self);
}

/* Rebuilds now if the page is shown, else once it is. */
static void
invalidate (FkOverviewPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->stale = TRUE;
}

static void
on_study_changed (FkStudy             *study,
                  const FkStudyChange *change,
                  FkOverviewPage      *self)
{
  const FkRound *round = fk_study_get_latest_round (study);

  /* The title, the language of the areas, the latest round: all of it.
   * Scores of the latest round: only the counts. The rest is not shown. */
  if (change->what & (FK_STUDY_CHANGE_METADATA | FK_STUDY_CHANGE_ROUNDS))
    invalidate (self);
  else if (round != NULL && fk_study_change_touches_scores (change, round->id, NULL))
    {
      if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
        self->stale = TRUE;
      else
        {
          self->n_recomputes++;
          update_counts (self, round, change->municipality);
        }
    }
}

void
fk_overview_page_set_study (FkOverviewPage *self,
                            FkStudy        *study)
{
  g_return_if_fail (FK_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (self->study == study)
    return;

  if (self->study != NULL)
    g_clear_signal_handler (&self->changed_handler, self->study);
  g_set_object (&self->study, study);
  if (study != NULL)
    self->changed_handler = g_signal_connect_object (study, "changed", G_CALLBACK (on_study_changed),
                                                     self, 0);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
}

/* ---- GtkWidget ---------------------------------------------------------- */

/* A page hidden while the study changed catches up when it is shown. */
static void
fk_overview_page_map (GtkWidget *widget)
{
  FkOverviewPage *self = FK_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (fk_overview_page_parent_class)->map (widget);
  if (self->stale)
    rebuild (self);
}

/* ---- GObject ------------------------------------------------------------ */

static void
fk_overview_page_dispose (GObject *object)
{
  FkOverviewPage *self = FK_OVERVIEW_PAGE (object);

  fk_content_language_disconnect (self);
  if (self->study != NULL)
    g_clear_signal_handler (&self->changed_handler, self->study);
  g_clear_object (&self->study);

  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_OVERVIEW_PAGE);

  g_clear_object (&self->name_group);
  g_clear_object (&self->code_group);
  g_clear_object (&self->population_group);
  g_clear_object (&self->size_group);
  g_clear_object (&self->progress_group);
  g_clear_pointer (&self->progress_cells, g_hash_table_unref);

  G_OBJECT_CLASS (fk_overview_page_parent_class)->dispose (object);
}

static void
fk_overview_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FkOverviewPage *self = FK_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_overview_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FkOverviewPage *self = FK_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_overview_page_set_study (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_overview_page_class_init (FkOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_overview_page_dispose;
  object_class->get_property = fk_overview_page_get_property;
  object_class->set_property = fk_overview_page_set_property;

  widget_class->map = fk_overview_page_map;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL,
                         FK_TYPE_STUDY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the resource links it in from the static library, whose
   * constructor registers it. */
  (void) fk_ui_get_resource ();
  g_type_ensure (FK_TYPE_SPLIT_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FkOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, FkOverviewPage, model_label);
  gtk_widget_class_bind_template_child (widget_class, FkOverviewPage, round_label);
  gtk_widget_class_bind_template_child (widget_class, FkOverviewPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, FkOverviewPage, areas_label);
  gtk_widget_class_bind_template_child (widget_class, FkOverviewPage, municipality_list);
  gtk_widget_class_bind_template_child (widget_class, FkOverviewPage, area_list);
  gtk_widget_class_bind_template_child (widget_class, FkOverviewPage, columns);

  /**
   * FkOverviewPage::municipality-activated:
   * @code: the municipality's code
   *
   * The user activated a municipality's row (click, Enter): the window
   * opens its scoring.
   */
  signals[MUNICIPALITY_ACTIVATED] =
    g_signal_new ("municipality-activated", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
fk_overview_page_init (FkOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->name_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->code_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->population_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->size_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->progress_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->progress_cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_signal_connect (self->municipality_list, "row-activated", G_CALLBACK (on_row_activated), self);
  fk_content_language_connect (self, G_CALLBACK (invalidate));
  rebuild (self);
}
