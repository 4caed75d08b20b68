#pragma once
// One colour per track role, the same in every view that draws notes (the piano roll, the
// timeline's music lane).

#include "music/track.h"

#include <QColor>

namespace sw::ui {

inline QColor roleColour(music::TrackRole role)
{
    switch (role) {
    case music::TrackRole::Melody:
        return QColor(240, 160, 40);
    case music::TrackRole::Vocal:
        return QColor(220, 90, 150);
    case music::TrackRole::Chords:
        return QColor(90, 150, 220);
    case music::TrackRole::Bass:
        return QColor(80, 180, 110);
    case music::TrackRole::Drums:
        return QColor(150, 150, 150);
    case music::TrackRole::Other:
        break;
    }
    return QColor(170, 120, 200);
}

} // namespace sw::ui
