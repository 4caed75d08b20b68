#pragma once
// The form of the music: each section laid out as phrases, the way POP909's musicians label its
// songs (`i4A4A4B4B4o2`). Sections come from the picture (cuts), the prompts and the person's
// pins; the phrases inside them are what the composer repeats and varies.

#include "plan/musicplan.h"

namespace sw::plan {

/// Phrases for the plan's sections, covering every bar. Phrases are 4 bars (POP909's
/// commonest melodic phrase after 8, and 8 = a repeated 4 here); a section's last phrase takes
/// a left-over bar, or is a 2- or 3-bar phrase of its own. Inside a section the phrases come in
/// pairs, the second repeating the first with a new ending, and every third pair returns to
/// the first (A A' B B' A A'), about as often as POP909's phrases return (71%); a later section
/// with the same label returns to the first one's material; intro and outro sections are
/// instrumental (`i`, `o`).
QVector<PlanPhrase> layOutPhrases(const QVector<PlanSection>& sections);

/// The form in POP909's notation: letters and lengths, e.g. "i4A4A4B4B2".
QString formString(const QVector<PlanPhrase>& phrases);

} // namespace sw::plan
