#include "engine/lyricistnet.h"

#include <QFile>

namespace sw::engine {

LyricistNetImpl::LyricistNetImpl(const LyricistConfig& c) : config(c)
{
    // One extra class in each embedding stands for "no previous note".
    pitchEmbedding =
        register_module("pitch_embedding", torch::nn::Embedding(kLyricPitches + 1, 32));
    durationEmbedding = register_module("duration_embedding",
                                        torch::nn::Embedding(lyricDurationSet().size() + 1, 16));
    restEmbedding =
        register_module("rest_embedding", torch::nn::Embedding(lyricRestSet().size() + 1, 8));
    input = register_module("input", torch::nn::Linear(kSyllableFeatures + 32 + 16 + 8, c.hidden));
    gru = register_module(
        "gru",
        torch::nn::GRU(
            torch::nn::GRUOptions(c.hidden, c.hidden).num_layers(c.layers).batch_first(true)));
    restHead = register_module("rest_head", torch::nn::Linear(c.hidden, lyricRestSet().size()));
    durationHead =
        register_module("duration_head", torch::nn::Linear(c.hidden, lyricDurationSet().size()));
    pitchHead = register_module("pitch_head", torch::nn::Linear(c.hidden, kLyricPitches));
}

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor, torch::Tensor>
LyricistNetImpl::forward(const torch::Tensor& features, const torch::Tensor& previousPitch,
                         const torch::Tensor& previousDuration, const torch::Tensor& previousRest,
                         const torch::Tensor& hidden)
{
    auto x = torch::cat({features, pitchEmbedding->forward(previousPitch),
                         durationEmbedding->forward(previousDuration),
                         restEmbedding->forward(previousRest)},
                        -1);
    x = torch::gelu(input->forward(x));
    auto [out, h] = hidden.defined() ? gru->forward(x, hidden) : gru->forward(x);
    return {restHead->forward(out), durationHead->forward(out), pitchHead->forward(out), h};
}

void saveLyricistNet(LyricistNet& net, const QString& path)
{
    torch::serialize::OutputArchive archive;
    net->save(archive);
    archive.write("format_version", torch::tensor({int64_t(kLyricistFormatVersion)}));
    archive.write("config", torch::tensor({int64_t(net->config.hidden), int64_t(net->config.layers),
                                           int64_t(kSyllableFeatures), int64_t(kLyricPitches)}));
    archive.save_to(path.toStdString());
}

LyricistNet loadLyricistNet(const QString& path, QString* error)
{
    if (!QFile::exists(path)) {
        *error = QStringLiteral("%1: the lyricist's weights file is missing; run "
                                "`scorewright-cli train lyricist` or restore models/")
                     .arg(path);
        return nullptr;
    }
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString());
        torch::Tensor version, config;
        if (!archive.try_read("format_version", version) || !archive.try_read("config", config)) {
            *error = QStringLiteral("%1: not a Scorewright lyricist weights file").arg(path);
            return nullptr;
        }
        auto c = config.accessor<int64_t, 1>();
        if (version.item<int64_t>() != kLyricistFormatVersion || c[2] != kSyllableFeatures ||
            c[3] != kLyricPitches) {
            *error = QStringLiteral("%1: weights of another lyricist version").arg(path);
            return nullptr;
        }
        LyricistConfig cfg;
        cfg.hidden = int(c[0]);
        cfg.layers = int(c[1]);
        if (cfg.hidden <= 0 || cfg.hidden > 4096 || cfg.layers <= 0 || cfg.layers > 16) {
            *error = QStringLiteral("%1: implausible lyricist configuration").arg(path);
            return nullptr;
        }
        LyricistNet net(cfg);
        net->load(archive);
        net->eval();
        return net;
    } catch (const std::exception& e) {
        *error = QStringLiteral("%1: the weights file is damaged or not a lyricist model (%2)")
                     .arg(path, QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0));
        return nullptr;
    }
}

} // namespace sw::engine
