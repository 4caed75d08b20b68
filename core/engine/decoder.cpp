#include "engine/decoder.h"

#include "engine/composernet.h"

#include <cmath>

namespace sw::engine {

namespace F = torch::nn::functional;

struct IncrementalDecoder::Impl
{
    ComposerNet net{nullptr};
    ComposerConfig config;
    std::vector<torch::Tensor> keys;   ///< per layer [heads, context, headDim]
    std::vector<torch::Tensor> values; ///< per layer [heads, context, headDim]
    torch::Tensor slopes;              ///< [heads, 1, 1]
    /// -slope * (context - 1 - j) for j in 0..context-1: the biases of a single query at the end
    /// of the cache are a view into it, so a one-token step builds no bias tensor.
    torch::Tensor reversedBias; ///< [heads, 1, context]
    int length = 0;             ///< cached positions in use
    qint64 parameters = 0;

    void allocate()
    {
        const int hd = config.dModel / config.heads;
        keys.clear();
        values.clear();
        for (int l = 0; l < config.layers; ++l) {
            keys.push_back(torch::zeros({config.heads, config.context, hd}));
            values.push_back(torch::zeros({config.heads, config.context, hd}));
        }
        length = 0;
    }

    // Drops the oldest positions so that `incoming` more fit.
    void makeRoom(int incoming)
    {
        if (length + incoming <= config.context)
            return;
        const int keep = std::max(0, std::min(length, config.context / 2 - incoming));
        const int drop = length - keep;
        for (int l = 0; l < config.layers; ++l) {
            if (keep > 0) {
                keys[l].narrow(1, 0, keep).copy_(keys[l].narrow(1, drop, keep).clone());
                values[l].narrow(1, 0, keep).copy_(values[l].narrow(1, drop, keep).clone());
            }
        }
        length = keep;
    }

    torch::Tensor forward(const QVector<int>& tokens)
    {
        const int m = tokens.size();
        const int D = config.dModel;
        const int H = config.heads;
        const int hd = D / H;
        makeRoom(m);
        std::vector<int64_t> ids(tokens.begin(), tokens.end());
        auto idTensor = torch::from_blob(ids.data(), {m}, torch::kInt64).clone();
        auto x = net->embedding->weight.index_select(0, idTensor); // [m, D]
        const int total = length + m;
        auto queryPos = torch::arange(length, total, torch::kFloat32).unsqueeze(1);
        auto keyPos = torch::arange(0, total, torch::kFloat32).unsqueeze(0);
        auto distance = queryPos - keyPos;            // [m, total]
        auto bias = (-slopes * distance.unsqueeze(0)) // [H, m, total]
                        .masked_fill(distance.unsqueeze(0) < 0, -1e9);
        const double scale = 1.0 / std::sqrt(double(hd));
        for (int l = 0; l < config.layers; ++l) {
            auto* block = net->blocks[l]->as<Block>();
            auto h = block->norm1->forward(x);
            auto qkv =
                block->qkv->forward(h).view({m, 3, H, hd}).permute({1, 2, 0, 3}); // [3,H,m,hd]
            keys[l].narrow(1, length, m).copy_(qkv[1]);
            values[l].narrow(1, length, m).copy_(qkv[2]);
            auto k = keys[l].narrow(1, 0, total);
            auto v = values[l].narrow(1, 0, total);
            auto scores = torch::baddbmm(bias, qkv[0], k.transpose(1, 2), 1.0, scale);
            auto attended = torch::bmm(torch::softmax(scores, -1), v); // [H, m, hd]
            x = x + block->projection->forward(attended.permute({1, 0, 2}).reshape({m, D}));
            x = x + block->down->forward(torch::gelu(block->up->forward(block->norm2->forward(x))));
        }
        length = total;
        auto last = net->finalNorm->forward(x.narrow(0, m - 1, 1));
        return torch::matmul(last, net->embedding->weight.t()).reshape({-1});
    }
};

IncrementalDecoder::IncrementalDecoder() : d(std::make_unique<Impl>()) {}
IncrementalDecoder::~IncrementalDecoder() = default;

std::unique_ptr<IncrementalDecoder> IncrementalDecoder::load(const QString& path, QString* error)
{
    ComposerNet net = loadComposerNet(path, error);
    if (!net)
        return nullptr;
    std::unique_ptr<IncrementalDecoder> decoder(new IncrementalDecoder);
    decoder->d->net = net;
    decoder->d->config = net->config;
    decoder->d->slopes = torch::tensor(net->slopes()).view({-1, 1, 1});
    const int context = net->config.context;
    decoder->d->reversedBias =
        -decoder->d->slopes * torch::arange(context - 1, -1, -1, torch::kFloat32).view({1, 1, -1});
    for (const auto& p : net->parameters())
        decoder->d->parameters += p.numel();
    decoder->d->allocate();
    return decoder;
}

void IncrementalDecoder::reset()
{
    d->length = 0;
    m_fed = 0;
    m_logits.clear();
}

const QVector<float>& IncrementalDecoder::feed(const QVector<int>& tokens)
{
    if (tokens.isEmpty())
        return m_logits;
    c10::InferenceMode inference;
    // Chunks no longer than half the context, so that each fits after making room.
    const int chunk = std::max(1, d->config.context / 2);
    torch::Tensor out;
    for (int i = 0; i < tokens.size(); i += chunk)
        out = d->forward(tokens.mid(i, chunk));
    m_fed += tokens.size();
    m_logits.resize(out.numel());
    std::memcpy(m_logits.data(), out.contiguous().data_ptr<float>(), sizeof(float) * out.numel());
    return m_logits;
}

int IncrementalDecoder::context() const
{
    return d->config.context;
}

qint64 IncrementalDecoder::parameterCount() const
{
    return d->parameters;
}

} // namespace sw::engine
