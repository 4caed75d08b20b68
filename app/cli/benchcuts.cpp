// `scorewright-cli bench cuts`: cut detection on a generated corpus of hard footage, ours beside
// FFmpeg's scdet filter (at its documented default threshold, 10) and PySceneDetect's content
// and adaptive detectors (rebuilt in analysis/referencecutdetectors). Precision, recall and F1
// per kind of footage and over all of it.
#include "analysis/referencecutdetectors.h"
#include "analysis/videoanalyzer.h"
#include "cli/benchsupport.h"
#include "cli/clicommand.h"
#include "cli/cutcorpus.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace sw::cli {

namespace {

struct Score
{
    int found = 0;    // true transitions detected
    int reported = 0; // detections
    int truth = 0;
    Score& operator+=(const Score& o)
    {
        found += o.found;
        reported += o.reported;
        truth += o.truth;
        return *this;
    }
    double precision() const { return reported ? double(found) / reported : 1.0; }
    double recall() const { return truth ? double(found) / truth : 1.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    int falseAlarms() const { return reported - found; }
};

// One detection finds at most one transition: the nearest within its tolerance, truths taken
// in order of time.
Score match(const QVector<qint64>& detected, const QVector<TrueTransition>& truth,
            QStringList* misses = nullptr)
{
    Score s;
    s.reported = detected.size();
    s.truth = truth.size();
    QVector<bool> used(detected.size(), false);
    for (const TrueTransition& t : truth) {
        int best = -1;
        for (int i = 0; i < detected.size(); ++i) {
            const qint64 off = std::abs(detected[i] - t.timeUs);
            if (!used[i] && off <= t.toleranceUs &&
                (best < 0 || off < std::abs(detected[best] - t.timeUs)))
                best = i;
        }
        if (best >= 0) {
            used[best] = true;
            ++s.found;
        } else if (misses) {
            *misses << QStringLiteral("missed %1").arg(t.timeUs / 1e6, 0, 'f', 3);
        }
    }
    for (int i = 0; misses && i < detected.size(); ++i) {
        if (!used[i])
            *misses << QStringLiteral("false %1").arg(detected[i] / 1e6, 0, 'f', 3);
    }
    return s;
}

// FFmpeg's scene change detector logs "lavfi.scd.score: S, lavfi.scd.time: T" for each change.
bool scdetCuts(const QString& path, QVector<qint64>* cuts, QString* error)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            {QStringLiteral("-hide_banner"), QStringLiteral("-nostats"), QStringLiteral("-i"), path,
             QStringLiteral("-vf"), QStringLiteral("scdet"), QStringLiteral("-an"),
             QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("the ffmpeg command is needed (Debian package ffmpeg)");
        return false;
    }
    p.waitForFinished(-1);
    const QString log = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() != 0) {
        *error = log;
        return false;
    }
    static const QRegularExpression time(QStringLiteral("lavfi\\.scd\\.time: ([0-9.]+)"));
    for (auto it = time.globalMatch(log); it.hasNext();)
        cuts->append(qint64(std::llround(it.next().captured(1).toDouble() * 1e6)));
    return true;
}

QString figures(const Score& s)
{
    return QStringLiteral("%1 %2 %3")
        .arg(s.precision(), 4, 'f', 2)
        .arg(s.recall(), 4, 'f', 2)
        .arg(s.f1(), 4, 'f', 2);
}

} // namespace

int benchCuts(const QString& corpusDir, int variant, const QStringList& onlyKinds, bool verbose,
              bool oursOnly, QTextStream& out, QTextStream& err)
{
    QTemporaryDir temporary;
    const QDir dir(corpusDir.isEmpty() ? temporary.path() : corpusDir);
    if (!corpusDir.isEmpty())
        QDir().mkpath(corpusDir);
    QVector<CorpusVideo> corpus = cutCorpus(variant);
    if (!onlyKinds.isEmpty())
        corpus.erase(
            std::remove_if(corpus.begin(), corpus.end(),
                           [&](const CorpusVideo& v) { return !onlyKinds.contains(v.kind); }),
            corpus.end());
    int transitions = 0;
    for (const CorpusVideo& v : corpus)
        transitions += v.truth.size();
    out << "Cut detection on corpus variant " << variant
        << (variant == 0 ? " (the one the thresholds were tuned on)" : " (held out from tuning)")
        << ": " << corpus.size() << " kinds of generated footage, " << transitions
        << " transitions (P R F1: precision, recall, F1; a hard cut found within 1.5 frames, a "
           "fade or dissolve within its length)\n";
    out << QStringLiteral("%1 %2 %3  %4  %5  %6  %7  %8\n")
               .arg(QStringLiteral("kind"), -12)
               .arg(QStringLiteral("fps"), 3)
               .arg(QStringLiteral("cuts"), 4)
               .arg(QStringLiteral("ours P R F1"), -14)
               .arg(QStringLiteral("scdet P R F1"), -14)
               .arg(QStringLiteral("content P R F1"), -14)
               .arg(QStringLiteral("adaptive P R F1"), -15)
               .arg(QStringLiteral("false alarms (ours/scdet/content/adaptive)"));
    out.flush();
    Score total[4];
    QVector<double> analysisSeconds, scdetSeconds;
    QString error;
    for (const CorpusVideo& video : corpus) {
        const QString path = dir.filePath(video.fileName);
        if (!QFileInfo::exists(path)) {
            QStringList args{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")};
            args << video.ffmpegArguments << path;
            if (!runFfmpeg(args, &error)) {
                err << "bench cuts: cannot make " << video.fileName << ": " << error << "\n";
                QFile::remove(path);
                return kExitBadInput;
            }
        }
        QVector<qint64> detected[4];
        QElapsedTimer timer;
        timer.start();
        analysis::VideoAnalysis analysis;
        if (!analysis::analyzeVideo(path, {}, &analysis, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        analysisSeconds.append(timer.nsecsElapsed() / 1e9);
        for (const analysis::Transition& t : analysis.transitions)
            detected[0].append(t.timeUs);
        timer.restart();
        if (oursOnly) {
            // The peers' columns stay empty.
        } else if (!scdetCuts(path, &detected[1], &error)) {
            err << "bench cuts: scdet on " << video.fileName << ": " << error << "\n";
            return kExitBadInput;
        }
        scdetSeconds.append(timer.nsecsElapsed() / 1e9);
        const bool peersFailed =
            !oursOnly &&
            (!analysis::detectReferenceCuts(path, analysis::ReferenceCutDetector::Content,
                                            &detected[2], &error) ||
             !analysis::detectReferenceCuts(path, analysis::ReferenceCutDetector::Adaptive,
                                            &detected[3], &error));
        if (peersFailed) {
            err << error << "\n";
            return kExitBadInput;
        }
        Score s[4];
        QStringList ourMisses;
        for (int d = 0; d < 4; ++d) {
            s[d] = match(detected[d], video.truth, d == 0 && verbose ? &ourMisses : nullptr);
            total[d] += s[d];
        }
        out << QStringLiteral("%1 %2 %3  %4  %5  %6  %7   %8/%9/%10/%11\n")
                   .arg(video.kind, -12)
                   .arg(video.frameRate, 3)
                   .arg(video.truth.size(), 4)
                   .arg(figures(s[0]), -14)
                   .arg(figures(s[1]), -14)
                   .arg(figures(s[2]), -14)
                   .arg(figures(s[3]), -15)
                   .arg(s[0].falseAlarms())
                   .arg(s[1].falseAlarms())
                   .arg(s[2].falseAlarms())
                   .arg(s[3].falseAlarms());
        if (!ourMisses.isEmpty())
            out << "    ours: " << ourMisses.join(QStringLiteral(", ")) << "\n";
        out.flush();
    }
    out << QStringLiteral("%1 %2 %3  %4  %5  %6  %7   %8/%9/%10/%11\n")
               .arg(QStringLiteral("all"), -12)
               .arg(QString(), 3)
               .arg(transitions, 4)
               .arg(figures(total[0]), -14)
               .arg(figures(total[1]), -14)
               .arg(figures(total[2]), -14)
               .arg(figures(total[3]), -15)
               .arg(total[0].falseAlarms())
               .arg(total[1].falseAlarms())
               .arg(total[2].falseAlarms())
               .arg(total[3].falseAlarms());
    double analysed = 0, scdet = 0;
    for (double s : analysisSeconds)
        analysed += s;
    for (double s : scdetSeconds)
        scdet += s;
    out << "Our full analysis took " << QString::number(analysed, 'f', 1)
        << " s, ffmpeg with scdet " << QString::number(scdet, 'f', 1)
        << " s (decoding at full size).\n";
    if (!corpusDir.isEmpty())
        out << "The corpus is in " << dir.absolutePath() << " (kept; delete it to make it again)\n";
    return kExitOk;
}

} // namespace sw::cli
