#include "engine/vocalline.h"

#include "analysis/lyricsanalysis.h"
#include "engine/repeatedlines.h"

#include <algorithm>

#include <QCoreApplication>

namespace sw::engine {

namespace {

// The bar line nearest `tick`, at or after `notBefore`.
qint64 nearestBarLine(const music::TempoMap& tempo, qint64 tick, qint64 notBefore)
{
    const int bar = tempo.positionOf(tick).bar;
    qint64 best = tempo.barStartTick(bar);
    const qint64 next = tempo.barStartTick(bar + 1);
    if (next - tick < tick - best)
        best = next;
    int b = tempo.positionOf(best).bar;
    while (best < notBefore)
        best = tempo.barStartTick(++b);
    return best;
}

music::KeySignature keyAt(const music::Score& score, qint64 tick)
{
    music::KeySignature key; // C major when the score has none
    for (const music::KeySignature& k : score.keys) {
        if (k.tick <= tick)
            key = k;
    }
    return key;
}

// The clips that have something to sing, in time order, each with its syllables.
struct SungClip
{
    LyricPlacement placement;
    analysis::LyricsAnalysis lyrics;
    int index = 0; ///< into the caller's list
};

QVector<SungClip> sungClips(const QVector<LyricPlacement>& lyrics)
{
    QVector<SungClip> clips;
    for (int i = 0; i < lyrics.size(); ++i) {
        SungClip c{lyrics[i], analysis::analyzeLyrics(lyrics[i].text), i};
        if (c.lyrics.syllableCount() > 0)
            clips.append(c);
    }
    std::stable_sort(clips.begin(), clips.end(), [](const SungClip& a, const SungClip& b) {
        return a.placement.startUs < b.placement.startUs;
    });
    return clips;
}

// Everything about the score at `startTick` the lyricist is told.
LyricistOptions lyricistOptionsAt(const music::Score& score, qint64 startTick,
                                  const VocalOptions& options)
{
    LyricistOptions o;
    o.startTick = startTick;
    o.key = keyAt(score, startTick);
    const music::MeterChange meter = score.tempoMap.meterAt(startTick);
    o.beatsPerBar = int(music::TempoMap::barLengthTicks(meter.numerator, meter.denominator) /
                        music::kTicksPerQuarter);
    voiceRange(options.voice, &o.low, &o.high);
    o.chords = score.chords;
    return o;
}

// findSungLine over clips already analysed.
bool findSungLineIn(const QVector<SungClip>& clips, const music::Track& vocal, int noteIndex,
                    SungLine* line, QString* error)
{
    int total = 0;
    for (const SungClip& c : clips)
        total += c.lyrics.syllableCount();
    if (total != vocal.notes.size()) {
        *error = QCoreApplication::translate(
                     "sw::engine", "the vocal line has %1 notes but the lyrics now have %2 "
                                   "syllables; write the melody to the lyrics again")
                     .arg(vocal.notes.size())
                     .arg(total);
        return false;
    }
    if (noteIndex < 0 || noteIndex >= vocal.notes.size()) {
        *error = QCoreApplication::translate("sw::engine", "choose a sung note of the vocal line");
        return false;
    }
    int first = 0;
    for (const SungClip& c : clips) {
        const int count = c.lyrics.syllableCount();
        if (noteIndex < first + count) {
            int lineFirst = first;
            for (int l = 0; l < c.lyrics.lines.size(); ++l) {
                const int n = c.lyrics.lines[l].syllables.size();
                if (noteIndex < lineFirst + n) {
                    *line = SungLine{c.index, l, first, count, lineFirst, n};
                    return true;
                }
                lineFirst += n;
            }
        }
        first += count;
    }
    return false; // not reached: the counts agree
}

} // namespace

int vocalTrackIndex(const music::Score& score)
{
    for (int t = 0; t < score.tracks.size(); ++t) {
        if (score.tracks[t].role == music::TrackRole::Vocal)
            return t;
    }
    return -1;
}

bool findSungLine(const QVector<LyricPlacement>& lyrics, const music::Track& vocal, int noteIndex,
                  SungLine* line, QString* error)
{
    return findSungLineIn(sungClips(lyrics), vocal, noteIndex, line, error);
}

namespace {

// How strong the metric position of `tick` is: 3 on a downbeat, 2 on the bar's middle beat
// (beat 3 of 4/4), 1 on another beat, 0 between beats.
int metricStrength(const music::TempoMap& map, qint64 tick)
{
    const music::BarPosition at = map.positionOf(tick);
    if (at.tickInBeat != 0)
        return 0;
    if (at.beat == 0)
        return 3;
    const int beats = map.meterAt(tick).numerator;
    return beats % 2 == 0 && beats >= 4 && at.beat == beats / 2 ? 2 : 1;
}

QString strengthName(const music::TempoMap& map, qint64 tick)
{
    const music::BarPosition at = map.positionOf(tick);
    if (at.tickInBeat != 0)
        return QCoreApplication::translate("sw::engine", "between beats (bar %1)").arg(at.bar + 1);
    return QCoreApplication::translate("sw::engine", "on beat %1 of bar %2")
        .arg(at.beat + 1)
        .arg(at.bar + 1);
}

} // namespace

QVector<ProsodyNote> prosodyNotes(const QVector<LyricPlacement>& lyrics, int clip,
                                  const music::Score* sung, bool* stressJudged)
{
    QVector<ProsodyNote> notes;
    if (stressJudged)
        *stressJudged = false;
    if (clip < 0 || clip >= lyrics.size())
        return notes;
    const analysis::LyricsAnalysis analysis = analysis::analyzeLyrics(lyrics[clip].text);
    const int syllables = analysis.syllableCount();
    const double seconds = double(lyrics[clip].durationUs) / 1e6;
    if (seconds > 0 && syllables / seconds > kMaxSyllablesPerSecond)
        notes.append({-1, QCoreApplication::translate(
                              "sw::engine", "%1 syllables in %2 s, %3 a second: more than a "
                                            "singer says clearly (about %4); lengthen the clip "
                                            "or cut words")
                              .arg(syllables)
                              .arg(seconds, 0, 'f', 1)
                              .arg(syllables / seconds, 0, 'f', 1)
                              .arg(kMaxSyllablesPerSecond, 0, 'f', 0)});
    const int vocalIndex = sung ? vocalTrackIndex(*sung) : -1;
    if (vocalIndex < 0)
        return notes;
    const music::Track& vocal = sung->tracks[vocalIndex];
    const QVector<SungClip> clips = sungClips(lyrics);
    int first = 0;
    for (const SungClip& c : clips) {
        if (c.index == clip)
            break;
        first += c.lyrics.syllableCount();
    }
    SungLine probe;
    QString error;
    if (syllables == 0 || !findSungLineIn(clips, vocal, first, &probe, &error) ||
        probe.clip != clip)
        return notes; // not sung, or sung to other words: the stress cannot be judged
    if (stressJudged)
        *stressJudged = true;
    const music::TempoMap& map = sung->tempoMap;
    int noteIndex = first;
    for (int l = 0; l < analysis.lines.size(); ++l) {
        const QVector<analysis::LyricSyllable>& line = analysis.lines[l].syllables;
        int said = 0;
        for (int s = 0; s < line.size(); ++s) {
            const qint64 tick = vocal.notes[noteIndex + s].startTick;
            const int strength = metricStrength(map, tick);
            if (line[s].stress != analysis::Stress::Primary || strength >= 2 || said >= 2)
                continue;
            // An unstressed neighbour in the same word or beside it takes a stronger beat.
            for (int n : {s - 1, s + 1}) {
                if (n < 0 || n >= line.size() || line[n].stress != analysis::Stress::None)
                    continue;
                const qint64 other = vocal.notes[noteIndex + n].startTick;
                if (metricStrength(map, other) <= strength)
                    continue;
                notes.append({l, QCoreApplication::translate(
                                     "sw::engine", "line %1: \"%2\" is stressed but sung %3, "
                                                   "where \"%4\" beside it has the stronger "
                                                   "beat")
                                     .arg(l + 1)
                                     .arg(line[s].text, strengthName(map, tick), line[n].text)});
                ++said;
                break;
            }
        }
        noteIndex += line.size();
    }
    return notes;
}

int firstNoteOfLine(const QVector<LyricPlacement>& lyrics, const music::Track& vocal, int clip,
                    int line)
{
    const QVector<SungClip> clips = sungClips(lyrics);
    int first = 0;
    for (const SungClip& c : clips) {
        const int count = c.lyrics.syllableCount();
        if (c.index == clip) {
            if (line < 0 || line >= c.lyrics.lines.size() || first + count > vocal.notes.size())
                return -1;
            int total = 0;
            for (const SungClip& all : clips)
                total += all.lyrics.syllableCount();
            if (total != vocal.notes.size())
                return -1;
            for (int l = 0; l < line; ++l)
                first += c.lyrics.lines[l].syllables.size();
            return c.lyrics.lines[line].syllables.isEmpty() ? -1 : first;
        }
        first += count;
    }
    return -1;
}

bool rewriteVocalLine(Lyricist& lyricist, const QVector<LyricPlacement>& lyrics, int noteIndex,
                      const VocalOptions& options, music::Score* score, SungLine* rewritten,
                      QString* error)
{
    const int vocalIndex = vocalTrackIndex(*score);
    if (vocalIndex < 0) {
        *error = QCoreApplication::translate("sw::engine", "the take has no vocal line yet");
        return false;
    }
    music::Track& vocal = score->tracks[vocalIndex];
    if (noteIndex < 0 || noteIndex >= vocal.notes.size()) {
        *error = QCoreApplication::translate("sw::engine", "choose a sung note of the vocal line");
        return false;
    }
    // The note is named by its place in the track as stored; lines are found in time order.
    const music::Note chosen = vocal.notes[noteIndex];
    vocal.sortNotes();
    const int sortedIndex =
        int(std::find(vocal.notes.begin(), vocal.notes.end(), chosen) - vocal.notes.begin());
    const QVector<SungClip> clips = sungClips(lyrics);
    SungLine where;
    if (!findSungLineIn(clips, vocal, sortedIndex, &where, error))
        return false;
    // The clip's melody as the lyricist wrote it, from the bar line its first note is in.
    music::Track clipMelody = vocal;
    clipMelody.notes = vocal.notes.mid(where.clipFirstNote, where.clipNotes);
    const qint64 firstTick = clipMelody.notes.first().startTick;
    const qint64 startTick =
        score->tempoMap.barStartTick(score->tempoMap.positionOf(firstTick).bar);
    LyricistOptions o = lyricistOptionsAt(*score, startTick, options);
    o.seed = options.seed;
    o.endTick = clipMelody.endTick(); // the voice stays in the span the lead rests for
    o.beatsPerSyllable = paceOf(clipMelody, startTick); // the pace the clip is sung at
    const analysis::LyricsAnalysis& analysed =
        std::find_if(clips.begin(), clips.end(), [&](const SungClip& c) {
            return c.index == where.clip;
        })->lyrics;
    music::Track written;
    if (!lyricist.rewriteLine(analysed, clipMelody, where.line, o, &written, error))
        return false;
    written.sortNotes();
    for (int i = 0; i < where.clipNotes; ++i)
        vocal.notes[where.clipFirstNote + i] = written.notes[i];
    vocal.sortNotes();
    *rewritten = where;
    return true;
}

bool addVocalLine(Lyricist& lyricist, const QVector<LyricPlacement>& lyrics,
                  const VocalOptions& options, music::Score* score, QStringList* notes,
                  QString* error)
{
    const QVector<SungClip> clips = sungClips(lyrics);
    music::Track vocal;
    vocal.name = QStringLiteral("Voice");
    vocal.role = music::TrackRole::Vocal;
    vocal.program = 54; // Synth Voice: General MIDI has no singer, this is the nearest
    qint64 nextFree = 0;
    QVector<QPair<qint64, qint64>> sung; // the spans the voice sings, in ticks
    int written = 0;
    for (int i = 0; i < clips.size(); ++i) {
        const analysis::LyricsAnalysis& analysed = clips[i].lyrics;
        const LyricPlacement& placement = clips[i].placement;
        const qint64 wanted = score->tempoMap.microsToTick(std::max<qint64>(0, placement.startUs));
        const qint64 startTick = nearestBarLine(score->tempoMap, wanted, nextFree);
        if (startTick != nearestBarLine(score->tempoMap, wanted, 0))
            notes->append(QStringLiteral("\"%1\" starts at bar %2, after the lyric before it")
                              .arg(analysed.lines.first().text)
                              .arg(score->tempoMap.positionOf(startTick).bar + 1));
        LyricistOptions o = lyricistOptionsAt(*score, startTick, options);
        o.seed = options.seed + quint64(i);
        if (placement.durationUs > 0) {
            // Paced to fill the clip: its beats (from where the singing starts) per syllable.
            const qint64 endTick = score->tempoMap.microsToTick(
                std::max<qint64>(0, placement.startUs) + placement.durationUs);
            // Never quicker than an eighth a syllable: a clip too short is sung over its end.
            o.beatsPerSyllable =
                std::max(0.5, double(endTick - startTick) / music::kTicksPerQuarter /
                                  analysed.syllableCount());
        }
        music::Track line;
        if (!lyricist.writeMelody(analysed, o, &line, error))
            return false;
        if (line.notes.isEmpty())
            continue;
        vocal.notes += line.notes;
        nextFree = line.endTick();
        sung.append({o.startTick, nextFree});
        ++written;
    }
    if (written == 0) {
        *error =
            QCoreApplication::translate("sw::engine", "the lyric clips have no syllables to sing");
        return false;
    }
    // A chorus clip that comes back is sung to the melody it had (each clip's own repeats are
    // the lyricist's).
    QVector<QStringList> texts;
    QVector<MelodyLine> spans;
    int first = 0;
    for (const SungClip& c : clips)
        appendLyricLines(c.lyrics, &texts, &spans, &first);
    vocal.sortNotes();
    if (first == vocal.notes.size()) {
        const music::MeterChange meter = score->tempoMap.meterAt(0);
        const int again = singRepeatedLinesAlike(
            &vocal.notes, spans, repeatedLines(texts),
            music::TempoMap::barLengthTicks(meter.numerator, meter.denominator));
        if (again > 0)
            notes->append(QStringLiteral("%1 repeated lines sung as the first time").arg(again));
    }
    // The lead rests while the voice sings.
    int silenced = 0;
    for (music::Track& t : score->tracks) {
        if (t.role != music::TrackRole::Melody)
            continue;
        const int before = t.notes.size();
        t.notes.erase(std::remove_if(t.notes.begin(), t.notes.end(),
                                     [&](const music::Note& n) {
                                         return std::any_of(sung.begin(), sung.end(),
                                                            [&](const QPair<qint64, qint64>& s) {
                                                                return n.endTick() > s.first &&
                                                                       n.startTick < s.second;
                                                            });
                                     }),
                      t.notes.end());
        silenced += before - t.notes.size();
    }
    if (silenced > 0)
        notes->append(QStringLiteral("the lead rests under the voice (%1 notes)").arg(silenced));
    score->tracks.erase(
        std::remove_if(score->tracks.begin(), score->tracks.end(),
                       [](const music::Track& t) { return t.role == music::TrackRole::Vocal; }),
        score->tracks.end());
    vocal.controls = {{0, music::controller::kPan, 64}, {0, music::controller::kReverbSend, 60}};
    vocal.sortNotes();
    score->tracks.prepend(vocal);
    return true;
}

VocalTask::VocalTask(music::Score take, QVector<LyricPlacement> lyrics, VocalOptions options,
                     QString modelsDir, QUuid owner, int rewriteNote)
    : jobs::Task(rewriteNote >= 0 ? QStringLiteral("Rewrite a sung line")
                                  : QStringLiteral("Write melody to lyrics"),
                 owner),
      m_lyrics(std::move(lyrics)), m_options(options), m_modelsDir(std::move(modelsDir)),
      m_score(std::move(take)), m_rewriteNote(rewriteNote)
{
}

bool VocalTask::run()
{
    setProgress(0.0, QStringLiteral("Loading the lyricist"));
    QString error;
    std::unique_ptr<Lyricist> lyricist = Lyricist::loadFromModels(m_modelsDir, &error);
    if (!lyricist) {
        setError(error);
        return false;
    }
    if (isCancelled())
        return false;
    setProgress(0.3, QStringLiteral("Writing the melody"));
    const bool ok = m_rewriteNote >= 0
                        ? rewriteVocalLine(*lyricist, m_lyrics, m_rewriteNote, m_options, &m_score,
                                           &m_rewritten, &error)
                        : addVocalLine(*lyricist, m_lyrics, m_options, &m_score, &m_notes, &error);
    if (!ok) {
        setError(error);
        return false;
    }
    setProgress(1.0, QStringLiteral("Wrote the vocal"));
    return true;
}

} // namespace sw::engine
