#include "scoring/referencepins.h"

#include <algorithm>
#include <cmath>

namespace sw::scoring {

namespace {
/// Below this the onsets hardly repeat at the tempo found: no tempo is offered.
constexpr double kSteadyBeat = 0.1;
constexpr int kBuildPoints = 12;

QString buildWords(const QVector<double>& contour)
{
    if (contour.isEmpty())
        return {};
    const int loudest = int(std::max_element(contour.begin(), contour.end()) - contour.begin());
    const double opening = contour.first(), ending = contour.last();
    const auto [quietest, loudestValue] = std::minmax_element(contour.begin(), contour.end());
    if (*loudestValue - *quietest < 0.25)
        return QStringLiteral("even loudness throughout");
    QStringList words;
    words << (opening < 0.35  ? QStringLiteral("quiet opening")
              : opening > 0.7 ? QStringLiteral("loud from the start")
                              : QStringLiteral("moderate opening"));
    words << QStringLiteral("loudest at %1%")
                 .arg(int(std::lround(100.0 * (loudest + 0.5) / contour.size())));
    if (ending < contour[loudest] - 0.3)
        words << QStringLiteral("falling away at the end");
    return words.join(QStringLiteral(", "));
}
} // namespace

QVector<ReferencePinOffer> referencePinOffers(const analysis::ReferenceTrack& track)
{
    QVector<ReferencePinOffer> offers;
    if (track.bpm > 0 && track.beatConfidence >= kSteadyBeat)
        offers.append({ReferencePin::Tempo, QStringLiteral("tempo"),
                       QStringLiteral("%1 bpm").arg(track.bpm, 0, 'f', 1)});
    offers.append({ReferencePin::Key, QStringLiteral("key"), track.key.name()});
    const QVector<double> contour = analysis::intensityContour(track, kBuildPoints);
    if (!contour.isEmpty())
        offers.append({ReferencePin::Build, QStringLiteral("build"), buildWords(contour)});
    return offers;
}

bool parseReferencePins(const QString& list, QSet<ReferencePin>* pins)
{
    pins->clear();
    for (const QString& raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        if (name == QLatin1String("tempo"))
            pins->insert(ReferencePin::Tempo);
        else if (name == QLatin1String("key"))
            pins->insert(ReferencePin::Key);
        else if (name == QLatin1String("build"))
            pins->insert(ReferencePin::Build);
        else
            return false;
    }
    return true;
}

project::PlanPins withReferencePins(project::PlanPins pins, const analysis::ReferenceTrack& track,
                                    const QSet<ReferencePin>& accepted, qint64 timelineUs)
{
    for (const ReferencePinOffer& offer : referencePinOffers(track)) {
        if (!accepted.contains(offer.pin))
            continue;
        switch (offer.pin) {
        case ReferencePin::Tempo:
            pins.bpm = std::round(track.bpm * 10) / 10; // as it was shown
            break;
        case ReferencePin::Key:
            pins.key = track.key;
            break;
        case ReferencePin::Build: {
            const QVector<double> contour = analysis::intensityContour(track, kBuildPoints);
            pins.intensity.clear();
            for (int i = 0; i < contour.size(); ++i) {
                project::PlanPins::IntensityPoint point;
                // Each point at the middle of its share of the timeline.
                point.timeUs =
                    qint64((i + 0.5) / contour.size() * double(std::max<qint64>(0, timelineUs)));
                point.value = contour[i];
                pins.intensity.append(point);
            }
            break;
        }
        }
    }
    return pins;
}

} // namespace sw::scoring
