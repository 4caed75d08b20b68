#pragma once
// Reads a free-text prompt into constraints (promptanalysis.h) with a lexicon of several hundred
// music terms kept in a data file (resources/lexicon/prompt-lexicon.tsv, built into the
// program), not in code. Numbers and keys are read by patterns ("96 bpm", "at 120", "3/4",
// "in D minor", "F# major"); terms are matched longest first ("french horn" before "horn");
// a negation ("no", "without") covers the terms after it up to the end of the clause; "very"
// strengthens the next term; "then" starts the next segment of a sequence.

#include "analysis/promptanalysis.h"

#include <memory>

namespace sw::analysis {

/// Prompts longer than this are read up to here, with a warning.
constexpr int kMaxPromptCharacters = 10000;

class PromptParser
{
public:
    /// The built-in lexicon.
    PromptParser();
    /// A lexicon from TSV text (term, category, values), for tests and experiments. Lines that
    /// cannot be read are listed by lexiconErrors().
    explicit PromptParser(const QString& lexiconTsv);
    ~PromptParser();
    PromptParser(const PromptParser&) = delete;
    PromptParser& operator=(const PromptParser&) = delete;

    PromptAnalysis parse(const QString& prompt) const;
    int termCount() const;
    QStringList lexiconErrors() const;

private:
    struct Lexicon;
    std::unique_ptr<Lexicon> m_lexicon;
};

} // namespace sw::analysis
