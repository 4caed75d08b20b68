#pragma once
// The subcommands of scorewright-cli. Each one is a function that takes its own argument list
// (argv[0] is "scorewright-cli NAME"), parses it with QCommandLineParser, prints to stdout and
// errors to stderr, and returns the exit code. A subcommand is listed here only once it works.

#include <QStringList>
#include <functional>

class QCommandLineOption;
class QCommandLineParser;

namespace sw::cli {

struct CliCommand
{
    QString name;
    QString summary;
    std::function<int(const QStringList& arguments)> run;
};

int runInfo(const QStringList& arguments);
int runMidi(const QStringList& arguments);
int runAnalyze(const QStringList& arguments);
int runBench(const QStringList& arguments);
int runPlan(const QStringList& arguments);
int runRender(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runTrain(const QStringList& arguments);
int runScore(const QStringList& arguments);
int runEval(const QStringList& arguments);
int runLyrics(const QStringList& arguments);
int runHum(const QStringList& arguments);
int runReference(const QStringList& arguments);

inline const QList<CliCommand>& cliCommands()
{
    static const QList<CliCommand> kCommands = {
        {QStringLiteral("info"), QStringLiteral("Print a summary of a project, MIDI file or image"),
         runInfo},
        {QStringLiteral("midi"),
         QStringLiteral("Inspect a MIDI file, or rewrite it as format 0 or 1"), runMidi},
        {QStringLiteral("analyze"),
         QStringLiteral("Find cuts, visual beats, motion tempo and colour mood in a video"),
         runAnalyze},
        {QStringLiteral("plan"),
         QStringLiteral("Plan the music: tempo map on the cuts, sections, key, intensity"),
         runPlan},
        {QStringLiteral("render"),
         QStringLiteral("Render a score to a WAV at a loudness preset, with stems"), runRender},
        {QStringLiteral("export"),
         QStringLiteral("Export a score as WAV, stems, MIDI and MusicXML"), runExport},
        {QStringLiteral("score"),
         QStringLiteral("Score a video: analyse, plan and compose, or regenerate bars"), runScore},
        {QStringLiteral("lyrics"),
         QStringLiteral("Write a singable melody for lyrics, or rewrite one line"), runLyrics},
        {QStringLiteral("hum"),
         QStringLiteral("Write down a hummed, sung or whistled melody as MIDI"), runHum},
        {QStringLiteral("reference"),
         QStringLiteral("Read a reference track's tempo, key and build as plan pins"),
         runReference},
        {QStringLiteral("eval"),
         QStringLiteral("Measure music: objective metrics, the composer against a baseline"),
         runEval},
        {QStringLiteral("train"), QStringLiteral("Train the composer from the POP909 dataset"),
         runTrain},
        {QStringLiteral("bench"), QStringLiteral("Time analysis against FFmpeg decoding"),
         runBench},
    };
    return kCommands;
}

/// Exit codes: 0 success, 1 the input could not be used, 2 wrong usage.
constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;
/// Stopped by Ctrl+C (SIGINT), as shells report a program killed by it: 128 + 2.
constexpr int kExitInterrupted = 130;

/// False after saying so on stderr when one of `outputs` is one of `inputs` (the same file,
/// through any link): `score v.mp4 -o v.mp4` used to replace the video it read.
bool outputsSpareInputs(const QString& command, const QStringList& inputs,
                        const QStringList& outputs);

/// The exit code after a command succeeded: kExitBadInput, after saying so on stderr, when
/// what it printed could not all be written (stdout on a full disk or /dev/full used to exit
/// 0 with the output lost).
int checkStandardOutput();

/// Parses a subcommand's arguments. Returns -1 to go on, or the exit code when the command is
/// done already (--help printed, or a usage error reported on stderr).
int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments);

/// --drafts N: how many melodies the lyricist drafts to keep the most typical (`lyrics`,
/// `eval lyrics`).
QCommandLineOption lyricistDraftsOption();
/// The drafts asked for (1..engine::kMaxLyricistDrafts), or the lyricist's default when the
/// option is not given; false, with a message on stderr naming `command`, for anything else.
bool lyricistDrafts(const QCommandLineParser& parser, const QString& command, int* drafts);

} // namespace sw::cli
