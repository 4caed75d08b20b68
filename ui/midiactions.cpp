#include "ui/midiactions.h"

#include "devices/midirecorder.h"
#include "project/project.h"
#include "scoring/takes.h"
#include "ui/midicontroller.h"
#include "ui/userprompts.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace sw::ui {

MidiActions::MidiActions(Window window, QMenuBar* menuBar, QObject* parent)
    : QObject(parent), m_window(std::move(window))
{
    QMenu* midi = menuBar->addMenu(tr("M&IDI"));
    midi->setObjectName(QStringLiteral("midiMenu"));
    m_window.midi->addPortMenus(midi);
    midi->addSeparator();
    m_midiPreviewAction = midi->addAction(tr("&Preview on MIDI Output"));
    m_midiPreviewAction->setObjectName(QStringLiteral("midiPreviewAction"));
    m_midiPreviewAction->setCheckable(true);
    m_midiPreviewAction->setStatusTip(
        tr("Play the active take on the chosen MIDI output (a synthesizer or a sound module)"));
    connect(m_midiPreviewAction, &QAction::triggered, this, &MidiActions::toggleMidiPreview);
    m_recordAction = midi->addAction(tr("&Record Melody"));
    m_recordAction->setObjectName(QStringLiteral("recordMelodyAction"));
    m_recordAction->setCheckable(true);
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_recordAction->setStatusTip(tr("Play a melody on the MIDI input while the active take plays; "
                                    "it becomes the melody of a new take"));
    connect(m_recordAction, &QAction::triggered, this, &MidiActions::toggleRecording);
    connect(m_window.midi, &MidiController::previewFinished, this, [this](const QString& error) {
        m_midiPreviewAction->setChecked(false);
        if (!error.isEmpty())
            m_window.statusBar->showMessage(tr("The MIDI preview stopped: %1").arg(error), 8000);
    });
}

void MidiActions::toggleMidiPreview()
{
    if (!m_midiPreviewAction->isChecked()) {
        m_window.midi->stopPreview();
        return;
    }
    const project::MusicRegion* region = scoring::firstScoredRegion(project().content());
    QString error;
    if (!region) {
        error = tr("The project has no music yet. Score the video first (Music > Score Video).");
    } else if (m_window.midi->startPreview(region->active()->score, &error)) {
        m_window.statusBar->showMessage(
            tr("Playing %1 on %2").arg(region->active()->name, m_window.midi->outputPort()));
        return;
    }
    m_midiPreviewAction->setChecked(false);
    m_window.prompts->showError(m_window.window, tr("Cannot Preview on MIDI"), error);
}

void MidiActions::toggleRecording()
{
    if (!m_recordAction->isChecked()) {
        finishRecording();
        return;
    }
    // The recording is played against the active take: its tempo and bars are what the played
    // notes are quantised to, and it plays along on the output.
    const project::MusicRegion* region = scoring::firstScoredRegion(project().content());
    QString error;
    if (!region) {
        error = tr("Record against a take: score the video first (Music > Score Video), then "
                   "play the melody while it plays.");
    } else if (m_window.midi->startRecording(region->active()->score, &error)) {
        m_recordingRegion = region->id;
        m_midiPreviewAction->setChecked(!m_window.midi->outputPort().isEmpty());
        m_window.statusBar->showMessage(tr("Recording from %1...").arg(m_window.midi->inputPort()));
        return;
    }
    m_recordAction->setChecked(false);
    m_window.prompts->showError(m_window.window, tr("Cannot Record"), error);
}

void MidiActions::finishRecording()
{
    const QVector<devices::PlayedNote> played = m_window.midi->stopRecording();
    m_midiPreviewAction->setChecked(false);
    const project::MusicRegion* region = project().musicRegion(m_recordingRegion);
    if (!region || !region->active()) {
        m_window.statusBar->showMessage(
            tr("The music region was removed; the recording was not added."), 5000);
        return;
    }
    if (played.isEmpty()) {
        m_window.statusBar->showMessage(tr("Nothing was played; no take was added."), 5000);
        return;
    }
    // The active take with the played melody in place of its own: the person hears the new
    // tune with the band it was played against, and can arrange around it.
    const project::Take& from = *region->active();
    project::Take take;
    take.name = tr("Take %1 (recorded)").arg(scoring::nextTakeLetter(region->takes.size()));
    take.created = QDateTime::currentDateTimeUtc();
    take.provenance.engine = QStringLiteral("midi-input");
    take.provenance.controls = QJsonObject{{QStringLiteral("over"), from.name},
                                           {QStringLiteral("port"), m_window.midi->inputPort()}};
    take.score = from.score;
    int program = 0;
    for (const music::Track& t : from.score.tracks)
        program = t.role == music::TrackRole::Melody ? t.program : program;
    const music::Track melody = devices::quantisedMelody(played, from.score.tempoMap, 0,
                                                         music::kTicksPerQuarter / 4, program);
    bool replaced = false;
    for (music::Track& t : take.score.tracks) {
        if (t.role == music::TrackRole::Melody && !replaced) {
            t.notes = melody.notes;
            replaced = true;
        }
    }
    if (!replaced)
        take.score.tracks.prepend(melody);
    if (!project().requestAddTake(region->id, take, nullptr, tr("Record melody"))) {
        m_window.prompts->showError(m_window.window, tr("Cannot Record"), project().lastError());
        return;
    }
    m_window.statusBar->showMessage(
        tr("%1: %n recorded note(s)", nullptr, int(melody.notes.size())).arg(take.name));
}

} // namespace sw::ui
