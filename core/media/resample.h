#pragma once
// Mono float audio from one sample rate to another with libswresample (its default
// filter), for sound made at a rate of its own: espeak-ng speaks at 22,050 Hz, the mix is at
// 48 kHz.

#include <memory>
#include <vector>

namespace sw::media {

/// The same, in pieces: what is pushed comes out at the new rate, aligned, so a long line is
/// resampled without a second copy of it whole.
class MonoResampler
{
public:
    MonoResampler(int fromRate, int toRate);
    ~MonoResampler();
    bool isValid() const;
    /// Appends to `out` what `count` more input samples give (nullptr, 0: what is held back).
    void push(const float* samples, int count, std::vector<float>* out);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// `samples` at `fromRate` resampled to `toRate`; the output holds round(n * toRate / fromRate)
/// samples, aligned with the input (the filter's delay taken out). Empty on failure.
std::vector<float> resampleMono(const std::vector<float>& samples, int fromRate, int toRate);

} // namespace sw::media
