#pragma once
// Every kind of file an export writes, in one table: the suffixes each can be written as and
// what it holds. The export dialog offers what the table lists, the command line's help names
// it, and validateExportRequest() accepts only it, so a file is never written under a suffix
// that names another format (MP4 bytes in "out.webm"). A new format is one entry here, beside
// its writer (the audio formats and video containers come from the media module's tables).

#include <QString>
#include <QVector>

namespace sw::render {

enum class ExportFile
{
    Mix,        ///< the mix as WAV
    EncodedMix, ///< the mix compressed (FLAC, AAC, MP3)
    Midi,
    MusicXml,
    MuxedVideo ///< the video with the new soundtrack
};

struct ExportFormat
{
    ExportFile file;
    QString suffix; ///< without the dot, lower case
    QString name;   ///< for people: "MP4", "FLAC (lossless)"
    QString holds;  ///< what a person finds in it
};

const QVector<ExportFormat>& exportFormats();
QVector<ExportFormat> exportFormatsOf(ExportFile file);
/// The format `path` is written in as `file`, null when its suffix names none of them.
const ExportFormat* exportFormatFor(ExportFile file, const QString& path);
/// The suffixes of `file` for a message: ".mp4, .mkv or .mov".
QString suffixesOf(ExportFile file);

} // namespace sw::render
