#pragma once
// Clips on the system clipboard: Edit > Copy, Cut and Paste. Copied clips keep their kinds,
// lengths, media, text and their places relative to each other; pasted, the earliest lands at
// the playhead and every copy is a new clip (a new id), all in one undo step. The clipboard also
// holds the prompts' and lyrics' text as plain text, one clip a line, for pasting elsewhere.

#include "project/timeline.h"

#include <QVector>

class QMimeData;

namespace sw::ui {

/// The clipboard's own format (JSON).
inline constexpr char kClipsMimeType[] = "application/x-scorewright-clips";

/// `clips` as clipboard data (the caller owns it).
QMimeData* clipsToMimeData(const QVector<project::Clip>& clips);
/// The clips `data` holds, placed so that the earliest starts at `atUs`, without ids; empty when
/// it holds none (or anything unreadable).
QVector<project::Clip> clipsFromMimeData(const QMimeData* data, qint64 atUs);

} // namespace sw::ui
