#pragma once
// Lyrics read for singing: lines, words and syllables, with each syllable's lexical stress.
// English words are split for display by libhyphen ("strand-ed") and counted and stressed by
// espeak-ng's pronunciation, which decides: the display split is adjusted to espeak's syllable
// count. Punctuation and line ends mark phrase ends. Words that cannot be pronounced as written
// (numbers, letters spelled out, other scripts) are flagged, never dropped.

#include "music/note.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace sw::analysis {

enum class Stress
{
    None,
    Secondary,
    Primary
};

struct LyricSyllable
{
    QString text; ///< as shown under the note ("strand"); empty for a syllable sung on a number
    Stress stress = Stress::None;
    music::Syllabic syllabic = music::Syllabic::Single;
    int word = 0;           ///< index into the line's words
    bool phraseEnd = false; ///< a comma, full stop or the line's end follows
};

struct LyricWord
{
    QString text;
    QString phonemes; ///< espeak-ng's, e.g. "str'andI2d"
    int syllableCount = 0;
    QString flag; ///< why the word needs a look ("a number is sung as words: ..."), or empty
};

struct LyricLine
{
    QString text;
    QVector<LyricWord> words;
    QVector<LyricSyllable> syllables;
};

struct LyricsAnalysis
{
    QVector<LyricLine> lines;
    QStringList warnings;

    int syllableCount() const;
    QJsonObject toJson() const;
};

/// Lyrics longer than this are read up to here, with a warning.
constexpr int kMaxLyricsCharacters = 20000;

/// Analyses English lyrics. Thread-safe (espeak-ng is used under a lock).
LyricsAnalysis analyzeLyrics(const QString& text);

/// Reads a lyrics text file: UTF-8, or UTF-16 or UTF-32 when it opens with a byte-order mark,
/// line ends made "\n"; at most kMaxLyricsCharacters * 4 bytes. Only a regular file is read (a
/// FIFO would block); errors name the file.
bool readLyricsFile(const QString& path, QString* text, QString* error);

} // namespace sw::analysis
