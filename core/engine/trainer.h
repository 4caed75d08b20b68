#pragma once
// `scorewright-cli train composer`: trains the composer's network on POP909 within a time budget
// and saves the weights with the best validation loss.

#include <QString>
#include <QStringList>

#include <functional>

namespace sw::engine {

struct TrainOptions
{
    QString dataDir; ///< the POP909 root (folders NNN/ with NNN.mid and annotations)
    QString outPath; ///< weights file to write (the best checkpoint)
    double minutes = 55;
    int batchSize = 16;
    int context = 512;
    int dModel = 192;
    int layers = 4;
    int heads = 4;
    int feedForward = 576;
    double learningRate = 1e-3;
    double infillShare = 0.3; ///< share of examples in suffix-first infilling order
    quint64 seed = 1;
    int threads = 0;  ///< 0: libtorch's default
    int maxSongs = 0; ///< 0: all (smaller for quick checks)
    /// Weights to go on training from: their shape wins over dModel, layers, heads and context;
    /// the first checkpoint saved must beat their validation loss.
    QString resumeFrom;
    /// The lyricist: the share of previous notes replaced by notes the network draws itself
    /// (scheduled sampling), reached halfway through the budget; 0 is plain teacher forcing.
    double ownNoteShare = 0;
    /// The lyricist: the share of training sequences that start where their song starts (the
    /// rest are cut from anywhere in it).
    double songStartShare = 0.5;
};

struct TrainReport
{
    int trainSongs = 0;
    int validationSongs = 0;
    qint64 trainTokens = 0;
    qint64 tokensSeen = 0;
    int steps = 0;
    double epochs = 0;
    double bestValidationLoss = 0;
    double finalTrainLoss = 0;
    qint64 parameters = 0;
    double seconds = 0;
};

/// The learning rate of both trainers: a linear warm-up over the first 100 steps, then a cosine
/// decay over the time budget (`progress` 0..1) down to a tenth of `base`.
double budgetedLearningRate(double base, int step, double progress);

/// POP909 songs held out of training for validation and evaluation (about 5%, by number).
bool isHeldOutSong(const QString& songId);

bool trainComposer(const TrainOptions& options, const std::function<void(const QString&)>& log,
                   TrainReport* report, QString* error);

/// Songs of the lyrics-melody set held out of training (about 5%, by their id).
bool isHeldOutLyricsSong(const QString& songId);

/// Runs a small lyricist on one batch three times: false, with `problem`, when the gradients are
/// not finite or not the same each time (a broken libtorch backward; see lyricistnet.h).
/// trainLyricist() checks this before training.
bool lyricistGradientsAreSound(QString* problem);

/// `scorewright-cli train lyricist`: the lyricist from the lyrics-melody set (options.dataDir is
/// the folder with lyrics_melody.jsonl; dModel is the GRU's width, layers its depth, context
/// the syllables per training sequence).
bool trainLyricist(const TrainOptions& options, const std::function<void(const QString&)>& log,
                   TrainReport* report, QString* error);

} // namespace sw::engine
