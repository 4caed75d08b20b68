#pragma once
// Which General MIDI soundfont renders the music: the one the person chose, else
// $SCOREWRIGHT_SOUNDFONT, else Debian's default GM soundfont (fluid-soundfont-gm or
// timgm6mb-soundfont), else MuseScore's.

#include <QString>

namespace sw::render {

/// Returns the soundfont's path, or an empty string with `error` saying how to install one.
QString findSoundFont(const QString& preferred, QString* error);

} // namespace sw::render
