#pragma once
// Music placed in a video's time. A score is composed in its own time (tick 0 on its first
// downbeat), but what leaves the program for a video starts at the video's time 0, so that a
// person who lines a MIDI or MusicXML file up with the video in a DAW or a notation program
// finds every cut on the downbeat the planner put it on.
//
// The gap before the first downbeat becomes a lead-in: whole beats of rest in the music's own
// meter (a short first bar holds the beats that do not fill a bar, like a pickup), played at
// the tempo that makes them last exactly as long as the gap. The tempo map's grid therefore
// runs on from the lead-in into the music without a seam, and a bar line falls exactly where
// the music starts. The score remembers the lead-in's length (Score::leadInTicks), which the
// MIDI file carries, so that a placed file read back can be lifted out of the video's time
// again (to regenerate bars counted from the music's first bar, say).

#include "music/score.h"

namespace sw::music {

/// The longest gap a lead-in fills: a music region starting more than a day into a video is
/// a broken project, not a score.
constexpr qint64 kMaxLeadInUs = 24LL * 3600 * 1000000;

/// Gaps shorter than this get no lead-in: half a frame at 25 fps, where a beat of rest would
/// be a tempo of thousands of bpm in the file, and the music is that close to the start.
constexpr qint64 kMinLeadInUs = 20000;

/// `music` (without a lead-in of its own) placed so that its first downbeat falls `startUs`
/// after tick 0. A gap under kMinLeadInUs returns the score as it is. Fails for a negative or
/// too long gap.
bool placeAfterLeadIn(const Score& music, qint64 startUs, Score* placed, QString* error);

/// The music of a placed score in its own time again (tick 0 on the first downbeat); a score
/// without a lead-in is returned as it is. `startUs`, when given, receives how long the
/// lead-in lasted.
Score withoutLeadIn(const Score& placed, qint64* startUs = nullptr);

} // namespace sw::music
