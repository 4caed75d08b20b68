#pragma once
// A track of a score: one instrument playing one role (melody, chords, bass, drums, vocal).
// The General MIDI program names the instrument; a drum track plays the GM kit on channel 10
// and its program selects the kit.

#include "music/note.h"

#include <QString>
#include <QVector>

namespace sw::music {

enum class TrackRole
{
    Melody,
    Chords,
    Bass,
    Drums,
    Vocal,
    Other
};

QString trackRoleName(TrackRole role);
/// Parses a role name written by trackRoleName(); returns false for unknown names.
bool parseTrackRole(const QString& name, TrackRole* role);

struct Track
{
    QString name;
    int program = 0; ///< General MIDI program 0..127 (0 = Acoustic Grand Piano).
    bool drumKit = false;
    TrackRole role = TrackRole::Other;
    QVector<Note> notes;

    /// Sorts notes by start tick, then pitch, so that equal scores compare equal.
    void sortNotes();
    qint64 endTick() const;
    bool operator==(const Track& o) const
    {
        return name == o.name && program == o.program && drumKit == o.drumKit && role == o.role &&
               notes == o.notes;
    }
};

/// Name of a General MIDI program ("Acoustic Grand Piano") or drum kit.
QString generalMidiProgramName(int program, bool drumKit = false);

} // namespace sw::music
