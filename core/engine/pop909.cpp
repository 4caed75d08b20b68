#include "engine/pop909.h"

#include "music/midifile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace sw::engine {

QStringList pop909SongFolders(const QString& root)
{
    QStringList folders;
    const QDir dir(root);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(
                dir.filePath(name + QLatin1Char('/') + name + QStringLiteral(".mid"))))
            folders.append(dir.filePath(name));
    }
    return folders;
}

bool parsePop909Chord(const QString& label, SourceChord* chord)
{
    const QString text = label.trimmed();
    if (text == QLatin1String("N") || text.isEmpty()) {
        chord->root = -1;
        return true;
    }
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    int consumed = 0;
    const int root = music::parsePitchClass(text.left(colon), &consumed);
    if (root < 0)
        return false;
    QString q = text.mid(colon + 1);
    q = q.left(q.indexOf(QLatin1Char('/')) < 0 ? q.size() : q.indexOf(QLatin1Char('/')));
    q = q.left(q.indexOf(QLatin1Char('(')) < 0 ? q.size() : q.indexOf(QLatin1Char('(')));
    using Q = music::ChordQuality;
    struct Prefix
    {
        const char* text;
        Q quality;
    };
    static const Prefix prefixes[] = {
        {"minmaj7", Q::Minor},   {"maj7", Q::Major7},           {"maj6", Q::Major6},
        {"maj", Q::Major},       {"min7", Q::Minor7},           {"min6", Q::Minor6},
        {"min", Q::Minor},       {"hdim7", Q::HalfDiminished7}, {"dim7", Q::Diminished7},
        {"dim", Q::Diminished},  {"aug", Q::Augmented},         {"sus2", Q::Suspended2},
        {"sus4", Q::Suspended4}, {"7", Q::Dominant7},           {"9", Q::Dominant7},
        {"11", Q::Dominant7},    {"13", Q::Dominant7},
    };
    chord->root = root;
    chord->quality = Q::Major;
    for (const Prefix& p : prefixes) {
        if (q.startsWith(QLatin1String(p.text))) {
            chord->quality = p.quality;
            break;
        }
    }
    return true;
}

namespace {
bool readColumns(const QString& path, QVector<QStringList>* rows, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
        return false;
    }
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QStringList cols =
            in.readLine().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (!cols.isEmpty())
            rows->append(cols);
    }
    return true;
}

qint64 secondsToTick(const music::TempoMap& map, double seconds)
{
    return map.microsToTick(qint64(std::llround(seconds * 1e6)));
}
} // namespace

bool loadPop909Song(const QString& folder, Pop909Song* song, QString* error)
{
    const QString id = QFileInfo(folder).fileName();
    const QDir dir(folder);
    music::Score score;
    if (!music::readMidiFile(dir.filePath(id + QStringLiteral(".mid")), &score, error))
        return false;
    QVector<QStringList> beats, chordRows, keyRows;
    if (!readColumns(dir.filePath(QStringLiteral("beat_midi.txt")), &beats, error) ||
        !readColumns(dir.filePath(QStringLiteral("chord_midi.txt")), &chordRows, error) ||
        !readColumns(dir.filePath(QStringLiteral("key_audio.txt")), &keyRows, error))
        return false;

    // Keys: segments in seconds; a bar takes the key sounding at its downbeat.
    struct KeySpan
    {
        double start;
        music::KeySignature key;
    };
    QVector<KeySpan> keys;
    for (const QStringList& row : keyRows) {
        if (row.size() < 3)
            continue;
        const QStringList parts = row[2].split(QLatin1Char(':'));
        const int tonic = music::parsePitchClass(parts.value(0));
        if (tonic < 0)
            continue;
        const music::KeyMode mode = parts.value(1).startsWith(QLatin1String("min"))
                                        ? music::KeyMode::Minor
                                        : music::KeyMode::Major;
        keys.append({row[0].toDouble(), music::KeySignature::fromTonic(tonic, mode)});
    }
    if (keys.isEmpty()) {
        *error = QStringLiteral("%1: no key annotation").arg(folder);
        return false;
    }

    QVector<double> downbeats;
    QVector<double> allBeats;
    for (const QStringList& row : beats) {
        if (row.size() < 3)
            continue;
        allBeats.append(row[0].toDouble());
        if (row[2].toDouble() > 0.5)
            downbeats.append(row[0].toDouble());
    }
    if (downbeats.size() < 2) {
        *error = QStringLiteral("%1: fewer than two downbeats").arg(folder);
        return false;
    }
    // The last bar ends one bar length after the last downbeat.
    downbeats.append(downbeats.last() + (downbeats.last() - downbeats[downbeats.size() - 2]));

    QVector<SourceBar> bars;
    for (int i = 0; i + 1 < downbeats.size(); ++i) {
        SourceBar b;
        b.startTick = secondsToTick(score.tempoMap, downbeats[i]);
        b.endTick = secondsToTick(score.tempoMap, downbeats[i + 1]);
        b.quarters = int(std::llround(double(b.endTick - b.startTick) / music::kTicksPerQuarter));
        b.secondsPerQuarter = (downbeats[i + 1] - downbeats[i]) / std::max(1, b.quarters);
        if (b.quarters < 1 || b.quarters > kMaxBarQuarters)
            continue;
        b.key = keys.first().key;
        for (const KeySpan& k : keys) {
            if (k.start <= downbeats[i] + 0.05)
                b.key = k.key;
        }
        bars.append(b);
    }

    QVector<SourceChord> chords;
    for (const QStringList& row : chordRows) {
        SourceChord c;
        if (row.size() < 3 || !parsePop909Chord(row[2], &c))
            continue;
        c.tick = secondsToTick(score.tempoMap, row[0].toDouble());
        chords.append(c);
    }

    QVector<music::Note> melody, accompaniment;
    for (const music::Track& t : score.tracks) {
        if (t.name.compare(QLatin1String("MELODY"), Qt::CaseInsensitive) == 0)
            melody += t.notes;
        else if (!t.drumKit)
            accompaniment += t.notes;
    }

    song->id = id;
    song->bars = quantizeBars(bars, melody, accompaniment, chords);
    return true;
}

} // namespace sw::engine
