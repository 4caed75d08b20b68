#pragma once
// The song's vocal: the lyric clips of the timeline sung over a take by the lyricist. Each clip's
// lines start on the bar line nearest the clip's place under the picture (never before the
// previous clip's melody has ended, so no syllable is lost), in the take's key and over its
// chords. While the voice sings, the instrumental lead rests, as an arranger would write it.

#include "engine/lyricist.h"
#include "jobs/task.h"

#include <QStringList>

namespace sw::engine {

/// A lyric clip, placed in the take's own time (microseconds from the music's start).
struct LyricPlacement
{
    qint64 startUs = 0;
    QString text;
};

struct VocalOptions
{
    VoiceType voice = VoiceType::Alto;
    quint64 seed = 1;
};

/// Adds (or replaces) the Vocal track of `score`. `notes` receives what a person should know
/// (a clip moved later to follow the one before, lead notes silenced under the voice).
bool addVocalLine(Lyricist& lyricist, const QVector<LyricPlacement>& lyrics,
                  const VocalOptions& options, music::Score* score, QStringList* notes,
                  QString* error);

/// addVocalLine on a worker, with the lyricist loaded from `modelsDir`.
class VocalTask : public jobs::Task
{
    Q_OBJECT
public:
    VocalTask(music::Score take, QVector<LyricPlacement> lyrics, VocalOptions options,
              QString modelsDir, QUuid owner = {});
    /// Valid once the task succeeded (read after finished()).
    const music::Score& score() const { return m_score; }
    const QStringList& notes() const { return m_notes; }
    const VocalOptions& options() const { return m_options; }

protected:
    bool run() override;

private:
    QVector<LyricPlacement> m_lyrics;
    VocalOptions m_options;
    QString m_modelsDir;
    music::Score m_score;
    QStringList m_notes;
};

} // namespace sw::engine
