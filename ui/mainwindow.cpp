#include "ui/mainwindow.h"

#include "jobs/taskmanager.h"
#include "project/autosave.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "scoring/mediaimport.h"
#include "scoring/projectguidance.h"
#include "scoring/takes.h"
#include "ui/audioguidance.h"
#include "ui/clipclipboard.h"
#include "ui/inspector.h"
#include "ui/mediabin.h"
#include "ui/midiactions.h"
#include "ui/midicontroller.h"
#include "ui/musicjobs.h"
#include "ui/musicoutput.h"
#include "ui/pianoroll.h"
#include "ui/preferencesdialog.h"
#include "ui/previewpanel.h"
#include "ui/projectedits.h"
#include "ui/projectoutline.h"
#include "ui/tasklist.h"
#include "ui/timelineview.h"
#include "ui/translations.h"
#include "ui/transport.h"
#include "ui/userprompts.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <functional>
#include <utility>

namespace sw::ui {

namespace {
// A part's name as the person reads it, in their language.
QString partName(music::TrackRole role)
{
    switch (role) {
    case music::TrackRole::Melody:
        return MainWindow::tr("Melody");
    case music::TrackRole::Chords:
        return MainWindow::tr("Chords");
    case music::TrackRole::Bass:
        return MainWindow::tr("Bass");
    case music::TrackRole::Drums:
        return MainWindow::tr("Drums");
    case music::TrackRole::Vocal:
        return MainWindow::tr("Voice");
    case music::TrackRole::Other:
        break;
    }
    return MainWindow::tr("Other");
}
} // namespace

namespace {
constexpr int kMaxRecentFiles = 10;
const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

using scoring::firstScoredRegion;
using scoring::nextTakeLetter;
} // namespace

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget* parent)
    : QMainWindow(parent),
      m_prompts(prompts ? std::move(prompts) : std::make_unique<DialogPrompts>()),
      m_undoGroup(new QUndoGroup(this)), m_outline(new ProjectOutline(this)),
      m_recoveryFolder(project::RecoveryStore::defaultFolder()), m_summaryLabel(new QLabel(this)),
      m_timeline(new TimelineView), m_tasks(new jobs::TaskManager(this)),
      m_progress(new QProgressBar(this)), m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_midi(new MidiController(this)), m_pianoRoll(new PianoRoll), m_inspector(new Inspector),
      m_transport(new Transport(nullptr, this)), m_music(new MusicOutput(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    setCentralWidget(scroll);
    createDocks();
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancelButton->hide();
    m_cancelButton->setObjectName(QStringLiteral("cancelTaskButton"));
    m_jobs = new MusicJobs({this, m_prompts.get(), statusBar(), m_progress, m_cancelButton,
                            m_pianoRoll, m_timeline, m_tasks, [this] { return m_project.get(); },
                            [this] { return m_path; }, [this] { return projectDisplayName(); }},
                           this);
    connect(m_inspector, &Inspector::rewriteLineRequested, m_jobs,
            &MusicJobs::startRewritingLineOf);
    connect(m_cancelButton, &QPushButton::clicked, m_jobs, &MusicJobs::cancelRunning);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_summaryLabel);
    createActions();
    createViewAndHelpMenus();
    setProject(std::make_unique<project::Project>(), QString());

    m_defaultLayout = saveState();
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
    QAction* importAction = file->addAction(tr("&Import Media..."), this, [this] {
        // A Videos folder that does not exist would become the dialog's file name.
        QString folder = m_path.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::MoviesLocation)
                             : QFileInfo(m_path).absolutePath();
        if (!QFileInfo(folder).isDir())
            folder = QDir::homePath();
        const QStringList paths = m_prompts->chooseMediaToImport(this, folder);
        if (!paths.isEmpty())
            importMedia(paths, m_timeline->playheadUs());
    });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setStatusTip(tr("Put videos, images or sounds on the timeline at the playhead"));
    QAction* exportAction =
        file->addAction(tr("&Export Soundtrack..."), m_jobs, &MusicJobs::startExport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setStatusTip(
        tr("Write the mix, stems, MIDI, MusicXML and the video with the new soundtrack"));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    QAction* relinkAction =
        file->addAction(tr("Re&link Missing Media..."), this, &MainWindow::relinkMissingMedia);
    relinkAction->setObjectName(QStringLiteral("relinkAction"));
    QAction* restoreAction = file->addAction(tr("Restore Previous &Version..."), this,
                                             &MainWindow::restorePreviousVersion);
    restoreAction->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* music = menuBar()->addMenu(tr("&Music"));
    QAction* planAction = music->addAction(tr("&Plan Music"), m_jobs, &MusicJobs::startPlanning);
    planAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    planAction->setObjectName(QStringLiteral("planAction"));
    QAction* scoreAction = music->addAction(tr("&Score Video"), m_jobs, &MusicJobs::startScoring);
    scoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    scoreAction->setObjectName(QStringLiteral("scoreAction"));
    scoreAction->setStatusTip(tr("Plan the music and compose it: adds a take to the music region"));
    QAction* vocalAction =
        music->addAction(tr("Write &Melody to Lyrics"), m_jobs, &MusicJobs::startVocal);
    vocalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    vocalAction->setObjectName(QStringLiteral("vocalAction"));
    vocalAction->setStatusTip(
        tr("Sing the lyric clips over the active take: adds a take with a vocal line"));

    m_jobs->addVoiceMenu(music);
    QAction* rewriteLine =
        music->addAction(tr("Rewrite Sung &Line"), m_jobs, &MusicJobs::startRewritingLine);
    rewriteLine->setObjectName(QStringLiteral("rewriteLineAction"));
    rewriteLine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    rewriteLine->setStatusTip(tr("Write a new melody for the lyric line of the sung note selected "
                                 "in the piano roll; every other note is kept: adds a take"));
    QAction* arrangeAction =
        music->addAction(tr("&Arrange Around Melody"), m_jobs, &MusicJobs::startArranging);
    arrangeAction->setObjectName(QStringLiteral("arrangeAction"));
    arrangeAction->setStatusTip(tr("Keep the active take's melody note for note and write new "
                                   "chords, bass and drums around it: adds a take"));

    QAction* regenerateAction =
        music->addAction(tr("&Regenerate Selection"), m_jobs, &MusicJobs::startRegenerating);
    regenerateAction->setObjectName(QStringLiteral("regenerateAction"));
    regenerateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    regenerateAction->setStatusTip(tr("Write the bars selected in the piano roll again for its "
                                      "track (everything else is kept): adds a take"));

    m_audioGuidance = new AudioGuidance(
        {this, m_prompts.get(), statusBar(), m_tasks, [this] { return m_project.get(); },
         [this] { return m_path; }, [this] { m_jobs->startArranging(); }},
        music, this);

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
    QAction* cut = edit->addAction(tr("Cu&t"), this, [this] { copySelection(true); });
    cut->setShortcut(QKeySequence::Cut);
    cut->setObjectName(QStringLiteral("cutAction"));
    QAction* copy = edit->addAction(tr("&Copy"), this, [this] { copySelection(false); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setObjectName(QStringLiteral("copyAction"));
    QAction* paste = edit->addAction(tr("&Paste"), this, &MainWindow::pasteClips);
    paste->setShortcut(QKeySequence::Paste);
    paste->setObjectName(QStringLiteral("pasteAction"));
    paste->setStatusTip(tr("Put the copied clips on the timeline at the playhead"));
    edit->addSeparator();
    QAction* addPrompt = edit->addAction(tr("Add Pro&mpt"), this, [this] {
        m_timeline->setFocus();
        m_timeline->beginTextClip(project::ClipKind::Prompt, m_timeline->playheadUs());
    });
    addPrompt->setObjectName(QStringLiteral("addPromptAction"));
    addPrompt->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    addPrompt->setStatusTip(tr("Type a prompt for the music at the playhead"));
    QAction* addLyrics = edit->addAction(tr("Add L&yrics"), this, [this] {
        m_timeline->setFocus();
        m_timeline->beginTextClip(project::ClipKind::Lyrics, m_timeline->playheadUs());
    });
    addLyrics->setObjectName(QStringLiteral("addLyricsAction"));
    addLyrics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    addLyrics->setStatusTip(tr("Type a line of lyrics at the playhead"));
    edit->addSeparator();
    m_deleteAction = edit->addAction(tr("&Delete"), this, &MainWindow::deleteSelection);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setEnabled(false);
    connect(m_outline, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_deleteAction->setEnabled(!m_outline->selectedElementIds().isEmpty()); });
    // Cut and Copy take clips (markers and music regions are not copied).
    cut->setEnabled(false);
    copy->setEnabled(false);
    connect(m_outline, &QTreeWidget::itemSelectionChanged, this, [this, cut, copy] {
        const QList<QUuid> ids = m_outline->selectedElementIds();
        const bool clips =
            m_project && std::any_of(ids.begin(), ids.end(), [this](const QUuid& id) {
                return m_project->clip(id) != nullptr;
            });
        cut->setEnabled(clips);
        copy->setEnabled(clips);
    });
    edit->addSeparator();
    addLanguageMenu(edit);
    QAction* preferences = edit->addAction(tr("&Preferences..."), this, [this] {
        PreferencesDialog dialog(m_midi, this);
        if (dialog.exec() == QDialog::Accepted)
            m_previewedTake = {}; // a new soundfont: render the preview again
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);

    addPlaybackMenu();
    m_midiActions = new MidiActions(
        {this, m_prompts.get(), statusBar(), m_midi, [this] { return m_project.get(); }}, menuBar(),
        this);
    rebuildRecentMenu();
}

void MainWindow::createViewAndHelpMenus()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setObjectName(dock->objectName() + QStringLiteral("ToggleAction"));
        view->addAction(toggle);
    }
    view->addSeparator();
    // Kdenlive's and Shotcut's "fit the project in the view", on their key.
    QAction* fit = view->addAction(tr("&Zoom to Fit"));
    fit->setObjectName(QStringLiteral("zoomToFitAction"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QAction::triggered, this, [this] {
        auto* scroll = qobject_cast<QScrollArea*>(centralWidget());
        if (!scroll)
            return;
        m_timeline->zoomToFit(scroll->viewport()->width());
        scroll->horizontalScrollBar()->setValue(0);
    });
    // Editors count in bars and beats as often as in seconds (Logic, MuseScore, Kdenlive's
    // option): the ruler shows the plan's bars when there is a plan.
    QAction* barsRuler = view->addAction(tr("Ruler in &Bars and Beats"));
    barsRuler->setObjectName(QStringLiteral("barsRulerAction"));
    barsRuler->setCheckable(true);
    barsRuler->setChecked(QSettings().value(QStringLiteral("view/rulerInBars"), false).toBool());
    m_timeline->setRulerInBars(barsRuler->isChecked());
    connect(barsRuler, &QAction::toggled, this, [this](bool bars) {
        m_timeline->setRulerInBars(bars);
        QSettings().setValue(QStringLiteral("view/rulerInBars"), bars);
    });
    view->addSeparator();
    QAction* reset = view->addAction(tr("&Reset Layout"), this, [this] {
        restoreState(m_defaultLayout);
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            dock->show();
    });
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    reset->setStatusTip(tr("Bring back every panel where it was when the program first opened"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        m_prompts->showInformation(this, tr("Keyboard Shortcuts"),
                                   shortcutLines().join(QLatin1Char('\n')));
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction* about = help->addAction(tr("&About Scorewright"), this, [this] {
        m_prompts->showInformation(
            this, tr("About Scorewright"),
            tr("Scorewright %1\nScores videos with music composed on this computer by models "
               "trained for it; nothing leaves the machine.")
                .arg(QCoreApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

QStringList MainWindow::shortcutLines() const
{
    QStringList lines;
    std::function<void(const QMenu*, const QString&)> walk = [&](const QMenu* menu,
                                                                 const QString& path) {
        for (const QAction* a : menu->actions()) {
            const QString name = QString(a->text()).remove(QLatin1Char('&'));
            if (a->menu())
                walk(a->menu(), path + name + QStringLiteral(" > "));
            else if (!a->shortcut().isEmpty())
                lines << QStringLiteral("%1%2: %3")
                             .arg(path, name, a->shortcut().toString(QKeySequence::NativeText));
        }
    };
    for (const QAction* a : menuBar()->actions()) {
        if (a->menu())
            walk(a->menu(), QString(a->text()).remove(QLatin1Char('&')) + QStringLiteral(" > "));
    }
    // The keys the timeline and the piano roll take themselves (no menu holds them).
    lines << tr("Timeline: S split the selected clip at the playhead, M add a marker, H add a "
                "hit point, Delete remove the selection, double-click a lane to type a prompt or "
                "a lyric line, Ctrl+wheel or Ctrl+plus/minus zoom")
          << tr("Piano roll: arrows move notes, Up/Down transpose, Shift+arrows change length, "
                "Ctrl+D duplicate, Q quantise, S split, J join, L lock, Delete remove, "
                "double-click draw, Ctrl+wheel zoom in time, Ctrl+Shift+wheel the rows");
    return lines;
}

void MainWindow::createDocks()
{
    // Panels that can be moved, stacked and hidden; their layout is saved with the window's.
    auto dock = [this](QWidget* widget, const QString& title, const char* name,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QString::fromLatin1(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    auto* rollPanel = new QWidget;
    auto* rollLayout = new QVBoxLayout(rollPanel);
    rollLayout->setContentsMargins(0, 0, 0, 0);
    m_trackChooser = new QComboBox;
    m_trackChooser->setObjectName(QStringLiteral("pianoRollTrack"));
    m_trackChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_takeChooser = new QComboBox;
    m_takeChooser->setObjectName(QStringLiteral("pianoRollTake"));
    m_takeChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_takeChooser->setToolTip(tr("The take that plays and is edited (each with its seed)"));
    m_takeChooser->setEnabled(false); // until there is a take
    m_trackChooser->setEnabled(false);
    // Which parts Regenerate Selection writes again: the editable track's, or several, ticked
    // (a DAW's "regenerate these lanes").
    auto* parts = new QToolButton;
    parts->setObjectName(QStringLiteral("regenerateTracksButton"));
    parts->setPopupMode(QToolButton::InstantPopup);
    parts->setToolTip(tr("The parts Music > Regenerate Selection writes again"));
    auto* partsMenu = new QMenu(parts);
    partsMenu->setObjectName(QStringLiteral("regenerateTracksMenu"));
    parts->setMenu(partsMenu);
    auto partsLabel = [this, parts] {
        QStringList names;
        for (music::TrackRole role :
             {music::TrackRole::Melody, music::TrackRole::Chords, music::TrackRole::Bass,
              music::TrackRole::Drums, music::TrackRole::Other}) {
            if (m_pianoRoll->regenerateRoles().contains(role))
                names << partName(role);
        }
        parts->setText(names.isEmpty()
                           ? tr("Regenerate")
                           : tr("Regenerate: %1").arg(names.join(QStringLiteral(", "))));
        // Open whenever the take has a part to tick, also while the voice is the track shown.
        parts->setEnabled(
            std::any_of(m_pianoRoll->score().tracks.begin(), m_pianoRoll->score().tracks.end(),
                        [](const music::Track& t) { return t.role != music::TrackRole::Vocal; }));
    };
    connect(partsMenu, &QMenu::aboutToShow, this, [this, partsMenu, partsLabel] {
        partsMenu->clear();
        QList<music::TrackRole> present;
        for (const music::Track& t : m_pianoRoll->score().tracks) {
            if (t.role != music::TrackRole::Vocal && !present.contains(t.role))
                present << t.role;
        }
        for (music::TrackRole role : present) {
            QAction* a = partsMenu->addAction(partName(role));
            a->setObjectName(QStringLiteral("regenerate_") + music::trackRoleName(role));
            a->setCheckable(true);
            a->setChecked(m_pianoRoll->regenerateRoles().contains(role));
            connect(a, &QAction::toggled, this, [this, role, partsLabel](bool on) {
                QSet<music::TrackRole> roles = m_pianoRoll->regenerateRoles();
                on ? void(roles.insert(role)) : void(roles.remove(role));
                m_pianoRoll->setRegenerateRoles(roles);
                partsLabel();
            });
        }
    });
    auto* choosers = new QHBoxLayout;
    choosers->addWidget(m_takeChooser);
    choosers->addWidget(m_trackChooser);
    choosers->addWidget(parts);
    choosers->addStretch();
    connect(m_trackChooser, &QComboBox::currentIndexChanged, parts, partsLabel,
            Qt::QueuedConnection); // after the roll has its new editable track
    connect(m_pianoRoll, &PianoRoll::scoreChanged, parts, partsLabel);
    partsLabel();
    rollLayout->addLayout(choosers);
    connect(m_takeChooser, &QComboBox::activated, this, [this](int index) {
        if (m_project && !m_project->requestSetActiveTake(m_pianoRoll->regionId(), index))
            m_prompts->showError(this, tr("Cannot Choose the Take"), m_project->lastError());
    });
    auto* rollScroll = new QScrollArea;
    rollScroll->setObjectName(QStringLiteral("pianoRollScroll"));
    rollScroll->setWidget(m_pianoRoll);
    rollScroll->setWidgetResizable(false);
    rollLayout->addWidget(rollScroll);
    connect(m_pianoRoll, &PianoRoll::zoomedAround, rollScroll, [rollScroll](QPoint shift) {
        rollScroll->horizontalScrollBar()->setValue(rollScroll->horizontalScrollBar()->value() +
                                                    shift.x());
        rollScroll->verticalScrollBar()->setValue(rollScroll->verticalScrollBar()->value() +
                                                  shift.y());
    });
    // The playhead in the roll, followed page by page as a DAW's editor does: when the line
    // leaves the view, the view jumps so that it is near the left edge again.
    connect(m_transport, &Transport::positionChanged, m_pianoRoll, [this, rollScroll](qint64 us) {
        m_pianoRoll->setPlayheadUs(us);
        const qint64 tick = m_pianoRoll->playheadTick();
        if (tick < 0)
            return;
        const int x = m_pianoRoll->positionOf(tick, 60).x();
        QScrollBar* bar = rollScroll->horizontalScrollBar();
        const int width = rollScroll->viewport()->width();
        if (x < bar->value() || x > bar->value() + width - 20)
            bar->setValue(x - width / 8);
    });
    m_pianoRoll->setPlayheadUs(m_transport->positionUs());
    connect(m_pianoRoll, &PianoRoll::scoreChanged, this, [this] {
        const QSignalBlocker block(m_trackChooser);
        m_trackChooser->clear();
        for (const music::Track& t : m_pianoRoll->score().tracks)
            m_trackChooser->addItem(QStringLiteral("%1 (%2)").arg(
                t.name, music::generalMidiProgramName(t.program, t.drumKit)));
        m_trackChooser->setCurrentIndex(m_pianoRoll->editableTrack());
        // The region's takes, the active one chosen.
        const QSignalBlocker blockTakes(m_takeChooser);
        m_takeChooser->clear();
        const project::MusicRegion* region =
            m_project ? m_project->musicRegion(m_pianoRoll->regionId()) : nullptr;
        if (region) {
            for (const project::Take& t : region->takes)
                m_takeChooser->addItem(t.provenance.seed
                                           ? tr("%1, seed %2").arg(t.name).arg(t.provenance.seed)
                                           : t.name);
            m_takeChooser->setCurrentIndex(region->activeTake);
        }
        // Without music there is nothing to choose.
        m_takeChooser->setEnabled(m_takeChooser->count() > 0);
        m_trackChooser->setEnabled(m_trackChooser->count() > 0);
    });
    connect(m_trackChooser, &QComboBox::currentIndexChanged, m_pianoRoll,
            &PianoRoll::setEditableTrack);
    // Another take or track: show its notes, centred (once the roll has its new size).
    auto showEditableNotes = [this, rollScroll] {
        QTimer::singleShot(0, rollScroll, [this, rollScroll] {
            const QPoint focus = m_pianoRoll->editableTrackFocus();
            if (!focus.isNull())
                rollScroll->ensureVisible(focus.x(), focus.y(), 60,
                                          rollScroll->viewport()->height() / 2);
        });
    };
    connect(m_pianoRoll, &PianoRoll::scoreChanged, this, showEditableNotes);
    connect(m_trackChooser, &QComboBox::currentIndexChanged, this, showEditableNotes);
    QDockWidget* roll =
        dock(rollPanel, tr("Piano Roll"), "pianoRollDock", Qt::BottomDockWidgetArea);
    QDockWidget* outline = dock(m_outline, tr("Project"), "projectDock", Qt::BottomDockWidgetArea);
    m_mediaBin = new MediaBin;
    QDockWidget* bin = dock(m_mediaBin, tr("Media"), "mediaDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(outline, bin);
    tabifyDockWidget(bin, roll);
    connect(m_timeline, &TimelineView::mediaDropped, this, &MainWindow::importMedia);
    roll->raise();
    m_preview = new PreviewPanel(m_transport);
    QDockWidget* preview = dock(m_preview, tr("Preview"), "previewDock", Qt::RightDockWidgetArea);
    dock(m_inspector, tr("Inspector"), "inspectorDock", Qt::RightDockWidgetArea);
    dock(new TaskList(m_tasks), tr("Generation Queue"), "tasksDock", Qt::RightDockWidgetArea);
    resizeDocks({preview}, {300}, Qt::Vertical);
    resizeDocks({preview}, {420}, Qt::Horizontal);
    // A clip chosen on the timeline is chosen in the outline too (Delete and the inspector
    // follow the outline).
    connect(m_timeline, &TimelineView::clipsSelected, m_outline, &ProjectOutline::selectElements);
    connect(m_timeline, &TimelineView::editTextRequested, this, [this](const QUuid& id) {
        m_outline->selectElement(id);
        m_inspector->textEditor()->setFocus();
        m_inspector->textEditor()->selectAll();
    });
    // The inspector follows whatever was selected last.
    connect(m_outline, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QList<QUuid> ids = m_outline->selectedElementIds();
        m_inspector->showElement(ids.isEmpty() ? QUuid() : ids.first());
    });
    connect(m_pianoRoll, &PianoRoll::selectionChanged, this, [this] {
        m_inspector->showNotes(m_pianoRoll->score(), m_pianoRoll->editableTrack(),
                               m_pianoRoll->selectedNotes());
    });
    connect(m_pianoRoll, &PianoRoll::noteAuditioned, m_midi, &MidiController::audition);
    connect(m_pianoRoll, &PianoRoll::barsSelected, this, [this](int first, int last) {
        m_inspector->showBars(m_timeline->plan(), first, last);
    });
}

void MainWindow::importMedia(const QStringList& paths, qint64 atUs)
{
    const scoring::MediaImport imported = scoring::clipsForMedia(paths, atUs);
    if (!imported.clips.isEmpty()) {
        m_project->undoStack()->beginMacro(tr("Import media"));
        for (const project::Clip& clip : imported.clips)
            m_project->requestAddClip(clip);
        m_project->undoStack()->endMacro();
        statusBar()->showMessage(tr("Imported %n file(s)", nullptr, int(imported.clips.size())),
                                 5000);
    }
    // What could be read is on the timeline; what could not is named, with the reason.
    if (!imported.errors.isEmpty())
        m_prompts->showError(this, tr("Cannot Import"), imported.errors.join(u'\n'));
}

void MainWindow::projectEdited(const QUuid& id)
{
    m_transport->setDurationUs(m_project->content().durationUs());
    m_jobs->projectEdited(id);
}

void MainWindow::addPlaybackMenu()
{
    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    QAction* play = playback->addAction(tr("&Play/Pause"), m_transport, &Transport::toggle);
    play->setObjectName(QStringLiteral("playAction"));
    play->setShortcut(QKeySequence(Qt::Key_Space));
    QAction* loop = playback->addAction(tr("&Loop Selection"));
    loop->setObjectName(QStringLiteral("loopAction"));
    loop->setCheckable(true);
    loop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    loop->setStatusTip(tr("Play the bars selected in the piano roll, or the selected clip, over "
                          "and over"));
    connect(loop, &QAction::toggled, this, [this, loop](bool on) {
        if (!on) {
            m_transport->setLoop(0, 0);
            return;
        }
        const std::pair<qint64, qint64> range = loopRange();
        if (range.second <= range.first) {
            loop->setChecked(false);
            statusBar()->showMessage(
                tr("Select bars in the piano roll or a clip on the timeline to loop."), 5000);
            return;
        }
        m_transport->setLoop(range.first, range.second);
        m_transport->seek(range.first);
    });
    QAction* start =
        playback->addAction(tr("Go to &Start"), this, [this] { m_transport->seek(0); });
    start->setShortcut(QKeySequence(Qt::Key_Home));
    // The display refresh: the transport is asked for its position about 60 times a second.
    auto* refresh = new QTimer(this);
    refresh->setTimerType(Qt::PreciseTimer);
    refresh->setInterval(16);
    connect(refresh, &QTimer::timeout, m_transport, &Transport::tick);
    connect(m_transport, &Transport::playingChanged, this, [this, refresh](bool playing) {
        playing ? refresh->start() : refresh->stop();
        playing ? startMusic() : m_music->stop();
    });
    connect(m_transport, &Transport::seeked, this, [this] {
        if (m_transport->isPlaying())
            startMusic();
    });
    connect(m_transport, &Transport::positionChanged, this, [this](qint64 us) {
        const QSignalBlocker block(m_timeline);
        m_timeline->setPlayheadUs(us);
    });
    connect(m_timeline, &TimelineView::playheadMoved, m_transport, &Transport::seek);
    connect(m_music, &MusicOutput::prepared, this, [this](const QString& error) {
        if (!error.isEmpty())
            m_preview->setNote(tr("The music cannot be previewed: %1").arg(error));
        else if (m_transport->isPlaying())
            startMusic();
    });
    m_preview->setNote(m_music->unavailableReason());
}

std::pair<qint64, qint64> MainWindow::loopRange() const
{
    // The piano roll's bars, placed where their region lies; else the selected clip.
    const project::MusicRegion* region =
        m_project ? m_project->musicRegion(m_pianoRoll->regionId()) : nullptr;
    if (region && region->active() && m_pianoRoll->firstSelectedBar() >= 0) {
        const music::TempoMap& map = region->active()->score.tempoMap;
        return {region->startUs +
                    map.tickToMicros(map.barStartTick(m_pianoRoll->firstSelectedBar())),
                region->startUs +
                    map.tickToMicros(map.barStartTick(m_pianoRoll->lastSelectedBar() + 1))};
    }
    const QList<QUuid> clips = m_timeline->selectedClips();
    if (!clips.isEmpty() && m_project->clip(clips.first()))
        return {m_project->clip(clips.first())->startUs, m_project->clip(clips.first())->endUs()};
    return {0, 0};
}

void MainWindow::startMusic()
{
    // The music leads when it plays; until its rendering is ready, and without an audio device,
    // the transport's clock does.
    m_transport->setMusicClock({});
    if (!m_music->unavailableReason().isEmpty() || !m_project)
        return;
    const project::MusicRegion* region = firstScoredRegion(m_project->content());
    if (!region)
        return;
    const QUuid take = region->active()->id;
    if (take != m_previewedTake) {
        m_previewedTake = take;
        m_music->prepare(region->active()->score, region->startUs, PreferencesDialog::soundFont());
        return; // prepared() starts it
    }
    if (m_music->isReady() && m_music->start(m_transport->positionUs()))
        m_transport->setMusicClock([this] { return m_music->playedUs(); });
}

void MainWindow::addLanguageMenu(QMenu* parent)
{
    // Takes effect at the next start: every window, menu and message is built in one language.
    QMenu* menu = parent->addMenu(tr("Interface &Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString current = QSettings().value(languageSettingsKey()).toString();
    QList<InterfaceLanguage> choices = interfaceLanguages();
    choices.prepend({QString(), tr("System Default")});
    for (const InterfaceLanguage& language : choices) {
        QAction* action = menu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        action->setData(language.code);
        action->setObjectName(QStringLiteral("language_") +
                              (language.code.isEmpty() ? QStringLiteral("system") : language.code));
        group->addAction(action);
        connect(menu, &QMenu::aboutToShow, action, [action, code = language.code] {
            // Preferences may have changed it since: the menu shows what is chosen now.
            action->setChecked(code == QSettings().value(languageSettingsKey()).toString());
        });
        connect(action, &QAction::triggered, this, [this, language] {
            QSettings().setValue(languageSettingsKey(), language.code);
            m_prompts->showInformation(this, tr("Interface Language"),
                                       tr("Scorewright will appear in %1 the next time it starts.")
                                           .arg(language.nativeName));
        });
    }
}

void MainWindow::setProject(std::unique_ptr<project::Project> project, const QString& path,
                            bool unsaved)
{
    // The open document is being closed deliberately: its recovery file is no longer needed.
    if (m_autosaver)
        m_autosaver->discard();
    m_autosaver.reset();
    if (m_project)
        m_undoGroup->removeStack(m_project->undoStack());
    cancelPlanning();
    // The new project is the window's before the panels show it: they ask the window about it
    // as they load (the piano roll's take chooser stayed empty on a reopened project). The old
    // one lives until every panel has let go of it.
    const std::unique_ptr<project::Project> previous = std::exchange(m_project, std::move(project));
    project::Project* const opened = m_project.get();
    m_timeline->setProject(opened);
    m_outline->setProject(opened);
    m_pianoRoll->setProject(opened);
    m_inspector->setProject(opened);
    m_mediaBin->setProject(opened);
    m_transport->pause();
    m_transport->seek(0);
    m_transport->setDurationUs(opened->content().durationUs());
    m_previewedTake = {};
    m_preview->setProject(opened);
    followProjectEdits(opened, this, [this](const QUuid& id) { projectEdited(id); });
    m_path = path;
    m_unsavedContent = unsaved;
    m_undoGroup->addStack(m_project->undoStack());
    m_undoGroup->setActiveStack(m_project->undoStack());
    connect(m_project->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateTitle);
    m_autosaver = std::make_unique<project::Autosaver>(m_project.get(), m_recoveryFolder);
    m_autosaver->setProjectPath(m_path);
    if (unsaved)
        m_autosaver->autosaveNow(true); // recovered work must survive another crash at once
    updateTitle();
}

void MainWindow::setModelsDirectory(const QString& dir)
{
    m_jobs->setModelsDirectory(dir);
}

bool MainWindow::isPlanning() const
{
    return m_jobs->isPlanning();
}

bool MainWindow::isExporting() const
{
    return m_jobs->isExporting();
}

bool MainWindow::isWritingVocal() const
{
    return m_jobs->isWritingVocal();
}

void MainWindow::cancelRunningTask()
{
    m_jobs->cancelRunning();
}

void MainWindow::cancelPlanning()
{
    m_jobs->cancelPlanning();
}

bool MainWindow::hasUnsavedChanges() const
{
    return m_unsavedContent || !m_project->undoStack()->isClean();
}

void MainWindow::setRecoveryFolder(const QString& folder)
{
    m_recoveryFolder = folder;
    if (m_autosaver)
        m_autosaver->discard();
    m_autosaver = std::make_unique<project::Autosaver>(m_project.get(), m_recoveryFolder);
    m_autosaver->setProjectPath(m_path);
}

bool MainWindow::offerRecovery()
{
    project::RecoveryStore store(m_recoveryFolder);
    const QVector<project::RecoveryEntry> entries = store.entries();
    if (!store.quarantined().isEmpty())
        m_prompts->showWarning(this, tr("Recovery File Set Aside"),
                               tr("A recovery file made Scorewright stop while it was loading. It "
                                  "was moved to %1 and will not be opened again.")
                                   .arg(QDir::toNativeSeparators(store.quarantined().join(u'\n'))));
    for (const project::RecoveryEntry& entry : entries) {
        if (m_autosaver && entry.id == m_autosaver->documentId())
            continue;
        const QString name = entry.originalPath.isEmpty()
                                 ? tr("an unsaved project")
                                 : QFileInfo(entry.originalPath).fileName();
        switch (m_prompts->askToRecover(this, name, entry.autosavedAt, entry.originalSavedAt)) {
        case UserPrompts::RecoveryChoice::Recover: {
            project::ProjectContent content;
            QString error;
            if (!store.load(entry, &content, &error)) {
                m_prompts->showError(this, tr("Cannot Recover"), error);
                continue;
            }
            setProject(std::make_unique<project::Project>(std::move(content)), entry.originalPath,
                       true);
            store.remove(entry.id); // now autosaved under the open document's own id
            statusBar()->showMessage(
                tr("Recovered the work autosaved %1; save it to keep it.")
                    .arg(QLocale().toString(entry.autosavedAt, QLocale::ShortFormat)));
            return true; // one project at a time; others are offered at the next start
        }
        case UserPrompts::RecoveryChoice::Discard:
            store.remove(entry.id);
            break;
        case UserPrompts::RecoveryChoice::Later:
            break;
        }
    }
    return false;
}

void MainWindow::relinkMissingMedia()
{
    const QStringList missing = m_project->content().missingMedia();
    if (missing.isEmpty()) {
        statusBar()->showMessage(tr("All media files are where the project expects them."), 5000);
        return;
    }
    for (const QString& path : missing) {
        const QString replacement = m_prompts->chooseReplacementMedia(this, path);
        if (replacement.isEmpty())
            continue; // stays offline
        if (!m_project->requestRelinkMedia(path, QFileInfo(replacement).absoluteFilePath()))
            m_prompts->showError(this, tr("Cannot Relink"), m_project->lastError());
    }
}

void MainWindow::restorePreviousVersion()
{
    if (m_path.isEmpty()) {
        m_prompts->showWarning(this, tr("No Previous Versions"),
                               tr("Previous versions are kept beside the project file once it has "
                                  "been saved."));
        return;
    }
    const QVector<project::SavedVersion> versions = project::listSavedVersions(m_path);
    if (versions.isEmpty()) {
        m_prompts->showWarning(this, tr("No Previous Versions"),
                               tr("%1 has no previous versions yet: one is kept each time it is "
                                  "saved over.")
                                   .arg(QFileInfo(m_path).fileName()));
        return;
    }
    if (!maybeSave())
        return;
    const int index = m_prompts->chooseSavedVersion(this, versions);
    if (index < 0 || index >= versions.size())
        return;
    QFile file(versions[index].path);
    project::ProjectContent content;
    QString error;
    // Media paths in a version are relative to the project's folder, not the versions folder.
    if (!file.open(QIODevice::ReadOnly) ||
        !project::projectFromJson(file.readAll(), QFileInfo(m_path).absoluteDir(), &content,
                                  &error)) {
        m_prompts->showError(
            this, tr("Cannot Restore"),
            tr("%1: %2").arg(versions[index].path, error.isEmpty() ? file.errorString() : error));
        return;
    }
    setProject(std::make_unique<project::Project>(std::move(content)), m_path, true);
    statusBar()->showMessage(
        tr("Opened the version saved %1; save to make it current.")
            .arg(QLocale().toString(versions[index].savedAt, QLocale::ShortFormat)));
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
    setWindowModified(hasUnsavedChanges());
    const project::ProjectContent& c = m_project->content();
    m_summaryLabel->setText(tr("%1, %2, %3, %4 long")
                                .arg(tr("%n clip(s)", nullptr, int(c.clips.size())),
                                     tr("%n marker(s)", nullptr, int(c.markers.size())),
                                     tr("%n music region(s)", nullptr, int(c.musicRegions.size())),
                                     project::formatMediaTime(c.durationUs())));
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
    // The lanes show what they showed when the project was saved: its media's analyses are kept
    // beside it, and the plan follows from them and the pins in milliseconds.
    plan::PlanGuidance guidance;
    if (scoring::storedGuidance(
            m_project->content(),
            scoring::AnalysisStore(scoring::AnalysisStore::folderBeside(absolute)), &guidance))
        m_timeline->setPlan(plan::makePlan(guidance), guidance);
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
    // What this session analysed is kept beside the project, for its next opening.
    scoring::keepAnalyses(m_project->content(),
                          scoring::AnalysisStore(scoring::AnalysisStore::folderBeside(m_path)));
    m_project->undoStack()->setClean();
    m_unsavedContent = false;
    m_autosaver->setProjectPath(m_path);
    m_autosaver->discard();
    addRecentFile(m_path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!hasUnsavedChanges())
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

namespace {

// A pasted page of text is not a prompt: the first thousand characters are kept.
constexpr int kLongestPastedPrompt = 1000;

} // namespace

void MainWindow::copySelection(bool cut)
{
    if (!m_project)
        return;
    QVector<project::Clip> clips;
    QList<QUuid> ids;
    for (const QUuid& id : m_outline->selectedElementIds()) {
        if (const project::Clip* clip = m_project->clip(id)) {
            clips.append(*clip);
            ids.append(id);
        }
    }
    if (clips.isEmpty()) {
        statusBar()->showMessage(tr("Select clips on the timeline to copy them"), 5000);
        return;
    }
    QGuiApplication::clipboard()->setMimeData(clipsToMimeData(clips));
    if (cut && !m_project->requestRemove(ids))
        m_prompts->showError(this, tr("Cannot Cut"), m_project->lastError());
    else
        statusBar()->showMessage(cut ? tr("Cut %n clip(s)", nullptr, int(clips.size()))
                                     : tr("Copied %n clip(s)", nullptr, int(clips.size())),
                                 5000);
}

void MainWindow::pasteClips()
{
    if (!m_project)
        return;
    const QVector<project::Clip> clips =
        clipsFromMimeData(QGuiApplication::clipboard()->mimeData(), m_timeline->playheadUs());
    if (clips.isEmpty()) {
        // Text from elsewhere (a brief, a shot list) becomes a prompt typed at the playhead,
        // in its line for the person to check and confirm with Enter.
        QString text = QGuiApplication::clipboard()->text().simplified();
        if (text.isEmpty()) {
            statusBar()->showMessage(tr("Nothing to paste: copy clips or text first"), 5000);
            return;
        }
        text.truncate(kLongestPastedPrompt);
        m_timeline->beginTextClip(project::ClipKind::Prompt, m_timeline->playheadUs(), text);
        statusBar()->showMessage(tr("Enter adds the pasted text as a prompt; Escape drops it"),
                                 8000);
        return;
    }
    QList<QUuid> pasted;
    m_project->undoStack()->beginMacro(tr("Paste %n clip(s)", nullptr, int(clips.size())));
    for (const project::Clip& clip : clips) {
        QUuid id;
        if (m_project->requestAddClip(clip, &id))
            pasted.append(id);
    }
    m_project->undoStack()->endMacro();
    m_outline->selectElements(pasted);
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
    m_autosaver->discard(); // closed deliberately: nothing to recover
    event->accept();
}

} // namespace sw::ui
