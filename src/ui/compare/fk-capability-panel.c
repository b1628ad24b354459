/* fk-capability-panel.c — one capability across every municipality: the
 * Compare page's side panel
 *
 * Everything shown is rebuilt from the snapshot on each
 * set_capability(): a few labels and one list row per municipality, cheap
 * even for hundreds of municipalities. Text from users (comments,
 * respondents) and from the model goes through gtk_label_set_text(),
 * never markup. The highlighted row is scrolled to from a tick callback,
 * once the new rows have been allocated (not from size_allocate, see
 * HACKING.md "Window sizes").
 *
 * Anonymised (an FkAnonymizer set): each municipality is called what the
 * anonymizer calls it, who answered is left out, and so is the comment
 * unless show-comments is on (comments can name places and people).
 */
#define G_LOG_DOMAIN "fk-capability-panel"
#include "config.h"
#include "fk-capability-panel.h"

#include <glib/gi18n.h>
#include <math.h>

struct _FkCapabilityPanel
{
  AdwBin             parent_instance;

  FkRoundSnapshot   *snapshot;
  guint              capability;
  int                highlight;     /* snapshot row, or −1 */
  char              *language;
  GArray            *order;         /* guint snapshot rows; NULL: region order */
  GPtrArray         *rows;          /* GtkListBoxRow per snapshot row (owned by the list) */
  guint              scroll_tick;
  FkAnonymizer      *anonymizer;    /* NULL: real names */
  gboolean           show_comments; /* anonymised: comments shown all the same */

  GtkLabel          *name_label;
  GtkLabel          *area_label;
  GtkLabel          *description_label;
  GtkWidget         *summary_box;
  GtkLabel          *anonymous_note;
  GtkListBox        *municipality_list;
  GtkWidget         *close_button;
  GtkScrolledWindow *scrolled_window;
};

G_DEFINE_FINAL_TYPE (FkCapabilityPanel, fk_capability_panel, ADW_TYPE_BIN)

enum {
  SIGNAL_CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- texts -------------------------------------------------------------- */

/* "2", "2,5" (sv) or "2.5" (en): one decimal at most, as the heatmap
 * writes its numbers in the content language. */
static char *
format_decimal (double      value,
                const char *language)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double shown = round (value * 10) / 10;

  g_ascii_formatd (buf, sizeof buf, shown == floor (shown) ? "%.0f" : "%.1f", shown);
  if (g_strcmp0 (language, "en") != 0)
    g_strdelimit (buf, ".", ',');
  return g_strdup (buf);
}

static const char *
level_name (FkCapabilityPanel *self,
            int                level)
{
  FkModel *model = fk_round_snapshot_get_model (self->snapshot);

  g_return_val_if_fail (level >= FK_LEVEL_MIN && level <= FK_LEVEL_MAX, "");
  return fk_text_get (&model->scale[level - FK_LEVEL_MIN].name, self->language);
}

/* Labels ask for at most this many characters' width: the panel stays
 * about a quarter of a projector's width and the heatmap keeps its size. */
#define MAX_CHARS 40

/* A plain-text label that wraps: model and user text is never markup. */
static GtkWidget *
text_label (const char *text)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* A long comment wraps instead of asking for the whole window. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), MAX_CHARS);
  return label;
}

static void
add_summary_line (FkCapabilityPanel *self,
                  const char        *text)
{
  gtk_box_append (GTK_BOX (self->summary_box), text_label (text));
}

/* The aggregates of the capability over the whole region, each the
 * count it rests on beside it (docs/measures.md). */
static void
fill_summary (FkCapabilityPanel *self)
{
  FkRoundSnapshot *snapshot = self->snapshot;
  guint col = self->capability;
  FkMatrix *current = fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_CURRENT);
  guint n_current = fk_matrix_column_count (current, col, FK_SIZE_FILTER_ALL);
  guint n_risk = fk_matrix_column_count (fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_RISK),
                                         col, FK_SIZE_FILTER_ALL);
  guint n_interest = fk_matrix_column_count (fk_round_snapshot_get_matrix (snapshot, FK_MEASURE_INTEREST),
                                             col, FK_SIZE_FILTER_ALL);
  g_autofree char *text = NULL;

  if (n_current > 0)
    {
      g_autofree char *mean = format_decimal (fk_matrix_column_mean (current, col, FK_SIZE_FILTER_ALL), self->language);
      g_autofree char *median = format_decimal (fk_matrix_column_median (current, col, FK_SIZE_FILTER_ALL), self->language);

      /* Translators: the regional mean and median of the current levels
       * of one capability, then how many municipalities they rest on */
      text = g_strdup_printf (ngettext ("Regional mean %s and median %s, from %u municipality.",
                                        "Regional mean %s and median %s, from %u municipalities.",
                                        n_current),
                              mean, median, n_current);
      add_summary_line (self, text);
      g_clear_pointer (&text, g_free);
      /* Translators: e.g. "At level 2 or below: 9 of 14 municipalities." */
      text = g_strdup_printf (ngettext ("At level %d or below: %u of %u municipality.",
                                        "At level %d or below: %u of %u municipalities.",
                                        n_current),
                              FK_LEVEL_LOW_MAX,
                              fk_round_snapshot_count_low (snapshot, col, FK_SIZE_FILTER_ALL),
                              n_current);
    }
  else
    text = g_strdup (_("No municipality has a current level for this capability yet."));
  add_summary_line (self, text);
  g_clear_pointer (&text, g_free);

  if (n_risk > 0)
    /* Translators: "can we sustain it alone for three years" answered no
     * or with difficulty, out of those who answered it */
    text = g_strdup_printf (ngettext ("Cannot sustain it alone (no or with difficulty): %u of %u municipality.",
                                      "Cannot sustain it alone (no or with difficulty): %u of %u municipalities.",
                                      n_risk),
                            fk_round_snapshot_count_cannot_sustain (snapshot, col, FK_SIZE_FILTER_ALL),
                            n_risk);
  else
    text = g_strdup (_("No municipality has said whether it can sustain it alone."));
  add_summary_line (self, text);
  g_clear_pointer (&text, g_free);

  if (n_interest > 0)
    text = g_strdup_printf (ngettext ("Interested in collaborating (yes or maybe): %u of %u municipality.",
                                      "Interested in collaborating (yes or maybe): %u of %u municipalities.",
                                      n_interest),
                            fk_round_snapshot_count_interested (snapshot, col, FK_SIZE_FILTER_ALL),
                            n_interest);
  else
    text = g_strdup (_("No municipality has said whether it is interested in collaborating."));
  add_summary_line (self, text);
}

/* The lines of one municipality's answer, in reading order; the comment
 * is not among them (it has a label of its own). */
static GPtrArray *
answer_lines (FkCapabilityPanel *self,
              const FkScore     *score)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  if (score == NULL || score->current == FK_LEVEL_UNSET)
    g_ptr_array_add (lines, g_strdup (_("Not assessed")));
  else if (score->current == FK_LEVEL_NA)
    g_ptr_array_add (lines, g_strdup (_("Not applicable")));
  else
    g_ptr_array_add (lines, g_strdup_printf (_("Current level %d: %s"), score->current,
                                             level_name (self, score->current)));

  /* "Not applicable" has no target and no answers (fk_score_clear_answers);
   * nothing stored has none either. Where a level is given, every
   * question is listed, "Not answered" included; where it is not, only
   * what was answered (the measures count those answers all the same). */
  if (score != NULL && score->current != FK_LEVEL_NA)
    {
      gboolean level = score->current >= FK_LEVEL_MIN;

      if (score->target >= FK_LEVEL_MIN && score->target <= FK_LEVEL_MAX)
        g_ptr_array_add (lines, g_strdup_printf (_("Target level %d: %s"), score->target,
                                                 level_name (self, score->target)));
      else if (level)
        g_ptr_array_add (lines, g_strdup (_("No target level")));
      if (level || score->sustain != FK_SUSTAIN_UNSET)
        g_ptr_array_add (lines, g_strdup_printf (_("Sustain alone: %s"), fk_sustain_get_label (score->sustain)));
      if (level || score->key_person != FK_KEY_PERSON_UNSET)
        g_ptr_array_add (lines, g_strdup_printf (_("Key person: %s"), fk_key_person_get_label (score->key_person)));
      if (level || score->interest != FK_INTEREST_UNSET)
        g_ptr_array_add (lines, g_strdup_printf (_("Interest: %s"), fk_interest_get_label (score->interest)));
    }
  /* A person's name tells the room who this is. */
  if (score != NULL && score->respondent != NULL && *score->respondent != '\0' && self->anonymizer == NULL)
    g_ptr_array_add (lines, g_strdup_printf (_("Answered by %s"), score->respondent));
  return lines;
}

/* What the list calls the municipality. (transfer full) */
static char *
municipality_name (FkCapabilityPanel    *self,
                   const FkMunicipality *m)
{
  char *name;

  if (self->anonymizer == NULL)
    return g_strdup (m->name);
  name = fk_anonymizer_get_display_name (self->anonymizer, m->code);
  /* A municipality the anonymizer does not know is never named. */
  return name != NULL ? name : g_strdup ("?");
}

static gboolean
comment_shown (FkCapabilityPanel *self,
               const FkScore     *score)
{
  return score != NULL && score->comment != NULL && *score->comment != '\0'
         && (self->anonymizer == NULL || self->show_comments);
}

/* Anonymised, a line above the list says what it leaves out. */
static void
update_anonymous_note (FkCapabilityPanel *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->anonymous_note), self->anonymizer != NULL);
  if (self->anonymizer == NULL)
    return;
  gtk_label_set_text (self->anonymous_note,
                      self->show_comments
                      ? _("Anonymised: who answered is not shown. Comments are shown, and they can name places and people.")
                      : _("Anonymised: who answered and the comments are not shown."));
}

static GtkWidget *
make_row (FkCapabilityPanel *self,
          guint              municipality)
{
  FkRegion *region = fk_round_snapshot_get_region (self->snapshot);
  const FkMunicipality *m = g_ptr_array_index (region->municipalities, municipality);
  const FkScore *score = fk_round_snapshot_get_score (self->snapshot, municipality, self->capability);
  gboolean highlighted = (int) municipality == self->highlight;
  g_autoptr(GPtrArray) lines = answer_lines (self, score);
  g_autoptr(GPtrArray) spoken = g_ptr_array_new ();
  g_autofree char *a11y = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *shown_name = municipality_name (self, m);
  GtkWidget *name = text_label (shown_name);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "fk-municipality-entry");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  gtk_widget_add_css_class (name, "heading");
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (title_box), name);
  g_ptr_array_add (spoken, shown_name);
  if (highlighted)
    {
      /* Translators: a tag beside the municipality whose heatmap cell
       * opened the panel */
      GtkWidget *tag = gtk_label_new (_("Selected"));

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag, "fk-highlight-tag");
      gtk_box_append (GTK_BOX (title_box), tag);
      gtk_widget_add_css_class (row, "fk-highlighted");
      g_ptr_array_add (spoken, _("Selected"));
    }
  gtk_box_append (GTK_BOX (box), title_box);

  for (guint i = 0; i < lines->len; i++)
    {
      gtk_box_append (GTK_BOX (box), text_label (g_ptr_array_index (lines, i)));
      g_ptr_array_add (spoken, g_ptr_array_index (lines, i));
    }

  if (comment_shown (self, score))
    {
      GtkWidget *comment = text_label (score->comment);

      /* In full, and selectable, so it can be copied into minutes. */
      gtk_label_set_selectable (GTK_LABEL (comment), TRUE);
      gtk_widget_set_margin_top (comment, 4);
      gtk_widget_add_css_class (comment, "fk-comment");
      gtk_box_append (GTK_BOX (box), comment);
      g_ptr_array_add (spoken, _("Has a comment"));
    }

  /* The row speaks as one summary; the comment is read from its label. */
  g_ptr_array_add (spoken, NULL);
  a11y = g_strjoinv (". ", (char **) spoken->pdata);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* ---- building ----------------------------------------------------------- */

static void
clear_list (FkCapabilityPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->municipality_list))) != NULL)
    gtk_list_box_remove (self->municipality_list, child);
  g_ptr_array_set_size (self->rows, 0);
  while ((child = gtk_widget_get_first_child (self->summary_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->summary_box), child);
}

/* Snapshot rows in the order to list them: the order given, then the
 * rest in region order. */
static GArray *
listing_order (FkCapabilityPanel *self,
               guint              n_rows)
{
  GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_rows);
  g_autofree gboolean *seen = g_new0 (gboolean, n_rows);

  for (guint i = 0; self->order != NULL && i < self->order->len; i++)
    {
      guint r = g_array_index (self->order, guint, i);

      if (r < n_rows && !seen[r])
        {
          seen[r] = TRUE;
          g_array_append_val (rows, r);
        }
    }
  for (guint r = 0; r < n_rows; r++)
    if (!seen[r])
      g_array_append_val (rows, r);
  return rows;
}

static gboolean
scroll_to_highlight_tick (GtkWidget     *widget,
                          GdkFrameClock *clock,
                          gpointer       user_data)
{
  FkCapabilityPanel *self = FK_CAPABILITY_PANEL (widget);
  GtkWidget *row = fk_capability_panel_get_row (self, (guint) MAX (self->highlight, 0));
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scrolled_window);
  GtkWidget *content = viewport != NULL ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  graphene_rect_t bounds;
  double value, page;

  if (self->highlight < 0 || row == NULL || content == NULL)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }
  /* New rows have no size until the frame after they were added. */
  if (gtk_widget_get_width (row) == 0 || !gtk_widget_compute_bounds (row, content, &bounds))
    return G_SOURCE_CONTINUE;

  value = gtk_adjustment_get_value (vadj);
  page = gtk_adjustment_get_page_size (vadj);
  if (bounds.origin.y < value || bounds.origin.y + bounds.size.height > value + page)
    /* Its top in sight, a little below the edge; the adjustment clamps. */
    gtk_adjustment_set_value (vadj, bounds.origin.y - 12);
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
rebuild (FkCapabilityPanel *self)
{
  FkModel *model;
  const FkCapability *cap;
  const FkArea *area;
  g_autoptr(GArray) order = NULL;
  guint n_rows;

  clear_list (self);
  update_anonymous_note (self);
  if (self->snapshot == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      gtk_label_set_text (self->area_label, "");
      gtk_label_set_text (self->description_label, "");
      return;
    }

  model = fk_round_snapshot_get_model (self->snapshot);
  cap = g_ptr_array_index (model->capabilities, self->capability);
  area = fk_model_lookup_area (model, cap->area);
  gtk_label_set_text (self->name_label, fk_text_get (&cap->name, self->language));
  gtk_label_set_text (self->area_label, area != NULL ? fk_text_get (&area->name, self->language) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->area_label), area != NULL);
  gtk_label_set_text (self->description_label, fk_text_get (&cap->description, self->language));
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), !fk_text_is_empty (&cap->description));
  fill_summary (self);

  n_rows = fk_round_snapshot_get_n_rows (self->snapshot);
  order = listing_order (self, n_rows);
  g_ptr_array_set_size (self->rows, n_rows);
  for (guint i = 0; i < order->len; i++)
    {
      guint r = g_array_index (order, guint, i);
      GtkWidget *row = make_row (self, r);

      g_ptr_array_index (self->rows, r) = row;
      gtk_list_box_append (self->municipality_list, row);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  if (self->highlight >= 0 && self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_highlight_tick, NULL, NULL);
}

/* ---- the class ---------------------------------------------------------- */

static void
on_close_clicked (FkCapabilityPanel *self)
{
  g_signal_emit (self, signals[SIGNAL_CLOSE], 0);
}

/* Focus goes to the highlighted municipality (the viewport scrolls to
 * it), or to the close button. */
static gboolean
fk_capability_panel_grab_focus (GtkWidget *widget)
{
  FkCapabilityPanel *self = FK_CAPABILITY_PANEL (widget);
  GtkWidget *row = self->highlight >= 0 ? fk_capability_panel_get_row (self, (guint) self->highlight) : NULL;

  if (row != NULL && gtk_widget_grab_focus (row))
    return TRUE;
  return gtk_widget_grab_focus (self->close_button);
}

static void
fk_capability_panel_dispose (GObject *object)
{
  FkCapabilityPanel *self = FK_CAPABILITY_PANEL (object);

  if (self->scroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
      self->scroll_tick = 0;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_CAPABILITY_PANEL);
  G_OBJECT_CLASS (fk_capability_panel_parent_class)->dispose (object);
}

static void
fk_capability_panel_finalize (GObject *object)
{
  FkCapabilityPanel *self = FK_CAPABILITY_PANEL (object);

  g_clear_pointer (&self->snapshot, fk_round_snapshot_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->anonymizer, fk_anonymizer_unref);
  g_free (self->language);
  G_OBJECT_CLASS (fk_capability_panel_parent_class)->finalize (object);
}

static void
fk_capability_panel_class_init (FkCapabilityPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_capability_panel_dispose;
  object_class->finalize = fk_capability_panel_finalize;
  widget_class->grab_focus = fk_capability_panel_grab_focus;

  signals[SIGNAL_CLOSE] =
    g_signal_new ("close", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Escape, 0, "close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-capability-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, FkCapabilityPanel, name_label);
  gtk_widget_class_bind_template_child (widget_class, FkCapabilityPanel, area_label);
  gtk_widget_class_bind_template_child (widget_class, FkCapabilityPanel, description_label);
  gtk_widget_class_bind_template_child (widget_class, FkCapabilityPanel, summary_box);
  gtk_widget_class_bind_template_child (widget_class, FkCapabilityPanel, anonymous_note);
  gtk_widget_class_bind_template_child (widget_class, FkCapabilityPanel, municipality_list);
  gtk_widget_class_bind_template_child (widget_class, FkCapabilityPanel, close_button);
  gtk_widget_class_bind_template_child (widget_class, FkCapabilityPanel, scrolled_window);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked);
  gtk_widget_class_set_css_name (widget_class, "fkcapabilitypanel");
}

static void
fk_capability_panel_init (FkCapabilityPanel *self)
{
  self->highlight = -1;
  self->language = g_strdup ("sv");
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---- public ------------------------------------------------------------- */

GtkWidget *
fk_capability_panel_new (void)
{
  return g_object_new (FK_TYPE_CAPABILITY_PANEL, NULL);
}

void
fk_capability_panel_set_capability (FkCapabilityPanel *self,
                                    FkRoundSnapshot   *snapshot,
                                    guint              capability,
                                    int                municipality,
                                    const char        *language)
{
  g_return_if_fail (FK_IS_CAPABILITY_PANEL (self));
  g_return_if_fail (snapshot == NULL || capability < fk_round_snapshot_get_n_cols (snapshot));

  if (snapshot != NULL)
    fk_round_snapshot_ref (snapshot);
  g_clear_pointer (&self->snapshot, fk_round_snapshot_unref);
  self->snapshot = snapshot;
  self->capability = snapshot != NULL ? capability : 0;
  self->highlight = snapshot != NULL && municipality >= 0
                    && (guint) municipality < fk_round_snapshot_get_n_rows (snapshot)
                  ? municipality : -1;
  g_free (self->language);
  self->language = g_strdup (language != NULL ? language : "sv");
  rebuild (self);
}

void
fk_capability_panel_set_order (FkCapabilityPanel *self,
                               const guint       *rows,
                               guint              n_rows)
{
  g_return_if_fail (FK_IS_CAPABILITY_PANEL (self));
  g_return_if_fail (rows != NULL || n_rows == 0);

  g_clear_pointer (&self->order, g_array_unref);
  if (rows != NULL)
    {
      self->order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_rows);
      g_array_append_vals (self->order, rows, n_rows);
    }
  rebuild (self);
}

void
fk_capability_panel_set_anonymizer (FkCapabilityPanel *self,
                                    FkAnonymizer      *anonymizer,
                                    gboolean           show_comments)
{
  g_return_if_fail (FK_IS_CAPABILITY_PANEL (self));

  if (self->anonymizer == anonymizer && self->show_comments == show_comments)
    return;
  if (anonymizer != NULL)
    fk_anonymizer_ref (anonymizer);
  g_clear_pointer (&self->anonymizer, fk_anonymizer_unref);
  self->anonymizer = anonymizer;
  self->show_comments = show_comments;
  rebuild (self);
}

FkAnonymizer *
fk_capability_panel_get_anonymizer (FkCapabilityPanel *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_PANEL (self), NULL);
  return self->anonymizer;
}

guint *
fk_capability_panel_order_from_layout (const FkHeatmapLayout *layout,
                                       guint                 *n_rows)
{
  GArray *rows;

  g_return_val_if_fail (n_rows != NULL, NULL);

  *n_rows = 0;
  if (layout == NULL || layout->columns == NULL)
    return NULL;
  rows = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < layout->columns->len; i++)
    {
      const FkHeatmapColumn *column = &g_array_index (layout->columns, FkHeatmapColumn, i);

      if (column->kind == FK_HEATMAP_COLUMN_MUNICIPALITY && column->municipality >= 0)
        {
          guint r = (guint) column->municipality;
          g_array_append_val (rows, r);
        }
    }
  *n_rows = rows->len;
  return (guint *) g_array_free (rows, FALSE);
}

FkRoundSnapshot *
fk_capability_panel_get_snapshot (FkCapabilityPanel *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_PANEL (self), NULL);
  return self->snapshot;
}

guint
fk_capability_panel_get_capability (FkCapabilityPanel *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_PANEL (self), 0);
  return self->capability;
}

int
fk_capability_panel_get_highlight (FkCapabilityPanel *self)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_PANEL (self), -1);
  return self->highlight;
}

GtkWidget *
fk_capability_panel_get_row (FkCapabilityPanel *self,
                             guint              municipality)
{
  g_return_val_if_fail (FK_IS_CAPABILITY_PANEL (self), NULL);
  return municipality < self->rows->len ? g_ptr_array_index (self->rows, municipality) : NULL;
}
