#include "engine/repeatedlines.h"

#include <algorithm>
#include <limits>

namespace sw::engine {

namespace {

QString normalised(const QString& syllable)
{
    QString out;
    for (const QChar c : syllable) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

QVector<int> repeatedLines(const QVector<QStringList>& lineSyllables)
{
    QVector<QStringList> lines;
    for (const QStringList& line : lineSyllables) {
        QStringList n;
        for (const QString& s : line)
            n << normalised(s);
        lines << n;
    }
    QVector<int> repeats(lines.size(), -1);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].size() < 2)
            continue; // "oh" again is not a repeated line
        for (int j = 0; j < i && repeats[i] < 0; ++j) {
            if (lines[j].size() != lines[i].size())
                continue;
            int same = 0;
            for (int k = 0; k < lines[i].size(); ++k)
                same += lines[i][k] == lines[j][k];
            if (same * 5 >= lines[i].size() * 4)
                repeats[i] = repeats[j] >= 0 ? repeats[j] : j; // the first time it was sung
        }
    }
    return repeats;
}

void appendLyricLines(const analysis::LyricsAnalysis& lyrics, QVector<QStringList>* texts,
                      QVector<MelodyLine>* lines, int* firstNote)
{
    for (const analysis::LyricLine& line : lyrics.lines) {
        QStringList syllables;
        for (const analysis::LyricSyllable& s : line.syllables)
            syllables << s.text;
        texts->append(syllables);
        lines->append({*firstNote, int(line.syllables.size())});
        *firstNote += line.syllables.size();
    }
}

int singRepeatedLinesAlike(QVector<music::Note>* notes, const QVector<MelodyLine>& lines,
                           const QVector<int>& repeats, qint64 barTicks, bool keepLast)
{
    int sung = 0;
    for (int i = 0; i < lines.size() && i < repeats.size(); ++i) {
        const int j = repeats[i];
        if (j < 0 || j >= i || lines[j].count != lines[i].count || lines[i].count == 0)
            continue;
        const MelodyLine from = lines[j], to = lines[i];
        const music::Note& model = (*notes)[from.first];
        const qint64 span = (*notes)[from.first + from.count - 1].endTick() - model.startTick;
        // Room: after the line before ends, before the line after starts.
        const qint64 earliest = to.first > 0 ? (*notes)[to.first - 1].endTick() : 0;
        const qint64 latest = to.first + to.count < notes->size()
                                  ? (*notes)[to.first + to.count].startTick
                                  : std::numeric_limits<qint64>::max();
        // The same place in the bar as the first time, nearest where the line was drafted.
        const qint64 drafted = (*notes)[to.first].startTick;
        const qint64 inBar = barTicks > 0 ? model.startTick % barTicks : 0;
        qint64 best = -1;
        const qint64 barOfDraft = barTicks > 0 ? drafted - drafted % barTicks : drafted;
        for (qint64 bar : {barOfDraft - barTicks, barOfDraft, barOfDraft + barTicks}) {
            const qint64 start = bar + inBar;
            if (start < earliest || start < 0 || start + span > latest)
                continue;
            if (best < 0 || std::llabs(start - drafted) < std::llabs(best - drafted))
                best = start;
        }
        const bool last = to.first + to.count == notes->size();
        for (int k = 0; k < to.count; ++k) {
            music::Note& n = (*notes)[to.first + k];
            const music::Note& m = (*notes)[from.first + k];
            if (!(keepLast && last && k == to.count - 1))
                n.pitch = m.pitch;
            if (best >= 0) {
                n.startTick = best + (m.startTick - model.startTick);
                n.durationTicks = m.durationTicks;
            }
        }
        ++sung;
    }
    return sung;
}

} // namespace sw::engine
