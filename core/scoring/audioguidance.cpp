#include "scoring/audioguidance.h"

#include "analysis/sungmelody.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <cmath>

namespace sw::scoring {

project::Take takeWithSungMelody(const project::Take& from, const analysis::SungLine& line,
                                 const RecordingTiming& timing, const QString& audioPath,
                                 const QString& name)
{
    project::Take take;
    take.name = name;
    take.created = QDateTime::currentDateTimeUtc();
    take.provenance.engine = QStringLiteral("audio-input");
    take.score = from.score;
    music::Track melody;
    double bpm = 0;
    if (timing.barOneSeconds) {
        melody = analysis::melodyOfLine(line, from.score.tempoMap, *timing.barOneSeconds);
    } else {
        // Its own tempo; the notes keep their place in bars and beats over the take's.
        const analysis::LineTiming own = analysis::estimateLineTiming(line);
        bpm = own.bpm;
        melody =
            analysis::melodyOfLine(line, music::TempoMap::constant(own.bpm), own.barOneSeconds);
    }
    const qint64 end = from.score.endTick();
    QVector<music::Note> kept;
    for (const music::Note& n : melody.notes)
        if (end <= 0 || n.startTick < end)
            kept.append(n);
    bool replaced = false;
    for (music::Track& t : take.score.tracks) {
        if (t.role == music::TrackRole::Melody && !replaced) {
            t.notes = kept;
            replaced = true;
        }
    }
    if (!replaced) {
        melody.notes = kept;
        take.score.tracks.prepend(melody);
    }
    QJsonObject controls{{QStringLiteral("over"), from.name},
                         {QStringLiteral("recording"), audioPath},
                         {QStringLiteral("tuning_cents"), std::round(line.tuningCents)}};
    if (bpm > 0)
        controls[QStringLiteral("sung_bpm")] = std::round(bpm * 10) / 10;
    take.provenance.controls = controls;
    return take;
}

TranscriptionTask::TranscriptionTask(QString audioPath, RecordingTiming timing, QUuid regionId)
    : jobs::Task(QCoreApplication::translate("sw::scoring", "Write down %1")
                     .arg(QFileInfo(audioPath).fileName()),
                 regionId),
      m_audioPath(std::move(audioPath)), m_timing(timing)
{
}

bool TranscriptionTask::run()
{
    QString error;
    if (!analysis::transcribeAudioFile(m_audioPath, &m_line, &error, stopRequested())) {
        if (!isCancelled())
            setError(error);
        return false;
    }
    return true;
}

ReferenceTrackTask::ReferenceTrackTask(QString path)
    : jobs::Task(
          QCoreApplication::translate("sw::scoring", "Read %1").arg(QFileInfo(path).fileName())),
      m_path(std::move(path))
{
}

bool ReferenceTrackTask::run()
{
    QString error;
    if (!analysis::analyseReferenceTrack(m_path, &m_track, &error, stopRequested())) {
        if (!isCancelled())
            setError(error);
        return false;
    }
    return true;
}

} // namespace sw::scoring
