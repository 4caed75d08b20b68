#pragma once
// Score -> stems -> mix -> loudness. Stems render on two threads, each with its own
// synthesizer (FluidSynth renders one track at a time at 20-50x real time on a core; two cores
// double that), then are summed into the mix, which is brought to the loudness preset.

#include "media/mediainfo.h"
#include "music/score.h"
#include "render/ducking.h"
#include "render/guidevocal.h"
#include "render/loudness.h"

#include <functional>

namespace sw::render {

/// How one track sits in the mix.
struct TrackMix
{
    double gainDb = 0;
    double pan = 0; ///< -1 (left) .. 1 (right), constant power
    bool mute = false;
    bool solo = false; ///< when any track is soloed, only soloed tracks are heard
};

/// The picture the music goes under. With a duration, the mix and the stems lie on the video's
/// timeline: silence until the music's offset, the music cut at the video's end with the fades,
/// the video's own sound (when given) mixed in and the music ducked under its speech.
struct PictureOptions
{
    qint64 durationUs = 0; ///< 0: no picture; the music alone, at its natural length
    qint64 musicOffsetUs = 0;
    const StereoAudio* sourceAudio = nullptr;       ///< the video's own sound, from its first frame
    const media::AudioSpool* sourceSpool = nullptr; ///< or the same in a stereo spool
    TrackMix sourceMix;                             ///< its gain, pan and mute (solo is ignored)
    DuckingOptions ducking;
    FadeOptions fades;
};

struct RenderOptions
{
    QVector<TrackMix> mix; ///< per track, in the score's order; missing tracks are unchanged
    QString soundFont;     ///< empty: findSoundFont()'s choice
    QString preset = QStringLiteral("web");
    int threads = 2;
    PictureOptions picture;
    /// A vocal track with lyrics is sung by the guide voice, or played by its instrument.
    VocalSound vocalSound = VocalSound::GuideVoice;
    VoiceType voice = VoiceType::Auto;
};

struct RenderResult
{
    QVector<StereoAudio> stems; ///< one per track, with its gain and pan, scaled like the mix
    StereoAudio mix;
    QVector<SpeechSpan> speech; ///< where the music ducked, in frames of the mix
    LoudnessReport loudness;
    QString soundFont;
};

bool renderScore(const music::Score& score, const RenderOptions& options, RenderResult* result,
                 QString* error, const media::StopRequested& stop = {},
                 const std::function<void(double)>& progress = {});

/// The same render kept in spools, for an export of any length: nothing the length of the
/// music is held in memory when `storage` is File.
struct SpooledRender
{
    /// One per track, with its gain, pan and envelope when `shapeStems` was asked (else as the
    /// synthesizer left them); `stemGainDb` brings them to the mix's scale.
    std::vector<media::AudioSpool> stems;
    double stemGainDb = 0;
    media::AudioSpool mix; ///< at the preset's loudness
    QVector<SpeechSpan> speech;
    LoudnessReport loudness;
    QString soundFont;
};

struct SpoolOptions
{
    media::AudioSpool::Storage storage = media::AudioSpool::Storage::Memory;
    bool shapeStems = true; ///< stems are delivered; without, only the mix is
};

/// How long the music renders: the picture's length, or the score's with its release tail.
qint64 renderedFrames(const music::Score& score, const RenderOptions& options);

/// Memory while `spools` spools of `frames` stereo frames fit in a few hundred megabytes, a file
/// otherwise. False with a message for music longer than Scorewright renders (4 hours), and
/// with File when the temporary folder has less room than it needs (saying how much).
bool chooseSpoolStorage(qint64 frames, int spools, media::AudioSpool::Storage* storage,
                        QString* error);

bool renderScoreToSpools(const music::Score& score, const RenderOptions& options,
                         const SpoolOptions& spooling, SpooledRender* result, QString* error,
                         const media::StopRequested& stop = {},
                         const std::function<void(double)>& progress = {});

} // namespace sw::render
