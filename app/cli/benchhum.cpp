// `bench hum`: melody transcription on hummed and whistled lines synthesised from known notes
// (humcorpus.h): note F-measure as mir_eval.transcription defines it (onset within 50 ms, pitch
// within 50 cents, offsets ignored) per voice and noise level, and the pitch tracker's speed
// against real time.

#include "analysis/pitchtracker.h"
#include "analysis/sungmelody.h"
#include "analysis/sungnotes.h"
#include "cli/aubiobaseline.h"
#include "cli/benchsupport.h"
#include "cli/clicommand.h"
#include "cli/humcorpus.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace sw::cli {

namespace {
QVector<TimedPitch> referenceOf(const HummedLine& line)
{
    QVector<TimedPitch> out;
    for (const KnownNote& n : line.notes)
        out.append({n.onsetSeconds, double(n.pitch)});
    return out;
}
QVector<TimedPitch> estimateOf(const analysis::SungLine& line)
{
    QVector<TimedPitch> out;
    for (const analysis::SungNote& n : line.notes)
        out.append({n.onsetSeconds, double(n.pitch)});
    return out;
}

// aubio reports a note some frames after it starts (its onset detector's delay and the pitch
// median it waits for). The baseline is given the constant lag that suits it best, on all its
// notes at once: an advantage our own tracker does not get.
double bestLatency(const QVector<QVector<TimedPitch>>& references,
                   const QVector<QVector<TimedPitch>>& estimates)
{
    double best = 0;
    int bestMatched = -1;
    for (int ms = 0; ms <= 600; ms += 5) {
        int matched = 0;
        for (int i = 0; i < references.size(); ++i) {
            QVector<TimedPitch> shifted = estimates[i];
            for (TimedPitch& p : shifted)
                p.onsetSeconds -= ms / 1000.0;
            matched += matchNotes(references[i], shifted).matched;
        }
        if (matched > bestMatched) {
            bestMatched = matched;
            best = ms / 1000.0;
        }
    }
    return best;
}
} // namespace

int benchHum(int lines, quint32 firstSeed, bool verbose, QTextStream& out)
{
    struct Condition
    {
        HumVoice voice;
        const char* name;
    };
    const Condition conditions[] = {{HumVoice::LowHum, "low hum (80-220 Hz)"},
                                    {HumVoice::HighHum, "high hum (200-600 Hz)"},
                                    {HumVoice::Whistle, "whistle (600-2400 Hz, pure)"}};
    out << "Transcribing " << lines << " synthesised 12 s lines per voice and noise level (seeds "
        << firstSeed << "-" << firstSeed + quint32(lines) - 1
        << "); note F-measure, onset 50 ms, pitch 50 cents, offsets ignored\n";
    struct Row
    {
        QString name;
        double snr = 0;
        QVector<QVector<TimedPitch>> references, ours, aubio, aubioPitch;
    };
    QVector<Row> rows;
    QVector<double> trackingRealTime, aubioRealTime;
    double worstLine = 1;
    for (const Condition& c : conditions) {
        for (const double snr : {5.0, 10.0, 15.0}) {
            Row row{QLatin1String(c.name), snr, {}, {}, {}, {}};
            for (int i = 0; i < lines; ++i) {
                const quint32 seed = firstSeed + quint32(i) + quint32(snr) * 1000;
                const HummedLine line = synthesiseLine(c.voice, seed, snr);
                const double audioSeconds = double(line.samples.size()) / line.sampleRate;
                QElapsedTimer timer;
                timer.start();
                const analysis::PitchTrack track = analysis::trackPitch(
                    line.samples.data(), qint64(line.samples.size()), line.sampleRate);
                trackingRealTime.append(audioSeconds / (timer.nsecsElapsed() / 1e9));
                const analysis::SungLine sung = analysis::segmentNotes(track);
                timer.restart();
                row.aubio.append(aubioNotes(line.samples, line.sampleRate));
                aubioRealTime.append(audioSeconds / (timer.nsecsElapsed() / 1e9));
                row.aubioPitch.append(estimateOf(
                    analysis::segmentNotes(withAubioPitch(track, line.samples, line.sampleRate))));
                row.references.append(referenceOf(line));
                row.ours.append(estimateOf(sung));
                const NoteScores s = matchNotes(row.references.last(), row.ours.last());
                worstLine = std::min(worstLine, s.f());
                if (verbose && s.f() < 0.95) {
                    out << "    seed " << seed << " " << line.description << ": F "
                        << QString::number(s.f(), 'f', 2) << " (" << s.matched << " of "
                        << s.reference << " found, " << s.estimated << " notes)\n";
                    for (const KnownNote& n : line.notes)
                        out << "      true " << QString::number(n.onsetSeconds, 'f', 3) << " "
                            << n.pitch << "\n";
                    for (const analysis::SungNote& n : sung.notes)
                        out << "      ours " << QString::number(n.onsetSeconds, 'f', 3) << "-"
                            << QString::number(n.offsetSeconds, 'f', 3) << " " << n.pitch << " ("
                            << QString::number(n.midi, 'f', 2) << ")\n";
                    for (const TimedPitch& n : row.aubio.last())
                        out << "      aubio " << QString::number(n.onsetSeconds, 'f', 3) << " "
                            << QString::number(n.midi, 'f', 1) << "\n";
                }
            }
            rows.append(row);
        }
    }
    QVector<QVector<TimedPitch>> allReferences, allAubio;
    for (const Row& row : rows) {
        allReferences += row.references;
        allAubio += row.aubio;
    }
    const double latency = bestLatency(allReferences, allAubio);
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("voice"), -30)
               .arg(QStringLiteral("SNR"), 6)
               .arg(QStringLiteral("precision"), 10)
               .arg(QStringLiteral("recall"), 8)
               .arg(QStringLiteral("F"), 6)
               .arg(QStringLiteral("aubionotes"), 11)
               .arg(QStringLiteral("aubioYIN+ours"), 12);
    NoteScores everything, everythingAubio, everythingAubioPitch;
    for (const Row& row : rows) {
        NoteScores sum, sumAubio, sumAubioPitch;
        for (int i = 0; i < row.references.size(); ++i) {
            sum += matchNotes(row.references[i], row.ours[i]);
            QVector<TimedPitch> shifted = row.aubio[i];
            for (TimedPitch& p : shifted)
                p.onsetSeconds -= latency;
            sumAubio += matchNotes(row.references[i], shifted);
            sumAubioPitch += matchNotes(row.references[i], row.aubioPitch[i]);
        }
        everythingAubioPitch += sumAubioPitch;
        everything += sum;
        everythingAubio += sumAubio;
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                   .arg(row.name, -30)
                   .arg(QStringLiteral("%1 dB").arg(row.snr, 0, 'f', 0), 6)
                   .arg(sum.precision(), 10, 'f', 3)
                   .arg(sum.recall(), 8, 'f', 3)
                   .arg(sum.f(), 6, 'f', 3)
                   .arg(sumAubio.f(), 11, 'f', 3)
                   .arg(sumAubioPitch.f(), 12, 'f', 3);
    }
    out << "  all: F " << QString::number(everything.f(), 'f', 3) << " over "
        << everything.reference << " notes; worst line F " << QString::number(worstLine, 'f', 2)
        << "\n";
    out << "  aubio (aubionotes' default method, 1024-sample window, 10 ms hop, its onsets "
           "moved "
        << QString::number(latency * 1000, 'f', 0) << " ms earlier, the lag that suits it best): F "
        << QString::number(everythingAubio.f(), 'f', 3) << " (precision "
        << QString::number(everythingAubio.precision(), 'f', 3) << ", recall "
        << QString::number(everythingAubio.recall(), 'f', 3) << ")\n";
    out << "  aubio's YIN pitch (confidence as periodicity) before our note segmentation: F "
        << QString::number(everythingAubioPitch.f(), 'f', 3) << "\n";
    out << "Pitch tracking (YIN, 16 kHz, 10 ms hop, one thread): median "
        << QString::number(median(trackingRealTime), 'f', 0) << "x real time over "
        << trackingRealTime.size() << " lines; aubio's whole note tracker "
        << QString::number(median(aubioRealTime), 'f', 0) << "x\n";
    return kExitOk;
}

} // namespace sw::cli
