#pragma once
// The questions the main window asks the person (which file to open, whether to save) and the
// errors it shows, behind one interface: the application uses modal dialogs, GUI tests answer
// from a script, so no test ever blocks on a dialog.

#include "project/safewrite.h"
#include "scoring/referencepins.h"
#include "ui/exportdialog.h"

#include <QDateTime>
#include <QString>
#include <QVector>

class QWidget;

namespace sw::ui {

class UserPrompts
{
public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel
    };
    enum class RecoveryChoice
    {
        Recover,
        Discard,
        Later
    };

    virtual ~UserPrompts() = default;
    virtual QString chooseProjectToOpen(QWidget* parent, const QString& folder) = 0;
    virtual QString chooseProjectSavePath(QWidget* parent, const QString& suggestion) = 0;
    virtual SaveChoice askToSaveChanges(QWidget* parent, const QString& projectName) = 0;
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    virtual void showWarning(QWidget* parent, const QString& title, const QString& message) = 0;
    /// After a crash: recover the autosaved work on `projectName`? `savedAt` is invalid when the
    /// project was never saved.
    virtual RecoveryChoice askToRecover(QWidget* parent, const QString& projectName,
                                        const QDateTime& autosavedAt, const QDateTime& savedAt) = 0;
    /// Where the missing media file `missingPath` is now; empty to leave it offline.
    virtual QString chooseReplacementMedia(QWidget* parent, const QString& missingPath) = 0;
    /// Videos, images and audio files to import; empty if the person cancelled.
    virtual QStringList chooseMediaToImport(QWidget* parent, const QString& folder) = 0;
    /// Which previous version to open; -1 for none.
    virtual int chooseSavedVersion(QWidget* parent,
                                   const QVector<project::SavedVersion>& versions) = 0;
    /// What to export and where, starting from `choices`; false if the person cancelled.
    virtual bool chooseExport(QWidget* parent, bool hasVideo, ExportChoices* choices) = 0;
    virtual void showInformation(QWidget* parent, const QString& title, const QString& message) = 0;
    /// A sound file (a recording, a reference track); empty if the person cancelled.
    virtual QString chooseAudioFile(QWidget* parent, const QString& title,
                                    const QString& folder) = 0;
    /// Which of a reference track's pins to take: `accepted` starts with all of them; false if
    /// the person cancelled.
    virtual bool chooseReferencePins(QWidget* parent, const QString& trackName,
                                     const QVector<scoring::ReferencePinOffer>& offers,
                                     QSet<scoring::ReferencePin>* accepted) = 0;
    /// Says an export is done, with what it wrote; true when the person asked to open the
    /// folder the files are in. By default only the message, as showInformation.
    virtual bool showExportFinished(QWidget* parent, const QString& message)
    {
        showInformation(parent, QObject::tr("Export Finished"), message);
        return false;
    }
};

/// QFileDialog and QMessageBox.
class DialogPrompts : public UserPrompts
{
public:
    QString chooseProjectToOpen(QWidget* parent, const QString& folder) override;
    QString chooseProjectSavePath(QWidget* parent, const QString& suggestion) override;
    SaveChoice askToSaveChanges(QWidget* parent, const QString& projectName) override;
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    void showWarning(QWidget* parent, const QString& title, const QString& message) override;
    RecoveryChoice askToRecover(QWidget* parent, const QString& projectName,
                                const QDateTime& autosavedAt, const QDateTime& savedAt) override;
    int chooseSavedVersion(QWidget* parent,
                           const QVector<project::SavedVersion>& versions) override;
    QString chooseReplacementMedia(QWidget* parent, const QString& missingPath) override;
    QStringList chooseMediaToImport(QWidget* parent, const QString& folder) override;
    bool chooseExport(QWidget* parent, bool hasVideo, ExportChoices* choices) override;
    void showInformation(QWidget* parent, const QString& title, const QString& message) override;
    bool showExportFinished(QWidget* parent, const QString& message) override;
    QString chooseAudioFile(QWidget* parent, const QString& title, const QString& folder) override;
    bool chooseReferencePins(QWidget* parent, const QString& trackName,
                             const QVector<scoring::ReferencePinOffer>& offers,
                             QSet<scoring::ReferencePin>* accepted) override;
};

} // namespace sw::ui
