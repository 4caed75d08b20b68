// `scorewright-cli score INPUT -o OUT.mid`: analysis, plan and composition end to end; with
// --from and --bars, regenerates bars of chosen tracks of an earlier score in place.
#include "cli/clicommand.h"
#include "cli/planinput.h"
#include "engine/composer.h"
#include "engine/leadarrangement.h"
#include "engine/vocalline.h"
#include "music/midifile.h"
#include "music/musicxmlwriter.h"
#include "project/timeline.h"

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

// The lead of a MIDI file: its melody track, else its first pitched track with notes, snapped
// to 16ths so that a played (unquantised) file sits on the composer's grid.
bool readLeadMelody(const QString& path, music::Track* lead, QString* error)
{
    music::Score file;
    if (!music::readMidiFile(path, &file, error))
        return false;
    const music::Track* chosen = nullptr;
    for (const music::Track& t : file.tracks) {
        if (t.notes.isEmpty() || t.drumKit)
            continue;
        if (!chosen ||
            (t.role == music::TrackRole::Melody && chosen->role != music::TrackRole::Melody))
            chosen = &t;
    }
    if (!chosen) {
        *error = QStringLiteral("%1: no pitched notes to use as the melody").arg(path);
        return false;
    }
    constexpr qint64 kSixteenth = music::kTicksPerQuarter / 4;
    *lead = *chosen;
    lead->role = music::TrackRole::Melody;
    for (music::Note& n : lead->notes) {
        const qint64 end = (n.endTick() + kSixteenth / 2) / kSixteenth * kSixteenth;
        n.startTick = (n.startTick + kSixteenth / 2) / kSixteenth * kSixteenth;
        n.durationTicks = std::max(kSixteenth, end - n.startTick);
    }
    return true;
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
    const QCommandLineOption sing(
        QStringLiteral("sing"),
        QStringLiteral("With a project: sing its lyric clips over the score (a vocal track, the "
                       "lead resting under it)."));
    const QCommandLineOption melody(
        QStringLiteral("melody"),
        QStringLiteral("A melody (MIDI file) to pin as the lead: kept note for note (snapped to "
                       "16ths, bar 1 of the file on bar 1 of the music), the key taken from it, "
                       "chords, bass and drums arranged around it."),
        QStringLiteral("lead.mid"));
    parser.addOptions(
        {output, musicxml, seed, temperature, freeKey, from, bars, tracks, weights, sing, melody});
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
        err << "usage: scorewright-cli score INPUT -o OUT.mid [--prompt TEXT] [--seed N]\n";
        return kExitUsage;
    }
    if (parser.isSet(melody) && parser.isSet(from)) {
        err << "scorewright-cli score: --melody writes a new arrangement; it does not go with "
               "--from\n";
        return kExitUsage;
    }
    if (parser.isSet(from) != parser.isSet(bars)) {
        err << "scorewright-cli score: --from and --bars go together\n";
        return kExitUsage;
    }
    engine::ComposeOptions options;
    bool seedOk = false, temperatureOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    options.temperature = parser.value(temperature).toDouble(&temperatureOk);
    options.pinKey = !parser.isSet(freeKey);
    if (!seedOk || !temperatureOk || options.temperature < 0 || options.temperature > 5) {
        err << "scorewright-cli score: --seed takes a whole number, --temperature 0..5\n";
        return kExitUsage;
    }
    const QString input = parser.positionalArguments().first();
    if (parser.isSet(sing) && !isProjectFile(input)) {
        err << "scorewright-cli score: --sing needs a project with lyric clips\n";
        return kExitUsage;
    }
    plan::MusicPlan plan;
    project::ProjectContent project;
    if (const int code = planFromInput(input, parser, planOptions, &plan, err,
                                       QStringLiteral("score"), &project);
        code >= 0)
        return code;
    QString error;
    // The lyricist is loaded before any composing, so that missing weights cost nothing.
    std::unique_ptr<engine::Lyricist> lyricist;
    if (parser.isSet(sing)) {
        lyricist =
            engine::Lyricist::loadFromModels(engine::Composer::defaultModelsDirectory(), &error);
        if (!lyricist) {
            err << error << "\n";
            return kExitBadInput;
        }
    }
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
    if (parser.isSet(melody)) {
        music::Track lead;
        if (!readLeadMelody(parser.value(melody), &lead, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        plan = engine::planInKeyOfMelody(plan, lead.notes);
        if (!engine::arrangeAroundLead(*composer, lead, plan, options, &score, &error, {},
                                       &stats)) {
            err << error << "\n";
            return kExitBadInput;
        }
    } else if (parser.isSet(from)) {
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
    QStringList vocalNotes;
    if (parser.isSet(sing)) {
        QVector<engine::LyricPlacement> lyrics;
        for (const project::Clip& clip : project.clips) {
            if (clip.kind == project::ClipKind::Lyrics)
                lyrics.append({clip.startUs - plan.tempo.musicStartUs, clip.text});
        }
        engine::VocalOptions vocal;
        vocal.seed = options.seed;
        if (!engine::addVocalLine(*lyricist, lyrics, vocal, &score, &vocalNotes, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
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
    for (const music::Track& t : score.tracks) {
        if (t.role == music::TrackRole::Vocal)
            out << "Sung: " << t.notes.size() << " notes with their syllables"
                << (vocalNotes.isEmpty()
                        ? QString()
                        : QStringLiteral("; ") + vocalNotes.join(QStringLiteral("; ")))
                << "\n";
    }
    return kExitOk;
}

} // namespace sw::cli
