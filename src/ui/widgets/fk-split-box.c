/* fk-split-box.c — two children side by side when wide, stacked when narrow */
#define G_LOG_DOMAIN "fk-split-box"
#include "config.h"

#include "fk-split-box.h"

struct _FkSplitBox
{
  GtkWidget  parent_instance;

  GtkWidget *start;
  GtkWidget *end;
  int        wide_from;
  int        spacing;
  gboolean   homogeneous;
  gboolean   wide;
};

G_DEFINE_FINAL_TYPE (FkSplitBox, fk_split_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  PROP_WIDE_FROM,
  PROP_SPACING,
  PROP_HOMOGENEOUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  *minimum = *natural = 0;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* Side by side in @width: halves if homogeneous; else the end child's
 * natural width, as far as the start child keeps its minimum, and the
 * start child the rest. */
static void
split_widths (FkSplitBox *self,
              int         width,
              int        *start_width,
              int        *end_width)
{
  int start_min, start_nat, end_min, end_nat;

  if (self->homogeneous)
    {
      *start_width = MAX (0, width - self->spacing) / 2;
      *end_width = MAX (0, width - self->spacing - *start_width);
      return;
    }
  measure_child (self->start, GTK_ORIENTATION_HORIZONTAL, -1, &start_min, &start_nat);
  measure_child (self->end, GTK_ORIENTATION_HORIZONTAL, -1, &end_min, &end_nat);
  *end_width = MAX (end_min, MIN (end_nat, width - self->spacing - start_min));
  *start_width = MAX (0, width - self->spacing - *end_width);
}

static void
fk_split_box_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  FkSplitBox *self = FK_SPLIT_BOX (widget);
  int start_min, start_nat, end_min, end_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacked at the least, side by side at best. */
      measure_child (self->start, orientation, -1, &start_min, &start_nat);
      measure_child (self->end, orientation, -1, &end_min, &end_nat);
      *minimum = MAX (start_min, end_min);
      *natural = self->homogeneous ? 2 * MAX (start_nat, end_nat) + self->spacing
                                   : start_nat + self->spacing + end_nat;
    }
  else if (for_size >= self->wide_from)
    {
      int start_width, end_width;

      split_widths (self, for_size, &start_width, &end_width);
      measure_child (self->start, orientation, start_width, &start_min, &start_nat);
      measure_child (self->end, orientation, end_width, &end_min, &end_nat);
      *minimum = MAX (start_min, end_min);
      *natural = MAX (start_nat, end_nat);
    }
  else
    {
      /* Stacked, each child as tall as it would like: nothing squeezed. */
      measure_child (self->start, orientation, for_size, &start_min, &start_nat);
      measure_child (self->end, orientation, for_size, &end_min, &end_nat);
      *minimum = *natural = start_nat + self->spacing + end_nat;
    }
}

static GtkSizeRequestMode
fk_split_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

static void
fk_split_box_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  FkSplitBox *self = FK_SPLIT_BOX (widget);

  self->wide = width >= self->wide_from;
  if (self->wide)
    {
      int start_width, end_width;

      split_widths (self, width, &start_width, &end_width);
      allocate_child (self->start, 0, 0, start_width, height);
      allocate_child (self->end, start_width + self->spacing, 0, end_width, height);
    }
  else
    {
      int start_min, start_height, end_min, end_height;

      measure_child (self->start, GTK_ORIENTATION_VERTICAL, width, &start_min, &start_height);
      measure_child (self->end, GTK_ORIENTATION_VERTICAL, width, &end_min, &end_height);
      /* The end child takes whatever height is left over. */
      end_height = MAX (end_height, height - start_height - self->spacing);
      allocate_child (self->start, 0, 0, width, start_height);
      allocate_child (self->end, 0, start_height + self->spacing, width, end_height);
    }
}

/* Expands as its children do (the chart fills the page). */
static void
fk_split_box_compute_expand (GtkWidget *widget,
                             gboolean  *hexpand,
                             gboolean  *vexpand)
{
  FkSplitBox *self = FK_SPLIT_BOX (widget);
  GtkWidget *children[] = { self->start, self->end };

  *hexpand = *vexpand = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    if (children[i] != NULL)
      {
        *hexpand |= gtk_widget_compute_expand (children[i], GTK_ORIENTATION_HORIZONTAL);
        *vexpand |= gtk_widget_compute_expand (children[i], GTK_ORIENTATION_VERTICAL);
      }
}

static void
set_child (FkSplitBox  *self,
           GtkWidget  **slot,
           GtkWidget   *child,
           GtkWidget   *sibling)
{
  if (*slot == child)
    return;
  g_clear_pointer (slot, gtk_widget_unparent);
  if (child != NULL)
    {
      /* The start child first: focus and reading order. */
      gtk_widget_insert_before (child, GTK_WIDGET (self), sibling);
      *slot = child;
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
fk_split_box_dispose (GObject *object)
{
  FkSplitBox *self = FK_SPLIT_BOX (object);

  g_clear_pointer (&self->start, gtk_widget_unparent);
  g_clear_pointer (&self->end, gtk_widget_unparent);

  G_OBJECT_CLASS (fk_split_box_parent_class)->dispose (object);
}

static void
fk_split_box_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FkSplitBox *self = FK_SPLIT_BOX (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, self->start);
      break;
    case PROP_END_CHILD:
      g_value_set_object (value, self->end);
      break;
    case PROP_WIDE_FROM:
      g_value_set_int (value, self->wide_from);
      break;
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_HOMOGENEOUS:
      g_value_set_boolean (value, self->homogeneous);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_split_box_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FkSplitBox *self = FK_SPLIT_BOX (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      fk_split_box_set_start_child (self, g_value_get_object (value));
      break;
    case PROP_END_CHILD:
      fk_split_box_set_end_child (self, g_value_get_object (value));
      break;
    case PROP_WIDE_FROM:
      self->wide_from = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_SPACING:
      self->spacing = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_HOMOGENEOUS:
      self->homogeneous = g_value_get_boolean (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_split_box_class_init (FkSplitBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_split_box_dispose;
  object_class->get_property = fk_split_box_get_property;
  object_class->set_property = fk_split_box_set_property;
  widget_class->measure = fk_split_box_measure;
  widget_class->get_request_mode = fk_split_box_get_request_mode;
  widget_class->size_allocate = fk_split_box_size_allocate;
  widget_class->compute_expand = fk_split_box_compute_expand;

  properties[PROP_START_CHILD] =
    g_param_spec_object ("start-child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_CHILD] =
    g_param_spec_object ("end-child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDE_FROM] =
    g_param_spec_int ("wide-from", NULL, NULL, 0, G_MAXINT, 900,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOMOGENEOUS] =
    g_param_spec_boolean ("homogeneous", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "fksplitbox");
}

static void
fk_split_box_init (FkSplitBox *self)
{
  self->wide_from = 900;
}

GtkWidget *
fk_split_box_new (void)
{
  return g_object_new (FK_TYPE_SPLIT_BOX, NULL);
}

void
fk_split_box_set_start_child (FkSplitBox *self,
                              GtkWidget  *child)
{
  g_return_if_fail (FK_IS_SPLIT_BOX (self));
  set_child (self, &self->start, child, self->end);
}

void
fk_split_box_set_end_child (FkSplitBox *self,
                            GtkWidget  *child)
{
  g_return_if_fail (FK_IS_SPLIT_BOX (self));
  set_child (self, &self->end, child, NULL);
}

gboolean
fk_split_box_get_wide (FkSplitBox *self)
{
  g_return_val_if_fail (FK_IS_SPLIT_BOX (self), FALSE);
  return self->wide;
}
