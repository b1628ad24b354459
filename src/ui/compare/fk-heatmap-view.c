/* fk-heatmap-view.c — the heatmap of one round as a widget
 *
 * The display list comes from export (fk_heatmap_layout_new), the same as
 * the exported files; the widget measures itself to it (a scrolled window
 * scrolls it) and replays it with fk_heatmap_draw into a render node that
 * is kept until the size, the data or the colours change (sysprof's
 * cached chart). It follows the study only while mapped; hidden, it notes
 * that it is stale and recomputes on map. A cell cursor moved with the
 * arrow keys carries the accessible label; tooltips name the cell.
 */
#define G_LOG_DOMAIN "fk-heatmap-view"
#include "config.h"
#include "fk-heatmap-view.h"
#include "fk-heatmap.h"
#include "fk-content-language.h"
#include "fk-core-enums.h"
#include "fk-export-enums.h"
#include "fk-study-snapshot.h"

#include <glib/gi18n.h>
#include <math.h>

struct _FkHeatmapView
{
  GtkWidget        parent_instance;

  FkStudy         *study;
  gint64           round_id;
  FkMeasure        measure;
  FkPalette        palette;

  FkHeatmapOptions options;
  GStrv            collapsed_areas; /* owned; options.collapsed_areas points here */
  FkRoundSnapshot *snapshot;        /* the round the layout shows */
  FkHeatmapLayout *layout;
  gboolean         stale;
  guint            n_recomputes;
  guint            n_renders;     /* cairo replays into the cached node */
  guint            cursor_row;
  guint            cursor_col;

  GskRenderNode   *cache;
  int              cache_width;
  int              cache_height;
};

G_DEFINE_FINAL_TYPE (FkHeatmapView, fk_heatmap_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STUDY,
  PROP_ROUND_ID,
  PROP_MEASURE,
  PROP_PALETTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_LAYOUT_CHANGED,
  SIGNAL_CELL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const FkHeatmapCell *
cell_at_index (FkHeatmapView *self,
               guint          row,
               guint          col)
{
  guint i;

  if (self->layout == NULL || row >= self->layout->n_rows || col >= self->layout->n_cols)
    return NULL;
  i = row * self->layout->n_cols + col;
  if (i >= self->layout->cells->len)
    return NULL;
  return &g_array_index (self->layout->cells, FkHeatmapCell, i);
}

static const char *
label_full_text (GArray *labels,
                 int     index)
{
  for (guint i = 0; labels != NULL && i < labels->len; i++)
    {
      const FkHeatmapLabel *label = &g_array_index (labels, FkHeatmapLabel, i);

      if (label->index == index)
        return label->full_text != NULL ? label->full_text : label->text;
    }
  return "";
}

static char *
value_text (const FkHeatmapCell *cell)
{
  switch (cell->kind)
    {
    case FK_HEATMAP_CELL_NOT_ASSESSED:
      return g_strdup (_("Not assessed"));
    case FK_HEATMAP_CELL_NOT_APPLICABLE:
      return g_strdup (_("Not applicable"));
    case FK_HEATMAP_CELL_VALUE:
    default:
      return g_strdup (cell->text != NULL ? cell->text : "");
    }
}

/* "Uddevalla, Strategi för digitalisering: 3" */
static char *
describe_cell (FkHeatmapView       *self,
               const FkHeatmapCell *cell)
{
  const char *capability = label_full_text (self->layout->row_labels, cell->capability);
  const char *municipality = label_full_text (self->layout->col_labels, cell->municipality);
  g_autofree char *value = value_text (cell);

  /* Translators: a heatmap cell: municipality, capability and value */
  return g_strdup_printf (_("%s, %s: %s"), municipality, capability, value);
}

static void
update_accessible_label (FkHeatmapView *self)
{
  g_autofree char *label = fk_heatmap_view_describe_cursor (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : _("Heatmap"),
                                  -1);
}

static void
drop_cache (FkHeatmapView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
recompute (FkHeatmapView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkRoundSnapshot) snapshot = NULL;
  gint64 round_id = self->round_id;

  self->stale = FALSE;
  self->n_recomputes++;
  g_clear_pointer (&self->layout, fk_heatmap_layout_free);
  g_clear_pointer (&self->snapshot, fk_round_snapshot_unref);

  if (self->study != NULL && round_id == 0)
    {
      const FkRound *latest = fk_study_get_latest_round (self->study);
      round_id = latest != NULL ? latest->id : 0;
    }
  if (self->study != NULL && round_id != 0)
    {
      snapshot = fk_study_read_snapshot (self->study, round_id, &error);
      if (snapshot == NULL)
        g_warning ("Could not read round %" G_GINT64_FORMAT ": %s", round_id, error->message);
      else
        {
          self->layout = fk_heatmap_layout_new (snapshot, self->measure, self->palette,
                                                fk_content_language (self->study), &self->options);
          self->snapshot = g_steal_pointer (&snapshot);
        }
    }

  if (self->layout != NULL)
    {
      self->cursor_row = MIN (self->cursor_row, self->layout->n_rows > 0 ? self->layout->n_rows - 1 : 0);
      self->cursor_col = MIN (self->cursor_col, self->layout->n_cols > 0 ? self->layout->n_cols - 1 : 0);
    }
  update_accessible_label (self);
  drop_cache (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_LAYOUT_CHANGED], 0);
}

/* Now if shown, else on map. */
static void
invalidate (FkHeatmapView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    recompute (self);
  else
    self->stale = TRUE;
}

static void
on_study_changed (FkStudy             *study,
                  const FkStudyChange *change,
                  FkHeatmapView       *self)
{
  if (!(change->what & (FK_STUDY_CHANGE_ROUNDS | FK_STUDY_CHANGE_METADATA)) &&
      !fk_study_change_touches_scores (change, self->round_id, NULL))
    return;
  invalidate (self);
}

static void
scroll_into_view (GtkAdjustment *adj,
                  double         pos,
                  double         size)
{
  double page = gtk_adjustment_get_page_size (adj);
  double value = gtk_adjustment_get_value (adj);
  const double margin = 12;

  if (pos < 0)
    gtk_adjustment_set_value (adj, value + pos - margin);
  else if (pos + size > page)
    gtk_adjustment_set_value (adj, value + pos + size - page + margin);
}

/* Keeps the cursor's cell in sight in the scrolled window around. */
static void
scroll_to_cursor (FkHeatmapView *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  const FkHeatmapCell *cell = cell_at_index (self, self->cursor_row, self->cursor_col);
  GtkWidget *viewport;
  double x, y;

  if (scrolled == NULL || cell == NULL)
    return;
  viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (viewport == NULL)
    return;
  if (GTK_IS_VIEWPORT (viewport) && gtk_viewport_get_child (GTK_VIEWPORT (viewport)) == GTK_WIDGET (self))
    {
      /* From the adjustments, not the allocation: that lags behind a
       * scroll until the next frame, and keys may come faster. */
      x = gtk_widget_get_margin_start (GTK_WIDGET (self)) + cell->x -
          gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)));
      y = gtk_widget_get_margin_top (GTK_WIDGET (self)) + cell->y -
          gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
    }
  else if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), viewport, cell->x, cell->y, &x, &y))
    return;
  scroll_into_view (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)), x, cell->w);
  scroll_into_view (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), y, cell->h);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FkHeatmapView         *self)
{
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      fk_heatmap_view_move_cursor (self, 0, -1);
      return TRUE;
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      fk_heatmap_view_move_cursor (self, 0, 1);
      return TRUE;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      fk_heatmap_view_move_cursor (self, -1, 0);
      return TRUE;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      fk_heatmap_view_move_cursor (self, 1, 0);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);
  g_autofree char *text = NULL;

  if (keyboard_mode)
    text = fk_heatmap_view_describe_cursor (self);
  else
    text = fk_heatmap_view_describe_at (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
fk_heatmap_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const FkHeatmapCell *cell;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  if (self->cache != NULL && (self->cache_width != width || self->cache_height != height))
    g_clear_pointer (&self->cache, gsk_render_node_unref);

  if (self->cache == NULL)
    {
      GtkSnapshot *sub = gtk_snapshot_new ();
      cairo_t *cr;

      cr = gtk_snapshot_append_cairo (sub, &GRAPHENE_RECT_INIT (0, 0, self->layout->width,
                                                                self->layout->height));
      fk_heatmap_draw (self->layout, cr);
      cairo_destroy (cr);
      self->cache = gtk_snapshot_free_to_node (sub);
      self->n_renders++;
      self->cache_width = width;
      self->cache_height = height;
    }
  if (self->cache != NULL)
    gtk_snapshot_append_node (snapshot, self->cache);

  /* The cell cursor, on top: black and white, visible on every colour. */
  cell = cell_at_index (self, self->cursor_row, self->cursor_col);
  if (cell != NULL && gtk_widget_has_focus (widget))
    {
      GskRoundedRect outer, inner;
      const GdkRGBA black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };
      const GdkRGBA blacks[4] = { black, black, black, black };
      const GdkRGBA whites[4] = { white, white, white, white };
      const float w3[4] = { 3, 3, 3, 3 }, w2[4] = { 2, 2, 2, 2 };

      gsk_rounded_rect_init_from_rect (&outer, &GRAPHENE_RECT_INIT (cell->x - 2, cell->y - 2,
                                                                    cell->w + 4, cell->h + 4), 0);
      gsk_rounded_rect_init_from_rect (&inner, &GRAPHENE_RECT_INIT (cell->x + 1, cell->y + 1,
                                                                    cell->w - 2, cell->h - 2), 0);
      gtk_snapshot_append_border (snapshot, &outer, w3, blacks);
      gtk_snapshot_append_border (snapshot, &inner, w2, whites);
    }
}

static void
fk_heatmap_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);
  int size = 0;

  if (self->layout != NULL)
    size = (int) ceil (orientation == GTK_ORIENTATION_HORIZONTAL
                       ? self->layout->width : self->layout->height);
  *minimum = *natural = size;
}

static void
fk_heatmap_view_map (GtkWidget *widget)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (widget);

  GTK_WIDGET_CLASS (fk_heatmap_view_parent_class)->map (widget);
  if (self->stale)
    recompute (self);
}

static void
fk_heatmap_view_focus_changed (FkHeatmapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fk_heatmap_view_dispose (GObject *object)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (object);

  fk_content_language_disconnect (self);
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  g_clear_object (&self->study);
  g_clear_pointer (&self->layout, fk_heatmap_layout_free);
  g_clear_pointer (&self->snapshot, fk_round_snapshot_unref);
  g_clear_pointer (&self->collapsed_areas, g_strfreev);
  g_clear_pointer (&self->cache, gsk_render_node_unref);

  G_OBJECT_CLASS (fk_heatmap_view_parent_class)->dispose (object);
}

static void
fk_heatmap_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      g_value_set_object (value, self->study);
      break;
    case PROP_ROUND_ID:
      g_value_set_int64 (value, self->round_id);
      break;
    case PROP_MEASURE:
      g_value_set_enum (value, self->measure);
      break;
    case PROP_PALETTE:
      g_value_set_enum (value, self->palette);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_heatmap_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FkHeatmapView *self = FK_HEATMAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STUDY:
      fk_heatmap_view_set_study (self, g_value_get_object (value));
      break;
    case PROP_ROUND_ID:
      fk_heatmap_view_set_round_id (self, g_value_get_int64 (value));
      break;
    case PROP_MEASURE:
      fk_heatmap_view_set_measure (self, g_value_get_enum (value));
      break;
    case PROP_PALETTE:
      fk_heatmap_view_set_palette (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_heatmap_view_class_init (FkHeatmapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_heatmap_view_dispose;
  object_class->get_property = fk_heatmap_view_get_property;
  object_class->set_property = fk_heatmap_view_set_property;
  widget_class->snapshot = fk_heatmap_view_snapshot;
  widget_class->measure = fk_heatmap_view_measure;
  widget_class->map = fk_heatmap_view_map;
  widget_class->query_tooltip = on_query_tooltip;

  properties[PROP_STUDY] =
    g_param_spec_object ("study", NULL, NULL, FK_TYPE_STUDY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUND_ID] =
    g_param_spec_int64 ("round-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEASURE] =
    g_param_spec_enum ("measure", NULL, NULL, FK_TYPE_MEASURE, FK_MEASURE_CURRENT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PALETTE] =
    g_param_spec_enum ("palette", NULL, NULL, FK_TYPE_PALETTE, FK_PALETTE_VIRIDIS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_LAYOUT_CHANGED] =
    g_signal_new ("layout-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_CELL_ACTIVATED] =
    g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "heatmapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fk_heatmap_view_init (FkHeatmapView *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->measure = FK_MEASURE_CURRENT;
  self->palette = FK_PALETTE_VIRIDIS;
  fk_heatmap_options_init (&self->options);
  /* Only the mean column until the page sets the options it shows. */
  self->options.aggregates = FK_HEATMAP_AGGREGATE_MEAN;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);

  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (fk_heatmap_view_focus_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (fk_heatmap_view_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  fk_content_language_connect (self, G_CALLBACK (invalidate));
  update_accessible_label (self);
}

GtkWidget *
fk_heatmap_view_new (void)
{
  return g_object_new (FK_TYPE_HEATMAP_VIEW, NULL);
}

FkStudy *
fk_heatmap_view_get_study (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);
  return self->study;
}

void
fk_heatmap_view_set_study (FkHeatmapView *self,
                           FkStudy       *study)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));
  g_return_if_fail (study == NULL || FK_IS_STUDY (study));

  if (self->study == study)
    return;
  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);
  g_set_object (&self->study, study);
  if (study != NULL)
    g_signal_connect_object (study, "changed", G_CALLBACK (on_study_changed), self, 0);
  self->cursor_row = self->cursor_col = 0;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDY]);
}

gint64
fk_heatmap_view_get_round_id (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), 0);
  return self->round_id;
}

void
fk_heatmap_view_set_round_id (FkHeatmapView *self,
                              gint64         round_id)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  if (self->round_id == round_id)
    return;
  self->round_id = round_id;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_ID]);
}

FkMeasure
fk_heatmap_view_get_measure (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FK_MEASURE_CURRENT);
  return self->measure;
}

void
fk_heatmap_view_set_measure (FkHeatmapView *self,
                             FkMeasure      measure)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  if (self->measure == measure)
    return;
  self->measure = measure;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURE]);
}

FkPalette
fk_heatmap_view_get_palette (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FK_PALETTE_VIRIDIS);
  return self->palette;
}

void
fk_heatmap_view_set_palette (FkHeatmapView *self,
                             FkPalette      palette)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));

  if (self->palette == palette)
    return;
  self->palette = palette;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PALETTE]);
}

void
fk_heatmap_view_set_options (FkHeatmapView          *self,
                             const FkHeatmapOptions *options)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));
  g_return_if_fail (options != NULL);

  g_strfreev (self->collapsed_areas);
  self->collapsed_areas = g_strdupv ((char **) options->collapsed_areas);
  self->options = *options;
  self->options.collapsed_areas = (const char *const *) self->collapsed_areas;
  invalidate (self);
}

const FkHeatmapOptions *
fk_heatmap_view_get_options (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);
  return &self->options;
}

FkRoundSnapshot *
fk_heatmap_view_get_snapshot (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);
  return self->snapshot;
}

const FkHeatmapLayout *
fk_heatmap_view_get_layout (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);
  return self->layout;
}

guint
fk_heatmap_view_get_n_recomputes (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), 0);
  return self->n_recomputes;
}

guint
fk_heatmap_view_get_n_renders (FkHeatmapView *self)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), 0);
  return self->n_renders;
}

gboolean
fk_heatmap_view_move_cursor (FkHeatmapView *self,
                             int            d_row,
                             int            d_col)
{
  int row, col;

  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), FALSE);

  if (self->layout == NULL || self->layout->n_rows == 0 || self->layout->n_cols == 0)
    return FALSE;
  row = CLAMP ((int) self->cursor_row + d_row, 0, (int) self->layout->n_rows - 1);
  col = CLAMP ((int) self->cursor_col + d_col, 0, (int) self->layout->n_cols - 1);
  if ((guint) row == self->cursor_row && (guint) col == self->cursor_col)
    return FALSE;
  self->cursor_row = row;
  self->cursor_col = col;
  update_accessible_label (self);
  scroll_to_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

void
fk_heatmap_view_get_cursor (FkHeatmapView *self,
                            guint         *row,
                            guint         *col)
{
  g_return_if_fail (FK_IS_HEATMAP_VIEW (self));
  if (row != NULL)
    *row = self->cursor_row;
  if (col != NULL)
    *col = self->cursor_col;
}

char *
fk_heatmap_view_describe_at (FkHeatmapView *self,
                             double         x,
                             double         y)
{
  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);

  if (self->layout == NULL)
    return NULL;
  for (guint i = 0; i < self->layout->cells->len; i++)
    {
      const FkHeatmapCell *cell = &g_array_index (self->layout->cells, FkHeatmapCell, i);

      if (x >= cell->x && x < cell->x + cell->w && y >= cell->y && y < cell->y + cell->h)
        return describe_cell (self, cell);
    }
  return NULL;
}

char *
fk_heatmap_view_describe_cursor (FkHeatmapView *self)
{
  const FkHeatmapCell *cell;

  g_return_val_if_fail (FK_IS_HEATMAP_VIEW (self), NULL);

  cell = cell_at_index (self, self->cursor_row, self->cursor_col);
  return cell != NULL ? describe_cell (self, cell) : NULL;
}
