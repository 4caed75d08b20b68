#pragma once
// What the benchmarks share: medians, peak memory, the ffmpeg command and the camera-like test
// video they time things on.

#include <QString>
#include <QStringList>
#include <QVector>

class QTextStream;

namespace sw::cli {

double median(QVector<double> values);
/// The most memory this process has held so far, in MB.
qint64 peakMemoryMb();
/// Runs the ffmpeg command; false with its error output.
bool runFfmpeg(const QStringList& args, QString* error);
/// Camera-like material: a moving test pattern with grain, so the encoder spends bits as on
/// phone footage (about 11 Mbit/s at 1080p30), with a colour cut every few seconds.
bool makeBenchVideo(const QString& path, const QString& size, int seconds, QString* error);

/// `bench score [VIDEO]`: the main job against ffmpeg's decode of the same file.
int benchScore(const QStringList& videos, int runs, int seconds, QTextStream& out,
               QTextStream& err);

/// `bench cuts [KIND...]`: cut detection on the generated corpus (kept in `corpusDir` if given).
/// `verbose` lists the transitions ours missed and its false alarms, in seconds; `oursOnly`
/// leaves the peers out (for tuning).
/// `variant` 0 is the corpus the detector was tuned on, others are held out.
int benchCuts(const QString& corpusDir, int variant, const QStringList& onlyKinds, bool verbose,
              bool oursOnly, QTextStream& out, QTextStream& err);

/// `bench hum`: melody transcription of `lines` synthesised lines per voice and noise level.
int benchHum(int lines, quint32 firstSeed, bool verbose, QTextStream& out);

} // namespace sw::cli
