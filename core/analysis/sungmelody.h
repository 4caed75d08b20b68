#pragma once
// A sung line (sungnotes.h, in seconds) written as a melody in musical time: its tempo and
// where its bar 1 falls, found from the onsets when nobody says them, and its notes quantised
// to sixteenths of a tempo map.

#include "analysis/sungnotes.h"
#include "music/tempomap.h"
#include "music/track.h"

namespace sw::analysis {

struct LineTiming
{
    double bpm = 120;
    double barOneSeconds = 0; ///< the recording's time of bar 1's downbeat
    double gridFit = 0;       ///< 0..1: how closely the onsets sit on its eighths
};

/// The tempo (60-180 bpm) whose eighth-note grid the onsets fit best, longer notes counting
/// more, with a mild preference for tempos near 100 bpm between a tempo and its double; or
/// `bpm` when it is over zero. Bar 1 starts on the first note (its onset on that grid).
LineTiming estimateLineTiming(const SungLine& line, double bpm = 0);

/// The line as a melody track: onsets and ends on the nearest sixteenth of `map`, whose tick 0
/// sits at `barOneSeconds` of the recording; no two notes overlap, none is shorter than a
/// sixteenth; notes before bar 1 are left out. Louder notes play louder.
music::Track melodyOfLine(const SungLine& line, const music::TempoMap& map, double barOneSeconds);

} // namespace sw::analysis
