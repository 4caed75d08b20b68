#include "music/musicxmlwriter.h"

#include "music/outputfile.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <algorithm>
#include <cmath>

namespace sw::music {

namespace {

constexpr qint64 kGrid = 40; // ticks: the finest duration written (a 32nd-note triplet)

struct NoteValue
{
    qint64 ticks;
    const char* type;
    int dots;
    bool triplet;
};

// Largest first: durations are decomposed greedily into these.
const NoteValue kValues[] = {
    {1920, "whole", 0, false},  {1440, "half", 1, false},   {960, "half", 0, false},
    {720, "quarter", 1, false}, {480, "quarter", 0, false}, {360, "eighth", 1, false},
    {320, "quarter", 0, true},  {240, "eighth", 0, false},  {160, "eighth", 0, true},
    {120, "16th", 0, false},    {80, "16th", 0, true},      {40, "32nd", 0, true},
};

QVector<NoteValue> decompose(qint64 ticks)
{
    QVector<NoteValue> parts;
    while (ticks >= kGrid) {
        for (const NoteValue& v : kValues) {
            if (v.ticks <= ticks) {
                parts.append(v);
                ticks -= v.ticks;
                break;
            }
        }
    }
    return parts;
}

qint64 snap(qint64 tick)
{
    return (tick + kGrid / 2) / kGrid * kGrid;
}

struct Spelling
{
    QString step;
    int alter;
    int octave;
};

Spelling spell(int pitch, const KeySignature& key)
{
    static const char* const kSharpSteps[12] = {"C", "C", "D", "D", "E", "F",
                                                "F", "G", "G", "A", "A", "B"};
    static const int kSharpAlter[12] = {0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0};
    static const char* const kFlatSteps[12] = {"C", "D", "D", "E", "E", "F",
                                               "G", "G", "A", "A", "B", "B"};
    static const int kFlatAlter[12] = {0, -1, 0, -1, 0, 0, -1, 0, -1, 0, -1, 0};
    const int pc = pitch % 12;
    const bool flats = key.fifths < 0;
    return {QString::fromLatin1(flats ? kFlatSteps[pc] : kSharpSteps[pc]),
            flats ? kFlatAlter[pc] : kSharpAlter[pc], pitch / 12 - 1};
}

QString harmonyKind(ChordQuality q)
{
    switch (q) {
    case ChordQuality::Major:
        return QStringLiteral("major");
    case ChordQuality::Minor:
        return QStringLiteral("minor");
    case ChordQuality::Diminished:
        return QStringLiteral("diminished");
    case ChordQuality::Augmented:
        return QStringLiteral("augmented");
    case ChordQuality::Dominant7:
        return QStringLiteral("dominant");
    case ChordQuality::Major7:
        return QStringLiteral("major-seventh");
    case ChordQuality::Minor7:
        return QStringLiteral("minor-seventh");
    case ChordQuality::HalfDiminished7:
        return QStringLiteral("half-diminished");
    case ChordQuality::Diminished7:
        return QStringLiteral("diminished-seventh");
    case ChordQuality::Suspended2:
        return QStringLiteral("suspended-second");
    case ChordQuality::Suspended4:
        return QStringLiteral("suspended-fourth");
    case ChordQuality::Major6:
        return QStringLiteral("major-sixth");
    case ChordQuality::Minor6:
        return QStringLiteral("minor-sixth");
    }
    return QStringLiteral("major");
}

// A group of notes sounding together in one voice, within one bar.
struct Group
{
    qint64 start;
    qint64 end;
    QVector<Note> notes;
    bool tieFromBefore = false; // continues a note from the previous bar
    bool tieToAfter = false;
};

struct Voice
{
    QVector<Group> groups;
    qint64 lastEnd = 0;
};

class PartWriter
{
public:
    PartWriter(QXmlStreamWriter& xml, const Score& score) : m_xml(xml), m_score(score) {}

    void writePart(int index, int bars)
    {
        const Track& track = m_score.tracks[index];
        // Snap, then give overlapping notes their own voices; notes with one start and one end
        // form a chord in one voice.
        QVector<Note> notes;
        for (Note n : track.notes) {
            const qint64 start = snap(n.startTick);
            const qint64 end = std::max(start + kGrid, snap(n.endTick()));
            n.startTick = start;
            n.durationTicks = end - start;
            notes.append(n);
        }
        std::stable_sort(notes.begin(), notes.end(), [](const Note& a, const Note& b) {
            return a.startTick != b.startTick ? a.startTick < b.startTick : a.pitch < b.pitch;
        });
        QVector<Voice> voices;
        for (const Note& n : notes) {
            bool placed = false;
            for (Voice& v : voices) {
                Group* last = v.groups.isEmpty() ? nullptr : &v.groups.last();
                if (last && last->start == n.startTick && last->end == n.endTick()) {
                    last->notes.append(n);
                    placed = true;
                    break;
                }
                if (v.lastEnd <= n.startTick) {
                    v.groups.append({n.startTick, n.endTick(), {n}});
                    v.lastEnd = n.endTick();
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                Voice v;
                v.groups.append({n.startTick, n.endTick(), {n}});
                v.lastEnd = n.endTick();
                voices.append(v);
            }
        }
        if (voices.isEmpty())
            voices.append(Voice{});

        m_xml.writeStartElement(QStringLiteral("part"));
        m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("P%1").arg(index + 1));
        const TempoMap& map = m_score.tempoMap;
        for (int bar = 0; bar < bars; ++bar) {
            const qint64 barStart = map.barStartTick(bar);
            const qint64 barEnd = map.barStartTick(bar + 1);
            m_xml.writeStartElement(QStringLiteral("measure"));
            m_xml.writeAttribute(QStringLiteral("number"), QString::number(bar + 1));
            writeAttributes(track, bar, barStart);
            if (index == 0)
                writeDirections(barStart, barEnd);
            for (int v = 0; v < voices.size(); ++v) {
                if (v > 0) {
                    m_xml.writeStartElement(QStringLiteral("backup"));
                    m_xml.writeTextElement(QStringLiteral("duration"),
                                           QString::number(barEnd - barStart));
                    m_xml.writeEndElement();
                }
                writeVoice(voices[v], v + 1, barStart, barEnd, track);
            }
            m_xml.writeEndElement(); // measure
        }
        m_xml.writeEndElement(); // part
    }

private:
    void writeAttributes(const Track& track, int bar, qint64 barStart)
    {
        const MeterChange meter = m_score.tempoMap.meterAt(barStart);
        const bool meterChanges = bar == 0 || meter.tick == barStart;
        const KeySignature key = m_score.keyAt(barStart);
        const bool keyChanges =
            bar == 0 ||
            std::any_of(m_score.keys.begin(), m_score.keys.end(), [&](const KeySignature& k) {
                return k.tick > m_score.tempoMap.barStartTick(bar - 1) && k.tick <= barStart;
            });
        if (!meterChanges && !keyChanges)
            return;
        m_xml.writeStartElement(QStringLiteral("attributes"));
        if (bar == 0)
            m_xml.writeTextElement(QStringLiteral("divisions"), QString::number(kTicksPerQuarter));
        if (keyChanges) {
            m_xml.writeStartElement(QStringLiteral("key"));
            m_xml.writeTextElement(QStringLiteral("fifths"), QString::number(key.fifths));
            m_xml.writeTextElement(QStringLiteral("mode"), key.mode == KeyMode::Minor
                                                               ? QStringLiteral("minor")
                                                               : QStringLiteral("major"));
            m_xml.writeEndElement();
        }
        if (meterChanges) {
            m_xml.writeStartElement(QStringLiteral("time"));
            m_xml.writeTextElement(QStringLiteral("beats"), QString::number(meter.numerator));
            m_xml.writeTextElement(QStringLiteral("beat-type"), QString::number(meter.denominator));
            m_xml.writeEndElement();
        }
        if (bar == 0) {
            m_xml.writeStartElement(QStringLiteral("clef"));
            if (track.drumKit) {
                m_xml.writeTextElement(QStringLiteral("sign"), QStringLiteral("percussion"));
            } else if (track.role == TrackRole::Bass) {
                m_xml.writeTextElement(QStringLiteral("sign"), QStringLiteral("F"));
                m_xml.writeTextElement(QStringLiteral("line"), QStringLiteral("4"));
            } else {
                m_xml.writeTextElement(QStringLiteral("sign"), QStringLiteral("G"));
                m_xml.writeTextElement(QStringLiteral("line"), QStringLiteral("2"));
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeDirections(qint64 barStart, qint64 barEnd)
    {
        for (const TempoChange& t : m_score.tempoMap.tempoChanges()) {
            if (t.tick < barStart || t.tick >= barEnd)
                continue;
            const QString bpm =
                QString::number(TempoMap::bpmFromMicrosPerQuarter(t.microsPerQuarter), 'f', 2)
                    .remove(QRegularExpression(QStringLiteral("\\.?0+$")));
            m_xml.writeStartElement(QStringLiteral("direction"));
            m_xml.writeAttribute(QStringLiteral("placement"), QStringLiteral("above"));
            m_xml.writeStartElement(QStringLiteral("direction-type"));
            m_xml.writeStartElement(QStringLiteral("metronome"));
            m_xml.writeTextElement(QStringLiteral("beat-unit"), QStringLiteral("quarter"));
            m_xml.writeTextElement(QStringLiteral("per-minute"), bpm);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
            if (t.tick > barStart) {
                m_xml.writeTextElement(QStringLiteral("offset"),
                                       QString::number(t.tick - barStart));
            }
            m_xml.writeStartElement(QStringLiteral("sound"));
            m_xml.writeAttribute(QStringLiteral("tempo"), bpm);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        }
        // Swung eighths are written straight with the word over the first bar, as lead sheets
        // do (music/feel.h); a light swing says so.
        if (barStart == 0 && m_score.swingPercent > 50) {
            m_xml.writeStartElement(QStringLiteral("direction"));
            m_xml.writeAttribute(QStringLiteral("placement"), QStringLiteral("above"));
            m_xml.writeStartElement(QStringLiteral("direction-type"));
            m_xml.writeTextElement(QStringLiteral("words"), m_score.swingPercent >= 64
                                                                ? QStringLiteral("Swing")
                                                                : QStringLiteral("Light swing"));
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        }
    }

    void writeHarmoniesBetween(qint64 from, qint64 to, qint64 at)
    {
        for (const ChordSymbol& c : m_score.chords) {
            const qint64 tick = snap(c.tick);
            if (tick < from || tick >= to)
                continue;
            const KeySignature key = m_score.keyAt(tick);
            m_xml.writeStartElement(QStringLiteral("harmony"));
            const Spelling root = spell(c.root + 60, key);
            m_xml.writeStartElement(QStringLiteral("root"));
            m_xml.writeTextElement(QStringLiteral("root-step"), root.step);
            if (root.alter != 0)
                m_xml.writeTextElement(QStringLiteral("root-alter"), QString::number(root.alter));
            m_xml.writeEndElement();
            m_xml.writeTextElement(QStringLiteral("kind"), harmonyKind(c.quality));
            if (c.bass >= 0) {
                const Spelling bass = spell(c.bass + 60, key);
                m_xml.writeStartElement(QStringLiteral("bass"));
                m_xml.writeTextElement(QStringLiteral("bass-step"), bass.step);
                if (bass.alter != 0)
                    m_xml.writeTextElement(QStringLiteral("bass-alter"),
                                           QString::number(bass.alter));
                m_xml.writeEndElement();
            }
            if (tick > at)
                m_xml.writeTextElement(QStringLiteral("offset"), QString::number(tick - at));
            m_xml.writeEndElement();
        }
    }

    void writeVoice(const Voice& voice, int number, qint64 barStart, qint64 barEnd,
                    const Track& track)
    {
        qint64 position = barStart;
        const bool firstVoiceOfFirstPart = number == 1 && &track == &m_score.tracks.first();
        for (const Group& g : voice.groups) {
            if (g.end <= barStart || g.start >= barEnd)
                continue;
            const qint64 start = std::max(g.start, barStart);
            const qint64 end = std::min(g.end, barEnd);
            if (start > position) {
                if (firstVoiceOfFirstPart)
                    writeHarmoniesBetween(position, start, position);
                writeRest(start - position, number);
            }
            if (firstVoiceOfFirstPart)
                writeHarmoniesBetween(start, end, start);
            const bool tiedIn = g.start < barStart;
            const bool tiedOut = g.end > barEnd;
            const QVector<NoteValue> values = decompose(end - start);
            for (int v = 0; v < values.size(); ++v) {
                const bool first = v == 0;
                const bool last = v == values.size() - 1;
                for (int n = 0; n < g.notes.size(); ++n)
                    writeNote(g.notes[n], values[v], number, n > 0, (!first || tiedIn),
                              (!last || tiedOut), first && !tiedIn && n == 0, track);
            }
            position = end;
        }
        if (position < barEnd) {
            if (firstVoiceOfFirstPart)
                writeHarmoniesBetween(position, barEnd, position);
            writeRest(barEnd - position, number);
        }
    }

    void writeRest(qint64 ticks, int voice)
    {
        for (const NoteValue& v : decompose(ticks)) {
            m_xml.writeStartElement(QStringLiteral("note"));
            m_xml.writeEmptyElement(QStringLiteral("rest"));
            writeDurationAndType(v, voice, false, false, -1);
            m_xml.writeEndElement();
        }
    }

    void writeNote(const Note& note, const NoteValue& value, int voice, bool chord, bool tieStop,
                   bool tieStart, bool withLyric, const Track& track)
    {
        m_xml.writeStartElement(QStringLiteral("note"));
        if (chord)
            m_xml.writeEmptyElement(QStringLiteral("chord"));
        const Spelling s = spell(note.pitch, m_score.keyAt(note.startTick));
        if (track.drumKit) {
            m_xml.writeStartElement(QStringLiteral("unpitched"));
            m_xml.writeTextElement(QStringLiteral("display-step"), s.step);
            m_xml.writeTextElement(QStringLiteral("display-octave"), QString::number(s.octave));
            m_xml.writeEndElement();
        } else {
            m_xml.writeStartElement(QStringLiteral("pitch"));
            m_xml.writeTextElement(QStringLiteral("step"), s.step);
            if (s.alter != 0)
                m_xml.writeTextElement(QStringLiteral("alter"), QString::number(s.alter));
            m_xml.writeTextElement(QStringLiteral("octave"), QString::number(s.octave));
            m_xml.writeEndElement();
        }
        writeDurationAndType(value, voice, tieStop, tieStart, track.drumKit ? note.pitch : -1);
        if (tieStop || tieStart) {
            m_xml.writeStartElement(QStringLiteral("notations"));
            if (tieStop) {
                m_xml.writeEmptyElement(QStringLiteral("tied"));
                m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("stop"));
            }
            if (tieStart) {
                m_xml.writeEmptyElement(QStringLiteral("tied"));
                m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("start"));
            }
            m_xml.writeEndElement();
        }
        if (withLyric && !note.lyric.isEmpty()) {
            static const char* const kSyllabic[] = {"single", "begin", "middle", "end"};
            m_xml.writeStartElement(QStringLiteral("lyric"));
            m_xml.writeAttribute(QStringLiteral("number"), QStringLiteral("1"));
            m_xml.writeTextElement(QStringLiteral("syllabic"),
                                   QString::fromLatin1(kSyllabic[int(note.syllabic)]));
            m_xml.writeTextElement(QStringLiteral("text"), note.lyric);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    // MusicXML's order: duration, tie, instrument (drums), voice, type, dot, time-modification.
    void writeDurationAndType(const NoteValue& v, int voice, bool tieStop, bool tieStart,
                              int drumPitch)
    {
        m_xml.writeTextElement(QStringLiteral("duration"), QString::number(v.ticks));
        if (tieStop) {
            m_xml.writeEmptyElement(QStringLiteral("tie"));
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("stop"));
        }
        if (tieStart) {
            m_xml.writeEmptyElement(QStringLiteral("tie"));
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("start"));
        }
        if (drumPitch >= 0)
            writeDrumInstrument(drumPitch);
        m_xml.writeTextElement(QStringLiteral("voice"), QString::number(voice));
        m_xml.writeTextElement(QStringLiteral("type"), QString::fromLatin1(v.type));
        for (int d = 0; d < v.dots; ++d)
            m_xml.writeEmptyElement(QStringLiteral("dot"));
        if (v.triplet) {
            m_xml.writeStartElement(QStringLiteral("time-modification"));
            m_xml.writeTextElement(QStringLiteral("actual-notes"), QStringLiteral("3"));
            m_xml.writeTextElement(QStringLiteral("normal-notes"), QStringLiteral("2"));
            m_xml.writeEndElement();
        }
    }

    void writeDrumInstrument(int pitch)
    {
        m_xml.writeEmptyElement(QStringLiteral("instrument"));
        m_xml.writeAttribute(QStringLiteral("id"),
                             QStringLiteral("P%1-X%2").arg(m_drumPart).arg(pitch));
    }

public:
    int m_drumPart = 0;

private:
    QXmlStreamWriter& m_xml;
    const Score& m_score;
};

} // namespace

QByteArray writeMusicXml(const Score& score)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral(
        "<!DOCTYPE score-partwise PUBLIC \"-//Recordare//DTD MusicXML 3.1 Partwise//EN\" "
        "\"http://www.musicxml.org/dtds/partwise.dtd\">"));
    xml.writeStartElement(QStringLiteral("score-partwise"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.1"));
    if (!score.title.isEmpty()) {
        xml.writeStartElement(QStringLiteral("work"));
        xml.writeTextElement(QStringLiteral("work-title"), score.title);
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("identification"));
    xml.writeStartElement(QStringLiteral("encoding"));
    xml.writeTextElement(QStringLiteral("software"), QStringLiteral("Scorewright"));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("part-list"));
    int channel = 0;
    for (int i = 0; i < score.tracks.size(); ++i) {
        const Track& t = score.tracks[i];
        const QString id = QStringLiteral("P%1").arg(i + 1);
        xml.writeStartElement(QStringLiteral("score-part"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeTextElement(QStringLiteral("part-name"),
                             t.name.isEmpty() ? generalMidiProgramName(t.program, t.drumKit)
                                              : t.name);
        if (t.drumKit) {
            QVector<int> pitches;
            for (const Note& n : t.notes) {
                if (!pitches.contains(n.pitch))
                    pitches.append(n.pitch);
            }
            for (int p : pitches) {
                xml.writeStartElement(QStringLiteral("score-instrument"));
                xml.writeAttribute(QStringLiteral("id"), QStringLiteral("%1-X%2").arg(id).arg(p));
                xml.writeTextElement(QStringLiteral("instrument-name"),
                                     QStringLiteral("Drum %1").arg(p));
                xml.writeEndElement();
            }
            for (int p : pitches) {
                xml.writeStartElement(QStringLiteral("midi-instrument"));
                xml.writeAttribute(QStringLiteral("id"), QStringLiteral("%1-X%2").arg(id).arg(p));
                xml.writeTextElement(QStringLiteral("midi-channel"), QStringLiteral("10"));
                xml.writeTextElement(QStringLiteral("midi-unpitched"), QString::number(p + 1));
                xml.writeEndElement();
            }
        } else {
            xml.writeStartElement(QStringLiteral("score-instrument"));
            xml.writeAttribute(QStringLiteral("id"), id + QStringLiteral("-I1"));
            xml.writeTextElement(QStringLiteral("instrument-name"),
                                 generalMidiProgramName(t.program));
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("midi-instrument"));
            xml.writeAttribute(QStringLiteral("id"), id + QStringLiteral("-I1"));
            xml.writeTextElement(QStringLiteral("midi-channel"), QString::number(channel + 1));
            xml.writeTextElement(QStringLiteral("midi-program"), QString::number(t.program + 1));
            xml.writeEndElement();
            channel = (channel + 1) % 16;
            if (channel == 9)
                channel = 10;
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // part-list

    const qint64 end = std::max<qint64>(score.endTick(), 1);
    const int bars = score.tempoMap.positionOf(end - 1).bar + 1;
    PartWriter writer(xml, score);
    for (int i = 0; i < score.tracks.size(); ++i) {
        writer.m_drumPart = i + 1;
        writer.writePart(i, bars);
    }
    xml.writeEndElement(); // score-partwise
    xml.writeEndDocument();
    return bytes;
}

bool writeMusicXmlFile(const QString& path, const Score& score, QString* error)
{
    QString why;
    if (!outputCanReplace(path, &why)) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    const QByteArray bytes = writeMusicXml(score);
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write the MusicXML file (%2)")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace sw::music
