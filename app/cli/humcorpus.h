#pragma once
// Hummed and whistled lines synthesised from known notes, for `bench hum` and the tests: a
// voice-like harmonic tone (hum) or a pure tone (whistle) with vibrato, glides into some notes,
// a singer's own tuning and each note a little off it, human timing, breath noise throughout at
// a chosen signal-to-noise ratio and louder breaths between phrases, which must not be notes.
// And the note-level F-measure of mir_eval.transcription (onset within 50 ms, pitch within 50
// cents, offsets ignored, a maximum matching between the two note lists).

#include <QString>
#include <QVector>
#include <vector>

namespace sw::cli {

enum class HumVoice
{
    LowHum,  ///< 80-220 Hz, a male voice humming
    HighHum, ///< 200-600 Hz
    Whistle  ///< pure tones, 600-2400 Hz
};

struct KnownNote
{
    double onsetSeconds = 0;
    double offsetSeconds = 0;
    int pitch = 60;      ///< the note meant
    int eighthStart = 0; ///< where it is written, in eighths of the line's tempo from bar 1
    int eighths = 1;
};

struct HummedLine
{
    QString description;
    int sampleRate = 16000;
    std::vector<float> samples;
    QVector<KnownNote> notes;
    double bpm = 100;
    double barOneSeconds = 0;
    double snrDb = 10;
};

/// A line of about `seconds` for `voice`, its randomness from `seed`.
HummedLine synthesiseLine(HumVoice voice, quint32 seed, double snrDb, double seconds = 12,
                          int sampleRate = 16000);

struct NoteScores
{
    int reference = 0, estimated = 0, matched = 0;
    double precision() const { return estimated ? double(matched) / estimated : 0; }
    double recall() const { return reference ? double(matched) / reference : 0; }
    NoteScores& operator+=(const NoteScores& o)
    {
        reference += o.reference;
        estimated += o.estimated;
        matched += o.matched;
        return *this;
    }
    double f() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

/// Onsets in seconds and pitches as fractional MIDI numbers (50 cents = 0.5).
struct TimedPitch
{
    double onsetSeconds = 0;
    double midi = 60;
};
NoteScores matchNotes(const QVector<TimedPitch>& reference, const QVector<TimedPitch>& estimated,
                      double onsetTolerance = 0.05, double pitchTolerance = 0.5);

} // namespace sw::cli
