#pragma once
// Chords for a given melody: the person's own tune (played on a MIDI keyboard, or a MIDI file)
// is kept, and the harmony under it is chosen so that its notes are chord tones, above all on
// strong beats. The composer then writes the accompaniment over these chords.

#include "music/chord.h"
#include "music/key.h"
#include "music/note.h"
#include "music/tempomap.h"

#include <QVector>

namespace sw::music {

/// One chord per half bar (bars of 4 or 6 beats) or per bar (other meters) from `firstTick`
/// to `endTick`, chosen among the key's diatonic triads (and the major dominant in minor) by
/// how much of the melody sounding there they contain, weighted by duration and by the beat's
/// strength; a span without melody keeps the chord before it; the last chord is the tonic when
/// the melody allows it. Repeated chords are merged.
QVector<ChordSymbol> harmonizeMelody(const QVector<Note>& melody, const KeySignature& key,
                                     const TempoMap& map, qint64 firstTick, qint64 endTick);

} // namespace sw::music
