#pragma once
// The feel a score is played with: swung eighths. A score keeps its notes as written (straight
// eighths, as a lead sheet marked "Swing" does), so that editing, regenerating and notation stay
// on the grid; what plays (the audio, the preview, the MIDI export) is the performed score, in
// which each beat's second eighth comes later: at Score::swingPercent of the beat (50 straight,
// 67 a triplet swing, 60 a light one), the way a DAW's swing setting works.

#include "music/score.h"

namespace sw::music {

constexpr int kStraightPercent = 50;
constexpr int kMaxSwingPercent = 75;

/// Where a tick falls when each quarter is swung to `swingPercent`: the first eighth stretched,
/// the second squeezed, beat lines where they were.
qint64 swungTick(qint64 tick, int swingPercent);

/// The score as it plays: notes and controllers moved by swungTick (a note keeps at least one
/// tick), swingPercent back to straight. Straight scores, and meters whose beat is not a
/// quarter (6/8), come back unchanged.
Score performedScore(const Score& score);

} // namespace sw::music
