#include "ui/userprompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace sw::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sw::ui::DialogPrompts", text);
}
const char* const kProjectFilter =
    QT_TRANSLATE_NOOP("sw::ui::DialogPrompts", "Scorewright projects (*.swproj)");
} // namespace

QString DialogPrompts::chooseProjectToOpen(QWidget* parent, const QString& folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Project"), folder, tr(kProjectFilter));
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

} // namespace sw::ui
