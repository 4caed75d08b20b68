// Standard MIDI File writer and reader: lossless round trips of our own files, the bytes the
// standard prescribes, other divisions, and hostile input that must fail cleanly.
#include "music/midifile.h"
#include "testscores.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace sw::music;

namespace {

QByteArray header(int format, int tracks, int division)
{
    QByteArray h("MThd");
    h.append(char(0)).append(char(0)).append(char(0)).append(char(6));
    h.append(char(0)).append(char(format));
    h.append(char(tracks >> 8)).append(char(tracks));
    h.append(char(division >> 8)).append(char(division));
    return h;
}

QByteArray trackChunk(const QByteArray& body, int claimedLength = -1)
{
    const quint32 n = quint32(claimedLength >= 0 ? claimedLength : body.size());
    QByteArray t("MTrk");
    t.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return t + body;
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray b;
    for (int v : values)
        b.append(char(v));
    return b;
}

} // namespace

class TestMidiFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatOneRoundTripIsLossless()
    {
        const Score s = sw::testing::richScore();
        Score back;
        QString error;
        MidiFileInfo info;
        QVERIFY2(readMidi(writeMidi(s, 1), &back, &error, &info), qPrintable(error));
        QCOMPARE(info.format, 1);
        QCOMPARE(info.trackChunks, 5); // conductor + 4 tracks
        QVERIFY2(info.warnings.isEmpty(), qPrintable(info.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(back.title, s.title);
        QCOMPARE(back.tempoMap, s.tempoMap);
        QCOMPARE(back.keys, s.keys);
        QCOMPARE(back.chords, s.chords);
        QCOMPARE(back.tracks.size(), s.tracks.size());
        for (int i = 0; i < s.tracks.size(); ++i)
            QCOMPARE(back.tracks[i], s.tracks[i]);
        QCOMPARE(back, s);
    }

    void formatZeroKeepsEveryNote()
    {
        const Score s = sw::testing::richScore();
        Score back;
        QString error;
        MidiFileInfo info;
        QVERIFY2(readMidi(writeMidi(s, 0), &back, &error, &info), qPrintable(error));
        QCOMPARE(info.format, 0);
        QCOMPARE(info.trackChunks, 1);
        QCOMPARE(back.tempoMap, s.tempoMap);
        QCOMPARE(back.keys, s.keys);
        QCOMPARE(back.noteCount(), s.noteCount());
        QCOMPARE(back.tracks.size(), 4); // split again by channel
        QVERIFY(back.tracks[3].drumKit);
        QCOMPARE(back.tracks[0].notes, s.tracks[0].notes); // lyrics included
    }

    void headerAndRunningStatusBytes()
    {
        Score s;
        Track t;
        t.name = QStringLiteral("A");
        t.notes = {sw::testing::note(60, 0, 480), sw::testing::note(62, 480, 480)};
        s.tracks = {t};
        const QByteArray data = writeMidi(s, 1);
        QVERIFY(data.startsWith(header(1, 2, 480)));
        // The second track's notes: status 0x90 once, then running status for the other three
        // messages (off 60, on 62, off 62), each note-off as note-on velocity 0.
        const QByteArray notes =
            bytes({0x00, 0x90, 60, 90, 0x83, 0x60, 60, 0, 0x00, 62, 90, 0x83, 0x60, 62, 0});
        QVERIFY2(data.contains(notes), data.toHex(' ').constData());
        QVERIFY(data.endsWith(bytes({0x00, 0xFF, 0x2F, 0x00})));
    }

    void otherDivisionsAreRescaled()
    {
        // 96 ticks per quarter, one C4 quarter note at beat 2, tempo 100 bpm.
        const QByteArray body =
            bytes({0x00, 0xFF, 0x51, 0x03, 0x09, 0x27, 0xC0, // 600000 us
                   0x60, 0x90, 60, 100, 0x60, 0x80, 60, 0, 0x00, 0xFF, 0x2F, 0x00});
        Score s;
        QString error;
        QVERIFY2(readMidi(header(0, 1, 96) + trackChunk(body), &s, &error), qPrintable(error));
        QCOMPARE(s.tracks.size(), 1);
        QCOMPARE(s.tracks[0].notes[0].startTick, qint64(480));
        QCOMPARE(s.tracks[0].notes[0].durationTicks, qint64(480));
        QCOMPARE(s.tempoMap.bpmAt(0), 100.0);
    }

    void unterminatedNotesEndWithTheirTrack()
    {
        const QByteArray body = bytes({0x00, 0x90, 60, 100, 0x83, 0x60, 0xFF, 0x2F, 0x00});
        Score s;
        QString error;
        MidiFileInfo info;
        QVERIFY(readMidi(header(0, 1, 480) + trackChunk(body), &s, &error, &info));
        QCOMPARE(s.tracks[0].notes[0].durationTicks, qint64(480));
        QCOMPARE(info.warnings.size(), 1);
        QVERIFY(info.warnings[0].contains(QStringLiteral("no note-off")));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray good =
            bytes({0x00, 0x90, 60, 100, 0x60, 0x80, 60, 0, 0x00, 0xFF, 0x2F, 0});
        QTest::newRow("empty") << QByteArray() << "not a Standard MIDI File";
        QTest::newRow("not midi") << QByteArray("RIFF....WAVEfmt ") << "not a Standard MIDI File";
        QTest::newRow("bad chunk length")
            << header(0, 1, 480) + trackChunk(good, 5000) << "bad chunk length at byte 18";
        QTest::newRow("huge chunk length")
            << header(0, 1, 480) + trackChunk(good, -2 & 0x7FFFFFFF) << "bad chunk length";
        QTest::newRow("smpte division")
            << header(0, 1, 0xE728) + trackChunk(good) << "SMPTE time division";
        QTest::newRow("zero division") << header(0, 1, 0) + trackChunk(good) << "division is zero";
        QTest::newRow("format 2") << header(2, 1, 480) + trackChunk(good) << "format 2";
        QTest::newRow("truncated event")
            << header(0, 1, 480) + trackChunk(bytes({0x00, 0x90, 60})) << "truncated channel";
        QTest::newRow("data without status")
            << header(0, 1, 480) + trackChunk(bytes({0x00, 60, 100})) << "without a status byte";
        QTest::newRow("endless delta")
            << header(0, 1, 480) + trackChunk(bytes({0xFF, 0xFF, 0xFF, 0xFF, 0x7F}))
            << "delta time";
        QTest::newRow("meta runs past end")
            << header(0, 1, 480) + trackChunk(bytes({0x00, 0xFF, 0x03, 0x7F, 'a'}))
            << "meta event length";
        QTest::newRow("sysex runs past end")
            << header(0, 1, 480) + trackChunk(bytes({0x00, 0xF0, 0x40, 0x01}))
            << "system-exclusive";
        QTest::newRow("bad header length")
            << QByteArray("MThd\xFF\xFF\xFF\xFF\0\0\0\1\1\xE0", 14) << "bad header chunk length";
    }
    void hostileInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        Score s;
        s.title = QStringLiteral("untouched");
        QString error;
        QVERIFY(!readMidi(data, &s, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(s.title, QStringLiteral("untouched"));
    }

    // The largest deltas a file can hold, at one tick per quarter and at 480: refused or read,
    // never allocated for (a guard: the reader already bounds these).
    void hugeDeltaTimesAreBounded_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray late = bytes({0xFF, 0xFF, 0xFF, 0x70}); // 0x0FFFFFF0 ticks
        const QByteArray note = bytes({0x90, 60, 100, 0x01, 0x80, 60, 0});
        const QByteArray end = bytes({0x00, 0xFF, 0x2F, 0});
        QTest::newRow("late note, division 1") << header(0, 1, 1) + trackChunk(late + note + end);
        QTest::newRow("late note, division 480")
            << header(0, 1, 480) + trackChunk(late + note + end);
        QTest::newRow("late meter, division 1")
            << header(0, 1, 1) + trackChunk(late + bytes({0xFF, 0x58, 4, 3, 2, 24, 8}) + end);
        QTest::newRow("late end, division 1")
            << header(0, 1, 1) + trackChunk(bytes({0x00}) + note + late + late + end);
    }
    void hugeDeltaTimesAreBounded()
    {
        QFETCH(QByteArray, data);
        Score s;
        QString error;
        if (readMidi(data, &s, &error)) {
            QVERIFY(s.validate().isEmpty());
            QVERIFY(writeMidi(s, 1).size() < 1000);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void randomCorruptionNeverCrashes()
    {
        const QByteArray good = writeMidi(sw::testing::richScore(), 1);
        quint32 state = 12345;
        auto next = [&state] { return state = state * 1664525u + 1013904223u; };
        for (int round = 0; round < 2000; ++round) {
            QByteArray data = good;
            const int flips = 1 + int(next() % 8);
            for (int i = 0; i < flips; ++i)
                data[int(next() % quint32(data.size()))] = char(next() >> 24);
            if (round % 3 == 0)
                data.truncate(int(next() % quint32(data.size())));
            Score s;
            QString error;
            if (!readMidi(data, &s, &error))
                QVERIFY(!error.isEmpty());
            else
                QVERIFY(s.validate().isEmpty());
        }
    }

    void filesAreNamedInErrors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.mid"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(header(0, 1, 480) + trackChunk(QByteArray(), 999));
        f.close();
        Score s;
        QString error;
        QVERIFY(!readMidiFile(path, &s, &error));
        QVERIFY2(error.startsWith(QStringLiteral("broken.mid: bad chunk length")),
                 qPrintable(error));
        QVERIFY(!readMidiFile(dir.filePath(QStringLiteral("absent.mid")), &s, &error));
        QVERIFY(error.startsWith(QStringLiteral("absent.mid: cannot open")));
    }

    // A FIFO would block the open until someone writes; /dev/zero reports size 0 and never ends.
    void onlyRegularFilesAreRead()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.mid"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        Score s;
        QString error;
        QVERIFY(!readMidiFile(fifo, &s, &error));
        QVERIFY2(error.startsWith(QStringLiteral("pipe.mid: is not a regular file")),
                 qPrintable(error));
        QVERIFY(!readMidiFile(QStringLiteral("/dev/zero"), &s, &error));
        QVERIFY2(error.startsWith(QStringLiteral("zero: is not a regular file")),
                 qPrintable(error));
    }

    void writeFileIsAtomicAndReportsFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("song.mid"));
        QString error;
        QVERIFY(writeMidiFile(path, sw::testing::richScore(), 1, &error));
        Score back;
        QVERIFY(readMidiFile(path, &back, &error));
        QCOMPARE(back, sw::testing::richScore());
        QVERIFY(!writeMidiFile(dir.filePath(QStringLiteral("no/such/folder/x.mid")),
                               sw::testing::richScore(), 1, &error));
        QVERIFY(error.startsWith(QStringLiteral("x.mid: cannot write")));
    }
};

QTEST_GUILESS_MAIN(TestMidiFile)
#include "test_midifile.moc"
