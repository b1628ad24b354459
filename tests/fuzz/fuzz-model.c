/* fuzz-model.c — libFuzzer target: any bytes given to the model and region
 * loaders end in a model or a GError, never a crash or a leak.
 *
 *   see tests/fuzz/README.md for building and running it */
#include <glib.h>
#include "fk-core.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FkModel) model = fk_model_new_from_data ((const char *) data, size, "fuzz.json", &error);
  g_autoptr(FkRegion) region = NULL;

  /* Exactly one of the two. */
  g_assert ((model == NULL) != (error == NULL));
  g_clear_error (&error);
  region = fk_region_new_from_data ((const char *) data, size, "fuzz.json", &error);
  g_assert ((region == NULL) != (error == NULL));
  return 0;
}
