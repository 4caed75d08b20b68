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

namespace {
// Each note that carries a lyric, in document order: "C4 begin Morn".
QStringList sungNotes(const QByteArray& musicXml)
{
    QXmlStreamReader xml(musicXml);
    QStringList out;
    QString pitch, syllabic, text;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"note")
                pitch.clear(), syllabic.clear(), text.clear();
            else if (name == u"step" || name == u"octave")
                pitch += xml.readElementText();
            else if (name == u"alter")
                pitch +=
                    xml.readElementText().toInt() > 0 ? QStringLiteral("#") : QStringLiteral("b");
            else if (name == u"syllabic")
                syllabic = xml.readElementText();
            else if (name == u"text")
                text = xml.readElementText();
        } else if (xml.isEndElement() && name == u"note" && !text.isEmpty()) {
            out << QStringLiteral("%1 %2 %3").arg(pitch, syllabic, text);
        }
    }
    return out;
}

// Runs MuseScore 3 headless: `mscore3 -o out in`.
bool museScoreConverts(const QString& in, const QString& out, const QString& runtimeDir,
                       QString* problem)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("mscore3"), {QStringLiteral("-o"), out, in});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *problem = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}
} // namespace

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
        QVERIFY2(museScoreConverts(xmlPath, midiPath, dir.path(), &error), qPrintable(error));
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

    void museScoreKeepsTheSyllablesUnderTheirNotes()
    {
        // A sung line with words of one, two and three syllables and a syllable held across
        // the bar line: MuseScore reads our MusicXML and writes its own, and every syllable is
        // still on the same note with the same begin / middle / end.
        if (QStandardPaths::findExecutable(QStringLiteral("mscore3")).isEmpty())
            QFAIL("MuseScore 3 is not installed (install musescore3).");
        Score score;
        score.tempoMap = sw::testing::richScore().tempoMap;
        Track voice;
        voice.name = QStringLiteral("Voice");
        voice.role = TrackRole::Vocal;
        voice.program = 53;
        const struct
        {
            int pitch;
            qint64 start, length;
            const char* text;
            Syllabic syllabic;
        } sung[] = {
            {64, 0, 480, "Ev", Syllabic::Begin},      {65, 480, 240, "er", Syllabic::Middle},
            {67, 720, 240, "y", Syllabic::End},       {69, 960, 480, "light", Syllabic::Single},
            {67, 1440, 960, "fad", Syllabic::Begin},  {66, 2400, 480, "ing", Syllabic::End},
            {64, 2880, 960, "home", Syllabic::Single}};
        for (const auto& s : sung) {
            Note n = sw::testing::note(s.pitch, s.start, s.length);
            n.lyric = QString::fromLatin1(s.text);
            n.syllabic = s.syllabic;
            voice.notes.append(n);
        }
        score.tracks.append(voice);
        score.normalize();
        QTemporaryDir dir;
        const QString ours = dir.filePath(QStringLiteral("song.musicxml"));
        const QString theirs = dir.filePath(QStringLiteral("back.musicxml"));
        QString error;
        QVERIFY(writeMusicXmlFile(ours, score, &error));
        QVERIFY2(museScoreConverts(ours, theirs, dir.path(), &error), qPrintable(error));
        QFile back(theirs);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const QStringList expected{
            QStringLiteral("E4 begin Ev"),   QStringLiteral("F4 middle er"),
            QStringLiteral("G4 end y"),      QStringLiteral("A4 single light"),
            QStringLiteral("G4 begin fad"),  QStringLiteral("F#4 end ing"),
            QStringLiteral("E4 single home")};
        QCOMPARE(sungNotes(writeMusicXml(score)), expected);
        QCOMPARE(sungNotes(back.readAll()), expected);
    }
};

QTEST_GUILESS_MAIN(TestMusicXml)
#include "test_musicxml.moc"
