#pragma once
// Score -> stems -> mix -> loudness. Stems render on two threads, each with its own
// synthesizer (FluidSynth renders one track at a time at 20-50x real time on a core; two cores
// double that), then are summed into the mix, which is brought to the loudness preset.

#include "media/mediainfo.h"
#include "music/score.h"
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

struct RenderOptions
{
    QVector<TrackMix> mix; ///< per track, in the score's order; missing tracks are unchanged
    QString soundFont;     ///< empty: findSoundFont()'s choice
    QString preset = QStringLiteral("web");
    int threads = 2;
};

struct RenderResult
{
    QVector<StereoAudio> stems; ///< one per track, with its gain and pan, scaled like the mix
    StereoAudio mix;
    LoudnessReport loudness;
    QString soundFont;
};

bool renderScore(const music::Score& score, const RenderOptions& options, RenderResult* result,
                 QString* error, const media::StopRequested& stop = {},
                 const std::function<void(double)>& progress = {});

} // namespace sw::render
