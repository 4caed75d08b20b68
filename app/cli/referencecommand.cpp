// `scorewright-cli reference SONG`: what a reference track ("like this") offers the plan: its
// tempo and beat grid, key and mode, how it builds (loudness) and how busy it is, and the plan
// pins each becomes (`plan`/`score --reference SONG --accept ...`).

#include "analysis/referencetrack.h"
#include "cli/clicommand.h"
#include "cli/planinput.h"
#include "scoring/referencepins.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sw::cli {

int runReference(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Read a reference track (WAV, FLAC, MP3, or a video's sound): its tempo and beat grid, "
        "key and mode, loudness contour and density, and the plan pins they offer. "
        "`plan` and `score` take them with --reference SONG [--accept tempo,key,build]."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("song"), QStringLiteral("The reference track."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    if (const int done = parseCommandLine(parser, arguments); done >= 0)
        return done;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "usage: scorewright-cli reference SONG [--json]\n";
        return kExitUsage;
    }
    installInterruptHandler();
    const QString path = parser.positionalArguments().first();
    analysis::ReferenceTrack track;
    QString error;
    if (!analysis::analyseReferenceTrack(path, &track, &error, [] { return interrupted(); })) {
        if (interrupted())
            return kExitInterrupted;
        err << error << "\n";
        return kExitBadInput;
    }
    const QVector<double> build = analysis::intensityContour(track);
    if (parser.isSet(json)) {
        QJsonObject o;
        o[QStringLiteral("duration_s")] = track.durationSeconds;
        o[QStringLiteral("bpm")] = track.bpm;
        o[QStringLiteral("beat_confidence")] = track.beatConfidence;
        QJsonArray beats;
        for (double b : track.beatSeconds)
            beats.append(b);
        o[QStringLiteral("beats_s")] = beats;
        o[QStringLiteral("key")] = track.key.name();
        o[QStringLiteral("key_confidence")] = track.keyConfidence;
        o[QStringLiteral("onsets_per_second")] = track.onsetsPerSecond;
        QJsonArray contour;
        for (double v : build)
            contour.append(v);
        o[QStringLiteral("build")] = contour;
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return checkStandardOutput();
    }
    out << QFileInfo(path).fileName() << ": " << QString::number(track.durationSeconds, 'f', 1)
        << " s\n";
    if (track.bpm > 0)
        out << "  tempo  " << QString::number(track.bpm, 'f', 1) << " bpm ("
            << track.beatSeconds.size() << " beats from "
            << QString::number(track.beatSeconds.value(0), 'f', 2) << " s, regularity "
            << QString::number(track.beatConfidence, 'f', 2) << ")\n";
    else
        out << "  tempo  no steady beat\n";
    out << "  key    " << track.key.name() << " (fit "
        << QString::number(track.keyConfidence, 'f', 2) << ")\n";
    out << "  build  ";
    static const char* const kBars[] = {"\u2581", "\u2582", "\u2583", "\u2584",
                                        "\u2585", "\u2586", "\u2587", "\u2588"};
    for (double v : build)
        out << QString::fromUtf8(kBars[std::clamp(int(v * 7.99), 0, 7)]);
    out << " (loudness, start to end)\n";
    out << "  busy   " << QString::number(track.onsetsPerSecond, 'f', 1) << " onsets a second\n";
    out << "Pins it offers (plan/score --reference " << QFileInfo(path).fileName()
        << " --accept LIST):\n";
    for (const scoring::ReferencePinOffer& offer : scoring::referencePinOffers(track))
        out << "  " << offer.name << ": " << offer.detail << "\n";
    return checkStandardOutput();
}

} // namespace sw::cli
