#pragma once
// The feel a score is played with: swung eighths. A score keeps its notes as written (straight
// eighths, as a lead sheet marked "Swing" does), so that editing, regenerating and notation stay
// on the grid; what plays (the audio, the preview, the MIDI export) is the performed score, in
// which each beat's second eighth comes later: at Score::swingPercent of the beat (50 straight,
// 67 a triplet swing, 60 a light one), the way a DAW's swing setting works.
//
// The performance is also humanised, as players play: each onset moves by a few milliseconds
// (Score::looseMs; a chord's notes move together, as one hand strikes them), the lead, the chords
// and the snare sit Score::laidBackMs behind the beat (ahead when negative), and velocities vary
// a little. The variation comes from a hash of the note, so a score plays the same every time.
// The bass keeps the kick's time; a sung line keeps its own (its syllables are placed exactly).

#include "music/score.h"

namespace sw::music {

constexpr int kStraightPercent = 50;
constexpr int kMaxSwingPercent = 75;

/// Where a tick falls when each quarter is swung to `swingPercent`: the first eighth stretched,
/// the second squeezed, beat lines where they were.
qint64 swungTick(qint64 tick, int swingPercent);

/// The score as it plays: notes and controllers moved by swungTick (a note keeps at least one
/// tick), then humanised by looseMs and laidBackMs; swingPercent back to straight, looseMs and
/// laidBackMs to 0. Meters whose beat is not a quarter (6/8) are not swung; a score that is
/// straight and tight comes back unchanged.
Score performedScore(const Score& score);

/// Only the humanisation of performedScore (no swing): onsets moved by looseMs and laidBackMs,
/// velocities varied; a note never starts before tick 0 nor overlaps the next of its pitch.
Score humanizedScore(const Score& score);

} // namespace sw::music
