#include "render/soundfont.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sw::render {

QString findSoundFont(const QString& preferred, QString* error)
{
    const QString configured =
        !preferred.isEmpty() ? preferred : qEnvironmentVariable("SCOREWRIGHT_SOUNDFONT");
    if (!configured.isEmpty()) {
        if (QFileInfo(configured).isFile())
            return configured;
        *error =
            QCoreApplication::translate(
                "sw::render", "the soundfont %1 does not exist; choose another .sf2 or .sf3 file")
                .arg(configured);
        return {};
    }
    for (const char* path :
         {"/usr/share/sounds/sf2/default-GM.sf2", "/usr/share/sounds/sf3/default-GM.sf3",
          "/usr/share/sounds/sf2/FluidR3_GM.sf2", "/usr/share/sounds/sf2/TimGM6mb.sf2",
          "/usr/share/sounds/sf3/MuseScore_General.sf3"}) {
        if (QFileInfo(QString::fromLatin1(path)).isFile())
            return QString::fromLatin1(path);
    }
    *error =
        QStringLiteral("no General MIDI soundfont is installed; install one with "
                       "\"sudo apt-get install fluid-soundfont-gm\" or choose a .sf2/.sf3 file");
    return {};
}

} // namespace sw::render
