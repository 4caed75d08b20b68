#include "ui/audioguidance.h"

#include "jobs/taskmanager.h"
#include "project/project.h"
#include "scoring/referencepins.h"
#include "scoring/takes.h"
#include "ui/recorddialog.h"
#include "ui/userprompts.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

namespace sw::ui {

AudioGuidance::AudioGuidance(Window window, QMenu* music, QObject* parent)
    : QObject(parent), m_window(std::move(window))
{
    music->addSeparator();
    QAction* fromFile =
        music->addAction(tr("Melody from Recordin&g..."), this, &AudioGuidance::chooseRecording);
    fromFile->setObjectName(QStringLiteral("melodyFromRecordingAction"));
    fromFile->setStatusTip(tr("Write down a hummed, sung, whistled or played recording as the "
                              "melody of a new take, and arrange the band around it"));
    QAction* record =
        music->addAction(tr("Record Melody from &Microphone..."), this, &AudioGuidance::record);
    record->setObjectName(QStringLiteral("recordFromMicrophoneAction"));
    record->setStatusTip(tr("Hum, sing, whistle or play into the microphone after a count-in at "
                            "the take's tempo: a new take with your melody"));
    QAction* reference = music->addAction(tr("Guide by Reference &Track..."), this,
                                          &AudioGuidance::chooseReferenceTrack);
    reference->setObjectName(QStringLiteral("referenceTrackAction"));
    reference->setStatusTip(
        tr("Take a song's tempo, key and build into the plan, each as you choose"));
}

AudioGuidance::~AudioGuidance()
{
    if (m_transcription)
        m_transcription->cancel();
    if (m_reference)
        m_reference->cancel();
}

bool AudioGuidance::microphoneAvailable(QString* why)
{
    return RecordDialog::microphoneAvailable(why);
}

QString AudioGuidance::newRecordingPath() const
{
    const QString projectPath = m_window.projectPath ? m_window.projectPath() : QString();
    QDir folder;
    if (!projectPath.isEmpty()) {
        const QFileInfo info(projectPath);
        folder = QDir(info.absolutePath() + QStringLiteral("/") + info.completeBaseName() +
                      QStringLiteral(" recordings"));
    } else {
        folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/recordings"));
    }
    folder.mkpath(QStringLiteral("."));
    return folder.filePath(
        QStringLiteral("melody %1.wav")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh.mm.ss"))));
}

void AudioGuidance::chooseRecording()
{
    const QString path = m_window.prompts->chooseAudioFile(
        m_window.window, tr("Melody from Recording"),
        m_window.projectPath ? QFileInfo(m_window.projectPath()).absolutePath() : QString());
    if (!path.isEmpty())
        transcribe(path);
}

void AudioGuidance::record()
{
    const project::MusicRegion* region = scoring::firstScoredRegion(project().content());
    QString why;
    if (!region) {
        m_window.prompts->showError(
            m_window.window, tr("Cannot Record"),
            tr("Record against a take: score the video first (Music > Score Video); the take's "
               "tempo is what you are counted in at."));
        return;
    }
    if (!microphoneAvailable(&why)) {
        m_window.prompts->showError(m_window.window, tr("Cannot Record"), why);
        return;
    }
    RecordDialog dialog(region->active()->score.tempoMap, newRecordingPath(), m_window.window);
    if (dialog.exec() == QDialog::Accepted)
        transcribe(dialog.wavPath(), dialog.barOneSeconds());
}

void AudioGuidance::transcribe(const QString& path, std::optional<double> barOneSeconds)
{
    if (m_transcription) {
        m_window.statusBar->showMessage(tr("A recording is being written down already"), 5000);
        return;
    }
    const project::MusicRegion* region = scoring::firstScoredRegion(project().content());
    if (!region) {
        m_window.prompts->showError(
            m_window.window, tr("Cannot Use the Recording"),
            tr("A recorded melody becomes a take over the music: score the video first (Music > "
               "Score Video), then bring the recording and Arrange Around Melody."));
        return;
    }
    m_transcription = std::make_shared<scoring::TranscriptionTask>(
        path, scoring::RecordingTiming{barOneSeconds}, region->id);
    connect(m_transcription.get(), &jobs::Task::finished, this,
            [this](jobs::Task::State) { transcriptionFinished(); });
    m_window.statusBar->showMessage(tr("Writing down %1...").arg(QFileInfo(path).fileName()));
    m_window.tasks->start(m_transcription);
}

void AudioGuidance::transcriptionFinished()
{
    const std::shared_ptr<scoring::TranscriptionTask> task = std::move(m_transcription);
    if (task->state() == jobs::Task::State::Cancelled) {
        m_window.statusBar->showMessage(tr("Writing down the recording was cancelled"), 5000);
        return;
    }
    if (task->state() != jobs::Task::State::Succeeded) {
        m_window.prompts->showError(m_window.window, tr("Cannot Use the Recording"), task->error());
        return;
    }
    const project::MusicRegion* region = project().musicRegion(task->owner());
    if (!region || !region->active()) {
        m_window.statusBar->showMessage(
            tr("The music region was removed; the recording was not added."), 5000);
        return;
    }
    const QString name = tr("Take %1 (hummed)").arg(scoring::nextTakeLetter(region->takes.size()));
    const project::Take take = scoring::takeWithSungMelody(*region->active(), task->line(),
                                                           task->timing(), task->audioPath(), name);
    int notes = 0;
    for (const music::Track& t : take.score.tracks)
        if (t.role == music::TrackRole::Melody)
            notes = int(t.notes.size());
    if (!project().requestAddTake(region->id, take, nullptr, tr("Add hummed take"))) {
        m_window.prompts->showError(m_window.window, tr("Cannot Use the Recording"),
                                    project().lastError());
        return;
    }
    m_window.statusBar->showMessage(
        tr("%1: %n note(s) written down; arranging the band around them", nullptr, notes)
            .arg(name));
    // The hummed melody is the lead now: the band is written again around it, as a take of its
    // own (the hummed take keeps the band it was sung over).
    if (m_window.arrangeAroundMelody)
        m_window.arrangeAroundMelody();
}

void AudioGuidance::chooseReferenceTrack()
{
    const QString path = m_window.prompts->chooseAudioFile(
        m_window.window, tr("Guide by Reference Track"),
        m_window.projectPath ? QFileInfo(m_window.projectPath()).absolutePath() : QString());
    if (!path.isEmpty())
        readReferenceTrack(path);
}

void AudioGuidance::readReferenceTrack(const QString& path)
{
    if (m_reference) {
        m_window.statusBar->showMessage(tr("A reference track is being read already"), 5000);
        return;
    }
    m_reference = std::make_shared<scoring::ReferenceTrackTask>(path);
    connect(m_reference.get(), &jobs::Task::finished, this,
            [this](jobs::Task::State) { referenceFinished(); });
    m_window.statusBar->showMessage(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    m_window.tasks->start(m_reference);
}

void AudioGuidance::referenceFinished()
{
    const std::shared_ptr<scoring::ReferenceTrackTask> task = std::move(m_reference);
    if (task->state() == jobs::Task::State::Cancelled) {
        m_window.statusBar->showMessage(tr("Reading the reference track was cancelled"), 5000);
        return;
    }
    if (task->state() != jobs::Task::State::Succeeded) {
        m_window.prompts->showError(m_window.window, tr("Cannot Use the Reference Track"),
                                    task->error());
        return;
    }
    const analysis::ReferenceTrack& track = task->track();
    const QVector<scoring::ReferencePinOffer> offers = scoring::referencePinOffers(track);
    QSet<scoring::ReferencePin> accepted;
    for (const scoring::ReferencePinOffer& offer : offers)
        accepted.insert(offer.pin);
    const QString name = QFileInfo(track.path).fileName();
    if (!m_window.prompts->chooseReferencePins(m_window.window, name, offers, &accepted) ||
        accepted.isEmpty()) {
        m_window.statusBar->showMessage(tr("Nothing was pinned from %1").arg(name), 5000);
        return;
    }
    const project::PlanPins pins = scoring::withReferencePins(
        project().content().planPins, track, accepted, project().content().durationUs());
    if (!project().requestSetPlanPins(pins, tr("Pin from %1").arg(name))) {
        m_window.prompts->showError(m_window.window, tr("Cannot Use the Reference Track"),
                                    project().lastError());
        return;
    }
    m_window.statusBar->showMessage(tr("Pinned from %1: plan or score again to hear it").arg(name),
                                    8000);
}

} // namespace sw::ui
