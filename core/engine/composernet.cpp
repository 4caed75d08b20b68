#include "engine/composernet.h"

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
    torch::serialize::OutputArchive archive;
    net->save(archive);
    const ComposerConfig& c = net->config;
    archive.write("format_version", torch::tensor({int64_t(kComposerFormatVersion)}));
    archive.write("config",
                  torch::tensor({int64_t(c.vocabSize), int64_t(c.dModel), int64_t(c.layers),
                                 int64_t(c.heads), int64_t(c.feedForward), int64_t(c.context)}));
    archive.save_to(path.toStdString());
}

ComposerNet loadComposerNet(const QString& path, QString* error)
{
    if (!QFile::exists(path)) {
        *error = QStringLiteral("%1: the composer's weights file is missing; run "
                                "`scorewright-cli train composer` or restore models/ from the "
                                "repository")
                     .arg(path);
        return nullptr;
    }
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString());
        torch::Tensor version, config;
        if (!archive.try_read("format_version", version) || !archive.try_read("config", config)) {
            *error = QStringLiteral("%1: not a Scorewright composer weights file").arg(path);
            return nullptr;
        }
        if (version.item<int64_t>() != kComposerFormatVersion) {
            *error = QStringLiteral("%1: weights of composer format %2; this build reads format %3 "
                                    "(retrain, or use the models/ of the same version)")
                         .arg(path)
                         .arg(version.item<int64_t>())
                         .arg(kComposerFormatVersion);
            return nullptr;
        }
        auto c = config.accessor<int64_t, 1>();
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
            cfg.layers > 64 || cfg.dModel > 4096 || cfg.feedForward <= 0 || cfg.context < 16) {
            *error = QStringLiteral("%1: implausible model configuration").arg(path);
            return nullptr;
        }
        ComposerNet net(cfg);
        net->load(archive);
        net->eval();
        return net;
    } catch (const std::exception& e) {
        *error = QStringLiteral("%1: the weights file is damaged or not a composer model (%2)")
                     .arg(path, QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0));
        return nullptr;
    }
}

} // namespace sw::engine
