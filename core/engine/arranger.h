#pragma once
// Arrangement: turns the composer's two streams into the plan's band. The melody goes to the
// lead instrument; the accompaniment (piano texture, as in the training data) is split into a
// bass line (the lowest note of each onset, moved into the bass register) and chords/comping
// (the rest); drums play the plan's groove (drumgrooves.h) at a level held for each phrase, a
// fill into each next phrase, a crash where a section starts, on cuts that land on a downbeat
// and on hit points.
// Notes that fall on a plan hit point are accented.

#include "engine/tokens.h"
#include "music/score.h"
#include "plan/musicplan.h"

#include <QMap>

namespace sw::engine {

/// The plan's bars in ticks (tick 0 = the music's start), as MusicPlan::toScore() lays them.
QVector<qint64> planBarStartTicks(const plan::MusicPlan& plan);
/// Ticks of the plan's hit points (plan::isHit: hit points and prompted hits)
/// in music time.
QVector<qint64> planHitTicks(const plan::MusicPlan& plan);

/// Notes of each role for bars first..first+bars.size()-1 of the plan (absolute pitches).
QMap<music::TrackRole, QVector<music::Note>> arrangeBars(const QVector<TokenBar>& bars, int first,
                                                         const plan::MusicPlan& plan, quint64 seed);

/// Chord symbols of the bars in absolute pitch classes and ticks.
QVector<music::ChordSymbol> chordSymbolsOf(const QVector<TokenBar>& bars, int first,
                                           const plan::MusicPlan& plan);

} // namespace sw::engine
