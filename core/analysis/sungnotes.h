#pragma once
// A hummed, sung, whistled or played line cut into notes: where each begins and ends (seconds
// from the start of the recording) and its pitch. The pitch track (pitchtracker.h) is cut where
// the voice stops, where its level dips and comes back on one breath (a repeated note), and
// where its pitch moves to a new level and stays. The cut points come from a least-squares
// segmentation with a cost for each note, so vibrato, a glide into a note and a single wrong
// frame do not make notes of their own; breath and noise are not periodic and make none.
//
// People hum out of tune together: the line's tuning (the median offset of its notes from the
// equal-tempered pitches, in cents) is taken out before the pitches are rounded.

#include "media/mediainfo.h"

#include <QString>
#include <QVector>

namespace sw::analysis {

struct PitchTrack;

struct SungNote
{
    double onsetSeconds = 0;
    double offsetSeconds = 0;
    double midi = 0; ///< the median pitch sung, fractional, tuning not taken out
    int pitch = 60;  ///< the MIDI note it stands for, the line's tuning taken out
    float levelDb = -120;

    double durationSeconds() const { return offsetSeconds - onsetSeconds; }
};

struct SungLine
{
    QVector<SungNote> notes;
    double tuningCents = 0;     ///< how far the singer's pitches sit from A = 440 Hz
    double durationSeconds = 0; ///< of the recording
};

/// Notes of a pitch track (10 ms frames).
SungLine segmentNotes(const PitchTrack& track);

/// Decodes `path` (WAV, FLAC, MP3: anything FFmpeg reads with an audio stream), tracks its
/// pitch and cuts it into notes. Errors name the file. A recording with no note in it is an
/// error that says so.
bool transcribeAudioFile(const QString& path, SungLine* line, QString* error,
                         const media::StopRequested& stop = {});

/// The notes of mono samples at `sampleRate`.
SungLine transcribeSamples(const float* samples, qint64 count, int sampleRate);

} // namespace sw::analysis
