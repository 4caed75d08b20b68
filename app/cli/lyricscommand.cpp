// `scorewright-cli lyrics FILE.txt -o melody.mid`: a singable melody for lyrics, written by the
// trained lyricist in a key, a tempo and a voice's range, with the lyrics under the notes.
#include "analysis/lyricsanalysis.h"
#include "cli/clicommand.h"
#include "engine/composer.h"
#include "engine/lyricist.h"
#include "music/midifile.h"
#include "music/musicxmlwriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace sw::cli {

QCommandLineOption lyricistDraftsOption()
{
    return QCommandLineOption(
        QStringLiteral("drafts"),
        QStringLiteral("Melodies drafted side by side, the most typical kept (%1; 1 keeps the "
                       "first draft).")
            .arg(engine::LyricistOptions().drafts),
        QStringLiteral("N"));
}

bool lyricistDrafts(const QCommandLineParser& parser, const QString& command, int* drafts)
{
    *drafts = engine::LyricistOptions().drafts;
    if (!parser.isSet(QStringLiteral("drafts")))
        return true;
    bool ok = false;
    *drafts = parser.value(QStringLiteral("drafts")).toInt(&ok);
    if (ok && *drafts >= 1 && *drafts <= engine::kMaxLyricistDrafts)
        return true;
    QTextStream(stderr) << "scorewright-cli " << command << ": --drafts takes 1 to "
                        << engine::kMaxLyricistDrafts << "\n";
    return false;
}

int runLyrics(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a singable melody for English lyrics (one line of the file per sung line): "
        "stressed syllables on strong beats, lines that breathe and cadence, in the key and the "
        "voice's range. With --from and --line, rewrite one line of an earlier melody."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("lyrics"), QStringLiteral("A text file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("MIDI file to write."),
                                    QStringLiteral("out.mid"));
    const QCommandLineOption musicxml(
        QStringLiteral("musicxml"), QStringLiteral("Also write MusicXML."), QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Key (C major)."),
                                 QStringLiteral("key"), QStringLiteral("C major"));
    const QCommandLineOption bpm(QStringLiteral("bpm"), QStringLiteral("Tempo (96)."),
                                 QStringLiteral("bpm"), QStringLiteral("96"));
    const QCommandLineOption voice(QStringLiteral("voice"),
                                   QStringLiteral("soprano, alto, tenor or bass (alto)."),
                                   QStringLiteral("voice"), QStringLiteral("alto"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("An earlier melody (MIDI) for these lyrics."),
                                  QStringLiteral("melody.mid"));
    const QCommandLineOption line(QStringLiteral("line"),
                                  QStringLiteral("The line to rewrite (counted from 1)."),
                                  QStringLiteral("N"));
    const QCommandLineOption weights(QStringLiteral("weights"),
                                     QStringLiteral("Lyricist weights instead of models/."),
                                     QStringLiteral("file"));
    const QCommandLineOption pace(
        QStringLiteral("pace"),
        QStringLiteral("Beats per syllable, note and rest before it (1.8; 1.2 is quick, 2.6 "
                       "unhurried)."),
        QStringLiteral("beats"), QStringLiteral("1.8"));
    const QCommandLineOption drafts = lyricistDraftsOption();
    parser.addOptions({output, musicxml, key, bpm, voice, seed, from, line, weights, pace, drafts});
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output) ||
        parser.isSet(from) != parser.isSet(line)) {
        err << "usage: scorewright-cli lyrics FILE.txt -o OUT.mid [--key K] [--bpm N] "
               "[--voice V] [--pace BEATS] [--drafts N] [--from OLD.mid --line N]\n";
        return kExitUsage;
    }
    if (!outputsSpareInputs(QStringLiteral("lyrics"),
                            {parser.positionalArguments().first(), parser.value(from)},
                            {parser.value(output), parser.value(musicxml)}))
        return kExitUsage;
    const QString path = parser.positionalArguments().first();
    QString text, readError;
    if (!analysis::readLyricsFile(path, &text, &readError)) {
        err << readError << "\n";
        return kExitBadInput;
    }
    const analysis::LyricsAnalysis lyrics = analysis::analyzeLyrics(text);
    for (const QString& w : lyrics.warnings)
        err << "Note: " << w << "\n";
    if (lyrics.syllableCount() == 0) {
        err << path << ": no English syllables to sing\n";
        return kExitBadInput;
    }
    engine::LyricistOptions options;
    if (!music::KeySignature::parse(parser.value(key), &options.key)) {
        err << "scorewright-cli lyrics: \"" << parser.value(key) << "\" is not a key\n";
        return kExitUsage;
    }
    bool ok = false;
    const double tempo = parser.value(bpm).toDouble(&ok);
    engine::VoiceType voiceType;
    if (!ok || !(tempo >= 20 && tempo <= 400) || // NaN is neither
        !engine::parseVoiceType(parser.value(voice), &voiceType)) {
        err << "scorewright-cli lyrics: --bpm takes 20..400, --voice soprano, alto, tenor or "
               "bass\n";
        return kExitUsage;
    }
    engine::voiceRange(voiceType, &options.low, &options.high);
    options.seed = parser.value(seed).toULongLong();
    options.beatsPerSyllable = parser.value(pace).toDouble(&ok);
    if (!ok || !(options.beatsPerSyllable > 0 && options.beatsPerSyllable <= 16)) {
        err << "scorewright-cli lyrics: --pace takes beats per syllable, more than 0 and at most "
               "16\n";
        return kExitUsage;
    }
    if (!lyricistDrafts(parser, QStringLiteral("lyrics"), &options.drafts))
        return kExitUsage;
    QString error;
    QString modelsDir = engine::Composer::defaultModelsDirectory();
    std::unique_ptr<engine::Lyricist> lyricist =
        parser.isSet(weights) ? engine::Lyricist::loadWeights(parser.value(weights), &error)
                              : engine::Lyricist::loadFromModels(modelsDir, &error);
    if (!lyricist) {
        err << error << "\n";
        return kExitBadInput;
    }
    music::Score score;
    score.title = QStringLiteral("Melody");
    score.tempoMap = music::TempoMap::constant(tempo);
    options.key.tick = 0;
    score.keys = {options.key};
    music::Track vocal;
    if (parser.isSet(from)) {
        music::Score earlier;
        if (!music::readMidiFile(parser.value(from), &earlier, &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
        const music::Track* old = nullptr;
        for (const music::Track& t : earlier.tracks) {
            if (!t.notes.isEmpty() && !t.drumKit && (!old || t.role == music::TrackRole::Vocal))
                old = &t;
        }
        if (!old) {
            err << parser.value(from) << ": no melody in it\n";
            return kExitBadInput;
        }
        score.tempoMap = earlier.tempoMap;
        // The line is rewritten in the key the melody was written in, unless told otherwise.
        if (!parser.isSet(key) && !earlier.keys.isEmpty()) {
            options.key = earlier.keys.first();
            options.key.tick = 0;
            score.keys = {options.key};
        }
        if (!parser.isSet(pace)) // the pace the melody was sung at
            options.beatsPerSyllable = engine::paceOf(*old, 0);
        if (!lyricist->rewriteLine(lyrics, *old, parser.value(line).toInt() - 1, options, &vocal,
                                   &error)) {
            err << error << "\n";
            return kExitBadInput;
        }
    } else if (!lyricist->writeMelody(lyrics, options, &vocal, &error)) {
        err << error << "\n";
        return kExitBadInput;
    }
    score.tracks = {vocal};
    score.normalize();
    if (!music::writeMidiFile(parser.value(output), score, 1, &error) ||
        (parser.isSet(musicxml) &&
         !music::writeMusicXmlFile(parser.value(musicxml), score, &error))) {
        err << error << "\n";
        return kExitBadInput;
    }
    out << "Wrote " << vocal.notes.size() << " notes for " << lyrics.syllableCount()
        << " syllables in " << lyrics.lines.size() << " lines (" << options.key.name() << ", "
        << tempo << " bpm) to " << parser.value(output) << "\n";
    return kExitOk;
}

} // namespace sw::cli
