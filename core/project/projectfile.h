#pragma once
// The .swproj project file: versioned JSON, written atomically.
//
// Saving refuses a project that fails its invariants, serializes it, reads the bytes back and
// compares them with the model before anything touches the disk, then writes them with
// writeFileSafely() (safewrite.h): temporary file, fsync, read back from the disk, previous
// version kept, atomic rename. The file under the project's name is always either the old
// version or the complete new one. Media paths are stored relative to the project file, so a
// project folder can be moved or shared.
//
// Loading checks every field and names the one that is wrong; a file of a newer format is
// refused with the version it needs; an older one is migrated (projectmigration.h). Media that
// cannot be found does not stop loading: the clips stay, offline, and the report lists them.

#include "project/projectmigration.h"
#include "project/timeline.h"

#include <QDir>

namespace sw::project {

constexpr qint64 kMaxProjectFileBytes = 256 * 1024 * 1024;
inline constexpr char kProjectFileSuffix[] = "swproj";

struct ProjectLoadReport
{
    int fileVersion = kProjectFormatVersion;
    QStringList migrationNotes;
    QStringList warnings; ///< e.g. missing media, one sentence each
};

QByteArray projectToJson(const ProjectContent& content, const QDir& projectDir);
bool projectFromJson(const QByteArray& json, const QDir& projectDir, ProjectContent* content,
                     QString* error, ProjectLoadReport* report = nullptr);

/// The person's plan pins as the project file stores them (also a take's provenance).
QJsonObject planPinsToJson(const PlanPins& pins);

/// Errors start with the file name and say what to do where something can be done.
bool saveProject(const ProjectContent& content, const QString& path, QString* error);
bool loadProject(const QString& path, ProjectContent* content, QString* error,
                 ProjectLoadReport* report = nullptr);

} // namespace sw::project
