#pragma once
// The one place where colour and movement become mood. Valence (unpleasant..pleasant) and
// arousal (calm..excited) follow Valdez & Mehrabian (1994, "Effects of color on emotions"),
// who measured, for brightness B and saturation S in 0..1:
//     pleasure = 0.69 B + 0.22 S        arousal = -0.31 B + 0.60 S
// Each is rescaled from its possible range to -1..1. Warm hues (reds, oranges) add a little
// pleasure, and activity (motion in a video, edge density in an image) carries part of the
// arousal, because a still dark frame and a frantic dark chase do not feel the same.
// Every Mood carries the sentence that explains it, for the planner's reasons.

#include <QString>

namespace sw::analysis {

struct Mood
{
    double valence = 0; ///< -1 .. 1
    double arousal = 0; ///< -1 .. 1
    QString explanation;
};

/// `activity` is 0..1 (motion or visual complexity relative to a busy reference);
/// `activityName` names it in the explanation ("motion", "detail").
Mood moodFromColour(double brightness, double saturation, double warmth, double activity,
                    const QString& activityName);

} // namespace sw::analysis
