#include "cli/planinput.h"

#include "analysis/promptparser.h"
#include "analysis/videoanalyzer.h"
#include "cli/clicommand.h"
#include "plan/planner.h"
#include "project/projectfile.h"
#include "scoring/projectguidance.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace sw::cli {

void PlanInputOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({prompt, bpm, key});
}

bool isProjectFile(const QString& input)
{
    return QFileInfo(input).suffix().toLower() == QLatin1String(project::kProjectFileSuffix);
}

int planFromInput(const QString& input, const QCommandLineParser& parser,
                  const PlanInputOptions& options, plan::MusicPlan* result, QTextStream& err,
                  const QString& command, project::ProjectContent* project)
{
    plan::PlanGuidance guidance;
    if (isProjectFile(input)) {
        project::ProjectContent content;
        QString error;
        if (!project::loadProject(input, &content, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        QStringList notes;
        scoring::buildGuidance(content, &guidance, &notes);
        for (const QString& n : notes)
            err << "Note: " << n << "\n";
        if (project)
            *project = std::move(content);
    } else {
        plan::TimedVideo video;
        QString error;
        if (!analysis::analyzeVideo(input, {}, &video.analysis, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        guidance.durationUs = video.analysis.durationUs;
        guidance.videos.append(video);
    }
    if (parser.isSet(options.prompt))
        guidance.prompts.append(
            {0, guidance.durationUs, analysis::PromptParser().parse(parser.value(options.prompt))});
    if (parser.isSet(options.bpm)) {
        bool ok = false;
        const double bpm = parser.value(options.bpm).toDouble(&ok);
        if (!ok || bpm < 20 || bpm > 400) {
            err << "scorewright-cli " << command << ": --bpm takes a tempo from 20 to 400\n";
            return kExitUsage;
        }
        guidance.settings.bpm = bpm;
    }
    if (parser.isSet(options.key)) {
        music::KeySignature key;
        if (!music::KeySignature::parse(parser.value(options.key), &key)) {
            err << "scorewright-cli " << command << ": \"" << parser.value(options.key)
                << "\" is not a key\n";
            return kExitUsage;
        }
        guidance.settings.key = key;
    }
    if (guidance.durationUs <= 0) {
        err << input << ": nothing on the timeline to plan for\n";
        return kExitBadInput;
    }
    *result = plan::makePlan(guidance);
    return -1;
}

} // namespace sw::cli
