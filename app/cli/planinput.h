#pragma once
// The input side shared by `plan`, `score` and `bench compose`: a project or a video, with an
// optional prompt, tempo and key, turned into a MusicPlan.

#include "plan/musicplan.h"

#include <QCommandLineOption>

class QCommandLineParser;
class QTextStream;

namespace sw::project {
struct ProjectContent;
}

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
    void addTo(QCommandLineParser& parser) const;
};

/// Plans the music for `input` (a .swproj project or a video). Returns -1 on success, else the
/// exit code after the problem was reported on `err`. `project`, when given, receives the
/// project that was read (left empty for a video).
int planFromInput(const QString& input, const QCommandLineParser& parser,
                  const PlanInputOptions& options, plan::MusicPlan* plan, QTextStream& err,
                  const QString& command, project::ProjectContent* project = nullptr);

/// True when `input` names a project file rather than a video.
bool isProjectFile(const QString& input);

} // namespace sw::cli
