#include "cli/aubiobaseline.h"

#include <aubio/aubio.h>
#include <cmath>

namespace sw::cli {

namespace {
// aubionotes' defaults are a 512-sample window and a 256 hop at 44.1 kHz; at 16 kHz a
// 1024-sample window (64 ms) holds two periods of an 80 Hz hum, and the 10 ms hop is ours.
constexpr uint_t kWindow = 1024;
} // namespace

QVector<TimedPitch> aubioNotes(const std::vector<float>& samples, int sampleRate)
{
    const uint_t hop = uint_t(sampleRate / 100);
    aubio_notes_t* notes = new_aubio_notes("default", kWindow, hop, uint_t(sampleRate));
    QVector<TimedPitch> out;
    if (!notes)
        return out;
    fvec_t* in = new_fvec(hop);
    fvec_t* note = new_fvec(3);
    for (size_t start = 0; start + hop <= samples.size(); start += hop) {
        for (uint_t i = 0; i < hop; ++i)
            in->data[i] = samples[start + i];
        aubio_notes_do(notes, in, note);
        if (note->data[0] > 0)
            out.append({double(start) / sampleRate, double(note->data[0])});
    }
    del_fvec(note);
    del_fvec(in);
    del_aubio_notes(notes);
    return out;
}

analysis::PitchTrack withAubioPitch(const analysis::PitchTrack& ours,
                                    const std::vector<float>& samples, int sampleRate)
{
    const uint_t hop = uint_t(sampleRate / 100);
    aubio_pitch_t* pitch = new_aubio_pitch("yin", kWindow, hop, uint_t(sampleRate));
    analysis::PitchTrack out = ours;
    if (!pitch)
        return out;
    // aubio's YIN, not its YIN-FFT: Debian's aubio 0.4.9 reports a confidence of 0 for every
    // YIN-FFT frame, and the segmentation needs one.
    aubio_pitch_set_unit(pitch, "midi");
    aubio_pitch_set_silence(pitch, -90);
    fvec_t* in = new_fvec(hop);
    fvec_t* found = new_fvec(1);
    QVector<double> centres, midi, confidence;
    for (size_t start = 0; start + hop <= samples.size(); start += hop) {
        for (uint_t i = 0; i < hop; ++i)
            in->data[i] = samples[start + i];
        aubio_pitch_do(pitch, in, found);
        // aubio's window ends with the hop just fed.
        centres.append((double(start + hop) - kWindow / 2.0) / sampleRate);
        midi.append(found->data[0]);
        confidence.append(aubio_pitch_get_confidence(pitch));
    }
    del_fvec(found);
    del_fvec(in);
    del_aubio_pitch(pitch);
    int j = 0;
    for (analysis::PitchFrame& f : out.frames) {
        while (j + 1 < centres.size() &&
               std::abs(centres[j + 1] - f.timeSeconds) <= std::abs(centres[j] - f.timeSeconds))
            ++j;
        if (centres.isEmpty())
            break;
        f.midi = midi[j] > 0 ? midi[j] : std::nan("");
        f.periodicity = float(std::clamp(confidence[j], 0.0, 1.0));
    }
    return out;
}

} // namespace sw::cli
