#include "music/chord.h"

#include "music/key.h"

namespace sw::music {

namespace {

struct QualityInfo
{
    ChordQuality quality;
    const char* suffix; // the spelling name() writes
    QVector<int> intervals;
};

const QVector<QualityInfo>& qualities()
{
    static const QVector<QualityInfo> kQualities = {
        {ChordQuality::Major, "", {0, 4, 7}},
        {ChordQuality::Minor, "m", {0, 3, 7}},
        {ChordQuality::Diminished, "dim", {0, 3, 6}},
        {ChordQuality::Augmented, "aug", {0, 4, 8}},
        {ChordQuality::Dominant7, "7", {0, 4, 7, 10}},
        {ChordQuality::Major7, "maj7", {0, 4, 7, 11}},
        {ChordQuality::Minor7, "m7", {0, 3, 7, 10}},
        {ChordQuality::HalfDiminished7, "m7b5", {0, 3, 6, 10}},
        {ChordQuality::Diminished7, "dim7", {0, 3, 6, 9}},
        {ChordQuality::Suspended2, "sus2", {0, 2, 7}},
        {ChordQuality::Suspended4, "sus4", {0, 5, 7}},
        {ChordQuality::Major6, "6", {0, 4, 7, 9}},
        {ChordQuality::Minor6, "m6", {0, 3, 7, 9}},
    };
    return kQualities;
}

const QualityInfo& infoFor(ChordQuality quality)
{
    for (const QualityInfo& info : qualities()) {
        if (info.quality == quality)
            return info;
    }
    return qualities().first();
}

bool qualityFromSuffix(const QString& suffix, ChordQuality* quality)
{
    for (const QualityInfo& info : qualities()) {
        if (suffix == QLatin1String(info.suffix)) {
            *quality = info.quality;
            return true;
        }
    }
    static const QVector<QPair<QString, ChordQuality>> kAliases = {
        {QStringLiteral("maj"), ChordQuality::Major},
        {QStringLiteral("M"), ChordQuality::Major},
        {QStringLiteral("min"), ChordQuality::Minor},
        {QStringLiteral("-"), ChordQuality::Minor},
        {QStringLiteral("o"), ChordQuality::Diminished},
        {QStringLiteral("+"), ChordQuality::Augmented},
        {QStringLiteral("M7"), ChordQuality::Major7},
        {QStringLiteral("min7"), ChordQuality::Minor7},
        {QStringLiteral("-7"), ChordQuality::Minor7},
        {QStringLiteral("\u00f87"), ChordQuality::HalfDiminished7},
        {QStringLiteral("o7"), ChordQuality::Diminished7},
        {QStringLiteral("sus"), ChordQuality::Suspended4},
        {QStringLiteral("min6"), ChordQuality::Minor6},
    };
    for (const auto& alias : kAliases) {
        if (suffix == alias.first) {
            *quality = alias.second;
            return true;
        }
    }
    return false;
}

} // namespace

QVector<int> ChordSymbol::pitchClasses() const
{
    QVector<int> pcs;
    for (int interval : infoFor(quality).intervals)
        pcs.append((root + interval) % 12);
    return pcs;
}

QString ChordSymbol::name() const
{
    const bool flats = root == 3 || root == 10 || root == 8 || root == 1;
    QString text = pitchClassName(root, flats) + QLatin1String(infoFor(quality).suffix);
    if (bass >= 0 && bass != root)
        text += QLatin1Char('/') + pitchClassName(bass, flats);
    return text;
}

bool ChordSymbol::parse(const QString& text, ChordSymbol* chord)
{
    const QString trimmed = text.trimmed();
    int consumed = 0;
    const int root = parsePitchClass(trimmed, &consumed);
    if (root < 0)
        return false;
    QString rest = trimmed.mid(consumed);
    int bass = -1;
    const int slash = rest.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        int bassConsumed = 0;
        const QString bassText = rest.mid(slash + 1);
        bass = parsePitchClass(bassText, &bassConsumed);
        if (bass < 0 || bassConsumed != bassText.size())
            return false;
        rest = rest.left(slash);
    }
    ChordQuality quality;
    if (!qualityFromSuffix(rest, &quality))
        return false;
    chord->root = root;
    chord->quality = quality;
    chord->bass = bass == root ? -1 : bass;
    return true;
}

} // namespace sw::music
