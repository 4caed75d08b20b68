#pragma once
// Autosave and crash recovery.
//
// While a project is open, an Autosaver writes it to a recovery file every 60 s and after every
// 25 edits, if anything changed; the JSON is made on the GUI thread (a fast copy of the model)
// and written on a worker thread, so the person never waits. Saving the project or closing it
// deliberately removes the recovery file, so a recovery file that is still there at the next
// start means the program did not close properly: the RecoveryStore lists it, with the times of
// the autosave and of the project file, for the person to recover or discard.
//
// A recovery file that crashes the program while it loads must not crash it again at every
// start: loading leaves a marker beside the file until it is done, and a file found with its
// marker at the next start is moved to a quarantine folder instead of being offered.

#include "project/timeline.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace sw::project {

class Project;

struct RecoveryEntry
{
    QString id;
    QString recoveryPath;
    QString originalPath; ///< empty for a project that was never saved
    QDateTime autosavedAt;
    QDateTime originalSavedAt; ///< invalid when there is no original file
};

class RecoveryStore
{
public:
    explicit RecoveryStore(QString folder = defaultFolder());
    /// <app data>/recovery
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    /// The recovery files left behind, newest first. Files that crashed a previous load are
    /// moved to quarantine first and reported by quarantined().
    QVector<RecoveryEntry> entries();
    QStringList quarantined() const { return m_quarantined; }

    /// Writes (atomically) the project `json` for document `id`. Thread-safe for distinct ids.
    bool write(const QString& id, const QByteArray& json, const QString& originalPath,
               const QString& mediaBase, QString* error) const;
    /// Loads an entry, guarded by the crash marker described above.
    bool load(const RecoveryEntry& entry, ProjectContent* content, QString* error);
    void remove(const QString& id) const;

private:
    QString projectFile(const QString& id) const;
    QString sidecarFile(const QString& id) const;
    QString markerFile(const QString& id) const;

    QString m_folder;
    QStringList m_quarantined;
};

class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60 * 1000;
    static constexpr int kDefaultEditThreshold = 25;

    Autosaver(Project* project, const QString& recoveryFolder, QObject* parent = nullptr);
    /// Waits for a write in progress.
    ~Autosaver() override;

    void setProjectPath(const QString& path) { m_projectPath = path; }
    void setInterval(int ms);
    void setEditThreshold(int edits) { m_editThreshold = edits; }
    QString documentId() const { return m_id; }

    /// Writes now if anything changed since the last autosave, or in any case with `force`
    /// (work just recovered or restored, which the file on disk does not hold).
    void autosaveNow(bool force = false);
    /// The project was saved or deliberately closed: its recovery file goes.
    void discard();

Q_SIGNALS:
    /// Emitted on the autosaver's thread (queued from the worker) when a write has finished.
    void autosaved(bool ok, const QString& error);

private:
    void onEdit();

    Project* m_project;
    RecoveryStore m_store;
    QString m_id;
    QString m_projectPath;
    QTimer m_timer;
    QThreadPool m_writer; // one thread: writes stay in order
    int m_editThreshold = kDefaultEditThreshold;
    int m_editsSinceAutosave = 0;
    int m_autosavedIndex = -1;
};

} // namespace sw::project
