// The prompt parser: a table of prompts with what must be read from each
// (tests/data/prompt-table.tsv), the lexicon itself, and hostile text.
#include "analysis/promptparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace sw::analysis;
using Kind = PromptConstraint::Kind;

namespace {

bool hasLabel(const PromptAnalysis& a, Kind kind, const QString& label)
{
    for (const PromptConstraint& c : a.constraints) {
        if (c.kind == kind && !c.negated && c.label == label)
            return true;
    }
    return false;
}

// Checks one expectation of the table; returns an empty string or what went wrong.
QString check(const PromptAnalysis& a, const QString& expectation)
{
    const QString e = expectation.trimmed();
    auto fail = [&](const QString& got) { return QStringLiteral("%1 (got %2)").arg(e, got); };
    const double v = a.valence.value_or(0), ar = a.arousal.value_or(0);
    if (e == QLatin1String("v+"))
        return a.valence && v > 0.15 ? QString() : fail(QString::number(v));
    if (e == QLatin1String("v-"))
        return a.valence && v < -0.15 ? QString() : fail(QString::number(v));
    if (e == QLatin1String("a+"))
        return a.arousal && ar > 0.2 ? QString() : fail(QString::number(ar));
    if (e == QLatin1String("a-"))
        return a.arousal && ar < -0.2 ? QString() : fail(QString::number(ar));
    if (e == QLatin1String("none"))
        return a.constraints.isEmpty() ? QString() : fail(QString::number(a.constraints.size()));
    if (e == QLatin1String("nomood"))
        return !a.valence ? QString() : fail(QString::number(v));
    if (e == QLatin1String("+drums"))
        return a.drums == true ? QString() : fail(QStringLiteral("no drums"));
    if (e == QLatin1String("-drums"))
        return a.drums == false ? QString() : fail(QStringLiteral("drums not excluded"));
    if (e.startsWith(u'+') || e.startsWith(u'-')) {
        const int program = e.mid(1).toInt();
        const bool wanted = a.programs.contains(program),
                   excluded = a.excludedPrograms.contains(program);
        const bool ok = e.startsWith(u'+') ? wanted && !excluded : excluded && !wanted;
        return ok ? QString()
                  : fail(QStringLiteral("wanted %1, excluded %2").arg(wanted).arg(excluded));
    }
    const QString key = e.section(u'=', 0, 0).section(u'<', 0, 0).section(u'>', 0, 0);
    const QString value = e.mid(key.size() + 1);
    if (key == QLatin1String("tempo")) {
        const double low = value.section(u'-', 0, 0).toDouble();
        const double high = value.contains(u'-') ? value.section(u'-', 1).toDouble() : low;
        return a.bpmMin == low && a.bpmMax == high
                   ? QString()
                   : fail(QStringLiteral("%1-%2").arg(a.bpmMin).arg(a.bpmMax));
    }
    if (key == QLatin1String("key"))
        return a.key && a.key->name() == value
                   ? QString()
                   : fail(a.key ? a.key->name() : QStringLiteral("none"));
    if (key == QLatin1String("mode")) {
        const bool minor = value == QLatin1String("minor");
        return a.mode && (*a.mode == sw::music::KeyMode::Minor) == minor
                   ? QString()
                   : fail(QStringLiteral("other"));
    }
    if (key == QLatin1String("meter"))
        return QStringLiteral("%1/%2").arg(a.meterNumerator).arg(a.meterDenominator) == value
                   ? QString()
                   : fail(QStringLiteral("%1/%2").arg(a.meterNumerator).arg(a.meterDenominator));
    if (key == QLatin1String("genre"))
        return a.genres.contains(value) ? QString() : fail(a.genres.join(u','));
    if (key == QLatin1String("shape"))
        return a.shapes.contains(value) ? QString() : fail(a.shapes.join(u','));
    if (key == QLatin1String("section"))
        return hasLabel(a, Kind::Section, value) ? QString() : fail(a.sections.join(u','));
    if (key == QLatin1String("segments"))
        return a.segments == value.toInt() ? QString() : fail(QString::number(a.segments));
    if (key == QLatin1String("unknown"))
        return a.unknownWords.contains(value) ? QString() : fail(a.unknownWords.join(u','));
    if (key == QLatin1String("warn"))
        return a.warnings.join(u' ').contains(value) ? QString() : fail(a.warnings.join(u' '));
    if (key == QLatin1String("dyn")) {
        const double limit = e.mid(4).toDouble();
        const double level = a.dynamics.value_or(-1);
        const bool ok = a.dynamics && (e.at(3) == u'<' ? level < limit : level > limit);
        return ok ? QString() : fail(QString::number(level));
    }
    if (e.startsWith(QLatin1String("dens<")) || e.startsWith(QLatin1String("dens>"))) {
        const double limit = e.mid(5).toDouble();
        const double level = a.density.value_or(-1);
        const bool ok = a.density && (e.at(4) == u'<' ? level < limit : level > limit);
        return ok ? QString() : fail(QString::number(level));
    }
    return QStringLiteral("unknown expectation \"%1\"").arg(e);
}

} // namespace

class TestPromptParser : public QObject
{
    Q_OBJECT
    PromptParser m_parser;

private Q_SLOTS:
    void lexiconIsCompleteAndClean()
    {
        QVERIFY2(m_parser.lexiconErrors().isEmpty(),
                 qPrintable(m_parser.lexiconErrors().join(u'\n')));
        QVERIFY2(m_parser.termCount() >= 500, qPrintable(QString::number(m_parser.termCount())));
    }

    void table_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QStringList>("expectations");
        QFile file(QStringLiteral(SW_TEST_DATA_DIR "/prompt-table.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString& line : lines) {
            if (line.startsWith(u'#') || !line.contains(u'\t'))
                continue;
            const QString prompt = line.section(u'\t', 0, 0);
            const QStringList expectations = line.section(u'\t', 1).split(u';', Qt::SkipEmptyParts);
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(++rows).arg(prompt.left(40))))
                << prompt << expectations;
        }
        QVERIFY2(rows >= 150, qPrintable(QStringLiteral("only %1 prompts in the table").arg(rows)));
    }
    void table()
    {
        QFETCH(QString, prompt);
        QFETCH(QStringList, expectations);
        const PromptAnalysis a = m_parser.parse(prompt);
        QStringList failures;
        for (const QString& e : expectations) {
            const QString problem = check(a, e);
            if (!problem.isEmpty())
                failures << problem;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    }

    void everyConstraintNamesItsWords()
    {
        const PromptAnalysis a =
            m_parser.parse(QStringLiteral("Tense strings, no French horns, 92 bpm in Eb minor"));
        QStringList words;
        for (const PromptConstraint& c : a.constraints)
            words << c.words;
        QCOMPARE(words, (QStringList{QStringLiteral("Tense"), QStringLiteral("strings"),
                                     QStringLiteral("French horns"), QStringLiteral("92 bpm"),
                                     QStringLiteral("in Eb minor")}));
        QVERIFY(a.constraints[2].negated);
        QVERIFY(!a.constraints[3].negated); // the comma ended the negation
        QVERIFY(a.constraints[3].explicitNumber);
    }

    void numbersBeatWords()
    {
        const PromptAnalysis a = m_parser.parse(QStringLiteral("slow, around 92 bpm"));
        QCOMPARE(a.bpmMin, 92.0);
        QCOMPARE(a.bpmMax, 92.0);
    }

    void hugeAndBinaryPromptsAreReadSafely()
    {
        QString huge;
        while (huge.size() < 100 * 1024)
            huge += QStringLiteral("tense strings no drums blorp ");
        QElapsedTimer timer;
        timer.start();
        const PromptAnalysis a = m_parser.parse(huge);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(a.warnings.join(u' ').contains(QStringLiteral("only the first 10000")));
        QVERIFY(a.unknownWords.contains(QStringLiteral("blorp")));

        QByteArray junk(100 * 1024, '\0');
        quint32 state = 7;
        for (char& c : junk)
            c = char((state = state * 1103515245u + 12345u) >> 24);
        const PromptAnalysis b = m_parser.parse(QString::fromLatin1(junk));
        QVERIFY(b.unknownWords.size() <= 50);
        const PromptAnalysis c = m_parser.parse(QString::fromUtf8(junk));
        QVERIFY(c.unknownWords.size() <= 50);
    }

    void aBrokenLexiconLineIsReported()
    {
        const PromptParser custom(
            QStringLiteral("tense\tmood\t-0.5\t0.7\nwobbly\tmood\t0.1\nx\tnonsense\n"));
        QCOMPARE(custom.termCount(), 1);
        QCOMPARE(custom.lexiconErrors().size(), 2);
        QVERIFY(custom.parse(QStringLiteral("tense")).valence.has_value());
    }

    // Asks that contradict each other in one part of a prompt are listed, each with the one
    // kept; a sequence ("no drums then drums") is no contradiction.
    void contradictionsAreListedAsConflicts_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("drums, tempo out of range")
            << QStringLiteral("no drums, drums only, 300 bpm, 10 bpm")
            << QStringList{QStringLiteral("drums are both excluded and asked for"),
                           QStringLiteral("\"10 bpm\" is outside the 20-400 bpm")};
        QTest::newRow("two tempos") << QStringLiteral("90 bpm, 140 bpm")
                                    << QStringList{QStringLiteral("ask for different tempos")};
        QTest::newRow("a sequence")
            << QStringLiteral("calm with no drums then explosive drums") << QStringList{};
        QTest::newRow("a hit at a time") << QStringLiteral("tense, a hit at 10") << QStringList{};
        QTest::newRow("agreeing") << QStringLiteral("120 bpm, drums, 120 bpm") << QStringList{};
    }
    void contradictionsAreListedAsConflicts()
    {
        QFETCH(QString, prompt);
        QFETCH(QStringList, expected);
        const PromptAnalysis a = m_parser.parse(prompt);
        QCOMPARE(a.conflicts.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(a.conflicts[i].contains(expected[i]), qPrintable(a.conflicts.join(u'\n')));
        QCOMPARE(a.toJson().value(QStringLiteral("conflicts")).toArray().size(), expected.size());
    }
};

QTEST_GUILESS_MAIN(TestPromptParser)
#include "test_prompt_parser.moc"
