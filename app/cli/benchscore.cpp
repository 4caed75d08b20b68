// `scorewright-cli bench score [VIDEO]`: the main job, exactly as `score VIDEO --muxed OUT`
// runs it (analyse, plan, compose, render, mux), against `ffmpeg -threads 2 -i VIDEO -f null -`
// on the same file: the floor any job that reads the whole picture stands on. Medians of runs,
// the ratio, and each stage's share of the job.
#include "cli/benchsupport.h"
#include "cli/clicommand.h"
#include "engine/composer.h"
#include "media/mediainfo.h"
#include "project/project.h"
#include "scoring/mediaimport.h"
#include "scoring/projectguidance.h"
#include "scoring/takes.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

namespace sw::cli {

namespace {

// Seconds spent in each stage the pipeline reports, in the order they came.
class StageClock
{
public:
    StageClock() { m_timer.start(); }
    void enter(const QString& stage)
    {
        if (stage == m_stage)
            return;
        close();
        m_stage = stage;
        if (!m_order.contains(stage))
            m_order.append(stage);
    }
    void close()
    {
        const double now = m_timer.nsecsElapsed() / 1e9;
        if (!m_stage.isEmpty())
            m_seconds[m_stage] += now - m_since;
        m_since = now;
    }
    const QStringList& order() const { return m_order; }
    double seconds(const QString& stage) const { return m_seconds.value(stage); }

private:
    QElapsedTimer m_timer;
    QString m_stage;
    double m_since = 0;
    QStringList m_order;
    QMap<QString, double> m_seconds;
};

bool scoreOnce(const QString& video, const QString& muxed, StageClock* clock, QString* error)
{
    scoring::ScoringRequest request;
    const scoring::MediaImport imported = scoring::clipsForMedia({video}, 0);
    if (imported.clips.isEmpty()) {
        *error = imported.errors.join(u'\n');
        return false;
    }
    request.content.clips = imported.clips;
    request.modelsDir = engine::Composer::defaultModelsDirectory();
    scoring::ScoringResult result;
    if (!scoring::runScoring(request, &result, error, {},
                             [&](double, const QString& stage) { clock->enter(stage); }))
        return false;
    project::Project project(request.content);
    QUuid region;
    if (!scoring::addScoredTake(project, request, result, &region, nullptr, error))
        return false;
    render::ExportRequest exporting =
        scoring::exportRequestForRegion(project.content(), *project.musicRegion(region));
    exporting.muxedVideoPath = muxed;
    render::ExportReport report;
    if (!render::exportSoundtrack(exporting, &report, error, {},
                                  [&](double, const QString& stage) { clock->enter(stage); }))
        return false;
    clock->close();
    return true;
}

} // namespace

int benchScore(const QStringList& videos, int runs, int seconds, QTextStream& out, QTextStream& err)
{
    QTemporaryDir dir;
    QString video = videos.value(0);
    QString error;
    if (video.isEmpty()) {
        seconds = std::max(seconds, 180);
        out << "Making a " << seconds << " s camera-like 1080p30 clip...\n";
        out.flush();
        video = dir.filePath(QStringLiteral("camera-1080p30.mp4"));
        if (!makeBenchVideo(video, QStringLiteral("1920x1080"), seconds, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
    }
    media::MediaInfo info;
    if (!media::probeMedia(video, &info, &error) || !info.video()) {
        err << (error.isEmpty() ? video + QStringLiteral(": no picture") : error) << "\n";
        return kExitBadInput;
    }
    out << QFileInfo(video).fileName() << ": " << info.video()->width << "x" << info.video()->height
        << ", " << QString::number(info.durationUs / 1e6, 'f', 1) << " s\n";
    out.flush();
    QVector<double> decode, job;
    QMap<QString, QVector<double>> stages;
    QStringList order;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!runFfmpeg({QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-threads"),
                        QStringLiteral("2"), QStringLiteral("-i"), video, QStringLiteral("-f"),
                        QStringLiteral("null"), QStringLiteral("-")},
                       &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        decode.append(timer.nsecsElapsed() / 1e9);
        // Each run is the job as a person starts it: nothing analysed yet.
        scoring::forgetAnalyses();
        timer.restart();
        StageClock clock;
        if (!scoreOnce(video, dir.filePath(QStringLiteral("scored.mp4")), &clock, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        job.append(timer.nsecsElapsed() / 1e9);
        for (const QString& stage : clock.order()) {
            stages[stage].append(clock.seconds(stage));
            if (!order.contains(stage))
                order.append(stage);
        }
        out << "  run " << run + 1 << ": ffmpeg " << QString::number(decode.last(), 'f', 2)
            << " s, score " << QString::number(job.last(), 'f', 2) << " s\n";
        out.flush();
    }
    const double base = median(decode), total = median(job);
    out << "ffmpeg -threads 2 -i VIDEO -f null -   " << QString::number(base, 'f', 2) << " s\n"
        << "score VIDEO --muxed OUT (the main job)  " << QString::number(total, 'f', 2) << " s, "
        << QString::number(total / base, 'f', 2) << "x ffmpeg's decode (goal: at most 1.3x)\n"
        << "  stages (medians, share of the job):\n";
    for (const QString& stage : order) {
        const double m = median(stages.value(stage));
        if (m < 0.005)
            continue; // a closing message ("Exported"), not a stage
        out << "    " << stage.leftJustified(44) << QString::number(m, 'f', 2).rightJustified(7)
            << " s  " << QString::number(100 * m / total, 'f', 0).rightJustified(3) << "%\n";
    }
    out << "  medians of " << runs << " runs; peak memory " << peakMemoryMb() << " MB\n";
    return kExitOk;
}

} // namespace sw::cli
