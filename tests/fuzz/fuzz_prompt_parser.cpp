// Fuzz target: the prompt parser reads any text, however long or strange, without crashing.
#include "analysis/promptparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const sw::analysis::PromptParser parser;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), int(size));
    const sw::analysis::PromptAnalysis result = parser.parse(text);
    if (result.unknownWords.size() > 50 || result.segments < 1)
        __builtin_trap();
    if (result.valence && (*result.valence < -1.0 || *result.valence > 1.0))
        __builtin_trap();
    return 0;
}
