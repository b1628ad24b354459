/* fk-scenarios-page-regen.c — "Regenerate…": new text, shown before it is applied
 *
 * The scenario's text is generated again from the latest round and
 * compared with what is stored (fk_scenario_compare()). If nothing would
 * change, a toast says so. Otherwise a dialog shows, for each section that
 * differs, the stored text beside the new one and what regenerating does
 * to it: replaces it, keeps the user's own text (the new text is there for
 * reference), or stores it where there was none; the sentences that
 * differ are marked on both sides (fk_scenario_diff_sentences()), with a
 * legend. "Regenerate" applies it
 * (fk_study_regenerate_scenario()), which never touches the user's text;
 * Cancel changes nothing.
 */
#define G_LOG_DOMAIN "fk-scenarios-page"
#include "config.h"
#include "fk-scenarios-page-private.h"

#include <glib/gi18n.h>

typedef struct {
  FkScenariosPage *page;   /* weak: the dialog is the page's window's */
  gint64           id;
  gint64           round_id;
  char            *language;
  GStrv            fresh;
} Regen;

static void
regen_free (Regen *regen)
{
  g_clear_weak_pointer (&regen->page);
  g_free (regen->language);
  g_strfreev (regen->fresh);
  g_free (regen);
}

/* Whether regenerating changes anything a reader of the section sees:
 * an edited section kept with the same generated text does not. */
static gboolean
section_differs (const FkScenario *s,
                 const char       *language,
                 int               section,
                 FkScenarioRegen   regen,
                 const char       *fresh)
{
  const FkScenarioText *t = fk_scenario_get_text (s, language, section);

  switch (regen)
    {
    case FK_SCENARIO_REGEN_SAME:
      return FALSE;
    case FK_SCENARIO_REGEN_KEEP:
      return g_strcmp0 (t->generated, fresh) != 0;
    case FK_SCENARIO_REGEN_REPLACE:
    case FK_SCENARIO_REGEN_NEW:
    default:
      return TRUE;
    }
}

/* The sentences only one side has: a translucent background (red on the
 * stored side, green on the new one, readable in light and dark styles)
 * and an underline, so that colour is not the only sign; the legend
 * above the sections says what they mean. */
static PangoAttrList *
changed_attributes (GArray   *runs,
                    gboolean  is_new)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  for (guint i = 0; i < runs->len; i++)
    {
      const FkScenarioTextRun *run = &g_array_index (runs, FkScenarioTextRun, i);
      PangoAttribute *attr[3];

      if (!run->changed)
        continue;
      attr[0] = is_new ? pango_attr_background_new (0x2e2e, 0xc2c2, 0x7e7e)
                       : pango_attr_background_new (0xe0e0, 0x1b1b, 0x2424);
      attr[1] = pango_attr_background_alpha_new (0x5000);
      attr[2] = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
      for (guint k = 0; k < G_N_ELEMENTS (attr); k++)
        {
          attr[k]->start_index = run->start;
          attr[k]->end_index = run->end;
          pango_attr_list_insert (attrs, attr[k]);
        }
    }
  return attrs;
}

static guint
count_changed (GArray *runs)
{
  guint n = 0;

  for (guint i = 0; i < runs->len; i++)
    n += g_array_index (runs, FkScenarioTextRun, i).changed;
  return n;
}

static GtkWidget *
text_column (const char *title,
             const char *text,
             GArray     *runs,
             gboolean    is_new)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *label = gtk_label_new (text);
  g_autoptr(PangoAttrList) attrs = changed_attributes (runs, is_new);
  guint n = count_changed (runs);
  g_autofree char *description = NULL;

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  gtk_widget_add_css_class (label, "card");
  gtk_widget_add_css_class (label, "fk-scenario-compare");
  gtk_widget_set_vexpand (label, TRUE);
  /* Translators: said by a screen reader about one side of the comparison */
  description = g_strdup_printf (ngettext ("%u passage is not in the other text.",
                                           "%u passages are not in the other text.", n), n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_hexpand (box, TRUE);
  return box;
}

/* What the marks mean, above the sections. */
static GtkWidget *
legend_new (void)
{
  GtkWidget *label = gtk_label_new (_("Underlined and highlighted: sentences that are only in that text (red in the stored text, green in the new text)."));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static const char *
regen_says (FkScenarioRegen regen)
{
  switch (regen)
    {
    case FK_SCENARIO_REGEN_KEEP:
      return _("Your text is kept; the new text is shown for reference.");
    case FK_SCENARIO_REGEN_NEW:
      return _("There is no text yet: the new text is stored.");
    case FK_SCENARIO_REGEN_REPLACE:
    case FK_SCENARIO_REGEN_SAME:
    default:
      return _("The text will be replaced.");
    }
}

static void
apply (Regen *regen)
{
  FkScenariosPage *self = regen->page;
  g_autoptr(GError) error = NULL;
  guint kept = 0;
  gboolean ok;

  if (self == NULL || self->study == NULL || !fk_scenarios_page_can_edit (self))
    return;
  if (!fk_scenarios_page_flush (self))
    return;
  self->storing = TRUE;
  ok = fk_study_regenerate_scenario (self->study, regen->id, regen->language, regen->round_id,
                                     (const char * const *) regen->fresh, &kept, &error);
  self->storing = FALSE;
  if (!ok)
    fk_scenarios_page_fail (self, error);
  fk_scenarios_page_reload_scenarios (self);
  if (ok && kept > 0)
    {
      g_autofree char *title =
        g_strdup_printf (ngettext ("The text is regenerated; %u section you changed is kept.",
                                   "The text is regenerated; %u sections you changed are kept.", kept),
                         kept);
      fk_scenarios_page_toast (self, title);
    }
  else if (ok)
    fk_scenarios_page_toast (self, _("The text is regenerated."));
}

static void
on_apply_clicked (GtkWidget *button,
                  GtkWindow *dialog)
{
  apply (g_object_get_data (G_OBJECT (dialog), "regen"));
  gtk_window_destroy (dialog);
}

GtkWindow *
fk_scenarios_page_regenerate (FkScenariosPage *self)
{
  const FkScenario *s;
  const char *language;
  FkScenarioRegen out[FK_N_SCENARIO_SECTIONS];
  Regen *regen;
  GtkWidget *dialog, *header, *cancel, *ok, *scroller, *box, *clamp;
  GtkEventController *keys;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  guint n = 0;

  g_return_val_if_fail (FK_IS_SCENARIOS_PAGE (self), NULL);

  /* What is typed goes first; if it cannot, the toast says so. */
  if (!fk_scenarios_page_flush (self))
    return NULL;
  s = fk_scenarios_page_current (self);
  if (s == NULL || s->id <= 0 || !fk_scenarios_page_has_levels (self) || !fk_scenarios_page_can_edit (self))
    return NULL;
  language = fk_scenarios_page_language (self);
  regen = g_new0 (Regen, 1);
  g_set_weak_pointer (&regen->page, self);
  regen->id = s->id;
  regen->round_id = fk_round_snapshot_get_round_id (fk_candidates_get_snapshot (self->candidates));
  regen->language = g_strdup (language);
  regen->fresh = fk_scenario_generate (s, self->candidates, language, NULL);
  fk_scenario_compare (s, language, (const char * const *) regen->fresh, out);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  g_object_set (box, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18, NULL);
  gtk_box_append (GTK_BOX (box), legend_new ());
  for (int i = 0; i < FK_N_SCENARIO_SECTIONS; i++)
    {
      const FkScenarioText *t = fk_scenario_get_text (s, language, i);
      g_autofree char *heading = NULL;
      g_autoptr(GArray) old_runs = NULL;
      g_autoptr(GArray) new_runs = NULL;
      const char *stored_text;
      GtkWidget *section, *label, *columns;

      if (!section_differs (s, language, i, out[i], regen->fresh[i]))
        continue;
      n++;
      heading = fk_scenario_section_get_heading (i, language);
      section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      label = gtk_label_new (heading);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "title-3");
      gtk_box_append (GTK_BOX (section), label);
      label = gtk_label_new (regen_says (out[i]));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (section), label);
      stored_text = t != NULL && t->text != NULL ? t->text : "";
      fk_scenario_diff_sentences (stored_text, regen->fresh[i], &old_runs, &new_runs);
      columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
      gtk_box_append (GTK_BOX (columns),
                      text_column (out[i] == FK_SCENARIO_REGEN_KEEP ? _("Your text") : _("Stored text"),
                                   stored_text, old_runs, FALSE));
      gtk_box_append (GTK_BOX (columns), text_column (_("New text"), regen->fresh[i], new_runs, TRUE));
      gtk_box_append (GTK_BOX (section), columns);
      gtk_box_append (GTK_BOX (box), section);
    }
  if (n == 0)
    {
      /* Only the legend: nothing differs. */
      regen_free (regen);
      g_object_unref (g_object_ref_sink (box));
      fk_scenarios_page_toast (self, _("The text is up to date with the scores."));
      return NULL;
    }

  dialog = gtk_window_new ();
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1100, 760);
  /* Translators: %s is a scenario's name */
  name = fk_scenarios_page_display_name (self, s, self->position);
  title = g_strdup_printf (_("Regenerate “%s”"), name);
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  g_object_set_data_full (G_OBJECT (dialog), "regen", regen, (GDestroyNotify) regen_free);

  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), dialog);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  ok = gtk_button_new_with_mnemonic (_("_Regenerate"));
  gtk_widget_add_css_class (ok, "suggested-action");
  g_signal_connect (ok, "clicked", G_CALLBACK (on_apply_clicked), dialog);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), ok);
  gtk_window_set_titlebar (GTK_WINDOW (dialog), header);
  gtk_window_set_default_widget (GTK_WINDOW (dialog), ok);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1400);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_window_set_child (GTK_WINDOW (dialog), scroller);

  /* Escape is Cancel, as in any dialog. */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (dialog, keys);

  /* Not on a selectable label, which would show its text selected. */
  gtk_window_set_focus (GTK_WINDOW (dialog), ok);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
regenerate_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  fk_scenarios_page_regenerate (user_data);
}

void
fk_scenarios_page_init_regen (FkScenariosPage *self)
{
  static const GActionEntry entries[] = {
    { .name = "regenerate", .activate = regenerate_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
}
