#pragma once
// Drum grooves per style, as a drummer would play them: a rock or pop backbeat, four on the
// floor (house, techno, disco), half time (trap, dubstep), a jazz ride with the hi-hat on two and
// four, a blues shuffle, a waltz's one-two-three, a bossa nova's clave on the rim, reggae's one
// drop, a march's snare, a drum-and-bass break. Each at a level (0 quiet .. 4 full) that the
// arranger holds for a whole phrase, so that the hats do not change from bar to bar; fills lead
// into the next phrase. The feel (swung eighths) is applied later, to every part alike.

#include "music/note.h"

#include <QString>
#include <QVector>

namespace sw::engine {

enum class Groove
{
    Backbeat,
    FourOnTheFloor,
    HalfTime,
    JazzRide,
    Shuffle,
    Waltz,
    Bossa,
    OneDrop,
    March,
    Breakbeat
};

/// The groove a plan names (MusicPlan::groove: "backbeat", "four on the floor", ...); the
/// backbeat for a name it does not know.
Groove grooveNamed(const QString& name);

struct DrumBarRequest
{
    qint64 startTick = 0;
    int beats = 4;
    int beatTicks = 480;
    int level = 2;      ///< 0..4
    int fillBeats = 0;  ///< the last beats of the bar play a fill (0: none)
    bool crash = false; ///< a crash on the downbeat
    int barInPhrase = 0;
    quint64 seed = 1;
};

/// The drum notes of one bar (General MIDI kit pitches), with velocities varied a little as a
/// player's are (deterministic for a seed).
QVector<music::Note> grooveBar(Groove groove, const DrumBarRequest& request);

} // namespace sw::engine
