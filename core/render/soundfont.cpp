#include "render/soundfont.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sw::render {

QString findSoundFont(const QString& preferred, QString* error)
{
    const QString configured =
        !preferred.isEmpty() ? preferred : qEnvironmentVariable("SCOREWRIGHT_SOUNDFONT");
    if (!configured.isEmpty()) {
        const QFileInfo file(configured);
        if (file.isFile() && file.isReadable())
            return configured;
        // Say what is wrong with it: a folder "does not exist" sent people looking elsewhere.
        const char* why =
            !file.exists()
                ? QT_TRANSLATE_NOOP("sw::render", "the soundfont %1 does not exist; choose "
                                                  "another .sf2 or .sf3 file")
            : file.isDir()
                ? QT_TRANSLATE_NOOP("sw::render", "the soundfont %1 is a folder; choose the .sf2 "
                                                  "or .sf3 file in it")
            : !file.isFile()
                ? QT_TRANSLATE_NOOP("sw::render", "the soundfont %1 is not a regular file; "
                                                  "choose a .sf2 or .sf3 file")
                : QT_TRANSLATE_NOOP("sw::render", "the soundfont %1 cannot be read (permissions); "
                                                  "choose another .sf2 or .sf3 file");
        *error = QCoreApplication::translate("sw::render", why).arg(configured);
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
