#pragma once
// The main job, written once for both front ends: the desktop's Plan Music, Score Video,
// Regenerate Selection and Arrange Around Melody, and the command line's `plan` and `score`,
// all run runScoring() on a copy of the project. It reads the timeline into guidance (the
// media analysed, the prompts parsed), plans, and when asked composes, regenerates bars of an
// earlier take or arranges around a melody, then optionally sings the lyric clips over the
// result. The result says where the music sits on the timeline (its first downbeat) and how it
// was made (a take's provenance), so the same request gives the same notes wherever it runs.
//
// runScoring() is a plain function; ScoringTask runs it on a worker with progress and cancel.
// Neither touches the project: the GUI thread (or the command line) applies the result with
// addScoredTake() (takes.h).

#include "engine/composer.h"
#include "engine/vocalline.h"
#include "jobs/task.h"
#include "media/mediainfo.h"
#include "plan/planner.h"
#include "project/timeline.h"

#include <QJsonArray>
#include <QSet>
#include <functional>

namespace sw::scoring {

enum class ScoringKind
{
    Plan,             ///< analyse and plan only
    Compose,          ///< a new piece for the plan
    Regenerate,       ///< bars of some tracks of an earlier take written anew
    ArrangeAroundLead ///< chords, bass and drums around a melody kept note for note
};

struct ScoringRequest
{
    ScoringKind kind = ScoringKind::Compose;
    project::ProjectContent content;
    engine::ComposeOptions compose;
    QString modelsDir;       ///< the shipped models, checked against their cards
    QString analysisFolder;  ///< where media analyses are kept (beside the project); empty: none
    QString composerWeights; ///< other weights instead, unchecked (for new weights)

    /// Regenerate: the earlier take (in its own time), the roles and the bars (0-based).
    music::Score from;
    QSet<music::TrackRole> roles;
    int firstBar = -1;
    int lastBar = -1;
    /// ArrangeAroundLead: the melody, bar 1 of it on the music's bar 1.
    music::Track lead;
    /// The take regenerated or arranged around, for the provenance ("Take A").
    QString basedOn;
    /// The region the new take belongs to; null: the region that starts where the plan does.
    QUuid regionId;

    /// Sing the timeline's lyric clips over the composed music with the lyricist.
    bool sing = false;
    engine::VoiceType voice = engine::VoiceType::Alto;
};

struct ScoringResult
{
    plan::PlanGuidance guidance;
    plan::MusicPlan plan;
    QStringList notes;        ///< clips skipped, lyrics moved: what a person should know
    music::Score score;       ///< in its own time: tick 0 on the first downbeat
    qint64 musicStartUs = 0;  ///< timeline time of the first downbeat
    qint64 musicLengthUs = 0; ///< from the first downbeat to the music's planned end
    project::Provenance provenance;
    engine::ComposeStats stats;

    bool composed() const { return !score.tracks.isEmpty(); }
};

/// Stage and fraction 0..1 of the whole job.
using ScoringProgress = std::function<void(double, const QString&)>;

/// Returns false with `error` set on failure, or false with an empty error when stopped.
bool runScoring(const ScoringRequest& request, ScoringResult* result, QString* error,
                const media::StopRequested& stop = {}, const ScoringProgress& progress = {});

/// The texts of `content`'s prompt clips in timeline order, as a take's provenance keeps them.
QJsonArray promptTexts(const project::ProjectContent& content);

/// The lyric clips of `content` in the music's own time (microseconds from its first downbeat).
QVector<engine::LyricPlacement> lyricPlacements(const project::ProjectContent& content,
                                                qint64 musicStartUs);
/// Where lyric clip `clipId` stands in lyricPlacements(), or -1 when it is not there (another
/// kind of clip, or no words to sing).
int lyricPlacementIndex(const project::ProjectContent& content, const QUuid& clipId);

class ScoringTask : public jobs::Task
{
    Q_OBJECT
public:
    explicit ScoringTask(ScoringRequest request);

    const ScoringRequest& request() const { return m_request; }
    /// Valid once the task succeeded (read on the GUI thread after finished()).
    const ScoringResult& result() const { return m_result; }

protected:
    bool run() override;

private:
    ScoringRequest m_request;
    ScoringResult m_result;
};

/// The task's title for a request: "Score the video", "Regenerate bars 2-3"...
QString scoringTitle(const ScoringRequest& request);

} // namespace sw::scoring
