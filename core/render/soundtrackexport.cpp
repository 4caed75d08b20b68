#include "render/soundtrackexport.h"

#include "media/audiodecoder.h"
#include "media/audiofile.h"
#include "media/muxer.h"
#include "music/leadin.h"
#include "music/midifile.h"
#include "music/musicxmlwriter.h"
#include "music/outputfile.h"
#include "render/exportformats.h"
#include "render/wavfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace sw::render {

namespace {

QString stemFileName(const music::Score& score, int index)
{
    QString name =
        score.tracks[index].name.isEmpty() ? QStringLiteral("track") : score.tracks[index].name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("_"));
    return QStringLiteral("%1-%2.wav").arg(index + 1, 2, 10, QLatin1Char('0')).arg(name);
}

bool exportCancelled(const media::StopRequested& stop, QString* error)
{
    if (!(stop && stop()))
        return false;
    *error = QCoreApplication::translate("sw::render", "the export was cancelled");
    return true;
}

// The video's length and own sound, then the music rendered and mixed onto it: in memory for a
// short piece, in temporary files for a long one (a film's stems are gigabytes).
bool renderForExport(const ExportRequest& request, SpooledRender* rendered, ExportReport* out,
                     QString* error, const media::StopRequested& stop,
                     const std::function<void(double, const QString&)>& tell)
{
    auto cancelled = [&] { return exportCancelled(stop, error); };
    RenderOptions options = request.render;
    bool withSource = false;
    if (!request.videoPath.isEmpty()) {
        tell(0.02, QStringLiteral("Reading the video"));
        media::MediaInfo info;
        if (!media::probeMedia(request.videoPath, &info, error))
            return false;
        if (!info.video() || info.durationUs <= 0) {
            *error =
                QCoreApplication::translate("sw::render", "%1: no picture to put the music under")
                    .arg(QFileInfo(request.videoPath).fileName());
            return false;
        }
        options.picture.durationUs = info.durationUs;
        options.picture.musicOffsetUs = request.musicOffsetUs;
        out->videoHasNoSound = !info.audio();
        withSource = info.audio() && request.includeSourceAudio;
    }
    // A spool per track, the mix, and the video's sound.
    const int spools = int(request.score.tracks.size()) + 1 + (withSource ? 1 : 0);
    SpoolOptions spooling;
    spooling.shapeStems = !request.stemsFolder.isEmpty();
    if (!chooseSpoolStorage(renderedFrames(request.score, options), spools, &spooling.storage,
                            error))
        return false;
    media::AudioSpool source;
    if (withSource) {
        if (!source.open(spooling.storage, kChannels, error))
            return false;
        if (!media::decodeAudio(request.videoPath, kSampleRate, kChannels, &source, error, stop)) {
            cancelled(); // a cancel says so rather than how decoding stopped
            return false;
        }
        options.picture.sourceSpool = &source;
        out->sourceAudioMixed = true;
    }
    if (cancelled())
        return false;
    tell(0.1, QStringLiteral("Rendering the music"));
    if (!renderScoreToSpools(
            request.score, options, spooling, rendered, error, stop,
            [&](double f) { tell(0.1 + 0.6 * f, QStringLiteral("Rendering the music")); }))
        return false;
    out->loudness = rendered->loudness;
    out->soundFont = rendered->soundFont;
    out->speech = rendered->speech;
    out->mixSeconds = double(rendered->mix.frames()) / kSampleRate;
    return true;
}

// What the MIDI and MusicXML files carry: the music in the picture's time, from its 0, so that
// they line up with the video (and with the mix) in any other program. Music that starts
// before the picture does is left in its own time.
music::Score scoreInPictureTime(const ExportRequest& request)
{
    if (request.musicOffsetUs == 0)
        return request.score;
    qint64 leadInUs = 0;
    const music::Score music = music::withoutLeadIn(request.score, &leadInUs);
    music::Score placed;
    QString ignored;
    if (music::placeAfterLeadIn(music, leadInUs + request.musicOffsetUs, &placed, &ignored))
        return placed;
    return request.score;
}

} // namespace

bool ExportRequest::needsAudio() const
{
    return !wavPath.isEmpty() || !audioPath.isEmpty() || !stemsFolder.isEmpty() ||
           !muxedVideoPath.isEmpty();
}

bool ExportRequest::writesSomething() const
{
    return needsAudio() || !midiPath.isEmpty() || !musicXmlPath.isEmpty();
}

QString ExportReport::summary(const DuckingOptions& ducking) const
{
    QStringList lines;
    if (mixSeconds > 0)
        lines << QStringLiteral("Loudness %1 LUFS, true peak %2 dBTP (%3 s)")
                     .arg(loudness.integratedLufs, 0, 'f', 1)
                     .arg(loudness.truePeakDbtp, 0, 'f', 1)
                     .arg(mixSeconds, 0, 'f', 1);
    if (videoHasNoSound)
        lines << QStringLiteral("The video has no sound of its own: the soundtrack is the music "
                                "alone");
    if (sourceAudioMixed) {
        double seconds = 0;
        for (const SpeechSpan& span : speech)
            seconds += double(span.endFrame - span.startFrame) / kSampleRate;
        if (speech.isEmpty())
            lines << QStringLiteral("No speech found in the video's sound: the music keeps its "
                                    "level");
        else if (ducking.depthDb >= 0)
            lines << QStringLiteral("Speech found in %1 passage(s), %2 s; ducking is off")
                         .arg(speech.size())
                         .arg(seconds, 0, 'f', 1);
        else
            lines << QStringLiteral("The music ducks by %1 dB under %2 passage(s) of speech, %3 s")
                         .arg(-ducking.depthDb, 0, 'f', 0)
                         .arg(speech.size())
                         .arg(seconds, 0, 'f', 1);
    }
    for (const QString& file : written)
        lines << QStringLiteral("Wrote %1%2")
                     .arg(QDir::toNativeSeparators(file),
                          file == muxedVideo ? QStringLiteral(" (picture copied, new soundtrack)")
                                             : QString());
    return lines.join(u'\n');
}

bool validateExportRequest(const ExportRequest& request, QString* error)
{
    if (!request.writesSomething()) {
        *error = QCoreApplication::translate(
            "sw::render", "nothing to export: choose at least one file to write");
        return false;
    }
    if (request.wavBits != 16 && request.wavBits != 24) {
        *error = QCoreApplication::translate("sw::render", "WAV files are 16 or 24 bit, not %1")
                     .arg(request.wavBits);
        return false;
    }
    // Each file in a format its suffix names (exportformats.h).
    const std::pair<const QString*, ExportFile> files[] = {
        {&request.wavPath, ExportFile::Mix},
        {&request.audioPath, ExportFile::EncodedMix},
        {&request.midiPath, ExportFile::Midi},
        {&request.musicXmlPath, ExportFile::MusicXml},
        {&request.muxedVideoPath, ExportFile::MuxedVideo}};
    for (const auto& [path, file] : files) {
        if (music::sameFile(*path, request.videoPath)) {
            *error = QCoreApplication::translate(
                         "sw::render", "%1 is the video the music is put under; writing it would "
                                       "destroy it: choose another name")
                         .arg(QFileInfo(*path).fileName());
            return false;
        }
        if (path->isEmpty() || exportFormatFor(file, *path))
            continue;
        const char* what =
            file == ExportFile::Mix || file == ExportFile::EncodedMix
                ? QT_TRANSLATE_NOOP("sw::render", "%1: the mix can be written as %2")
            : file == ExportFile::Midi
                ? QT_TRANSLATE_NOOP("sw::render", "%1: MIDI is written as %2")
            : file == ExportFile::MusicXml
                ? QT_TRANSLATE_NOOP("sw::render", "%1: MusicXML is written as %2")
                : QT_TRANSLATE_NOOP("sw::render",
                                    "%1: a video with the new soundtrack can be written as %2");
        *error = QCoreApplication::translate("sw::render", what)
                     .arg(QFileInfo(*path).fileName(), suffixesOf(file));
        return false;
    }
    if (!request.muxedVideoPath.isEmpty() && request.videoPath.isEmpty()) {
        *error = QCoreApplication::translate(
            "sw::render", "a video with the new soundtrack needs the video to put it under");
        return false;
    }
    LoudnessPreset preset;
    if (request.needsAudio() && !findLoudnessPreset(request.render.preset, &preset)) {
        *error = QCoreApplication::translate(
                     "sw::render", "unknown loudness preset \"%1\" (web, podcast or broadcast)")
                     .arg(request.render.preset);
        return false;
    }
    return true;
}

bool exportSoundtrack(const ExportRequest& request, ExportReport* report, QString* error,
                      const media::StopRequested& stop,
                      const std::function<void(double, const QString&)>& progress)
{
    auto tell = [&](double fraction, const QString& what) {
        if (progress)
            progress(fraction, what);
    };
    auto cancelled = [&] { return exportCancelled(stop, error); };
    if (!validateExportRequest(request, error))
        return false;
    // The report fills as files are written, so that a cancel or a failure part-way still says
    // which files were written whole before it.
    *report = ExportReport{};
    ExportReport& out = *report;
    SpooledRender rendered;
    if (request.needsAudio() && !renderForExport(request, &rendered, &out, error, stop, tell))
        return false;

    // Files, each whole or not at all; a cancel stops between them.
    const music::Score placed = scoreInPictureTime(request);
    if (!request.midiPath.isEmpty()) {
        if (cancelled() || !music::writeMidiFile(request.midiPath, placed, 1, error))
            return false;
        out.written << request.midiPath;
    }
    if (!request.musicXmlPath.isEmpty()) {
        if (cancelled() || !music::writeMusicXmlFile(request.musicXmlPath, placed, error))
            return false;
        out.written << request.musicXmlPath;
    }

    if (!request.wavPath.isEmpty()) {
        tell(0.72, QStringLiteral("Writing the mix"));
        if (cancelled() || !writeWav(request.wavPath, rendered.mix, request.wavBits, error))
            return false;
        out.written << request.wavPath;
    }
    if (!request.audioPath.isEmpty()) {
        tell(0.76, QStringLiteral("Encoding the mix"));
        if (cancelled() ||
            !media::writeAudioFile(request.audioPath, rendered.mix, kSampleRate, error, stop))
            return false;
        out.written << request.audioPath;
    }
    if (!request.stemsFolder.isEmpty()) {
        tell(0.82, QStringLiteral("Writing the stems"));
        if (!QDir().mkpath(request.stemsFolder)) {
            *error = QCoreApplication::translate("sw::render", "%1: cannot create the folder")
                         .arg(request.stemsFolder);
            return false;
        }
        const float stemGain = float(std::pow(10.0, rendered.stemGainDb / 20.0));
        for (int t = 0; t < request.score.tracks.size(); ++t) {
            const QString path = QDir(request.stemsFolder).filePath(stemFileName(request.score, t));
            if (cancelled() ||
                !writeWav(path, rendered.stems[size_t(t)], request.wavBits, error, stemGain))
                return false;
            out.written << path;
        }
    }
    if (!request.muxedVideoPath.isEmpty()) {
        tell(0.9, QStringLiteral("Putting the soundtrack under the picture"));
        // The mix already lies on the video's timeline: it starts with the video.
        if (cancelled() ||
            !media::muxSoundtrack(request.videoPath, {nullptr, kSampleRate, 0, &rendered.mix},
                                  request.muxedVideoPath, error, stop))
            return false;
        out.written << request.muxedVideoPath;
        out.muxedVideo = request.muxedVideoPath;
    }
    tell(1.0, QStringLiteral("Exported"));
    return true;
}

} // namespace sw::render
