#include "CTransliteration.h"
#include <unicode/utrans.h>

void *claimwatch_translit_open(const uint16_t *id, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU((const UChar *)id, length, UTRANS_FORWARD, 0, 0, 0, &status);
    if (U_FAILURE(status)) {
        if (t) utrans_close(t);
        return 0;
    }
    return t;
}

void claimwatch_translit_close(void *transliterator) { utrans_close((UTransliterator *)transliterator); }

int32_t claimwatch_translit(void *transliterator, uint16_t *text, int32_t *length, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, length, capacity, 0, &limit, &status);
    return U_FAILURE(status) ? (int32_t)status : 0;
}
