// `scorewright-cli plan PROJECT|VIDEO`: the MusicPlan for a project's timeline or a video, with
// the reason for every decision.
#include "analysis/imageanalyzer.h"
#include "cli/clicommand.h"
#include "cli/planinput.h"
#include "music/leadin.h"
#include "music/midifile.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace sw::cli {

namespace {

// "chords+melody+bass+drums": who plays in a bar.
QString rolesText(const QList<music::TrackRole>& roles)
{
    QStringList names;
    for (music::TrackRole role : roles)
        names << music::trackRoleName(role);
    return names.join(u'+');
}

void printPlan(const plan::MusicPlan& p, QTextStream& out)
{
    auto clock = [](qint64 us) { return QString::number(us / 1e6, 'f', 3) + QStringLiteral(" s"); };
    out << "Tempo " << QString::number(p.tempo.bpm, 'f', 2) << " bpm, " << p.meterNumerator << "/"
        << p.meterDenominator << ", " << p.key.name() << "; music from "
        << clock(p.tempo.musicStartUs) << " to " << clock(p.tempo.musicEndUs) << ", "
        << p.bars.size() << " bars\n";
    for (const QString& r : p.reasons)
        out << "  because: " << r << "\n";
    for (const QString& c : p.conflicts)
        out << "  conflict: " << c << "\n";
    out << "Sections:\n";
    for (const plan::PlanSection& s : p.sections)
        out << "  " << s.label.leftJustified(8) << " " << s.reason << "\n";
    out << "Bars:\n";
    for (const plan::PlanBar& b : p.bars)
        out << "  " << QString::number(b.index + 1).rightJustified(3) << "  "
            << clock(b.startUs).rightJustified(10) << "  " << b.section.leftJustified(8)
            << " intensity " << QString::number(b.intensity, 'f', 2) << "  " << rolesText(b.roles)
            << (b.reasons.isEmpty()
                    ? QString()
                    : QStringLiteral("  (") + b.reasons.join(QStringLiteral("; ")) + u')')
            << "\n";
    out << "Events (offset from the nearest downbeat / beat):\n";
    for (const plan::EventPlacement& e : p.tempo.placements)
        out << "  " << clock(e.event.timeUs).rightJustified(10) << "  "
            << plan::eventKindName(e.event.kind).leftJustified(12) << " bar " << e.bar + 1 << "  "
            << QString::number(e.offsetToDownbeatUs / 1000.0, 'f', 0) << " ms / "
            << QString::number(e.offsetToBeatUs / 1000.0, 'f', 0) << " ms\n";
}

} // namespace

int runPlan(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Plan the music for a project's timeline or a video: a tempo map that lands bar lines on "
        "cuts and ends with the picture, sections, key, per-bar intensity and instruments, hit "
        "points, and the reason for each decision."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"),
                                 QStringLiteral("A .swproj project or a video."));
    const PlanInputOptions planOptions;
    planOptions.addTo(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the plan as JSON."));
    const QCommandLineOption midiOption(
        QStringLiteral("midi"), QStringLiteral("Write the plan's tempo map with a click track."),
        QStringLiteral("out.mid"));
    parser.addOptions({jsonOption, midiOption});
    if (const int done = parseCommandLine(parser, arguments); done >= 0)
        return done;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "scorewright-cli plan: name one project or video\n";
        return kExitUsage;
    }
    const QString input = parser.positionalArguments().first();
    if (!outputsSpareInputs(QStringLiteral("plan"), {input}, {parser.value(midiOption)}))
        return kExitUsage;
    plan::MusicPlan result;
    if (const int code =
            planFromInput(input, parser, planOptions, &result, err, QStringLiteral("plan"));
        code >= 0)
        return code;
    if (parser.isSet(jsonOption))
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else
        printPlan(result, out);
    if (parser.isSet(midiOption)) {
        QString error;
        music::Score click;
        if (!music::placeAfterLeadIn(result.toScore(), result.tempo.musicStartUs, &click, &error) ||
            !music::writeMidiFile(parser.value(midiOption), click, 1, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        err << "Wrote " << parser.value(midiOption) << " (from the video's time 0; the music's "
            << "first bar " << result.tempo.musicStartUs / 1e6 << " s into it)\n";
    }
    return kExitOk;
}

} // namespace sw::cli
