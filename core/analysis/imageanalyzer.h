#pragma once
// What a still image on the timeline says about the music over it: brightness, saturation,
// warmth and an approximate colour temperature, contrast, edge density (visual complexity),
// dominant colours, and from them valence, arousal and texture density (moodmapping.h holds the
// mapping). Images are decoded by FFmpeg like video frames, with the same file-only opening and
// a pixel limit checked from the header before anything is decoded.

#include "analysis/moodmapping.h"

#include <QJsonObject>
#include <QVector>

namespace sw::analysis {

/// Images larger than this are refused (a 50-megapixel photo still fits).
constexpr qint64 kMaxImagePixels = 60LL * 1000 * 1000;
/// And images whose decoded picture would take more memory than this (a 50-megapixel photo of
/// 8 bits a channel takes 150 MB; a 16-bit 8000 x 8000 PNG 384 MB).
constexpr qint64 kMaxImageDecodedBytes = 256LL * 1024 * 1024;

struct DominantColour
{
    QString hex; ///< "#c8742b"
    double fraction = 0;
};

struct ImageAnalysis
{
    QString path;
    int width = 0;
    int height = 0;
    double brightness = 0;         ///< mean V of HSV, 0..1
    double saturation = 0;         ///< mean S of HSV, 0..1
    double warmth = 0;             ///< (R - B) / (R + B), -1..1
    double colourTemperatureK = 0; ///< correlated colour temperature of the mean colour (McCamy)
    double contrast = 0;           ///< RMS contrast of the grey image, 0..1
    double edgeDensity = 0;        ///< share of pixels on edges at 320 px wide
    double textureDensity = 0;     ///< edge density relative to a busy picture, 0..1
    QVector<DominantColour> dominantColours; ///< most frequent first
    Mood mood;

    QJsonObject toJson() const;
};

/// Returns true for file names Scorewright treats as still images.
bool looksLikeImage(const QString& path);

bool analyzeImage(const QString& path, ImageAnalysis* out, QString* error);

} // namespace sw::analysis
