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

/// A change of a channel setting during a track: a MIDI controller (pan, reverb and chorus
/// sends, sustain pedal, volume, expression...) or the pitch bend. Kept as MIDI writes them, so
/// that a MIDI file's performance survives import, rendering and export.
struct ControlChange
{
    qint64 tick = 0;
    int controller = 0; ///< MIDI controller number 0..119, or kPitchBend
    int value = 0;      ///< 0..127; for kPitchBend -8192..8191 (0: no bend)

    bool operator==(const ControlChange& o) const
    {
        return tick == o.tick && controller == o.controller && value == o.value;
    }
};

/// The controllers Scorewright itself writes, and the pitch bend's pseudo-number.
namespace controller {
constexpr int kVolume = 7;
constexpr int kPan = 10; ///< 0 left, 64 centre, 127 right
constexpr int kExpression = 11;
constexpr int kSustain = 64; ///< >= 64 pedal down
constexpr int kReverbSend = 91;
constexpr int kChorusSend = 93;
constexpr int kLastController = 119; ///< 120-127 are channel mode messages, not settings
constexpr int kPitchBend = 128;
/// A change of General MIDI program (value 0..127) during the track: strings joining a piece
/// that opened on pads. The track's `program` is the one it starts with.
constexpr int kProgram = 129;
} // namespace controller

struct Track
{
    QString name;
    int program = 0; ///< General MIDI program 0..127 (0 = Acoustic Grand Piano).
    bool drumKit = false;
    TrackRole role = TrackRole::Other;
    QVector<Note> notes;
    QVector<ControlChange> controls; ///< by tick; at one tick, in the order they apply

    /// Sorts notes by start tick, then pitch, and controls by tick (keeping their order within
    /// a tick), so that equal scores compare equal.
    void sortNotes();
    qint64 endTick() const;
    bool operator==(const Track& o) const
    {
        return name == o.name && program == o.program && drumKit == o.drumKit && role == o.role &&
               notes == o.notes && controls == o.controls;
    }
};

/// Name of a General MIDI program ("Acoustic Grand Piano") or drum kit.
QString generalMidiProgramName(int program, bool drumKit = false);

} // namespace sw::music
