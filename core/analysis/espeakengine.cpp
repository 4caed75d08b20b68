#include "analysis/espeakengine.h"

#include <QFile>
#include <QString>
#include <espeak-ng/speak_lib.h>
#include <hyphen.h>

namespace sw::analysis::detail {

namespace {

struct LoadedEngines : Engines
{
    LoadedEngines()
    {
        // Phoneme events tell the speech synthesizer where each phoneme starts; the lyrics
        // reader's espeak_TextToPhonemes is unaffected by them.
        espeakSampleRate =
            espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr,
                              espeakINITIALIZE_PHONEME_EVENTS | espeakINITIALIZE_DONT_EXIT);
        espeakReady = espeakSampleRate > 0 && espeak_SetVoiceByName("en-us") == EE_OK;
        for (const char* path :
             {"/usr/share/hyphen/hyph_en_US.dic", "/usr/share/hyphen/hyph_en.dic"}) {
            if (QFile::exists(QString::fromLatin1(path)) && (hyphen = hnj_hyphen_load(path)))
                break;
        }
    }
};

} // namespace

Engines& engines()
{
    static LoadedEngines instance;
    return instance;
}

} // namespace sw::analysis::detail
