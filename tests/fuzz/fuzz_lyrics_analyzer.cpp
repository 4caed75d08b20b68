// Fuzz target: the lyrics reader takes any text and never crashes; every syllable belongs to a
// word of its line.
#include "analysis/lyricsanalysis.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), int(size));
    const sw::analysis::LyricsAnalysis result = sw::analysis::analyzeLyrics(text);
    for (const sw::analysis::LyricLine& line : result.lines) {
        for (const sw::analysis::LyricSyllable& s : line.syllables) {
            if (s.word < 0 || s.word >= line.words.size())
                __builtin_trap();
        }
    }
    return 0;
}
