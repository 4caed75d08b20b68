#pragma once
// What a genre or ensemble named in a prompt asks of the music, as concrete choices the plan
// can make: a tempo range, the General MIDI programs of the lead, the chords and the bass,
// whether drums play, how busy the parts are, and whether the eighths swing. One entry a style;
// the prompt's own words (a tempo, an instrument, "no drums") still win over its style's
// defaults.
//
// The values follow common practice (MUSIC.md: a lullaby at 60-80 bpm on celesta or harp
// without drums, swing with a walking bass and a saxophone or piano lead, orchestral strings
// and brass, ambient pads with almost no attacks, rock on distorted guitars).

#include <QString>
#include <optional>

namespace sw::plan {

struct Style
{
    const char* genre; ///< the prompt lexicon's genre label
    int minBpm;
    int maxBpm;
    int melodyProgram; ///< General MIDI, 0-based
    int chordsProgram;
    int bassProgram;
    std::optional<bool> drums; ///< empty: as the intensity decides
    int densityShift;          ///< added to each bar's density level (0..4), -2..2
    /// The feel: where each quarter's second eighth falls, in percent of the beat (music/feel.h):
    /// 50 straight, 67 a triplet swing or shuffle. A swing style swings lighter when fast.
    int swingPercent = 50;
    /// The drums' groove (engine/drumgrooves.h): "backbeat", "four on the floor", "half time",
    /// "jazz ride", "shuffle", "waltz", "bossa nova", "one drop", "march", "breakbeat".
    const char* groove = "backbeat";
};

/// How a style is played, as Score::looseMs and Score::laidBackMs (music/feel.h): players of
/// acoustic styles move by a few milliseconds, electronic music sits on the grid, soul, hip hop
/// and lo-fi lean back behind the beat, punk pushes ahead of it.
struct Playing
{
    int looseMs;
    int laidBackMs;
};
Playing playingOf(const Style* style);

/// The style of a genre label, null when the table has none for it.
const Style* styleOf(const QString& genre);

/// The keys players of a style reach for, most common first ("E", "A", "D"... for guitar
/// bands, "F", "Bb", "Eb"... for horns, "D", "G"... for strings); a general list for no style.
QStringList idiomaticTonics(const Style* style, bool minor);

} // namespace sw::plan
