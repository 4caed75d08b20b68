// `scorewright-cli midi FILE`: inspect a Standard MIDI File and optionally rewrite it.
#include "cli/clicommand.h"
#include "cli/summaries.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace sw::cli {

int runMidi(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Read a Standard MIDI File as Scorewright does (tracks split by channel, "
                       "ticks rescaled to 480 per quarter, lyrics attached to notes) and print "
                       "what it holds. With --output, write it back as format 0 or 1."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The MIDI file to read."));
    const QCommandLineOption notesOption(QStringLiteral("notes"),
                                         QStringLiteral("List every note with its bar and beat."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Write the file read to <out.mid>."),
                                          QStringLiteral("out.mid"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Format of --output: 0 or 1 (default 1)."),
                                          QStringLiteral("0|1"), QStringLiteral("1"));
    parser.addOptions({notesOption, outputOption, formatOption});
    if (const int done = parseCommandLine(parser, arguments); done >= 0)
        return done;

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "scorewright-cli midi: name one MIDI file\n";
        return kExitUsage;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("0") && format != QLatin1String("1")) {
        err << "scorewright-cli midi: --format must be 0 or 1, not '" << format << "'\n";
        return kExitUsage;
    }
    if (parser.isSet(outputOption) &&
        !outputsSpareInputs(QStringLiteral("midi"), parser.positionalArguments(),
                            {parser.value(outputOption)}))
        return kExitUsage;
    music::Score score;
    music::MidiFileInfo info;
    QString error;
    if (!music::readMidiFile(parser.positionalArguments().first(), &score, &error, &info)) {
        err << error << "\n";
        return kExitBadInput;
    }
    out << describeMidiFile(info) << describeScore(score);
    if (parser.isSet(notesOption))
        out << describeNotes(score);
    if (parser.isSet(outputOption)) {
        if (!music::writeMidiFile(parser.value(outputOption), score, format.toInt(), &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        out << "Wrote " << parser.value(outputOption) << " (format " << format << ")\n";
    }
    return kExitOk;
}

} // namespace sw::cli
