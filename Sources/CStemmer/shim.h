#ifndef CLAIMWATCH_CSTEMMER_SHIM_H
#define CLAIMWATCH_CSTEMMER_SHIM_H
// Snowball's stemmers (Debian libstemmer-dev).
#include <libstemmer.h>
#endif
