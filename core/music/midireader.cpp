// Standard MIDI File reader (see midifile.h). Parsing happens in two steps: the byte stream is
// decoded into raw events per track chunk (every read bounds-checked), then the raw events are
// turned into a Score (notes paired, tracks split by channel, ticks rescaled to 480 PPQ).
#include "music/midifile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <algorithm>
#include <deque>

namespace sw::music {

namespace {

struct RawEvent
{
    qint64 tick = 0;
    quint8 status = 0; // 0xFF for meta events, 0xF0/0xF7 for sysex
    quint8 metaType = 0;
    quint8 data1 = 0;
    quint8 data2 = 0;
    QByteArray payload; // meta payload
};

struct RawTrack
{
    QVector<RawEvent> events;
    qint64 endTick = 0;
};

class ByteCursor
{
public:
    ByteCursor(const QByteArray& data, qint64 begin, qint64 end)
        : m_data(data), m_pos(begin), m_end(end)
    {
    }
    qint64 pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_end; }
    bool has(qint64 n) const { return n >= 0 && m_pos + n <= m_end; }
    quint8 peek() const { return quint8(m_data.at(m_pos)); }
    quint8 byte() { return quint8(m_data.at(m_pos++)); }
    QByteArray bytes(qint64 n)
    {
        QByteArray b = m_data.mid(m_pos, n);
        m_pos += n;
        return b;
    }
    bool variableLength(quint32* value)
    {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i) {
            if (!has(1))
                return false;
            const quint8 b = byte();
            v = (v << 7) | (b & 0x7F);
            if (!(b & 0x80)) {
                *value = v;
                return true;
            }
        }
        return false;
    }

private:
    const QByteArray& m_data;
    qint64 m_pos;
    qint64 m_end;
};

quint32 bigEndian32(const QByteArray& d, qint64 at)
{
    return (quint32(quint8(d[at])) << 24) | (quint32(quint8(d[at + 1])) << 16) |
           (quint32(quint8(d[at + 2])) << 8) | quint32(quint8(d[at + 3]));
}

quint16 bigEndian16(const QByteArray& d, qint64 at)
{
    return quint16((quint8(d[at]) << 8) | quint8(d[at + 1]));
}

// A chunk type as the error message shows it: "MTrk", or its hex bytes when it is not text.
QString printableChunkType(const QByteArray& type)
{
    for (char c : type) {
        if (c < 0x20 || c > 0x7E)
            return QStringLiteral("0x") + QString::fromLatin1(type.toHex());
    }
    return QStringLiteral("\"%1\"").arg(QString::fromLatin1(type));
}

int dataBytesFor(quint8 status)
{
    const quint8 kind = status & 0xF0;
    return (kind == 0xC0 || kind == 0xD0) ? 1 : 2;
}

bool parseTrackChunk(const QByteArray& data, qint64 begin, qint64 end, int trackNumber,
                     RawTrack* track, int* eventBudget, QString* error)
{
    ByteCursor c(data, begin, end);
    qint64 tick = 0;
    quint8 runningStatus = 0;
    auto fail = [&](const QString& why) {
        *error = QStringLiteral("track %1: %2 at byte %3").arg(trackNumber).arg(why).arg(c.pos());
        return false;
    };
    while (!c.atEnd()) {
        quint32 delta = 0;
        if (!c.variableLength(&delta))
            return fail(QStringLiteral("bad or truncated delta time"));
        tick += delta;
        if (tick > kMaxTick)
            return fail(QStringLiteral("events run past the longest score we accept"));
        if (!c.has(1))
            return fail(QStringLiteral("the track ends after a delta time"));
        if (--*eventBudget < 0)
            return fail(QStringLiteral("too many events"));
        RawEvent e;
        e.tick = tick;
        quint8 status = c.peek();
        if (status == 0xFF) {
            c.byte();
            if (!c.has(1))
                return fail(QStringLiteral("truncated meta event"));
            e.status = 0xFF;
            e.metaType = c.byte();
            quint32 length = 0;
            if (!c.variableLength(&length) || !c.has(length))
                return fail(QStringLiteral("meta event length runs past the end of the track"));
            e.payload = c.bytes(length);
            runningStatus = 0;
            track->events.append(e);
            if (e.metaType == 0x2F)
                break; // end of track; anything after it is padding
            continue;
        }
        if (status == 0xF0 || status == 0xF7) {
            c.byte();
            quint32 length = 0;
            if (!c.variableLength(&length) || !c.has(length))
                return fail(
                    QStringLiteral("system-exclusive length runs past the end of the track"));
            c.bytes(length);
            runningStatus = 0;
            continue;
        }
        if (status & 0x80) {
            if (status > 0xF0)
                return fail(QStringLiteral("unexpected system message 0x%1").arg(status, 2, 16));
            c.byte();
            runningStatus = status;
        } else if (runningStatus == 0) {
            return fail(QStringLiteral("data byte without a status byte"));
        }
        e.status = runningStatus;
        const int needed = dataBytesFor(runningStatus);
        if (!c.has(needed))
            return fail(QStringLiteral("truncated channel message"));
        e.data1 = c.byte() & 0x7F;
        if (needed == 2)
            e.data2 = c.byte() & 0x7F;
        track->events.append(e);
    }
    track->endTick = tick;
    return true;
}

TrackRole guessRole(const QString& name, int program, bool drums)
{
    if (drums)
        return TrackRole::Drums;
    const QString n = name.toLower();
    if (n.contains(QLatin1String("vocal")) || n.contains(QLatin1String("voice")) ||
        n.contains(QLatin1String("sing")))
        return TrackRole::Vocal;
    if (n.contains(QLatin1String("melody")) || n.contains(QLatin1String("lead")))
        return TrackRole::Melody;
    if (n.contains(QLatin1String("bass")) || (program >= 32 && program <= 39))
        return TrackRole::Bass;
    if (n.contains(QLatin1String("chord")) || n.contains(QLatin1String("piano")) ||
        n.contains(QLatin1String("pad")))
        return TrackRole::Chords;
    return TrackRole::Other;
}

// Collects the notes of one (track chunk, channel) pair.
struct ChannelTrack
{
    int channel = 0;
    int program = -1;
    int programNow = -1; ///< the program in force while reading, for later changes
    QVector<Note> notes;
    QVector<ControlChange> controls;
    QHash<int, std::deque<int>> sounding; // pitch -> indices of notes waiting for their note-off
};

class ScoreBuilder
{
public:
    ScoreBuilder(int division, MidiFileInfo* info) : m_division(division), m_info(info) {}

    qint64 scale(qint64 tick) const
    {
        return (tick * kTicksPerQuarter + m_division / 2) / m_division;
    }

    void addChunk(int chunkIndex, const RawTrack& raw)
    {
        QString name;
        QString roleText;
        QMap<int, ChannelTrack> byChannel;
        QVector<QPair<qint64, QString>> lyrics;
        for (const RawEvent& e : raw.events) {
            if (e.status == 0xFF) {
                handleMeta(e, &name, &roleText, &lyrics);
                continue;
            }
            const int kind = e.status & 0xF0;
            const int channel = e.status & 0x0F;
            if (kind == 0xC0) {
                ChannelTrack& t = byChannel[channel];
                t.channel = channel;
                // The first program is the track's; later ones change it where they stand.
                if (t.program < 0)
                    t.program = e.data1;
                else if (e.data1 != t.programNow)
                    t.controls.append({scale(e.tick), controller::kProgram, e.data1});
                t.programNow = e.data1;
            } else if (kind == 0xB0 && e.data1 <= controller::kLastController) {
                ChannelTrack& t = byChannel[channel];
                t.channel = channel;
                t.controls.append({scale(e.tick), e.data1, e.data2});
            } else if (kind == 0xE0) {
                ChannelTrack& t = byChannel[channel];
                t.channel = channel;
                t.controls.append(
                    {scale(e.tick), controller::kPitchBend, ((e.data2 << 7) | e.data1) - 8192});
            } else if (kind == 0x90 && e.data2 > 0) {
                ChannelTrack& t = byChannel[channel];
                t.channel = channel;
                Note n;
                n.pitch = e.data1;
                n.velocity = e.data2;
                n.startTick = scale(e.tick);
                n.durationTicks = -1;
                t.sounding[n.pitch].push_back(t.notes.size());
                t.notes.append(n);
            } else if (kind == 0x80 || kind == 0x90) {
                auto it = byChannel.find(channel);
                if (it == byChannel.end() || it->sounding[e.data1].empty())
                    continue; // a note-off without a note-on is harmless
                Note& n = it->notes[it->sounding[e.data1].front()];
                it->sounding[e.data1].pop_front();
                n.durationTicks = std::max<qint64>(1, scale(e.tick) - n.startTick);
            }
        }
        int unterminated = 0;
        for (ChannelTrack& t : byChannel) {
            for (Note& n : t.notes) {
                if (n.durationTicks < 0) {
                    n.durationTicks = std::max<qint64>(1, scale(raw.endTick) - n.startTick);
                    ++unterminated;
                }
            }
        }
        if (unterminated > 0)
            m_info->warnings << QStringLiteral("track %1: %2 notes had no note-off and end with "
                                               "the track")
                                    .arg(chunkIndex + 1)
                                    .arg(unterminated);

        if (chunkIndex == 0 && m_titleCandidate.isEmpty())
            m_titleCandidate = name;
        int firstNewTrack = m_score.tracks.size();
        for (const ChannelTrack& ct : byChannel) {
            if (ct.notes.isEmpty())
                continue;
            Track t;
            t.drumKit = ct.channel == 9;
            t.program = std::max(0, ct.program);
            t.name = name.isEmpty()
                         ? (t.drumKit ? QStringLiteral("Drums") : generalMidiProgramName(t.program))
                         : name;
            if (byChannel.size() > 1)
                t.name += QStringLiteral(" (channel %1)").arg(ct.channel + 1);
            if (roleText.isEmpty() || !parseTrackRole(roleText, &t.role))
                t.role = guessRole(name, t.program, t.drumKit);
            t.notes = ct.notes;
            t.controls = ct.controls;
            t.sortNotes();
            m_score.tracks.append(t);
        }
        if (m_score.tracks.size() > firstNewTrack)
            m_hadNotesInFirstChunk |= chunkIndex == 0;
        attachLyrics(lyrics, firstNewTrack, chunkIndex);
    }

    Score finish(QString* error, bool* ok)
    {
        *ok = true;
        QString tempoError;
        if (!m_score.tempoMap.setChanges(m_tempos, m_meters, &tempoError)) {
            *error = tempoError;
            *ok = false;
        }
        if (!m_hadNotesInFirstChunk || m_score.tracks.size() <= 1)
            m_score.title = m_titleCandidate;
        m_score.normalize();
        return m_score;
    }

private:
    void handleMeta(const RawEvent& e, QString* name, QString* roleText,
                    QVector<QPair<qint64, QString>>* lyrics)
    {
        const qint64 tick = scale(e.tick);
        const QByteArray& p = e.payload;
        switch (e.metaType) {
        case 0x03:
            if (name->isEmpty())
                *name = QString::fromUtf8(p).trimmed();
            break;
        case kChordMetaType: {
            const QString text = QString::fromUtf8(p);
            ChordSymbol chord;
            if (text.startsWith(QLatin1String(kChordTextPrefix)) &&
                ChordSymbol::parse(text.mid(int(strlen(kChordTextPrefix))), &chord)) {
                chord.tick = tick;
                m_score.chords.append(chord);
            }
            break;
        }
        case kSequencerSpecificMetaType: {
            const QString text = QString::fromUtf8(p.mid(1));
            if (p.startsWith(char(kNonCommercialManufacturerId)) &&
                text.startsWith(QLatin1String(kRoleTextPrefix)))
                *roleText = text.mid(int(strlen(kRoleTextPrefix)));
            else if (p.startsWith(char(kNonCommercialManufacturerId)) &&
                     text == QLatin1String(kMusicStartText))
                m_score.leadInTicks = tick;
            break;
        }
        case 0x05:
            lyrics->append({tick, QString::fromUtf8(p)});
            break;
        case 0x51:
            if (p.size() == 3) {
                const qint64 us = (qint64(quint8(p[0])) << 16) | (quint8(p[1]) << 8) | quint8(p[2]);
                if (us > 0)
                    m_tempos.append({tick, us});
                else
                    m_info->warnings << QStringLiteral("a tempo of zero was ignored");
            }
            break;
        case 0x58:
            if (p.size() >= 2 && quint8(p[1]) <= 6 &&
                TempoMap::isValidMeter(quint8(p[0]), 1 << quint8(p[1])))
                m_meters.append({tick, quint8(p[0]), 1 << quint8(p[1])});
            else
                m_info->warnings << QStringLiteral("an invalid time signature at tick %1 was "
                                                   "ignored")
                                        .arg(tick);
            break;
        case 0x59:
            if (p.size() == 2 && qint8(p[0]) >= -7 && qint8(p[0]) <= 7 && quint8(p[1]) <= 1)
                m_score.keys.append(
                    KeySignature{tick, qint8(p[0]), p[1] ? KeyMode::Minor : KeyMode::Major});
            else
                m_info->warnings << QStringLiteral("an invalid key signature at tick %1 was "
                                                   "ignored")
                                        .arg(tick);
            break;
        default:
            break;
        }
    }

    // A lyric event belongs to the note that starts with it (or the next one) in its own chunk.
    // A trailing hyphen means the word goes on, as karaoke and notation programs write it.
    void attachLyrics(const QVector<QPair<qint64, QString>>& lyrics, int firstTrack, int chunk)
    {
        if (lyrics.isEmpty())
            return;
        if (firstTrack >= m_score.tracks.size()) {
            m_info->warnings << QStringLiteral("track %1: %2 lyric events without notes were "
                                               "ignored")
                                    .arg(chunk + 1)
                                    .arg(lyrics.size());
            return;
        }
        QVector<Note>& notes = m_score.tracks[firstTrack].notes;
        bool wordContinues = false;
        int searchFrom = 0;
        for (const auto& lyric : lyrics) {
            QString text = lyric.second.trimmed();
            if (text.isEmpty())
                continue;
            const bool hyphen = text.endsWith(QLatin1Char('-'));
            if (hyphen)
                text.chop(1);
            const Syllabic syllabic = wordContinues ? (hyphen ? Syllabic::Middle : Syllabic::End)
                                                    : (hyphen ? Syllabic::Begin : Syllabic::Single);
            wordContinues = hyphen;
            while (searchFrom < notes.size() && notes[searchFrom].startTick < lyric.first)
                ++searchFrom;
            if (searchFrom >= notes.size()) {
                m_info->warnings << QStringLiteral("track %1: the lyric \"%2\" has no note and "
                                                   "was ignored")
                                        .arg(chunk + 1)
                                        .arg(text);
                continue;
            }
            notes[searchFrom].lyric = text;
            notes[searchFrom].syllabic = syllabic;
            ++searchFrom;
        }
    }

    int m_division;
    MidiFileInfo* m_info;
    Score m_score;
    QVector<TempoChange> m_tempos;
    QVector<MeterChange> m_meters;
    QString m_titleCandidate;
    bool m_hadNotesInFirstChunk = false;
};

} // namespace

bool readMidi(const QByteArray& data, Score* score, QString* error, MidiFileInfo* infoOut)
{
    MidiFileInfo info;
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (data.size() < 14 || !data.startsWith("MThd"))
        return fail(QStringLiteral("not a Standard MIDI File (no MThd header)"));
    const quint32 headerLength = bigEndian32(data, 4);
    if (headerLength < 6 || qint64(headerLength) > data.size() - 8)
        return fail(QStringLiteral("bad header chunk length %1 at byte 4").arg(headerLength));
    info.format = bigEndian16(data, 8);
    const int declaredTracks = bigEndian16(data, 10);
    const quint16 division = bigEndian16(data, 12);
    if (info.format > 2)
        return fail(QStringLiteral("unknown MIDI file format %1").arg(info.format));
    if (info.format == 2)
        return fail(QStringLiteral("MIDI format 2 (independent sequences) is not supported"));
    if (division & 0x8000)
        return fail(QStringLiteral("SMPTE time division is not supported; re-save the file with "
                                   "ticks per quarter note"));
    if (division == 0)
        return fail(QStringLiteral("the time division is zero"));
    info.division = division;

    QVector<RawTrack> tracks;
    int eventBudget = kMaxNotes * 3;
    qint64 pos = 8 + headerLength;
    while (pos < data.size()) {
        if (data.size() - pos < 8) {
            info.warnings
                << QStringLiteral("%1 stray bytes at the end were ignored").arg(data.size() - pos);
            break;
        }
        const QByteArray type = data.mid(pos, 4);
        const quint32 length = bigEndian32(data, pos + 4);
        if (qint64(length) > data.size() - pos - 8)
            return fail(QStringLiteral("bad chunk length at byte %1: the %2 chunk claims %3 bytes "
                                       "but only %4 remain")
                            .arg(pos + 4)
                            .arg(printableChunkType(type))
                            .arg(length)
                            .arg(data.size() - pos - 8));
        if (type == "MTrk") {
            if (tracks.size() >= kMaxTracks)
                return fail(QStringLiteral("more than %1 tracks").arg(kMaxTracks));
            RawTrack track;
            QString trackError;
            if (!parseTrackChunk(data, pos + 8, pos + 8 + length, tracks.size() + 1, &track,
                                 &eventBudget, &trackError))
                return fail(trackError);
            info.events += track.events.size();
            tracks.append(track);
        } // unknown chunk types are skipped, as the standard asks
        pos += 8 + qint64(length);
    }
    info.trackChunks = tracks.size();
    if (tracks.size() != declaredTracks)
        info.warnings << QStringLiteral("the header announces %1 tracks but the file holds %2")
                             .arg(declaredTracks)
                             .arg(tracks.size());

    ScoreBuilder builder(division, &info);
    for (int i = 0; i < tracks.size(); ++i)
        builder.addChunk(i, tracks[i]);
    bool ok = false;
    QString buildError;
    Score built = builder.finish(&buildError, &ok);
    if (!ok)
        return fail(buildError);
    const QStringList problems = built.validate();
    if (!problems.isEmpty())
        return fail(problems.first());
    *score = built;
    if (infoOut)
        *infoOut = info;
    return true;
}

bool readMidiFile(const QString& path, Score* score, QString* error, MidiFileInfo* info)
{
    const QFileInfo fileInfo(path);
    const QString name = fileInfo.fileName();
    // A FIFO blocks the open until someone writes, and /dev/zero reports size 0 and never ends:
    // only a regular file has a size that bounds what is read.
    if (fileInfo.exists() && !fileInfo.isFile()) {
        if (error)
            *error = QStringLiteral("%1: is not a regular file").arg(name);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open (%2)").arg(name, file.errorString());
        return false;
    }
    if (file.size() > kMaxMidiFileBytes) {
        if (error)
            *error = QStringLiteral("%1: %2 MB is larger than the %3 MB a MIDI file may have")
                         .arg(name)
                         .arg(file.size() / (1024 * 1024))
                         .arg(kMaxMidiFileBytes / (1024 * 1024));
        return false;
    }
    QString why;
    // Read no more than the limit even if the file grew after its size was taken.
    if (!readMidi(file.read(kMaxMidiFileBytes), score, &why, info)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, why);
        return false;
    }
    return true;
}

} // namespace sw::music
