#include "analysis/moodmapping.h"

#include <algorithm>

namespace sw::analysis {

namespace {
constexpr double kWarmthWeight = 0.15;   // how much a fully warm or cool palette shifts valence
constexpr double kActivityWeight = 0.45; // share of arousal carried by motion or detail
} // namespace

Mood moodFromColour(double brightness, double saturation, double warmth, double activity,
                    const QString& activityName)
{
    const double b = std::clamp(brightness, 0.0, 1.0);
    const double s = std::clamp(saturation, 0.0, 1.0);
    const double a = std::clamp(activity, 0.0, 1.0);
    const double pleasure = 0.69 * b + 0.22 * s;       // range 0 .. 0.91
    const double colourArousal = -0.31 * b + 0.60 * s; // range -0.31 .. 0.60
    Mood mood;
    mood.valence = std::clamp(
        2.0 * pleasure / 0.91 - 1.0 + kWarmthWeight * std::clamp(warmth, -1.0, 1.0), -1.0, 1.0);
    const double colourPart = 2.0 * (colourArousal + 0.31) / 0.91 - 1.0;
    mood.arousal = std::clamp(
        (1.0 - kActivityWeight) * colourPart + kActivityWeight * (2.0 * a - 1.0), -1.0, 1.0);
    mood.explanation =
        QStringLiteral("valence %1 from brightness %2, saturation %3 and warmth %4; arousal %5 "
                       "from saturation, brightness and %6 %7 (colour weights after Valdez & "
                       "Mehrabian 1994)")
            .arg(mood.valence, 0, 'f', 2)
            .arg(b, 0, 'f', 2)
            .arg(s, 0, 'f', 2)
            .arg(warmth, 0, 'f', 2)
            .arg(mood.arousal, 0, 'f', 2)
            .arg(activityName)
            .arg(a, 0, 'f', 2);
    return mood;
}

} // namespace sw::analysis
