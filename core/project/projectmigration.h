#pragma once
// Project files carry a format version. Each older version has one migration step that turns
// its JSON into the next version's; loading runs the steps in order, so a file of any version
// the program knows reaches the current one.
//
// Format history:
//   1  the draft format: times as seconds in floating point ("start", "duration", "in", "time").
//      A double cannot hold every microsecond of a long timeline exactly, and media time is
//      integer microseconds everywhere else in Scorewright.
//   2  times as integer microseconds ("startUs", "durationUs", "sourceInUs", "timeUs").
//   3  the plan's pins ("plan": tempo, key, meter, instruments, drawn intensity, sections). A
//      format 2 file has none; the step only raises the version.
//   4  controller events and pitch bends on the tracks of a take ("controls": pan, reverb and
//      chorus sends, sustain pedal...). A format 3 file has none; the step only raises the
//      version. The version is raised at all so that an older Scorewright refuses the file
//      rather than dropping the controllers silently on its next save.

#include <QJsonObject>
#include <QStringList>

namespace sw::project {

constexpr int kProjectFormatVersion = 5;
constexpr int kOldestProjectFormatVersion = 1;

/// Migrates `root` from `fromVersion` to kProjectFormatVersion in place. On failure sets
/// `error`. `notes` receives one line per step taken, for the person ("converted times ...").
bool migrateProjectJson(QJsonObject* root, int fromVersion, QString* error, QStringList* notes);

} // namespace sw::project
