/* fk-wrap-layout.c — a wrapping layout and a box that uses it
 *
 * Keeps the scoring view free of horizontal scrolling down to 600 px: a
 * row of buttons that does not fit continues on the next line.
 */
#define G_LOG_DOMAIN "fk-wrap-layout"
#include "config.h"

#include "fk-wrap-layout.h"

struct _FkWrapLayout
{
  GtkLayoutManager parent_instance;
  int              spacing;
  int              line_spacing;
};

G_DEFINE_FINAL_TYPE (FkWrapLayout, fk_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

static GtkSizeRequestMode
fk_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                 GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Walks the children in lines for @width; with @allocate, places them. */
static int
lay_out (FkWrapLayout *self,
         GtkWidget    *widget,
         int           width,
         gboolean      allocate)
{
  GtkWidget *line_start = gtk_widget_get_first_child (widget);
  int y = 0;
  gboolean first_line = TRUE;

  while (line_start != NULL)
    {
      GtkWidget *child, *line_end;
      int used = 0, n_expand = 0, height = 0, x = 0, extra;
      int n = 0;

      /* Which children fit on this line. */
      for (child = line_start; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int min, nat, w;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
          w = MIN (nat, MAX (min, width));
          if (n > 0 && used + self->spacing + w > width)
            break;
          used += (n > 0 ? self->spacing : 0) + w;
          n_expand += gtk_widget_get_hexpand (child) ? 1 : 0;
          n++;
        }
      line_end = child;
      extra = MAX (0, width - used);

      /* The line's height, then the children's places. */
      for (int pass = 0; pass < (allocate ? 2 : 1); pass++)
        {
          x = 0;
          for (child = line_start; child != line_end; child = gtk_widget_get_next_sibling (child))
            {
              int min, nat, w, h_min, h_nat;

              if (!gtk_widget_should_layout (child))
                continue;
              gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
              w = MIN (nat, MAX (min, width));
              if (n_expand > 0 && gtk_widget_get_hexpand (child))
                w += extra / n_expand;
              w = MIN (w, MAX (min, width));
              gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &h_min, &h_nat, NULL, NULL);
              if (pass == 0)
                height = MAX (height, h_nat);
              else
                {
                  int cy = y;
                  if (gtk_widget_get_valign (child) == GTK_ALIGN_CENTER)
                    cy += (height - h_nat) / 2;
                  gtk_widget_size_allocate (child,
                                            &(GtkAllocation) { x, cy, w,
                                                               gtk_widget_get_valign (child) == GTK_ALIGN_FILL ? height : h_nat },
                                            -1);
                }
              x += w + self->spacing;
            }
        }

      if (n > 0)
        {
          y += (first_line ? 0 : self->line_spacing) + height;
          first_line = FALSE;
        }
      line_start = line_end;
    }
  return y;
}

static void
fk_wrap_layout_measure (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        GtkOrientation    orientation,
                        int               for_size,
                        int              *minimum,
                        int              *natural,
                        int              *minimum_baseline,
                        int              *natural_baseline)
{
  FkWrapLayout *self = FK_WRAP_LAYOUT (manager);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min = 0, nat = 0, n = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int cmin, cnat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &cmin, &cnat, NULL, NULL);
          min = MAX (min, cmin);
          nat += (n++ > 0 ? self->spacing : 0) + cnat;
        }
      *minimum = min;
      *natural = nat;
    }
  else
    {
      int width = for_size;

      /* Without a width, the height at the narrowest (most lines). */
      if (width < 0)
        {
          int nat;
          fk_wrap_layout_measure (manager, widget, GTK_ORIENTATION_HORIZONTAL, -1,
                                  &width, &nat, NULL, NULL);
        }
      *minimum = *natural = lay_out (self, widget, width, FALSE);
    }
}

static void
fk_wrap_layout_allocate (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         int               width,
                         int               height,
                         int               baseline)
{
  lay_out (FK_WRAP_LAYOUT (manager), widget, width, TRUE);
}

static void
fk_wrap_layout_class_init (FkWrapLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = fk_wrap_layout_get_request_mode;
  manager_class->measure = fk_wrap_layout_measure;
  manager_class->allocate = fk_wrap_layout_allocate;
}

static void
fk_wrap_layout_init (FkWrapLayout *self)
{
  self->spacing = 8;
  self->line_spacing = 8;
}

void
fk_wrap_layout_set_spacing (FkWrapLayout *self,
                            int           spacing)
{
  g_return_if_fail (FK_IS_WRAP_LAYOUT (self));
  self->spacing = spacing;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
}

void
fk_wrap_layout_set_line_spacing (FkWrapLayout *self,
                                 int           line_spacing)
{
  g_return_if_fail (FK_IS_WRAP_LAYOUT (self));
  self->line_spacing = line_spacing;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
}

/* ---- FkWrapBox ------------------------------------------------------------ */

struct _FkWrapBox
{
  GtkWidget parent_instance;
};

static void fk_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FkWrapBox, fk_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, fk_wrap_box_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

static void
fk_wrap_box_add_child (GtkBuildable *buildable,
                       GtkBuilder   *builder,
                       GObject      *child,
                       const char   *type)
{
  if (GTK_IS_WIDGET (child))
    fk_wrap_box_append (FK_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
fk_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = fk_wrap_box_add_child;
}

static void
fk_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fk_wrap_box_parent_class)->dispose (object);
}

static void
fk_wrap_box_class_init (FkWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_wrap_box_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, FK_TYPE_WRAP_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fkwrapbox");
}

static void
fk_wrap_box_init (FkWrapBox *self)
{
}

void
fk_wrap_box_append (FkWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (FK_IS_WRAP_BOX (self));
  gtk_widget_set_parent (child, GTK_WIDGET (self));
}
