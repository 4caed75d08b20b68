// `scorewright-cli eval music`: objective metrics of MIDI files, or, with --data, the composer
// against real held-out POP909 songs and a Markov-chain baseline under the same controls.
#include "cli/benchsupport.h"
#include "cli/clicommand.h"
#include "cli/evalprompts.h"
#include "engine/composer.h"
#include "engine/decoder.h"
#include "engine/evaluation.h"
#include "engine/formevaluation.h"
#include "engine/lyricist.h"
#include "engine/lyricsevaluation.h"
#include "engine/pop909.h"
#include "engine/telemelodymetrics.h"
#include "engine/trainer.h"
#include "music/midifile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace sw::cli {

namespace {

void printMetrics(QTextStream& out, const QString& name, const engine::MusicMetrics& m)
{
    out << name << ": " << m.bars << " bars, " << m.notes << " notes\n";
    const QStringList names = engine::MusicMetrics::names();
    const QVector<double> values = m.values();
    for (int i = 0; i < names.size(); ++i)
        out << "  " << names[i].leftJustified(22) << QString::number(values[i], 'f', 3) << "\n";
}

engine::MusicMetrics meanOf(const QVector<engine::MusicMetrics>& all)
{
    engine::MusicMetrics mean;
    QVector<double> sums(engine::MusicMetrics::names().size(), 0.0);
    for (const engine::MusicMetrics& m : all) {
        const QVector<double> v = m.values();
        for (int i = 0; i < v.size(); ++i)
            sums[i] += v[i] / all.size();
        mean.bars += m.bars;
        mean.notes += m.notes;
    }
    mean.pitchClassEntropy = sums[0];
    mean.scaleConsistency = sums[1];
    mean.emptyBeatRate = sums[2];
    mean.ioiMean = sums[3];
    mean.ioiStd = sums[4];
    mean.grooveSimilarity = sums[5];
    mean.polyphony = sums[6];
    mean.noteDensity = sums[7];
    return mean;
}

// A song's phrases from the musicians' labels in pop909_structure/NNN/human_label1.txt
// ("i4A4B8..."), from its first bar; none when the labels are missing or do not add up to the
// song's bars (give or take two: a pickup or a last bar counted otherwise).
QVector<plan::PlanPhrase> labelledPhrases(const QString& dataDir, const QString& songId,
                                          int songBars)
{
    QFile file(QFileInfo(dataDir).absolutePath() + QStringLiteral("/pop909_structure/") + songId +
               QStringLiteral("/human_label1.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString labels = QString::fromLatin1(file.readAll()).trimmed();
    QVector<plan::PlanPhrase> phrases;
    QHash<QChar, int> occurrences;
    static const QRegularExpression phrase(QStringLiteral("([A-Za-z])(\\d+)"));
    int bar = 0;
    for (auto it = phrase.globalMatch(labels); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        plan::PlanPhrase p;
        p.letter = m.captured(1).at(0);
        p.firstBar = bar;
        p.lastBar = bar + std::max(1, m.captured(2).toInt()) - 1;
        p.occurrence = occurrences[p.letter]++;
        bar = p.lastBar + 1;
        phrases.append(p);
    }
    if (std::abs(bar - songBars) > 2)
        return {};
    return phrases;
}

struct FormTally
{
    QVector<double> recurrence, barsRepeated, withoutMelody, chordRecurrence;
    int pieces = 0, onTonic = 0, held = 0, whole = 0, endsWell = 0;
    void add(const engine::FormMetrics& m)
    {
        recurrence.append(m.phraseRecurrence);
        barsRepeated.append(m.melodyBarsRepeated);
        withoutMelody.append(m.barsWithoutMelody);
        chordRecurrence.append(m.chordWindowRecurrence);
        ++pieces;
        onTonic += m.endsOnTonic;
        held += m.lastNoteQuarters >= 2;
        whole += m.wholeLastBar;
        endsWell += m.endsWell();
    }
};

void printFormTable(QTextStream& out, const FormTally& real, const FormTally& composer,
                    const FormTally& baseline, const FormTally& unformed)
{
    out << "Form and ending of the labelled songs (medians over pieces; endings: share of "
           "pieces):\n";
    out << "  " << QStringLiteral("metric").leftJustified(28)
        << QStringLiteral("real").rightJustified(8) << QStringLiteral("composer").rightJustified(10)
        << QStringLiteral("baseline").rightJustified(10)
        << QStringLiteral("no form").rightJustified(10) << "\n";
    auto row = [&](const char* name, auto get) {
        out << "  " << QString::fromLatin1(name).leftJustified(28)
            << QString::number(get(real), 'f', 3).rightJustified(8)
            << QString::number(get(composer), 'f', 3).rightJustified(10)
            << QString::number(get(baseline), 'f', 3).rightJustified(10)
            << QString::number(get(unformed), 'f', 3).rightJustified(10) << "\n";
    };
    auto share = [](int n, int of) { return of ? double(n) / of : 0.0; };
    row("4-bar phrase recurrence", [](const FormTally& t) { return median(t.recurrence); });
    row("melody bars repeated", [](const FormTally& t) { return median(t.barsRepeated); });
    row("bars without melody", [](const FormTally& t) { return median(t.withoutMelody); });
    row("chord-window recurrence", [](const FormTally& t) { return median(t.chordRecurrence); });
    row("last note on the tonic", [&](const FormTally& t) { return share(t.onTonic, t.pieces); });
    row("last note held >= 2 beats", [&](const FormTally& t) { return share(t.held, t.pieces); });
    row("whole last bar", [&](const FormTally& t) { return share(t.whole, t.pieces); });
    row("all three", [&](const FormTally& t) { return share(t.endsWell, t.pieces); });
}

int compareOnHeldOut(const QString& dataDir, int songLimit, int barLimit,
                     const QString& weightsPath, quint64 seed, QTextStream& out, QTextStream& err)
{
    QString error;
    std::unique_ptr<engine::Composer> composer =
        weightsPath.isEmpty()
            ? engine::Composer::loadFromModels(engine::Composer::defaultModelsDirectory(), &error)
            : engine::Composer::loadWeights(weightsPath, &error);
    if (!composer) {
        err << error << "\n";
        return kExitBadInput;
    }
    QVector<engine::Pop909Song> heldOut;
    QVector<QVector<int>> trainingSequences;
    for (const QString& folder : engine::pop909SongFolders(dataDir)) {
        engine::Pop909Song song;
        if (!engine::loadPop909Song(folder, &song, &error))
            continue;
        if (engine::isHeldOutSong(song.id)) {
            if (songLimit <= 0 || heldOut.size() < songLimit)
                heldOut.append(song);
        } else {
            QVector<int> seq{engine::vocab::Bos};
            seq += engine::encodeBars(song.bars);
            trainingSequences.append(seq);
        }
    }
    if (heldOut.isEmpty()) {
        err << dataDir << ": no held-out POP909 songs found\n";
        return kExitBadInput;
    }
    std::unique_ptr<engine::TokenModel> baseline = engine::trainMarkovBaseline(trainingSequences);
    QVector<engine::MusicMetrics> real, composed, markov;
    // The metrics compare free sampling (no key pinned), as the songs themselves are free; the
    // control accuracy is measured with the key pinned, as a plan pins it.
    engine::ControlAccuracy composedAccuracy, markovAccuracy, freeAccuracy, realAccuracy;
    engine::ComposeStats stats;
    FormTally realForm, composedForm, baselineForm, unformedForm;
    int labelled = 0;
    for (const engine::Pop909Song& song : heldOut) {
        const QVector<engine::TokenBar> bars =
            barLimit > 0 ? song.bars.mid(0, barLimit) : song.bars;
        QVector<engine::BarControls> controls;
        for (const engine::TokenBar& b : bars)
            controls.append(b.controls);
        // The song's own phrase labels, cut to the bars measured.
        QVector<plan::PlanPhrase> phrases;
        for (plan::PlanPhrase p : labelledPhrases(dataDir, song.id, song.bars.size())) {
            if (p.firstBar >= bars.size())
                break;
            p.lastBar = std::min(p.lastBar, int(bars.size()) - 1);
            phrases.append(p);
        }
        labelled += !phrases.isEmpty();
        engine::ComposeOptions free;
        free.seed = seed;
        free.pinKey = false;
        engine::ComposeOptions pinned = free;
        pinned.pinKey = true;
        QVector<engine::TokenBar> written, base, writtenPinned, basePinned;
        if (!composer->writeBars(controls, phrases, free, &written, &error, {}, &stats) ||
            !composer->writeBars(controls, phrases, pinned, &writtenPinned, &error) ||
            !engine::writeBarsWithModel(*baseline, controls, phrases, free, &base, &error) ||
            !engine::writeBarsWithModel(*baseline, controls, phrases, pinned, &basePinned,
                                        &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        QVector<engine::TokenBar> unformed;
        if (!composer->writeBars(controls, {}, free, &unformed, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        // Form is compared on the songs with labels only: without them the composer is given
        // no form, and its zeros would be counted against the real songs' repeats.
        if (!phrases.isEmpty()) {
            realForm.add(engine::measureForm(bars));
            composedForm.add(engine::measureForm(written));
            baselineForm.add(engine::measureForm(base));
            unformedForm.add(engine::measureForm(unformed));
        }
        real.append(engine::measureMusic(bars));
        composed.append(engine::measureMusic(written));
        markov.append(engine::measureMusic(base));
        engine::addControlAccuracy(bars, writtenPinned, &composedAccuracy);
        engine::addControlAccuracy(bars, basePinned, &markovAccuracy);
        engine::addControlAccuracy(bars, written, &freeAccuracy);
        engine::addControlAccuracy(bars, bars, &realAccuracy);
        out << "song " << song.id << ": " << bars.size() << " bars\n";
        out.flush();
    }
    const engine::MusicMetrics r = meanOf(real), c = meanOf(composed), m = meanOf(markov);
    out << "\nMean over " << heldOut.size() << " held-out POP909 songs (" << r.bars
        << " bars), the composer and the baseline under each song's own controls:\n";
    out << "  " << QStringLiteral("metric").leftJustified(22)
        << QStringLiteral("real").rightJustified(9) << QStringLiteral("composer").rightJustified(10)
        << QStringLiteral("baseline").rightJustified(10) << "  composer closer\n";
    const QStringList names = engine::MusicMetrics::names();
    int closer = 0;
    for (int i = 0; i < names.size(); ++i) {
        const double rv = r.values()[i], cv = c.values()[i], mv = m.values()[i];
        const bool better = std::abs(cv - rv) < std::abs(mv - rv);
        closer += better;
        out << "  " << names[i].leftJustified(22) << QString::number(rv, 'f', 3).rightJustified(9)
            << QString::number(cv, 'f', 3).rightJustified(10)
            << QString::number(mv, 'f', 3).rightJustified(10) << "  " << (better ? "yes" : "no")
            << "\n";
    }
    out << "  composer closer on " << closer << " of " << names.size() << " metrics\n";
    auto pct = [](double x) { return QString::number(100 * x, 'f', 1) + QStringLiteral("%"); };
    out << "Control accuracy      composer   baseline   composer, key free   real songs\n";
    auto row = [&](const char* name, auto get) {
        out << "  " << QString::fromLatin1(name).leftJustified(18)
            << pct(get(composedAccuracy)).rightJustified(10)
            << pct(get(markovAccuracy)).rightJustified(11)
            << pct(get(freeAccuracy)).rightJustified(21)
            << pct(get(realAccuracy)).rightJustified(13) << "\n";
    };
    row("key (pinned)", [](const engine::ControlAccuracy& a) { return a.key(); });
    if (!composedAccuracy.missedKeys.isEmpty())
        out << "  keys missed by the composer (pinned): "
            << composedAccuracy.missedKeys.join(QStringLiteral(", ")) << "\n";
    row("density level", [](const engine::ControlAccuracy& a) { return a.density(); });
    row("intensity level", [](const engine::ControlAccuracy& a) { return a.intensity(); });
    out << labelled << " of " << heldOut.size()
        << " songs were written under their musicians' phrase labels (pop909_structure); the "
           "baseline under the same, 'no form' is the composer without them\n";
    printFormTable(out, realForm, composedForm, baselineForm, unformedForm);
    out << "Composer: " << stats.sampledTokens << " tokens sampled, "
        << QString::number(stats.tokensPerSecond(), 'f', 0) << " tokens/s\n";
    return kExitOk;
}

// The shares behind the distribution figures: pitch classes above the tonic, durations and rests
// before notes, over all syllables and over each song's first 48 (where a melody begins, with
// the least of the song behind it to go by).
void printMelodyHistograms(const QVector<engine::SungSong>& real,
                           const QVector<engine::SungSong>& written,
                           const QVector<engine::SungSong>& baseline, QTextStream& out)
{
    auto print = [&](const QString& name, const engine::MelodyHistograms& h) {
        auto shares = [](const QVector<double>& v) {
            QStringList s;
            for (double x : v)
                s << QString::number(x, 'f', 3);
            return s.join(QLatin1Char(' '));
        };
        out << "  " << name.leftJustified(26) << "pitch classes " << shares(h.pitchClass) << "\n"
            << "  " << QString().leftJustified(26) << "durations     " << shares(h.duration) << "\n"
            << "  " << QString().leftJustified(26) << "rests         " << shares(h.rest) << "\n";
    };
    out << "Histograms (pitch classes C..B above the tonic; durations 0.25 0.5 0.75 1 1.5 2 3 4 6 "
           "8 beats; rests 0 0.25 0.5 1 1.5 2 3 4 beats):\n";
    print(QStringLiteral("real"), engine::melodyHistograms(real));
    print(QStringLiteral("lyricist"), engine::melodyHistograms(written));
    print(QStringLiteral("baseline"), engine::melodyHistograms(baseline));
    print(QStringLiteral("real, first 48 syllables"), engine::melodyHistograms(real, 0, 48));
    print(QStringLiteral("lyricist, first 48"), engine::melodyHistograms(written, 0, 48));
}

struct LyricsEvalSettings
{
    int songLimit = 0;   ///< 0: every held-out song
    QString part;        ///< "validation", "test", or empty for both halves
    QString weightsPath; ///< empty: models/
    quint64 seed = 1;
    double temperature = 0; ///< 0: the lyricist's default
    int drafts = engine::LyricistOptions().drafts;
    bool histograms = false;
};

int compareLyricsOnHeldOut(const QString& dataDir, const LyricsEvalSettings& settings,
                           QTextStream& out, QTextStream& err)
{
    const QString& weightsPath = settings.weightsPath;
    const int songLimit = settings.songLimit;
    const quint64 seed = settings.seed;
    QString error;
    std::unique_ptr<engine::Lyricist> lyricist =
        weightsPath.isEmpty()
            ? engine::Lyricist::loadFromModels(engine::Composer::defaultModelsDirectory(), &error)
            : engine::Lyricist::loadWeights(weightsPath, &error);
    if (!lyricist) {
        err << error << "\n";
        return kExitBadInput;
    }
    QVector<engine::SungSong> all;
    const QString file =
        QFileInfo(dataDir).isDir() ? dataDir + QStringLiteral("/lyrics_melody.jsonl") : dataDir;
    if (!engine::loadLyricsMelody(file, 0, engine::espeakStressLookup(), &all, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    QVector<engine::SungSong> training, heldOut;
    for (const engine::SungSong& s : all) {
        if (!engine::isHeldOutLyricsSong(s.id))
            training.append(s);
    }
    // Held out by id is not held out by content: another arrangement of a held-out song can sit
    // in training under another id. Only the held-out songs whose words no training song shares
    // are measured.
    QSet<QString> trainedWords;
    for (const engine::SungSong& s : training)
        trainedWords.insert(engine::lyricsContentKey(s));
    int twins = 0;
    for (const engine::SungSong& s : all) {
        if (!engine::isHeldOutLyricsSong(s.id))
            continue;
        if (trainedWords.contains(engine::lyricsContentKey(s)))
            ++twins;
        else if (songLimit <= 0 || heldOut.size() < songLimit)
            heldOut.append(s);
    }
    // --part validation or test: every other of these songs, to tune on one half and report on
    // the other once.
    if (!settings.part.isEmpty()) {
        QVector<engine::SungSong> half;
        for (int i = settings.part == u"test" ? 1 : 0; i < heldOut.size(); i += 2)
            half.append(heldOut[i]);
        heldOut = half;
    }
    const engine::MarginalMelodyBaseline baseline(training);
    std::mt19937_64 rng(seed);
    // Each held-out song's lyrics, in its own mode and at its own pace, sung twice: with the key
    // free (chromatic notes as the network writes them: the distributions are compared on
    // these) and with the key pinned (every note in the scale: the in-key figure).
    QVector<engine::SungSong> written, pinned, sampled, sung;
    for (const engine::SungSong& song : heldOut) {
        engine::LyricistOptions options;
        options.key = music::KeySignature::fromTonic(0, song.mode);
        options.low = 48;
        options.high = 84;
        // A seed of its own for each song: with one seed for all, every song drew the same
        // random numbers at the same syllables, and their choices moved together (the pooled
        // pitch overlap of one set of weights differed by 0.06 between seeds 1 and 2).
        options.seed = seed * 1000003 + quint64(sung.size() + 1);
        if (settings.temperature > 0)
            options.temperature = settings.temperature;
        options.drafts = settings.drafts;
        options.beatsPerSyllable = song.beatsPerSyllable();
        const analysis::LyricsAnalysis lyrics = engine::lyricsOfSong(song);
        music::Track free, inKey;
        options.pinKey = false;
        const bool ok = lyricist->writeMelody(lyrics, options, &free, &error);
        options.pinKey = true;
        if (!ok || !lyricist->writeMelody(lyrics, options, &inKey, &error)) {
            err << "song " << song.id << ": " << error << "\n";
            continue;
        }
        sung.append(song);
        written.append(engine::songWithMelody(song, free.notes, 0));
        pinned.append(engine::songWithMelody(song, inKey.notes, 0));
        sampled.append(baseline.write(song, rng));
    }
    // The real songs measured against themselves give the ceiling of each figure; another real
    // song of the same mode and pace, sung to these syllables, what a writer that sings like a
    // real song, but not this one, scores.
    const engine::MelodyMetrics real = engine::compareMelodies(sung, sung);
    const engine::MelodyMetrics other =
        engine::compareMelodies(sung, engine::anotherSongsMelodies(sung));
    const engine::MelodyMetrics lyr = engine::compareMelodies(sung, written);
    const engine::MelodyMetrics lyrPinned = engine::compareMelodies(sung, pinned);
    const engine::MelodyMetrics base = engine::compareMelodies(sung, sampled);
    out << "Melodies for the lyrics of " << written.size()
        << " held-out songs (lyricist vs a baseline drawing from the training distributions of "
           "the same pace and mode); "
        << twins << " held-out songs whose words a training song shares are left out:\n";
    out << "  metric                       real   lyricist   baseline   another song\n";
    auto row = [&](const char* name, double r, double l, double b, double o) {
        out << "  " << QString::fromLatin1(name).leftJustified(26)
            << QString::number(r, 'f', 3).rightJustified(7)
            << QString::number(l, 'f', 3).rightJustified(11)
            << QString::number(b, 'f', 3).rightJustified(11)
            << QString::number(o, 'f', 3).rightJustified(15) << "\n";
    };
    row("pitch similarity (PD)", real.pitchSimilarity, lyr.pitchSimilarity, base.pitchSimilarity,
        other.pitchSimilarity);
    row("duration similarity (DD)", real.durationSimilarity, lyr.durationSimilarity,
        base.durationSimilarity, other.durationSimilarity);
    row("pitch overlap, pooled", real.pooledPitchOverlap, lyr.pooledPitchOverlap,
        base.pooledPitchOverlap, other.pooledPitchOverlap);
    row("duration overlap, pooled", real.pooledDurationOverlap, lyr.pooledDurationOverlap,
        base.pooledDurationOverlap, other.pooledDurationOverlap);
    row("pitch spread (bits)", real.pitchSpread, lyr.pitchSpread, base.pitchSpread,
        other.pitchSpread);
    row("duration spread (bits)", real.durationSpread, lyr.durationSpread, base.durationSpread,
        other.durationSpread);
    row("contour DTW (semitones)", real.contourDistance, lyr.contourDistance, base.contourDistance,
        other.contourDistance);
    row("stress on strong beats", real.stressOnStrongBeat, lyr.stressOnStrongBeat,
        base.stressOnStrongBeat, other.stressOnStrongBeat);
    row("line ends held or rested", real.lineEndBreath, lyr.lineEndBreath, base.lineEndBreath,
        other.lineEndBreath);
    row("line ends on 1, 3 or 5", real.lineEndStable, lyr.lineEndStable, base.lineEndStable,
        other.lineEndStable);
    row("notes in key", real.inKey, lyr.inKey, base.inKey, other.inKey);
    row("notes in key (key pinned)", real.inKey, lyrPinned.inKey, base.inKey, other.inKey);
    out << "  PD and DD: each song's pitch-class and duration histograms against its own real "
           "song's, averaged (SongMASS);\n  pooled: all songs' notes in one histogram.\n";
    out << "  (key pinned, the other figures: PD "
        << QString::number(lyrPinned.pitchSimilarity, 'f', 3) << ", DD "
        << QString::number(lyrPinned.durationSimilarity, 'f', 3) << ", pooled pitch "
        << QString::number(lyrPinned.pooledPitchOverlap, 'f', 3) << ", pooled duration "
        << QString::number(lyrPinned.pooledDurationOverlap, 'f', 3) << ", contour DTW "
        << QString::number(lyrPinned.contourDistance, 'f', 3) << ", stress on strong beats "
        << QString::number(lyrPinned.stressOnStrongBeat, 'f', 3) << ")\n";
    // TeleMelody's own definitions, beside its, SongMASS's and SongComposer's published figures.
    const engine::TeleMelodyMetrics tmLyr = engine::meanTeleMelodyMetrics(sung, written);
    const engine::TeleMelodyMetrics tmPinned = engine::meanTeleMelodyMetrics(sung, pinned);
    const engine::TeleMelodyMetrics tmBase = engine::meanTeleMelodyMetrics(sung, sampled);
    const engine::TeleMelodyMetrics tmOther =
        engine::meanTeleMelodyMetrics(sung, engine::anotherSongsMelodies(sung));
    out << "TeleMelody's metrics (cal_similarity.py, cal_dtw.py; tonic on C or A):\n"
           "                               PD       DD       MD\n";
    auto tmRow = [&](const char* name, const engine::TeleMelodyMetrics& m) {
        out << "  " << QString::fromLatin1(name).leftJustified(26)
            << QString::number(100 * m.pitchDistribution, 'f', 1).rightJustified(6) << "%"
            << QString::number(100 * m.durationDistribution, 'f', 1).rightJustified(8) << "%"
            << QString::number(m.melodyDistance, 'f', 2).rightJustified(9) << "\n";
    };
    tmRow("lyricist", tmLyr);
    tmRow("lyricist, key pinned", tmPinned);
    tmRow("baseline", tmBase);
    tmRow("another song", tmOther);
    out << "  published: SongComposer 50.8% 57.7% 2.20; TeleMelody 46.8% 51.8% 2.60; SongMASS "
           "30.3% 49.0% 2.95 (their own test songs)\n";
    const engine::SingingShape shapeReal = engine::singingShape(sung),
                               shapeLyr = engine::singingShape(pinned);
    out << "How it sings (key pinned; real songs in brackets): leaps of 5+ semitones "
        << QString::number(100 * shapeLyr.leaps, 'f', 1) << "% ("
        << QString::number(100 * shapeReal.leaps, 'f', 1) << "%), median range " << shapeLyr.range
        << " (" << shapeReal.range << ") semitones, stressed syllables on beats "
        << "1 and 3 " << QString::number(100 * shapeLyr.stressedOnStrong, 'f', 1)
        << "% against unstressed " << QString::number(100 * shapeLyr.unstressedOnStrong, 'f', 1)
        << "% (" << QString::number(100 * shapeReal.stressedOnStrong, 'f', 1) << "% / "
        << QString::number(100 * shapeReal.unstressedOnStrong, 'f', 1) << "%)\n";
    if (settings.histograms)
        printMelodyHistograms(sung, written, sampled, out);
    return kExitOk;
}

} // namespace

int runEval(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Objective metrics of music. `eval music FILES...` measures MIDI files (pitch-class "
        "entropy, scale consistency, empty beats, inter-onset intervals, grooving similarity, "
        "polyphony, note density). `eval music --data POP909` compares the composer with the "
        "held-out songs and a Markov-chain baseline under the same controls. `eval lyrics --data "
        "DIR` compares the lyricist's melodies for held-out songs with the real ones and a "
        "baseline. `eval prompts [--table FILE]` scores one clip under each prompt of a table and "
        "says which of the prompt's asks the music meets (tempo, meter, mode, instruments, "
        "drums, swing, density)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("music"));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("MIDI files."),
                                 QStringLiteral("[FILES...]"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("POP909 folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption songs(QStringLiteral("songs"),
                                   QStringLiteral("At most N held-out songs (all)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption part(
        QStringLiteral("part"),
        QStringLiteral("eval lyrics: validation or test, every other held-out song (both)."),
        QStringLiteral("half"));
    const QCommandLineOption bars(QStringLiteral("bars"),
                                  QStringLiteral("The first N bars of each song (32)."),
                                  QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption weights(QStringLiteral("weights"),
                                     QStringLiteral("Composer weights (default: models/)."),
                                     QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption temperature(
        QStringLiteral("temperature"),
        QStringLiteral("Lyricist decoding temperature (the lyricist's default)."),
        QStringLiteral("T"), QStringLiteral("0"));
    const QCommandLineOption drafts = lyricistDraftsOption();
    const QCommandLineOption histograms(
        QStringLiteral("histograms"),
        QStringLiteral("eval lyrics: also print the pitch, duration and rest histograms."));
    const QCommandLineOption table(QStringLiteral("table"),
                                   QStringLiteral("eval prompts: a prompt table of your own "
                                                  "(PROMPT<TAB>ASKS, see the built-in one)."),
                                   QStringLiteral("file"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("eval prompts: the clip's length (32)."),
                                     QStringLiteral("s"), QStringLiteral("32"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("eval prompts: also list the asks met."));
    parser.addOptions({data, songs, part, bars, weights, seed, temperature, drafts, histograms,
                       table, seconds, verbose});
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("lyrics") && parser.isSet(data)) {
        LyricsEvalSettings settings;
        settings.songLimit = parser.value(songs).toInt();
        settings.part = parser.value(part);
        if (!settings.part.isEmpty() && settings.part != u"validation" &&
            settings.part != u"test") {
            err << "scorewright-cli eval: --part takes validation or test\n";
            return kExitUsage;
        }
        settings.weightsPath = parser.value(weights);
        settings.seed = parser.value(seed).toULongLong();
        settings.temperature = parser.value(temperature).toDouble();
        if (!lyricistDrafts(parser, QStringLiteral("eval"), &settings.drafts))
            return kExitUsage;
        settings.histograms = parser.isSet(histograms);
        return compareLyricsOnHeldOut(parser.value(data), settings, out, err);
    }
    if (args.value(0) == QLatin1String("prompts")) {
        PromptEvalSettings settings;
        settings.tablePath = parser.value(table);
        settings.weightsPath = parser.value(weights);
        settings.seconds = std::clamp(parser.value(seconds).toDouble(), 8.0, 600.0);
        settings.seed = parser.value(seed).toULongLong();
        settings.verbose = parser.isSet(verbose);
        return evalPrompts(settings, out, err);
    }
    if (args.value(0) != QLatin1String("music") || (args.size() < 2 && !parser.isSet(data))) {
        err << "usage: scorewright-cli eval music FILES... | eval music --data POP909 | "
               "eval lyrics --data LYRICS_MELODY | eval prompts [--table FILE]\n";
        return kExitUsage;
    }
    if (parser.isSet(data))
        return compareOnHeldOut(parser.value(data), parser.value(songs).toInt(),
                                parser.value(bars).toInt(), parser.value(weights),
                                parser.value(seed).toULongLong(), out, err);
    int code = kExitOk;
    for (const QString& file : args.mid(1)) {
        music::Score score;
        QString error;
        if (!music::readMidiFile(file, &score, &error)) {
            err << error << "\n";
            code = kExitBadInput;
            continue;
        }
        printMetrics(out, QFileInfo(file).fileName(),
                     engine::measureMusic(engine::barsOfScore(score)));
    }
    return code;
}

} // namespace sw::cli
