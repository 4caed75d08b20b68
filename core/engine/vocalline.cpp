#include "engine/vocalline.h"

#include "analysis/lyricsanalysis.h"

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

} // namespace

bool addVocalLine(Lyricist& lyricist, const QVector<LyricPlacement>& lyrics,
                  const VocalOptions& options, music::Score* score, QStringList* notes,
                  QString* error)
{
    QVector<LyricPlacement> ordered = lyrics;
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const LyricPlacement& a, const LyricPlacement& b) { return a.startUs < b.startUs; });
    music::Track vocal;
    vocal.name = QStringLiteral("Voice");
    vocal.role = music::TrackRole::Vocal;
    vocal.program = 54; // Synth Voice: General MIDI has no singer, this is the nearest
    qint64 nextFree = 0;
    QVector<QPair<qint64, qint64>> sung; // the spans the voice sings, in ticks
    int written = 0;
    for (int i = 0; i < ordered.size(); ++i) {
        const analysis::LyricsAnalysis analysed = analysis::analyzeLyrics(ordered[i].text);
        if (analysed.syllableCount() == 0)
            continue;
        const qint64 wanted = score->tempoMap.microsToTick(std::max<qint64>(0, ordered[i].startUs));
        LyricistOptions o;
        o.startTick = nearestBarLine(score->tempoMap, wanted, nextFree);
        if (o.startTick != nearestBarLine(score->tempoMap, wanted, 0))
            notes->append(QStringLiteral("\"%1\" starts at bar %2, after the lyric before it")
                              .arg(analysed.lines.first().text)
                              .arg(score->tempoMap.positionOf(o.startTick).bar + 1));
        o.key = keyAt(*score, o.startTick);
        const music::MeterChange meter = score->tempoMap.meterAt(o.startTick);
        o.beatsPerBar = int(music::TempoMap::barLengthTicks(meter.numerator, meter.denominator) /
                            music::kTicksPerQuarter);
        voiceRange(options.voice, &o.low, &o.high);
        o.seed = options.seed + quint64(i);
        o.chords = score->chords;
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
                     QString modelsDir, QUuid owner)
    : jobs::Task(QStringLiteral("Write melody to lyrics"), owner), m_lyrics(std::move(lyrics)),
      m_options(options), m_modelsDir(std::move(modelsDir)), m_score(std::move(take))
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
    if (!addVocalLine(*lyricist, m_lyrics, m_options, &m_score, &m_notes, &error)) {
        setError(error);
        return false;
    }
    setProgress(1.0, QStringLiteral("Wrote the vocal"));
    return true;
}

} // namespace sw::engine
