#include "engine/weightsfile.h"

#include <QFile>

namespace sw::engine {

namespace {

QString firstLine(const std::exception& e)
{
    return QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

bool openWeights(const QString& path, const QString& model, WeightsArchive* out, QString* error)
{
    if (!QFile::exists(path)) {
        *error = QStringLiteral("%1: the %2's weights file is missing; run `scorewright-cli train "
                                "%2` or restore models/ from the repository")
                     .arg(path, model);
        return false;
    }
    try {
        out->archive.load_from(path.toStdString());
        torch::Tensor version, config;
        if (!out->archive.try_read("format_version", version) ||
            !out->archive.try_read("config", config) || version.numel() != 1 || config.dim() != 1) {
            *error = QStringLiteral("%1: not a Scorewright %2 weights file").arg(path, model);
            return false;
        }
        out->format = version.to(torch::kLong).item<int64_t>();
        const torch::Tensor numbers = config.to(torch::kLong).contiguous();
        out->config.assign(numbers.data_ptr<int64_t>(),
                           numbers.data_ptr<int64_t>() + numbers.numel());
        return true;
    } catch (const std::exception& e) {
        *error = QStringLiteral("%1: the weights file is damaged or not a %2 model (%3)")
                     .arg(path, model, firstLine(e));
        return false;
    }
}

bool loadParameters(torch::nn::Module& net, WeightsArchive& weights, const QString& path,
                    const QString& model, QString* error)
{
    try {
        net.load(weights.archive);
    } catch (const std::exception& e) {
        *error = QStringLiteral("%1: the weights file is damaged or not a %2 model (%3)")
                     .arg(path, model, firstLine(e));
        return false;
    }
    torch::NoGradGuard noGrad;
    for (const auto& p : net.named_parameters()) {
        if (!torch::isfinite(p.value()).all().item<bool>()) {
            *error = QStringLiteral("%1: the %2's weights hold numbers that are not finite (%3); "
                                    "the file is damaged or from a training run that diverged")
                         .arg(path, model, QString::fromStdString(p.key()));
            return false;
        }
    }
    return true;
}

void saveWeights(torch::nn::Module& net, int64_t format, const std::vector<int64_t>& config,
                 const QString& path)
{
    torch::serialize::OutputArchive archive;
    net.save(archive);
    archive.write("format_version", torch::tensor({format}));
    archive.write("config", torch::tensor(config));
    archive.save_to(path.toStdString());
}

} // namespace sw::engine
