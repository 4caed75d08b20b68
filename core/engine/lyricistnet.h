#pragma once
// The lyricist's network: a two-layer GRU over the syllables of a song. At each syllable it sees
// the syllable's features and the note sung on the syllable before, and predicts this syllable's
// note in three steps, each knowing the ones before (as compound-word decoders do): the rest
// before it, then its duration given that rest, then its pitch relative to the key given both.
// Heads that predicted the three independently wrote combinations no song has (a long rest and
// a pickup-length note where the data has one or the other), and fed back, those drove the
// melody's rhythm away from the songs' (melodies rushed in eighths).
// Private to core/engine (includes libtorch).

#include "engine/lyricsdata.h"

#include <torch/torch.h>

#include <QString>

namespace sw::engine {

struct LyricistConfig
{
    int hidden = 192;
    int layers = 2;
    int features = kSyllableFeatures; ///< fewer only while weights of format 3 are upgraded
};

struct LyricistNetImpl : torch::nn::Module
{
    explicit LyricistNetImpl(const LyricistConfig& config);

    /// features [B, T, kSyllableFeatures]; previous notes [B, T] each (pitch, duration, rest
    /// classes, with the "start" class for the first syllable). Returns the GRU's output
    /// [B, T, hidden] and its final hidden state.
    std::pair<torch::Tensor, torch::Tensor> encode(const torch::Tensor& features,
                                                   const torch::Tensor& previousPitch,
                                                   const torch::Tensor& previousDuration,
                                                   const torch::Tensor& previousRest,
                                                   const torch::Tensor& hidden = {});
    /// Logits [B, T, classes] of the rest; of the duration given the rest (classes [B, T]); of
    /// the pitch given the rest and the duration.
    torch::Tensor restLogits(const torch::Tensor& encoded);
    torch::Tensor durationLogits(const torch::Tensor& encoded, const torch::Tensor& rest);
    torch::Tensor pitchLogits(const torch::Tensor& encoded, const torch::Tensor& rest,
                              const torch::Tensor& duration);

    /// Training: the three logits with the true rest and duration given (teacher forcing).
    std::tuple<torch::Tensor, torch::Tensor, torch::Tensor>
    forward(const torch::Tensor& features, const torch::Tensor& previousPitch,
            const torch::Tensor& previousDuration, const torch::Tensor& previousRest,
            const torch::Tensor& rest, const torch::Tensor& duration);

    LyricistConfig config;
    torch::nn::Embedding pitchEmbedding{nullptr}, durationEmbedding{nullptr},
        restEmbedding{nullptr};
    torch::nn::Linear input{nullptr};
    torch::nn::GRU gru{nullptr};
    /// The rest and the duration chosen for this syllable, as the later heads see them.
    torch::nn::Embedding chosenRest{nullptr}, chosenDuration{nullptr};
    torch::nn::Linear restHead{nullptr}, durationHidden{nullptr}, durationHead{nullptr},
        pitchHidden{nullptr}, pitchHead{nullptr};
};
TORCH_MODULE(LyricistNet);

/// GELU written out (0.5 x (1 + erf(x / sqrt 2))). Debian's libtorch 1.13 computes torch::gelu's
/// backward wrongly when the incoming gradient is a strided view, which is what the GRU hands
/// back (batch first): gradients of 1e23 and more, different on every run of the same batch,
/// were why full-data training went non-finite. The forward pass is the same to 5e-7.
torch::Tensor exactGelu(const torch::Tensor& x);

// 2: the pace features; 3: chained heads; 4: the pace as a number beside its level.
constexpr int kLyricistFormatVersion = 4;
void saveLyricistNet(LyricistNet& net, const QString& path);
/// Weights of this format, or of format 3 with a zero weight for the input it did not have, so
/// they write exactly as they did (and can be trained on, or compared with newer weights).
LyricistNet loadLyricistNet(const QString& path, QString* error);

} // namespace sw::engine
