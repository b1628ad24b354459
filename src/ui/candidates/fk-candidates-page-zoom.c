/* fk-candidates-page-zoom.c — the Candidates page's text size, and the
 * page presented to a room
 *
 * Text zoom: Ctrl+plus, Ctrl+minus and Ctrl+0 ("candidates.zoom-in",
 * "zoom-out", "zoom-reset"), and Ctrl+scroll over the list, scale the
 * list's text (the summary, the candidates, the strong and even) in
 * steps from 100 to 250 %, kept in GSettings "candidates-text-scale"
 * (per user, as the Compare page's view options). How: a CSS provider of
 * the page's own, for the display, with a class only this page's list
 * carries: its font-size, and the libadwaita titles and headings in em
 * (theirs are in points and would not grow). The bar (FkCandidateBar)
 * measures itself in proportion to its text, and fk_candidates_draw_bar()
 * fills whatever it gets. A style provider added to the list's own style
 * context would not do: in GTK 4 it styles that widget only, not the
 * labels inside. The column (the AdwClamp) widens in proportion, so that
 * a line keeps as many words. At 100 % the class is off: the page is
 * exactly as without zoom.
 *
 * Presenting ("presenting", F11 while the page is shown: the window's
 * win.present, fk-window.c, which follows this property as it follows
 * the Compare page's): the controls and the detail are hidden, the text
 * is at the "presentation-scale" preference (the Compare page's), or at
 * the zoom chosen if that is larger, and
 * the window is fullscreen without its header bar. Escape (here) and F11
 * (the window's) leave; what entering hid comes back, the zoom chosen is
 * the one shown again, and the focus returns where it was. While
 * presenting, the arrows, Page Up, Page Down, Home and End scroll the
 * list wherever the focus is.
 */
#define G_LOG_DOMAIN "fk-candidates-page"
#include "config.h"
#include "fk-candidates-page-private.h"
#include "fk-content-language.h"

#include <math.h>

#define SCALE_KEY        "candidates-text-scale"
#define PRESENTATION_KEY "presentation-scale"
#define DEFAULT_PRESENTATION 1.5

/* The zoom steps, in percent. */
static const int steps[] = { 100, 125, 150, 175, 200, 225, 250 };

typedef struct _FkCandidatesZoom
{
  GSettings      *settings;     /* NULL without the keys (then the zoom is kept here) */
  int             percent;      /* chosen, one of steps */
  int             shown;        /* on screen: percent, or the presentation's */
  GtkCssProvider *provider;
  char           *css_class;    /* this page's */
  double          clamp_size;   /* the list column's at 100 % */
  double          clamp_threshold;
  gboolean        presenting;
  GtkWidget      *focus;        /* weak: where the focus was before presenting */
  gboolean        had_focus;
} FkCandidatesZoom;

/* ---- the scale ---------------------------------------------------------------- */

static AdwClamp *
list_clamp (FkCandidatesPage *self)
{
  GtkWidget *child = gtk_scrolled_window_get_child (self->list_scroller);

  if (GTK_IS_VIEWPORT (child))
    child = gtk_viewport_get_child (GTK_VIEWPORT (child));
  return ADW_IS_CLAMP (child) ? ADW_CLAMP (child) : NULL;
}

static int
presentation_percent (FkCandidatesZoom *z)
{
  double scale = z->settings != NULL ? g_settings_get_double (z->settings, PRESENTATION_KEY)
                                     : DEFAULT_PRESENTATION;

  return (int) lround (scale * 100);
}

/* Shows the text at @percent. */
static void
show_percent (FkCandidatesPage *self,
              int               percent)
{
  FkCandidatesZoom *z = self->zoom;
  AdwClamp *clamp = list_clamp (self);
  g_autofree char *css = NULL;

  if (z->shown == percent)
    return;
  z->shown = percent;
  /* libadwaita's type classes in em: their sizes in points (20, 15, 15,
   * 13, 11 and 9 pt) over its 11 pt body. */
  css = g_strdup_printf (".%1$s { font-size: %2$d%%; }\n"
                         ".%1$s .title-1 { font-size: 1.82em; }\n"
                         ".%1$s .title-2, .%1$s .title-3 { font-size: 1.36em; }\n"
                         ".%1$s .title-4 { font-size: 1.18em; }\n"
                         ".%1$s .heading, .%1$s .body { font-size: 1em; }\n"
                         ".%1$s .caption, .%1$s .caption-heading { font-size: 0.82em; }\n",
                         z->css_class, percent);
  gtk_css_provider_load_from_data (z->provider, css, -1);
  if (percent == 100)
    gtk_widget_remove_css_class (GTK_WIDGET (self->list_scroller), z->css_class);
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->list_scroller), z->css_class);
  if (clamp != NULL)
    {
      adw_clamp_set_maximum_size (clamp, (int) lround (z->clamp_size * percent / 100));
      adw_clamp_set_tightening_threshold (clamp, (int) lround (z->clamp_threshold * percent / 100));
    }
}

static void
update_scale (FkCandidatesPage *self)
{
  FkCandidatesZoom *z = self->zoom;

  /* Presenting never makes the text smaller than the zoom chosen (a lead
   * who zoomed to 200 % for the projector and then presses F11). */
  show_percent (self, z->presenting ? MAX (presentation_percent (z), z->percent) : z->percent);
}

/* The step nearest @percent. */
static int
nearest_step (int percent)
{
  int best = steps[0];

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (abs (steps[i] - percent) < abs (best - percent))
      best = steps[i];
  return best;
}

static void
load_percent (FkCandidatesPage *self)
{
  FkCandidatesZoom *z = self->zoom;

  if (z->settings != NULL)
    z->percent = nearest_step (g_settings_get_int (z->settings, SCALE_KEY));
  update_scale (self);
}

static void
set_percent (FkCandidatesPage *self,
             int               percent)
{
  FkCandidatesZoom *z = self->zoom;

  z->percent = nearest_step (percent);
  if (z->settings != NULL && g_settings_get_int (z->settings, SCALE_KEY) != z->percent)
    g_settings_set_int (z->settings, SCALE_KEY, z->percent);
  update_scale (self);
}

/* One step up (@direction 1) or down (−1) from the zoom chosen. */
static void
zoom_step (FkCandidatesPage *self,
           int               direction)
{
  int at = 0;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] == self->zoom->percent)
      at = (int) i;
  at = CLAMP (at + direction, 0, (int) G_N_ELEMENTS (steps) - 1);
  set_percent (self, steps[at]);
}

static void
zoom_in_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  zoom_step (user_data, 1);
}

static void
zoom_out_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  zoom_step (user_data, -1);
}

static void
zoom_reset_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  set_percent (user_data, 100);
}

/* Ctrl+scroll over the list: a step per notch; without Ctrl it scrolls. */
static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           FkCandidatesPage         *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  zoom_step (self, dy < 0 ? 1 : -1);
  return TRUE;
}

/* ---- presenting ----------------------------------------------------------------- */

/* The controls above the list (every child of the page's box but the
 * flap) and the detail beside it. Hidden rather than closed, so that
 * they come back as they were. */
static void
show_controls (FkCandidatesPage *self,
               gboolean          shown)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (self->flap));
  GtkWidget *detail = adw_flap_get_flap (self->flap);
  GtkWidget *separator = adw_flap_get_separator (self->flap);

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != GTK_WIDGET (self->flap))
      gtk_widget_set_visible (child, shown);
  if (detail != NULL)
    gtk_widget_set_visible (detail, shown);
  if (separator != NULL)
    gtk_widget_set_visible (separator, shown);
}

static void
enter (FkCandidatesPage *self)
{
  FkCandidatesZoom *z = self->zoom;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_set_weak_pointer (&z->focus, GTK_IS_WINDOW (root) ? gtk_window_get_focus (GTK_WINDOW (root)) : NULL);
  z->had_focus = z->focus != NULL;
  show_controls (self, FALSE);
  update_scale (self);
  /* No focus ring on a row on the wall; the keys scroll (capture phase). */
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus (GTK_WINDOW (root), NULL);
}

static void
leave (FkCandidatesPage *self)
{
  FkCandidatesZoom *z = self->zoom;

  show_controls (self, TRUE);
  update_scale (self);
  if (z->focus != NULL && gtk_widget_is_visible (z->focus))
    gtk_widget_grab_focus (z->focus);
  else if (z->had_focus)
    gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
  g_clear_weak_pointer (&z->focus);
}

static gboolean
leave_key (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  FkCandidatesPage *self = FK_CANDIDATES_PAGE (widget);

  if (!fk_candidates_page_get_presenting (self))
    return FALSE;
  fk_candidates_page_set_presenting (self, FALSE);
  return TRUE;
}

/* @args: −1/+1 a step, −2/+2 a page, −3/+3 to the start or the end. */
static gboolean
scroll_key (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  FkCandidatesPage *self = FK_CANDIDATES_PAGE (widget);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->list_scroller);
  int amount = g_variant_get_int32 (args);
  double value = gtk_adjustment_get_value (adj);

  if (!fk_candidates_page_get_presenting (self))
    return FALSE;
  switch (ABS (amount))
    {
    case 1:
      value += (amount > 0 ? 1 : -1) * MAX (gtk_adjustment_get_page_size (adj) / 10, 40);
      break;
    case 2:
      value += (amount > 0 ? 1 : -1) * gtk_adjustment_get_page_size (adj) * 0.9;
      break;
    default:
      value = amount < 0 ? gtk_adjustment_get_lower (adj) : gtk_adjustment_get_upper (adj);
      break;
    }
  gtk_adjustment_set_value (adj, value);   /* clamped */
  return TRUE;
}

static void
add_callback_key (GtkShortcutController *controller,
                  guint                  keyval,
                  GtkShortcutFunc        func,
                  GVariant              *args)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                            gtk_callback_action_new (func, NULL, NULL));

  if (args != NULL)
    gtk_shortcut_set_arguments (shortcut, args);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
add_action_key (GtkShortcutController *controller,
                guint                  keyval,
                const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, GDK_CONTROL_MASK),
                                                          gtk_named_action_new (action)));
}

/* ---- the page's side ----------------------------------------------------------- */

void
fk_candidates_page_init_zoom (FkCandidatesPage *self)
{
  static const GActionEntry entries[] = {
    { .name = "zoom-in", .activate = zoom_in_action },
    { .name = "zoom-out", .activate = zoom_out_action },
    { .name = "zoom-reset", .activate = zoom_reset_action },
  };
  static const struct { guint keyval; int amount; } scroll_keys[] = {
    { GDK_KEY_Up, -1 }, { GDK_KEY_Down, 1 }, { GDK_KEY_Page_Up, -2 },
    { GDK_KEY_Page_Down, 2 }, { GDK_KEY_Home, -3 }, { GDK_KEY_End, 3 },
  };
  static guint n_pages;
  FkCandidatesZoom *z = g_new0 (FkCandidatesZoom, 1);
  AdwClamp *clamp = list_clamp (self);
  GtkEventController *controller;
  GtkShortcutController *keys;

  self->zoom = z;
  z->percent = z->shown = 100;
  z->css_class = g_strdup_printf ("fk-candidates-zoom-%u", ++n_pages);
  z->provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (z->provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  z->clamp_size = clamp != NULL ? adw_clamp_get_maximum_size (clamp) : 0;
  z->clamp_threshold = clamp != NULL ? adw_clamp_get_tightening_threshold (clamp) : 0;
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);

  /* The zoom keys, wherever the focus is on the page. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (controller, "fk-candidates-zoom-keys");
  keys = GTK_SHORTCUT_CONTROLLER (controller);
  gtk_shortcut_controller_set_scope (keys, GTK_SHORTCUT_SCOPE_MANAGED);
  add_action_key (keys, GDK_KEY_plus, "candidates.zoom-in");
  add_action_key (keys, GDK_KEY_equal, "candidates.zoom-in");
  add_action_key (keys, GDK_KEY_KP_Add, "candidates.zoom-in");
  add_action_key (keys, GDK_KEY_minus, "candidates.zoom-out");
  add_action_key (keys, GDK_KEY_KP_Subtract, "candidates.zoom-out");
  add_action_key (keys, GDK_KEY_0, "candidates.zoom-reset");
  add_action_key (keys, GDK_KEY_KP_0, "candidates.zoom-reset");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* Presenting's keys: first (capture), and nothing unless presenting. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (controller, "fk-candidates-presentation-keys");
  keys = GTK_SHORTCUT_CONTROLLER (controller);
  gtk_shortcut_controller_set_scope (keys, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_callback_key (keys, GDK_KEY_Escape, leave_key, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (scroll_keys); i++)
    add_callback_key (keys, scroll_keys[i].keyval, scroll_key, g_variant_new_int32 (scroll_keys[i].amount));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_scroller), controller);

  z->settings = fk_settings_try_new (SCALE_KEY);
  if (z->settings != NULL)
    {
      g_signal_connect_swapped (z->settings, "changed::" SCALE_KEY, G_CALLBACK (load_percent), self);
      g_signal_connect_swapped (z->settings, "changed::" PRESENTATION_KEY, G_CALLBACK (update_scale), self);
    }
  load_percent (self);
}

void
fk_candidates_page_dispose_zoom (FkCandidatesPage *self)
{
  FkCandidatesZoom *z = self->zoom;

  if (z == NULL)
    return;
  self->zoom = NULL;
  if (z->settings != NULL)
    g_signal_handlers_disconnect_by_data (z->settings, self);
  g_clear_object (&z->settings);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (z->provider));
  g_clear_object (&z->provider);
  g_clear_weak_pointer (&z->focus);
  g_free (z->css_class);
  g_free (z);
}

int
fk_candidates_page_get_text_percent (FkCandidatesPage *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), 100);

  return self->zoom != NULL ? self->zoom->shown : 100;
}

gboolean
fk_candidates_page_get_presenting (FkCandidatesPage *self)
{
  g_return_val_if_fail (FK_IS_CANDIDATES_PAGE (self), FALSE);

  return self->zoom != NULL && self->zoom->presenting;
}

void
fk_candidates_page_set_presenting (FkCandidatesPage *self,
                                   gboolean          presenting)
{
  g_return_if_fail (FK_IS_CANDIDATES_PAGE (self));

  presenting = !!presenting;
  if (self->zoom == NULL || self->zoom->presenting == presenting)
    return;
  self->zoom->presenting = presenting;
  if (presenting)
    enter (self);
  else
    leave (self);
  g_object_notify (G_OBJECT (self), "presenting");
}
