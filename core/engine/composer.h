#pragma once
// The Composer API: a MusicPlan in, a multi-track Score out, written by the trained composer
// under the plan's per-bar controls and arranged for the plan's band. Used by the CLI and the
// GUI (through the scoring pipeline, core/scoring). One Composer writes one piece at a time; load
// one per thread.

#include "engine/tokens.h"
#include "jobs/progress.h"
#include "music/score.h"
#include "plan/musicplan.h"

#include <QSet>

#include <functional>
#include <memory>

namespace sw::engine {

class IncrementalDecoder;
class TokenModel;

struct ComposeOptions
{
    quint64 seed = 1;
    double temperature = 1.0;
    double topP = 0.95;
    bool pinKey = true; ///< only the plan key's scale
};

struct ComposeStats
{
    qint64 sampledTokens = 0;
    qint64 fedTokens = 0;
    double seconds = 0;
    double tokensPerSecond() const
    {
        return seconds > 0 ? (sampledTokens + fedTokens) / seconds : 0;
    }
};

/// Where composing reports (0..1) and whether to stop (jobs/progress.h); a stopped call
/// returns false with the error "cancelled".
using ComposeProgress = jobs::Progress;

/// The controls the plan asks of each bar, in the composer's terms.
QVector<BarControls> controlsFromPlan(const plan::MusicPlan& plan);
Section sectionFromLabel(const QString& label);

/// Writes bars under the given controls with any token model (the composer's network or the
/// evaluation's baseline), from the start of a piece, relative to C, in the given form (none:
/// no phrase repeats) and with the piece's ending (engine/phrasing.h).
bool writeBarsWithModel(TokenModel& model, const QVector<BarControls>& controls,
                        const QVector<plan::PlanPhrase>& phrases, const ComposeOptions& options,
                        QVector<TokenBar>* out, QString* error,
                        const ComposeProgress& progress = {}, ComposeStats* stats = nullptr);

/// A score read back into the composer's bars: the melody track, and every other pitched track
/// as accompaniment, on the score's own bars, relative to its first key.
QVector<TokenBar> barsOfScore(const music::Score& score);

class Composer
{
public:
    ~Composer();
    /// The composer shipped in `modelsDir` (composer.pt), checked against the SHA-256 written
    /// in its model card (composer.md). A missing, damaged or foreign file gives an error.
    static std::unique_ptr<Composer> loadFromModels(const QString& modelsDir, QString* error);
    /// Weights from anywhere, unchecked: for training and evaluation of new weights.
    static std::unique_ptr<Composer> loadWeights(const QString& path, QString* error);
    /// SW_MODELS_DIR, else the installed share/scorewright/models, else the source tree's.
    static QString defaultModelsDirectory();

    bool compose(const plan::MusicPlan& plan, const ComposeOptions& options, music::Score* out,
                 QString* error, const ComposeProgress& progress = {},
                 ComposeStats* stats = nullptr);

    /// Regenerates bars firstBar..lastBar (0-based, inclusive) of the given roles, conditioned
    /// on the bars before and after; every note outside those bars, and of other roles, is kept
    /// exactly, and so is every locked note inside them. Melody with chords or bass
    /// regenerates the harmony too.
    bool regenerate(const music::Score& score, const plan::MusicPlan& plan,
                    const QSet<music::TrackRole>& roles, int firstBar, int lastBar,
                    const ComposeOptions& options, music::Score* out, QString* error,
                    const ComposeProgress& progress = {}, ComposeStats* stats = nullptr);

    /// The model's bars under the given controls, relative to C (no arrangement); for
    /// evaluation.
    bool writeBars(const QVector<BarControls>& controls, const QVector<plan::PlanPhrase>& phrases,
                   const ComposeOptions& options, QVector<TokenBar>* out, QString* error,
                   const ComposeProgress& progress = {}, ComposeStats* stats = nullptr);

private:
    Composer();
    std::unique_ptr<IncrementalDecoder> m_decoder;
};

} // namespace sw::engine
