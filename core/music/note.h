#pragma once
// A note of a score: pitch, velocity, and its place in musical time (ticks at 480 per quarter
// note). A note of a vocal line may carry the syllable sung on it; `syllabic` tells whether the
// syllable begins, continues or ends a word, as MusicXML's <syllabic> does, so that lyrics
// survive export to MIDI lyric events and MusicXML.

#include <QString>
#include <QtGlobal>

namespace sw::music {

/// Ticks per quarter note everywhere in Scorewright (MIDI "division").
constexpr int kTicksPerQuarter = 480;

enum class Syllabic
{
    Single,
    Begin,
    Middle,
    End
};

struct Note
{
    int pitch = 60;    ///< MIDI pitch 0..127 (60 = middle C).
    int velocity = 80; ///< 1..127.
    qint64 startTick = 0;
    qint64 durationTicks = kTicksPerQuarter;
    QString lyric; ///< Syllable sung on this note; empty when none.
    Syllabic syllabic = Syllabic::Single;
    bool locked = false; ///< kept as it is when its bars are regenerated

    qint64 endTick() const { return startTick + durationTicks; }
    bool operator==(const Note& o) const
    {
        return pitch == o.pitch && velocity == o.velocity && startTick == o.startTick &&
               durationTicks == o.durationTicks && lyric == o.lyric && locked == o.locked &&
               (lyric.isEmpty() || syllabic == o.syllabic);
    }
    bool operator!=(const Note& o) const { return !(*this == o); }
};

} // namespace sw::music
