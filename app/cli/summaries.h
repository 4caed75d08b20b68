#pragma once
// Plain-text summaries of projects and scores, as `scorewright-cli info` and `midi` print them.

#include "music/midifile.h"
#include "project/projectfile.h"

namespace sw::cli {

QString describeScore(const music::Score& score, const QString& indent = {});
QString describeNotes(const music::Score& score);
QString describeMidiFile(const music::MidiFileInfo& info);
QString describeProject(const project::ProjectContent& content, const QString& path,
                        const project::ProjectLoadReport& report);

} // namespace sw::cli
