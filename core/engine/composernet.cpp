#include "engine/composernet.h"

#include "engine/weightsfile.h"

#include "engine/tokens.h"

#include <QFile>

#include <cmath>

namespace sw::engine {

BlockImpl::BlockImpl(const ComposerConfig& c) : heads(c.heads)
{
    norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.dModel})));
    norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.dModel})));
    qkv = register_module("qkv", torch::nn::Linear(c.dModel, 3 * c.dModel));
    projection = register_module("projection", torch::nn::Linear(c.dModel, c.dModel));
    up = register_module("up", torch::nn::Linear(c.dModel, c.feedForward));
    down = register_module("down", torch::nn::Linear(c.feedForward, c.dModel));
}

torch::Tensor BlockImpl::forward(const torch::Tensor& x, const torch::Tensor& bias)
{
    const auto B = x.size(0);
    const auto T = x.size(1);
    const auto D = x.size(2);
    const auto hd = D / heads;
    auto parts =
        qkv->forward(norm1->forward(x)).view({B, T, 3, heads, hd}).permute({2, 0, 3, 1, 4});
    auto q = parts[0], k = parts[1], v = parts[2]; // [B, H, T, hd]
    auto scores = torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(double(hd))) + bias;
    auto attended = torch::matmul(torch::softmax(scores, -1), v);
    auto merged = attended.permute({0, 2, 1, 3}).reshape({B, T, D});
    auto h = x + projection->forward(merged);
    return h + down->forward(torch::gelu(up->forward(norm2->forward(h))));
}

ComposerNetImpl::ComposerNetImpl(const ComposerConfig& c) : config(c)
{
    embedding = register_module("embedding", torch::nn::Embedding(c.vocabSize, c.dModel));
    blocks = register_module("blocks", torch::nn::ModuleList());
    for (int i = 0; i < c.layers; ++i)
        blocks->push_back(Block(c));
    finalNorm = register_module("final_norm",
                                torch::nn::LayerNorm(torch::nn::LayerNormOptions({c.dModel})));
    torch::NoGradGuard noGrad;
    embedding->weight.normal_(0, 0.02);
    for (auto& p : named_parameters()) {
        if (p.key().find("weight") != std::string::npos && p.value().dim() == 2 &&
            p.key().find("embedding") == std::string::npos)
            p.value().normal_(0, 0.02);
    }
}

std::vector<float> ComposerNetImpl::slopes() const
{
    std::vector<float> s(config.heads);
    for (int h = 0; h < config.heads; ++h)
        s[h] = float(std::pow(2.0, -8.0 * (h + 1) / config.heads));
    return s;
}

torch::Tensor ComposerNetImpl::forward(const torch::Tensor& tokens)
{
    const auto T = tokens.size(1);
    auto positions = torch::arange(T, torch::kFloat32);
    auto distance = positions.unsqueeze(1) - positions.unsqueeze(0); // i - j
    auto slope = torch::tensor(slopes()).view({-1, 1, 1});
    auto bias = -slope * distance.unsqueeze(0);
    bias = bias.masked_fill(distance.unsqueeze(0) < 0, -1e9).unsqueeze(0); // [1, H, T, T]
    auto x = embedding->forward(tokens);
    for (auto& block : *blocks)
        x = block->as<Block>()->forward(x, bias);
    return torch::matmul(finalNorm->forward(x), embedding->weight.t());
}

void saveComposerNet(ComposerNet& net, const QString& path)
{
    const ComposerConfig& c = net->config;
    saveWeights(*net, kComposerFormatVersion,
                {int64_t(c.vocabSize), int64_t(c.dModel), int64_t(c.layers), int64_t(c.heads),
                 int64_t(c.feedForward), int64_t(c.context)},
                path);
}

ComposerNet loadComposerNet(const QString& path, QString* error)
{
    const QString model = QStringLiteral("composer");
    WeightsArchive weights;
    if (!openWeights(path, model, &weights, error))
        return nullptr;
    if (weights.format != kComposerFormatVersion) {
        *error = QStringLiteral("%1: weights of composer format %2; this build reads format %3 "
                                "(retrain, or use the models/ of the same version)")
                     .arg(path)
                     .arg(weights.format)
                     .arg(kComposerFormatVersion);
        return nullptr;
    }
    const std::vector<int64_t>& c = weights.config;
    if (c.size() != 6) {
        *error = QStringLiteral("%1: not a Scorewright composer weights file").arg(path);
        return nullptr;
    }
    ComposerConfig cfg;
    cfg.vocabSize = int(c[0]);
    cfg.dModel = int(c[1]);
    cfg.layers = int(c[2]);
    cfg.heads = int(c[3]);
    cfg.feedForward = int(c[4]);
    cfg.context = int(c[5]);
    if (cfg.vocabSize != vocab::Size) {
        *error = QStringLiteral("%1: weights for a vocabulary of %2 tokens; this build's "
                                "tokenizer has %3 (another model version)")
                     .arg(path)
                     .arg(cfg.vocabSize)
                     .arg(vocab::Size);
        return nullptr;
    }
    if (cfg.dModel <= 0 || cfg.heads <= 0 || cfg.dModel % cfg.heads || cfg.layers <= 0 ||
        cfg.layers > 64 || cfg.dModel > 4096 || cfg.feedForward <= 0 || cfg.feedForward > 65536 ||
        cfg.context < 16 || cfg.context > 65536) {
        *error = QStringLiteral("%1: implausible model configuration").arg(path);
        return nullptr;
    }
    ComposerNet net(cfg);
    if (!loadParameters(*net, weights, path, model, error))
        return nullptr;
    net->eval();
    return net;
}

} // namespace sw::engine
