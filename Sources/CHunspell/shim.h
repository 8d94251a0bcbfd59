#ifndef CLAIMWATCH_CHUNSPELL_SHIM_H
#define CLAIMWATCH_CHUNSPELL_SHIM_H
// Hunspell's C API (Debian libhunspell-dev); dictionaries from hunspell-ru, hunspell-uk.
#include <hunspell/hunspell.h>
#endif
