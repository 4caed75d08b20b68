#pragma once
// How the composer writes the plan's form and ending into bars. Phrases with the same letter
// share material: a bar of a repeated phrase is the first phrase's bar fed again (melody, chords
// and accompaniment), except the last bar of every second occurrence, which keeps the chords
// and is written anew (the ending varied). The lead breathes at the end of each phrase. The
// piece ends with a cadence: V (dominant) in the bar before the last whole bar, I in it, the
// lead landing on the tonic at its middle and holding; a short last bar (a pickup of the picture
// that is left) only rings the final chord out.

#include "engine/tokens.h"
#include "plan/musicplan.h"

namespace sw::engine {

/// What the form asks of one bar.
struct FormBar
{
    int copyOf = -1;         ///< the bar whose material this one repeats, or -1
    bool varyEnding = false; ///< keep copyOf's chords, write melody and accompaniment anew
    bool phraseEnd = false;  ///< the last bar of a melodic phrase: the lead breathes
};

/// The bars the ending treats: all -1 where the piece has none of them.
struct EndingBars
{
    int cadence = -1; ///< the dominant's bar
    int final = -1;   ///< the last whole bar: the tonic chord
    int landing = -1; ///< the last bar with a lead: its melody lands on the tonic and holds
    int ringOut = -1; ///< a short last bar after `final`: nothing new, the final chord rings
};

QVector<FormBar> formBars(const QVector<plan::PlanPhrase>& phrases,
                          const QVector<BarControls>& controls);
EndingBars endingBars(const QVector<BarControls>& controls);

/// Ends the melody of a phrase's last bar an eighth before the bar line, dropping what starts
/// in its last beat (unless that is all there is).
void breathe(TokenBar* bar);
/// The melody of the bar keeps what starts in its first half and then lands on the tonic
/// (relative pitch class 0) nearest `previousPitch`, inside [low, high], held to the bar line.
void landOnTonic(TokenBar* bar, int previousPitch, int low, int high);

/// The chord the ending gives a bar: the tonic (I or i) or the dominant (V, major in minor too:
/// the raised leading tone).
GridChord cadenceChord(const BarControls& controls, bool dominant);

} // namespace sw::engine
