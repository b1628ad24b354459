/* fk-scenarios-page-undo.c — the page's Undo of text replacements: nothing typed is lost
 *
 * "Use Generated Text" stores the generated text over the user's own and
 * marks the section as not edited: the study keeps no copy of the user's
 * text. The page keeps it, for as long as it lives, on a stack: the
 * toast's Undo (which stays until dismissed) restores one, Ctrl+Z on the
 * page ("scenarios.undo") the last one. Typing itself is undone by the
 * section's own text buffer, which has Ctrl+Z first while it has
 * something to undo; what the page writes into a buffer is irreversible
 * there, so a buffer's Undo never brings back another scenario's text.
 */
#define G_LOG_DOMAIN "fk-scenarios-page"
#include "config.h"
#include "fk-scenarios-page-private.h"

typedef struct {
  gint64    id;
  char     *language;
  int       section;
  char     *text;      /* the user's text, as it was before the replacement */
  AdwToast *toast;     /* weak: its Undo, while shown */
} Replacement;

static void
replacement_free (Replacement *r)
{
  g_clear_weak_pointer (&r->toast);
  g_free (r->language);
  g_free (r->text);
  g_free (r);
}

static void
update_action (FkScenariosPage *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "undo");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               self->replacements->len > 0 && fk_scenarios_page_can_edit (self));
}

void
fk_scenarios_page_push_replacement (FkScenariosPage *self,
                                    gint64           id,
                                    const char      *language,
                                    int              section,
                                    const char      *text,
                                    AdwToast        *toast)
{
  Replacement *r = g_new0 (Replacement, 1);

  r->id = id;
  r->language = g_strdup (language);
  r->section = section;
  r->text = g_strdup (text);
  g_set_weak_pointer (&r->toast, toast);
  g_ptr_array_add (self->replacements, r);
  update_action (self);
}

void
fk_scenarios_page_forget_replacement (FkScenariosPage *self,
                                      gint64           id,
                                      const char      *language,
                                      int              section,
                                      const char      *text)
{
  /* The latest match: the same text may have been replaced twice. */
  for (guint i = self->replacements->len; i > 0; i--)
    {
      Replacement *r = g_ptr_array_index (self->replacements, i - 1);

      if (r->id == id && r->section == section && g_str_equal (r->language, language) &&
          g_str_equal (r->text, text))
        {
          g_ptr_array_remove_index (self->replacements, i - 1);
          break;
        }
    }
  update_action (self);
}

void
fk_scenarios_page_forget_replacements_of (FkScenariosPage *self,
                                          gint64           id)
{
  for (guint i = self->replacements->len; i > 0; i--)
    if (((Replacement *) g_ptr_array_index (self->replacements, i - 1))->id == id)
      g_ptr_array_remove_index (self->replacements, i - 1);
  update_action (self);
}

/* "undo": the last replacement undone, as its toast's Undo does it. */
static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  FkScenariosPage *self = user_data;
  Replacement *r;
  g_autoptr(AdwToast) toast = NULL;
  GVariant *target;

  if (self->replacements->len == 0)
    return;
  r = g_ptr_array_index (self->replacements, self->replacements->len - 1);
  toast = r->toast != NULL ? g_object_ref (r->toast) : NULL;
  target = g_variant_new ("(xsis)", r->id, r->language, r->section, r->text);
  /* "restore-text" forgets the replacement (and frees @r). */
  g_action_group_activate_action (G_ACTION_GROUP (self->actions), "restore-text", target);
  if (toast != NULL)
    adw_toast_dismiss (toast);
}

void
fk_scenarios_page_init_undo (FkScenariosPage *self)
{
  static const GActionEntry entries[] = {
    { .name = "undo", .activate = undo_action },
  };

  self->replacements = g_ptr_array_new_with_free_func ((GDestroyNotify) replacement_free);
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  update_action (self);
}

void
fk_scenarios_page_update_undo (FkScenariosPage *self)
{
  if (self->replacements != NULL)
    update_action (self);
}

void
fk_scenarios_page_dispose_undo (FkScenariosPage *self)
{
  g_clear_pointer (&self->replacements, g_ptr_array_unref);
}
