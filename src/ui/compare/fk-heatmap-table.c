/* fk-heatmap-table.c — the heatmap as a real table, for screen readers and
 * for reading numbers
 *
 * A GListStore of FkHeatmapTableRow (defined here: a row's title and the
 * text of each of its cells, copied from the layout) behind a
 * GtkColumnView. The column view makes widgets only for the rows on
 * screen, but every column is a widget in each of them, so columns are
 * kept cheap: one label per cell, one factory per column (a factory does
 * not know its column otherwise), and one click gesture on the whole view
 * instead of one per cell.
 */
#define G_LOG_DOMAIN "fk-heatmap-table"
#include "config.h"
#include "fk-heatmap-table.h"

#include <glib/gi18n.h>
#include <math.h>

/* Width of the row header column, in pixels: room for a capability name
 * on two lines; longer ones are ellipsized with the whole in a tooltip. */
#define HEADER_WIDTH 240

/* ---- a row -------------------------------------------------------------- */

#define FK_TYPE_HEATMAP_TABLE_ROW (fk_heatmap_table_row_get_type ())
G_DECLARE_FINAL_TYPE (FkHeatmapTableRow, fk_heatmap_table_row, FK, HEATMAP_TABLE_ROW, GObject)

struct _FkHeatmapTableRow
{
  GObject   parent_instance;

  gboolean  heading;      /* an area's heading: a title, no values */
  int       capability;   /* −1 outside capability rows */
  char     *title;        /* the row header's text, in full */
  char    **texts;        /* one per layout column; NULL for a heading */
  gboolean *no_value;     /* one per layout column: the text is words for "no value" */
};

G_DEFINE_FINAL_TYPE (FkHeatmapTableRow, fk_heatmap_table_row, G_TYPE_OBJECT)

static void
fk_heatmap_table_row_finalize (GObject *object)
{
  FkHeatmapTableRow *row = FK_HEATMAP_TABLE_ROW (object);

  g_free (row->title);
  g_strfreev (row->texts);
  g_free (row->no_value);
  G_OBJECT_CLASS (fk_heatmap_table_row_parent_class)->finalize (object);
}

static void
fk_heatmap_table_row_class_init (FkHeatmapTableRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fk_heatmap_table_row_finalize;
}

static void
fk_heatmap_table_row_init (FkHeatmapTableRow *row)
{
  row->capability = -1;
}

/* ---- the table ---------------------------------------------------------- */

struct _FkHeatmapTable
{
  GtkWidget       parent_instance;

  GtkWidget      *box;           /* the pager above the scrolled window */
  GtkWidget      *pager;
  GtkLabel       *pager_label;
  GtkWidget      *previous_button;
  GtkWidget      *next_button;
  GtkColumnView  *view;
  GtkSelectionModel *selection;
  GListStore     *rows;          /* FkHeatmapTableRow */
  GPtrArray      *columns;       /* GtkColumnViewColumn, the layout's columns */
  GtkColumnViewColumn *header_column;
  GStrv           titles;        /* the layout's column titles */
  GArray         *municipality;  /* int per layout column: snapshot row or −1 */
  guint           n_municipality_columns; /* the first columns of the layout */
  guint           page;
};

G_DEFINE_FINAL_TYPE (FkHeatmapTable, fk_heatmap_table, GTK_TYPE_WIDGET)

enum {
  SIGNAL_CELL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Keys on a cell's label: its column (value cells only), and the list
 * item it shows. */
#define COLUMN_KEY    "fk-column"
#define LIST_ITEM_KEY "fk-list-item"

static FkHeatmapTableRow *
row_at (FkHeatmapTable *self,
        guint           item)
{
  /* The store holds a reference; the caller borrows. */
  g_autoptr(FkHeatmapTableRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), item);

  return row;
}

static const char *
label_text (const FkHeatmapLabel *label)
{
  if (label == NULL)
    return "";
  return label->full_text != NULL ? label->full_text : label->text != NULL ? label->text : "";
}

/* The number as the heatmap writes it; where the layout has no text
 * (numbers turned off in the heatmap) the table still shows the value. */
static char *
cell_text (const FkHeatmapCell *cell,
           gboolean            *no_value)
{
  *no_value = FALSE;
  if (!fk_heatmap_cell_is_defined (cell))
    {
      /* An aggregate this row does not have (the median of the
       * municipality-mean row): empty, as blank in the heatmap. */
      *no_value = TRUE;
      return g_strdup ("");
    }
  switch (cell->kind)
    {
    case FK_HEATMAP_CELL_NOT_APPLICABLE:
      *no_value = TRUE;
      return g_strdup (_("Not applicable"));
    case FK_HEATMAP_CELL_NOT_ASSESSED:
      *no_value = TRUE;
      /* One municipality's score, or an area of them: not assessed. An
       * aggregate of nothing is not "not assessed" by anyone. */
      if (cell->column_kind == FK_HEATMAP_COLUMN_MUNICIPALITY
          && cell->row_kind != FK_HEATMAP_ROW_MUNICIPALITY_MEAN)
        return g_strdup (_("Not assessed"));
      return g_strdup (_("No values"));
    case FK_HEATMAP_CELL_UNCHANGED:
    case FK_HEATMAP_CELL_NEWLY_ASSESSED:
    case FK_HEATMAP_CELL_NO_LONGER_ASSESSED:
      /* The change between rounds: the mark's name, as the legend says it. */
      return g_strdup (fk_heatmap_mark_name (cell->kind));
    case FK_HEATMAP_CELL_VALUE:
    case FK_HEATMAP_CELL_TEXT:
    default:
      if (cell->text != NULL && *cell->text != '\0')
        return g_strdup (cell->text);
      if (!isnan (cell->value))
        return g_strdup_printf (cell->value == floor (cell->value) ? "%.0f" : "%.1f", cell->value);
      *no_value = TRUE;
      return g_strdup (_("No values"));
    }
}

static FkHeatmapTableRow *
heading_row (const char *title)
{
  FkHeatmapTableRow *row = g_object_new (FK_TYPE_HEATMAP_TABLE_ROW, NULL);

  row->heading = TRUE;
  row->title = g_strdup (title);
  return row;
}

static FkHeatmapTableRow *
value_row (const FkHeatmapLayout *layout,
           guint                  r)
{
  FkHeatmapTableRow *row = g_object_new (FK_TYPE_HEATMAP_TABLE_ROW, NULL);
  const FkHeatmapRow *grid_row = &g_array_index (layout->rows, FkHeatmapRow, r);

  row->capability = grid_row->kind == FK_HEATMAP_ROW_CAPABILITY ? grid_row->capability : -1;
  row->title = g_strdup (r < layout->row_labels->len
                         ? label_text (&g_array_index (layout->row_labels, FkHeatmapLabel, r)) : "");
  row->texts = g_new0 (char *, layout->n_cols + 1);
  row->no_value = g_new0 (gboolean, layout->n_cols);
  for (guint c = 0; c < layout->n_cols; c++)
    {
      const FkHeatmapCell *cell = fk_heatmap_layout_get_cell (layout, r, c);

      row->texts[c] = cell != NULL ? cell_text (cell, &row->no_value[c]) : g_strdup ("");
    }
  return row;
}

static const FkHeatmapLabel *
area_header (const FkHeatmapLayout *layout,
             int                    area)
{
  for (guint i = 0; layout->area_headers != NULL && i < layout->area_headers->len; i++)
    {
      const FkHeatmapLabel *label = &g_array_index (layout->area_headers, FkHeatmapLabel, i);

      if (label->index == area)
        return label;
    }
  return NULL;
}

/* The layout's rows, with a heading before each area's first row: its
 * first capability, or its one row when collapsed (which otherwise would
 * sit under the area before it). A collapsed area's row names the area
 * itself too (its label's full_text). */
static GPtrArray *
make_rows (const FkHeatmapLayout *layout)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  int last_area = -1;

  for (guint r = 0; r < layout->rows->len && r < layout->n_rows; r++)
    {
      const FkHeatmapRow *grid_row = &g_array_index (layout->rows, FkHeatmapRow, r);

      if ((grid_row->kind == FK_HEATMAP_ROW_CAPABILITY || grid_row->kind == FK_HEATMAP_ROW_AREA)
          && grid_row->area != last_area)
        {
          const FkHeatmapLabel *header = area_header (layout, grid_row->area);

          if (header != NULL)
            g_ptr_array_add (rows, heading_row (label_text (header)));
        }
      last_area = grid_row->area;
      g_ptr_array_add (rows, value_row (layout, r));
    }
  return rows;
}

/* "Uddevalla, Informationssäkerhet: 3": the same words as the heatmap's
 * cursor and tooltip. */
static char *
describe (FkHeatmapTable    *self,
          FkHeatmapTableRow *row,
          guint              column)
{
  if (row->heading || row->texts == NULL || column >= self->municipality->len)
    return NULL;
  /* Translators: a heatmap cell: municipality, capability and value */
  return g_strdup_printf (_("%s, %s: %s"), self->titles[column], row->title, row->texts[column]);
}

/* ---- cells -------------------------------------------------------------- */

static void
setup_header_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   FkHeatmapTable           *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  g_object_set_data (G_OBJECT (label), LIST_ITEM_KEY, item);
  gtk_list_item_set_child (item, label);
}

static void
bind_header_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  FkHeatmapTable           *self)
{
  FkHeatmapTableRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), row->title);   /* never markup */
  if (row->heading)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static void
setup_value_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  FkHeatmapTable           *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Centred under the municipality's name, as in the heatmap. */
  gtk_label_set_xalign (GTK_LABEL (label), 0.5);
  gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (label), COLUMN_KEY, g_object_get_data (G_OBJECT (factory), COLUMN_KEY));
  g_object_set_data (G_OBJECT (label), LIST_ITEM_KEY, item);
  gtk_list_item_set_child (item, label);
}

static void
bind_value_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 FkHeatmapTable           *self)
{
  FkHeatmapTableRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), COLUMN_KEY)) - 1;
  g_autofree char *spoken = describe (self, row, column);

  if (row->heading)
    {
      gtk_label_set_text (GTK_LABEL (label), "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }
  gtk_label_set_text (GTK_LABEL (label), row->texts[column]);
  if (row->no_value[column])
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static GtkColumnViewColumn *
value_column (FkHeatmapTable *self,
              guint           index,
              const char     *title)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  /* + 1: a value cell's key is never NULL, which marks a row header. */
  g_object_set_data (G_OBJECT (factory), COLUMN_KEY, GUINT_TO_POINTER (index + 1));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_value_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_value_cell), self);
  return gtk_column_view_column_new (title, factory);
}

/* ---- activation --------------------------------------------------------- */

static void
on_activate (GtkColumnView  *view,
             guint           position,
             FkHeatmapTable *self)
{
  FkHeatmapTableRow *row = row_at (self, position);

  if (row == NULL || row->heading)
    return;
  g_signal_emit (self, signals[SIGNAL_CELL_ACTIVATED], 0, row->capability, -1);
}

/* The label of the cell at (@x, @y) of the view, or NULL. */
static GtkWidget *
cell_label_at (FkHeatmapTable *self,
               double          x,
               double          y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self->view), x, y, GTK_PICK_DEFAULT);

  for (; widget != NULL && widget != GTK_WIDGET (self->view); widget = gtk_widget_get_parent (widget))
    if (g_object_get_data (G_OBJECT (widget), LIST_ITEM_KEY) != NULL)
      return widget;
  return NULL;
}

static GtkWidget *
value_label_at (FkHeatmapTable *self,
                double          x,
                double          y)
{
  GtkWidget *label = cell_label_at (self, x, y);

  return label != NULL && g_object_get_data (G_OBJECT (label), COLUMN_KEY) != NULL ? label : NULL;
}

/* One tooltip handler for the whole view: the full name on a row header,
 * and on a value cell what it says to a screen reader, for whoever
 * scrolled the row names out of sight. (A tooltip set on each cell as it
 * is bound costs a round trip to the X server per cell.) */
static gboolean
on_query_tooltip (GtkWidget      *view,
                  int             x,
                  int             y,
                  gboolean        keyboard_mode,
                  GtkTooltip     *tooltip,
                  FkHeatmapTable *self)
{
  GtkWidget *label = keyboard_mode ? NULL : cell_label_at (self, x, y);
  GtkListItem *item;
  FkHeatmapTableRow *row;
  g_autofree char *text = NULL;

  if (label == NULL)
    return FALSE;
  item = g_object_get_data (G_OBJECT (label), LIST_ITEM_KEY);
  row = gtk_list_item_get_item (item);
  if (row == NULL)
    return FALSE;
  if (g_object_get_data (G_OBJECT (label), COLUMN_KEY) == NULL)
    text = g_strdup (row->title);
  else
    text = describe (self, row, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), COLUMN_KEY)) - 1);
  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* A click on a value cell names its municipality as well; a second
 * click there is taken here, so that it does not also activate the row. */
static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  FkHeatmapTable  *self)
{
  if (n_press > 1 && value_label_at (self, x, y) != NULL)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   FkHeatmapTable  *self)
{
  GtkWidget *label = n_press == 1 ? value_label_at (self, x, y) : NULL;
  GtkListItem *item;
  FkHeatmapTableRow *row;
  guint column;

  if (label == NULL)
    return;
  item = g_object_get_data (G_OBJECT (label), LIST_ITEM_KEY);
  row = gtk_list_item_get_item (item);
  column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), COLUMN_KEY)) - 1;
  if (row == NULL || row->heading || column >= self->municipality->len)
    return;
  g_signal_emit (self, signals[SIGNAL_CELL_ACTIVATED], 0, row->capability,
                 g_array_index (self->municipality, int, column));
}

/* ---- the class ---------------------------------------------------------- */

static guint
n_pages (FkHeatmapTable *self)
{
  return MAX (1, (self->n_municipality_columns + FK_HEATMAP_TABLE_PAGE_SIZE - 1) / FK_HEATMAP_TABLE_PAGE_SIZE);
}

static void
update_pager (FkHeatmapTable *self)
{
  guint first = self->page * FK_HEATMAP_TABLE_PAGE_SIZE;
  guint last = MIN (first + FK_HEATMAP_TABLE_PAGE_SIZE, self->n_municipality_columns);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->pager, n_pages (self) > 1);
  /* Translators: which municipalities the table's columns show, e.g.
   * "Municipalities 17–32 of 290" */
  text = g_strdup_printf (_("Municipalities %u–%u of %u"), first + 1, last, self->n_municipality_columns);
  gtk_label_set_text (self->pager_label, text);
  gtk_widget_set_sensitive (self->previous_button, self->page > 0);
  gtk_widget_set_sensitive (self->next_button, self->page + 1 < n_pages (self));
}

/* The columns of the page: its municipalities, then every aggregate.
 * Without its model meanwhile, the view has no rows to update. */
static void
show_page (FkHeatmapTable *self)
{
  guint first = self->page * FK_HEATMAP_TABLE_PAGE_SIZE;
  guint last = MIN (first + FK_HEATMAP_TABLE_PAGE_SIZE, self->n_municipality_columns);

  gtk_column_view_set_model (self->view, NULL);
  for (guint i = 0; i < self->columns->len; i++)
    gtk_column_view_remove_column (self->view, g_ptr_array_index (self->columns, i));
  g_ptr_array_set_size (self->columns, 0);
  for (guint c = 0; c < self->municipality->len; c++)
    {
      GtkColumnViewColumn *view_column;

      if (c < self->n_municipality_columns && (c < first || c >= last))
        continue;
      view_column = value_column (self, c, self->titles[c]);
      g_ptr_array_add (self->columns, view_column);
      gtk_column_view_append_column (self->view, view_column);
    }
  gtk_column_view_set_model (self->view, self->selection);
  update_pager (self);
}

static void
on_previous_clicked (FkHeatmapTable *self)
{
  fk_heatmap_table_set_page (self, self->page > 0 ? self->page - 1 : 0);
}

static void
on_next_clicked (FkHeatmapTable *self)
{
  fk_heatmap_table_set_page (self, self->page + 1);
}

static void
fk_heatmap_table_dispose (GObject *object)
{
  FkHeatmapTable *self = FK_HEATMAP_TABLE (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (fk_heatmap_table_parent_class)->dispose (object);
}

static void
fk_heatmap_table_finalize (GObject *object)
{
  FkHeatmapTable *self = FK_HEATMAP_TABLE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_object (&self->header_column);
  g_strfreev (self->titles);
  g_clear_pointer (&self->municipality, g_array_unref);
  G_OBJECT_CLASS (fk_heatmap_table_parent_class)->finalize (object);
}

static void
fk_heatmap_table_class_init (FkHeatmapTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_heatmap_table_dispose;
  object_class->finalize = fk_heatmap_table_finalize;

  signals[SIGNAL_CELL_ACTIVATED] =
    g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fkheatmaptable");
}

static void
fk_heatmap_table_init (FkHeatmapTable *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSingleSelection *selection;
  GtkGesture *click;
  GtkWidget *scrolled_window;

  self->rows = g_list_store_new (FK_TYPE_HEATMAP_TABLE_ROW);
  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->municipality = g_array_new (FALSE, FALSE, sizeof (int));
  self->titles = g_new0 (char *, 1);

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  self->selection = GTK_SELECTION_MODEL (selection);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (g_object_ref (self->selection)));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "fk-heatmap-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The heatmap as a table"), -1);
  g_signal_connect (self->view, "activate", G_CALLBACK (on_activate), self);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->view), TRUE);
  g_signal_connect (self->view, "query-tooltip", G_CALLBACK (on_query_tooltip), self);

  /* Capture: seen before the cells' own gestures claim the click. */
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_header_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_header_cell), self);
  /* Translators: the title of the table's first column, which names the
   * rows (capabilities, areas and the municipality mean) */
  self->header_column = gtk_column_view_column_new (_("Capability"), factory);
  gtk_column_view_column_set_fixed_width (self->header_column, HEADER_WIDTH);
  gtk_column_view_column_set_resizable (self->header_column, TRUE);
  gtk_column_view_append_column (self->view, self->header_column);

  scrolled_window = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled_window, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled_window), GTK_WIDGET (self->view));

  /* Many municipalities are shown a page of columns at a time. */
  self->pager = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (self->pager, 6);
  gtk_widget_set_margin_bottom (self->pager, 6);
  gtk_widget_set_halign (self->pager, GTK_ALIGN_CENTER);
  self->previous_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->previous_button, _("Previous municipalities"));
  g_signal_connect_swapped (self->previous_button, "clicked", G_CALLBACK (on_previous_clicked), self);
  self->pager_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->pager_label), "numeric");
  self->next_button = gtk_button_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_tooltip_text (self->next_button, _("Next municipalities"));
  g_signal_connect_swapped (self->next_button, "clicked", G_CALLBACK (on_next_clicked), self);
  gtk_box_append (GTK_BOX (self->pager), self->previous_button);
  gtk_box_append (GTK_BOX (self->pager), GTK_WIDGET (self->pager_label));
  gtk_box_append (GTK_BOX (self->pager), self->next_button);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->box), self->pager);
  gtk_box_append (GTK_BOX (self->box), scrolled_window);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  update_pager (self);
}

/* ---- public ------------------------------------------------------------- */

GtkWidget *
fk_heatmap_table_new (void)
{
  return g_object_new (FK_TYPE_HEATMAP_TABLE, NULL);
}

void
fk_heatmap_table_set_layout (FkHeatmapTable        *self,
                             const FkHeatmapLayout *layout)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_if_fail (FK_IS_HEATMAP_TABLE (self));

  g_list_store_remove_all (self->rows);
  g_clear_pointer (&self->titles, g_strfreev);
  g_array_set_size (self->municipality, 0);
  self->n_municipality_columns = 0;
  if (layout == NULL)
    {
      self->titles = g_new0 (char *, 1);
      show_page (self);
      return;
    }

  self->titles = g_new0 (char *, layout->n_cols + 1);
  for (guint c = 0; c < layout->n_cols; c++)
    {
      const FkHeatmapColumn *column = c < layout->columns->len
                                    ? &g_array_index (layout->columns, FkHeatmapColumn, c) : NULL;
      gboolean is_municipality = column != NULL && column->kind == FK_HEATMAP_COLUMN_MUNICIPALITY;
      int municipality = is_municipality ? column->municipality : -1;

      self->titles[c] = g_strdup (c < layout->col_labels->len
                                  ? label_text (&g_array_index (layout->col_labels, FkHeatmapLabel, c)) : "");
      g_array_append_val (self->municipality, municipality);
      /* The layout puts every municipality before the aggregates. */
      if (is_municipality && self->n_municipality_columns == c)
        self->n_municipality_columns++;
    }
  /* The same page after a recompute, if there still is one. */
  self->page = MIN (self->page, n_pages (self) - 1);
  show_page (self);

  rows = make_rows (layout);
  g_list_store_splice (self->rows, 0, 0, rows->pdata, rows->len);
}

guint
fk_heatmap_table_get_n_pages (FkHeatmapTable *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_TABLE (self), 1);
  return n_pages (self);
}

guint
fk_heatmap_table_get_page (FkHeatmapTable *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_TABLE (self), 0);
  return self->page;
}

void
fk_heatmap_table_set_page (FkHeatmapTable *self,
                           guint           page)
{
  g_return_if_fail (FK_IS_HEATMAP_TABLE (self));

  page = MIN (page, n_pages (self) - 1);
  if (page == self->page)
    return;
  self->page = page;
  show_page (self);
}

GtkColumnView *
fk_heatmap_table_get_column_view (FkHeatmapTable *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_TABLE (self), NULL);
  return self->view;
}

guint
fk_heatmap_table_get_n_items (FkHeatmapTable *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_TABLE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

gboolean
fk_heatmap_table_is_heading (FkHeatmapTable *self,
                             guint           item)
{
  FkHeatmapTableRow *row;

  g_return_val_if_fail (FK_IS_HEATMAP_TABLE (self), FALSE);
  row = row_at (self, item);
  return row != NULL && row->heading;
}

char *
fk_heatmap_table_get_cell_text (FkHeatmapTable *self,
                                guint           item,
                                guint           column)
{
  FkHeatmapTableRow *row;

  g_return_val_if_fail (FK_IS_HEATMAP_TABLE (self), NULL);
  row = row_at (self, item);
  if (row == NULL || column > self->municipality->len)
    return NULL;
  if (column == 0)
    return g_strdup (row->title);
  return g_strdup (row->heading ? "" : row->texts[column - 1]);
}

char *
fk_heatmap_table_describe_cell (FkHeatmapTable *self,
                                guint           item,
                                guint           column)
{
  FkHeatmapTableRow *row;

  g_return_val_if_fail (FK_IS_HEATMAP_TABLE (self), NULL);
  row = row_at (self, item);
  if (row == NULL || column > self->municipality->len)
    return NULL;
  if (column == 0)
    return g_strdup (row->title);
  return describe (self, row, column - 1);
}

static GtkWidget *
find_cell_label (GtkWidget *widget,
                 guint      item,
                 gpointer   column_key)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (widget), LIST_ITEM_KEY);

  if (list_item != NULL)
    return gtk_list_item_get_position (list_item) == item
           && g_object_get_data (G_OBJECT (widget), COLUMN_KEY) == column_key ? widget : NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_cell_label (child, item, column_key);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
fk_heatmap_table_get_cell_label (FkHeatmapTable *self,
                                 guint           item,
                                 guint           column)
{
  g_return_val_if_fail (FK_IS_HEATMAP_TABLE (self), NULL);

  /* Column keys are the layout column + 1, NULL for the row header. */
  return find_cell_label (GTK_WIDGET (self->view), item, GUINT_TO_POINTER (column));
}
