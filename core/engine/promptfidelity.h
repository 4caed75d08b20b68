#pragma once
// Whether a piece does what its prompt asked, measured on the score itself (what plays), not on
// the plan: the tempo, meter and mode, the instruments that sound, drums or none, swung or
// straight eighths, and how busy it is against the same picture scored without a prompt. The
// asks come from a table a musician wrote from the words (resources/eval/prompt-asks.tsv), so
// the parser is not grading itself. Used by `scorewright-cli eval prompts`.

#include "music/key.h"
#include "music/score.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace sw::engine {

struct PromptAsk
{
    enum class Kind
    {
        Tempo,
        Meter,
        Mode,
        Instrument,
        Drums,
        Swing,
        Density
    };
    Kind kind = Kind::Tempo;
    QString text; ///< as written in the table: "bpm=60-80"
    double low = 0, high = 0;
    int numerator = 0, denominator = 0;
    music::KeyMode mode = music::KeyMode::Major;
    QString family; ///< Instrument: a family of General MIDI programs ("strings")
    bool yes = true;
    bool sparse = false; ///< Density: sparse, else busy
};

QString promptAskKindName(PromptAsk::Kind kind);

/// Reads "bpm=60-80 meter=3/4 inst=strings drums=no ..." (see the table's header). An ask that
/// cannot be read is reported in `error` and the whole line is refused.
bool parsePromptAsks(const QString& spec, QVector<PromptAsk>* asks, QString* error);

/// The General MIDI programs (0-based) of an instrument family; empty for an unknown name.
QSet<int> programsOfFamily(const QString& family);

struct PieceMeasures
{
    double bpm = 0; ///< median over the bars
    int numerator = 4, denominator = 4;
    music::KeyMode mode = music::KeyMode::Major;
    QSet<int> soundingPrograms; ///< programs that start at least one note
    int drumNotes = 0;
    double swingRatio = 1;     ///< off-beat eighths: long to short (1 straight, 2 triplet swing)
    int offbeatEighths = 0;    ///< how many off-beat onsets the ratio was read from
    double notesPerSecond = 0; ///< onsets of the pitched tracks (a chord counts once)
};

PieceMeasures measurePiece(const music::Score& score);

/// The swing ratio of the off-beat eighths of the pitched and drum tracks: for each onset in
/// the second half of a beat (not on a sixteenth after it), where it falls, as the long part
/// of the beat against the short; the median. `count` gets how many there were.
double swingRatioOf(const music::Score& score, int* count = nullptr);

/// Whether `measured` meets the ask; `neutral` is the same picture without a prompt (density is
/// judged against it). `found` describes what was measured ("92 bpm", "3/4", "no drums").
bool askMet(const PromptAsk& ask, const PieceMeasures& measured, const PieceMeasures& neutral,
            QString* found);

} // namespace sw::engine
