#pragma once
// Mono float audio from one sample rate to another with libswresample (its default
// filter), for sound made at a rate of its own: espeak-ng speaks at 22,050 Hz, the mix is at
// 48 kHz.

#include <vector>

namespace sw::media {

/// `samples` at `fromRate` resampled to `toRate`; the output holds round(n * toRate / fromRate)
/// samples, aligned with the input (the filter's delay taken out). Empty on failure.
std::vector<float> resampleMono(const std::vector<float>& samples, int fromRate, int toRate);

} // namespace sw::media
