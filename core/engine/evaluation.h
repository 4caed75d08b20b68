#pragma once
// Objective metrics of symbolic music from the literature, computed the same way for real songs,
// for the composer's output and for a baseline, plus how well the composer obeyed its controls.
//
//   pitch-class entropy   Shannon entropy (bits) of the pitch-class histogram (Wu & Yang 2020)
//   scale consistency     share of notes in the best-fitting major/minor scale (Mogren 2016)
//   empty-beat rate       share of beats without any onset
//   IOI mean / std        inter-onset intervals of the melody, in quarter notes
//   grooving similarity   1 - Hamming distance of consecutive bars' onset patterns (Wu & Yang)
//   polyphony             notes per onset (both streams)
//   note density          notes per bar
//   control accuracy      requested vs measured key (Krumhansl-Kessler), density and intensity
//                         level per bar
//
// The baseline is a first-order Markov chain over the same tokens, trained on the same songs and
// sampled under the same grammar and controls.

#include "engine/tokens.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace sw::engine {

class TokenModel;

struct MusicMetrics
{
    double pitchClassEntropy = 0;
    double scaleConsistency = 0;
    double emptyBeatRate = 0;
    double ioiMean = 0;
    double ioiStd = 0;
    double grooveSimilarity = 0;
    double polyphony = 0;
    double noteDensity = 0;
    int bars = 0;
    int notes = 0;

    static QStringList names();
    QVector<double> values() const;
};

MusicMetrics measureMusic(const QVector<TokenBar>& bars);

/// The key (tonic 0..11 relative to the bars' C, and mode) that best fits the notes'
/// duration-weighted pitch classes (Krumhansl-Kessler profiles).
void estimateKey(const QVector<TokenBar>& bars, int* tonic, music::KeyMode* mode);

struct ControlAccuracy
{
    int bars = 0;
    int densityHits = 0;
    int intensityHits = 0;
    int pieces = 0;
    int keyHits = 0;
    /// The pieces whose key was missed: the key asked for and the one measured (in C terms).
    QStringList missedKeys;
    double density() const { return bars ? double(densityHits) / bars : 0; }
    double intensity() const { return bars ? double(intensityHits) / bars : 0; }
    double key() const { return pieces ? double(keyHits) / pieces : 0; }
};

/// Adds how `written` obeys the controls it was given (`requested`'s controls, bar by bar).
/// `secondsPerQuarter` is irrelevant to density and intensity and only passed through.
void addControlAccuracy(const QVector<TokenBar>& requested, const QVector<TokenBar>& written,
                        ControlAccuracy* accuracy);

/// A first-order Markov chain over tokens, with add-k smoothing.
std::unique_ptr<TokenModel> trainMarkovBaseline(const QVector<QVector<int>>& sequences);

} // namespace sw::engine
