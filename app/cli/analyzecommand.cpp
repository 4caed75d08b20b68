// `scorewright-cli analyze VIDEO`: what Scorewright reads from a picture.
#include "analysis/videoanalyzer.h"
#include "cli/clicommand.h"
#include "project/timeline.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

namespace sw::cli {

namespace {

void printVideoSummary(const analysis::VideoAnalysis& a, qint64 elapsedMs, QTextStream& out)
{
    using project::formatMediaTime;
    out << a.path << ": " << formatMediaTime(a.durationUs) << ", " << a.framesAnalysed
        << " frames at " << a.frameRate << " fps, analysed at " << a.analysisWidth << " x "
        << a.analysisHeight << " in " << elapsedMs << " ms ("
        << QString::number(double(a.durationUs) / 1000.0 / std::max<qint64>(1, elapsedMs), 'f', 1)
        << "x real time)\n";
    out << "Cuts (" << a.transitions.size() << "):\n";
    for (const analysis::Transition& t : a.transitions) {
        out << "  " << formatMediaTime(t.timeUs) << "  " << analysis::transitionKindName(t.kind)
            << ", confidence " << QString::number(t.confidence, 'f', 2);
        if (t.durationUs > 0)
            out << ", " << QString::number(t.durationUs / 1e6, 'f', 2) << " s";
        out << "\n";
    }
    out << "Visual beats (" << a.visualBeats.size() << "):";
    for (const analysis::VisualBeat& b : a.visualBeats)
        out << " " << QString::number(b.timeUs / 1e6, 'f', 2);
    out << "\n";
    if (a.motionTempoBpm > 0)
        out << "Motion tempo: " << QString::number(a.motionTempoBpm, 'f', 1) << " bpm (confidence "
            << QString::number(a.motionTempoConfidence, 'f', 2) << ")\n";
    else
        out << "Motion tempo: no steady pulse\n";
    out << "Shots (" << a.shots.size() << "):\n";
    for (const analysis::Shot& s : a.shots)
        out << "  " << formatMediaTime(s.startUs) << " - " << formatMediaTime(s.endUs)
            << "  valence " << QString::number(s.mood.valence, 'f', 2) << ", arousal "
            << QString::number(s.mood.arousal, 'f', 2) << "  (brightness "
            << QString::number(s.brightness, 'f', 2) << ", saturation "
            << QString::number(s.saturation, 'f', 2) << ", warmth "
            << QString::number(s.warmth, 'f', 2) << ", motion " << QString::number(s.motion, 'f', 2)
            << ")\n";
    for (const QString& w : a.warnings)
        out << "Warning: " << w << "\n";
}

} // namespace

int runAnalyze(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Analyse a video as Scorewright reads it for scoring: cuts and gradual transitions with "
        "their confidence, visual beats (where motion stops or turns), the motion tempo, and "
        "each shot's colour mood (valence and arousal)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("video"), QStringLiteral("The video to analyse."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the features as JSON."));
    const QCommandLineOption framesOption(
        QStringLiteral("frames"),
        QStringLiteral(
            "Also write every frame's measures to <file.tsv>, for tuning the detectors."),
        QStringLiteral("file.tsv"));
    parser.addOptions({jsonOption, framesOption});
    if (const int done = parseCommandLine(parser, arguments); done >= 0)
        return done;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "scorewright-cli analyze: name one video\n";
        return kExitUsage;
    }
    analysis::VideoAnalysis result;
    QString error;
    QElapsedTimer timer;
    timer.start();
    analysis::VideoAnalysisOptions options;
    options.frameMeasuresPath = parser.value(framesOption);
    if (!analysis::analyzeVideo(parser.positionalArguments().first(), options, &result, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    if (parser.isSet(jsonOption))
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        printVideoSummary(result, timer.elapsed(), out);
    return kExitOk;
}

} // namespace sw::cli
