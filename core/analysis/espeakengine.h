#pragma once
// Internal to sw_analysis: espeak-ng and the hyphenation dictionary, loaded once for the
// process and used under one lock. espeak-ng keeps one voice, one set of parameters and one
// synthesis callback for the whole process, so the lyrics reader and the speech synthesizer
// must share it rather than each initialise their own.

#include <mutex>

struct _HyphenDict;

namespace sw::analysis::detail {

struct Engines
{
    std::mutex mutex; ///< held for every espeak-ng or libhyphen call
    bool espeakReady = false;
    int espeakSampleRate = 0;
    _HyphenDict* hyphen = nullptr;
};

/// The process's engines, loaded on first use (espeak-ng with phoneme events, voice en-us).
Engines& engines();

} // namespace sw::analysis::detail
