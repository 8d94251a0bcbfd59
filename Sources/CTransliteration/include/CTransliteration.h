#ifndef CLAIMWATCH_CTRANSLITERATION_H
#define CLAIMWATCH_CTRANSLITERATION_H
// ICU's transliterator (Debian libicu-dev) behind plain C types: ICU's own headers would clash
// with the copy of ICU that Foundation carries, and ICU renames its functions per version.
#include <stdint.h>

/// Opens the ICU transform `id` (UTF-16, `length` units); NULL when ICU has no such transform.
void *claimwatch_translit_open(const uint16_t *id, int32_t length);
void claimwatch_translit_close(void *transliterator);
/// Transliterates text[0..<*length] in place (room for `capacity` units); *length is updated.
/// Returns 0 on success.
int32_t claimwatch_translit(void *transliterator, uint16_t *text, int32_t *length, int32_t capacity);
#endif
