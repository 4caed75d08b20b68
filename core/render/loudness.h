#pragma once
// Loudness as platforms measure it (EBU R128 / ITU-R BS.1770, through libebur128): integrated
// loudness in LUFS and true peak in dBTP, and normalisation to a delivery preset. Normalising
// applies the gain that reaches the target; where that would push the true peak over the
// ceiling, a look-ahead peak limiter holds the peaks and the gain is measured again.

#include "media/audiospool.h"
#include "render/audio.h"

#include <QString>
#include <QVector>
#include <memory>

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

/// Integrated loudness and true peak of audio given a piece at a time.
class LoudnessMeter
{
public:
    LoudnessMeter();
    ~LoudnessMeter();
    LoudnessMeter(const LoudnessMeter&) = delete;
    LoudnessMeter& operator=(const LoudnessMeter&) = delete;

    /// False when libebur128 could not start (push and report then do nothing).
    bool isValid() const;
    void push(const float* stereo, qint64 frames);
    LoudnessReport report() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

bool measureLoudness(const StereoAudio& audio, LoudnessReport* report, QString* error);
/// Brings `audio` to the preset; `after` reports the measured result.
bool normalizeLoudness(StereoAudio& audio, const LoudnessPreset& preset, LoudnessReport* after,
                       QString* error);
/// The same for a stereo spool, a block at a time. `measured`, when given, is its loudness
/// already measured (as the mixdown does while it sums), which saves a pass.
bool normalizeLoudness(media::AudioSpool& audio, const LoudnessPreset& preset,
                       LoudnessReport* after, QString* error,
                       const LoudnessReport* measured = nullptr);

} // namespace sw::render
