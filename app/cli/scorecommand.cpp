// `scorewright-cli score INPUT -o OUT.mid`: the main job end to end (analysis, plan,
// composition, and the exports a person delivers), through the same pipeline as the desktop's
// Score Video; with --from and --bars, regenerates bars of chosen tracks of an earlier score in
// place. Every file written for a video starts at the video's time 0.
#include "analysis/sungmelody.h"
#include "cli/clicommand.h"
#include "cli/planinput.h"
#include "cli/vocaloptions.h"
#include "music/leadin.h"
#include "music/midifile.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "render/exportformats.h"
#include "scoring/analysisstore.h"
#include "scoring/takes.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <cmath>

namespace sw::cli {

namespace {
bool parseBars(const QString& text, int* first, int* last)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^(\\d+)(?:-(\\d+))?$")).match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *first = m.captured(1).toInt() - 1;
    *last = m.captured(2).isEmpty() ? *first : m.captured(2).toInt() - 1;
    return *first >= 0 && *last >= *first;
}

// The lead of a MIDI file: its melody track, else its first pitched track with notes, snapped
// to 16ths so that a played (unquantised) file sits on the composer's grid.
bool readLeadMelody(const QString& path, music::Track* lead, QString* error)
{
    music::Score placed;
    if (!music::readMidiFile(path, &placed, error))
        return false;
    const music::Score file = music::withoutLeadIn(placed); // bar 1 is the music's first bar
    const music::Track* chosen = nullptr;
    for (const music::Track& t : file.tracks) {
        if (t.notes.isEmpty() || t.drumKit)
            continue;
        if (!chosen ||
            (t.role == music::TrackRole::Melody && chosen->role != music::TrackRole::Melody))
            chosen = &t;
    }
    if (!chosen) {
        *error = QStringLiteral("%1: no pitched notes to use as the melody").arg(path);
        return false;
    }
    constexpr qint64 kSixteenth = music::kTicksPerQuarter / 4;
    *lead = *chosen;
    lead->role = music::TrackRole::Melody;
    for (music::Note& n : lead->notes) {
        const qint64 end = (n.endTick() + kSixteenth / 2) / kSixteenth * kSixteenth;
        n.startTick = (n.startTick + kSixteenth / 2) / kSixteenth * kSixteenth;
        n.durationTicks = std::max(kSixteenth, end - n.startTick);
    }
    return true;
}
} // namespace

int runScore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Score a video or a project: analyse the picture, plan the music, compose it with the "
        "trained composer (melody, chords, bass, drums) and write what a person delivers. Files "
        "written for a video start at the video's time 0: the music's first bar after a lead-in "
        "of rests, so that every cut the plan put on a downbeat is on it in any other program. "
        "With --from and --bars, regenerate bars of some tracks of an earlier score, keeping "
        "every other note."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"),
                                 QStringLiteral("A .swproj project or a video."));
    const PlanInputOptions planOptions;
    planOptions.addTo(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("MIDI file to write."),
                                    QStringLiteral("out.mid"));
    const QCommandLineOption musicxml(QStringLiteral("musicxml"),
                                      QStringLiteral("Also write MusicXML."),
                                      QStringLiteral("out.musicxml"));
    const QCommandLineOption audio(QStringLiteral("audio"),
                                   QStringLiteral("The mix: .wav, %1, on the video's timeline.")
                                       .arg(render::suffixesOf(render::ExportFile::EncodedMix)),
                                   QStringLiteral("mix.wav"));
    const QCommandLineOption stems(QStringLiteral("stems"), QStringLiteral("One WAV per track."),
                                   QStringLiteral("folder"));
    const QCommandLineOption muxed(
        QStringLiteral("muxed"),
        QStringLiteral("The video with the new soundtrack (%1); the picture is copied, its own "
                       "sound mixed in with the music ducked under speech.")
            .arg(render::suffixesOf(render::ExportFile::MuxedVideo)),
        QStringLiteral("out.mp4"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    QStringLiteral("web, podcast or broadcast (default web)."),
                                    QStringLiteral("name"), QStringLiteral("web"));
    const QCommandLineOption save(
        QStringLiteral("save"),
        QStringLiteral("With a project: add the take to it and save it, as Score Video does."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (1): same seed, same notes."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption temperature(QStringLiteral("temperature"),
                                         QStringLiteral("Sampling temperature (1.0)."),
                                         QStringLiteral("T"), QStringLiteral("1.0"));
    const QCommandLineOption freeKey(QStringLiteral("free-key"),
                                     QStringLiteral("Allow notes outside the key's scale."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("An earlier score (MIDI) to regenerate bars of."),
                                  QStringLiteral("score.mid"));
    const QCommandLineOption bars(QStringLiteral("bars"),
                                  QStringLiteral("Bars to regenerate, e.g. 9-12 (counted from 1)."),
                                  QStringLiteral("a-b"));
    const QCommandLineOption tracks(
        QStringLiteral("tracks"),
        QStringLiteral("Tracks to regenerate: melody,chords,bass,drums (default all)."),
        QStringLiteral("list"), QStringLiteral("melody,chords,bass,drums"));
    const QCommandLineOption weights(QStringLiteral("weights"),
                                     QStringLiteral("Composer weights to use instead of models/ "
                                                    "(unchecked; for new weights)."),
                                     QStringLiteral("file"));
    const QCommandLineOption sing(
        QStringLiteral("sing"),
        QStringLiteral("With a project: sing its lyric clips over the score (a vocal track, the "
                       "lead resting under it)."));
    const QCommandLineOption melody(
        QStringLiteral("melody"),
        QStringLiteral("A melody (MIDI file) to pin as the lead: kept note for note (snapped to "
                       "16ths, bar 1 of the file on bar 1 of the music), the key taken from it, "
                       "chords, bass and drums arranged around it."),
        QStringLiteral("lead.mid"));
    const QCommandLineOption melodyAudio(
        QStringLiteral("melody-audio"),
        QStringLiteral("A hummed, sung, whistled or played melody (WAV, FLAC, MP3) to pin as the "
                       "lead: written down as `hum` does (its tempo found from its onsets, bar 1 "
                       "on its first beat), then arranged around as --melody is."),
        QStringLiteral("hum.wav"));
    parser.addOptions({output, musicxml, audio, stems, muxed, preset, save, seed, temperature,
                       freeKey, from, bars, tracks, weights, sing, melody, melodyAudio});
    parser.addOptions(vocalOptions());
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    render::RenderOptions vocal;
    if (QString vocalError; !vocalFromOptions(parser, &vocal, &vocalError)) {
        err << "scorewright-cli score: " << vocalError << "\n";
        return kExitUsage;
    }
    const bool writes = parser.isSet(output) || parser.isSet(musicxml) || parser.isSet(audio) ||
                        parser.isSet(stems) || parser.isSet(muxed) || parser.isSet(save);
    if (parser.positionalArguments().size() != 1 || !writes) {
        err << "usage: scorewright-cli score INPUT -o OUT.mid [--audio MIX] [--muxed OUT.mp4] "
               "[--stems DIR] [--musicxml F] [--save] [--prompt TEXT] [--seed N]\n";
        return kExitUsage;
    }
    if ((parser.isSet(melody) || parser.isSet(melodyAudio)) && parser.isSet(from)) {
        err << "scorewright-cli score: --melody and --melody-audio write a new arrangement; "
               "they do not go with --from\n";
        return kExitUsage;
    }
    if (parser.isSet(melody) && parser.isSet(melodyAudio)) {
        err << "scorewright-cli score: give one melody: --melody or --melody-audio\n";
        return kExitUsage;
    }
    if (parser.isSet(from) != parser.isSet(bars)) {
        err << "scorewright-cli score: --from and --bars go together\n";
        return kExitUsage;
    }
    scoring::ScoringRequest request;
    bool seedOk = false, temperatureOk = false;
    request.compose.seed = parser.value(seed).toULongLong(&seedOk);
    request.compose.temperature = parser.value(temperature).toDouble(&temperatureOk);
    request.compose.pinKey = !parser.isSet(freeKey);
    if (!seedOk || !temperatureOk || !std::isfinite(request.compose.temperature) ||
        request.compose.temperature < 0 || request.compose.temperature > 5) {
        err << "scorewright-cli score: --seed takes a whole number, --temperature 0..5\n";
        return kExitUsage;
    }
    const QString input = parser.positionalArguments().first();
    const bool fromProject = isProjectFile(input);
    if ((parser.isSet(sing) || parser.isSet(save)) && !fromProject) {
        err << "scorewright-cli score: " << (parser.isSet(sing) ? "--sing" : "--save")
            << " needs a project (.swproj)\n";
        return kExitUsage;
    }
    request.sing = parser.isSet(sing);
    request.modelsDir = engine::Composer::defaultModelsDirectory();
    // A project's media analyses are kept beside it, as the desktop keeps them.
    if (fromProject)
        request.analysisFolder = scoring::AnalysisStore::folderBeside(input);
    request.composerWeights = parser.value(weights);
    QString error;
    if (parser.isSet(melody)) {
        request.kind = scoring::ScoringKind::ArrangeAroundLead;
        if (!readLeadMelody(parser.value(melody), &request.lead, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        request.basedOn = QFileInfo(parser.value(melody)).fileName();
    } else if (parser.isSet(melodyAudio)) {
        request.kind = scoring::ScoringKind::ArrangeAroundLead;
        analysis::SungLine line;
        if (!analysis::transcribeAudioFile(parser.value(melodyAudio), &line, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        const analysis::LineTiming timing = analysis::estimateLineTiming(line);
        request.lead = analysis::melodyOfLine(line, music::TempoMap::constant(timing.bpm),
                                              timing.barOneSeconds);
        request.basedOn = QFileInfo(parser.value(melodyAudio)).fileName();
        err << "Note: " << request.basedOn << ": " << line.notes.size()
            << " notes heard, sung at about " << QString::number(timing.bpm, 'f', 0)
            << " bpm; bar 1 of them on the music's bar 1\n";
    } else if (parser.isSet(from)) {
        request.kind = scoring::ScoringKind::Regenerate;
        if (!parseBars(parser.value(bars), &request.firstBar, &request.lastBar)) {
            err << "scorewright-cli score: --bars takes a range like 9-12\n";
            return kExitUsage;
        }
        for (const QString& name : parser.value(tracks).split(u',', Qt::SkipEmptyParts)) {
            music::TrackRole role;
            if (!music::parseTrackRole(name.trimmed().toLower(), &role)) {
                err << "scorewright-cli score: \"" << name << "\" is not a track (melody, chords, "
                    << "bass, drums)\n";
                return kExitUsage;
            }
            request.roles.insert(role);
        }
        music::Score earlier;
        if (!music::readMidiFile(parser.value(from), &earlier, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        // Bars are counted from the music's first bar, after the lead-in that placed it.
        request.from = music::withoutLeadIn(earlier);
        request.basedOn = QFileInfo(parser.value(from)).fileName();
    }
    if (const int code = projectFromInput(input, parser, planOptions, &request.content, err,
                                          QStringLiteral("score"));
        code >= 0)
        return code;

    // Nothing written may be something read: the input, the earlier score, the melody, or a
    // media file of the project.
    QStringList inputs{input, parser.value(from), parser.value(melody), parser.value(melodyAudio)};
    for (const project::Clip& clip : request.content.clips)
        inputs << clip.mediaPath;
    if (!outputsSpareInputs(QStringLiteral("score"), inputs,
                            {parser.value(output), parser.value(musicxml), parser.value(audio),
                             parser.value(muxed)}))
        return kExitUsage;

    installInterruptHandler();
    scoring::ScoringResult result;
    if (const int code = runScoringOnCommandLine(request, fromProject, &result, err); code >= 0)
        return code;

    // The take goes into (a copy of) the project exactly as Score Video puts it there, and is
    // exported from its region, so the files match the desktop's.
    project::Project project(request.content);
    QUuid regionId;
    project::Take take;
    if (!scoring::addScoredTake(project, request, result, &regionId, &take, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    render::ExportRequest exportRequest =
        scoring::exportRequestForRegion(project.content(), *project.musicRegion(regionId));
    exportRequest.render.preset = parser.value(preset);
    exportRequest.render.vocalSound = vocal.vocalSound;
    exportRequest.render.voice = vocal.voice;
    exportRequest.midiPath = parser.value(output);
    exportRequest.musicXmlPath = parser.value(musicxml);
    const QString mix = parser.value(audio);
    if (QFileInfo(mix).suffix().toLower() == QLatin1String("wav"))
        exportRequest.wavPath = mix;
    else
        exportRequest.audioPath = mix;
    exportRequest.stemsFolder = parser.value(stems);
    exportRequest.muxedVideoPath = parser.value(muxed);
    if (exportRequest.writesSomething()) {
        if (!render::validateExportRequest(exportRequest, &error)) {
            err << "scorewright-cli score: " << error << "\n";
            return kExitUsage;
        }
        render::ExportReport report;
        if (!runExportOnCommandLine(exportRequest, &report, err))
            return interrupted() ? kExitInterrupted : kExitBadInput;
        if (exportRequest.needsAudio())
            out << report.summary(exportRequest.render.picture.ducking) << "\n";
    }
    if (parser.isSet(save)) {
        if (!project::saveProject(project.content(), input, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        out << "Saved " << take.name << " in " << input << "\n";
    }
    const plan::MusicPlan& plan = result.plan;
    const engine::ComposeStats& stats = result.stats;
    out << "Composed " << plan.bars.size() << " bars at " << QString::number(plan.tempo.bpm, 'f', 1)
        << " bpm in " << plan.key.name() << ", starting "
        << QString::number(double(result.musicStartUs) / 1e6, 'f', 3)
        << " s into the video: " << result.score.noteCount() << " notes in "
        << result.score.tracks.size() << " tracks, " << stats.sampledTokens << " tokens sampled in "
        << QString::number(stats.seconds, 'f', 2) << " s ("
        << QString::number(stats.tokensPerSecond(), 'f', 0) << " tokens/s)";
    if (!exportRequest.midiPath.isEmpty())
        out << "; wrote " << exportRequest.midiPath;
    out << "\n";
    for (const music::Track& t : result.score.tracks) {
        if (t.role == music::TrackRole::Vocal)
            out << "Sung: " << t.notes.size() << " notes with their syllables\n";
    }
    return kExitOk;
}

} // namespace sw::cli
