#pragma once
// WAV files (PCM, 16 or 24 bit, stereo, 48 kHz), written atomically through QSaveFile with the
// non-atomic fallback off: a failed or cancelled write leaves nothing under the chosen name.

#include "media/audiospool.h"
#include "render/audio.h"

#include <QString>

namespace sw::render {

bool writeWav(const QString& path, const StereoAudio& audio, int bitsPerSample, QString* error);
/// The same from a stereo spool, a block at a time, each sample multiplied by `gain`.
bool writeWav(const QString& path, const media::AudioSpool& audio, int bitsPerSample,
              QString* error, float gain = 1.0f);

} // namespace sw::render
