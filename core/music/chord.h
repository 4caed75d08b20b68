#pragma once
// Chord symbols of a score ("Am7", "F/C"): a root, a quality and an optional bass note, at a
// tick. The symbol text is the one musicians read and the one written to MIDI text events and
// MusicXML <harmony>.

#include <QString>
#include <QVector>
#include <QtGlobal>

namespace sw::music {

enum class ChordQuality
{
    Major,
    Minor,
    Diminished,
    Augmented,
    Dominant7,
    Major7,
    Minor7,
    HalfDiminished7,
    Diminished7,
    Suspended2,
    Suspended4,
    Major6,
    Minor6,
};

struct ChordSymbol
{
    qint64 tick = 0;
    int root = 0; ///< Pitch class 0..11.
    ChordQuality quality = ChordQuality::Major;
    int bass = -1; ///< Pitch class of a slash bass, or -1 when the bass is the root.

    /// Pitch classes of the chord, root first.
    QVector<int> pitchClasses() const;
    /// "Am7", "F#dim", "C/E".
    QString name() const;
    /// Parses what name() writes, plus common spellings ("Amin7", "Cmaj", "Bø7", "E-").
    static bool parse(const QString& text, ChordSymbol* chord);

    bool operator==(const ChordSymbol& o) const
    {
        return tick == o.tick && root == o.root && quality == o.quality && bass == o.bass;
    }
};

} // namespace sw::music
