/* fk-error.c */
#include "fk-error.h"

G_DEFINE_QUARK (fk-error-quark, fk_error)
