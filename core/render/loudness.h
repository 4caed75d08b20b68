#pragma once
// Loudness as platforms measure it (EBU R128 / ITU-R BS.1770, through libebur128): integrated
// loudness in LUFS and true peak in dBTP, and normalisation to a delivery preset. Normalising
// applies the gain that reaches the target; where that would push the true peak over the
// ceiling, a look-ahead peak limiter holds the peaks and the gain is measured again.

#include "render/audio.h"

#include <QString>
#include <QVector>

namespace sw::render {

struct LoudnessPreset
{
    QString name;
    double targetLufs;
    double truePeakCeilingDbtp;
    QString description;
};

/// web (-14 LUFS, -1 dBTP), podcast (-16, -1), broadcast (EBU R128: -23, -1).
const QVector<LoudnessPreset>& loudnessPresets();
bool findLoudnessPreset(const QString& name, LoudnessPreset* preset);

struct LoudnessReport
{
    double integratedLufs = -70;
    double truePeakDbtp = -70;
    double appliedGainDb = 0; ///< normalizeLoudness(): the gain applied, besides any limiting
};

bool measureLoudness(const StereoAudio& audio, LoudnessReport* report, QString* error);
/// Brings `audio` to the preset; `after` reports the measured result.
bool normalizeLoudness(StereoAudio& audio, const LoudnessPreset& preset, LoudnessReport* after,
                       QString* error);

} // namespace sw::render
