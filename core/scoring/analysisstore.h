#pragma once
// Analyses kept on disk, so that a reopened project shows its cuts, beats, motion and sections
// at once and a later job does not decode its videos again: a folder (beside the project:
// "<name> analysis/") with one file per media file, named by the file's content (its size and
// first and last MiB, hashed) and this analyser's version. A changed file has another name and
// is analysed anew; a file the store cannot read is treated as missing, never trusted.

#include "analysis/imageanalyzer.h"
#include "analysis/videoanalysis.h"

#include <QString>

namespace sw::scoring {

/// Bumped whenever the analysers' results change, so that stored analyses of an older
/// version are not used.
constexpr int kAnalysisVersion = 2;

class AnalysisStore
{
public:
    /// A store that keeps nothing.
    AnalysisStore() = default;
    /// An empty folder keeps nothing either.
    explicit AnalysisStore(QString folder);

    bool isEnabled() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }

    bool findVideo(const QString& mediaPath, analysis::VideoAnalysis* out) const;
    bool findImage(const QString& mediaPath, analysis::ImageAnalysis* out) const;
    /// Writes the analysis (atomically) unless the store holds it already; false when the
    /// folder cannot be written, which only costs the next job its time.
    bool keepVideo(const QString& mediaPath, const analysis::VideoAnalysis& analysis) const;
    bool keepImage(const QString& mediaPath, const analysis::ImageAnalysis& analysis) const;

    /// The store beside a project file: "<folder of the project>/<its base name> analysis".
    static QString folderBeside(const QString& projectPath);

private:
    QString fileFor(const QString& mediaPath, const char* kind) const;
    QString m_folder;
};

} // namespace sw::scoring
