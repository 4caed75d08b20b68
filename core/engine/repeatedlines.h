#pragma once
// Lines that come back (a chorus, a refrain, "a hard headed woman" twice) are sung to the melody
// they had the first time, as songs sing them: found by their words, then the earlier line's
// pitches and rhythm copied onto the later one at the same place in the bar. The song's last
// note keeps its own pitch (the ending lands on the tonic, a repeat's usual variation).

#include "analysis/lyricsanalysis.h"
#include "music/note.h"

#include <QStringList>
#include <QVector>

namespace sw::engine {

/// For each line (its syllables' texts), the earlier line it repeats, or -1: the same number of
/// syllables and at least 80% of them alike, case, hyphens and punctuation aside.
QVector<int> repeatedLines(const QVector<QStringList>& lineSyllables);

/// A line of a melody: its notes' indexes in a track, [first, first + count).
struct MelodyLine
{
    int first = 0;
    int count = 0;
};

/// Appends the lines of `lyrics` to `texts` (their syllables) and `lines` (one note a syllable,
/// numbered on from `*firstNote`, which moves past them).
void appendLyricLines(const analysis::LyricsAnalysis& lyrics, QVector<QStringList>* texts,
                      QVector<MelodyLine>* lines, int* firstNote);

/// Sings each repeated line of `notes` (sorted by time; `lines` in order) to the melody of the
/// line it repeats: its pitches always, its rhythm too, moved to the same place in the bar
/// nearest where the line starts, when that fits between the line before and the line after.
/// Lyrics and velocities stay. `barTicks` is the bar's length; `keepLast` keeps the pitch of the
/// last note of all. Returns how many lines were sung again.
int singRepeatedLinesAlike(QVector<music::Note>* notes, const QVector<MelodyLine>& lines,
                           const QVector<int>& repeats, qint64 barTicks, bool keepLast = true);

} // namespace sw::engine
