/* fk-scenario-chooser.c — choosing a scenario's capabilities (with hosts)
 * or its municipalities by hand (issue 14)
 *
 * One window for both choices: a check list (capabilities under their
 * area's heading, each with a host drop-down while checked; or the
 * region's municipalities with "All" and "None"). It opens with what the
 * scenario covers now, so that following the candidates turns into the
 * same choice made by hand. Chosen capabilities keep their order; one
 * checked later goes at the end (the order the report lists them in).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-scenario-chooser"
#include "config.h"

#include "fk-scenario-chooser.h"
#include "fk-error-dialog.h"

#include <glib/gi18n.h>
#include <string.h>

/* One capability or municipality of the list. */
typedef struct {
  char           *key;     /* capability key or municipality code */
  char           *folded;  /* its name, case-folded, for the search */
  GtkCheckButton *check;
  GtkDropDown    *host;    /* NULL for municipalities */
  GtkWidget      *row;
  GtkWidget      *group;   /* the area's heading and list, hidden when all its rows are */
} Entry;

struct _FkScenarioChooser
{
  AdwWindow         parent_instance;

  FkScenarioChoice  choice;
  FkStudy          *study;
  gint64            id;
  gboolean          follows;   /* the scenario follows its rule now */
  GPtrArray        *entries;   /* Entry*, model or region order */
  GHashTable       *by_key;    /* key -> Entry* (borrowed) */
  GPtrArray        *order;     /* char*, the chosen keys in the scenario's order */
  guint             focus_source;

  /* Template widgets */
  GtkLabel         *description;
  GtkSearchEntry   *search_entry;
  GtkWidget        *all_none_box;
  GtkButton        *follow_button;
  GtkBox           *groups_box;
};

G_DEFINE_FINAL_TYPE (FkScenarioChooser, fk_scenario_chooser, ADW_TYPE_WINDOW)

static void
entry_free (Entry *e)
{
  g_free (e->key);
  g_free (e->folded);
  g_free (e);
}

static Entry *
lookup (FkScenarioChooser *self,
        const char        *key)
{
  return key != NULL ? g_hash_table_lookup (self->by_key, key) : NULL;
}

static void
on_toggled (GtkCheckButton    *check,
            FkScenarioChooser *self)
{
  Entry *e = g_object_get_data (G_OBJECT (check), "entry");
  gboolean active = gtk_check_button_get_active (check);
  guint index;
  gboolean found = g_ptr_array_find_with_equal_func (self->order, e->key, g_str_equal, &index);

  if (active && !found)
    g_ptr_array_add (self->order, g_strdup (e->key));
  else if (!active && found)
    g_ptr_array_remove_index (self->order, index);
  if (e->host != NULL)
    gtk_widget_set_visible (GTK_WIDGET (e->host), active);
}

/* ---- building the list ---------------------------------------------------- */

static GtkWidget *
group_new (FkScenarioChooser *self,
           const char        *title,
           GtkWidget        **out_list)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();

  if (title != NULL)
    {
      GtkWidget *heading = gtk_label_new (title);

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_widget_add_css_class (heading, "heading");
      gtk_box_append (GTK_BOX (group), heading);
    }
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (group), list);
  gtk_box_append (self->groups_box, group);
  *out_list = list;
  return group;
}

static Entry *
entry_add (FkScenarioChooser *self,
           GtkWidget         *group,
           GtkWidget         *list,
           const char        *key,
           const char        *name,
           GtkStringList     *hosts)
{
  Entry *e = g_new0 (Entry, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  e->key = g_strdup (key);
  e->folded = g_utf8_casefold (name, -1);
  e->group = group;
  e->check = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (name));
  gtk_widget_set_hexpand (GTK_WIDGET (e->check), TRUE);
  /* Long capability names wrap rather than widen the window. */
  gtk_label_set_wrap (GTK_LABEL (gtk_widget_get_last_child (GTK_WIDGET (e->check))), TRUE);
  g_object_set_data (G_OBJECT (e->check), "entry", e);
  g_signal_connect (e->check, "toggled", G_CALLBACK (on_toggled), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (e->check));
  if (hosts != NULL)
    {
      g_autofree char *label = NULL;

      e->host = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (G_LIST_MODEL (hosts)), NULL));
      gtk_widget_set_valign (GTK_WIDGET (e->host), GTK_ALIGN_CENTER);
      gtk_widget_set_visible (GTK_WIDGET (e->host), FALSE);
      /* Translators: accessible name of the host drop-down; %s is a capability */
      label = g_strdup_printf (_("Host municipality of %s"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (e->host), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (e->host), _("The municipality that could host this capability for the others"));
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (e->host));
    }
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  e->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (e->row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (e->row), box);
  gtk_list_box_append (GTK_LIST_BOX (list), e->row);
  g_ptr_array_add (self->entries, e);
  g_hash_table_insert (self->by_key, e->key, e);
  return e;
}

static void
build_capabilities (FkScenarioChooser *self,
                    const char        *language)
{
  FkModel *model = fk_study_get_model (self->study);
  FkRegion *region = fk_study_get_region (self->study);
  g_autoptr(GtkStringList) hosts = gtk_string_list_new (NULL);

  /* Translators: the first item of a capability's host drop-down */
  gtk_string_list_append (hosts, _("No host municipality"));
  for (guint r = 0; r < region->municipalities->len; r++)
    gtk_string_list_append (hosts, ((FkMunicipality *) g_ptr_array_index (region->municipalities, r))->name);
  for (guint a = 0; a < model->areas->len; a++)
    {
      const FkArea *area = g_ptr_array_index (model->areas, a);
      GtkWidget *list = NULL;
      GtkWidget *group = NULL;

      for (guint c = 0; c < model->capabilities->len; c++)
        {
          const FkCapability *cap = g_ptr_array_index (model->capabilities, c);

          if (g_strcmp0 (cap->area, area->key) != 0)
            continue;
          if (group == NULL)
            group = group_new (self, fk_text_get (&area->name, language), &list);
          entry_add (self, group, list, cap->key, fk_text_get (&cap->name, language), hosts);
        }
    }
}

static void
build_municipalities (FkScenarioChooser *self)
{
  FkRegion *region = fk_study_get_region (self->study);
  GtkWidget *list;
  GtkWidget *group = group_new (self, NULL, &list);

  for (guint r = 0; r < region->municipalities->len; r++)
    {
      const FkMunicipality *m = g_ptr_array_index (region->municipalities, r);

      entry_add (self, group, list, m->code, m->name, NULL);
    }
}

/* Checks @key (and sets its host: a code, or NULL for none). */
static void
choose (FkScenarioChooser *self,
        const char        *key,
        const char        *host)
{
  Entry *e = lookup (self, key);

  if (e == NULL)
    return;
  gtk_check_button_set_active (e->check, TRUE);
  if (e->host != NULL)
    {
      FkRegion *region = fk_study_get_region (self->study);
      guint selected = 0;

      for (guint r = 0; host != NULL && r < region->municipalities->len; r++)
        if (g_strcmp0 (((FkMunicipality *) g_ptr_array_index (region->municipalities, r))->code, host) == 0)
          selected = r + 1;
      gtk_drop_down_set_selected (e->host, selected);
    }
}

/* What the scenario covers now: the plan when the round is known. */
static void
prefill (FkScenarioChooser *self,
         const FkScenario  *scenario,
         FkCandidates      *candidates)
{
  if (candidates != NULL)
    {
      g_autoptr(FkScenarioPlan) plan = fk_scenario_resolve (scenario, candidates);
      FkRoundSnapshot *snapshot = fk_candidates_get_snapshot (candidates);
      FkModel *model = fk_round_snapshot_get_model (snapshot);
      FkRegion *region = fk_round_snapshot_get_region (snapshot);

      if (self->choice == FK_SCENARIO_CHOOSE_CAPABILITIES)
        for (guint i = 0; i < plan->n_cols; i++)
          {
            const FkCapability *cap = g_ptr_array_index (model->capabilities, plan->cols[i]);
            const FkMunicipality *host = plan->hosts[i] >= 0
                                         ? g_ptr_array_index (region->municipalities, plan->hosts[i]) : NULL;

            choose (self, cap->key, host ? host->code : NULL);
          }
      else
        for (guint i = 0; i < plan->n_rows; i++)
          choose (self, ((FkMunicipality *) g_ptr_array_index (region->municipalities, plan->rows[i]))->code, NULL);
    }
  else if (self->choice == FK_SCENARIO_CHOOSE_CAPABILITIES)
    for (guint i = 0; i < scenario->items->len; i++)
      {
        const FkScenarioItem *item = g_ptr_array_index (scenario->items, i);

        choose (self, item->capability, item->host);
      }
  else
    for (guint i = 0; scenario->municipalities != NULL && scenario->municipalities[i] != NULL; i++)
      choose (self, scenario->municipalities[i], NULL);
}

/* ---- actions ------------------------------------------------------------------ */

static void
search_changed_cb (FkScenarioChooser *self)
{
  g_autofree char *folded = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);
  g_strstrip (folded);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *e = g_ptr_array_index (self->entries, i);
      gboolean match = folded[0] == '\0' || strstr (e->folded, folded) != NULL;

      gtk_widget_set_visible (e->row, match);
      if (match)
        g_hash_table_add (shown, e->group);
    }
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *e = g_ptr_array_index (self->entries, i);

      gtk_widget_set_visible (e->group, g_hash_table_contains (shown, e->group));
    }
}

static void
set_all (FkScenarioChooser *self,
         gboolean           active)
{
  for (guint i = 0; i < self->entries->len; i++)
    gtk_check_button_set_active (((Entry *) g_ptr_array_index (self->entries, i))->check, active);
}

static void
all_action (GtkWidget  *widget,
            const char *name,
            GVariant   *parameter)
{
  set_all (FK_SCENARIO_CHOOSER (widget), TRUE);
}

static void
none_action (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  set_all (FK_SCENARIO_CHOOSER (widget), FALSE);
}

/* Stores @items / @codes (NULL: follow the rule); closes on success. */
static void
store (FkScenarioChooser  *self,
       GPtrArray          *items,
       const char * const *codes,
       gboolean            follow)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->choice == FK_SCENARIO_CHOOSE_CAPABILITIES)
    ok = fk_study_set_scenario_items (self->study, self->id, follow ? NULL : items, &error);
  else
    ok = fk_study_set_scenario_municipalities (self->study, self->id, follow ? NULL : codes, &error);
  if (!ok)
    {
      /* The window stays open with the choice in it. */
      fk_error_dialog_present (GTK_WINDOW (self), _("Could Not Store the Choice"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  FkScenarioChooser *self = FK_SCENARIO_CHOOSER (widget);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) codes = fk_scenario_chooser_get_chosen (self);
  FkRegion *region = fk_study_get_region (self->study);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      Entry *e = lookup (self, codes[i]);
      FkScenarioItem *item = g_new0 (FkScenarioItem, 1);
      guint host = e->host != NULL ? gtk_drop_down_get_selected (e->host) : 0;

      /* Borrowed strings: set_scenario_items copies nothing it keeps. */
      item->capability = e->key;
      if (host > 0 && host != GTK_INVALID_LIST_POSITION && host <= region->municipalities->len)
        item->host = ((FkMunicipality *) g_ptr_array_index (region->municipalities, host - 1))->code;
      g_ptr_array_add (items, item);
    }
  store (self, items, (const char * const *) codes, FALSE);
}

static void
follow_action (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  store (FK_SCENARIO_CHOOSER (widget), NULL, NULL, TRUE);
}

/* ---- lifecycle ----------------------------------------------------------------- */

/* The first choice may be far down the list: start there, once the list
 * has its size (the idle runs after GTK's layout). */
static gboolean
focus_first_choice (gpointer user_data)
{
  FkScenarioChooser *self = user_data;
  Entry *e = self->order->len > 0 ? lookup (self, g_ptr_array_index (self->order, 0)) : NULL;

  self->focus_source = 0;
  if (e != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (e->check));
  return G_SOURCE_REMOVE;
}

static void
fk_scenario_chooser_map (GtkWidget *widget)
{
  FkScenarioChooser *self = FK_SCENARIO_CHOOSER (widget);

  GTK_WIDGET_CLASS (fk_scenario_chooser_parent_class)->map (widget);
  if (self->choice == FK_SCENARIO_CHOOSE_CAPABILITIES && self->focus_source == 0)
    self->focus_source = g_idle_add (focus_first_choice, self);
}

static void
fk_scenario_chooser_dispose (GObject *object)
{
  FkScenarioChooser *self = FK_SCENARIO_CHOOSER (object);

  g_clear_handle_id (&self->focus_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FK_TYPE_SCENARIO_CHOOSER);
  g_clear_object (&self->study);
  G_OBJECT_CLASS (fk_scenario_chooser_parent_class)->dispose (object);
}

static void
fk_scenario_chooser_finalize (GObject *object)
{
  FkScenarioChooser *self = FK_SCENARIO_CHOOSER (object);

  g_hash_table_unref (self->by_key);
  g_ptr_array_unref (self->entries);
  g_ptr_array_unref (self->order);
  G_OBJECT_CLASS (fk_scenario_chooser_parent_class)->finalize (object);
}

static void
fk_scenario_chooser_class_init (FkScenarioChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fk_scenario_chooser_dispose;
  object_class->finalize = fk_scenario_chooser_finalize;
  widget_class->map = fk_scenario_chooser_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/se/fyrbodal/Formagekarta/fk-scenario-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, FkScenarioChooser, description);
  gtk_widget_class_bind_template_child (widget_class, FkScenarioChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FkScenarioChooser, all_none_box);
  gtk_widget_class_bind_template_child (widget_class, FkScenarioChooser, follow_button);
  gtk_widget_class_bind_template_child (widget_class, FkScenarioChooser, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "chooser.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "chooser.follow", NULL, follow_action);
  gtk_widget_class_install_action (widget_class, "chooser.all", NULL, all_action);
  gtk_widget_class_install_action (widget_class, "chooser.none", NULL, none_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fk_scenario_chooser_init (FkScenarioChooser *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---- public -------------------------------------------------------------------- */

FkScenarioChooser *
fk_scenario_chooser_new (FkScenarioChoice  choice,
                         FkStudy          *study,
                         const FkScenario *scenario,
                         FkCandidates     *candidates,
                         const char       *language)
{
  FkScenarioChooser *self;
  gboolean capabilities = choice == FK_SCENARIO_CHOOSE_CAPABILITIES;
  g_autofree char *title = NULL;

  g_return_val_if_fail (FK_IS_STUDY (study), NULL);
  g_return_val_if_fail (scenario != NULL && scenario->id > 0, NULL);

  self = g_object_new (FK_TYPE_SCENARIO_CHOOSER, NULL);
  self->choice = choice;
  self->study = g_object_ref (study);
  self->id = scenario->id;
  self->follows = capabilities ? scenario->auto_capabilities : scenario->auto_municipalities;

  if (capabilities)
    {
      /* Translators: a window's title; %s is a scenario's name */
      title = g_strdup_printf (_("Capabilities of “%s”"), fk_text_get (&scenario->name, language));
      gtk_label_set_text (self->description,
                          _("Check the capabilities the scenario covers and choose who could host each. The report lists them in the order you check them."));
      gtk_button_set_label (self->follow_button, _("_Follow the Collaboration Candidates"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->follow_button),
                                   _("Forget this choice: the scenario covers the collaboration candidates of the latest round again"));
      build_capabilities (self, language);
    }
  else
    {
      /* Translators: a window's title; %s is a scenario's name */
      title = g_strdup_printf (_("Participants of “%s”"), fk_text_get (&scenario->name, language));
      gtk_label_set_text (self->description, _("Check the municipalities that take part in the scenario."));
      gtk_button_set_label (self->follow_button, _("_Follow the Rule Again"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->follow_button),
                                   _("Forget this choice: the participants follow the scenario’s rule and the latest round again"));
      build_municipalities (self);
    }
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), capabilities);
  gtk_widget_set_visible (self->all_none_box, !capabilities);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chooser.follow", !self->follows);
  prefill (self, scenario, candidates);
  return self;
}

GtkCheckButton *
fk_scenario_chooser_get_check (FkScenarioChooser *self,
                               const char        *key)
{
  Entry *e;

  g_return_val_if_fail (FK_IS_SCENARIO_CHOOSER (self), NULL);
  e = lookup (self, key);
  return e != NULL ? e->check : NULL;
}

GtkDropDown *
fk_scenario_chooser_get_host (FkScenarioChooser *self,
                              const char        *key)
{
  Entry *e;

  g_return_val_if_fail (FK_IS_SCENARIO_CHOOSER (self), NULL);
  e = lookup (self, key);
  return e != NULL ? e->host : NULL;
}

GStrv
fk_scenario_chooser_get_chosen (FkScenarioChooser *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (FK_IS_SCENARIO_CHOOSER (self), NULL);

  if (self->choice == FK_SCENARIO_CHOOSE_CAPABILITIES)
    for (guint i = 0; i < self->order->len; i++)
      g_strv_builder_add (builder, g_ptr_array_index (self->order, i));
  else
    /* Municipalities are stored in region order. */
    for (guint i = 0; i < self->entries->len; i++)
      {
        Entry *e = g_ptr_array_index (self->entries, i);

        if (gtk_check_button_get_active (e->check))
          g_strv_builder_add (builder, e->key);
      }
  return g_strv_builder_end (builder);
}
