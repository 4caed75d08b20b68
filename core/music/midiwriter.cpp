// Standard MIDI File writer (see midifile.h).
#include "music/feel.h"
#include "music/midifile.h"
#include "music/outputfile.h"

#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace sw::music {

namespace {

// Events of one MTrk before encoding. At one tick, `order` puts meta events first, then program
// changes, note-offs, lyrics and finally note-ons, so a lyric precedes the note it belongs to and
// a repeated pitch is released before it is struck again.
struct TrackEvent
{
    qint64 tick;
    int order;
    QByteArray bytes; // status byte + data, or 0xFF type + payload for meta events
};

enum EventOrder
{
    kOrderName,
    kOrderMeta,
    kOrderProgram,
    kOrderControl,
    kOrderNoteOff,
    kOrderLyric,
    kOrderNoteOn
};

void appendVariableLength(QByteArray& out, quint32 value)
{
    quint8 buffer[4];
    int count = 0;
    buffer[count++] = value & 0x7F;
    while ((value >>= 7) != 0 && count < 4)
        buffer[count++] = 0x80 | (value & 0x7F);
    while (count > 0)
        out.append(char(buffer[--count]));
}

QByteArray metaEvent(quint8 type, const QByteArray& payload)
{
    QByteArray e;
    e.append(char(0xFF));
    e.append(char(type));
    appendVariableLength(e, quint32(payload.size()));
    e.append(payload);
    return e;
}

QByteArray textMeta(quint8 type, const QString& text)
{
    return metaEvent(type, text.toUtf8());
}

QByteArray channelEvent(quint8 status, quint8 d1, int d2 = -1)
{
    QByteArray e;
    e.append(char(status));
    e.append(char(d1 & 0x7F));
    if (d2 >= 0)
        e.append(char(d2 & 0x7F));
    return e;
}

void appendConductorEvents(const Score& score, QVector<TrackEvent>& events)
{
    for (const MeterChange& m : score.tempoMap.meterChanges()) {
        int log2 = 0;
        while ((1 << log2) < m.denominator)
            ++log2;
        QByteArray payload;
        payload.append(char(m.numerator));
        payload.append(char(log2));
        payload.append(char(24)); // MIDI clocks per metronome click
        payload.append(char(8));  // 32nd notes per quarter
        events.append({m.tick, kOrderMeta, metaEvent(0x58, payload)});
    }
    for (const KeySignature& k : score.keys) {
        QByteArray payload;
        payload.append(char(qint8(k.fifths)));
        payload.append(char(k.mode == KeyMode::Minor ? 1 : 0));
        events.append({k.tick, kOrderMeta, metaEvent(0x59, payload)});
    }
    for (const TempoChange& t : score.tempoMap.tempoChanges()) {
        QByteArray payload;
        payload.append(char((t.microsPerQuarter >> 16) & 0xFF));
        payload.append(char((t.microsPerQuarter >> 8) & 0xFF));
        payload.append(char(t.microsPerQuarter & 0xFF));
        events.append({t.tick, kOrderMeta, metaEvent(0x51, payload)});
    }
    if (score.leadInTicks > 0) {
        QByteArray start;
        start.append(char(kNonCommercialManufacturerId));
        start.append(kMusicStartText);
        events.append(
            {score.leadInTicks, kOrderMeta, metaEvent(kSequencerSpecificMetaType, start)});
    }
    for (const ChordSymbol& c : score.chords)
        events.append({c.tick, kOrderMeta,
                       textMeta(kChordMetaType, QLatin1String(kChordTextPrefix) + c.name())});
}

} // namespace

QVector<int> midiChannelsOfScore(const Score& score)
{
    QVector<int> channels;
    int next = 0;
    for (const Track& t : score.tracks) {
        if (t.drumKit) {
            channels.append(9);
            continue;
        }
        channels.append(next);
        next = (next + 1) % 16;
        if (next == 9)
            next = 10;
    }
    return channels;
}

namespace {

void appendTrackEvents(const Track& track, int channel, QVector<TrackEvent>& events)
{
    QByteArray role;
    role.append(char(kNonCommercialManufacturerId));
    role.append((QLatin1String(kRoleTextPrefix) + trackRoleName(track.role)).toUtf8());
    events.append({0, kOrderMeta, metaEvent(kSequencerSpecificMetaType, role)});
    events.append({0, kOrderProgram, channelEvent(quint8(0xC0 | channel), quint8(track.program))});
    for (const ControlChange& c : track.controls) {
        if (c.controller == controller::kPitchBend) {
            const int bend = std::clamp(c.value + 8192, 0, 16383);
            events.append({c.tick, kOrderControl,
                           channelEvent(quint8(0xE0 | channel), quint8(bend & 0x7F), bend >> 7)});
        } else if (c.controller == controller::kProgram) {
            events.append(
                {c.tick, kOrderProgram,
                 channelEvent(quint8(0xC0 | channel), quint8(std::clamp(c.value, 0, 127)))});
        } else {
            events.append({c.tick, kOrderControl,
                           channelEvent(quint8(0xB0 | channel), quint8(c.controller),
                                        std::clamp(c.value, 0, 127))});
        }
    }
    for (const Note& n : track.notes) {
        if (!n.lyric.isEmpty()) {
            const bool continues = n.syllabic == Syllabic::Begin || n.syllabic == Syllabic::Middle;
            events.append(
                {n.startTick, kOrderLyric,
                 textMeta(0x05, n.lyric + (continues ? QStringLiteral("-") : QString()))});
        }
        events.append({n.startTick, kOrderNoteOn,
                       channelEvent(quint8(0x90 | channel), quint8(n.pitch), n.velocity)});
        events.append(
            {n.endTick(), kOrderNoteOff, channelEvent(quint8(0x90 | channel), quint8(n.pitch), 0)});
    }
}

QByteArray encodeTrackChunk(QVector<TrackEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const TrackEvent& a, const TrackEvent& b) {
        return a.tick != b.tick ? a.tick < b.tick : a.order < b.order;
    });
    QByteArray body;
    qint64 previousTick = 0;
    quint8 runningStatus = 0;
    for (const TrackEvent& e : events) {
        appendVariableLength(body, quint32(e.tick - previousTick));
        previousTick = e.tick;
        const quint8 status = quint8(e.bytes.at(0));
        if (status == 0xFF) {
            body.append(e.bytes);
            runningStatus = 0; // meta events cancel running status
        } else if (status == runningStatus) {
            body.append(e.bytes.mid(1));
        } else {
            body.append(e.bytes);
            runningStatus = status;
        }
    }
    appendVariableLength(body, 0);
    body.append(metaEvent(0x2F, {}));

    QByteArray chunk("MTrk");
    const quint32 size = quint32(body.size());
    chunk.append(char(size >> 24))
        .append(char(size >> 16))
        .append(char(size >> 8))
        .append(char(size));
    chunk.append(body);
    return chunk;
}

} // namespace

QByteArray writeMidi(const Score& written, int format)
{
    // A MIDI file carries the performance: swung eighths where they are heard.
    const Score score = performedScore(written);
    const QVector<int> channels = midiChannelsOfScore(score);
    QVector<QVector<TrackEvent>> chunks;
    if (format == 0) {
        QVector<TrackEvent> all;
        if (!score.title.isEmpty())
            all.append({0, kOrderName, textMeta(0x03, score.title)});
        appendConductorEvents(score, all);
        for (int i = 0; i < score.tracks.size(); ++i)
            appendTrackEvents(score.tracks[i], channels[i], all);
        chunks.append(all);
    } else {
        QVector<TrackEvent> conductor;
        if (!score.title.isEmpty())
            conductor.append({0, kOrderName, textMeta(0x03, score.title)});
        appendConductorEvents(score, conductor);
        chunks.append(conductor);
        for (int i = 0; i < score.tracks.size(); ++i) {
            QVector<TrackEvent> events;
            events.append({0, kOrderName, textMeta(0x03, score.tracks[i].name)});
            appendTrackEvents(score.tracks[i], channels[i], events);
            chunks.append(events);
        }
    }

    QByteArray out("MThd");
    out.append(char(0)).append(char(0)).append(char(0)).append(char(6));
    out.append(char(0)).append(char(format == 0 ? 0 : 1));
    out.append(char(chunks.size() >> 8)).append(char(chunks.size() & 0xFF));
    out.append(char(kTicksPerQuarter >> 8)).append(char(kTicksPerQuarter & 0xFF));
    for (const QVector<TrackEvent>& events : chunks)
        out.append(encodeTrackChunk(events));
    return out;
}

bool writeMidiFile(const QString& path, const Score& score, int format, QString* error)
{
    // Saving renames a new file over the target (outputfile.h).
    QString why;
    if (!outputCanReplace(path, &why)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    const QByteArray bytes = writeMidi(score, format);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write the MIDI file (%2)")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace sw::music
