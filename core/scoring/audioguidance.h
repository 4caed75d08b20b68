#pragma once
// Audio as guidance, for both front ends: a hummed, sung, whistled or played recording becomes
// a take whose melody is the person's (the active take's band kept, its melody replaced, so
// that Arrange Around Melody writes the band anew around it); a reference track's findings
// are read on a worker for the person to accept as pins (referencepins.h).

#include "analysis/referencetrack.h"
#include "analysis/sungnotes.h"
#include "jobs/task.h"
#include "project/timeline.h"

#include <optional>

namespace sw::scoring {

/// Where a recording's bar 1 is: recorded against the take after a count-in (its tempo map,
/// bar 1 at `barOneSeconds` of the recording), or brought from elsewhere (its own tempo found
/// from its onsets, bar 1 on its first note).
struct RecordingTiming
{
    std::optional<double> barOneSeconds;
};

/// `from` with the recording's melody in place of its melody track (the first one; one is
/// added when it has none), named "Take C (hummed)", its provenance naming the recording.
project::Take takeWithSungMelody(const project::Take& from, const analysis::SungLine& line,
                                 const RecordingTiming& timing, const QString& audioPath,
                                 const QString& name);

/// Transcribes a recording on a worker; the region it will go to is the task's owner.
class TranscriptionTask : public jobs::Task
{
    Q_OBJECT
public:
    TranscriptionTask(QString audioPath, RecordingTiming timing, QUuid regionId);
    const QString& audioPath() const { return m_audioPath; }
    const RecordingTiming& timing() const { return m_timing; }
    /// Valid once the task succeeded.
    const analysis::SungLine& line() const { return m_line; }

protected:
    bool run() override;

private:
    QString m_audioPath;
    RecordingTiming m_timing;
    analysis::SungLine m_line;
};

/// Reads a reference track on a worker.
class ReferenceTrackTask : public jobs::Task
{
    Q_OBJECT
public:
    explicit ReferenceTrackTask(QString path);
    /// Valid once the task succeeded.
    const analysis::ReferenceTrack& track() const { return m_track; }

protected:
    bool run() override;

private:
    QString m_path;
    analysis::ReferenceTrack m_track;
};

} // namespace sw::scoring
