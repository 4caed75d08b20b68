#pragma once
// The composer's network: a decoder-only Transformer (pre-norm blocks, ALiBi attention biases
// instead of learned positions, output layer tied to the token embedding). ALiBi makes the
// attention depend only on distances, so the sampler can slide its key/value cache over a piece
// longer than the training context without recomputing anything.
//
// Private to core/engine: the only header of the project that includes libtorch.

#include <torch/torch.h>

#include <QString>

namespace sw::engine {

struct ComposerConfig
{
    int vocabSize = 0;
    int dModel = 192;
    int layers = 4;
    int heads = 4;
    int feedForward = 576;
    int context = 512;
};

struct ComposerNetImpl : torch::nn::Module
{
    explicit ComposerNetImpl(const ComposerConfig& config);

    /// Logits for every position of `tokens` [batch, time] under a causal mask.
    torch::Tensor forward(const torch::Tensor& tokens);

    /// ALiBi slopes, one per head (geometric, as in Press et al. 2022).
    std::vector<float> slopes() const;

    ComposerConfig config;
    torch::nn::Embedding embedding{nullptr};
    torch::nn::ModuleList blocks{nullptr};
    torch::nn::LayerNorm finalNorm{nullptr};
};
TORCH_MODULE(ComposerNet);

struct BlockImpl : torch::nn::Module
{
    BlockImpl(const ComposerConfig& config);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& bias);

    int heads = 4;
    torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
    torch::nn::Linear qkv{nullptr}, projection{nullptr}, up{nullptr}, down{nullptr};
};
TORCH_MODULE(Block);

/// Format version of the weights file; a file of another version is refused with a message.
constexpr int kComposerFormatVersion = 1;

/// Saves the network with its configuration and format version.
void saveComposerNet(ComposerNet& net, const QString& path);
/// Loads a network saved by saveComposerNet; on failure returns nullptr and a readable error.
ComposerNet loadComposerNet(const QString& path, QString* error);

} // namespace sw::engine
