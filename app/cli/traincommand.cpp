// `scorewright-cli train composer --data DIR --out FILE`: trains the composer from POP909 within
// a time budget, printing the loss per epoch, and writes the weights with the best validation
// loss.
#include "cli/clicommand.h"
#include "engine/trainer.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace sw::cli {

int runTrain(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train one of Scorewright's models. `train composer` learns from the POP909 songs "
        "(--data, folders NNN/ with NNN.mid and annotations); `train lyricist` from the aligned "
        "lyrics-melody set (--data, the folder of lyrics_melody.jsonl). 5% of the songs are held "
        "out for validation. The weights with the best validation loss are written to --out."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("composer or lyricist"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Dataset folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Weights file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     QStringLiteral("Time budget (default 55)."),
                                     QStringLiteral("N"), QStringLiteral("55"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Batch size (16)."),
                                   QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     QStringLiteral("Tokens per example (512)."),
                                     QStringLiteral("N"), QStringLiteral("512"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Model width (192)."),
                                   QStringLiteral("N"), QStringLiteral("192"));
    const QCommandLineOption layers(QStringLiteral("layers"), QStringLiteral("Layers (4)."),
                                    QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption songs(QStringLiteral("max-songs"),
                                   QStringLiteral("Use only the first N songs (quick checks)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("CPU threads (default: all)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption resume(
        QStringLiteral("resume"),
        QStringLiteral("Weights to go on training from (their shape is kept)."),
        QStringLiteral("FILE"));
    const QCommandLineOption learningRate(QStringLiteral("learning-rate"),
                                          QStringLiteral("Peak learning rate (0.001)."),
                                          QStringLiteral("LR"), QStringLiteral("0.001"));
    const QCommandLineOption ownNotes(
        QStringLiteral("own-notes"),
        QStringLiteral("The lyricist: share of previous notes replaced by its own draws "
                       "(scheduled sampling), reached halfway through (0)."),
        QStringLiteral("SHARE"), QStringLiteral("0"));
    const QCommandLineOption songStarts(
        QStringLiteral("song-starts"),
        QStringLiteral("The lyricist: share of training sequences that start where their song "
                       "starts (0.5)."),
        QStringLiteral("SHARE"), QStringLiteral("0.5"));
    parser.addOptions({data, out, minutes, batch, context, width, layers, songs, seed, threads,
                       resume, learningRate, ownNotes, songStarts});
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    QTextStream outStream(stdout);
    QTextStream err(stderr);
    const QString model = parser.positionalArguments().value(0);
    const bool lyricist = model == QLatin1String("lyricist");
    if (parser.positionalArguments().size() != 1 ||
        (model != QLatin1String("composer") && !lyricist) || !parser.isSet(data) ||
        !parser.isSet(out)) {
        err << "usage: scorewright-cli train composer|lyricist --data DIR --out FILE "
               "[--minutes N] [--resume WEIGHTS] [--learning-rate LR] [--own-notes SHARE] "
               "[--song-starts SHARE]\n";
        return kExitUsage;
    }
    engine::TrainOptions o;
    o.dataDir = parser.value(data);
    o.outPath = parser.value(out);
    o.minutes = parser.value(minutes).toDouble();
    o.batchSize = parser.value(batch).toInt();
    o.context = parser.value(context).toInt();
    o.dModel = parser.value(width).toInt();
    o.layers = parser.value(layers).toInt();
    o.feedForward = o.dModel * 3;
    o.learningRate = parser.value(learningRate).toDouble();
    o.resumeFrom = parser.value(resume);
    o.ownNoteShare = parser.value(ownNotes).toDouble();
    o.songStartShare = parser.value(songStarts).toDouble();
    if (o.ownNoteShare < 0 || o.ownNoteShare > 1 || o.songStartShare < 0 || o.songStartShare > 1 ||
        (!lyricist && o.ownNoteShare > 0)) {
        err << "train: --own-notes and --song-starts are shares from 0 to 1, for the lyricist\n";
        return kExitUsage;
    }
    if (lyricist) {
        // The lyricist's defaults: a GRU of 2 x 192 over 128 syllables, batches of 48.
        if (!parser.isSet(layers))
            o.layers = 2;
        if (!parser.isSet(context))
            o.context = 128;
        if (!parser.isSet(batch))
            o.batchSize = 48;
    }
    o.maxSongs = parser.value(songs).toInt();
    o.seed = parser.value(seed).toULongLong();
    o.threads = parser.value(threads).toInt();
    if (o.minutes <= 0 || o.learningRate <= 0 || o.batchSize < 1 || o.context < 32 ||
        o.dModel < 16 || o.dModel % o.heads || o.layers < 1) {
        err << "train: --minutes, --batch, --context, --width and --layers must be positive "
               "(width a multiple of 4, context at least 32)\n";
        return kExitUsage;
    }
    engine::TrainReport report;
    QString error;
    const auto log = [&](const QString& line) {
        outStream << line << "\n";
        outStream.flush();
    };
    const bool ok = lyricist ? engine::trainLyricist(o, log, &report, &error)
                             : engine::trainComposer(o, log, &report, &error);
    if (!ok) {
        err << error << "\n";
        return kExitBadInput;
    }
    outStream << "trained " << report.steps << " steps (" << QString::number(report.epochs, 'f', 2)
              << " epochs) in " << QString::number(report.seconds / 60, 'f', 1)
              << " min; best validation loss " << QString::number(report.bestValidationLoss, 'f', 4)
              << "; weights in " << o.outPath << "\n";
    return kExitOk;
}

} // namespace sw::cli
