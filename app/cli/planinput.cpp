#include "cli/planinput.h"

#include "analysis/referencetrack.h"
#include "scoring/referencepins.h"

#include "cli/clicommand.h"
#include "project/projectfile.h"
#include "scoring/analysisstore.h"
#include "scoring/mediaimport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <atomic>
#include <cmath>
#include <csignal>
#include <unistd.h>

namespace sw::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

// Progress for a person at a terminal: one line rewritten in place; for a log (stderr not a
// terminal), a line when the stage changes and at every tenth of the job.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(QTextStream& err) : m_err(err), m_terminal(isatty(STDERR_FILENO)) {}
    ~ProgressPrinter()
    {
        if (m_terminal && m_printed)
            m_err << "\r\033[K" << Qt::flush;
    }
    void show(double fraction, const QString& stage)
    {
        const int percent = int(std::lround(100 * std::clamp(fraction, 0.0, 1.0)));
        if (m_terminal) {
            if (percent == m_percent && stage == m_stage)
                return;
            m_err << "\r\033[K" << label(stage, percent) << Qt::flush;
        } else {
            if (stage == m_stage && percent / 10 == m_percent / 10)
                return;
            m_err << label(stage, percent) << "\n" << Qt::flush;
        }
        m_printed = true;
        m_percent = percent;
        m_stage = stage;
    }

private:
    static QString label(const QString& stage, int percent)
    {
        return percent < 100 ? QStringLiteral("%1... %2%").arg(stage).arg(percent) : stage;
    }
    QTextStream& m_err;
    const bool m_terminal;
    bool m_printed = false;
    int m_percent = -1;
    QString m_stage;
};

} // namespace

void PlanInputOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({prompt, bpm, key, reference, accept});
}

bool isProjectFile(const QString& input)
{
    return QFileInfo(input).suffix().toLower() == QLatin1String(project::kProjectFileSuffix);
}

bool interrupted()
{
    return g_interrupted.load();
}

void installInterruptHandler()
{
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    // A second Ctrl+C kills as usual, for a job that does not stop in time.
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int projectFromInput(const QString& input, const QCommandLineParser& parser,
                     const PlanInputOptions& options, project::ProjectContent* content,
                     QTextStream& err, const QString& command)
{
    *content = project::ProjectContent{};
    if (isProjectFile(input)) {
        QString error;
        if (!project::loadProject(input, content, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
    } else {
        const scoring::MediaImport imported = scoring::clipsForMedia({input}, 0);
        if (imported.clips.isEmpty()) {
            err << imported.errors.join(u'\n') << "\n";
            return kExitBadInput;
        }
        content->title = QFileInfo(input).completeBaseName();
        content->clips = imported.clips;
    }
    if (parser.isSet(options.bpm)) {
        bool ok = false;
        const double bpm = parser.value(options.bpm).toDouble(&ok);
        if (!ok || !std::isfinite(bpm) || bpm < 20 || bpm > 400) {
            err << "scorewright-cli " << command << ": --bpm takes a tempo from 20 to 400\n";
            return kExitUsage;
        }
        content->planPins.bpm = bpm;
    }
    if (parser.isSet(options.key)) {
        music::KeySignature key;
        if (!music::KeySignature::parse(parser.value(options.key), &key)) {
            err << "scorewright-cli " << command << ": \"" << parser.value(options.key)
                << "\" is not a key\n";
            return kExitUsage;
        }
        content->planPins.key = key;
    }
    if (content->durationUs() <= 0) {
        err << input << ": nothing on the timeline to plan for\n";
        return kExitBadInput;
    }
    if (parser.isSet(options.reference)) {
        QSet<scoring::ReferencePin> accepted;
        if (!scoring::parseReferencePins(parser.value(options.accept), &accepted)) {
            err << "scorewright-cli " << command << ": --accept takes tempo, key and build\n";
            return kExitUsage;
        }
        analysis::ReferenceTrack track;
        QString error;
        if (!analysis::analyseReferenceTrack(parser.value(options.reference), &track, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        // --bpm and --key, given on their own, win over what the reference offers.
        if (parser.isSet(options.bpm))
            accepted.remove(scoring::ReferencePin::Tempo);
        if (parser.isSet(options.key))
            accepted.remove(scoring::ReferencePin::Key);
        QStringList taken;
        for (const scoring::ReferencePinOffer& offer : scoring::referencePinOffers(track))
            if (accepted.contains(offer.pin))
                taken << offer.name + QStringLiteral(" ") + offer.detail;
        content->planPins =
            scoring::withReferencePins(content->planPins, track, accepted, content->durationUs());
        err << "Note: pinned from " << QFileInfo(track.path).fileName() << ": "
            << (taken.isEmpty() ? QStringLiteral("nothing") : taken.join(QStringLiteral("; ")))
            << "\n";
    }
    if (parser.isSet(options.prompt)) {
        project::Clip prompt;
        prompt.id = QUuid::createUuid();
        prompt.kind = project::ClipKind::Prompt;
        prompt.name = QStringLiteral("Prompt");
        prompt.durationUs = content->durationUs();
        prompt.text = parser.value(options.prompt);
        content->clips.append(prompt);
    }
    return -1;
}

int runScoringOnCommandLine(const scoring::ScoringRequest& request, bool fromProject,
                            scoring::ScoringResult* result, QTextStream& err)
{
    QString error;
    bool ok = false;
    {
        ProgressPrinter printer(err);
        ok = scoring::runScoring(request, result, &error, interrupted,
                                 [&](double f, const QString& stage) { printer.show(f, stage); });
    }
    if (!ok) {
        err << (interrupted() ? QStringLiteral("Stopped (Ctrl+C); nothing was written") : error)
            << "\n";
        return interrupted() ? kExitInterrupted : kExitBadInput;
    }
    // A single file given on the command line is the picture: if it cannot be read there is
    // nothing to score, unlike one clip of many on a project's timeline.
    if (!fromProject && result->guidance.videos.isEmpty() && result->guidance.images.isEmpty()) {
        err << result->notes.join(u'\n') << "\n";
        return kExitBadInput;
    }
    for (const QString& n : result->notes)
        err << "Note: " << n << "\n";
    return -1;
}

bool runExportOnCommandLine(const render::ExportRequest& request, render::ExportReport* report,
                            QTextStream& err)
{
    QString error;
    bool ok = false;
    {
        ProgressPrinter printer(err);
        ok = render::exportSoundtrack(
            request, report, &error, interrupted,
            [&](double f, const QString& stage) { printer.show(f, stage); });
    }
    if (!ok)
        err << (interrupted() ? QStringLiteral("Stopped (Ctrl+C) while exporting") : error) << "\n";
    return ok;
}

int planFromInput(const QString& input, const QCommandLineParser& parser,
                  const PlanInputOptions& options, plan::MusicPlan* plan, QTextStream& err,
                  const QString& command)
{
    scoring::ScoringRequest request;
    request.kind = scoring::ScoringKind::Plan;
    if (const int code = projectFromInput(input, parser, options, &request.content, err, command);
        code >= 0)
        return code;
    if (isProjectFile(input))
        request.analysisFolder = scoring::AnalysisStore::folderBeside(input);
    scoring::ScoringResult result;
    if (const int code = runScoringOnCommandLine(request, isProjectFile(input), &result, err);
        code >= 0)
        return code;
    *plan = result.plan;
    return -1;
}

} // namespace sw::cli
