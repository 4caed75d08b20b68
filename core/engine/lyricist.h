#pragma once
// The lyricist: a singable melody for lyrics, one note per syllable, written by the trained
// network under constraints in the spirit of ReLyMe (Zhang et al. 2022): primary-stressed
// syllables prefer strong beats and unstressed ones avoid them; notes on strong beats prefer
// tones of the chord sounding there; lines breathe (a rest or a long note at their end) and
// cadence on stable degrees, the song's last note on the tonic; pitches stay in the key and in the
// voice's range; leaps are kept singable. A line can be rewritten keeping every other note.

#include "analysis/lyricsanalysis.h"
#include "music/score.h"

#include <memory>

namespace sw::engine {

enum class VoiceType
{
    Soprano,
    Alto,
    Tenor,
    Bass
};
/// The comfortable range of a voice type, MIDI pitches.
void voiceRange(VoiceType voice, int* low, int* high);
bool parseVoiceType(const QString& name, VoiceType* voice);
/// The name parseVoiceType() reads: "soprano", "alto", "tenor", "bass".
QString voiceTypeName(VoiceType voice);

struct LyricistOptions
{
    music::KeySignature key;
    int beatsPerBar = 4; ///< quarter-note beats per bar
    int low = 60;        ///< voice range, MIDI pitches
    int high = 79;
    quint64 seed = 1;
    double temperature = 1.0;
    /// Pinned: every note in the key's scale. Free: the key is the melody's home, and the
    /// chromatic notes the network writes (passing tones, a blue third) are kept.
    bool pinKey = true;
    /// The pace asked for, beats per syllable (note and rest before it); see paceLevel().
    double beatsPerSyllable = 1.8;
    qint64 startTick = 0;               ///< where the first bar begins
    qint64 endTick = 0;                 ///< a rewritten line ends by here (0: anywhere)
    QVector<music::ChordSymbol> chords; ///< the score's harmony, when there is one
    /// Melodies drafted side by side; the one most like the others is kept (see
    /// models/lyricist.md for what this does to the held-out figures). 1: the single draft the
    /// seed gives.
    int drafts = 128;
};

/// The most drafts a melody is chosen from.
constexpr int kMaxLyricistDrafts = 256;

/// Which of several drafts of a melody to keep: the one whose pitch classes above `tonic` and
/// note values have most in common with the other drafts' (histogram overlap, as `eval lyrics`
/// measures a melody against a song). This is minimum Bayes risk decoding: a single draft
/// commits early to a few pitches or one rhythm, as a song does, but to ones picked by chance;
/// the typical draft is the one whose commitments the network's other drafts share.
int mostTypicalMelody(const QVector<QVector<music::Note>>& drafts, int tonic);

/// The pace an existing melody is sung at: beats per note from `startTick` to its end.
double paceOf(const music::Track& melody, qint64 startTick);

class Lyricist
{
public:
    ~Lyricist();
    /// models/lyricist.pt checked against the SHA-256 in models/lyricist.md.
    static std::unique_ptr<Lyricist> loadFromModels(const QString& modelsDir, QString* error);
    static std::unique_ptr<Lyricist> loadWeights(const QString& path, QString* error);

    /// Writes the vocal track (lyrics on the notes) for every syllable of `lyrics`.
    bool writeMelody(const analysis::LyricsAnalysis& lyrics, const LyricistOptions& options,
                     music::Track* vocal, QString* error);
    /// Rewrites line `line` (0-based) of a melody written for the same lyrics; every note of
    /// the other lines is kept, and the new line ends before the next one begins.
    bool rewriteLine(const analysis::LyricsAnalysis& lyrics, const music::Track& existing, int line,
                     const LyricistOptions& options, music::Track* vocal, QString* error);

private:
    Lyricist();
    bool write(const analysis::LyricsAnalysis& lyrics, const LyricistOptions& options,
               const music::Track* existing, int line, music::Track* vocal, QString* error);
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sw::engine
