// `scorewright-cli analyze VIDEO`: what Scorewright reads from a picture.
#include "analysis/imageanalyzer.h"
#include "analysis/lyricsanalysis.h"
#include "analysis/promptparser.h"
#include "analysis/videoanalyzer.h"
#include "cli/analysisplot.h"
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

void printPromptSummary(const analysis::PromptAnalysis& a, QTextStream& out)
{
    out << "Prompt: \"" << a.text.left(200) << (a.text.size() > 200 ? "..." : "") << "\"\n";
    for (const analysis::PromptConstraint& c : a.constraints) {
        out << "  " << (c.negated ? "not " : "") << analysis::promptConstraintKindName(c.kind)
            << " from \"" << c.words << "\"";
        if (a.segments > 1)
            out << " (part " << c.segment + 1 << ")";
        out << "\n";
    }
    if (a.valence)
        out << "Mood: valence " << QString::number(*a.valence, 'f', 2) << ", arousal "
            << QString::number(*a.arousal, 'f', 2) << "\n";
    if (a.bpmMax > 0)
        out << "Tempo: " << a.bpmMin << "-" << a.bpmMax << " bpm\n";
    if (a.key)
        out << "Key: " << a.key->name() << "\n";
    else if (a.mode)
        out << "Mode: " << (*a.mode == music::KeyMode::Minor ? "minor" : "major") << "\n";
    if (a.meterNumerator > 0)
        out << "Meter: " << a.meterNumerator << "/" << a.meterDenominator << "\n";
    if (!a.unknownWords.isEmpty())
        out << "Not understood: " << a.unknownWords.join(QStringLiteral(", ")) << "\n";
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
        "each shot's colour mood (valence and arousal). With --prompt, read a text prompt into "
        "constraints (mood, tempo, key, meter, instruments, dynamics, shape, sections)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The video or image (.png, .jpg, ...) to analyse."),
                                 QStringLiteral("[video|image]"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the features as JSON."));
    const QCommandLineOption framesOption(
        QStringLiteral("frames"),
        QStringLiteral(
            "Also write every frame's measures to <file.tsv>, for tuning the detectors."),
        QStringLiteral("file.tsv"));
    const QCommandLineOption promptOption(QStringLiteral("prompt"),
                                          QStringLiteral("Read a text prompt instead of a video."),
                                          QStringLiteral("text"));
    const QCommandLineOption plotOption(
        QStringLiteral("plot"),
        QStringLiteral("Draw the curves, cuts and beats over thumbnails into <out.png>."),
        QStringLiteral("out.png"));
    const QCommandLineOption lyricsOption(
        QStringLiteral("lyrics"),
        QStringLiteral("Read lyrics (one line per line) into syllables with their stress."),
        QStringLiteral("text"));
    parser.addOptions({jsonOption, framesOption, promptOption, plotOption, lyricsOption});
    if (const int done = parseCommandLine(parser, arguments); done >= 0)
        return done;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(lyricsOption)) {
        const analysis::LyricsAnalysis lyrics = analysis::analyzeLyrics(parser.value(lyricsOption));
        if (parser.isSet(jsonOption)) {
            out << QJsonDocument(lyrics.toJson()).toJson(QJsonDocument::Indented);
            return kExitOk;
        }
        for (const analysis::LyricLine& line : lyrics.lines) {
            QStringList shown;
            for (const analysis::LyricSyllable& s : line.syllables) {
                QString t = s.stress == analysis::Stress::Primary ? s.text.toUpper() : s.text;
                if (s.syllabic == music::Syllabic::Begin || s.syllabic == music::Syllabic::Middle)
                    t += u'-';
                shown << t + (s.phraseEnd ? QStringLiteral(" |") : QString());
            }
            out << shown.join(u' ') << "\n";
            for (const analysis::LyricWord& w : line.words) {
                if (!w.flag.isEmpty())
                    out << "  check \"" << w.text << "\": " << w.flag << "\n";
            }
        }
        out << lyrics.syllableCount() << " syllables (stressed in capitals, | ends a phrase)\n";
        for (const QString& w : lyrics.warnings)
            out << "Warning: " << w << "\n";
        return kExitOk;
    }
    if (parser.isSet(promptOption)) {
        const analysis::PromptAnalysis prompt =
            analysis::PromptParser().parse(parser.value(promptOption));
        if (parser.isSet(jsonOption))
            out << QJsonDocument(prompt.toJson()).toJson(QJsonDocument::Indented);
        else
            printPromptSummary(prompt, out);
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "scorewright-cli analyze: name one video, or give --prompt TEXT\n";
        return kExitUsage;
    }
    const QString file = parser.positionalArguments().first();
    QString error;
    if (analysis::looksLikeImage(file)) {
        analysis::ImageAnalysis image;
        if (!analysis::analyzeImage(file, &image, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        if (parser.isSet(jsonOption)) {
            out << QJsonDocument(image.toJson()).toJson(QJsonDocument::Indented);
        } else {
            out << file << ": " << image.width << " x " << image.height << "\n"
                << "  brightness " << image.brightness << ", saturation " << image.saturation
                << ", warmth " << image.warmth << " (about " << qRound(image.colourTemperatureK)
                << " K), contrast " << image.contrast << ", edge density " << image.edgeDensity
                << "\n  dominant colours:";
            for (const analysis::DominantColour& c : image.dominantColours)
                out << " " << c.hex << " " << qRound(c.fraction * 100) << "%";
            out << "\n  " << image.mood.explanation << "\n";
        }
        return kExitOk;
    }
    analysis::VideoAnalysis result;
    QElapsedTimer timer;
    timer.start();
    analysis::VideoAnalysisOptions options;
    options.frameMeasuresPath = parser.value(framesOption);
    if (!analysis::analyzeVideo(file, options, &result, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    if (parser.isSet(jsonOption))
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        printVideoSummary(result, timer.elapsed(), out);
    if (parser.isSet(plotOption)) {
        if (!plotVideoAnalysis(result, parser.value(plotOption), &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        if (!parser.isSet(jsonOption))
            out << "Plot: " << parser.value(plotOption) << "\n";
    }
    return kExitOk;
}

} // namespace sw::cli
