// `bench hum`: melody transcription on hummed and whistled lines synthesised from known notes
// (humcorpus.h): note F-measure as mir_eval.transcription defines it (onset within 50 ms, pitch
// within 50 cents, offsets ignored) per voice and noise level, and the pitch tracker's speed
// against real time.

#include "analysis/pitchtracker.h"
#include "analysis/sungmelody.h"
#include "analysis/sungnotes.h"
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
    out << QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("voice"), -30)
               .arg(QStringLiteral("SNR"), 6)
               .arg(QStringLiteral("precision"), 10)
               .arg(QStringLiteral("recall"), 8)
               .arg(QStringLiteral("F"), 6);
    QVector<double> trackingRealTime;
    NoteScores everything;
    double worstLine = 1;
    for (const Condition& c : conditions) {
        for (const double snr : {5.0, 10.0, 15.0}) {
            NoteScores sum;
            for (int i = 0; i < lines; ++i) {
                const quint32 seed = firstSeed + quint32(i) + quint32(snr) * 1000;
                const HummedLine line = synthesiseLine(c.voice, seed, snr);
                QElapsedTimer timer;
                timer.start();
                const analysis::PitchTrack track = analysis::trackPitch(
                    line.samples.data(), qint64(line.samples.size()), line.sampleRate);
                const double seconds = timer.nsecsElapsed() / 1e9;
                trackingRealTime.append(double(line.samples.size()) / line.sampleRate / seconds);
                const analysis::SungLine sung = analysis::segmentNotes(track);
                const NoteScores s = matchNotes(referenceOf(line), estimateOf(sung));
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
                }
                sum.reference += s.reference;
                sum.estimated += s.estimated;
                sum.matched += s.matched;
            }
            everything.reference += sum.reference;
            everything.estimated += sum.estimated;
            everything.matched += sum.matched;
            out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                       .arg(QLatin1String(c.name), -30)
                       .arg(QStringLiteral("%1 dB").arg(snr, 0, 'f', 0), 6)
                       .arg(sum.precision(), 10, 'f', 3)
                       .arg(sum.recall(), 8, 'f', 3)
                       .arg(sum.f(), 6, 'f', 3);
        }
    }
    out << "  all: F " << QString::number(everything.f(), 'f', 3) << " over "
        << everything.reference << " notes; worst line F " << QString::number(worstLine, 'f', 2)
        << "\n";
    out << "Pitch tracking (YIN, 16 kHz, 10 ms hop, one thread): median "
        << QString::number(median(trackingRealTime), 'f', 0) << "x real time over "
        << trackingRealTime.size() << " lines\n";
    return kExitOk;
}

} // namespace sw::cli
