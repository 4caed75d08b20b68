#pragma once
// The input side shared by `plan`, `score` and `bench`: a project, or a video (or image) made
// into a one-clip project, with an optional prompt, tempo and key added as a prompt clip and
// plan pins. Both then run the core's one scoring pipeline (scoring/scoringjob.h), as the
// desktop application does.

#include "plan/musicplan.h"
#include "render/soundtrackexport.h"
#include "scoring/scoringjob.h"

#include <QCommandLineOption>

class QCommandLineParser;
class QTextStream;

namespace sw::cli {

struct PlanInputOptions
{
    QCommandLineOption prompt{QStringLiteral("prompt"),
                              QStringLiteral("A prompt over the whole video."),
                              QStringLiteral("text")};
    QCommandLineOption bpm{QStringLiteral("bpm"), QStringLiteral("Pin the tempo."),
                           QStringLiteral("bpm")};
    QCommandLineOption key{QStringLiteral("key"), QStringLiteral("Pin the key (\"D minor\")."),
                           QStringLiteral("key")};
    QCommandLineOption reference{
        QStringLiteral("reference"),
        QStringLiteral("A reference track (\"like this\"): its tempo, key and build become plan "
                       "pins (see --accept)."),
        QStringLiteral("song")};
    QCommandLineOption accept{QStringLiteral("accept"),
                              QStringLiteral("Which of the reference's pins to take: tempo, key, "
                                             "build (default all it offers)."),
                              QStringLiteral("list"), QStringLiteral("tempo,key,build")};
    void addTo(QCommandLineParser& parser) const;
};

/// The project `input` names (a .swproj), or one made of a media file on a timeline of its own
/// length; the options' prompt becomes a prompt clip over the whole timeline, their tempo and
/// key plan pins. Returns -1 on success, else the exit code after the problem was reported.
int projectFromInput(const QString& input, const QCommandLineParser& parser,
                     const PlanInputOptions& options, project::ProjectContent* content,
                     QTextStream& err, const QString& command);

/// Runs the scoring pipeline on the command line: progress on stderr (one updating line on a
/// terminal, a line per stage otherwise), Ctrl+C stops it. Notes are printed as "Note: ...".
/// For a single media file (not a project) a picture that cannot be analysed is an error.
/// Returns -1 on success, else the exit code after the problem was reported.
int runScoringOnCommandLine(const scoring::ScoringRequest& request, bool fromProject,
                            scoring::ScoringResult* result, QTextStream& err);

/// Exports on the command line with the same progress and Ctrl+C as runScoringOnCommandLine;
/// the error is reported. A stopped export leaves no file behind under the chosen names.
bool runExportOnCommandLine(const render::ExportRequest& request, render::ExportReport* report,
                            QTextStream& err);

/// Plans the music for `input`: projectFromInput, then the pipeline's plan. Returns -1 on
/// success, else the exit code.
int planFromInput(const QString& input, const QCommandLineParser& parser,
                  const PlanInputOptions& options, plan::MusicPlan* plan, QTextStream& err,
                  const QString& command);

/// True when `input` names a project file rather than a video.
bool isProjectFile(const QString& input);

/// True once the person pressed Ctrl+C (after installInterruptHandler()).
bool interrupted();
/// From now on, Ctrl+C (SIGINT) and SIGTERM ask the running job to stop instead of killing the
/// program, so that nothing is left half-written.
void installInterruptHandler();

} // namespace sw::cli
