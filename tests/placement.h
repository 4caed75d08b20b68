#pragma once
// Checks that music written for a video lies in the video's time: a generated video whose first
// cut (and so the music's first downbeat) comes 0.6 s in, the bar starts of a MIDI file as an
// independent reader (mido) sees them, and where sound first rises in an audio or video file.

#include "videofixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QVector>
#include <cmath>

namespace sw::testing {

/// Where the shots of makeLateFirstCutVideo() change, in seconds.
inline QVector<double> lateFirstCutTimes()
{
    return {0.6, 3.12, 5.64, 8.16};
}

/// 10.68 s of 320x240 at 25 fps, no sound: a 0.6 s shot, then shots of 2.52 s (95 bpm bars), each
/// a colour with moving grain, so that the planner puts the music's first downbeat 0.6 s in.
inline QString makeLateFirstCutVideo(const QString& path)
{
    const QStringList colours{QStringLiteral("0x802020"), QStringLiteral("0x203080"),
                              QStringLiteral("0x208030"), QStringLiteral("0x909020"),
                              QStringLiteral("0xb0b0b0")};
    const QVector<double> lengths{0.6, 2.52, 2.52, 2.52, 2.52}; // whole frames at 25 fps
    QString graph;
    for (int i = 0; i < colours.size(); ++i)
        graph += QStringLiteral("color=%1:s=320x240:r=25:d=%2[c%3];")
                     .arg(colours[i])
                     .arg(lengths[i])
                     .arg(i);
    for (int i = 0; i < colours.size(); ++i)
        graph += QStringLiteral("[c%1]").arg(i);
    graph += QStringLiteral("concat=n=5:v=1[cat];[cat]noise=alls=12:allf=t[v]");
    return makeVideo(graph, path);
}

struct MidiTiming
{
    QVector<double> bars; ///< every bar's start in seconds, as mido reads the tempo map
    double firstNote = -1;
    QString error;
};

inline MidiTiming midiTimingByMido(const QString& midiPath)
{
    MidiTiming timing;
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(SW_SOURCE_DIR "/tests/tools/mido_downbeats.py"), midiPath});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        timing.error = QString::fromUtf8(p.readAllStandardError());
        return timing;
    }
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    for (const QJsonValue& v : o.value(QStringLiteral("bars")).toArray())
        timing.bars.append(v.toDouble());
    timing.firstNote = o.value(QStringLiteral("first_note")).toDouble(-1);
    return timing;
}

/// The time in seconds at which the sound of `path` (any file FFmpeg reads) first rises above
/// -50 dBFS; -1 if it never does or cannot be read.
inline double firstSoundSeconds(const QString& path)
{
    constexpr int kRate = 48000;
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
             QStringLiteral("-i"), path, QStringLiteral("-vn"), QStringLiteral("-ac"),
             QStringLiteral("1"), QStringLiteral("-ar"), QString::number(kRate),
             QStringLiteral("-f"), QStringLiteral("f32le"), QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    const QByteArray raw = p.readAllStandardOutput();
    const auto* samples = reinterpret_cast<const float*>(raw.constData());
    const qsizetype count = raw.size() / qsizetype(sizeof(float));
    const float threshold = float(std::pow(10.0, -50.0 / 20.0));
    for (qsizetype i = 0; i < count; ++i) {
        if (std::fabs(samples[i]) > threshold)
            return double(i) / kRate;
    }
    return -1;
}

} // namespace sw::testing
