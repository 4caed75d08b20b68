#include "engine/promptfidelity.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sw::engine {

namespace {

double medianOf(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QSet<int> range(int from, int to)
{
    QSet<int> s;
    for (int p = from; p <= to; ++p)
        s.insert(p);
    return s;
}

// The programs each instrument of the table may sound on: the General MIDI family, or the one
// program where GM has exactly that instrument.
const QHash<QString, QSet<int>>& families()
{
    static const QHash<QString, QSet<int>> table = {
        {QStringLiteral("piano"), range(0, 7)},
        {QStringLiteral("epiano"), range(4, 5)},
        {QStringLiteral("celesta"), {8}},
        {QStringLiteral("glockenspiel"), {9, 14}}, // tubular bells ring as bells too
        {QStringLiteral("musicbox"), {10}},
        {QStringLiteral("vibraphone"), {11}},
        {QStringLiteral("marimba"), {12, 13}},
        {QStringLiteral("organ"), range(16, 20)},
        {QStringLiteral("accordion"), {21, 23}},
        {QStringLiteral("harmonica"), {22}},
        {QStringLiteral("guitar"), range(24, 31)},
        {QStringLiteral("nylonguitar"), {24}},
        {QStringLiteral("distortedguitar"), {29, 30}},
        {QStringLiteral("bass"), range(32, 39)},
        {QStringLiteral("violin"), {40, 110}},
        {QStringLiteral("cello"), {42}},
        {QStringLiteral("strings"), range(40, 45) | range(48, 51)},
        {QStringLiteral("harp"), {46}},
        {QStringLiteral("timpani"), {47}},
        {QStringLiteral("choir"), range(52, 54) | QSet<int>{91}},
        {QStringLiteral("brass"), range(56, 63)},
        {QStringLiteral("trumpet"), {56, 59}},
        {QStringLiteral("trombone"), {57}},
        {QStringLiteral("tuba"), {58}},
        {QStringLiteral("horn"), {60}},
        {QStringLiteral("sax"), range(64, 67)},
        {QStringLiteral("woodwinds"), range(68, 79)},
        {QStringLiteral("oboe"), {68, 69}},
        {QStringLiteral("clarinet"), {71}},
        {QStringLiteral("flute"), range(72, 75)},
        {QStringLiteral("synthlead"), range(80, 87)},
        {QStringLiteral("pad"), range(88, 95)},
        {QStringLiteral("sitar"), {104}},
        {QStringLiteral("banjo"), {105}},
    };
    return table;
}

} // namespace

QString promptAskKindName(PromptAsk::Kind kind)
{
    switch (kind) {
    case PromptAsk::Kind::Tempo:
        return QStringLiteral("tempo");
    case PromptAsk::Kind::Meter:
        return QStringLiteral("meter");
    case PromptAsk::Kind::Mode:
        return QStringLiteral("mode");
    case PromptAsk::Kind::Instrument:
        return QStringLiteral("instrument");
    case PromptAsk::Kind::Drums:
        return QStringLiteral("drums");
    case PromptAsk::Kind::Swing:
        return QStringLiteral("swing");
    case PromptAsk::Kind::Density:
        return QStringLiteral("density");
    }
    return {};
}

QSet<int> programsOfFamily(const QString& family)
{
    return families().value(family);
}

bool parsePromptAsks(const QString& spec, QVector<PromptAsk>* asks, QString* error)
{
    asks->clear();
    static const QRegularExpression range(QStringLiteral("^(\\d+)-(\\d+)$"));
    static const QRegularExpression meter(QStringLiteral("^(\\d+)/(\\d+)$"));
    for (const QString& word : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int eq = int(word.indexOf(QLatin1Char('=')));
        const QString key = word.left(eq), value = word.mid(eq + 1);
        PromptAsk a;
        a.text = word;
        bool ok = eq > 0;
        if (key == QLatin1String("bpm")) {
            const auto m = range.match(value);
            ok = m.hasMatch();
            a.kind = PromptAsk::Kind::Tempo;
            a.low = m.captured(1).toDouble();
            a.high = m.captured(2).toDouble();
        } else if (key == QLatin1String("meter")) {
            const auto m = meter.match(value);
            ok = m.hasMatch();
            a.kind = PromptAsk::Kind::Meter;
            a.numerator = m.captured(1).toInt();
            a.denominator = m.captured(2).toInt();
        } else if (key == QLatin1String("mode")) {
            ok = value == QLatin1String("major") || value == QLatin1String("minor");
            a.kind = PromptAsk::Kind::Mode;
            a.mode =
                value == QLatin1String("minor") ? music::KeyMode::Minor : music::KeyMode::Major;
        } else if (key == QLatin1String("inst")) {
            ok = families().contains(value);
            a.kind = PromptAsk::Kind::Instrument;
            a.family = value;
        } else if (key == QLatin1String("drums") || key == QLatin1String("swing")) {
            ok = value == QLatin1String("yes") || value == QLatin1String("no");
            a.kind =
                key == QLatin1String("drums") ? PromptAsk::Kind::Drums : PromptAsk::Kind::Swing;
            a.yes = value == QLatin1String("yes");
        } else if (key == QLatin1String("density")) {
            ok = value == QLatin1String("sparse") || value == QLatin1String("busy");
            a.kind = PromptAsk::Kind::Density;
            a.sparse = value == QLatin1String("sparse");
        } else {
            ok = false;
        }
        if (!ok) {
            *error = QStringLiteral("cannot read the ask \"%1\"").arg(word);
            return false;
        }
        asks->append(a);
    }
    return true;
}

double swingRatioOf(const music::Score& score, int* count)
{
    const qint64 beat = music::kTicksPerQuarter;
    QVector<double> ratios;
    for (const music::Track& t : score.tracks) {
        qint64 last = -1;
        for (const music::Note& n : t.notes) {
            if (n.startTick == last)
                continue; // a chord's notes are one onset
            last = n.startTick;
            const double f = double(n.startTick % beat) / beat;
            // The off-beat eighth, straight (0.5) to hard-swung (0.75 is a dotted eighth's
            // partner, taken as a sixteenth and left out).
            if (f > 0.44 && f < 0.72)
                ratios.append(f / (1 - f));
        }
    }
    if (count)
        *count = int(ratios.size());
    return ratios.isEmpty() ? 1.0 : medianOf(ratios);
}

PieceMeasures measurePiece(const music::Score& score)
{
    PieceMeasures m;
    const qint64 end = score.endTick();
    QVector<double> bpms;
    for (qint64 t = 0; t < end; t += music::kTicksPerQuarter)
        bpms.append(score.tempoMap.bpmAt(t));
    m.bpm = medianOf(bpms);
    const music::MeterChange meter = score.tempoMap.meterAt(0);
    m.numerator = meter.numerator;
    m.denominator = meter.denominator;
    m.mode = score.keyAt(0).mode;
    int onsets = 0;
    for (const music::Track& t : score.tracks) {
        if (t.drumKit) {
            m.drumNotes += int(t.notes.size());
            continue;
        }
        // The program each note starts under: the track's, then its program changes.
        QVector<music::ControlChange> changes;
        for (const music::ControlChange& c : t.controls) {
            if (c.controller == music::controller::kProgram)
                changes.append(c);
        }
        qint64 last = -1;
        for (const music::Note& n : t.notes) {
            int program = t.program;
            for (const music::ControlChange& c : changes) {
                if (c.tick <= n.startTick)
                    program = c.value;
            }
            m.soundingPrograms.insert(program);
            if (n.startTick != last)
                ++onsets;
            last = n.startTick;
        }
    }
    const double seconds = score.durationMicros() / 1e6;
    m.notesPerSecond = seconds > 0 ? onsets / seconds : 0;
    m.swingRatio = swingRatioOf(score, &m.offbeatEighths);
    return m;
}

bool askMet(const PromptAsk& ask, const PieceMeasures& m, const PieceMeasures& neutral,
            QString* found)
{
    switch (ask.kind) {
    case PromptAsk::Kind::Tempo:
        *found = QStringLiteral("%1 bpm").arg(m.bpm, 0, 'f', 1);
        return m.bpm >= ask.low - 0.05 && m.bpm <= ask.high + 0.05;
    case PromptAsk::Kind::Meter:
        *found = QStringLiteral("%1/%2").arg(m.numerator).arg(m.denominator);
        return m.numerator == ask.numerator && m.denominator == ask.denominator;
    case PromptAsk::Kind::Mode:
        *found =
            m.mode == music::KeyMode::Minor ? QStringLiteral("minor") : QStringLiteral("major");
        return m.mode == ask.mode;
    case PromptAsk::Kind::Instrument: {
        QStringList names;
        QList<int> programs = m.soundingPrograms.values();
        std::sort(programs.begin(), programs.end());
        for (int p : programs)
            names << music::generalMidiProgramName(p);
        *found = names.join(QStringLiteral(", "));
        return m.soundingPrograms.intersects(programsOfFamily(ask.family));
    }
    case PromptAsk::Kind::Drums:
        *found = m.drumNotes > 0 ? QStringLiteral("%1 drum notes").arg(m.drumNotes)
                                 : QStringLiteral("no drums");
        return ask.yes ? m.drumNotes >= 4 : m.drumNotes == 0;
    case PromptAsk::Kind::Swing:
        *found = QStringLiteral("swing ratio %1 over %2 off-beats")
                     .arg(m.swingRatio, 0, 'f', 2)
                     .arg(m.offbeatEighths);
        return ask.yes ? m.swingRatio >= 1.4 && m.offbeatEighths >= 8 : m.swingRatio < 1.2;
    case PromptAsk::Kind::Density:
        *found = QStringLiteral("%1 notes/s (%2 unprompted)")
                     .arg(m.notesPerSecond, 0, 'f', 1)
                     .arg(neutral.notesPerSecond, 0, 'f', 1);
        return ask.sparse ? m.notesPerSecond <= 0.7 * neutral.notesPerSecond
                          : m.notesPerSecond >= 1.3 * neutral.notesPerSecond;
    }
    return false;
}

} // namespace sw::engine
