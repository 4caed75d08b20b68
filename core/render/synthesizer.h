#pragma once
// Renders the tracks of a score one by one into stereo stems with FluidSynth, offline and
// sample-exact: each note event is placed at the sample its tick falls on through the tempo map,
// so the same score always gives the same samples. The soundfont is loaded once per
// Synthesizer (it costs 0.2-0.3 s) and reused for every track.

#include "media/audiospool.h"
#include "media/mediainfo.h"
#include "music/score.h"
#include "render/audio.h"

#include <memory>

namespace sw::render {

/// Where a stem lies on a longer timeline (the picture's): silence for `offsetFrames`, then the
/// track, cut at `totalFrames` (0: the track's end plus the release tail).
struct TrackPlacement
{
    qint64 offsetFrames = 0;
    qint64 totalFrames = 0;
};

class Synthesizer
{
public:
    Synthesizer();
    ~Synthesizer();

    /// Loads the soundfont (see findSoundFont); false with `error` when it cannot.
    bool load(const QString& soundFontPath, QString* error);
    QString soundFont() const;

    /// Renders track `index` of `score` alone, from tick 0 to the end of the score plus the
    /// release tail, or as `placement` says. Drum tracks play on channel 10.
    bool renderTrack(const music::Score& score, int index, StereoAudio* out, QString* error,
                     const media::StopRequested& stop = {}, const TrackPlacement& placement = {});
    /// The same into an open stereo spool, a block at a time (a long stem never in memory).
    bool renderTrack(const music::Score& score, int index, media::AudioSpool* out, QString* error,
                     const media::StopRequested& stop = {}, const TrackPlacement& placement = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Seconds of sound after the last note ends (release and reverb).
constexpr double kReleaseTailSeconds = 1.5;

} // namespace sw::render
