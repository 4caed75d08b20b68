#include "music/key.h"

#include <QRegularExpression>

namespace sw::music {

namespace {

int positiveModulo(int value, int modulus)
{
    return ((value % modulus) + modulus) % modulus;
}

// Major-key tonics for -7..7 fifths, and their relative minors.
const char* const kMajorTonics[15] = {"Cb", "Gb", "Db", "Ab", "Eb", "Bb", "F", "C",
                                      "G",  "D",  "A",  "E",  "B",  "F#", "C#"};
const char* const kMinorTonics[15] = {"Ab", "Eb", "Bb", "F",  "C",  "G",  "D", "A",
                                      "E",  "B",  "F#", "C#", "G#", "D#", "A#"};

} // namespace

int KeySignature::tonicPitchClass() const
{
    const int majorTonic = positiveModulo(fifths * 7, 12);
    return mode == KeyMode::Major ? majorTonic : positiveModulo(majorTonic + 9, 12);
}

QVector<int> KeySignature::scalePitchClasses() const
{
    static const int kMajorSteps[7] = {0, 2, 4, 5, 7, 9, 11};
    static const int kMinorSteps[7] = {0, 2, 3, 5, 7, 8, 10};
    const int* steps = mode == KeyMode::Major ? kMajorSteps : kMinorSteps;
    QVector<int> scale;
    for (int i = 0; i < 7; ++i)
        scale.append(positiveModulo(tonicPitchClass() + steps[i], 12));
    return scale;
}

bool KeySignature::containsPitchClass(int pitchClass) const
{
    return scalePitchClasses().contains(positiveModulo(pitchClass, 12));
}

QString KeySignature::name() const
{
    if (!isValid())
        return QStringLiteral("invalid key (%1 fifths)").arg(fifths);
    const char* tonic =
        mode == KeyMode::Major ? kMajorTonics[fifths + 7] : kMinorTonics[fifths + 7];
    return QString::fromLatin1(tonic) +
           (mode == KeyMode::Major ? QStringLiteral(" major") : QStringLiteral(" minor"));
}

KeySignature KeySignature::fromTonic(int pitchClass, KeyMode mode, qint64 tick)
{
    KeySignature best{tick, 0, mode};
    int bestAccidentals = 99;
    for (int f = -7; f <= 7; ++f) {
        KeySignature candidate{tick, f, mode};
        if (candidate.tonicPitchClass() == positiveModulo(pitchClass, 12) &&
            std::abs(f) < bestAccidentals) {
            best = candidate;
            bestAccidentals = std::abs(f);
        }
    }
    return best;
}

bool KeySignature::parse(const QString& text, KeySignature* key)
{
    const QString trimmed = text.trimmed();
    int consumed = 0;
    const int pc = parsePitchClass(trimmed, &consumed);
    if (pc < 0)
        return false;
    const QString rest = trimmed.mid(consumed).trimmed().toLower();
    KeyMode mode;
    if (rest.isEmpty() || rest == QLatin1String("major") || rest == QLatin1String("maj") ||
        rest == QLatin1String("dur"))
        mode = KeyMode::Major;
    else if (rest == QLatin1String("minor") || rest == QLatin1String("min") ||
             rest == QLatin1String("m") || rest == QLatin1String("moll"))
        mode = KeyMode::Minor;
    else
        return false;
    // Keep the spelling the person wrote when it is a real key signature ("Gb" stays flat).
    const QString tonicText = trimmed.left(consumed);
    for (int f = -7; f <= 7; ++f) {
        const char* tonic = mode == KeyMode::Major ? kMajorTonics[f + 7] : kMinorTonics[f + 7];
        if (tonicText.compare(QLatin1String(tonic), Qt::CaseInsensitive) == 0) {
            *key = KeySignature{0, f, mode};
            return true;
        }
    }
    *key = fromTonic(pc, mode);
    return true;
}

QString pitchClassName(int pitchClass, bool preferFlats)
{
    static const char* const kSharps[12] = {"C",  "C#", "D",  "D#", "E",  "F",
                                            "F#", "G",  "G#", "A",  "A#", "B"};
    static const char* const kFlats[12] = {"C",  "Db", "D",  "Eb", "E",  "F",
                                           "Gb", "G",  "Ab", "A",  "Bb", "B"};
    const int pc = positiveModulo(pitchClass, 12);
    return QString::fromLatin1(preferFlats ? kFlats[pc] : kSharps[pc]);
}

QString pitchName(int pitch)
{
    return pitchClassName(pitch) + QString::number(pitch / 12 - 1);
}

int parsePitchClass(const QString& text, int* consumed)
{
    static const int kNatural[7] = {9, 11, 0, 2, 4, 5, 7}; // A..G
    if (text.isEmpty())
        return -1;
    const QChar letter = text.at(0).toUpper();
    if (letter < QLatin1Char('A') || letter > QLatin1Char('G'))
        return -1;
    int pc = kNatural[letter.unicode() - 'A'];
    int used = 1;
    while (used < text.size()) {
        const QChar c = text.at(used);
        if (c == QLatin1Char('#') || c == QChar(0x266F))
            pc += 1;
        else if (c == QLatin1Char('b') || c == QChar(0x266D))
            pc -= 1;
        else
            break;
        ++used;
    }
    if (consumed)
        *consumed = used;
    return positiveModulo(pc, 12);
}

} // namespace sw::music
