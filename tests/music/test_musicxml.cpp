// MusicXML export: well-formed, every measure of every voice exactly one bar long, key, time,
// tempo, harmonies and lyrics present; and MuseScore 3 reads it back into the same notes and
// tempo map (its MIDI export checked with our reader).
#include "music/midifile.h"
#include "music/musicxmlwriter.h"
#include "testscores.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace sw::music;

class TestMusicXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void measuresAreWholeAndEverythingIsThere()
    {
        Score score = sw::testing::richScore();
        // A note across the bar line that overlaps the piano's held chord: a second voice, tied.
        score.tracks[1].notes.append(sw::testing::note(72, 1680, 480));
        score.normalize();
        QXmlStreamReader xml(writeMusicXml(score));
        int parts = 0, measures = 0, harmonies = 0, ties = 0;
        QStringList lyrics, syllabics;
        qint64 voiceOne = 0;
        int measure = 0;
        bool inNote = false, chord = false, isVoiceOne = false;
        qint64 duration = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            const QStringView name = xml.name();
            if (xml.isStartElement()) {
                if (name == u"part")
                    ++parts;
                else if (name == u"measure") {
                    ++measures;
                    measure = xml.attributes().value(QStringLiteral("number")).toInt();
                    voiceOne = 0;
                } else if (name == u"harmony")
                    ++harmonies;
                else if (name == u"note") {
                    inNote = true;
                    chord = false;
                    isVoiceOne = false;
                } else if (inNote && name == u"chord")
                    chord = true;
                else if (inNote && name == u"duration")
                    duration = xml.readElementText().toLongLong();
                else if (inNote && name == u"voice")
                    isVoiceOne = xml.readElementText() == QLatin1String("1");
                else if (name == u"tie")
                    ++ties;
                else if (name == u"text")
                    lyrics << xml.readElementText();
                else if (name == u"syllabic")
                    syllabics << xml.readElementText();
            } else if (xml.isEndElement()) {
                if (name == u"note") {
                    inNote = false;
                    if (isVoiceOne && !chord)
                        voiceOne += duration;
                } else if (name == u"measure") {
                    const qint64 barStart = score.tempoMap.barStartTick(measure - 1);
                    const qint64 expected = score.tempoMap.barStartTick(measure) - barStart;
                    if (voiceOne != expected)
                        problems << QStringLiteral("measure %1: %2 ticks in voice 1, expected %3")
                                        .arg(measure)
                                        .arg(voiceOne)
                                        .arg(expected);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(parts, 4);
        QCOMPARE(measures, 4 * 8);
        QCOMPARE(harmonies, 3);
        QCOMPARE(lyrics.mid(0, 4), (QStringList{QStringLiteral("Morn"), QStringLiteral("ing"),
                                                QStringLiteral("comes"), QStringLiteral("light")}));
        QCOMPARE(syllabics.mid(0, 2),
                 (QStringList{QStringLiteral("begin"), QStringLiteral("end")}));
        QCOMPARE(ties, 2); // the added note crosses into bar 2: a tie start and a tie stop
    }

    void museScoreReadsTheSameMusic()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("mscore3")).isEmpty())
            QFAIL("MuseScore 3 is not installed (install musescore3).");
        QTemporaryDir dir;
        const Score score = sw::testing::richScore();
        const QString xmlPath = dir.filePath(QStringLiteral("song.musicxml"));
        const QString midiPath = dir.filePath(QStringLiteral("song.mid"));
        QString error;
        QVERIFY(writeMusicXmlFile(xmlPath, score, &error));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("mscore3"), {QStringLiteral("-o"), midiPath, xmlPath});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        Score back;
        QVERIFY2(readMidiFile(midiPath, &back, &error), qPrintable(error));
        QCOMPARE(back.tempoMap.tempoChanges().size(), 2);
        QCOMPARE(back.tempoMap.meterChanges(), score.tempoMap.meterChanges());
        QCOMPARE(back.tracks.size(), 4);
        for (int t = 0; t < 4; ++t) {
            QCOMPARE(back.tracks[t].drumKit, score.tracks[t].drumKit);
            QCOMPARE(back.tracks[t].program, score.tracks[t].program);
            QCOMPARE(back.tracks[t].notes.size(), score.tracks[t].notes.size());
            for (int n = 0; n < score.tracks[t].notes.size(); ++n) {
                const Note& a = score.tracks[t].notes[n];
                const Note& b = back.tracks[t].notes[n];
                QCOMPARE(b.pitch, a.pitch);
                QCOMPARE(b.startTick, a.startTick);
                // MuseScore plays notes a little short of their written length; ours are on a
                // 40-tick grid.
                QVERIFY2(std::abs(b.durationTicks - a.durationTicks) <= 60,
                         qPrintable(QStringLiteral("track %1 note %2: %3 vs %4")
                                        .arg(t)
                                        .arg(n)
                                        .arg(b.durationTicks)
                                        .arg(a.durationTicks)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMusicXml)
#include "test_musicxml.moc"
