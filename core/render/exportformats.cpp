#include "render/exportformats.h"

#include "media/audiofile.h"
#include "media/muxer.h"

#include <QFileInfo>

namespace sw::render {

const QVector<ExportFormat>& exportFormats()
{
    static const QVector<ExportFormat> kFormats = [] {
        QVector<ExportFormat> list{
            {ExportFile::Mix, QStringLiteral("wav"), QStringLiteral("WAV"),
             QStringLiteral("the mix, 16 or 24-bit PCM at 48 kHz, on the picture's timeline")}};
        for (const media::EncodedAudioFormat& f : media::encodedAudioFormats())
            list.append({ExportFile::EncodedMix, QString::fromLatin1(f.suffix),
                         QString::fromLatin1(f.name),
                         QStringLiteral("the mix, compressed, on the picture's timeline")});
        const QString midi = QStringLiteral("notes, tempo map, meters, key, chords, lyrics, track "
                                            "names and roles, from the picture's time 0");
        list.append({ExportFile::Midi, QStringLiteral("mid"), QStringLiteral("MIDI"), midi});
        list.append({ExportFile::Midi, QStringLiteral("midi"), QStringLiteral("MIDI"), midi});
        const QString notation =
            QStringLiteral("the score for MuseScore: parts, lyrics, chords, tempo marks");
        list.append({ExportFile::MusicXml, QStringLiteral("musicxml"), QStringLiteral("MusicXML"),
                     notation});
        list.append(
            {ExportFile::MusicXml, QStringLiteral("xml"), QStringLiteral("MusicXML"), notation});
        for (const media::VideoContainer& c : media::videoContainers())
            list.append({ExportFile::MuxedVideo, QString::fromLatin1(c.suffix),
                         QString::fromLatin1(c.name),
                         QStringLiteral("the picture copied as it is, with the new soundtrack")});
        return list;
    }();
    return kFormats;
}

QVector<ExportFormat> exportFormatsOf(ExportFile file)
{
    QVector<ExportFormat> list;
    for (const ExportFormat& f : exportFormats()) {
        if (f.file == file)
            list.append(f);
    }
    return list;
}

const ExportFormat* exportFormatFor(ExportFile file, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const ExportFormat& f : exportFormats()) {
        if (f.file == file && f.suffix == suffix)
            return &f;
    }
    return nullptr;
}

QString suffixesOf(ExportFile file)
{
    QStringList suffixes;
    for (const ExportFormat& f : exportFormatsOf(file))
        suffixes << QStringLiteral(".") + f.suffix;
    if (suffixes.size() < 2)
        return suffixes.join(QString());
    const QString last = suffixes.takeLast();
    return suffixes.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

} // namespace sw::render
