#pragma once
// A score as JSON, for the project file. Notes are written as compact arrays
// ([pitch, velocity, start, duration] plus lyric and syllabic when sung) because a score holds
// thousands of them; everything else is a named field.

#include "music/score.h"

#include <QJsonObject>

namespace sw::music {

QJsonObject scoreToJson(const Score& score);
/// Reads what scoreToJson() writes. On failure returns false and sets `error` to a sentence that
/// names the offending field (e.g. "tracks[2].notes[17]: pitch 300 is outside 0..127").
bool scoreFromJson(const QJsonObject& json, Score* score, QString* error);

} // namespace sw::music
