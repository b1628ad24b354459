/* fk-compare-page-presentation.c — the Compare page's presentation mode
 *
 * For a workshop lead projecting the heatmap to a room: the page's
 * controls and the capability panel are hidden, the heatmap (never the
 * table: it is for reading cell by cell, not for a room) fills the page
 * with its title and legend, and the keys below change what it shows.
 * The window follows the "presenting" property: fullscreen, no header
 * bar or view switcher (fk-window.c). F11 (the window's) and Escape
 * leave; everything the page had before comes back (the controls, the
 * table if it was shown, the panel if it was open, the zoom or
 * fit-width, the palette, the focus). What the keys chose (measure,
 * round, view, anonymisation, highlight) stays: the lead moved there on
 * purpose, and the dropdowns show it.
 *
 * The scale: the text is the "presentation-scale" preference times the
 * heatmap's usual size (its size at zoom 1.0, fk_heatmap_view_set_text_scale)
 * and the heatmap fits the screen's width, so the cells take what the
 * names leave. Why not the text grown relative to the cells
 * (FkHeatmapOptions.font_scale): the names would take the cells' width,
 * and every number is drawn at the one size that fits the widest
 * ("+1,1" in a mean cell), so the numbers would shrink as the names
 * grow. The legend goes on one line and the title nearer the top
 * (FkHeatmapOptions.compact), so that more rows fit the height; the
 * names may take a third of the screen before they are shortened.
 *
 * Keys (a managed shortcut controller in the capture phase, so they work
 * wherever the focus is and come before the heatmap's cell cursor; they
 * do nothing unless presenting): 1–6 the measure, R and Shift+R the next
 * and previous round, Up, Down, Page Up, Page Down, Home, End, Left and
 * Right scroll, C high contrast, and, where the page has those actions
 * (their own files add them), V the grid ("compare.grid"), A
 * anonymisation ("compare.anonymize"), H and Shift+H the highlighted
 * municipality ("compare.highlight"). A short notice at the bottom says
 * what is shown after each change, and how to leave when entering.
 */
#define G_LOG_DOMAIN "fk-compare-page"
#include "config.h"
#include "fk-compare-page-private.h"
#include "fk-content-language.h"

#include <glib/gi18n.h>

#define SCALE_KEY       "presentation-scale"
#define DEFAULT_SCALE   1.5
/* The names may take this share of the screen's width. */
#define LABEL_SHARE     (1.0 / 3)
#define HINT_SECONDS    4
#define CHANGE_SECONDS  2

/* The grid views "compare.grid" cycles through (another file's action). */
static const char *const grids[] = { "capabilities", "areas", "change" };

typedef struct _FkComparePresentation
{
  gboolean            presenting;
  gboolean            high_contrast;  /* C, or the system's setting */
  GSettings          *settings;       /* presentation-scale; NULL without the key */
  guint               notice_source;  /* hides the notice */

  /* What entering changed, restored on leaving. */
  GtkWidget          *focus;          /* weak */
  gboolean            had_focus;
  gboolean            fit_width;
  double              zoom;
  double              text_scale;
  double              max_label_width;
  gboolean            compact;
  gboolean            table_shown;
} FkComparePresentation;

/* ---- helpers ---------------------------------------------------------------- */

static double
presentation_scale (FkComparePage *self)
{
  FkComparePresentation *p = self->presentation;

  return p->settings != NULL ? g_settings_get_double (p->settings, SCALE_KEY) : DEFAULT_SCALE;
}

static gboolean
hide_notice (gpointer user_data)
{
  FkComparePage *self = user_data;

  self->presentation->notice_source = 0;
  gtk_revealer_set_reveal_child (self->notice, FALSE);
  return G_SOURCE_REMOVE;
}

/* A short notice at the top right for @seconds; the next replaces it at
 * once, so that quick keys do not queue one each. Plain text. Not an
 * AdwToast: libadwaita 1.2 frees a toast dismissed during its show
 * animation and then uses it (a crash). */
static void
show_notice (FkComparePage *self,
             const char    *text,
             guint          seconds)
{
  FkComparePresentation *p = self->presentation;

  gtk_label_set_text (self->notice_label, text);
  gtk_revealer_set_reveal_child (self->notice, TRUE);
  g_clear_handle_id (&p->notice_source, g_source_remove);
  p->notice_source = g_timeout_add (seconds * 1000, hide_notice, self);
}

/* The heatmap's title says what is shown (measure and round, or the
 * view's own title). */
static void
show_what_is_shown (FkComparePage *self)
{
  const FkHeatmapLayout *layout;

  fk_heatmap_view_ensure_current (self->heatmap);
  layout = fk_heatmap_view_get_layout (self->heatmap);
  if (layout != NULL && layout->title.text != NULL)
    show_notice (self, layout->title.text, CHANGE_SECONDS);
}

/* The width the heatmap will have: the monitor's once fullscreen. */
static double
screen_width (FkComparePage *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GdkMonitor *monitor = NULL;

  if (surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
  if (monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      if (geometry.width > 0)
        return geometry.width;
    }
  return MAX (gtk_widget_get_width (GTK_WIDGET (self)), 360);
}

/* The heatmap's options with the presentation's text and legend, or with
 * those saved on entering. */
static void
set_scaled (FkComparePage *self,
            gboolean       scaled)
{
  FkComparePresentation *p = self->presentation;
  FkHeatmapOptions options = *fk_heatmap_view_get_options (self->heatmap);

  fk_heatmap_view_set_text_scale (self->heatmap, scaled ? presentation_scale (self) : p->text_scale);
  options.max_label_width = scaled ? floor (screen_width (self) * LABEL_SHARE) : p->max_label_width;
  options.compact = scaled ? TRUE : p->compact;
  fk_heatmap_view_set_options (self->heatmap, &options);
}

static void
on_scale_changed (FkComparePage *self)
{
  if (fk_compare_page_get_presenting (self))
    set_scaled (self, TRUE);
}

static void
on_high_contrast_changed (AdwStyleManager *manager,
                          GParamSpec      *pspec,
                          FkComparePage   *self)
{
  /* Connected until the page is finalized: also FALSE after dispose. */
  if (!fk_compare_page_get_presenting (self))
    return;
  self->presentation->high_contrast = adw_style_manager_get_high_contrast (manager);
  fk_compare_page_update_palette (self);
}

static void
set_present_state (FkComparePage *self,
                   gboolean       presenting)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "present");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (presenting));
}

/* The capability panel and its separator; hidden rather than closed, so
 * that the page keeps it up to date and it comes back as it is. */
static void
show_panel (FkComparePage *self,
            gboolean       shown)
{
  GtkWidget *flap = adw_flap_get_flap (self->flap);
  GtkWidget *separator = adw_flap_get_separator (self->flap);

  if (flap != NULL)
    gtk_widget_set_visible (flap, shown);
  if (separator != NULL)
    gtk_widget_set_visible (separator, shown);
}

static gboolean
table_shown (FkComparePage *self)
{
  g_autofree char *view = fk_compare_page_state_string (self, "view");

  return g_strcmp0 (view, "table") == 0;
}

/* ---- entering and leaving ----------------------------------------------------- */

static void
enter (FkComparePage *self)
{
  FkComparePresentation *p = self->presentation;
  const FkHeatmapOptions *options = fk_heatmap_view_get_options (self->heatmap);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  p->fit_width = fk_heatmap_view_get_fit_width (self->heatmap);
  p->zoom = fk_heatmap_view_get_zoom (self->heatmap);
  p->text_scale = fk_heatmap_view_get_text_scale (self->heatmap);
  p->max_label_width = options->max_label_width;
  p->compact = options->compact;
  p->table_shown = table_shown (self);
  g_set_weak_pointer (&p->focus, GTK_IS_WINDOW (root) ? gtk_window_get_focus (GTK_WINDOW (root)) : NULL);
  p->had_focus = p->focus != NULL;
  p->high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  if (p->table_shown)
    g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "view", g_variant_new_string ("map"));
  gtk_widget_set_visible (self->toolbar, FALSE);
  show_panel (self, FALSE);
  /* Nothing under the pointer: no tooltips on the wall (they name
   * municipalities), no hover, and a click opens no panel; the wheel
   * still scrolls (the scrolled window gets it). */
  gtk_widget_set_can_target (GTK_WIDGET (self->heatmap), FALSE);
  set_scaled (self, TRUE);
  fk_heatmap_view_set_fit_width (self->heatmap, TRUE);
  fk_compare_page_update_palette (self);
  /* No widget has the focus, so no cell cursor is drawn on the figure;
   * the keys are the page's, wherever the focus is. */
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus (GTK_WINDOW (root), NULL);

  show_notice (self, _("Presentation mode: press Esc to leave, 1–6 to change the measure"), HINT_SECONDS);
}

static void
leave (FkComparePage *self)
{
  FkComparePresentation *p = self->presentation;

  g_clear_handle_id (&p->notice_source, g_source_remove);
  hide_notice (self);
  set_scaled (self, FALSE);
  if (p->fit_width)
    fk_heatmap_view_set_fit_width (self->heatmap, TRUE);
  else
    fk_heatmap_view_set_zoom (self->heatmap, p->zoom);
  fk_compare_page_update_palette (self);
  show_panel (self, TRUE);
  gtk_widget_set_can_target (GTK_WIDGET (self->heatmap), TRUE);
  gtk_widget_set_visible (self->toolbar, TRUE);
  if (p->table_shown)
    g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "view", g_variant_new_string ("table"));
  /* The focus where it was: none if none (no cell cursor appears), the
   * heatmap if its widget went away meanwhile. */
  if (p->focus != NULL && gtk_widget_is_visible (p->focus))
    gtk_widget_grab_focus (p->focus);
  else if (p->had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->heatmap));
  g_clear_weak_pointer (&p->focus);
}

static void
present_action_changed (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       user_data)
{
  fk_compare_page_set_presenting (user_data, g_variant_get_boolean (state));
}

/* ---- the keys --------------------------------------------------------------------- */

static gboolean
leave_key (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  FkComparePage *self = FK_COMPARE_PAGE (widget);

  if (!fk_compare_page_get_presenting (self))
    return FALSE;
  fk_compare_page_set_presenting (self, FALSE);
  return TRUE;
}

static gboolean
measure_key (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  FkComparePage *self = FK_COMPARE_PAGE (widget);
  int measure = g_variant_get_int32 (args);

  if (!fk_compare_page_get_presenting (self) || measure < 0 || measure >= FK_N_MEASURES)
    return FALSE;
  gtk_drop_down_set_selected (self->measure_dropdown, (guint) measure);
  show_what_is_shown (self);
  return TRUE;
}

static gboolean
round_key (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  FkComparePage *self = FK_COMPARE_PAGE (widget);
  int n = (int) self->round_ids->len;
  int pos = (int) gtk_drop_down_get_selected (self->round_dropdown);

  if (!fk_compare_page_get_presenting (self))
    return FALSE;
  if (n < 2)
    {
      show_notice (self, _("The study has only one assessment round."), CHANGE_SECONDS);
      return TRUE;
    }
  /* Round and round: after the last the first again. */
  pos = ((pos + g_variant_get_int32 (args)) % n + n) % n;
  gtk_drop_down_set_selected (self->round_dropdown, (guint) pos);
  show_what_is_shown (self);
  return TRUE;
}

static gboolean
contrast_key (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  FkComparePage *self = FK_COMPARE_PAGE (widget);
  FkComparePresentation *p = self->presentation;

  if (!fk_compare_page_get_presenting (self))
    return FALSE;
  p->high_contrast = !p->high_contrast;
  fk_compare_page_update_palette (self);
  show_notice (self, p->high_contrast ? _("High contrast on") : _("High contrast off"), CHANGE_SECONDS);
  return TRUE;
}

/* Scrolls by @args: (axis, amount) with amount −1/+1 a step, −2/+2 a
 * page, −3/+3 to the start or the end. */
static gboolean
scroll_key (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  FkComparePage *self = FK_COMPARE_PAGE (widget);
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self->heatmap), GTK_TYPE_SCROLLED_WINDOW);
  gboolean vertical;
  int amount;
  GtkAdjustment *adj;
  double value;

  if (!fk_compare_page_get_presenting (self) || scrolled == NULL)
    return FALSE;
  g_variant_get (args, "(bi)", &vertical, &amount);
  adj = vertical ? gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled))
                 : gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adj);
  switch (ABS (amount))
    {
    case 1:
      value += (amount > 0 ? 1 : -1) * gtk_adjustment_get_step_increment (adj);
      break;
    case 2:
      value += (amount > 0 ? 1 : -1) * gtk_adjustment_get_page_increment (adj);
      break;
    default:
      value = amount < 0 ? gtk_adjustment_get_lower (adj) : gtk_adjustment_get_upper (adj);
      break;
    }
  gtk_adjustment_set_value (adj, value);   /* clamped */
  return TRUE;
}

/* Another file's action of the page, if it is there and enabled. */
static gboolean
has_page_action (FkComparePage *self,
                 const char    *name)
{
  return g_action_group_has_action (G_ACTION_GROUP (self->actions), name)
         && g_action_group_get_action_enabled (G_ACTION_GROUP (self->actions), name);
}

/* V: the next of the grids the action takes (one it refuses, such as the
 * change between rounds in a study of one round, is skipped). */
static gboolean
grid_key (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  FkComparePage *self = FK_COMPARE_PAGE (widget);
  g_autofree char *old = NULL;
  guint at = 0;

  if (!fk_compare_page_get_presenting (self) || !has_page_action (self, "grid"))
    return FALSE;
  old = fk_compare_page_state_string (self, "grid");
  for (guint i = 0; old != NULL && i < G_N_ELEMENTS (grids); i++)
    if (g_str_equal (grids[i], old))
      at = i;
  for (guint step = 1; step < G_N_ELEMENTS (grids); step++)
    {
      const char *next = grids[(at + step) % G_N_ELEMENTS (grids)];
      g_autofree char *now = NULL;

      g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "grid", g_variant_new_string (next));
      now = fk_compare_page_state_string (self, "grid");
      if (g_strcmp0 (now, next) == 0)
        break;
    }
  show_what_is_shown (self);
  return TRUE;
}

static gboolean
anonymize_key (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  FkComparePage *self = FK_COMPARE_PAGE (widget);
  if (!fk_compare_page_get_presenting (self) || !has_page_action (self, "anonymize"))
    return FALSE;
  g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "anonymize",
                                      g_variant_new_boolean (!fk_compare_page_state_boolean (self, "anonymize")));
  show_notice (self, fk_compare_page_state_boolean (self, "anonymize")
                     ? _("Municipalities shown by letter") : _("Municipalities shown by name"),
              CHANGE_SECONDS);
  return TRUE;
}

/* H, Shift+H: the next or previous municipality of the region's order,
 * then none (""), then the first again. */
static gboolean
highlight_key (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  FkComparePage *self = FK_COMPARE_PAGE (widget);
  int step = g_variant_get_int32 (args);
  g_autofree char *old = NULL;
  g_autofree char *now = NULL;
  GPtrArray *municipalities;
  int n, at;
  const FkMunicipality *shown;

  if (!fk_compare_page_get_presenting (self) || self->study == NULL || !has_page_action (self, "highlight"))
    return FALSE;
  municipalities = fk_study_get_region (self->study)->municipalities;
  n = (int) municipalities->len;
  old = fk_compare_page_state_string (self, "highlight");
  at = n;   /* none: the place after the last */
  for (int i = 0; old != NULL && i < n; i++)
    if (g_str_equal (((const FkMunicipality *) g_ptr_array_index (municipalities, i))->code, old))
      at = i;
  at = (at + step + n + 1) % (n + 1);
  g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "highlight",
                                      g_variant_new_string (at < n ? ((const FkMunicipality *) g_ptr_array_index (municipalities, at))->code : ""));
  now = fk_compare_page_state_string (self, "highlight");
  shown = now != NULL && *now != '\0' ? fk_region_lookup (fk_study_get_region (self->study), now) : NULL;
  if (shown != NULL)
    {
      /* Translators: a short message in presentation mode; %s is a municipality's name */
      g_autofree char *text = g_strdup_printf (_("%s highlighted"), shown->name);

      show_notice (self, text, CHANGE_SECONDS);
    }
  else
    show_notice (self, _("No municipality highlighted"), CHANGE_SECONDS);
  return TRUE;
}

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         GdkModifierType        modifiers,
         GtkShortcutFunc        func,
         GVariant              *args)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_callback_action_new (func, NULL, NULL));

  if (args != NULL)
    gtk_shortcut_set_arguments (shortcut, args);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static GtkEventController *
make_shortcuts (void)
{
  static const struct { guint keyval; gboolean vertical; int amount; } scroll_keys[] = {
    { GDK_KEY_Up, TRUE, -1 }, { GDK_KEY_Down, TRUE, 1 },
    { GDK_KEY_Page_Up, TRUE, -2 }, { GDK_KEY_Page_Down, TRUE, 2 },
    { GDK_KEY_Home, TRUE, -3 }, { GDK_KEY_End, TRUE, 3 },
    { GDK_KEY_Left, FALSE, -1 }, { GDK_KEY_Right, FALSE, 1 },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *c = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_name (controller, "fk-presentation-keys");
  gtk_shortcut_controller_set_scope (c, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_key (c, GDK_KEY_Escape, 0, leave_key, NULL);
  for (int m = 0; m < FK_N_MEASURES; m++)
    {
      add_key (c, GDK_KEY_1 + m, 0, measure_key, g_variant_new_int32 (m));
      add_key (c, GDK_KEY_KP_1 + m, 0, measure_key, g_variant_new_int32 (m));
    }
  add_key (c, GDK_KEY_r, 0, round_key, g_variant_new_int32 (1));
  add_key (c, GDK_KEY_r, GDK_SHIFT_MASK, round_key, g_variant_new_int32 (-1));
  add_key (c, GDK_KEY_c, 0, contrast_key, NULL);
  add_key (c, GDK_KEY_v, 0, grid_key, NULL);
  add_key (c, GDK_KEY_a, 0, anonymize_key, NULL);
  add_key (c, GDK_KEY_h, 0, highlight_key, g_variant_new_int32 (1));
  add_key (c, GDK_KEY_h, GDK_SHIFT_MASK, highlight_key, g_variant_new_int32 (-1));
  for (guint i = 0; i < G_N_ELEMENTS (scroll_keys); i++)
    add_key (c, scroll_keys[i].keyval, 0, scroll_key,
             g_variant_new ("(bi)", scroll_keys[i].vertical, scroll_keys[i].amount));
  return controller;
}

/* ---- the page's side ------------------------------------------------------------- */

void
fk_compare_page_init_presentation (FkComparePage *self)
{
  static const GActionEntry entries[] = {
    { .name = "present", .state = "false", .change_state = present_action_changed },
  };
  FkComparePresentation *p = g_new0 (FkComparePresentation, 1);

  self->presentation = p;
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_add_controller (GTK_WIDGET (self), make_shortcuts ());
  p->settings = fk_settings_try_new (SCALE_KEY);
  if (p->settings != NULL)
    g_signal_connect_swapped (p->settings, "changed::" SCALE_KEY, G_CALLBACK (on_scale_changed), self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (on_high_contrast_changed), self, 0);
}

void
fk_compare_page_dispose_presentation (FkComparePage *self)
{
  FkComparePresentation *p = self->presentation;

  if (p == NULL)
    return;
  self->presentation = NULL;
  g_clear_handle_id (&p->notice_source, g_source_remove);
  if (p->settings != NULL)
    g_signal_handlers_disconnect_by_data (p->settings, self);
  g_clear_object (&p->settings);
  g_clear_weak_pointer (&p->focus);
  g_free (p);
}

FkPalette
fk_compare_page_presentation_palette (FkComparePage *self,
                                      FkPalette      preferred)
{
  FkComparePresentation *p = self->presentation;

  return p != NULL && p->presenting && p->high_contrast ? FK_PALETTE_HIGH_CONTRAST : preferred;
}

gboolean
fk_compare_page_get_presenting (FkComparePage *self)
{
  g_return_val_if_fail (FK_IS_COMPARE_PAGE (self), FALSE);

  return self->presentation != NULL && self->presentation->presenting;
}

void
fk_compare_page_set_presenting (FkComparePage *self,
                                gboolean       presenting)
{
  g_return_if_fail (FK_IS_COMPARE_PAGE (self));

  presenting = !!presenting;
  if (self->presentation == NULL || self->presentation->presenting == presenting)
    return;
  self->presentation->presenting = presenting;
  if (presenting)
    enter (self);
  else
    leave (self);
  set_present_state (self, presenting);
  g_object_notify (G_OBJECT (self), "presenting");
}
