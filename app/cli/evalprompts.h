#pragma once
// `scorewright-cli eval prompts`: prompt fidelity over the prompt table.

#include <QString>

class QTextStream;

namespace sw::cli {

struct PromptEvalSettings
{
    QString tablePath; ///< empty: the table built into the program
    QString weightsPath;
    double seconds = 32;
    quint64 seed = 1;
    bool verbose = false;
};

int evalPrompts(const PromptEvalSettings& settings, QTextStream& out, QTextStream& err);

} // namespace sw::cli
