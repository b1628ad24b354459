/* fk-error.c — the error domain of the core layer, with a technical detail
 * beside each message (an extended GError domain) */
#define G_LOG_DOMAIN "fk-error"
#include "fk-error.h"

typedef struct {
  char *detail;
} FkErrorPrivate;

static void
fk_error_private_init (FkErrorPrivate *priv)
{
  priv->detail = NULL;
}

static void
fk_error_private_copy (const FkErrorPrivate *src,
                       FkErrorPrivate       *dest)
{
  dest->detail = g_strdup (src->detail);
}

static void
fk_error_private_clear (FkErrorPrivate *priv)
{
  g_clear_pointer (&priv->detail, g_free);
}

G_DEFINE_EXTENDED_ERROR (FkError, fk_error)

const char *
fk_error_get_detail (const GError *error)
{
  if (error == NULL || error->domain != FK_ERROR)
    return NULL;
  return fk_error_get_private (error)->detail;
}

void
fk_error_set_detail (GError     *error,
                     const char *detail)
{
  FkErrorPrivate *priv;

  g_return_if_fail (error != NULL && error->domain == FK_ERROR);

  priv = fk_error_get_private (error);
  g_free (priv->detail);
  priv->detail = g_strdup (detail);
}
