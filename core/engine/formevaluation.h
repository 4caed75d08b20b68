#pragma once
// Measures of form and ending, computed the same way for real songs, for the composer and for a
// baseline (`scorewright-cli eval music --data`):
//
//   4-bar phrase recurrence   share of 4-bar windows with a melody (at bars 0, 4, 8, ...) whose
//                             melody onsets (bar, position, pitch) overlap those of an earlier
//                             4-bar stretch by at least half (Jaccard)
//   melody bars repeated      share of bars with a melody whose melody an earlier bar has exactly
//   bars without melody       share of bars
//   chord-window recurrence   share of 4-bar windows whose chords an earlier 4 bars have exactly
//   ending                    the last melody note on the tonic, its length in quarters, and a
//                             whole last bar (as long as the one before, or with no onsets: a
//                             chord left to ring)

#include "engine/tokens.h"

namespace sw::engine {

struct FormMetrics
{
    double phraseRecurrence = 0;
    double melodyBarsRepeated = 0;
    double barsWithoutMelody = 0;
    double chordWindowRecurrence = 0;
    bool endsOnTonic = false;
    double lastNoteQuarters = 0;
    bool wholeLastBar = false;
    /// On the tonic, at least two beats long, in a whole last bar.
    bool endsWell() const { return endsOnTonic && lastNoteQuarters >= 2 && wholeLastBar; }
};

FormMetrics measureForm(const QVector<TokenBar>& bars);

} // namespace sw::engine
