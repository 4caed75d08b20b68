#pragma once
// MusicXML (3.1, partwise) for MuseScore and other notation programs: one part per track with
// its instrument, key, time signatures and tempo changes where they happen, chord symbols as
// <harmony> over the first part, lyrics with <syllabic> begin/middle/end, notes tied across bar
// lines, overlapping notes in separate voices. Durations are written on a grid of 40 ticks (a
// 32nd-note triplet), as standard, dotted and triplet note values; finer timing is rounded.

#include "music/score.h"

#include <QByteArray>

namespace sw::music {

QByteArray writeMusicXml(const Score& score);
/// Writes atomically; errors start with the file name.
bool writeMusicXmlFile(const QString& path, const Score& score, QString* error);

} // namespace sw::music
