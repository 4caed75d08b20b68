// `scorewright-cli score INPUT -o OUT.mid`: analysis, plan and composition end to end; with
// --from and --bars, regenerates bars of chosen tracks of an earlier score in place.
#include "cli/clicommand.h"
#include "cli/planinput.h"
#include "engine/composer.h"
#include "music/midifile.h"
#include "music/musicxmlwriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>

namespace sw::cli {

namespace {
bool parseBars(const QString& text, int* first, int* last)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^(\\d+)(?:-(\\d+))?$")).match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *first = m.captured(1).toInt() - 1;
    *last = m.captured(2).isEmpty() ? *first : m.captured(2).toInt() - 1;
    return *first >= 0 && *last >= *first;
}
} // namespace

int runScore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Score a video or a project: analyse the picture, plan the music and compose it with the "
        "trained composer (melody, chords, bass, drums). With --from and --bars, regenerate bars "
        "of some tracks of an earlier score, keeping every other note."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"),
                                 QStringLiteral("A .swproj project or a video."));
    const PlanInputOptions planOptions;
    planOptions.addTo(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("MIDI file to write."),
                                    QStringLiteral("out.mid"));
    const QCommandLineOption musicxml(QStringLiteral("musicxml"),
                                      QStringLiteral("Also write MusicXML."),
                                      QStringLiteral("out.musicxml"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (1): same seed, same notes."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption temperature(QStringLiteral("temperature"),
                                         QStringLiteral("Sampling temperature (1.0)."),
                                         QStringLiteral("T"), QStringLiteral("1.0"));
    const QCommandLineOption freeKey(QStringLiteral("free-key"),
                                     QStringLiteral("Allow notes outside the key's scale."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("An earlier score (MIDI) to regenerate bars of."),
                                  QStringLiteral("score.mid"));
    const QCommandLineOption bars(QStringLiteral("bars"),
                                  QStringLiteral("Bars to regenerate, e.g. 9-12 (counted from 1)."),
                                  QStringLiteral("a-b"));
    const QCommandLineOption tracks(
        QStringLiteral("tracks"),
        QStringLiteral("Tracks to regenerate: melody,chords,bass,drums (default all)."),
        QStringLiteral("list"), QStringLiteral("melody,chords,bass,drums"));
    const QCommandLineOption weights(QStringLiteral("weights"),
                                     QStringLiteral("Composer weights to use instead of models/ "
                                                    "(unchecked; for new weights)."),
                                     QStringLiteral("file"));
    parser.addOptions({output, musicxml, seed, temperature, freeKey, from, bars, tracks, weights});
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
        err << "usage: scorewright-cli score INPUT -o OUT.mid [--prompt TEXT] [--seed N]\n";
        return kExitUsage;
    }
    if (parser.isSet(from) != parser.isSet(bars)) {
        err << "scorewright-cli score: --from and --bars go together\n";
        return kExitUsage;
    }
    engine::ComposeOptions options;
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    options.temperature = parser.value(temperature).toDouble(&ok ? &ok : nullptr);
    options.pinKey = !parser.isSet(freeKey);
    if (!ok || options.temperature < 0 || options.temperature > 5) {
        err << "scorewright-cli score: --seed takes a whole number, --temperature 0..5\n";
        return kExitUsage;
    }
    plan::MusicPlan plan;
    if (const int code = planFromInput(parser.positionalArguments().first(), parser, planOptions,
                                       &plan, err, QStringLiteral("score"));
        code >= 0)
        return code;
    QString error;
    std::unique_ptr<engine::Composer> composer =
        parser.isSet(weights)
            ? engine::Composer::loadWeights(parser.value(weights), &error)
            : engine::Composer::loadFromModels(engine::Composer::defaultModelsDirectory(), &error);
    if (!composer) {
        err << error << "\n";
        return kExitBadInput;
    }
    music::Score score;
    engine::ComposeStats stats;
    if (parser.isSet(from)) {
        int first = 0, last = 0;
        if (!parseBars(parser.value(bars), &first, &last)) {
            err << "scorewright-cli score: --bars takes a range like 9-12\n";
            return kExitUsage;
        }
        QSet<music::TrackRole> roles;
        for (const QString& name : parser.value(tracks).split(u',', Qt::SkipEmptyParts)) {
            music::TrackRole role;
            if (!music::parseTrackRole(name.trimmed().toLower(), &role)) {
                err << "scorewright-cli score: \"" << name << "\" is not a track (melody, chords, "
                    << "bass, drums)\n";
                return kExitUsage;
            }
            roles.insert(role);
        }
        music::Score earlier;
        if (!music::readMidiFile(parser.value(from), &earlier, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        if (!composer->regenerate(earlier, plan, roles, first, last, options, &score, &error, {},
                                  &stats)) {
            err << error << "\n";
            return kExitBadInput;
        }
    } else if (!composer->compose(plan, options, &score, &error, {}, &stats)) {
        err << error << "\n";
        return kExitBadInput;
    }
    if (!music::writeMidiFile(parser.value(output), score, 1, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    if (parser.isSet(musicxml) &&
        !music::writeMusicXmlFile(parser.value(musicxml), score, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    out << "Composed " << plan.bars.size() << " bars at " << QString::number(plan.tempo.bpm, 'f', 1)
        << " bpm in " << plan.key.name() << ": " << score.noteCount() << " notes in "
        << score.tracks.size() << " tracks, " << stats.sampledTokens << " tokens sampled in "
        << QString::number(stats.seconds, 'f', 2) << " s ("
        << QString::number(stats.tokensPerSecond(), 'f', 0) << " tokens/s); wrote "
        << parser.value(output) << "\n";
    return kExitOk;
}

} // namespace sw::cli
