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
    /// The clip's length: its lines are paced to fill it (0: the lyricist's usual pace).
    qint64 durationUs = 0;
};

struct VocalOptions
{
    VoiceType voice = VoiceType::Alto;
    quint64 seed = 1;
};

/// Where a note of the vocal track came from: a lyric clip (index into `lyrics`) and one of its
/// lines, with the notes the clip and the line were sung on.
struct SungLine
{
    int clip = -1;
    int line = -1;
    int clipFirstNote = 0; ///< indexes into the vocal track's notes (sorted by time)
    int clipNotes = 0;
    int lineFirstNote = 0;
    int lineNotes = 0;
};

/// The index of the score's vocal track, -1 when it has none.
int vocalTrackIndex(const music::Score& score);

/// Finds the line that note `noteIndex` of `vocal` sings, matching the notes in time order to
/// the syllables of the clips in time order. Fails, saying so, when the lyrics were edited after
/// the melody was written (the counts no longer agree).
bool findSungLine(const QVector<LyricPlacement>& lyrics, const music::Track& vocal, int noteIndex,
                  SungLine* line, QString* error);

/// Something a songwriter should look at in a lyric clip, in one sentence: a line too crowded for
/// the clip's time, or a stressed syllable sung on a weaker beat than an unstressed one beside
/// it ("be-GIN" sung as "BE-gin"). `line` is the clip's line (0-based), -1 for the whole clip.
struct ProsodyNote
{
    int line = -1;
    QString text;
};

/// More syllables a second than this is more than a singer says clearly.
constexpr double kMaxSyllablesPerSecond = 5.0;

/// The prosody notes of lyric clip `clip` (an index into `lyrics`): its pace against its length,
/// and, when `sung` (a take) has a vocal line for these lyrics, the stress of each syllable
/// against the beat it is sung on. In line order.
/// `stressJudged`, when given, says whether the stress was judged (a take sings these words).
QVector<ProsodyNote> prosodyNotes(const QVector<LyricPlacement>& lyrics, int clip,
                                  const music::Score* sung, bool* stressJudged = nullptr);

/// The vocal track's note that starts line `line` of lyric clip `clip`, or -1 (no such line, or
/// the lyrics were edited after the melody was written).
int firstNoteOfLine(const QVector<LyricPlacement>& lyrics, const music::Track& vocal, int clip,
                    int line);

/// Adds (or replaces) the Vocal track of `score`. `notes` receives what a person should know
/// (a clip moved later to follow the one before, lead notes silenced under the voice).
bool addVocalLine(Lyricist& lyricist, const QVector<LyricPlacement>& lyrics,
                  const VocalOptions& options, music::Score* score, QStringList* notes,
                  QString* error);

/// Writes again the line that note `noteIndex` of the score's vocal track sings, at the line's
/// place, keeping every other note of the score; the new line ends before the next one begins.
bool rewriteVocalLine(Lyricist& lyricist, const QVector<LyricPlacement>& lyrics, int noteIndex,
                      const VocalOptions& options, music::Score* score, SungLine* rewritten,
                      QString* error);

/// addVocalLine (or, given a note of the vocal track, rewriteVocalLine) on a worker, with the
/// lyricist loaded from `modelsDir`.
class VocalTask : public jobs::Task
{
    Q_OBJECT
public:
    VocalTask(music::Score take, QVector<LyricPlacement> lyrics, VocalOptions options,
              QString modelsDir, QUuid owner = {}, int rewriteNote = -1);
    /// The line written again (when a note was given).
    const SungLine& rewrittenLine() const { return m_rewritten; }
    bool rewritesALine() const { return m_rewriteNote >= 0; }
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
    int m_rewriteNote = -1;
    SungLine m_rewritten;
};

} // namespace sw::engine
