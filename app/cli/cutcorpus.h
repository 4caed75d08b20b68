#pragma once
// The generated footage `bench cuts` measures cut detection on: kinds of material that make
// cuts hard to find (grain, animated patterns, two takes of one scene, dark scenes, interlacing,
// blocking) or that make false cuts (flashes, pans, zooms), each made by FFmpeg's lavfi sources
// so that every transition is known to the frame.

#include <QString>
#include <QStringList>
#include <QVector>

namespace sw::cli {

struct TrueTransition
{
    qint64 timeUs = 0;      ///< a hard cut's first new frame; a gradual transition's middle
    qint64 toleranceUs = 0; ///< how far from it a detection still finds it
};

struct CorpusVideo
{
    QString kind;        ///< e.g. "grain"
    QString description; ///< what the footage is
    QString fileName;
    int frameRate = 25;
    QStringList ffmpegArguments; ///< everything after `ffmpeg -y`, without the output file
    QVector<TrueTransition> truth;
    int traps = 0; ///< flashes, pans or zooms inside shots that must not be taken for cuts
};

/// The whole corpus: at least 200 transitions in at least 12 kinds. Variant 0 is the one the
/// detector was tuned on; other variants hold other content, seeds and shot lengths.
QVector<CorpusVideo> cutCorpus(int variant = 0);

} // namespace sw::cli
