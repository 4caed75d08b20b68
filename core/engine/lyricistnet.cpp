#include "engine/lyricistnet.h"

#include "engine/weightsfile.h"

#include <QFile>
#include <cmath>

namespace sw::engine {

torch::Tensor exactGelu(const torch::Tensor& x)
{
    return 0.5 * x * (1.0 + torch::erf(x * M_SQRT1_2));
}

bool lyricistGradientsAreSound(QString* problem)
{
    torch::manual_seed(7);
    LyricistConfig config;
    config.hidden = 32;
    LyricistNet net(config);
    const int batch = 4, length = 64;
    const torch::Tensor features = torch::rand({batch, length, kSyllableFeatures});
    const torch::Tensor previous = torch::zeros({batch, length}, torch::kInt64);
    const torch::Tensor target = torch::randint(0, kLyricPitches, {batch * length});
    std::vector<double> norms;
    for (int run = 0; run < 3; ++run) {
        net->zero_grad();
        auto [rest, duration, pitch] =
            net->forward(features, previous, previous, previous, previous, previous);
        Q_UNUSED(rest);
        Q_UNUSED(duration);
        torch::nn::functional::cross_entropy(pitch.reshape({-1, kLyricPitches}), target).backward();
        double squares = 0;
        for (const torch::Tensor& p : net->parameters()) {
            if (p.grad().defined()) // the rest and duration heads are not in this loss
                squares += p.grad().to(torch::kFloat64).pow(2).sum().item<double>();
        }
        norms.push_back(std::sqrt(squares));
    }
    for (double n : norms) {
        if (!std::isfinite(n) || n > 1e3 || std::abs(n - norms.front()) > 1e-6 * norms.front()) {
            *problem = QStringLiteral("the same batch gave gradient norms %1, %2 and %3: this "
                                      "libtorch's backward pass is not sound")
                           .arg(norms[0])
                           .arg(norms[1])
                           .arg(norms[2]);
            return false;
        }
    }
    return true;
}

LyricistNetImpl::LyricistNetImpl(const LyricistConfig& c) : config(c)
{
    // One extra class in each embedding stands for "no previous note".
    pitchEmbedding =
        register_module("pitch_embedding", torch::nn::Embedding(kLyricPitches + 1, 32));
    durationEmbedding = register_module("duration_embedding",
                                        torch::nn::Embedding(lyricDurationSet().size() + 1, 16));
    restEmbedding =
        register_module("rest_embedding", torch::nn::Embedding(lyricRestSet().size() + 1, 8));
    input = register_module("input", torch::nn::Linear(c.features + 32 + 16 + 8, c.hidden));
    gru = register_module(
        "gru",
        torch::nn::GRU(
            torch::nn::GRUOptions(c.hidden, c.hidden).num_layers(c.layers).batch_first(true)));
    chosenRest = register_module("chosen_rest", torch::nn::Embedding(lyricRestSet().size(), 8));
    chosenDuration =
        register_module("chosen_duration", torch::nn::Embedding(lyricDurationSet().size(), 16));
    restHead = register_module("rest_head", torch::nn::Linear(c.hidden, lyricRestSet().size()));
    durationHidden = register_module("duration_hidden", torch::nn::Linear(c.hidden + 8, 96));
    durationHead =
        register_module("duration_head", torch::nn::Linear(96, lyricDurationSet().size()));
    pitchHidden = register_module("pitch_hidden", torch::nn::Linear(c.hidden + 8 + 16, 128));
    pitchHead = register_module("pitch_head", torch::nn::Linear(128, kLyricPitches));
}

std::pair<torch::Tensor, torch::Tensor>
LyricistNetImpl::encode(const torch::Tensor& features, const torch::Tensor& previousPitch,
                        const torch::Tensor& previousDuration, const torch::Tensor& previousRest,
                        const torch::Tensor& hidden)
{
    auto x = torch::cat({features, pitchEmbedding->forward(previousPitch),
                         durationEmbedding->forward(previousDuration),
                         restEmbedding->forward(previousRest)},
                        -1);
    x = exactGelu(input->forward(x));
    auto [out, h] = hidden.defined() ? gru->forward(x, hidden) : gru->forward(x);
    return {out, h};
}

torch::Tensor LyricistNetImpl::restLogits(const torch::Tensor& encoded)
{
    return restHead->forward(encoded);
}

torch::Tensor LyricistNetImpl::durationLogits(const torch::Tensor& encoded,
                                              const torch::Tensor& rest)
{
    auto x = torch::cat({encoded, chosenRest->forward(rest)}, -1);
    return durationHead->forward(exactGelu(durationHidden->forward(x)));
}

torch::Tensor LyricistNetImpl::pitchLogits(const torch::Tensor& encoded, const torch::Tensor& rest,
                                           const torch::Tensor& duration)
{
    auto x =
        torch::cat({encoded, chosenRest->forward(rest), chosenDuration->forward(duration)}, -1);
    return pitchHead->forward(exactGelu(pitchHidden->forward(x)));
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor>
LyricistNetImpl::forward(const torch::Tensor& features, const torch::Tensor& previousPitch,
                         const torch::Tensor& previousDuration, const torch::Tensor& previousRest,
                         const torch::Tensor& rest, const torch::Tensor& duration)
{
    const torch::Tensor encoded =
        encode(features, previousPitch, previousDuration, previousRest).first;
    return {restLogits(encoded), durationLogits(encoded, rest),
            pitchLogits(encoded, rest, duration)};
}

void saveLyricistNet(LyricistNet& net, const QString& path)
{
    saveWeights(*net, kLyricistFormatVersion,
                {int64_t(net->config.hidden), int64_t(net->config.layers),
                 int64_t(kSyllableFeatures), int64_t(kLyricPitches)},
                path);
}

namespace {
// Reads a weights file of this format or of format 3, which had one syllable feature fewer (the
// network then has config.features == kSyllableFeatures - 1).
LyricistNet readLyricistNet(const QString& path, QString* error)
{
    const QString model = QStringLiteral("lyricist");
    WeightsArchive weights;
    if (!openWeights(path, model, &weights, error))
        return nullptr;
    const std::vector<int64_t>& c = weights.config;
    const int features = weights.format == 3 ? kSyllableFeatures - 1 : kSyllableFeatures;
    if ((weights.format != kLyricistFormatVersion && weights.format != 3) || c.size() != 4 ||
        c[2] != features || c[3] != kLyricPitches) {
        *error = QStringLiteral("%1: weights of another lyricist version").arg(path);
        return nullptr;
    }
    LyricistConfig cfg;
    cfg.hidden = int(c[0]);
    cfg.layers = int(c[1]);
    cfg.features = features;
    if (cfg.hidden <= 0 || cfg.hidden > 4096 || cfg.layers <= 0 || cfg.layers > 16) {
        *error = QStringLiteral("%1: implausible lyricist configuration").arg(path);
        return nullptr;
    }
    LyricistNet net(cfg);
    if (!loadParameters(*net, weights, path, model, error))
        return nullptr;
    net->eval();
    return net;
}
} // namespace

LyricistNet loadLyricistNet(const QString& path, QString* error)
{
    LyricistNet net = readLyricistNet(path, error);
    if (!net || net->config.features == kSyllableFeatures)
        return net;
    // Format 3 had no numeric pace (the feature after the pace levels): its input layer gets a
    // zero column there, and every other weight is copied as it is.
    LyricistConfig config = net->config;
    config.features = kSyllableFeatures;
    LyricistNet upgraded(config);
    torch::NoGradGuard noGrad;
    const auto from = net->named_parameters();
    for (auto& p : upgraded->named_parameters()) {
        const torch::Tensor& source = from[p.key()];
        if (p.key() == "input.weight") {
            using torch::indexing::Slice;
            const int64_t added = kSyllableFeatures - 1;
            p.value().zero_();
            p.value().index_put_({Slice(), Slice(0, added)},
                                 source.index({Slice(), Slice(0, added)}));
            p.value().index_put_({Slice(), Slice(added + 1, torch::indexing::None)},
                                 source.index({Slice(), Slice(added, torch::indexing::None)}));
        } else {
            p.value().copy_(source);
        }
    }
    upgraded->eval();
    return upgraded;
}

} // namespace sw::engine
