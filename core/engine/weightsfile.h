#pragma once
// One reader for every model's weights file (the composer's and the lyricist's): the file must
// be there, be a libtorch archive of ours (a format version and a configuration written beside
// the parameters), and hold only finite numbers. Each failure is a sentence that names the file
// and the model and says what to do. Internal to the engine (it includes libtorch).

#include <torch/torch.h>

#include <QString>
#include <vector>

namespace sw::engine {

struct WeightsArchive
{
    torch::serialize::InputArchive archive;
    int64_t format = 0;
    std::vector<int64_t> config; ///< the model's own configuration numbers, as written
};

/// Opens `path` as the weights of `model` ("composer", "lyricist"): false with a readable error
/// for a missing file, a file that is not such an archive, or one without format and config.
bool openWeights(const QString& path, const QString& model, WeightsArchive* out, QString* error);

/// Loads `net`'s parameters from the archive and checks that every one is finite: NaN or
/// infinite weights (a diverged training run, a damaged file) are refused rather than sampled.
bool loadParameters(torch::nn::Module& net, WeightsArchive& weights, const QString& path,
                    const QString& model, QString* error);

/// Writes the parameters with the format version and configuration openWeights() reads.
void saveWeights(torch::nn::Module& net, int64_t format, const std::vector<int64_t>& config,
                 const QString& path);

} // namespace sw::engine
