// `scorewright-cli bench analyze`: how fast video analysis runs next to FFmpeg decoding the same
// file, as medians of several runs. Speed is measured here, never asserted in tests.
#include "analysis/lyricsanalysis.h"
#include "analysis/videoanalyzer.h"
#include "cli/benchsupport.h"
#include "cli/clicommand.h"
#include "devices/midipreview.h"
#include "devices/virtualmidibackend.h"
#include "engine/composer.h"
#include "engine/lyricist.h"
#include "media/muxer.h"
#include "media/videodecoder.h"
#include "plan/editingrhythms.h"
#include "plan/planner.h"
#include "render/guidevocal.h"
#include "render/scorerenderer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <sys/resource.h>

namespace sw::cli {

namespace {

struct Timings
{
    QVector<double> ffmpeg, decode, analyse;
};

bool benchOne(const QString& path, int runs, QTextStream& out, QString* error)
{
    media::MediaInfo info;
    if (!media::probeMedia(path, &info, error) || !info.video())
        return false;
    const double seconds = double(info.durationUs) / 1e6;
    out << QFileInfo(path).fileName() << ": " << info.video()->width << "x" << info.video()->height
        << ", " << info.video()->frameRate << " fps, " << QString::number(seconds, 'f', 1)
        << " s\n";
    out.flush();
    Timings t;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!runFfmpeg({QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-threads"),
                        QStringLiteral("2"), QStringLiteral("-i"), path, QStringLiteral("-f"),
                        QStringLiteral("null"), QStringLiteral("-")},
                       error))
            return false;
        t.ffmpeg.append(timer.nsecsElapsed() / 1e9);

        timer.restart();
        media::VideoDecoder decoder;
        if (!decoder.open(path, {160, media::PixelFormat::Bgr24, 2, true}, error))
            return false;
        media::VideoFrame frame;
        while (decoder.read(&frame) == media::VideoDecoder::Result::Frame) {
        }
        t.decode.append(timer.nsecsElapsed() / 1e9);

        timer.restart();
        analysis::VideoAnalysis result;
        if (!analysis::analyzeVideo(path, {}, &result, error))
            return false;
        t.analyse.append(timer.nsecsElapsed() / 1e9);
    }
    const double base = median(t.ffmpeg);
    auto line = [&](const char* what, const QVector<double>& v) {
        const double m = median(v);
        out << "  " << QString::fromLatin1(what).leftJustified(38) << QString::number(m, 'f', 3)
            << " s  " << QString::number(seconds / m, 'f', 1).rightJustified(6) << "x real time  "
            << QString::number(m / base, 'f', 2) << "x ffmpeg\n";
    };
    line("ffmpeg -threads 2 -f null (baseline)", t.ffmpeg);
    line("decode at analysis size", t.decode);
    line("full analysis", t.analyse);
    out << "  medians of " << runs << " runs; peak memory of this process so far " << peakMemoryMb()
        << " MB\n";
    return true;
}

// `bench plan`: planning a 10-minute timeline, and how its bar lines meet the cuts compared with
// the naive plan (120 bpm from the first frame).
int benchPlan(int runs, QTextStream& out)
{
    QRandomGenerator random(42);
    QVector<double> solvedGrid, naiveGrid, timings;
    int solvedNearBeat = 0, naiveNearBeat = 0, cuts = 0;
    for (int run = 0; run < runs; ++run) {
        const plan::CutList list = plan::editingRhythm(random, 0.7, 20000, 600);
        plan::PlanGuidance g;
        g.durationUs = list.durationUs;
        plan::TimedVideo video;
        video.analysis.durationUs = list.durationUs;
        for (const plan::TimedEvent& cut : list.cuts)
            video.analysis.transitions.append({cut.timeUs, 0, analysis::TransitionKind::Hard, 1.0});
        video.analysis.motion.values.fill(0.2f,
                                          int(list.durationUs / video.analysis.motion.stepUs));
        g.videos.append(video);
        QElapsedTimer timer;
        timer.start();
        const plan::MusicPlan plan = plan::makePlan(g);
        timings.append(timer.nsecsElapsed() / 1e6);
        const QVector<plan::EventPlacement> naive = plan::placeEvents(list.cuts, 120.0, 0, 4);
        for (int i = 0; i < list.cuts.size(); ++i) {
            if (list.onGrid[i]) {
                solvedGrid.append(std::abs(plan.tempo.placements[i].offsetToDownbeatUs) / 1000.0);
                naiveGrid.append(std::abs(naive[i].offsetToDownbeatUs) / 1000.0);
            }
            solvedNearBeat += std::abs(plan.tempo.placements[i].offsetToBeatUs) <= 80000 ? 1 : 0;
            naiveNearBeat += std::abs(naive[i].offsetToBeatUs) <= 80000 ? 1 : 0;
            ++cuts;
        }
    }
    out << "Planning 10-minute timelines (" << cuts / runs
        << " cuts each, 70% cut to a 70-140 bpm grid with "
        << "+-20 ms jitter), medians of " << runs << " runs:\n";
    out << "  time to plan                       " << QString::number(median(timings), 'f', 1)
        << " ms\n";
    out << "  grid cuts: median ms from downbeat  solved "
        << QString::number(median(solvedGrid), 'f', 1) << ", naive 120 bpm "
        << QString::number(median(naiveGrid), 'f', 1) << "\n";
    out << "  all cuts within 80 ms of a beat      solved "
        << QString::number(100.0 * solvedNearBeat / cuts, 'f', 0) << "%, naive 120 bpm "
        << QString::number(100.0 * naiveNearBeat / cuts, 'f', 0) << "%\n";
    return kExitOk;
}

// `bench compose`: composing the full multi-track score for a 3-minute plan (cut to an editing
// rhythm, melody, chords, bass and drums), and regenerating 8 bars of it in place.
int benchCompose(int runs, const QString& weights, QTextStream& out, QTextStream& err)
{
    QString error;
    std::unique_ptr<engine::Composer> composer =
        weights.isEmpty()
            ? engine::Composer::loadFromModels(engine::Composer::defaultModelsDirectory(), &error)
            : engine::Composer::loadWeights(weights, &error);
    if (!composer) {
        err << error << "\n";
        return kExitBadInput;
    }
    QRandomGenerator random(7);
    const plan::CutList list = plan::editingRhythm(random, 0.7, 20000, 180);
    plan::PlanGuidance g;
    g.durationUs = list.durationUs;
    plan::TimedVideo video;
    video.analysis.durationUs = list.durationUs;
    for (const plan::TimedEvent& cut : list.cuts)
        video.analysis.transitions.append({cut.timeUs, 0, analysis::TransitionKind::Hard, 1.0});
    video.analysis.motion.values.fill(0.4f, int(list.durationUs / video.analysis.motion.stepUs));
    g.videos.append(video);
    const plan::MusicPlan plan = plan::makePlan(g);
    QVector<double> composeTimes, regenTimes, composeRates, regenRates;
    qint64 tokens = 0;
    int notes = 0;
    music::Score score;
    for (int run = 0; run < runs; ++run) {
        engine::ComposeOptions options;
        options.seed = quint64(run + 1);
        engine::ComposeStats stats;
        QElapsedTimer timer;
        timer.start();
        if (!composer->compose(plan, options, &score, &error, {}, &stats)) {
            err << error << "\n";
            return kExitBadInput;
        }
        composeTimes.append(timer.nsecsElapsed() / 1e9);
        composeRates.append(stats.sampledTokens / std::max(1e-9, stats.seconds));
        tokens = stats.sampledTokens;
        notes = score.noteCount();
        engine::ComposeStats regenStats;
        music::Score regenerated;
        const QSet<music::TrackRole> roles{music::TrackRole::Melody, music::TrackRole::Chords,
                                           music::TrackRole::Bass};
        timer.restart();
        if (!composer->regenerate(score, plan, roles, 8, 15, options, &regenerated, &error, {},
                                  &regenStats)) {
            err << error << "\n";
            return kExitBadInput;
        }
        regenTimes.append(timer.nsecsElapsed() / 1e9);
        regenRates.append(regenStats.sampledTokens / std::max(1e-9, regenStats.seconds));
    }
    out << "Composing a " << QString::number(list.durationUs / 1e6, 'f', 0) << " s plan ("
        << plan.bars.size() << " bars at " << QString::number(plan.tempo.bpm, 'f', 1)
        << " bpm; melody, chords, bass, drums), medians of " << runs << " runs (seeds 1.." << runs
        << "):\n";
    out << "  compose the full score     " << QString::number(median(composeTimes), 'f', 2)
        << " s (" << tokens << " tokens sampled, " << notes << " notes; "
        << QString::number(median(composeRates), 'f', 0) << " sampled tokens/s)\n";
    out << "  regenerate bars 9-16       " << QString::number(median(regenTimes), 'f', 3) << " s ("
        << QString::number(median(regenRates), 'f', 0) << " sampled tokens/s)\n";
    out << "  peak memory of this process " << peakMemoryMb() << " MB\n";
    return kExitOk;
}

// A 3-minute, 4-track score (melody, chords, bass, drums at 110 bpm).
music::Score benchmarkScore()
{
    music::Score score;
    score.tempoMap = music::TempoMap::constant(110);
    const qint64 bars = 82; // 82 bars of 4/4 at 110 bpm: 2 min 59 s
    music::Track melody, chords, bass, drums;
    melody.program = 73;
    chords.program = 48;
    bass.program = 33;
    drums.drumKit = true;
    const int scale[] = {0, 2, 4, 5, 7, 9, 11, 12};
    for (qint64 bar = 0; bar < bars; ++bar) {
        const qint64 at = bar * 1920;
        for (int e = 0; e < 8; ++e)
            melody.notes.append({72 + scale[(bar + e) % 8], 90, at + e * 240, 240, {}, {}});
        for (int p : {48, 52, 55})
            chords.notes.append({p + int(bar % 4) * 2, 70, at, 1920, {}, {}});
        for (int b = 0; b < 4; ++b) {
            bass.notes.append({36 + int(bar % 4) * 2, 100, at + b * 480, 400, {}, {}});
            drums.notes.append({b % 2 ? 38 : 36, 110, at + b * 480, 120, {}, {}});
            drums.notes.append({42, 70, at + b * 480 + 240, 60, {}, {}});
        }
    }
    score.tracks = {melody, chords, bass, drums};
    return score;
}

// `bench render`: the benchmark score rendered, mixed and normalised, against real time, alone
// and under a video's own sound (ducking, fades).
int benchRender(int runs, QTextStream& out, QTextStream& err)
{
    const music::Score score = benchmarkScore();
    // The video's own sound: a voice speaking 4 s in every 10 (syllables of a 130 Hz voice
    // with harmonics), over a faint noise floor, so that ducking has work to do.
    const double seconds = double(score.durationMicros()) / 1e6;
    render::StereoAudio source;
    source.samples.resize(size_t(seconds * render::kSampleRate) * 2);
    quint32 noise = 1;
    for (size_t f = 0; f < source.samples.size() / 2; ++f) {
        const double t = double(f) / render::kSampleRate;
        noise = noise * 1664525u + 1013904223u;
        double v = 0.001 * (double(noise) / 4294967296.0 - 0.5);
        if (std::fmod(t, 10.0) >= 5.0 && std::fmod(t, 10.0) < 9.0 && std::fmod(t * 4, 1.0) < 0.7) {
            for (int k = 1; k <= 12; ++k)
                v += 0.3 / k * std::sin(2 * M_PI * 130 * k * t) *
                     std::sin(M_PI * std::fmod(t * 4, 1.0) / 0.7);
        }
        source.samples[2 * f] = source.samples[2 * f + 1] = float(v);
    }
    render::RenderOptions withPicture;
    withPicture.picture.durationUs = score.durationMicros();
    withPicture.picture.sourceAudio = &source;
    QVector<double> alone, mixed;
    render::RenderResult result;
    for (int run = 0; run < runs; ++run) {
        for (const bool picture : {false, true}) {
            QElapsedTimer timer;
            timer.start();
            QString error;
            if (!render::renderScore(score, picture ? withPicture : render::RenderOptions{},
                                     &result, &error)) {
                err << error << "\n";
                return kExitBadInput;
            }
            (picture ? mixed : alone).append(timer.nsecsElapsed() / 1e9);
        }
    }
    out << "Rendering a " << QString::number(seconds, 'f', 0) << " s, 4-track score ("
        << score.noteCount()
        << " notes), stems on 2 threads, mix and loudness to -14 LUFS, median of " << runs
        << " runs (soundfont " << result.soundFont << "):\n"
        << "  music alone:                  " << QString::number(median(alone), 'f', 2) << " s, "
        << QString::number(seconds / median(alone), 'f', 1) << "x real time\n"
        << "  with the video's own sound:   " << QString::number(median(mixed), 'f', 2) << " s, "
        << QString::number(seconds / median(mixed), 'f', 1)
        << "x real time (speech found, music ducked under " << result.speech.size()
        << " passages, fades)\n";
    return kExitOk;
}

// `bench mux VIDEO`: putting a soundtrack under a video (picture copied, AAC encoded).
int benchMux(const QString& video, int runs, QTextStream& out, QTextStream& err)
{
    media::MediaInfo info;
    QString error;
    if (!media::probeMedia(video, &info, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    // Real music, not a test tone: the AAC encoder's cost depends on what it encodes.
    render::RenderResult rendered;
    if (!render::renderScore(benchmarkScore(), {}, &rendered, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    const std::vector<float>& music = rendered.mix.samples;
    QTemporaryDir dir;
    QVector<double> timings;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!media::muxSoundtrack(video, {&music, 48000, 0},
                                  dir.filePath(QStringLiteral("out.mp4")), &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        timings.append(timer.nsecsElapsed() / 1e9);
    }
    out << "Muxing a soundtrack under " << QFileInfo(video).fileName() << " ("
        << QString::number(info.durationUs / 1e6, 'f', 0)
        << " s): " << QString::number(median(timings), 'f', 2) << " s, median of " << runs
        << " runs\n";
    return kExitOk;
}

// `bench midi`: how close to their times a MIDI preview sends its messages on the real clock.
// The output is the in-memory port, so this measures the scheduling (a thread waking up on
// time on a loaded machine), not a driver.
int benchMidi(int runs, QTextStream& out)
{
    constexpr qint64 kPlayUs = 10'000'000;
    music::Score score = benchmarkScore();
    const qint64 endTick = score.tempoMap.microsToTick(kPlayUs);
    for (music::Track& t : score.tracks) {
        QVector<music::Note> kept;
        for (const music::Note& n : t.notes) {
            if (n.endTick() <= endTick)
                kept.append(n);
        }
        t.notes = kept;
    }
    const QVector<devices::TimedMidiMessage> expected = devices::midiMessagesOfScore(score);
    QVector<double> medians, p99s, worst;
    for (int run = 0; run < runs; ++run) {
        auto clock = std::make_shared<devices::SteadyPlaybackClock>();
        devices::VirtualMidiBackend backend(clock);
        backend.addOutputPort(QStringLiteral("bench"));
        devices::MidiPreviewPlayer player(clock);
        const qint64 start = clock->nowUs();
        player.play(backend.openOutput(QStringLiteral("bench"), nullptr), score);
        while (player.isPlaying())
            QThread::msleep(20);
        const QVector<devices::SentMidiMessage> sent = backend.sent(QStringLiteral("bench"));
        QVector<double> lateMs;
        for (int i = 0; i < expected.size() && i < sent.size(); ++i)
            lateMs.append((sent[i].timeUs - start - expected[i].timeUs) / 1000.0);
        std::sort(lateMs.begin(), lateMs.end());
        medians.append(lateMs[lateMs.size() / 2]);
        p99s.append(lateMs[std::min<int>(lateMs.size() - 1, lateMs.size() * 99 / 100)]);
        worst.append(lateMs.last());
    }
    out << "MIDI preview of " << expected.size() << " messages over "
        << QString::number(kPlayUs / 1e6, 'f', 0) << " s on the steady clock, " << runs
        << " runs: lateness median " << QString::number(median(medians), 'f', 2) << " ms, 99th "
        << "percentile " << QString::number(median(p99s), 'f', 2) << " ms (median of runs), worst "
        << QString::number(*std::max_element(worst.begin(), worst.end()), 'f', 2) << " ms\n";
    return kExitOk;
}

} // namespace

// Three verses of eight lines, 24 lines in all (about 230 syllables).
QString benchmarkLyrics()
{
    static const char* const lines[] = {"I'm stranded, waiting for the morning",
                                        "The river runs beside me, slow and cold",
                                        "And every light is fading into gray",
                                        "But I will carry on until the day",
                                        "The city sleeps beneath a paper moon",
                                        "I count the windows burning in the rain",
                                        "Somebody sings a song I used to know",
                                        "And for a moment I am home again",
                                        "We were younger than the summer",
                                        "Running barefoot down the open road",
                                        "Every promise was a river",
                                        "Every river found its way back home",
                                        "Now the letters lie in boxes",
                                        "And the photographs have turned to gold",
                                        "But I hear you in the thunder",
                                        "Calling softly through the falling snow",
                                        "So let the morning find me dancing",
                                        "Let the evening find me on my way",
                                        "I will carry every heartbeat",
                                        "Like a lantern through the longest day",
                                        "If the road should turn to silence",
                                        "I will sing it back to life again",
                                        "Hold the light and hold it steady",
                                        "We are only at the start of it"};
    QStringList text;
    for (int i = 0; i < 24; ++i)
        text << QString::fromLatin1(lines[i]) + (i % 8 == 7 ? QStringLiteral("\n") : QString());
    return text.join(u'\n');
}

int benchLyrics(int runs, QTextStream& out, QTextStream& err)
{
    QString error;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<engine::Lyricist> lyricist =
        engine::Lyricist::loadFromModels(engine::Composer::defaultModelsDirectory(), &error);
    if (!lyricist) {
        err << error << "\n";
        return kExitBadInput;
    }
    const double loadMs = clock.nsecsElapsed() / 1e6;
    const analysis::LyricsAnalysis lyrics = analysis::analyzeLyrics(benchmarkLyrics());
    out << "Lyrics of " << lyrics.lines.size() << " lines, " << lyrics.syllableCount()
        << " syllables (" << runs << " runs, medians); the lyricist loads in "
        << QString::number(loadMs, 'f', 0) << " ms\n";
    // The drafts the melody is chosen from are decoded side by side: one draft against the
    // default and more shows what the choice costs.
    QVector<int> draftCounts{1, 8, 64, engine::LyricistOptions().drafts};
    draftCounts.erase(std::unique(draftCounts.begin(), draftCounts.end()), draftCounts.end());
    for (const int drafts : draftCounts) {
        QVector<double> writeMs, rewriteMs;
        for (int run = 0; run < runs; ++run) {
            engine::LyricistOptions options;
            options.seed = quint64(run) + 1;
            options.drafts = drafts;
            music::Track melody, again;
            clock.restart();
            if (!lyricist->writeMelody(lyrics, options, &melody, &error)) {
                err << error << "\n";
                return kExitBadInput;
            }
            writeMs.append(clock.nsecsElapsed() / 1e6);
            options.seed += 100;
            clock.restart();
            if (!lyricist->rewriteLine(lyrics, melody, 11, options, &again, &error)) {
                err << error << "\n";
                return kExitBadInput;
            }
            rewriteMs.append(clock.nsecsElapsed() / 1e6);
        }
        out << "  " << QString::number(drafts).rightJustified(3) << " draft"
            << (drafts == 1 ? " " : "s")
            << (drafts == engine::LyricistOptions().drafts ? " (default)" : "          ")
            << ": melody written in " << QString::number(median(writeMs), 'f', 0)
            << " ms, line 12 rewritten in " << QString::number(median(rewriteMs), 'f', 0)
            << " ms\n";
    }

    // The guide vocal: the default melody sung to audio, syllable by syllable.
    engine::LyricistOptions options;
    music::Track melody;
    if (!lyricist->writeMelody(lyrics, options, &melody, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    music::Score sung;
    sung.tempoMap = music::TempoMap::constant(96);
    melody.role = music::TrackRole::Vocal;
    sung.tracks = {melody};
    QVector<double> singMs;
    render::StereoAudio voice;
    for (int run = 0; run < runs; ++run) {
        clock.restart();
        if (!render::renderGuideVocal(sung, 0, render::VoiceType::Auto, &voice, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        singMs.append(clock.nsecsElapsed() / 1e6);
    }
    out << "  guide vocal: " << melody.notes.size() << " notes, "
        << QString::number(voice.seconds(), 'f', 1) << " s of singing rendered in "
        << QString::number(median(singMs), 'f', 0) << " ms ("
        << QString::number(voice.seconds() * 1000 / std::max(1.0, median(singMs)), 'f', 0)
        << "x real time)\n";
    return kExitOk;
}

int runBench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Benchmarks. `bench compose` times composing a 3-minute score and regenerating 8 bars. "
        "`bench lyrics` times a melody for 24 lines of lyrics, rewriting one line and singing the "
        "melody with the guide vocal. "
        "`bench hum` measures melody transcription (note F-measure, pitch tracking speed) on "
        "hummed and whistled lines synthesised from known notes; --variant picks other seeds. "
        "`bench cuts [KIND...]` measures cut detection on generated hard footage (grain, "
        "animated patterns, two takes, flashes, pans, zooms, fades, dissolves, dark scenes, "
        "60 fps, interlacing, low bitrate) beside FFmpeg's scdet and PySceneDetect's detectors. "
        "`bench render`, `bench midi` and `bench mux VIDEO` time the audio render, the MIDI "
        "preview's timing and muxing. "
        "`bench score [VIDEO]` times the main job (analyse, plan, compose, render, mux) on a "
        "camera-like 1080p video (3 minutes, made when no video is given) beside ffmpeg's decode "
        "of it. `bench plan` times planning a 10-minute timeline and compares its bar lines "
        "with a naive 120 bpm plan. `bench analyze [VIDEO...]` times video analysis against "
        "`ffmpeg -threads 2 -i "
        "VIDEO -f null -` on the same files and prints medians and ratios. Without videos it makes "
        "camera-like 1080p30 and 360p30 clips and a clean 360p30 clip (needs the ffmpeg "
        "command)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("What to time: analyze."));
    parser.addPositionalArgument(QStringLiteral("videos"), QStringLiteral("Videos to time."),
                                 QStringLiteral("[VIDEO...]"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per measurement (default 5)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption secondsOption(
        QStringLiteral("seconds"), QStringLiteral("Length of the generated clips (default 60)."),
        QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption weightsOption(
        QStringLiteral("weights"), QStringLiteral("bench compose: weights instead of models/."),
        QStringLiteral("file"));
    const QCommandLineOption corpusOption(
        QStringLiteral("corpus"),
        QStringLiteral("bench cuts: keep the generated footage in this folder and reuse it."),
        QStringLiteral("dir"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QStringLiteral("bench cuts: list the transitions ours missed and its false alarms."));
    const QCommandLineOption oursOnlyOption(
        QStringLiteral("ours-only"), QStringLiteral("bench cuts: leave the peers out (tuning)."));
    const QCommandLineOption variantOption(
        QStringLiteral("variant"),
        QStringLiteral("bench cuts: 0 (default) is the corpus the detector was tuned on; 1 and "
                       "up hold other content, seeds and shot lengths."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption linesOption(
        QStringLiteral("lines"),
        QStringLiteral("bench hum: lines per voice and noise level (default 20)."),
        QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({runsOption, secondsOption, weightsOption, corpusOption, verboseOption,
                       oursOnlyOption, variantOption, linesOption});
    if (const int done = parseCommandLine(parser, arguments); done >= 0)
        return done;
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList positional = parser.positionalArguments();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!positional.isEmpty() && positional.first() == QLatin1String("plan"))
        return benchPlan(runs, out);
    if (!positional.isEmpty() && positional.first() == QLatin1String("score"))
        return benchScore(positional.mid(1), runs, std::max(5, parser.value(secondsOption).toInt()),
                          out, err);
    if (!positional.isEmpty() && positional.first() == QLatin1String("compose"))
        return benchCompose(runs, parser.value(weightsOption), out, err);
    if (!positional.isEmpty() && positional.first() == QLatin1String("render"))
        return benchRender(runs, out, err);
    if (!positional.isEmpty() && positional.first() == QLatin1String("lyrics"))
        return benchLyrics(runs, out, err);
    if (!positional.isEmpty() && positional.first() == QLatin1String("midi"))
        return benchMidi(runs, out);
    if (positional.size() == 2 && positional.first() == QLatin1String("mux"))
        return benchMux(positional[1], runs, out, err);
    if (!positional.isEmpty() && positional.first() == QLatin1String("hum"))
        return benchHum(std::max(1, parser.value(linesOption).toInt()),
                        quint32(std::max(0, parser.value(variantOption).toInt()) * 100000),
                        parser.isSet(verboseOption), out);
    if (!positional.isEmpty() && positional.first() == QLatin1String("cuts"))
        return benchCuts(parser.value(corpusOption), parser.value(variantOption).toInt(),
                         positional.mid(1), parser.isSet(verboseOption),
                         parser.isSet(oursOnlyOption), out, err);
    if (positional.isEmpty() || positional.first() != QLatin1String("analyze")) {
        err << "scorewright-cli bench: name what to time (analyze, cuts, hum, score, plan, "
               "compose, "
               "render, midi, lyrics, or mux VIDEO)\n";
        return kExitUsage;
    }
    positional.removeFirst();
    QTemporaryDir dir;
    QString error;
    if (positional.isEmpty()) {
        const int seconds = std::max(5, parser.value(secondsOption).toInt());
        out << "Making " << seconds << " s test clips...\n";
        out.flush();
        for (const auto& [name, size] :
             {std::pair{QStringLiteral("camera-1080p30.mp4"), QStringLiteral("1920x1080")},
              std::pair{QStringLiteral("camera-360p30.mp4"), QStringLiteral("640x360")}}) {
            const QString path = dir.filePath(name);
            if (!makeBenchVideo(path, size, seconds, &error)) {
                err << error << "\n";
                return kExitBadInput;
            }
            positional << path;
        }
    }
    for (const QString& path : positional) {
        if (!benchOne(path, runs, out, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
    }
    return kExitOk;
}

} // namespace sw::cli
