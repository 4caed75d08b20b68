#include "ui/musicjobs.h"

#include "engine/vocalline.h"
#include "jobs/taskmanager.h"
#include "project/project.h"
#include "render/exporttask.h"
#include "scoring/analysisstore.h"
#include "scoring/takes.h"
#include "ui/exportdialog.h"
#include "ui/pianoroll.h"
#include "ui/timelineview.h"
#include "ui/userprompts.h"

#include <QActionGroup>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QUrl>

namespace sw::ui {

namespace {
const QString kVoiceKey = QStringLiteral("vocal/voice");
} // namespace

MusicJobs::MusicJobs(Window window, QObject* parent)
    : QObject(parent), m_window(std::move(window)),
      m_modelsDir(engine::Composer::defaultModelsDirectory())
{
}

MusicJobs::~MusicJobs() = default;

QString MusicJobs::chosenVoice()
{
    return QSettings().value(kVoiceKey, QStringLiteral("alto")).toString();
}

void MusicJobs::setChosenVoice(const QString& key)
{
    QSettings().setValue(kVoiceKey, key);
}

void MusicJobs::addVoiceMenu(QMenu* menu)
{
    QMenu* voices = menu->addMenu(tr("Singing &Voice"));
    voices->setObjectName(QStringLiteral("voiceMenu"));
    auto* group = new QActionGroup(voices);
    const QString chosen = chosenVoice();
    const QList<std::pair<QString, QString>> names{{QStringLiteral("soprano"), tr("Soprano")},
                                                   {QStringLiteral("alto"), tr("Alto")},
                                                   {QStringLiteral("tenor"), tr("Tenor")},
                                                   {QStringLiteral("bass"), tr("Bass")}};
    for (const auto& [key, name] : names) {
        QAction* voice = voices->addAction(name);
        voice->setObjectName(QStringLiteral("voice_") + key);
        voice->setCheckable(true);
        voice->setChecked(key == chosen);
        group->addAction(voice);
        connect(voice, &QAction::triggered, this, [key = key] { setChosenVoice(key); });
    }
}

bool MusicJobs::busy()
{
    if (!m_scoring && !m_export && !m_vocal)
        return false;
    m_window.statusBar->showMessage(tr("Wait for the running task to finish, or cancel it."), 5000);
    return true;
}

quint64 MusicJobs::nextSeed() const
{
    // Each new take gets the next seed, so takes A, B, C... differ and each can be redone.
    quint64 seed = 1;
    for (const project::MusicRegion& r : project().content().musicRegions)
        seed += quint64(r.takes.size());
    return seed;
}

void MusicJobs::showProgress(jobs::Task* task)
{
    connect(task, &jobs::Task::progressChanged, this,
            [this, task](double progress, const QString& message) {
                // Reports still on their way from a task cancelled meanwhile are not shown.
                if (task != m_scoring.get() && task != m_vocal.get() && task != m_export.get())
                    return;
                m_window.progress->setValue(int(progress * 100));
                m_window.statusBar->showMessage(message);
            });
    m_window.progress->setValue(0);
    m_window.progress->show();
    m_window.cancel->show();
}

void MusicJobs::hideProgress()
{
    m_window.progress->hide();
    m_window.cancel->hide();
    // After the manager has reported the end (its report is queued before this one).
    QMetaObject::invokeMethod(
        m_window.tasks, [tasks = m_window.tasks] { tasks->removeFinished(true); },
        Qt::QueuedConnection);
}

void MusicJobs::run(scoring::ScoringRequest request)
{
    // The job works on a copy taken now, so the person can keep editing.
    request.content = project().content();
    request.compose.seed = nextSeed();
    request.modelsDir = m_modelsDir;
    request.analysisFolder = scoring::AnalysisStore::folderBeside(
        m_window.projectPath ? m_window.projectPath() : QString());
    m_scoring = std::make_shared<scoring::ScoringTask>(std::move(request));
    showProgress(m_scoring.get());
    connect(m_scoring.get(), &jobs::Task::finished, this,
            [this](jobs::Task::State state) { scoringFinished(state); });
    m_window.tasks->start(m_scoring);
}

void MusicJobs::startPlanning()
{
    if (busy())
        return;
    scoring::ScoringRequest request;
    request.kind = scoring::ScoringKind::Plan;
    run(std::move(request));
}

void MusicJobs::startScoring()
{
    if (!busy())
        run(scoring::ScoringRequest{});
}

void MusicJobs::startRegenerating()
{
    if (busy())
        return;
    const PianoRoll* roll = m_window.pianoRoll;
    const project::MusicRegion* region = project().musicRegion(roll->regionId());
    const int first = roll->firstSelectedBar(), last = roll->lastSelectedBar();
    if (!region || !region->active() || first < 0) {
        m_window.prompts->showError(m_window.window, tr("Cannot Regenerate"),
                                    tr("Select bars in the piano roll's ruler first (a take is "
                                       "needed: Music > Score Video)."));
        return;
    }
    const music::Score& score = region->active()->score;
    const QSet<music::TrackRole> roles = roll->regenerateRoles();
    if (roles.isEmpty()) {
        m_window.prompts->showError(m_window.window, tr("Cannot Regenerate"),
                                    tr("The vocal line is written by Music > Write Melody to "
                                       "Lyrics; one of its lines by Music > Rewrite Sung Line."));
        return;
    }
    scoring::ScoringRequest request;
    request.kind = scoring::ScoringKind::Regenerate;
    request.from = score;
    request.roles = roles;
    request.firstBar = first;
    request.lastBar = last;
    request.basedOn = region->active()->name;
    request.regionId = region->id;
    run(std::move(request));
}

void MusicJobs::startArranging()
{
    if (busy())
        return;
    const project::MusicRegion* region = scoring::firstScoredRegion(project().content());
    const music::Track* lead = nullptr;
    if (region) {
        for (const music::Track& t : region->active()->score.tracks) {
            if (t.role == music::TrackRole::Melody && !t.notes.isEmpty() && !lead)
                lead = &t;
        }
    }
    if (!lead) {
        m_window.prompts->showError(m_window.window, tr("Cannot Arrange"),
                                    tr("The active take has no melody to arrange around. Record "
                                       "one (MIDI > Record Melody) or score the video first."));
        return;
    }
    scoring::ScoringRequest request;
    request.kind = scoring::ScoringKind::ArrangeAroundLead;
    request.lead = *lead;
    request.basedOn = region->active()->name;
    request.regionId = region->id;
    run(std::move(request));
}

void MusicJobs::scoringFinished(jobs::Task::State state)
{
    hideProgress();
    const std::shared_ptr<scoring::ScoringTask> finished = std::move(m_scoring);
    const scoring::ScoringResult& result = finished->result();
    const bool composes = finished->request().kind != scoring::ScoringKind::Plan;
    if (state == jobs::Task::State::Failed) {
        m_window.prompts->showError(
            m_window.window, composes ? tr("Cannot Score the Video") : tr("Cannot Plan the Music"),
            finished->error());
        return;
    }
    if (state != jobs::Task::State::Succeeded) {
        m_window.statusBar->showMessage(tr("Planning cancelled"), 5000);
        return;
    }
    m_window.timeline->setPlan(result.plan, result.guidance);
    const plan::MusicPlan& p = result.plan;
    if (!composes) {
        m_window.statusBar->showMessage(
            tr("Planned %1 bars at %2 bpm in %3%4")
                .arg(p.bars.size())
                .arg(p.tempo.bpm, 0, 'f', 1)
                .arg(p.key.name())
                .arg(result.notes.isEmpty()
                         ? QString()
                         : QStringLiteral("; ") + result.notes.join(QStringLiteral("; "))));
        return;
    }
    QString error;
    project::Take take;
    if (!scoring::addScoredTake(project(), finished->request(), result, nullptr, &take, &error)) {
        m_window.prompts->showError(m_window.window, tr("Cannot Score the Video"), error);
        return;
    }
    m_window.statusBar->showMessage(tr("%1: %2 bars at %3 bpm in %4, %5 notes")
                                        .arg(take.name)
                                        .arg(p.bars.size())
                                        .arg(p.tempo.bpm, 0, 'f', 1)
                                        .arg(p.key.name())
                                        .arg(take.score.noteCount()));
}

void MusicJobs::cancelPlanning()
{
    if (!m_scoring)
        return;
    // The worker stops at its next check; its late progress and result are ignored.
    disconnect(m_scoring.get(), nullptr, this, nullptr);
    m_scoring->cancel();
    m_scoring.reset();
    hideProgress();
    m_window.statusBar->showMessage(tr("Planning cancelled"), 5000);
}

void MusicJobs::cancelRunning()
{
    if (m_vocal) {
        m_vocal->cancel(); // the finished handler reports
        return;
    }
    if (m_export) {
        // An export is allowed to finish its current file; its finished handler reports.
        m_export->cancel();
        m_window.statusBar->showMessage(tr("Cancelling the export..."));
        return;
    }
    cancelPlanning();
}

void MusicJobs::projectEdited(const QUuid& id)
{
    // An edit of a clip the running analysis, plan or vocal line was made from makes its result
    // stale: it is discarded (the person scores again when done editing). Takes arriving in a
    // music region are the results themselves, not edits.
    if (project().musicRegion(id) || project().marker(id))
        return;
    const project::Clip* clip = project().clip(id);
    if (m_scoring) {
        cancelPlanning();
        m_window.statusBar->showMessage(tr("The timeline changed while the music was being "
                                           "written: that result was discarded. Score again "
                                           "when ready."),
                                        8000);
    }
    if (m_vocal && (!clip || clip->kind == project::ClipKind::Lyrics)) {
        m_vocal->cancel();
        m_window.statusBar->showMessage(tr("The lyrics changed while the melody was being "
                                           "written: that result was discarded."),
                                        8000);
    }
}

void MusicJobs::runVocal(std::shared_ptr<engine::VocalTask> task)
{
    m_vocal = std::move(task);
    showProgress(m_vocal.get());
    connect(m_vocal.get(), &jobs::Task::finished, this,
            [this](jobs::Task::State state) { vocalFinished(state); });
    m_window.tasks->start(m_vocal);
}

void MusicJobs::startVocal()
{
    if (busy())
        return;
    const project::ProjectContent& content = project().content();
    const project::MusicRegion* region = scoring::firstScoredRegion(content);
    if (!region) {
        m_window.prompts->showError(m_window.window, tr("Cannot Write the Melody"),
                                    tr("The project has no music to sing over yet. Score the "
                                       "video first (Music > Score Video)."));
        return;
    }
    const QVector<engine::LyricPlacement> lyrics =
        scoring::lyricPlacements(content, region->startUs);
    if (lyrics.isEmpty()) {
        m_window.prompts->showError(m_window.window, tr("Cannot Write the Melody"),
                                    tr("There are no lyrics on the timeline. Add a lyric clip "
                                       "with the words to sing."));
        return;
    }
    engine::VocalOptions options;
    options.seed = quint64(region->takes.size()) + 1;
    engine::parseVoiceType(chosenVoice(), &options.voice);
    runVocal(std::make_shared<engine::VocalTask>(region->active()->score, lyrics, options,
                                                 m_modelsDir, region->id));
}

void MusicJobs::startRewritingLine()
{
    if (busy())
        return;
    const PianoRoll* roll = m_window.pianoRoll;
    const project::MusicRegion* region = project().musicRegion(roll->regionId());
    const music::Score* score = region && region->active() ? &region->active()->score : nullptr;
    const int vocal = score ? engine::vocalTrackIndex(*score) : -1;
    if (vocal < 0) {
        m_window.prompts->showError(m_window.window, tr("Cannot Rewrite the Line"),
                                    tr("The active take has no vocal line. Write one first "
                                       "(Music > Write Melody to Lyrics)."));
        return;
    }
    // The line of the sung note selected in the piano roll, else of the first one sung in the
    // selected bars.
    const music::Track& voice = score->tracks[vocal];
    int note = -1;
    if (roll->editableTrack() == vocal && !roll->selectedNotes().isEmpty())
        note = roll->selectedNotes().first();
    if (note < 0 && roll->firstSelectedBar() >= 0) {
        const qint64 from = score->tempoMap.barStartTick(roll->firstSelectedBar());
        const qint64 to = score->tempoMap.barStartTick(roll->lastSelectedBar() + 1);
        for (int i = 0; i < voice.notes.size(); ++i) {
            const music::Note& n = voice.notes[i];
            if (n.startTick >= from && n.startTick < to &&
                (note < 0 || n.startTick < voice.notes[note].startTick))
                note = i;
        }
    }
    if (note < 0) {
        m_window.prompts->showError(m_window.window, tr("Cannot Rewrite the Line"),
                                    tr("Select a sung note of the Voice track in the piano "
                                       "roll, or the bars where the line is sung."));
        return;
    }
    rewriteLineOfNote(*region, note);
}

void MusicJobs::startRewritingLineOf(const QUuid& clip, int line)
{
    if (busy())
        return;
    const int index = scoring::lyricPlacementIndex(project().content(), clip);
    if (index < 0)
        return; // not among the sung clips
    // The region whose active take sings the lyrics.
    for (const project::MusicRegion& region : project().content().musicRegions) {
        const int vocal = region.active() ? engine::vocalTrackIndex(region.active()->score) : -1;
        if (vocal < 0)
            continue;
        const int note =
            engine::firstNoteOfLine(scoring::lyricPlacements(project().content(), region.startUs),
                                    region.active()->score.tracks[vocal], index, line);
        if (note >= 0) {
            rewriteLineOfNote(region, note);
            return;
        }
    }
    m_window.prompts->showError(m_window.window, tr("Cannot Rewrite the Line"),
                                tr("No take sings these lyrics as they are now. Write the melody "
                                   "again (Music > Write Melody to Lyrics)."));
}

void MusicJobs::rewriteLineOfNote(const project::MusicRegion& region, int note)
{
    engine::VocalOptions options;
    options.seed = nextSeed();
    engine::parseVoiceType(chosenVoice(), &options.voice);
    runVocal(std::make_shared<engine::VocalTask>(
        region.active()->score, scoring::lyricPlacements(project().content(), region.startUs),
        options, m_modelsDir, region.id, note));
}

void MusicJobs::vocalFinished(jobs::Task::State state)
{
    hideProgress();
    const std::shared_ptr<engine::VocalTask> finished = std::move(m_vocal);
    if (state == jobs::Task::State::Succeeded)
        addVocalTake(*finished);
    else if (state == jobs::Task::State::Failed)
        m_window.prompts->showError(m_window.window, tr("Cannot Write the Melody"),
                                    finished->error());
    else
        m_window.statusBar->showMessage(tr("Writing the melody was cancelled"), 5000);
}

void MusicJobs::addVocalTake(const engine::VocalTask& task)
{
    const project::MusicRegion* region = project().musicRegion(task.owner());
    if (!region) {
        m_window.statusBar->showMessage(
            tr("The music region was removed; the melody was not added."), 5000);
        return;
    }
    const int takes = region->takes.size();
    project::Take take;
    take.name = task.rewritesALine() ? tr("Take %1 (line %2 sung anew)")
                                           .arg(scoring::nextTakeLetter(takes))
                                           .arg(task.rewrittenLine().line + 1)
                                     : tr("Take %1 (vocal)").arg(scoring::nextTakeLetter(takes));
    take.created = QDateTime::currentDateTimeUtc();
    take.provenance.engine = QStringLiteral("lyricist");
    take.provenance.model = QStringLiteral("lyricist.pt");
    take.provenance.seed = task.options().seed;
    if (const project::Take* from = region->active())
        take.provenance.controls = QJsonObject{{QStringLiteral("over"), from->name}};
    take.score = task.score();
    const QString action =
        task.rewritesALine() ? tr("Rewrite Sung Line") : tr("Write Melody to Lyrics");
    if (!project().requestAddTake(region->id, take, nullptr, action)) {
        m_window.prompts->showError(m_window.window, tr("Cannot Write the Melody"),
                                    project().lastError());
        return;
    }
    int sung = 0;
    for (const music::Track& t : take.score.tracks)
        sung += t.role == music::TrackRole::Vocal ? t.notes.size() : 0;
    QStringList message{tr("%1: %n sung note(s)", nullptr, sung).arg(take.name)};
    message += task.notes();
    m_window.statusBar->showMessage(message.join(QStringLiteral("; ")));
}

void MusicJobs::startExport()
{
    if (busy())
        return;
    const project::ProjectContent& content = project().content();
    const project::MusicRegion* region = scoring::firstScoredRegion(content);
    if (!region) {
        m_window.prompts->showError(m_window.window, tr("Nothing to Export"),
                                    tr("The project has no music yet. Score the video first "
                                       "(Music > Score Video)."));
        return;
    }
    render::ExportRequest request = scoring::exportRequestForRegion(content, *region);
    const QString path = m_window.projectPath();
    ExportChoices choices;
    choices.folder = path.isEmpty() ? QDir::homePath() : QFileInfo(path).absolutePath();
    choices.load();
    if (!QFileInfo(choices.folder).isDir())
        choices.folder = QDir::homePath();
    choices.baseName = m_window.displayName();
    if (!m_window.prompts->chooseExport(m_window.window, !request.videoPath.isEmpty(), &choices))
        return;
    choices.save();
    choices.fillRequest(&request, !request.videoPath.isEmpty());
    QString error;
    if (!render::validateExportRequest(request, &error)) {
        m_window.prompts->showError(m_window.window, tr("Cannot Export"), error);
        return;
    }
    m_export = std::make_shared<render::ExportTask>(request);
    showProgress(m_export.get());
    connect(m_export.get(), &jobs::Task::finished, this,
            [this](jobs::Task::State state) { exportFinished(state); });
    m_window.tasks->start(m_export);
}

void MusicJobs::exportFinished(jobs::Task::State state)
{
    hideProgress();
    const std::shared_ptr<render::ExportTask> task = std::move(m_export);
    switch (state) {
    case jobs::Task::State::Succeeded:
        m_window.statusBar->showMessage(
            tr("Exported %n file(s)", nullptr, task->report().written.size()), 10000);
        if (m_window.prompts->showExportFinished(m_window.window, task->result().toString()) &&
            !task->report().written.isEmpty())
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(QFileInfo(task->report().written.first()).absolutePath()));
        break;
    case jobs::Task::State::Failed:
        m_window.prompts->showError(m_window.window, tr("Cannot Export"), task->error());
        break;
    default:
        m_window.statusBar->showMessage(
            tr("Export cancelled; the files written before the cancel: %1")
                .arg(task->report().written.isEmpty()
                         ? tr("none")
                         : task->report().written.join(QStringLiteral(", "))),
            10000);
        break;
    }
}

} // namespace sw::ui
