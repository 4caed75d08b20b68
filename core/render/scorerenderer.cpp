#include "render/scorerenderer.h"

#include "music/feel.h"
#include "render/mixdown.h"
#include "render/soundfont.h"
#include "render/synthesizer.h"

#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace sw::render {

namespace {

// The longest mix rendered. Every stem is held whole in memory as 48 kHz stereo floats, 1.4 GB
// an hour; a MIDI file whose one note sits at the largest delta a file can hold lasts 77 hours
// and aborted on std::bad_alloc. Two hours covers a feature film.
constexpr qint64 kMaxRenderUs = 2LL * 3600 * 1000000;

// The speech in the video's own sound (when it is heard) and the envelope the music follows on
// the picture: ducked under that speech, faded with the picture's ends.
std::vector<float> pictureEnvelope(const PictureOptions& picture, qint64 frames,
                                   QVector<SpeechSpan>* speech)
{
    const StereoAudio* source = picture.sourceAudio;
    if (source && !picture.sourceMix.mute && !source->samples.empty()) {
        *speech = detectSpeech(*source);
        speech->erase(std::remove_if(speech->begin(), speech->end(),
                                     [&](const SpeechSpan& s) { return s.startFrame >= frames; }),
                      speech->end());
    }
    std::vector<float> gain = duckingGain(*speech, frames, picture.ducking);
    applyFades(gain, picture.fades);
    return gain;
}

} // namespace

bool renderScore(const music::Score& written, const RenderOptions& options, RenderResult* result,
                 QString* error, const media::StopRequested& stop,
                 const std::function<void(double)>& progress)
{
    const music::Score score = music::performedScore(written); // swung eighths as they play
    const bool anyAudible = [&] {
        const bool solo = std::any_of(options.mix.begin(), options.mix.end(),
                                      [](const TrackMix& m) { return m.solo; });
        for (int t = 0; t < score.tracks.size(); ++t) {
            const TrackMix m = t < options.mix.size() ? options.mix[t] : TrackMix{};
            if (!m.mute && (!solo || m.solo) && !score.tracks[t].notes.isEmpty())
                return true;
        }
        return false;
    }();
    if (score.noteCount() > 0 && !anyAudible) {
        *error = QStringLiteral("every track with notes is muted; unmute one to render the mix");
        return false;
    }
    if (score.noteCount() == 0) {
        *error = QStringLiteral("the score has no notes to render");
        return false;
    }
    LoudnessPreset preset;
    if (!findLoudnessPreset(options.preset, &preset)) {
        *error = QStringLiteral("unknown loudness preset \"%1\" (web, podcast or broadcast)")
                     .arg(options.preset);
        return false;
    }
    const QString soundFont = findSoundFont(options.soundFont, error);
    if (soundFont.isEmpty())
        return false;

    const qint64 lengthUs = options.picture.durationUs > 0
                                ? options.picture.durationUs
                                : score.durationMicros() + qint64(kReleaseTailSeconds * 1e6);
    if (lengthUs > kMaxRenderUs) {
        *error = QStringLiteral("the music lasts %1 hours; Scorewright renders at most %2 hours "
                                "(each track is held in memory whole)")
                     .arg(double(lengthUs) / 3.6e9, 0, 'f', 1)
                     .arg(kMaxRenderUs / 3600000000LL);
        return false;
    }

    // With a picture, the synthesizer writes each stem straight onto its timeline.
    const qint64 pictureFrames = options.picture.durationUs * kSampleRate / 1000000;
    const TrackPlacement placement{options.picture.musicOffsetUs * kSampleRate / 1000000,
                                   pictureFrames};
    RenderResult out;
    out.soundFont = soundFont;
    out.stems.resize(score.tracks.size());
    const int workers = std::max(1, std::min<int>(options.threads, score.tracks.size()));
    std::atomic<bool> failed{false};
    QStringList errors(workers);
    auto work = [&](int worker) {
        Synthesizer synth;
        if (!synth.load(soundFont, &errors[worker])) {
            failed = true;
            return;
        }
        // Tracks are dealt out statically, not taken as threads come free: a synthesizer is not
        // quite fresh after a reset, so the same tracks must always meet the same synthesizer
        // for the same score to give the same samples.
        for (int t = worker; t < score.tracks.size() && !failed; t += workers) {
            const auto stopNow = [&] { return failed.load() || (stop && stop()); };
            const bool sings =
                options.vocalSound == VocalSound::GuideVoice && hasSungLyrics(score.tracks[t]);
            // Without espeak-ng (or its voices) the vocal track is played by its instrument
            // rather than the whole render failing; a cancelled one stops.
            const bool sung = sings && (renderGuideVocal(score, t, options.voice, &out.stems[t],
                                                         &errors[worker], stopNow, placement) ||
                                        stopNow());
            if (sings && !sung)
                errors[worker].clear();
            if (!sung &&
                !synth.renderTrack(score, t, &out.stems[t], &errors[worker], stopNow, placement)) {
                failed = true;
                return;
            }
        }
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, w);
    work(0);
    for (std::thread& t : threads)
        t.join();
    if (failed) {
        for (const QString& e : errors) {
            if (!e.isEmpty()) {
                *error = e;
                break;
            }
        }
        if (error->isEmpty())
            *error = QStringLiteral("rendering was cancelled");
        return false;
    }
    if (progress)
        progress(0.8);

    if (stop && stop()) {
        *error = QStringLiteral("rendering was cancelled");
        return false;
    }
    // The same envelope goes on every stem, so the stems still add up to the music of the mix.
    std::vector<float> envelope;
    if (pictureFrames > 0)
        envelope = pictureEnvelope(options.picture, pictureFrames, &out.speech);
    MixdownInput mixdown;
    mixdown.mix = options.mix;
    mixdown.envelope = pictureFrames > 0 ? &envelope : nullptr;
    mixdown.source = options.picture.sourceAudio;
    mixdown.sourceMix = &options.picture.sourceMix;
    mixdown.frames = pictureFrames;
    mixdown.threads = options.threads;
    mixDown(mixdown, out.stems, &out.mix);
    if (!normalizeLoudness(out.mix, preset, &out.loudness, error))
        return false;
    // The stems take the same gain as the mix, so that they add up to it in a DAW.
    scaleAll(out.stems, float(std::pow(10.0, out.loudness.appliedGainDb / 20.0)), options.threads);
    if (progress)
        progress(1.0);
    *result = std::move(out);
    return true;
}

} // namespace sw::render
