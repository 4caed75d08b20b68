#include "plan/form.h"

#include <QHash>

namespace sw::plan {

namespace {

bool isIntro(const QString& label)
{
    return label.compare(QLatin1String("intro"), Qt::CaseInsensitive) == 0;
}

bool isOutro(const QString& label)
{
    return label.compare(QLatin1String("outro"), Qt::CaseInsensitive) == 0 ||
           label.compare(QLatin1String("ending"), Qt::CaseInsensitive) == 0;
}

// Phrase lengths for a section of `bars` bars: 4s, the remainder joined to the last phrase
// when it is one bar, else a phrase of its own.
QVector<int> phraseLengths(int bars)
{
    QVector<int> lengths;
    int left = bars;
    while (left > 0) {
        if (left <= 5) {
            lengths.append(left);
            break;
        }
        lengths.append(4);
        left -= 4;
    }
    return lengths;
}

} // namespace

QVector<PlanPhrase> layOutPhrases(const QVector<PlanSection>& sections)
{
    QVector<PlanPhrase> phrases;
    QHash<QString, QVector<QChar>> lettersOfLabel; // a section label's phrase letters, in order
    QHash<QChar, int> occurrences;
    char nextLetter = 'A';
    for (const PlanSection& section : sections) {
        const QVector<int> lengths = phraseLengths(section.lastBar - section.firstBar + 1);
        const QString key = section.label.toLower();
        QVector<QChar>& letters = lettersOfLabel[key];
        int bar = section.firstBar;
        for (int k = 0; k < lengths.size(); ++k) {
            if (k >= letters.size()) {
                if (isIntro(key))
                    letters.append(QLatin1Char('i'));
                else if (isOutro(key))
                    letters.append(QLatin1Char('o'));
                else if (k % 2 == 1)
                    letters.append(letters[k - 1]); // the pair's second phrase repeats the first
                else if ((k / 2) % 3 == 2)
                    letters.append(letters[k - 4]); // every third pair returns: X X Y Y X X
                else {
                    letters.append(QLatin1Char(nextLetter));
                    nextLetter = nextLetter == 'Z' ? 'A' : char(nextLetter + 1);
                }
            }
            PlanPhrase p;
            p.firstBar = bar;
            p.lastBar = bar + lengths[k] - 1;
            p.letter = letters[k];
            p.occurrence = occurrences[p.letter]++;
            phrases.append(p);
            bar = p.lastBar + 1;
        }
    }
    return phrases;
}

QString formString(const QVector<PlanPhrase>& phrases)
{
    QString s;
    for (const PlanPhrase& p : phrases)
        s += p.letter + QString::number(p.bars());
    return s;
}

} // namespace sw::plan
