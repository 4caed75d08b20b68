#include "music/scorejson.h"

#include <QJsonArray>
#include <cmath>

namespace sw::music {

namespace {

QString syllabicName(Syllabic s)
{
    switch (s) {
    case Syllabic::Begin:
        return QStringLiteral("begin");
    case Syllabic::Middle:
        return QStringLiteral("middle");
    case Syllabic::End:
        return QStringLiteral("end");
    case Syllabic::Single:
        break;
    }
    return QStringLiteral("single");
}

bool parseSyllabic(const QString& name, Syllabic* s)
{
    for (Syllabic candidate :
         {Syllabic::Single, Syllabic::Begin, Syllabic::Middle, Syllabic::End}) {
        if (syllabicName(candidate) == name) {
            *s = candidate;
            return true;
        }
    }
    return false;
}

// Reads whole numbers exactly: JSON numbers are doubles, exact up to 2^53.
bool readInteger(const QJsonValue& v, qint64 min, qint64 max, qint64* out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
        return false;
    *out = qint64(d);
    return true;
}

class Reader
{
public:
    explicit Reader(QString* error) : m_error(error) {}

    bool fail(const QString& where, const QString& why)
    {
        if (m_error)
            *m_error = where + QStringLiteral(": ") + why;
        return false;
    }
    bool integer(const QJsonValue& v, qint64 min, qint64 max, const QString& where, qint64* out)
    {
        if (readInteger(v, min, max, out))
            return true;
        return fail(where,
                    QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
    }
    bool array(const QJsonValue& v, int minSize, const QString& where, QJsonArray* out)
    {
        if (!v.isArray() || v.toArray().size() < minSize)
            return fail(where,
                        QStringLiteral("expected a list of at least %1 values").arg(minSize));
        *out = v.toArray();
        return true;
    }
    bool optionalArray(const QJsonObject& o, const QString& key, QJsonArray* out)
    {
        if (!o.contains(key)) {
            *out = {};
            return true;
        }
        return array(o.value(key), 0, key, out);
    }

private:
    QString* m_error;
};

bool readNote(Reader& r, const QJsonValue& value, const QString& where, Note* note)
{
    QJsonArray a;
    if (!r.array(value, 4, where, &a))
        return false;
    qint64 pitch, velocity, start, duration;
    if (!r.integer(a[0], 0, 127, where + QStringLiteral(" pitch"), &pitch) ||
        !r.integer(a[1], 1, 127, where + QStringLiteral(" velocity"), &velocity) ||
        !r.integer(a[2], 0, kMaxTick, where + QStringLiteral(" start"), &start) ||
        !r.integer(a[3], 1, kMaxTick, where + QStringLiteral(" duration"), &duration))
        return false;
    note->pitch = int(pitch);
    note->velocity = int(velocity);
    note->startTick = start;
    note->durationTicks = duration;
    note->lyric.clear();
    note->syllabic = Syllabic::Single;
    if (a.size() > 4) {
        if (!a[4].isString())
            return r.fail(where, QStringLiteral("the lyric must be text"));
        note->lyric = a[4].toString();
    }
    if (a.size() > 5 && !parseSyllabic(a[5].toString(), &note->syllabic))
        return r.fail(where, QStringLiteral("unknown syllabic \"%1\"").arg(a[5].toString()));
    return true;
}

// [tick, controller, value]; the pitch bend is controller 128 with a value of -8192..8191, a
// program change controller 129 with the program.
bool readControl(Reader& r, const QJsonValue& value, const QString& where, ControlChange* out)
{
    const QJsonArray a = value.toArray();
    if (!value.isArray() || a.size() != 3)
        return r.fail(where, QStringLiteral("expected [tick, controller, value]"));
    qint64 tick = 0, number = 0, amount = 0;
    if (!r.integer(a[0], 0, kMaxTick, where + QStringLiteral("[0]"), &tick) ||
        !r.integer(a[1], 0, controller::kProgram, where + QStringLiteral("[1]"), &number))
        return false;
    if (number > controller::kLastController && number != controller::kPitchBend &&
        number != controller::kProgram)
        return r.fail(where + QStringLiteral("[1]"),
                      QStringLiteral("%1 is a channel mode message, not a setting").arg(number));
    const bool bend = number == controller::kPitchBend;
    if (!r.integer(a[2], bend ? -8192 : 0, bend ? 8191 : 127, where + QStringLiteral("[2]"),
                   &amount))
        return false;
    *out = {tick, int(number), int(amount)};
    return true;
}

bool readTrack(Reader& r, const QJsonValue& value, const QString& where, int* notesLeft,
               Track* track)
{
    if (!value.isObject())
        return r.fail(where, QStringLiteral("expected an object"));
    const QJsonObject o = value.toObject();
    track->name = o.value(QStringLiteral("name")).toString();
    qint64 program = 0;
    if (!r.integer(o.value(QStringLiteral("program")), 0, 127, where + QStringLiteral(".program"),
                   &program))
        return false;
    track->program = int(program);
    track->drumKit = o.value(QStringLiteral("drumKit")).toBool(false);
    const QString role = o.value(QStringLiteral("role")).toString(QStringLiteral("other"));
    if (!parseTrackRole(role, &track->role))
        return r.fail(where + QStringLiteral(".role"),
                      QStringLiteral("unknown role \"%1\"").arg(role));
    QJsonArray notes;
    if (!r.optionalArray(o, QStringLiteral("notes"), &notes))
        return r.fail(where + QStringLiteral(".notes"), QStringLiteral("expected a list"));
    if (notes.size() > *notesLeft)
        return r.fail(where + QStringLiteral(".notes"),
                      QStringLiteral("too many notes (a score holds at most %1)").arg(kMaxNotes));
    *notesLeft -= notes.size();
    track->notes.resize(notes.size());
    for (int i = 0; i < notes.size(); ++i) {
        if (!readNote(r, notes[i], where + QStringLiteral(".notes[%1]").arg(i), &track->notes[i]))
            return false;
    }
    QJsonArray locked;
    if (!r.optionalArray(o, QStringLiteral("locked"), &locked))
        return r.fail(where + QStringLiteral(".locked"), QStringLiteral("expected a list"));
    for (int i = 0; i < locked.size(); ++i) {
        qint64 index = 0;
        if (!r.integer(locked[i], 0, qint64(notes.size()) - 1,
                       where + QStringLiteral(".locked[%1]").arg(i), &index))
            return false;
        track->notes[int(index)].locked = true;
    }
    QJsonArray controls;
    if (!r.optionalArray(o, QStringLiteral("controls"), &controls))
        return r.fail(where + QStringLiteral(".controls"), QStringLiteral("expected a list"));
    if (controls.size() > *notesLeft) // controls count against the same cap as notes
        return r.fail(where + QStringLiteral(".controls"),
                      QStringLiteral("too many controller events (at most %1)").arg(kMaxNotes));
    *notesLeft -= controls.size();
    track->controls.resize(controls.size());
    for (int i = 0; i < controls.size(); ++i) {
        if (!readControl(r, controls[i], where + QStringLiteral(".controls[%1]").arg(i),
                         &track->controls[i]))
            return false;
    }
    return true;
}

} // namespace

QJsonObject scoreToJson(const Score& score)
{
    QJsonObject o;
    if (!score.title.isEmpty())
        o.insert(QStringLiteral("title"), score.title);
    QJsonArray tempos;
    for (const TempoChange& t : score.tempoMap.tempoChanges())
        tempos.append(QJsonArray{t.tick, t.microsPerQuarter});
    o.insert(QStringLiteral("tempos"), tempos);
    QJsonArray meters;
    for (const MeterChange& m : score.tempoMap.meterChanges())
        meters.append(QJsonArray{m.tick, m.numerator, m.denominator});
    o.insert(QStringLiteral("meters"), meters);
    QJsonArray keys;
    for (const KeySignature& k : score.keys)
        keys.append(QJsonArray{k.tick, k.fifths,
                               k.mode == KeyMode::Major ? QStringLiteral("major")
                                                        : QStringLiteral("minor")});
    o.insert(QStringLiteral("keys"), keys);
    QJsonArray chords;
    for (const ChordSymbol& c : score.chords)
        chords.append(QJsonArray{c.tick, c.name()});
    o.insert(QStringLiteral("chords"), chords);
    QJsonArray tracks;
    for (const Track& t : score.tracks) {
        QJsonObject to;
        to.insert(QStringLiteral("name"), t.name);
        to.insert(QStringLiteral("program"), t.program);
        if (t.drumKit)
            to.insert(QStringLiteral("drumKit"), true);
        to.insert(QStringLiteral("role"), trackRoleName(t.role));
        QJsonArray notes;
        for (const Note& n : t.notes) {
            QJsonArray na{n.pitch, n.velocity, n.startTick, n.durationTicks};
            if (!n.lyric.isEmpty()) {
                na.append(n.lyric);
                if (n.syllabic != Syllabic::Single)
                    na.append(syllabicName(n.syllabic));
            }
            notes.append(na);
        }
        to.insert(QStringLiteral("notes"), notes);
        QJsonArray locked; // indices into "notes" of the notes regeneration keeps
        for (int i = 0; i < t.notes.size(); ++i) {
            if (t.notes[i].locked)
                locked.append(i);
        }
        if (!locked.isEmpty())
            to.insert(QStringLiteral("locked"), locked);
        if (!t.controls.isEmpty()) {
            QJsonArray controls;
            for (const ControlChange& c : t.controls)
                controls.append(QJsonArray{c.tick, c.controller, c.value});
            to.insert(QStringLiteral("controls"), controls);
        }
        tracks.append(to);
    }
    o.insert(QStringLiteral("tracks"), tracks);
    if (score.leadInTicks > 0)
        o.insert(QStringLiteral("lead_in_ticks"), score.leadInTicks);
    if (score.swingPercent != 50)
        o.insert(QStringLiteral("swing_percent"), score.swingPercent);
    if (score.looseMs != 0)
        o.insert(QStringLiteral("loose_ms"), score.looseMs);
    if (score.laidBackMs != 0)
        o.insert(QStringLiteral("laid_back_ms"), score.laidBackMs);
    return o;
}

bool scoreFromJson(const QJsonObject& json, Score* out, QString* error)
{
    Reader r(error);
    Score score;
    score.title = json.value(QStringLiteral("title")).toString();

    QJsonArray list;
    QVector<TempoChange> tempos;
    if (!r.optionalArray(json, QStringLiteral("tempos"), &list))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("tempos[%1]").arg(i);
        QJsonArray a;
        TempoChange t;
        if (!r.array(list[i], 2, where, &a) || !r.integer(a[0], 0, kMaxTick, where, &t.tick) ||
            !r.integer(a[1], 1, 0xFFFFFF, where, &t.microsPerQuarter))
            return false;
        tempos.append(t);
    }
    QVector<MeterChange> meters;
    if (!r.optionalArray(json, QStringLiteral("meters"), &list))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("meters[%1]").arg(i);
        QJsonArray a;
        MeterChange m;
        qint64 num, den;
        if (!r.array(list[i], 3, where, &a) || !r.integer(a[0], 0, kMaxTick, where, &m.tick) ||
            !r.integer(a[1], 1, 64, where, &num) || !r.integer(a[2], 1, 64, where, &den))
            return false;
        m.numerator = int(num);
        m.denominator = int(den);
        meters.append(m);
    }
    QString tempoError;
    if (!score.tempoMap.setChanges(tempos, meters, &tempoError))
        return r.fail(QStringLiteral("tempo map"), tempoError);

    if (json.contains(QStringLiteral("lead_in_ticks")) &&
        !r.integer(json.value(QStringLiteral("lead_in_ticks")), 0, kMaxTick,
                   QStringLiteral("lead_in_ticks"), &score.leadInTicks))
        return false;
    qint64 swing = 50;
    if (json.contains(QStringLiteral("swing_percent")) &&
        !r.integer(json.value(QStringLiteral("swing_percent")), 50, 75,
                   QStringLiteral("swing_percent"), &swing))
        return false;
    score.swingPercent = int(swing);
    qint64 loose = 0, laidBack = 0;
    if (json.contains(QStringLiteral("loose_ms")) &&
        !r.integer(json.value(QStringLiteral("loose_ms")), 0, kMaxLooseMs,
                   QStringLiteral("loose_ms"), &loose))
        return false;
    if (json.contains(QStringLiteral("laid_back_ms")) &&
        !r.integer(json.value(QStringLiteral("laid_back_ms")), -kMaxLaidBackMs, kMaxLaidBackMs,
                   QStringLiteral("laid_back_ms"), &laidBack))
        return false;
    score.looseMs = int(loose);
    score.laidBackMs = int(laidBack);

    if (!r.optionalArray(json, QStringLiteral("keys"), &list))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("keys[%1]").arg(i);
        QJsonArray a;
        KeySignature k;
        qint64 fifths;
        if (!r.array(list[i], 3, where, &a) || !r.integer(a[0], 0, kMaxTick, where, &k.tick) ||
            !r.integer(a[1], -7, 7, where, &fifths))
            return false;
        k.fifths = int(fifths);
        const QString mode = a[2].toString();
        if (mode != QLatin1String("major") && mode != QLatin1String("minor"))
            return r.fail(where, QStringLiteral("mode must be \"major\" or \"minor\""));
        k.mode = mode == QLatin1String("major") ? KeyMode::Major : KeyMode::Minor;
        score.keys.append(k);
    }

    if (!r.optionalArray(json, QStringLiteral("chords"), &list))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("chords[%1]").arg(i);
        QJsonArray a;
        ChordSymbol c;
        if (!r.array(list[i], 2, where, &a) || !r.integer(a[0], 0, kMaxTick, where, &c.tick))
            return false;
        if (!ChordSymbol::parse(a[1].toString(), &c))
            return r.fail(where,
                          QStringLiteral("\"%1\" is not a chord symbol").arg(a[1].toString()));
        score.chords.append(c);
    }

    if (!r.optionalArray(json, QStringLiteral("tracks"), &list))
        return false;
    if (list.size() > kMaxTracks)
        return r.fail(QStringLiteral("tracks"),
                      QStringLiteral("%1 tracks (at most %2)").arg(list.size()).arg(kMaxTracks));
    int notesLeft = kMaxNotes;
    score.tracks.resize(list.size());
    for (int i = 0; i < list.size(); ++i) {
        if (!readTrack(r, list[i], QStringLiteral("tracks[%1]").arg(i), &notesLeft,
                       &score.tracks[i]))
            return false;
    }
    score.normalize();
    *out = score;
    return true;
}

} // namespace sw::music
