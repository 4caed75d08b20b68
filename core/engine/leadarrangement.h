#pragma once
// Arranging around a pinned lead: the person's own melody (recorded from a MIDI keyboard or
// read from a MIDI file) is kept note for note, and the composer harmonises and arranges around
// it: the symbolic counterpart of MusicGen's melody conditioning and XMusic's humming prompt.

#include "engine/composer.h"

namespace sw::engine {

/// The plan in the melody's own key (estimated from its duration-weighted pitches), so that a
/// tune played in A minor is arranged in A minor. Unchanged for an empty melody.
plan::MusicPlan planInKeyOfMelody(const plan::MusicPlan& plan, const QVector<music::Note>& melody);

/// Writes the plan's band with the composer, puts `lead` in place of its melody (notes past the
/// plan's last bar are left out), chooses the chords under the lead (music::harmonizeMelody)
/// and writes chords, bass and drums again over every bar, conditioned on the lead. The lead's
/// notes come back unchanged. `plan` should already be in the lead's key (planInKeyOfMelody).
bool arrangeAroundLead(Composer& composer, const music::Track& lead, const plan::MusicPlan& plan,
                       const ComposeOptions& options, music::Score* out, QString* error,
                       const ComposeProgress& progress = {}, ComposeStats* stats = nullptr);

} // namespace sw::engine
