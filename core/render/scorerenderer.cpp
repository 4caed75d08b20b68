#include "render/scorerenderer.h"

#include "music/feel.h"
#include "music/outputfile.h"
#include "render/mixdown.h"
#include "render/soundfont.h"
#include "render/synthesizer.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace sw::render {

namespace {

// The longest mix rendered. Stems, the video's sound and the mix go to disk past a few minutes,
// so the bound is the temporary folder's room (checked before the work starts) and the hours a
// render takes; a MIDI file whose one note sits at the largest delta a file can hold lasts 77
// hours. Four hours covers any film, as the planner's own limit does.
constexpr qint64 kMaxRenderUs = 4LL * 3600 * 1000000;

// What may stay in memory: the spools of a render of about ten minutes with five tracks fit.
constexpr qint64 kSpoolsInMemoryBytes = 512LL * 1024 * 1024;

bool withinLongestRender(qint64 frames, QString* error)
{
    const qint64 lengthUs = frames * 1000000 / kSampleRate;
    if (lengthUs <= kMaxRenderUs)
        return true;
    *error = QStringLiteral("the music lasts %1 hours; Scorewright renders at most %2 hours")
                 .arg(double(lengthUs) / 3.6e9, 0, 'f', 1)
                 .arg(kMaxRenderUs / 3600000000LL);
    return false;
}

QString cancelledMessage()
{
    return QStringLiteral("rendering was cancelled");
}

// The speech in the video's own sound (when it is heard), read a block at a time.
bool findSpeech(const media::AudioSpool& source, qint64 frames, QVector<SpeechSpan>* speech,
                QString* error)
{
    SpeechDetector detector;
    const auto listen = [&](const float* block, qint64, qint64 count) {
        detector.push(block, count);
        return true;
    };
    if (!media::readBlocks(source, media::kSpoolBlockFrames, listen, error))
        return false;
    *speech = detector.speech();
    speech->erase(std::remove_if(speech->begin(), speech->end(),
                                 [&](const SpeechSpan& s) { return s.startFrame >= frames; }),
                  speech->end());
    return true;
}

bool anyTrackAudible(const music::Score& score, const RenderOptions& options)
{
    const bool solo = std::any_of(options.mix.begin(), options.mix.end(),
                                  [](const TrackMix& m) { return m.solo; });
    for (int t = 0; t < score.tracks.size(); ++t) {
        const TrackMix m = t < options.mix.size() ? options.mix[t] : TrackMix{};
        if (!m.mute && (!solo || m.solo) && !score.tracks[t].notes.isEmpty())
            return true;
    }
    return false;
}

// Every track into its stem, on `options.threads` threads, each with its own synthesizer.
bool renderStems(const music::Score& score, const RenderOptions& options, const QString& soundFont,
                 media::AudioSpool::Storage storage, std::vector<media::AudioSpool>* stems,
                 QString* error, const media::StopRequested& stop)
{
    const qint64 pictureFrames = options.picture.durationUs * kSampleRate / 1000000;
    const TrackPlacement placement{options.picture.musicOffsetUs * kSampleRate / 1000000,
                                   pictureFrames};
    stems->resize(score.tracks.size());
    for (media::AudioSpool& stem : *stems) {
        if (!stem.open(storage, kChannels, error))
            return false;
    }
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
            media::AudioSpool& stem = (*stems)[t];
            const bool sings =
                options.vocalSound == VocalSound::GuideVoice && hasSungLyrics(score.tracks[t]);
            // Without espeak-ng (or its voices) the vocal track is played by its instrument
            // rather than the whole render failing; a cancelled one stops.
            const bool sung = sings && (renderGuideVocal(score, t, options.voice, &stem,
                                                         &errors[worker], stopNow, placement) ||
                                        stopNow());
            if (sings && !sung) {
                errors[worker].clear();
                if (!stem.open(storage, kChannels, &errors[worker])) {
                    failed = true;
                    return;
                }
            }
            if (!sung && !synth.renderTrack(score, t, &stem, &errors[worker], stopNow, placement)) {
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
    if (!failed)
        return true;
    for (const QString& e : errors) {
        if (!e.isEmpty()) {
            *error = e;
            return false;
        }
    }
    *error = cancelledMessage();
    return false;
}

} // namespace

qint64 renderedFrames(const music::Score& score, const RenderOptions& options)
{
    const qint64 lengthUs = options.picture.durationUs > 0
                                ? options.picture.durationUs
                                : score.durationMicros() + qint64(kReleaseTailSeconds * 1e6);
    return lengthUs * kSampleRate / 1000000;
}

bool chooseSpoolStorage(qint64 frames, int spools, media::AudioSpool::Storage* storage,
                        QString* error)
{
    if (!withinLongestRender(frames, error))
        return false;
    const qint64 bytes =
        std::max<qint64>(0, frames) * kChannels * qint64(sizeof(float)) * std::max(1, spools);
    *storage = bytes <= kSpoolsInMemoryBytes ? media::AudioSpool::Storage::Memory
                                             : media::AudioSpool::Storage::File;
    if (*storage == media::AudioSpool::Storage::Memory)
        return true;
    const QString folder = media::spoolFolder();
    const qint64 free = music::freeBytesAt(folder);
    // A margin for the files the export writes beside it.
    if (free >= 0 && free < bytes + bytes / 10) {
        *error = QStringLiteral("rendering %1 minutes of music needs about %2 in the "
                                "temporary folder %3, which has %4 free; free some space "
                                "or set TMPDIR to a folder with room")
                     .arg(double(frames) / kSampleRate / 60.0, 0, 'f', 0)
                     .arg(music::sizeText(bytes), QDir::toNativeSeparators(folder),
                          music::sizeText(free));
        return false;
    }
    return true;
}

bool renderScoreToSpools(const music::Score& written, const RenderOptions& options,
                         const SpoolOptions& spooling, SpooledRender* result, QString* error,
                         const media::StopRequested& stop,
                         const std::function<void(double)>& progress)
{
    const music::Score score = music::performedScore(written); // swung eighths as they play
    if (score.noteCount() > 0 && !anyTrackAudible(score, options)) {
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
    if (!withinLongestRender(renderedFrames(score, options), error))
        return false;

    SpooledRender out;
    out.soundFont = soundFont;
    if (!renderStems(score, options, soundFont, spooling.storage, &out.stems, error, stop))
        return false;
    if (progress)
        progress(0.8);
    if (stop && stop()) {
        *error = cancelledMessage();
        return false;
    }

    // With a picture, the music follows an envelope on its timeline: ducked under the speech in
    // the video's own sound, faded with the picture's ends. The same envelope goes on every
    // stem, so the stems still add up to the music of the mix.
    const qint64 pictureFrames = options.picture.durationUs * kSampleRate / 1000000;
    const media::AudioSpool viewed =
        options.picture.sourceAudio
            ? media::AudioSpool::view(options.picture.sourceAudio->samples, kChannels)
            : media::AudioSpool();
    const media::AudioSpool* source = options.picture.sourceSpool   ? options.picture.sourceSpool
                                      : options.picture.sourceAudio ? &viewed
                                                                    : nullptr;
    if (pictureFrames > 0 && source && !options.picture.sourceMix.mute &&
        !findSpeech(*source, pictureFrames, &out.speech, error))
        return false;
    const MusicEnvelope envelope(out.speech, pictureFrames, options.picture.ducking,
                                 options.picture.fades);
    MixdownInput mixdown;
    mixdown.mix = options.mix;
    mixdown.envelope = pictureFrames > 0 ? &envelope : nullptr;
    mixdown.source = source;
    mixdown.sourceMix = &options.picture.sourceMix;
    mixdown.frames = pictureFrames;
    mixdown.threads = options.threads;
    mixdown.shapeStems = spooling.shapeStems;
    LoudnessMeter meter;
    if (!out.mix.open(spooling.storage, kChannels, error) ||
        !mixDown(mixdown, out.stems, &out.mix, &meter, error))
        return false;
    if (stop && stop()) {
        *error = cancelledMessage();
        return false;
    }
    const LoudnessReport measured = meter.report();
    if (!normalizeLoudness(out.mix, preset, &out.loudness, error,
                           meter.isValid() ? &measured : nullptr))
        return false;
    // The stems take the same gain as the mix, so that they add up to it in a DAW.
    out.stemGainDb = out.loudness.appliedGainDb;
    if (progress)
        progress(1.0);
    *result = std::move(out);
    return true;
}

bool renderScore(const music::Score& score, const RenderOptions& options, RenderResult* result,
                 QString* error, const media::StopRequested& stop,
                 const std::function<void(double)>& progress)
{
    SpooledRender spooled;
    if (!renderScoreToSpools(score, options, SpoolOptions{}, &spooled, error, stop, progress))
        return false;
    if (!scaleAll(spooled.stems, float(std::pow(10.0, spooled.stemGainDb / 20.0)), options.threads,
                  error))
        return false;
    RenderResult out;
    out.soundFont = spooled.soundFont;
    out.speech = spooled.speech;
    out.loudness = spooled.loudness;
    out.mix.samples = spooled.mix.takeSamples();
    for (media::AudioSpool& stem : spooled.stems)
        out.stems.append(StereoAudio{stem.takeSamples()});
    *result = std::move(out);
    return true;
}

} // namespace sw::render
