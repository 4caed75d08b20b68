#pragma once
// Sound made for the tests: songs whose tempo and key are known (bass on the roots, chords,
// kick, snare and hi-hats, in a major or minor key at 70-135 bpm, mono at 22050 Hz), and a
// WAV writer for what the tests synthesise.

#include "music/key.h"

#include <QByteArray>
#include <QDataStream>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace sw::testing {

constexpr int kSyntheticSongRate = 22050;

struct SyntheticSong
{
    std::vector<float> samples;
    double bpm;
    music::KeySignature key;
};

// A chord a bar: I vi IV V in major, i VI III VII in minor, ending on the tonic; about
// `seconds` long; a crescendo when `build`.
inline SyntheticSong synthesiseSong(quint32 seed, double seconds = 30, bool build = false)
{
    std::mt19937 rng(seed);
    SyntheticSong song;
    song.bpm = std::uniform_real_distribution<double>(70, 135)(rng);
    const int tonic = std::uniform_int_distribution<int>(0, 11)(rng);
    const bool minor = rng() % 2;
    song.key = music::KeySignature::fromTonic(tonic, minor ? music::KeyMode::Minor
                                                           : music::KeyMode::Major);
    // Chord roots in semitones above the tonic and their qualities (third above the root).
    const int majorRoots[4] = {0, 9, 5, 7}, majorThirds[4] = {4, 3, 4, 4};
    const int minorRoots[4] = {0, 8, 3, 10}, minorThirds[4] = {3, 4, 4, 4};
    std::normal_distribution<double> gauss(0, 1);
    const double beat = 60.0 / song.bpm;
    // Whole turns of the progression, then a last bar on the tonic, as songs end.
    const int bars = std::max(5, int(seconds / (4 * beat)) / 4 * 4 + 1);
    const size_t total = size_t((bars * 4 * beat + 0.5) * kSyntheticSongRate);
    song.samples.assign(total, 0.f);
    const auto tone = [&](double midi, double from, double to, double gain, int harmonics) {
        const double hz = 440 * std::pow(2.0, (midi - 69) / 12);
        for (size_t s = size_t(from * kSyntheticSongRate);
             s < std::min(total, size_t(to * kSyntheticSongRate)); ++s) {
            const double t = double(s) / kSyntheticSongRate - from;
            const double envelope = std::min(1.0, t / 0.01) * std::exp(-1.5 * t);
            double v = 0;
            for (int h = 1; h <= harmonics; ++h)
                v += std::sin(2 * M_PI * hz * h * t) / h;
            song.samples[s] += float(gain * envelope * v);
        }
    };
    for (int bar = 0; bar < bars; ++bar) {
        const int chord = bar == bars - 1 ? 0 : bar % 4;
        const int root = tonic + (minor ? minorRoots[chord] : majorRoots[chord]);
        const int third = minor ? minorThirds[chord] : majorThirds[chord];
        const double start = bar * 4 * beat;
        const double gain = build ? 0.1 + 0.9 * double(bar) / std::max(1, bars) : 1.0;
        for (int b = 0; b < 4; ++b) {
            const double at = start + b * beat;
            tone(36 + (root % 12), at, at + beat * 0.9, 0.25 * gain, 3); // bass on each beat
            if (b % 2 == 0)
                for (const int interval : {0, third, 7})
                    tone(60 + (root % 12) + interval, at, at + 2 * beat, 0.08 * gain, 4);
            // Kick on 1 and 3, snare on 2 and 4, hats on the eighths.
            for (int e = 0; e < 2; ++e) {
                const double hit = at + e * beat / 2;
                const bool kick = e == 0 && b % 2 == 0, snare = e == 0 && b % 2 == 1;
                const double length = kick ? 0.12 : snare ? 0.1 : 0.03;
                for (size_t s = size_t(hit * kSyntheticSongRate);
                     s < std::min(total, size_t((hit + length) * kSyntheticSongRate)); ++s) {
                    const double t = double(s) / kSyntheticSongRate - hit;
                    const double decay = std::exp(-t / (length / 4));
                    double v = kick ? std::sin(2 * M_PI * (50 + 60 * std::exp(-t * 30)) * t)
                                    : gauss(rng) * (snare ? 0.5 : 0.15);
                    song.samples[s] += float(gain * decay * v * 0.4);
                }
            }
        }
    }
    float peak = 1e-6f;
    for (float v : song.samples)
        peak = std::max(peak, std::abs(v));
    for (float& v : song.samples)
        v *= 0.7f / peak;
    return song;
}

// Mono 16-bit PCM, as a phone's recorder writes it.
inline bool writeMonoWav(const QString& path, const std::vector<float>& samples, int rate)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const quint32 bytes = quint32(samples.size() * 2);
    QByteArray header;
    QDataStream h(&header, QIODevice::WriteOnly);
    h.setByteOrder(QDataStream::LittleEndian);
    h.writeRawData("RIFF", 4);
    h << quint32(36 + bytes);
    h.writeRawData("WAVEfmt ", 8);
    h << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2) << quint16(2)
      << quint16(16);
    h.writeRawData("data", 4);
    h << bytes;
    for (float v : samples)
        h << qint16(std::lround(std::clamp(v, -1.f, 1.f) * 32767));
    return f.write(header) == header.size();
}

} // namespace sw::testing
