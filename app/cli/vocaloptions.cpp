#include "cli/vocaloptions.h"

#include "render/scorerenderer.h"

#include <QCommandLineParser>

namespace sw::cli {

QList<QCommandLineOption> vocalOptions()
{
    return {{QStringLiteral("vocal"),
             QStringLiteral("How the lyrics are heard: guide (a voice sings the words, the "
                            "default) or instrument (the vocal track's General MIDI sound)."),
             QStringLiteral("guide|instrument")},
            {QStringLiteral("voice"),
             QStringLiteral("The guide voice: auto (the melody where it is written, the default), "
                            "soprano, alto, tenor or bass (the melody in that voice's octaves)."),
             QStringLiteral("voice")}};
}

bool vocalFromOptions(const QCommandLineParser& parser, render::RenderOptions* options,
                      QString* error)
{
    const QString vocal = parser.value(QStringLiteral("vocal"));
    if (vocal.isEmpty() || vocal == u"guide") {
        options->vocalSound = render::VocalSound::GuideVoice;
    } else if (vocal == u"instrument") {
        options->vocalSound = render::VocalSound::Instrument;
    } else {
        *error = QStringLiteral("--vocal takes guide or instrument, not \"%1\"").arg(vocal);
        return false;
    }
    const QString voice = parser.value(QStringLiteral("voice"));
    if (!voice.isEmpty() && !render::parseVoiceType(voice, &options->voice)) {
        *error = QStringLiteral("--voice takes auto, soprano, alto, tenor or bass, not \"%1\"")
                     .arg(voice);
        return false;
    }
    return true;
}

} // namespace sw::cli
