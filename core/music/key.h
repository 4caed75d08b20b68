#pragma once
// Keys and key signatures. A key is stored as MIDI stores it (sharps or flats as a count of
// fifths, -7..7, plus major or minor) so that MIDI and MusicXML export are lossless; the tonic and
// the scale are derived from it.

#include <QString>
#include <QVector>
#include <QtGlobal>

namespace sw::music {

enum class KeyMode
{
    Major,
    Minor
};

struct KeySignature
{
    qint64 tick = 0;
    int fifths = 0; ///< -7 (7 flats) .. 7 (7 sharps).
    KeyMode mode = KeyMode::Major;

    int tonicPitchClass() const;
    /// The seven pitch classes of the key's scale (natural minor for minor keys).
    QVector<int> scalePitchClasses() const;
    bool containsPitchClass(int pitchClass) const;
    /// "D minor", "Bb major".
    QString name() const;
    bool isValid() const { return fifths >= -7 && fifths <= 7; }

    /// The key with this tonic and mode that needs the fewest accidentals.
    static KeySignature fromTonic(int pitchClass, KeyMode mode, qint64 tick = 0);
    /// Parses "D minor", "Bb major", "F#m", "c# minor", "Eb". Returns false if not a key.
    static bool parse(const QString& text, KeySignature* key);

    bool operator==(const KeySignature& o) const
    {
        return tick == o.tick && fifths == o.fifths && mode == o.mode;
    }
};

/// Pitch-class name with sharps or flats ("C#", "Db").
QString pitchClassName(int pitchClass, bool preferFlats = false);
/// A MIDI pitch's name with its octave, middle C being "C4".
QString pitchName(int pitch);
/// Parses a note name without octave ("C", "c#", "Bb", "E♭"); returns -1 if it is not one.
int parsePitchClass(const QString& text, int* consumed = nullptr);

} // namespace sw::music
