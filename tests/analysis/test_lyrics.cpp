// Lyrics read for singing: syllable splits and stress of English words, phrase ends, syllabic
// marks for MIDI and MusicXML, and words that need a look flagged, never dropped.
#include "analysis/lyricsanalysis.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace sw::analysis;

namespace {

// "STRAN|ded": the syllables of one word, stressed ones in capitals.
QString shape(const LyricLine& line, int word)
{
    QStringList parts;
    for (const LyricSyllable& s : line.syllables) {
        if (s.word == word)
            parts << (s.stress == Stress::Primary ? s.text.toUpper() : s.text);
    }
    return parts.join(u'|');
}

} // namespace

class TestLyrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordsSplitAndStressed_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stranded") << "stranded"
                                  << "STRAN|ded";
        QTest::newRow("waiting") << "waiting"
                                 << "WAIT|ing";
        QTest::newRow("morning") << "morning"
                                 << "MORN|ing";
        QTest::newRow("tomorrow") << "tomorrow"
                                  << "to|MOR|row";
        QTest::newRow("beautiful") << "beautiful"
                                   << "BEAU|ti|ful";
        QTest::newRow("believe") << "believe"
                                 << "be|LIEVE";
        QTest::newRow("contraction, unstressed like a pronoun") << "I'm"
                                                                << "I'm";
        QTest::newRow("function word") << "the"
                                       << "the";
    }
    void wordsSplitAndStressed()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        const LyricsAnalysis a = analyzeLyrics(word);
        QCOMPARE(a.lines.size(), 1);
        QCOMPARE(shape(a.lines.first(), 0), expected);
        QVERIFY(a.lines.first().words.first().flag.isEmpty());
    }

    void linesPhrasesAndSyllabics()
    {
        const LyricsAnalysis a =
            analyzeLyrics(QStringLiteral("I'm stranded, waiting\n\nfor the morning"));
        QCOMPARE(a.lines.size(), 2); // the empty line is not a line
        const LyricLine& first = a.lines.first();
        QCOMPARE(first.syllables.size(), 5);
        QVERIFY(first.syllables[2].phraseEnd); // "ded," ends a phrase
        QVERIFY(first.syllables.last().phraseEnd);
        QVERIFY(!first.syllables[1].phraseEnd);
        QCOMPARE(first.syllables[0].syllabic, sw::music::Syllabic::Single);
        QCOMPARE(first.syllables[1].syllabic, sw::music::Syllabic::Begin);
        QCOMPARE(first.syllables[2].syllabic, sw::music::Syllabic::End);
        QCOMPARE(a.syllableCount(), 5 + 4);
        QVERIFY(a.toJson().contains(QStringLiteral("lines")));
    }

    void wordsThatNeedALookAreFlaggedNotDropped()
    {
        const LyricsAnalysis a =
            analyzeLyrics(QStringLiteral("2nd chance, ZZXQ \u7d27\u5f20 hello"));
        const LyricLine& line = a.lines.first();
        QCOMPARE(line.words.size(), 5);
        QVERIFY(line.words[0].flag.contains(QStringLiteral("number")));
        QCOMPARE(line.words[0].syllableCount, 2); // "second"
        QVERIFY(line.words[2].flag.contains(QStringLiteral("letter by letter")));
        QVERIFY(line.words[3].flag.contains(QStringLiteral("not in an alphabet")));
        QCOMPARE(line.words[3].syllableCount, 1);
        QVERIFY(line.words[4].flag.isEmpty());
        QCOMPARE(a.warnings.size(), 1);
    }

    void emptyHugeAndJunkLyrics()
    {
        QVERIFY(analyzeLyrics(QStringLiteral("  \n "))
                    .warnings.join(u' ')
                    .contains(QStringLiteral("empty")));
        QString huge;
        while (huge.size() < 30000)
            huge += QStringLiteral("la la la\n");
        const LyricsAnalysis a = analyzeLyrics(huge);
        QVERIFY(a.warnings.join(u' ').contains(QStringLiteral("only the first 20000")));
        QVERIFY(a.syllableCount() > 1000);
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        analyzeLyrics(QString::fromLatin1(junk)); // no crash, whatever it reads
    }

    // "Unicode" text from a Windows editor is UTF-16 with a byte-order mark; read as bytes it
    // was sung letter by letter. Every encoding gives the same words, with Windows line ends.
    void textFilesHonourTheirByteOrderMark_data()
    {
        const QString words = QStringLiteral("Stranded on the shore\r\nwaiting for the tide\r\n");
        QTest::addColumn<QByteArray>("bytes");
        QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2);
        for (QChar c : words) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf-8") << words.toUtf8();
        QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF", 3) + words.toUtf8();
        QTest::newRow("utf-16le") << le;
        QTest::newRow("utf-16be") << be;
        // Without the mark too: UTF-8 never holds NUL bytes, Latin text in UTF-16 has one in
        // every character.
        QTest::newRow("utf-16le without bom") << le.mid(2);
        QTest::newRow("utf-16be without bom") << be.mid(2);
    }
    void textFilesHonourTheirByteOrderMark()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("lyrics.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QString text, error;
        QVERIFY2(readLyricsFile(file.fileName(), &text, &error), qPrintable(error));
        QCOMPARE(text, QStringLiteral("Stranded on the shore\nwaiting for the tide\n"));
        const LyricsAnalysis a = analyzeLyrics(text);
        QCOMPARE(a.lines.size(), 2);
        QCOMPARE(a.syllableCount(), 10);
    }

    void onlyRegularFilesAreRead()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.txt"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QString text, error;
        QVERIFY(!readLyricsFile(fifo, &text, &error));
        QVERIFY2(error.startsWith(QStringLiteral("pipe.txt: is not a regular file")),
                 qPrintable(error));
        QVERIFY(!readLyricsFile(dir.filePath(QStringLiteral("absent.txt")), &text, &error));
        QVERIFY2(error.startsWith(QStringLiteral("absent.txt: cannot be read")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLyrics)
#include "test_lyrics.moc"
