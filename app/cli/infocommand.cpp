// `scorewright-cli info FILE...`: what a project, MIDI file or image holds.
#include "cli/clicommand.h"
#include "cli/summaries.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QImageReader>
#include <QTextStream>

namespace sw::cli {

namespace {

bool describeFile(const QString& path, QTextStream& out, QTextStream& err)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (!info.exists()) {
        err << path << ": the file does not exist\n";
        return false;
    }
    if (suffix == QLatin1String(project::kProjectFileSuffix)) {
        project::ProjectContent content;
        project::ProjectLoadReport report;
        QString error;
        if (!project::loadProject(path, &content, &error, &report)) {
            err << error << "\n";
            return false;
        }
        out << describeProject(content, path, report);
        return true;
    }
    if (suffix == QLatin1String("mid") || suffix == QLatin1String("midi") ||
        suffix == QLatin1String("smf")) {
        music::Score score;
        music::MidiFileInfo midiInfo;
        QString error;
        if (!music::readMidiFile(path, &score, &error, &midiInfo)) {
            err << error << "\n";
            return false;
        }
        out << info.fileName() << "\n" << describeMidiFile(midiInfo) << describeScore(score);
        return true;
    }
    QImageReader image(path);
    if (image.canRead()) {
        const QSize size = image.size();
        out << info.fileName() << ": " << image.format().toUpper() << " image, " << size.width()
            << " x " << size.height() << " pixels\n";
        return true;
    }
    err << path
        << ": cannot summarize this kind of file (info reads .swproj projects, MIDI files and "
           "images)\n";
    return false;
}

} // namespace

int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print a summary of Scorewright projects (.swproj), MIDI files and images: "
                       "timeline clips, markers, music takes with their provenance, tempo, "
                       "meter, key and tracks. Missing media is listed as offline."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Files to describe."),
                                 QStringLiteral("FILE..."));
    if (const int done = parseCommandLine(parser, arguments); done >= 0)
        return done;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "scorewright-cli info: name at least one file\n";
        return kExitUsage;
    }
    bool allOk = true;
    for (int i = 0; i < files.size(); ++i) {
        if (i > 0)
            out << "\n";
        allOk &= describeFile(files[i], out, err);
    }
    return allOk ? kExitOk : kExitBadInput;
}

} // namespace sw::cli
