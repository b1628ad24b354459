/* fk-error.c */
#define G_LOG_DOMAIN "fk-error"
#include "fk-error.h"

G_DEFINE_QUARK (fk-error-quark, fk_error)
