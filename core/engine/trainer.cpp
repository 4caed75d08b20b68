#include "engine/trainer.h"

#include "engine/composernet.h"
#include "engine/pop909.h"
#include "engine/tokens.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <random>

namespace sw::engine {

double budgetedLearningRate(double base, int step, double progress)
{
    const int warmup = 100;
    if (step < warmup)
        return base * (step + 1) / warmup;
    return base * (0.1 + 0.9 * 0.5 * (1 + std::cos(M_PI * progress)));
}

bool isHeldOutSong(const QString& songId)
{
    // Song numbers ending the same way every 20th (7, 27, 47, ...): 46 of the 864 songs.
    return songId.toInt() % 20 == 7;
}

namespace {

struct EncodedSong
{
    QVector<QVector<int>> bars; ///< tokens of each bar
    qint64 tokens = 0;
};

QVector<int> join(const QVector<QVector<int>>& bars, int from, int to)
{
    QVector<int> out;
    for (int i = from; i < to; ++i)
        out += bars[i];
    return out;
}

// One training sequence of exactly `length` tokens (padded), in one of two orders.
QVector<int> makeExample(const EncodedSong& song, int length, double infillShare,
                         std::mt19937_64& rng)
{
    const int n = song.bars.size();
    QVector<int> seq{vocab::Bos};
    std::uniform_real_distribution<double> unit(0, 1);
    if (unit(rng) < infillShare && n >= 3) {
        const int middleLength = std::uniform_int_distribution<int>(1, std::min(8, n - 1))(rng);
        const int a = std::uniform_int_distribution<int>(0, n - middleLength)(rng);
        const int b = a + middleLength;
        int prefix = std::uniform_int_distribution<int>(0, std::min(a, 6))(rng);
        int suffix = std::uniform_int_distribution<int>(0, std::min(n - b, 4))(rng);
        QVector<int> middle = join(song.bars, a, b);
        // Shrink the context until the whole example fits.
        while (true) {
            const int total = 3 + join(song.bars, a - prefix, a).size() +
                              join(song.bars, b, b + suffix).size() + middle.size() + 1;
            if (total <= length || (prefix == 0 && suffix == 0))
                break;
            if (prefix > 0)
                --prefix;
            else
                --suffix;
        }
        seq += join(song.bars, a - prefix, a);
        seq.append(vocab::Suffix);
        seq += join(song.bars, b, b + suffix);
        seq.append(vocab::Middle);
        seq += middle;
        seq.append(vocab::Eos);
    } else {
        int start = unit(rng) < 0.1 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(rng);
        for (int i = start; i < n && seq.size() < length; ++i)
            seq += song.bars[i];
        if (seq.size() < length)
            seq.append(vocab::Eos);
    }
    seq.resize(length, vocab::Pad);
    return seq;
}

torch::Tensor batchOf(const QVector<EncodedSong>& songs, const QVector<double>& cumulative,
                      int batch, int length, double infillShare, std::mt19937_64& rng)
{
    auto data = torch::empty({batch, length}, torch::kInt64);
    auto acc = data.accessor<int64_t, 2>();
    std::uniform_real_distribution<double> unit(0, cumulative.last());
    for (int b = 0; b < batch; ++b) {
        // Songs drawn in proportion to their length, so every bar is equally likely.
        const int s = int(std::upper_bound(cumulative.begin(), cumulative.end(), unit(rng)) -
                          cumulative.begin());
        const QVector<int> seq =
            makeExample(songs[std::min(s, int(songs.size()) - 1)], length, infillShare, rng);
        for (int t = 0; t < length; ++t)
            acc[b][t] = seq[t];
    }
    return data;
}

double lossOf(ComposerNet& net, const torch::Tensor& batch)
{
    auto input = batch.narrow(1, 0, batch.size(1) - 1);
    auto target = batch.narrow(1, 1, batch.size(1) - 1);
    auto logits = net->forward(input);
    return torch::nn::functional::cross_entropy(
               logits.reshape({-1, logits.size(-1)}), target.reshape({-1}),
               torch::nn::functional::CrossEntropyFuncOptions().ignore_index(vocab::Pad))
        .item<double>();
}

} // namespace

bool trainComposer(const TrainOptions& o, const std::function<void(const QString&)>& log,
                   TrainReport* report, QString* error)
{
    QElapsedTimer clock;
    clock.start();
    if (o.threads > 0)
        torch::set_num_threads(o.threads);
    torch::manual_seed(o.seed);
    std::mt19937_64 rng(o.seed);

    QStringList folders = pop909SongFolders(o.dataDir);
    if (folders.isEmpty()) {
        *error = QStringLiteral("%1: no POP909 songs (folders NNN/NNN.mid) found").arg(o.dataDir);
        return false;
    }
    if (o.maxSongs > 0 && folders.size() > o.maxSongs)
        folders = folders.mid(0, o.maxSongs);
    QVector<EncodedSong> train, validation;
    int skipped = 0;
    for (const QString& folder : folders) {
        Pop909Song song;
        QString why;
        if (!loadPop909Song(folder, &song, &why)) {
            log(QStringLiteral("skipped %1").arg(why));
            ++skipped;
            continue;
        }
        EncodedSong encoded;
        for (const TokenBar& bar : song.bars) {
            QVector<int> tokens;
            encodeBar(bar, &tokens);
            // A bar longer than the context cannot be learned whole; such bars are rare noise.
            if (tokens.size() >= o.context / 2)
                continue;
            encoded.tokens += tokens.size();
            encoded.bars.append(tokens);
        }
        if (encoded.bars.isEmpty())
            continue;
        (isHeldOutSong(song.id) ? validation : train).append(encoded);
    }
    if (train.isEmpty() || validation.isEmpty()) {
        *error = QStringLiteral("%1: too few songs for a training and a validation split")
                     .arg(o.dataDir);
        return false;
    }
    QVector<double> cumulative;
    double sum = 0;
    for (const EncodedSong& s : train) {
        sum += s.tokens;
        cumulative.append(sum);
        report->trainTokens += s.tokens;
    }
    QVector<double> validationCumulative;
    double vsum = 0;
    for (const EncodedSong& s : validation) {
        vsum += s.tokens;
        validationCumulative.append(vsum);
    }
    report->trainSongs = train.size();
    report->validationSongs = validation.size();
    log(QStringLiteral("data: %1 training songs (%2 tokens), %3 validation songs, %4 skipped")
            .arg(train.size())
            .arg(report->trainTokens)
            .arg(validation.size())
            .arg(skipped));

    // A fixed validation set, drawn once.
    std::mt19937_64 validationRng(o.seed + 17);
    QVector<torch::Tensor> validationBatches;
    for (int i = 0; i < 8; ++i)
        validationBatches.append(batchOf(validation, validationCumulative, o.batchSize,
                                         o.context + 1, o.infillShare, validationRng));

    ComposerConfig config;
    config.vocabSize = vocab::Size;
    config.dModel = o.dModel;
    config.layers = o.layers;
    config.heads = o.heads;
    config.feedForward = o.feedForward;
    config.context = o.context;
    // Resumed weights bring their own shape; a fresh network is built only when there are none.
    ComposerNet net =
        o.resumeFrom.isEmpty() ? ComposerNet(config) : loadComposerNet(o.resumeFrom, error);
    if (!o.resumeFrom.isEmpty()) {
        if (!net)
            return false;
        if (net->config.context < o.context) {
            *error = QStringLiteral("%1: trained with a context of %2 tokens, shorter than %3")
                         .arg(o.resumeFrom)
                         .arg(net->config.context)
                         .arg(o.context);
            return false;
        }
    }
    for (const auto& p : net->parameters())
        report->parameters += p.numel();
    log(QStringLiteral("model: %1 parameters (d=%2, %3 layers, %4 heads, context %5)")
            .arg(report->parameters)
            .arg(net->config.dModel)
            .arg(net->config.layers)
            .arg(net->config.heads)
            .arg(o.context));

    torch::optim::AdamW optimizer(net->parameters(),
                                  torch::optim::AdamWOptions(o.learningRate).weight_decay(0.01));
    const double budgetSeconds = o.minutes * 60.0;
    const double setupSeconds = clock.elapsed() / 1000.0;
    double best = 1e9;
    double runningLoss = 0;
    int runningCount = 0;
    double nextEpochMark = 1.0;
    auto validate = [&]() {
        torch::NoGradGuard noGrad;
        net->eval();
        double total = 0;
        for (const torch::Tensor& b : validationBatches)
            total += lossOf(net, b);
        net->train();
        return total / validationBatches.size();
    };
    auto evaluateAndSave = [&](const QString& when) {
        const double v = validate();
        const QString mark = v < best ? QStringLiteral(" (best, saved)") : QString();
        if (v < best) {
            best = v;
            QDir().mkpath(QFileInfo(o.outPath).absolutePath());
            saveComposerNet(net, o.outPath);
        }
        log(QStringLiteral("%1: epoch %2, step %3, train loss %4, validation loss %5%6, %7 min")
                .arg(when)
                .arg(report->epochs, 0, 'f', 2)
                .arg(report->steps)
                .arg(runningCount ? runningLoss / runningCount : 0.0, 0, 'f', 4)
                .arg(v, 0, 'f', 4)
                .arg(mark)
                .arg(clock.elapsed() / 60000.0, 0, 'f', 1));
        report->finalTrainLoss = runningCount ? runningLoss / runningCount : 0.0;
        runningLoss = 0;
        runningCount = 0;
    };

    if (!o.resumeFrom.isEmpty()) {
        best = validate();
        log(QStringLiteral("resumed from %1: validation loss %2")
                .arg(o.resumeFrom)
                .arg(best, 0, 'f', 4));
    }
    net->train();
    qint64 lastReport = clock.elapsed();
    while (true) {
        const double elapsed = clock.elapsed() / 1000.0 - setupSeconds;
        const double progress = elapsed / std::max(1.0, budgetSeconds - setupSeconds);
        if (progress >= 1.0)
            break;
        const double lr = budgetedLearningRate(o.learningRate, report->steps, progress);
        for (auto& group : optimizer.param_groups())
            static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);

        torch::Tensor batch =
            batchOf(train, cumulative, o.batchSize, o.context + 1, o.infillShare, rng);
        auto input = batch.narrow(1, 0, o.context);
        auto target = batch.narrow(1, 1, o.context);
        optimizer.zero_grad();
        auto logits = net->forward(input);
        auto loss = torch::nn::functional::cross_entropy(
            logits.reshape({-1, logits.size(-1)}), target.reshape({-1}),
            torch::nn::functional::CrossEntropyFuncOptions().ignore_index(vocab::Pad));
        loss.backward();
        torch::nn::utils::clip_grad_norm_(net->parameters(), 1.0);
        optimizer.step();
        runningLoss += loss.item<double>();
        ++runningCount;
        ++report->steps;
        report->tokensSeen += (batch != vocab::Pad).sum().item<int64_t>();
        report->epochs = double(report->tokensSeen) / double(report->trainTokens);
        if (report->epochs >= nextEpochMark) {
            evaluateAndSave(QStringLiteral("epoch end"));
            nextEpochMark += 1.0;
            lastReport = clock.elapsed();
        } else if (clock.elapsed() - lastReport > 5 * 60 * 1000 || report->steps == 20) {
            evaluateAndSave(QStringLiteral("progress"));
            lastReport = clock.elapsed();
        }
    }
    evaluateAndSave(QStringLiteral("final"));
    report->bestValidationLoss = best;
    report->seconds = clock.elapsed() / 1000.0;
    return true;
}

} // namespace sw::engine
