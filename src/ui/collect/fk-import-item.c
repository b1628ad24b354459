/* fk-import-item.c — one file in the import dialog: read, previewed, applied
 *
 * Copyright 2024 Fyrbodals kommunalförbund
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fk-import-item"
#include "config.h"

#include <glib/gi18n.h>

#include "fk-import-item.h"

struct _FkImportItem
{
  GObject            parent_instance;

  GFile             *file;
  char              *display_name;
  FkImportItemState  state;
  char              *message;
  FkResponse        *response;
  char              *checksum;
  FkImportPreview   *preview;
  char              *municipality_name;
  gboolean           lacks_round;
  GStrv              unknown;        /* NULL when none */
  gboolean           included;
  gboolean           create_round;
  gboolean           accept_unknown;
  GHashTable        *taken;          /* capability keys whose conflict takes the file's */
  char              *same_as;        /* another file for the same municipality and round */
  gboolean           busy;           /* the last apply met another program's write lock */
};

G_DEFINE_FINAL_TYPE (FkImportItem, fk_import_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INCLUDED,
  N_PROPS
};

enum {
  CHANGED,
  RESOLUTIONS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_state (FkImportItem      *self,
           FkImportItemState  state,
           const char        *message)
{
  self->state = state;
  g_free (self->message);
  self->message = g_strdup (message);
}

/* A message that names the file: core's do ("FILE: …"); a few (a score
 * changed meanwhile) name the capability and municipality only. */
static char *
message_naming_file (FkImportItem *self,
                     const GError *error)
{
  if (g_str_has_prefix (error->message, self->display_name))
    return g_strdup (error->message);
  /* Translators: a file's name, then what went wrong with it */
  return g_strdup_printf (_("%s: %s"), self->display_name, error->message);
}

static const char *
study_municipality_name (FkStudy    *study,
                         const char *code)
{
  FkRegion *region = fk_study_get_region (study);
  const FkMunicipality *m = fk_region_lookup (region, code);

  return m != NULL ? m->name : NULL;
}

/* ---- GObject ---------------------------------------------------------- */

static void
fk_import_item_finalize (GObject *object)
{
  FkImportItem *self = FK_IMPORT_ITEM (object);

  g_clear_object (&self->file);
  g_free (self->display_name);
  g_free (self->message);
  g_clear_pointer (&self->response, fk_response_unref);
  g_free (self->checksum);
  g_clear_pointer (&self->preview, fk_import_preview_unref);
  g_free (self->municipality_name);
  g_strfreev (self->unknown);
  g_hash_table_unref (self->taken);
  g_free (self->same_as);

  G_OBJECT_CLASS (fk_import_item_parent_class)->finalize (object);
}

static void
fk_import_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FkImportItem *self = FK_IMPORT_ITEM (object);

  switch (prop_id)
    {
    case PROP_INCLUDED:
      g_value_set_boolean (value, self->included);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_import_item_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FkImportItem *self = FK_IMPORT_ITEM (object);

  switch (prop_id)
    {
    case PROP_INCLUDED:
      fk_import_item_set_included (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fk_import_item_class_init (FkImportItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fk_import_item_finalize;
  object_class->get_property = fk_import_item_get_property;
  object_class->set_property = fk_import_item_set_property;

  properties[PROP_INCLUDED] =
    g_param_spec_boolean ("included", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The state, the preview or a choice that remade it. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A conflict's resolution only: the preview is the same. */
  signals[RESOLUTIONS_CHANGED] =
    g_signal_new ("resolutions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fk_import_item_init (FkImportItem *self)
{
  self->included = TRUE;
  self->taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* ---- public ----------------------------------------------------------- */

FkImportItem *
fk_import_item_new (GFile *file)
{
  FkImportItem *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (FK_TYPE_IMPORT_ITEM, NULL);
  self->file = g_object_ref (file);
  /* The base name, as core's messages name files. */
  self->display_name = g_file_get_basename (file);
  if (self->display_name != NULL)
    {
      char *display = g_filename_display_name (self->display_name);
      g_free (self->display_name);
      self->display_name = display;
    }
  else
    self->display_name = g_file_get_parse_name (file);
  return self;
}

GFile *
fk_import_item_get_file (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), NULL);
  return self->file;
}

const char *
fk_import_item_get_display_name (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), NULL);
  return self->display_name;
}

FkImportItemState
fk_import_item_get_state (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), FK_IMPORT_ITEM_REFUSED);
  return self->state;
}

const char *
fk_import_item_get_message (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), NULL);
  return self->message;
}

FkResponse *
fk_import_item_get_response (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), NULL);
  return self->response;
}

FkImportPreview *
fk_import_item_get_preview (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), NULL);
  return self->preview;
}

const char *
fk_import_item_get_municipality_name (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), NULL);
  return self->municipality_name;
}

gboolean
fk_import_item_get_lacks_round (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), FALSE);
  return self->lacks_round;
}

const char * const *
fk_import_item_get_unknown (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), NULL);
  return (const char * const *) self->unknown;
}

const char *
fk_import_item_get_same_as (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), NULL);
  return self->same_as;
}

void
fk_import_item_set_same_as (FkImportItem *self,
                            const char   *other)
{
  g_return_if_fail (FK_IS_IMPORT_ITEM (self));

  if (g_strcmp0 (self->same_as, other) == 0)
    return;
  g_free (self->same_as);
  self->same_as = g_strdup (other);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
fk_import_item_get_included (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), FALSE);
  return self->included;
}

void
fk_import_item_set_included (FkImportItem *self,
                             gboolean      included)
{
  g_return_if_fail (FK_IS_IMPORT_ITEM (self));

  included = !!included;
  if (self->included == included)
    return;
  self->included = included;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDED]);
}

gboolean
fk_import_item_will_import (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), FALSE);
  return self->state == FK_IMPORT_ITEM_READY && self->included;
}

FkResponse *
fk_import_item_read_file (GFile   *file,
                          char   **out_checksum,
                          GError **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, FK_ERROR, FK_ERROR_NOT_FOUND,
                   _("%s: only files on this computer can be imported"), name);
      return NULL;
    }
  return fk_import_read_response_file (path, out_checksum, error);
}

void
fk_import_item_set_read_result (FkImportItem *self,
                                FkResponse   *response,
                                const char   *checksum,
                                const GError *error)
{
  g_return_if_fail (FK_IS_IMPORT_ITEM (self));
  g_return_if_fail (self->state == FK_IMPORT_ITEM_READING);
  g_return_if_fail ((response == NULL) != (error == NULL));

  if (response == NULL)
    {
      g_autofree char *message = message_naming_file (self, error);

      set_state (self, FK_IMPORT_ITEM_REFUSED, message);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  self->response = fk_response_ref (response);
  self->checksum = g_strdup (checksum);
  /* Still READING until fk_import_item_update() compares it with the study. */
}

void
fk_import_item_update (FkImportItem *self,
                       FkStudy      *study)
{
  g_autoptr(GError) error = NULL;
  const char *code;
  const char *name;
  FkImportOptions options = { 0 };

  g_return_if_fail (FK_IS_IMPORT_ITEM (self));
  g_return_if_fail (FK_IS_STUDY (study));

  if (self->response == NULL || self->state == FK_IMPORT_ITEM_IMPORTED)
    return;

  code = fk_response_get_municipality (self->response);
  name = study_municipality_name (study, code);
  if (name == NULL)
    name = fk_response_get_municipality_name (self->response);
  g_free (self->municipality_name);
  self->municipality_name = g_strdup (name != NULL ? name : code);
  self->lacks_round = fk_study_find_round (study, fk_response_get_round (self->response)) == NULL;
  g_strfreev (self->unknown);
  self->unknown = fk_response_get_unknown_capabilities (self->response, fk_study_get_model (study));
  if (self->unknown[0] == NULL)
    g_clear_pointer (&self->unknown, g_strfreev);
  g_clear_pointer (&self->preview, fk_import_preview_unref);

  options.checksum = self->checksum;
  /* A blank form (the lead's own, dropped by mistake) would "change
   * nothing", which says the wrong thing: there is nothing in it. */
  if (fk_response_is_blank (self->response))
    {
      g_autofree char *message = g_strdup_printf (_("%s: the file is a blank form without answers, so there is nothing to import"),
                                                  self->display_name);

      set_state (self, FK_IMPORT_ITEM_REFUSED, message);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  /* A municipality of another region is refused whatever the choices:
   * the preview with both says so in core's words. */
  if (fk_study_check_municipality (study, code, NULL) &&
      ((self->lacks_round && !self->create_round) || (self->unknown != NULL && !self->accept_unknown)))
    {
      set_state (self, FK_IMPORT_ITEM_NEEDS_CHOICE, NULL);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  options.create_round = self->create_round || !fk_study_check_municipality (study, code, NULL);
  options.accept_unknown = options.create_round || self->accept_unknown;
  self->preview = fk_import_preview_new (study, self->response, &options, &error);
  if (self->preview == NULL)
    {
      g_autofree char *message = message_naming_file (self, error);

      set_state (self, FK_IMPORT_ITEM_REFUSED, message);
    }
  else if (fk_import_preview_is_unchanged (self->preview))
    set_state (self, FK_IMPORT_ITEM_UNCHANGED, NULL);
  else
    set_state (self, FK_IMPORT_ITEM_READY, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
fk_import_item_get_create_round (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), FALSE);
  return self->create_round;
}

void
fk_import_item_set_create_round (FkImportItem *self,
                                 FkStudy      *study,
                                 gboolean      create_round)
{
  g_return_if_fail (FK_IS_IMPORT_ITEM (self));

  if (self->create_round == !!create_round)
    return;
  self->create_round = !!create_round;
  fk_import_item_update (self, study);
}

gboolean
fk_import_item_get_accept_unknown (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), FALSE);
  return self->accept_unknown;
}

void
fk_import_item_set_accept_unknown (FkImportItem *self,
                                   FkStudy      *study,
                                   gboolean      accept_unknown)
{
  g_return_if_fail (FK_IS_IMPORT_ITEM (self));

  if (self->accept_unknown == !!accept_unknown)
    return;
  self->accept_unknown = !!accept_unknown;
  fk_import_item_update (self, study);
}

FkImportResolution
fk_import_item_get_resolution (FkImportItem *self,
                               const char   *capability)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), FK_IMPORT_KEEP_STUDY);

  return g_hash_table_contains (self->taken, capability) ? FK_IMPORT_TAKE_FILE : FK_IMPORT_KEEP_STUDY;
}

static gboolean
set_resolution (FkImportItem       *self,
                const char         *capability,
                FkImportResolution  resolution)
{
  if (resolution == FK_IMPORT_TAKE_FILE)
    return g_hash_table_add (self->taken, g_strdup (capability));
  return g_hash_table_remove (self->taken, capability);
}

void
fk_import_item_set_resolution (FkImportItem       *self,
                               const char         *capability,
                               FkImportResolution  resolution)
{
  g_return_if_fail (FK_IS_IMPORT_ITEM (self));
  g_return_if_fail (capability != NULL);

  if (set_resolution (self, capability, resolution))
    g_signal_emit (self, signals[RESOLUTIONS_CHANGED], 0);
}

void
fk_import_item_set_all_resolutions (FkImportItem       *self,
                                    FkImportResolution  resolution)
{
  GPtrArray *conflicts;
  gboolean changed = FALSE;

  g_return_if_fail (FK_IS_IMPORT_ITEM (self));

  if (self->preview == NULL)
    return;
  conflicts = fk_import_preview_get_conflicts (self->preview);
  for (guint i = 0; i < conflicts->len; i++)
    changed |= set_resolution (self, conflicts->pdata[i], resolution);
  if (changed)
    g_signal_emit (self, signals[RESOLUTIONS_CHANGED], 0);
}

gboolean
fk_import_item_takes_all (FkImportItem *self)
{
  GPtrArray *conflicts;

  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), FALSE);

  if (self->preview == NULL)
    return FALSE;
  conflicts = fk_import_preview_get_conflicts (self->preview);
  for (guint i = 0; i < conflicts->len; i++)
    if (!g_hash_table_contains (self->taken, conflicts->pdata[i]))
      return FALSE;
  return conflicts->len > 0;
}

GArray *
fk_import_item_dup_resolutions (FkImportItem *self)
{
  GPtrArray *conflicts;
  GArray *resolutions;

  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), NULL);

  if (self->preview == NULL)
    return NULL;
  conflicts = fk_import_preview_get_conflicts (self->preview);
  resolutions = g_array_sized_new (FALSE, FALSE, sizeof (FkImportResolution), conflicts->len);
  for (guint i = 0; i < conflicts->len; i++)
    {
      FkImportResolution r = fk_import_item_get_resolution (self, conflicts->pdata[i]);
      g_array_append_val (resolutions, r);
    }
  return resolutions;
}

gboolean
fk_import_item_apply (FkImportItem *self,
                      FkStudy      *study)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) resolutions = NULL;

  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), FALSE);
  g_return_val_if_fail (FK_IS_STUDY (study), FALSE);

  if (self->state != FK_IMPORT_ITEM_READY)
    return FALSE;
  /* An earlier file of this import added the round: it is there now,
   * and this file's scores for it are as new as before. */
  if (fk_import_preview_creates_round (self->preview) &&
      fk_study_find_round (study, fk_import_preview_get_round (self->preview)) != NULL)
    {
      fk_import_item_update (self, study);
      if (self->state != FK_IMPORT_ITEM_READY)
        return FALSE;
    }
  resolutions = fk_import_item_dup_resolutions (self);
  /* The main thread never waits: another program's write lock leaves
   * the file ready, for the dialog to try again a moment later. */
  self->busy = FALSE;
  if (fk_import_apply_now (study, self->preview, resolutions, &error))
    set_state (self, FK_IMPORT_ITEM_IMPORTED, NULL);
  else if (g_error_matches (error, FK_ERROR, FK_ERROR_BUSY))
    {
      self->busy = TRUE;
      return FALSE;
    }
  else
    {
      g_autofree char *message = message_naming_file (self, error);

      set_state (self, FK_IMPORT_ITEM_FAILED, message);
    }
  g_signal_emit (self, signals[CHANGED], 0);
  return self->state == FK_IMPORT_ITEM_IMPORTED;
}

char *
fk_import_format_local_time (gint64 unix_time)
{
  g_autoptr(GDateTime) local = NULL;

  if (unix_time <= 0)
    return g_strdup (_("at an unknown time"));
  local = g_date_time_new_from_unix_local (unix_time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

gboolean
fk_import_item_get_busy (FkImportItem *self)
{
  g_return_val_if_fail (FK_IS_IMPORT_ITEM (self), FALSE);
  return self->busy;
}
