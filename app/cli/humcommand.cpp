// `scorewright-cli hum IN.wav [--bpm N | PROJECT] -o melody.mid`: a hummed, sung, whistled or
// played melody written down. Its tempo is the one given, the project's planned tempo map (the
// recording's time 0 at the timeline's time 0, as when it was recorded against the video), or
// else found from its onsets.

#include "analysis/sungmelody.h"
#include "cli/clicommand.h"
#include "cli/planinput.h"
#include "music/midifile.h"
#include "music/musicxmlwriter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <cmath>

namespace sw::cli {

namespace {
QString pitchName(int pitch)
{
    static const char* const kNames[] = {"C",  "C#", "D",  "D#", "E",  "F",
                                         "F#", "G",  "G#", "A",  "A#", "B"};
    return QStringLiteral("%1%2").arg(QLatin1String(kNames[pitch % 12])).arg(pitch / 12 - 1);
}
} // namespace

int runHum(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write down a hummed, sung, whistled or played melody (WAV, FLAC, MP3 or any file with "
        "sound): its pitch tracked (YIN), cut into notes (vibrato and glides kept in one note, "
        "breath and noise left out), out-of-tune singing taken as the singer's own tuning, and "
        "quantised to sixteenths. The tempo is --bpm, or the tempo map planned for PROJECT "
        "(the recording's start at the timeline's start), or found from the onsets. The MIDI "
        "file's bar 1 is the melody's first bar: `score VIDEO --melody melody.mid` arranges "
        "around it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("audio"), QStringLiteral("The recording."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("A project whose tempo map to quantise to."),
                                 QStringLiteral("[PROJECT]"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The MIDI file to write."),
                                    QStringLiteral("melody.mid"));
    const QCommandLineOption musicxml(QStringLiteral("musicxml"),
                                      QStringLiteral("Also write the melody as MusicXML."),
                                      QStringLiteral("file"));
    // --prompt, --bpm and --key as `plan` takes them; without a project --bpm is the tempo
    // the melody was performed at.
    PlanInputOptions planOptions;
    planOptions.addTo(parser);
    const QCommandLineOption& bpmOption = planOptions.bpm;
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QStringLiteral("Print each note (seconds, pitch)."));
    parser.addOptions({output, musicxml, listOption});
    if (const int done = parseCommandLine(parser, arguments); done >= 0)
        return done;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2 ||
        (!parser.isSet(output) && !parser.isSet(musicxml) && !parser.isSet(listOption))) {
        err << "usage: scorewright-cli hum IN.wav [--bpm N | PROJECT] -o melody.mid "
               "[--musicxml F] [--list]\n";
        return kExitUsage;
    }
    double bpm = 0;
    if (parser.isSet(bpmOption)) {
        bool ok = false;
        bpm = parser.value(bpmOption).toDouble(&ok);
        if (!ok || !std::isfinite(bpm) || bpm < 20 || bpm > 400) {
            err << "scorewright-cli hum: --bpm takes a tempo from 20 to 400\n";
            return kExitUsage;
        }
    }
    const QString input = positional.first();
    QStringList inputs{input};
    if (positional.size() == 2)
        inputs << positional[1];
    if (!outputsSpareInputs(QStringLiteral("hum"), inputs,
                            {parser.value(output), parser.value(musicxml)}))
        return kExitUsage;

    installInterruptHandler();
    QString error;
    analysis::SungLine line;
    if (!analysis::transcribeAudioFile(input, &line, &error, [] { return interrupted(); })) {
        if (interrupted())
            return kExitInterrupted;
        err << error << "\n";
        return kExitBadInput;
    }

    music::Score score;
    double barOneSeconds = 0;
    QString timingNote;
    if (positional.size() == 2) {
        if (!isProjectFile(positional[1])) {
            err << "scorewright-cli hum: " << positional[1] << " is not a project (.swproj)\n";
            return kExitUsage;
        }
        plan::MusicPlan plan;
        if (const int code = planFromInput(positional[1], parser, planOptions, &plan, err,
                                           QStringLiteral("hum"));
            code >= 0)
            return code;
        score.tempoMap = plan.tempo.tempoMap;
        barOneSeconds = plan.tempo.musicStartUs / 1e6;
        timingNote = QStringLiteral("on the project's tempo map (%1 bpm, bar 1 at %2 s)")
                         .arg(plan.tempo.bpm, 0, 'f', 1)
                         .arg(barOneSeconds, 0, 'f', 2);
    } else {
        const analysis::LineTiming timing = analysis::estimateLineTiming(line, bpm);
        score.tempoMap = music::TempoMap::constant(timing.bpm);
        barOneSeconds = timing.barOneSeconds;
        timingNote = QStringLiteral("at %1 bpm (%2), bar 1 at %3 s")
                         .arg(timing.bpm, 0, 'f', 1)
                         .arg(bpm > 0 ? QStringLiteral("given")
                                      : QStringLiteral("found from the onsets; --bpm sets it"))
                         .arg(timing.barOneSeconds, 0, 'f', 2);
    }
    music::Track melody = analysis::melodyOfLine(line, score.tempoMap, barOneSeconds);
    melody.program = 73; // Flute: a clear line to check it by
    score.tracks.append(melody);

    int lowest = 127, highest = 0;
    for (const analysis::SungNote& n : line.notes) {
        lowest = std::min(lowest, n.pitch);
        highest = std::max(highest, n.pitch);
    }
    out << QFileInfo(input).fileName() << ": " << line.notes.size() << " notes in "
        << QString::number(line.durationSeconds, 'f', 1) << " s, " << pitchName(lowest) << "-"
        << pitchName(highest) << ", sung " << QString::number(std::abs(line.tuningCents), 'f', 0)
        << " cents " << (line.tuningCents >= 0 ? "sharp" : "flat") << " of A = 440 Hz\n";
    out << "Quantised to sixteenths " << timingNote << "\n";
    if (melody.notes.size() < line.notes.size())
        out << "Note: " << line.notes.size() - melody.notes.size()
            << " notes before bar 1 were left out\n";
    if (parser.isSet(listOption))
        for (const analysis::SungNote& n : line.notes)
            out << "  " << QString::number(n.onsetSeconds, 'f', 3) << "-"
                << QString::number(n.offsetSeconds, 'f', 3) << " s  " << pitchName(n.pitch) << " ("
                << n.pitch << ")\n";
    if (parser.isSet(output)) {
        if (!music::writeMidiFile(parser.value(output), score, 1, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        out << "Wrote " << parser.value(output) << "\n";
    }
    if (parser.isSet(musicxml)) {
        if (!music::writeMusicXmlFile(parser.value(musicxml), score, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        out << "Wrote " << parser.value(musicxml) << "\n";
    }
    return checkStandardOutput();
}

} // namespace sw::cli
