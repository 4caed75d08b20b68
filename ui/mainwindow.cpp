#include "ui/mainwindow.h"

#include "project/project.h"
#include "project/projectfile.h"
#include "ui/projectoutline.h"
#include "ui/userprompts.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace sw::ui {

namespace {
constexpr int kMaxRecentFiles = 10;
const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget* parent)
    : QMainWindow(parent),
      m_prompts(prompts ? std::move(prompts) : std::make_unique<DialogPrompts>()),
      m_undoGroup(new QUndoGroup(this)), m_outline(new ProjectOutline(this)),
      m_summaryLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_outline);
    statusBar()->addPermanentWidget(m_summaryLabel);
    createActions();
    setProject(std::make_unique<project::Project>(), QString());

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    if (!settings.contains(kGeometryKey))
        resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Project"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newAction"));
    QAction* openAction = file->addAction(tr("&Open Project..."), this, [this] {
        if (!maybeSave())
            return;
        const QString folder = m_path.isEmpty()
                                   ? QStandardPaths::writableLocation(QStandardPaths::MusicLocation)
                                   : QFileInfo(m_path).absolutePath();
        const QString path = m_prompts->chooseProjectToOpen(this, folder);
        if (!path.isEmpty())
            openProject(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::saveProject);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    QAction* saveAsAction = file->addAction(tr("Save &As..."), this, &MainWindow::saveProjectAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_deleteAction = edit->addAction(tr("&Delete"), this, &MainWindow::deleteSelection);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setEnabled(false);
    connect(m_outline, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_deleteAction->setEnabled(!m_outline->selectedElementIds().isEmpty()); });

    rebuildRecentMenu();
}

void MainWindow::setProject(std::unique_ptr<project::Project> project, const QString& path)
{
    if (m_project)
        m_undoGroup->removeStack(m_project->undoStack());
    m_outline->setProject(project.get());
    m_project = std::move(project);
    m_path = path;
    m_undoGroup->addStack(m_project->undoStack());
    m_undoGroup->setActiveStack(m_project->undoStack());
    connect(m_project->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateTitle);
    updateTitle();
}

QString MainWindow::projectDisplayName() const
{
    if (!m_project->content().title.isEmpty())
        return m_project->content().title;
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).completeBaseName();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] - Scorewright").arg(projectDisplayName()));
    setWindowModified(!m_project->undoStack()->isClean());
    const project::ProjectContent& c = m_project->content();
    m_summaryLabel->setText(tr("%1 clips, %2 markers, %3 music regions, %4 long")
                                .arg(c.clips.size())
                                .arg(c.markers.size())
                                .arg(c.musicRegions.size())
                                .arg(project::formatMediaTime(c.durationUs())));
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    setProject(std::make_unique<project::Project>(), QString());
}

bool MainWindow::openProject(const QString& path)
{
    project::ProjectContent content;
    project::ProjectLoadReport report;
    QString error;
    if (!project::loadProject(path, &content, &error, &report)) {
        m_prompts->showError(this, tr("Cannot Open Project"), error);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    setProject(std::make_unique<project::Project>(std::move(content)), absolute);
    addRecentFile(absolute);
    if (!report.migrationNotes.isEmpty())
        statusBar()->showMessage(
            tr("Opened a project of an older format (%1); saving writes the current format.")
                .arg(report.migrationNotes.join(QStringLiteral("; "))));
    if (!report.warnings.isEmpty())
        m_prompts->showWarning(this, tr("Missing Media"), report.warnings.join(QLatin1Char('\n')));
    return true;
}

bool MainWindow::saveProject()
{
    return m_path.isEmpty() ? saveProjectAs() : saveTo(m_path);
}

bool MainWindow::saveProjectAs()
{
    const QString suggestion =
        m_path.isEmpty() ? projectDisplayName() + QStringLiteral(".swproj") : m_path;
    const QString path = m_prompts->chooseProjectSavePath(this, suggestion);
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    QString error;
    if (!project::saveProject(m_project->content(), path, &error)) {
        m_prompts->showError(this, tr("Cannot Save Project"), error);
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_project->undoStack()->setClean();
    addRecentFile(m_path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (m_project->undoStack()->isClean())
        return true;
    switch (m_prompts->askToSaveChanges(this, projectDisplayName())) {
    case UserPrompts::SaveChoice::Save:
        return saveProject();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

void MainWindow::deleteSelection()
{
    const QList<QUuid> ids = m_outline->selectedElementIds();
    if (!ids.isEmpty() && !m_project->requestRemove(ids))
        m_prompts->showError(this, tr("Cannot Delete"), m_project->lastError());
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFilesKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString& file : files) {
        QAction* action = m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] {
            if (maybeSave())
                openProject(file);
        });
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setEnabled(QFileInfo::exists(file));
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

} // namespace sw::ui
