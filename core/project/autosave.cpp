#include "project/autosave.h"

#include "project/project.h"
#include "project/projectfile.h"
#include "project/safewrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUndoStack>

namespace sw::project {

RecoveryStore::RecoveryStore(QString folder) : m_folder(std::move(folder)) {}

QString RecoveryStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString RecoveryStore::projectFile(const QString& id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".swproj"));
}
QString RecoveryStore::sidecarFile(const QString& id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".json"));
}
QString RecoveryStore::markerFile(const QString& id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".loading"));
}

QVector<RecoveryEntry> RecoveryStore::entries()
{
    m_quarantined.clear();
    QVector<RecoveryEntry> list;
    const QDir dir(m_folder);
    for (const QFileInfo& file : dir.entryInfoList({QStringLiteral("*.swproj")}, QDir::Files)) {
        const QString id = file.completeBaseName();
        if (QFile::exists(markerFile(id))) {
            // It crashed the program while loading: set it aside, never offer it again.
            const QString quarantine = dir.filePath(QStringLiteral("quarantine"));
            QDir().mkpath(quarantine);
            QFile::rename(projectFile(id), QDir(quarantine).filePath(file.fileName()));
            QFile::rename(sidecarFile(id), QDir(quarantine).filePath(id + QStringLiteral(".json")));
            QFile::remove(markerFile(id));
            m_quarantined << QDir(quarantine).filePath(file.fileName());
            continue;
        }
        RecoveryEntry entry;
        entry.id = id;
        entry.recoveryPath = file.absoluteFilePath();
        entry.autosavedAt = file.lastModified();
        QFile sidecar(sidecarFile(id));
        if (sidecar.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(sidecar.readAll()).object();
            entry.originalPath = o.value(QStringLiteral("originalPath")).toString();
            const QDateTime at = QDateTime::fromString(
                o.value(QStringLiteral("autosavedAt")).toString(), Qt::ISODateWithMs);
            if (at.isValid())
                entry.autosavedAt = at.toLocalTime();
        }
        if (!entry.originalPath.isEmpty() && QFileInfo::exists(entry.originalPath))
            entry.originalSavedAt = QFileInfo(entry.originalPath).lastModified();
        list.append(entry);
    }
    std::sort(list.begin(), list.end(), [](const RecoveryEntry& a, const RecoveryEntry& b) {
        return a.autosavedAt > b.autosavedAt;
    });
    return list;
}

bool RecoveryStore::write(const QString& id, const QByteArray& json, const QString& originalPath,
                          const QString& mediaBase, QString* error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = QCoreApplication::translate("sw::project", "cannot create the recovery folder %1")
                     .arg(m_folder);
        return false;
    }
    if (!writeFileSafely(projectFile(id), json, false, error))
        return false;
    const QJsonObject sidecar{{QStringLiteral("originalPath"), originalPath},
                              {QStringLiteral("mediaBase"), mediaBase},
                              {QStringLiteral("autosavedAt"),
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return writeFileSafely(sidecarFile(id), QJsonDocument(sidecar).toJson(), false, error);
}

bool RecoveryStore::load(const RecoveryEntry& entry, ProjectContent* content, QString* error)
{
    QFile marker(markerFile(entry.id));
    marker.open(QIODevice::WriteOnly);
    marker.close();
    QString mediaBase = m_folder;
    QFile sidecar(sidecarFile(entry.id));
    if (sidecar.open(QIODevice::ReadOnly))
        mediaBase = QJsonDocument::fromJson(sidecar.readAll())
                        .object()
                        .value(QStringLiteral("mediaBase"))
                        .toString(m_folder);
    QFile file(entry.recoveryPath);
    bool ok = file.open(QIODevice::ReadOnly);
    QString why = ok ? QString() : file.errorString();
    if (ok)
        ok = projectFromJson(file.readAll(), QDir(mediaBase), content, &why);
    QFile::remove(markerFile(entry.id)); // loading finished, crash-free
    if (!ok)
        *error =
            QStringLiteral("the recovery file %1 cannot be read: %2").arg(entry.recoveryPath, why);
    return ok;
}

void RecoveryStore::remove(const QString& id) const
{
    QFile::remove(projectFile(id));
    QFile::remove(sidecarFile(id));
}

Autosaver::Autosaver(Project* project, const QString& recoveryFolder, QObject* parent)
    : QObject(parent), m_project(project), m_store(recoveryFolder),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_writer.setMaxThreadCount(1);
    m_autosavedIndex = project->undoStack()->index();
    connect(project->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::onEdit);
    connect(&m_timer, &QTimer::timeout, this, [this] { autosaveNow(); });
    m_timer.start(kDefaultIntervalMs);
}

Autosaver::~Autosaver()
{
    m_writer.waitForDone();
}

void Autosaver::setInterval(int ms)
{
    m_timer.start(ms);
}

void Autosaver::onEdit()
{
    if (++m_editsSinceAutosave >= m_editThreshold)
        autosaveNow();
}

void Autosaver::autosaveNow(bool force)
{
    const int index = m_project->undoStack()->index();
    if (index == m_autosavedIndex && !force)
        return;
    m_autosavedIndex = index;
    m_editsSinceAutosave = 0;
    // Relative media paths must resolve as they will in the project's own folder.
    const QString base =
        m_projectPath.isEmpty() ? m_store.folder() : QFileInfo(m_projectPath).absolutePath();
    const QByteArray json = projectToJson(m_project->content(), QDir(base));
    const QString original = m_projectPath;
    m_writer.start([this, json, original, base] {
        QString error;
        const bool ok = m_store.write(m_id, json, original, base, &error);
        // Announced on the autosaver's own thread, so that listeners (the window's status bar,
        // a test's signal spy) never race the worker; dropped if the autosaver is gone by then.
        QMetaObject::invokeMethod(
            this, [this, ok, error] { Q_EMIT autosaved(ok, error); }, Qt::QueuedConnection);
    });
}

void Autosaver::discard()
{
    m_writer.waitForDone();
    m_store.remove(m_id);
    m_autosavedIndex = m_project->undoStack()->index();
    m_editsSinceAutosave = 0;
}

} // namespace sw::project
