#pragma once
// Where shipped weights are found and how they are trusted: a model `name` lives in a models
// folder as name.pt beside its card name.md, and the weights are used only when their SHA-256
// equals the one written in the card.

#include <QString>

namespace sw::engine {

/// SW_MODELS_DIR, else the installed share/scorewright/models, else the source tree's.
QString modelsDirectory();

/// The SHA-256 of a file in lower-case hex; empty when it cannot be read.
QString fileSha256(const QString& path);

/// The path of `name`.pt in `modelsDir` when its SHA-256 matches `name`.md; otherwise an empty
/// string and a readable error that names the model ("composer", "lyricist").
QString verifiedWeightsPath(const QString& modelsDir, const QString& name, QString* error);

/// The SHA-256 the model card `name`.md in `modelsDir` gives for its weights (lower case):
/// what weights loaded through verifiedWeightsPath() hash to, without hashing them again.
/// Empty when the card is missing or gives none.
QString modelCardSha256(const QString& modelsDir, const QString& name);

} // namespace sw::engine
