#pragma once
// Words spoken by espeak-ng for the guide vocal: each word alone, slowly, on one pitch
// (espeak-ng's pitch range set to 0, so its intonation is flat), with where each of its phonemes
// starts. The renderer cuts the words into syllables at those phonemes, and stretches and pitches
// each syllable onto its notes.

#include <QString>
#include <QStringList>
#include <QVector>
#include <vector>

namespace sw::analysis {

/// espeak-ng's own rate.
constexpr int kSpeechSampleRate = 22050;

/// espeak-ng's en-us pronunciation in a man's voice or a woman's.
enum class SpeakingVoice
{
    Low,
    High
};

struct SpokenPhoneme
{
    QString name; ///< espeak-ng's mnemonic ("aI", "@L", "t#")
    qint64 startSample = 0;
    bool nucleus = false; ///< a vowel (or syllabic consonant): a syllable's centre
};

struct SpokenWord
{
    std::vector<float> samples;      ///< mono at kSpeechSampleRate, silence trimmed at both ends
    QVector<SpokenPhoneme> phonemes; ///< in order; startSample within `samples`
    double pitchHz = 0;              ///< the one pitch it is spoken at, measured
    int nucleusCount() const;
};

/// Speaks each of `words` alone, each near `pitchHz[i]` (espeak-ng's pitch steps are coarse: the
/// pitch it was spoken at is in the result). Thread-safe; false with `error` when espeak-ng is
/// missing or fails.
bool speakWords(const QStringList& words, const QVector<double>& pitchHz, SpeakingVoice voice,
                QVector<SpokenWord>* spoken, QString* error);

} // namespace sw::analysis
