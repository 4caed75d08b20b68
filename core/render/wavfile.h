#pragma once
// WAV files (PCM, 16 or 24 bit, stereo, 48 kHz), written atomically through QSaveFile with the
// non-atomic fallback off: a failed or cancelled write leaves nothing under the chosen name.

#include "render/audio.h"

#include <QString>

namespace sw::render {

bool writeWav(const QString& path, const StereoAudio& audio, int bitsPerSample, QString* error);

} // namespace sw::render
