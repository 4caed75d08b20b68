// `scorewright-cli info FILE...`: what a project, MIDI file or image holds.
#include "cli/clicommand.h"
#include "cli/summaries.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sw::cli {

namespace {

// What `info --json` tells of a project: its timeline in numbers and every music region's
// takes with how each was made, for tools and for making a take again.
QJsonObject projectInfoJson(const project::ProjectContent& content)
{
    QJsonArray regions;
    for (const project::MusicRegion& r : content.musicRegions) {
        QJsonArray takes;
        for (const project::Take& t : r.takes) {
            takes.append(QJsonObject{
                {QStringLiteral("name"), t.name},
                {QStringLiteral("id"), t.id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("created"), t.created.toString(Qt::ISODateWithMs)},
                {QStringLiteral("notes"), t.score.noteCount()},
                {QStringLiteral("tracks"), int(t.score.tracks.size())},
                {QStringLiteral("provenance"),
                 QJsonObject{{QStringLiteral("engine"), t.provenance.engine},
                             {QStringLiteral("model"), t.provenance.model},
                             {QStringLiteral("seed"), QString::number(t.provenance.seed)},
                             {QStringLiteral("controls"), t.provenance.controls}}}});
        }
        regions.append(QJsonObject{{QStringLiteral("name"), r.name},
                                   {QStringLiteral("start_s"), double(r.startUs) / 1e6},
                                   {QStringLiteral("duration_s"), double(r.durationUs) / 1e6},
                                   {QStringLiteral("active_take"), r.activeTake},
                                   {QStringLiteral("takes"), takes}});
    }
    return QJsonObject{
        {QStringLiteral("title"), content.title},
        {QStringLiteral("duration_s"), double(content.durationUs()) / 1e6},
        {QStringLiteral("clips"), int(content.clips.size())},
        {QStringLiteral("markers"), int(content.markers.size())},
        {QStringLiteral("offline"), QJsonArray::fromStringList(content.missingMedia())},
        {QStringLiteral("music_regions"), regions}};
}

bool describeFile(const QString& path, bool json, QTextStream& out, QTextStream& err)
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
        if (json)
            out << QJsonDocument(projectInfoJson(content)).toJson(QJsonDocument::Indented);
        else
            out << describeProject(content, path, report);
        return true;
    }
    if (json) {
        err << path << ": --json describes projects (.swproj)\n";
        return false;
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
    const QCommandLineOption json(
        QStringLiteral("json"),
        QStringLiteral("For a project: its music regions and every take with its provenance "
                       "(model and SHA-256, seed, temperature, top-p, prompts, pins), as JSON."));
    parser.addOption(json);
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
        allOk &= describeFile(files[i], parser.isSet(json), out, err);
    }
    return allOk ? kExitOk : kExitBadInput;
}

} // namespace sw::cli
