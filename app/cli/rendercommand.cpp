// `scorewright-cli render INPUT -o OUT.wav`: the score of a MIDI file, or the active take of a
// project's first music region, rendered, mixed and brought to a loudness preset.
#include "cli/clicommand.h"
#include "cli/vocaloptions.h"
#include "music/midifile.h"
#include "project/projectfile.h"
#include "render/exportformats.h"
#include "render/scorerenderer.h"
#include "render/soundtrackexport.h"
#include "scoring/takes.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <cmath>

namespace sw::cli {

namespace {

/// The score of a MIDI file (at the video's time 0 when it was written for one), or the
/// active take of a project's first scored region: placed as the desktop's export places it
/// (`underPicture`, for export), or the music alone from its first bar (for render).
bool exportFromInput(const QString& path, bool underPicture, render::ExportRequest* request,
                     QString* error)
{
    if (QFileInfo(path).suffix().toLower() != QLatin1String(project::kProjectFileSuffix))
        return music::readMidiFile(path, &request->score, error);
    project::ProjectContent content;
    if (!project::loadProject(path, &content, error))
        return false;
    if (const project::MusicRegion* region = scoring::firstScoredRegion(content)) {
        if (underPicture)
            *request = scoring::exportRequestForRegion(content, *region);
        else
            request->score = region->active()->score;
        return true;
    }
    *error = QStringLiteral("%1: the project has no music yet").arg(QFileInfo(path).fileName());
    return false;
}

QCommandLineOption loudnessPresetOption()
{
    return {QStringLiteral("preset"), QStringLiteral("web, podcast or broadcast (default web)."),
            QStringLiteral("name"), QStringLiteral("web")};
}

QCommandLineOption soundFontFileOption()
{
    return {QStringLiteral("soundfont"),
            QStringLiteral("A .sf2/.sf3 file instead of the system's."), QStringLiteral("file")};
}

QCommandLineOption wavBitsOption()
{
    return {QStringLiteral("bits"), QStringLiteral("16 or 24 (default 24)."),
            QStringLiteral("bits"), QStringLiteral("24")};
}

// --gain 2:-6  --pan 1:-0.5  --mute 3  --solo 1 (tracks counted from 1, options repeatable).
QList<QCommandLineOption> mixOptions()
{
    return {{QStringLiteral("gain"), QStringLiteral("Track gain: <track>:<dB>, e.g. 2:-6."),
             QStringLiteral("t:dB")},
            {QStringLiteral("pan"), QStringLiteral("Track pan: <track>:<-1..1>, e.g. 1:-0.5."),
             QStringLiteral("t:pan")},
            {QStringLiteral("mute"), QStringLiteral("Mute a track (counted from 1)."),
             QStringLiteral("track")},
            {QStringLiteral("solo"), QStringLiteral("Solo a track (counted from 1)."),
             QStringLiteral("track")}};
}

bool mixFromOptions(const QCommandLineParser& parser, int tracks, QVector<render::TrackMix>* mix,
                    QString* error)
{
    mix->fill(render::TrackMix{}, tracks);
    auto trackIndex = [&](const QString& text, int* index) {
        bool ok = false;
        *index = text.toInt(&ok) - 1;
        if (!ok || *index < 0 || *index >= tracks) {
            *error =
                QStringLiteral("there is no track \"%1\" (the score has %2)").arg(text).arg(tracks);
            return false;
        }
        return true;
    };
    for (const char* name : {"gain", "pan"}) {
        for (const QString& value : parser.values(QString::fromLatin1(name))) {
            int index = 0;
            bool ok = false;
            const double amount = value.section(u':', 1).toDouble(&ok);
            if (!value.contains(u':') || !ok) {
                *error = QStringLiteral("--%1 takes <track>:<value>, not \"%2\"")
                             .arg(QString::fromLatin1(name), value);
                return false;
            }
            if (!trackIndex(value.section(u':', 0, 0), &index))
                return false;
            // Out of range is a typo to report, not a value to clamp: "--pan 1:5" meant
            // something, and it was not hard right.
            const bool gain = qstrcmp(name, "gain") == 0;
            if (!std::isfinite(amount) || (!gain && std::abs(amount) > 1.0)) {
                *error = gain ? QStringLiteral("--gain takes <track>:<decibels>, a finite number, "
                                               "not \"%1\"")
                                    .arg(value)
                              : QStringLiteral("--pan takes <track>:<-1 (left) to 1 (right)>, "
                                               "not \"%1\"")
                                    .arg(value);
                return false;
            }
            if (gain)
                (*mix)[index].gainDb = amount;
            else
                (*mix)[index].pan = amount;
        }
    }
    for (const QString& value : parser.values(QStringLiteral("mute"))) {
        int index = 0;
        if (!trackIndex(value, &index))
            return false;
        (*mix)[index].mute = true;
    }
    for (const QString& value : parser.values(QStringLiteral("solo"))) {
        int index = 0;
        if (!trackIndex(value, &index))
            return false;
        (*mix)[index].solo = true;
    }
    return true;
}

// The ducking, fades and the video's own sound's gain from the command line.
bool pictureFromOptions(const QCommandLineParser& parser, render::PictureOptions* picture,
                        QString* error)
{
    for (const char* name : {"source-gain", "duck", "fade-in", "fade-out"}) {
        bool ok = false;
        const double value = parser.value(QString::fromLatin1(name)).toDouble(&ok);
        if (!ok || !std::isfinite(value) || std::abs(value) > 600) {
            *error = QStringLiteral("--%1 takes a number, not \"%2\"")
                         .arg(QString::fromLatin1(name), parser.value(QString::fromLatin1(name)));
            return false;
        }
    }
    picture->sourceMix.gainDb = parser.value(QStringLiteral("source-gain")).toDouble();
    picture->ducking.depthDb = std::min(0.0, parser.value(QStringLiteral("duck")).toDouble());
    picture->fades.inSeconds = std::max(0.0, parser.value(QStringLiteral("fade-in")).toDouble());
    picture->fades.outSeconds = std::max(0.0, parser.value(QStringLiteral("fade-out")).toDouble());
    return true;
}

} // namespace

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export a score (a MIDI file, or the active take of a project's music) to what a person "
        "delivers: a mixed WAV at a loudness preset, one WAV per track, a MIDI file (format 1, "
        "tempo map, key, lyrics, track names) and MusicXML for MuseScore."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"),
                                 QStringLiteral("A .mid file or a .swproj project."));
    const QCommandLineOption wavOption(QStringLiteral("wav"), QStringLiteral("The mix."),
                                       QStringLiteral("out.wav"));
    const QCommandLineOption stemsOption(
        QStringLiteral("stems"), QStringLiteral("One WAV per track."), QStringLiteral("folder"));
    const QCommandLineOption midiOption(
        QStringLiteral("midi"), QStringLiteral("A Standard MIDI File."), QStringLiteral("out.mid"));
    const QCommandLineOption xmlOption(QStringLiteral("musicxml"), QStringLiteral("MusicXML."),
                                       QStringLiteral("out.musicxml"));
    const QCommandLineOption presetOption = loudnessPresetOption();
    const QCommandLineOption bitsOption = wavBitsOption();
    const QCommandLineOption audioOption(
        QStringLiteral("audio"),
        QStringLiteral("The mix as %1.").arg(render::suffixesOf(render::ExportFile::EncodedMix)),
        QStringLiteral("out.flac"));
    const QCommandLineOption videoOption(
        QStringLiteral("video"), QStringLiteral("The video to put the music under (with --muxed)."),
        QStringLiteral("in.mp4"));
    const QCommandLineOption muxedOption(
        QStringLiteral("muxed"),
        QStringLiteral("The video with the new soundtrack (%1); the picture is copied.")
            .arg(render::suffixesOf(render::ExportFile::MuxedVideo)),
        QStringLiteral("out.mp4"));
    const QCommandLineOption noSourceOption(
        QStringLiteral("no-source-audio"),
        QStringLiteral("With --video: leave the video's own sound out of the mix."));
    const QCommandLineOption sourceGainOption(
        QStringLiteral("source-gain"), QStringLiteral("With --video: its own sound's gain in dB."),
        QStringLiteral("dB"), QStringLiteral("0"));
    const QCommandLineOption duckOption(
        QStringLiteral("duck"),
        QStringLiteral("With --video: the music's level under speech in the video's sound, in dB "
                       "(default -12; 0 turns ducking off)."),
        QStringLiteral("dB"), QString::number(render::DuckingOptions{}.depthDb));
    const QCommandLineOption fadeInOption(
        QStringLiteral("fade-in"),
        QStringLiteral("With --video: seconds of fade-in (default 0.02)."), QStringLiteral("s"),
        QString::number(render::FadeOptions{}.inSeconds));
    const QCommandLineOption fadeOutOption(
        QStringLiteral("fade-out"),
        QStringLiteral("With --video: seconds of fade-out ending on the last frame (default 1)."),
        QStringLiteral("s"), QString::number(render::FadeOptions{}.outSeconds));
    const QCommandLineOption soundFontOption = soundFontFileOption();
    parser.addOptions({wavOption, audioOption, stemsOption, midiOption, xmlOption, presetOption,
                       bitsOption, videoOption, muxedOption, noSourceOption, sourceGainOption,
                       duckOption, fadeInOption, fadeOutOption, soundFontOption});
    parser.addOptions(mixOptions());
    parser.addOptions(vocalOptions());
    if (const int done = parseCommandLine(parser, arguments); done >= 0)
        return done;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1 ||
        !(parser.isSet(wavOption) || parser.isSet(audioOption) || parser.isSet(stemsOption) ||
          parser.isSet(midiOption) || parser.isSet(xmlOption) || parser.isSet(muxedOption)) ||
        parser.isSet(videoOption) != parser.isSet(muxedOption)) {
        err << "scorewright-cli export: name one input and at least one of --wav, --audio, "
               "--stems, "
               "--midi, --musicxml, or --video with --muxed\n";
        return kExitUsage;
    }
    if (!outputsSpareInputs(QStringLiteral("export"),
                            {parser.positionalArguments().first(), parser.value(videoOption)},
                            {parser.value(wavOption), parser.value(audioOption),
                             parser.value(midiOption), parser.value(xmlOption),
                             parser.value(muxedOption)}))
        return kExitUsage;
    render::ExportRequest request;
    QString error;
    if (!exportFromInput(parser.positionalArguments().first(), true, &request, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    request.render.preset = parser.value(presetOption);
    if (!mixFromOptions(parser, request.score.tracks.size(), &request.render.mix, &error) ||
        !pictureFromOptions(parser, &request.render.picture, &error) ||
        !vocalFromOptions(parser, &request.render, &error)) {
        err << "scorewright-cli export: " << error << "\n";
        return kExitUsage;
    }
    request.render.soundFont = parser.value(soundFontOption);
    if (parser.isSet(videoOption))
        request.videoPath = parser.value(videoOption);
    request.includeSourceAudio = !parser.isSet(noSourceOption);
    request.wavPath = parser.value(wavOption);
    request.wavBits = parser.value(bitsOption).toInt();
    request.audioPath = parser.value(audioOption);
    request.stemsFolder = parser.value(stemsOption);
    request.midiPath = parser.value(midiOption);
    request.musicXmlPath = parser.value(xmlOption);
    request.muxedVideoPath = parser.value(muxedOption);
    if (!render::validateExportRequest(request, &error)) {
        err << "scorewright-cli export: " << error << "\n";
        return kExitUsage;
    }
    render::ExportReport report;
    if (!render::exportSoundtrack(request, &report, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    out << report.summary(request.render.picture.ducking) << "\n";
    return kExitOk;
}

int runRender(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Render a score (a MIDI file, or the active take of a project's music) with a General MIDI "
        "soundfont, mix it and bring it to a loudness preset: web (-14 LUFS), podcast (-16) or "
        "broadcast (-23, EBU R128), true peak at most -1 dBTP."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"),
                                 QStringLiteral("A .mid file or a .swproj project."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The WAV file to write."),
                                          QStringLiteral("out.wav"));
    const QCommandLineOption presetOption = loudnessPresetOption();
    const QCommandLineOption bitsOption = wavBitsOption();
    const QCommandLineOption stemsOption(
        QStringLiteral("stems"), QStringLiteral("Also write one WAV per track into <folder>."),
        QStringLiteral("folder"));
    const QCommandLineOption soundFontOption = soundFontFileOption();
    parser.addOptions({outputOption, presetOption, bitsOption, stemsOption, soundFontOption});
    parser.addOptions(mixOptions());
    parser.addOptions(vocalOptions());
    if (const int done = parseCommandLine(parser, arguments); done >= 0)
        return done;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outputOption)) {
        err << "scorewright-cli render: name one input and the output with -o\n";
        return kExitUsage;
    }
    if (!outputsSpareInputs(QStringLiteral("render"), parser.positionalArguments(),
                            {parser.value(outputOption)}))
        return kExitUsage;
    render::ExportRequest request;
    QString error;
    // Rendering does not put the music under a picture (export does): a project's take from
    // its first bar, a MIDI file as it is, lead-in and all.
    if (!exportFromInput(parser.positionalArguments().first(), false, &request, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    request.render.preset = parser.value(presetOption);
    request.render.soundFont = parser.value(soundFontOption);
    if (!mixFromOptions(parser, request.score.tracks.size(), &request.render.mix, &error) ||
        !vocalFromOptions(parser, &request.render, &error)) {
        err << "scorewright-cli render: " << error << "\n";
        return kExitUsage;
    }
    request.wavPath = parser.value(outputOption);
    request.wavBits = parser.value(bitsOption).toInt();
    request.stemsFolder = parser.value(stemsOption);
    if (!render::validateExportRequest(request, &error)) {
        err << "scorewright-cli render: " << error << "\n";
        return kExitUsage;
    }
    QElapsedTimer timer;
    timer.start();
    render::ExportReport report;
    if (!render::exportSoundtrack(request, &report, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    out << report.summary(request.render.picture.ducking) << "\n"
        << request.wavBits << "-bit, 48 kHz stereo, preset " << request.render.preset << ", in "
        << timer.elapsed() << " ms, soundfont " << report.soundFont << "\n";
    return kExitOk;
}

} // namespace sw::cli
