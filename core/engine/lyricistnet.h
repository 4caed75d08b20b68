#pragma once
// The lyricist's network: a two-layer GRU over the syllables of a song. At each syllable it sees
// the syllable's features and the note sung on the syllable before, and predicts three things
// of this syllable's note: the rest before it, its duration and its pitch relative to the key.
// Private to core/engine (includes libtorch).

#include "engine/lyricsdata.h"

#include <torch/torch.h>

#include <QString>

namespace sw::engine {

struct LyricistConfig
{
    int hidden = 192;
    int layers = 2;
};

struct LyricistNetImpl : torch::nn::Module
{
    explicit LyricistNetImpl(const LyricistConfig& config);

    /// features [B, T, kSyllableFeatures]; previous notes [B, T] each (pitch, duration, rest
    /// classes, with the "start" class for the first syllable). Returns logits of rest,
    /// duration and pitch [B, T, classes] and the final hidden state.
    std::tuple<torch::Tensor, torch::Tensor, torch::Tensor, torch::Tensor>
    forward(const torch::Tensor& features, const torch::Tensor& previousPitch,
            const torch::Tensor& previousDuration, const torch::Tensor& previousRest,
            const torch::Tensor& hidden = {});

    LyricistConfig config;
    torch::nn::Embedding pitchEmbedding{nullptr}, durationEmbedding{nullptr},
        restEmbedding{nullptr};
    torch::nn::Linear input{nullptr};
    torch::nn::GRU gru{nullptr};
    torch::nn::Linear restHead{nullptr}, durationHead{nullptr}, pitchHead{nullptr};
};
TORCH_MODULE(LyricistNet);

/// GELU written out (0.5 x (1 + erf(x / sqrt 2))). Debian's libtorch 1.13 computes torch::gelu's
/// backward wrongly when the incoming gradient is a strided view, which is what the GRU hands
/// back (batch first): gradients of 1e23 and more, different on every run of the same batch,
/// were why full-data training went non-finite. The forward pass is the same to 5e-7.
torch::Tensor exactGelu(const torch::Tensor& x);

constexpr int kLyricistFormatVersion = 1;
void saveLyricistNet(LyricistNet& net, const QString& path);
LyricistNet loadLyricistNet(const QString& path, QString* error);

} // namespace sw::engine
