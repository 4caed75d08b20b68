#pragma once
// Everything a person delivers from one score in one request: the mix (WAV and/or an encoded
// file), stems, MIDI, MusicXML and the video with the new soundtrack. Shared by
// `scorewright-cli export` and the desktop application's export, which runs it as a Task.
//
// Rendering (the long part; a long piece goes through temporary files that have no name, see
// media/audiospool.h) happens before any file is written, so cancelling it leaves every
// file as it was. Each file is written whole or not at all (temporary file, renamed into place);
// cancelling between files stops before the next one, and the report lists what was written.

#include "media/mediainfo.h"
#include "music/score.h"
#include "render/scorerenderer.h"

#include <QStringList>
#include <functional>

namespace sw::render {

struct ExportRequest
{
    music::Score score;
    /// Where the score's tick 0 lies in the video. The mix and stems lie on the video's
    /// timeline; MIDI and MusicXML are written in its time too (a lead-in before the music).
    qint64 musicOffsetUs = 0;
    RenderOptions render; ///< mix, preset, soundfont (its picture is filled from the video)

    /// The picture: with a video, the mix and the stems lie on its timeline, its own sound is
    /// mixed in (unless left out) and the music ducks under its speech.
    QString videoPath;
    bool includeSourceAudio = true;

    QString wavPath;   ///< the mix as WAV
    int wavBits = 24;  ///< 16 or 24
    QString audioPath; ///< the mix as .flac, .m4a or .mp3
    QString stemsFolder;
    QString midiPath;
    QString musicXmlPath;
    QString muxedVideoPath; ///< needs videoPath; .mp4, .mov or .mkv

    bool needsAudio() const;
    bool writesSomething() const;
};

struct ExportReport
{
    LoudnessReport loudness;
    QString soundFont;
    QVector<SpeechSpan> speech; ///< where the music ducked (frames at 48 kHz)
    bool sourceAudioMixed = false;
    bool videoHasNoSound = false;
    QStringList written; ///< every file written, in order
    QString muxedVideo;  ///< the video written, if any
    double mixSeconds = 0;

    /// A few lines for the person: loudness, ducking, files.
    QString summary(const DuckingOptions& ducking) const;
};

/// Checks the request without doing the work (formats, bits, a muxed video without a video).
bool validateExportRequest(const ExportRequest& request, QString* error);

/// `report` is filled as the work goes, also when it fails or is cancelled part-way.
bool exportSoundtrack(const ExportRequest& request, ExportReport* report, QString* error,
                      const media::StopRequested& stop = {},
                      const std::function<void(double, const QString&)>& progress = {});

} // namespace sw::render
