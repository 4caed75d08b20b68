#include "ui/userprompts.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sw::ui::DialogPrompts", text);
}
const char* const kProjectFilter =
    QT_TRANSLATE_NOOP("sw::ui::DialogPrompts", "Scorewright projects (*.swproj)");

// A folder the file dialog opens in. Given one that does not exist (~/Videos on a machine
// without it), QFileDialog took its last part for the file name ("Videos"); a trailing slash
// and the home folder as the fallback keep the name field empty.
QString dialogFolder(const QString& folder)
{
    const QString existing = QFileInfo(folder).isDir() ? folder : QDir::homePath();
    return QDir(existing).absolutePath() + QLatin1Char('/');
}
} // namespace

QString DialogPrompts::chooseProjectToOpen(QWidget* parent, const QString& folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Project"), dialogFolder(folder),
                                        tr(kProjectFilter));
}

QString DialogPrompts::chooseProjectSavePath(QWidget* parent, const QString& suggestion)
{
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Save Project As"), suggestion, tr(kProjectFilter));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".swproj")))
        path += QLatin1String(".swproj");
    return path;
}

UserPrompts::SaveChoice DialogPrompts::askToSaveChanges(QWidget* parent, const QString& projectName)
{
    const auto answer = QMessageBox::question(
        parent, tr("Unsaved Changes"),
        tr("Save the changes to \"%1\" before closing it?").arg(projectName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    if (answer == QMessageBox::Discard)
        return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

void DialogPrompts::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::critical(parent, title, message);
}

void DialogPrompts::showWarning(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

UserPrompts::RecoveryChoice DialogPrompts::askToRecover(QWidget* parent, const QString& projectName,
                                                        const QDateTime& autosavedAt,
                                                        const QDateTime& savedAt)
{
    const QLocale locale;
    QMessageBox box(
        QMessageBox::Question, tr("Recover Unsaved Work"),
        tr("Scorewright did not close properly while \"%1\" was open.").arg(projectName),
        QMessageBox::NoButton, parent);
    box.setInformativeText(
        savedAt.isValid()
            ? tr("The autosaved version is from %1; the project file was last saved %2.")
                  .arg(locale.toString(autosavedAt, QLocale::ShortFormat),
                       locale.toString(savedAt, QLocale::ShortFormat))
            : tr("The autosaved version is from %1; the project was never saved.")
                  .arg(locale.toString(autosavedAt, QLocale::ShortFormat)));
    QPushButton* recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Decide Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        return RecoveryChoice::Recover;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

QStringList DialogPrompts::chooseMediaToImport(QWidget* parent, const QString& folder)
{
    return QFileDialog::getOpenFileNames(
        parent, tr("Import Media"), dialogFolder(folder),
        tr("Media (*.mp4 *.mov *.mkv *.webm *.avi *.png *.jpg *.jpeg *.webp *.wav *.flac *.mp3 "
           "*.m4a *.ogg);;All files (*)"));
}

QString DialogPrompts::chooseAudioFile(QWidget* parent, const QString& title, const QString& folder)
{
    return QFileDialog::getOpenFileName(parent, title, dialogFolder(folder),
                                        tr("Sound (*.wav *.flac *.mp3 *.m4a *.ogg *.opus *.aiff "
                                           "*.mp4 *.mov *.mkv);;All files (*)"));
}

bool DialogPrompts::chooseReferencePins(QWidget* parent, const QString& trackName,
                                        const QVector<scoring::ReferencePinOffer>& offers,
                                        QSet<scoring::ReferencePin>* accepted)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Guide by %1").arg(trackName));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Take these from the reference track into the plan:")));
    QVector<QCheckBox*> boxes;
    for (const scoring::ReferencePinOffer& offer : offers) {
        QString label;
        switch (offer.pin) {
        case scoring::ReferencePin::Tempo:
            label = tr("Tempo: %1").arg(offer.detail);
            break;
        case scoring::ReferencePin::Key:
            label = tr("Key: %1").arg(offer.detail);
            break;
        case scoring::ReferencePin::Build:
            label = tr("Build (loudness over the timeline): %1").arg(offer.detail);
            break;
        }
        auto* box = new QCheckBox(label);
        box->setChecked(accepted->contains(offer.pin));
        layout->addWidget(box);
        boxes << box;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Pin"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    accepted->clear();
    for (int i = 0; i < offers.size(); ++i)
        if (boxes[i]->isChecked())
            accepted->insert(offers[i].pin);
    return true;
}

QString DialogPrompts::chooseReplacementMedia(QWidget* parent, const QString& missingPath)
{
    const QFileInfo missing(missingPath);
    return QFileDialog::getOpenFileName(parent, tr("Where is %1?").arg(missing.fileName()),
                                        missing.absolutePath(),
                                        tr("%1 (%1);;All files (*)").arg(missing.fileName()));
}

int DialogPrompts::chooseSavedVersion(QWidget* parent,
                                      const QVector<project::SavedVersion>& versions)
{
    const QLocale locale;
    QStringList items;
    for (const project::SavedVersion& v : versions)
        items << tr("Saved %1 (%2 KB)")
                     .arg(locale.toString(v.savedAt, QLocale::LongFormat))
                     .arg((v.bytes + 1023) / 1024);
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(parent, tr("Restore Previous Version"),
                              tr("Open which version? It opens unsaved; saving "
                                 "it replaces the current file, which is kept as "
                                 "a version too."),
                              items, 0, false, &ok);
    return ok ? int(items.indexOf(choice)) : -1;
}

bool DialogPrompts::chooseExport(QWidget* parent, bool hasVideo, ExportChoices* choices)
{
    ExportDialog dialog(*choices, hasVideo, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *choices = dialog.choices();
    return true;
}

void DialogPrompts::showInformation(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::information(parent, title, message);
}

bool DialogPrompts::showExportFinished(QWidget* parent, const QString& message)
{
    QMessageBox box(QMessageBox::Information, tr("Export Finished"), message, QMessageBox::Ok,
                    parent);
    QPushButton* open = box.addButton(tr("Open Folder"), QMessageBox::ActionRole);
    box.exec();
    return box.clickedButton() == open;
}

} // namespace sw::ui
