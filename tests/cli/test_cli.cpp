// scorewright-cli end to end: the subcommand framework, `info` and `midi` on good and bad files.
#include "cli/humcorpus.h"
#include "music/midifile.h"
#include "placement.h"
#include "project/projectfile.h"
#include "syntheticsong.h"
#include "testscores.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

namespace {

struct Result
{
    int exitCode;
    QString out;
    QString err;
};

Result cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SW_BINARY_DIR "/app/scorewright-cli"), args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A copy of the bundled demo in a temporary folder (made by initTestCase), so that what the
// commands keep beside a project (its media's analyses) stays out of the source tree.
QString kDemo;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* name : {"demo.swproj", "demo.mp4"})
            QVERIFY(
                QFile::copy(QStringLiteral(SW_SOURCE_DIR "/resources/demo/") + QLatin1String(name),
                            m_demo.filePath(QLatin1String(name))));
        kDemo = m_demo.filePath(QStringLiteral("demo.swproj"));
    }

    void helpListsEveryCommand()
    {
        const Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("  info ")));
        QVERIFY(r.out.contains(QStringLiteral("  midi ")));
        const Result none = cli({});
        QCOMPARE(none.exitCode, 2);
    }

    void eachCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("info") << "info";
        QTest::newRow("midi") << "midi";
        QTest::newRow("analyze") << "analyze";
        QTest::newRow("bench") << "bench";
        QTest::newRow("plan") << "plan";
        QTest::newRow("render") << "render";
        QTest::newRow("export") << "export";
    }
    void eachCommandHasHelp()
    {
        QFETCH(QString, command);
        const Result r = cli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: scorewright-cli ") + command),
                 qPrintable(r.out));
        const Result viaHelp = cli({QStringLiteral("help"), command});
        QCOMPARE(viaHelp.out, r.out);
    }

    void unknownCommandAndOption()
    {
        Result r = cli({QStringLiteral("compose-symphony")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command 'compose-symphony'")));
        r = cli({QStringLiteral("info"), QStringLiteral("--colour")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("colour")));
    }

    void infoSummarizesTheDemoProject()
    {
        const Result r = cli({QStringLiteral("info"), kDemo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Project: Night to Day (demo)")));
        QVERIFY(r.out.contains(QStringLiteral("Length: 00:12.000")));
        QVERIFY(r.out.contains(QStringLiteral("Clips (5):")));
        QVERIFY(r.out.contains(QStringLiteral("00:08.000  hit point Knock")));
        QVERIFY(!r.out.contains(QStringLiteral("offline"))); // the demo video is shipped
    }

    void infoOnBrokenAndMissingFiles()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("cut.swproj"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"scorewright-project\", \"version\": 2, \"clips\": [");
        f.close();
        Result r = cli({QStringLiteral("info"), broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("cut.swproj: not a readable project file")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("info"), dir.filePath(QStringLiteral("gone.mid"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("gone.mid: the file does not exist")));
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("hello");
        t.close();
        r = cli({QStringLiteral("info"), text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("cannot summarize this kind of file")));
    }

    void infoReportsOfflineMedia()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(kDemo, dir.filePath(QStringLiteral("moved.swproj"))));
        const Result r =
            cli({QStringLiteral("info"), dir.filePath(QStringLiteral("moved.swproj"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("[offline:")));
        QVERIFY(r.out.contains(QStringLiteral("Warning: Media file not found:")));
    }

    void midiInspectsAndConverts()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in.mid"));
        const QString out = dir.filePath(QStringLiteral("out.mid"));
        QString error;
        QVERIFY(sw::music::writeMidiFile(in, sw::testing::richScore(), 1, &error));
        Result r = cli({QStringLiteral("midi"), in, QStringLiteral("--notes"), QStringLiteral("-o"),
                        out, QStringLiteral("--format"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("format 1, 5 track chunks, 480 ticks per quarter")));
        QVERIFY(r.out.contains(QStringLiteral("Tempo: 100 bpm at 1.1, 140 bpm at 5.1")));
        QVERIFY(r.out.contains(QStringLiteral("Meter: 4/4 at 1.1, 3/4 at 5.1")));
        QVERIFY(r.out.contains(QStringLiteral("Key: D minor at 1.1, F major at 5.1")));
        QVERIFY(r.out.contains(QStringLiteral("Chords: Dm A7 F/C")));
        QVERIFY(r.out.contains(QStringLiteral("\"Voice\", vocal, Voice Oohs, 8 notes")));
        QVERIFY(r.out.contains(QStringLiteral("\"Morn\"")));
        r = cli({QStringLiteral("info"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("format 0, 1 track chunks")));
        QVERIFY(r.out.contains(QStringLiteral("60 notes")));
    }

    void analyzeWritesJsonOtherToolsCanRead()
    {
        const Result r = cli({QStringLiteral("analyze"),
                              QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.mp4"),
                              QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("duration_s")].toDouble(), 12.0);
        const QJsonArray cuts = json[QStringLiteral("cuts")].toArray();
        QCOMPARE(cuts.size(), 2);
        QCOMPARE(cuts[0].toObject()[QStringLiteral("time_s")].toDouble(), 4.0);
        QCOMPARE(cuts[1].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("hard"));
        // The ball in the first shot lands at 1.21, 2.42 and 3.62 s.
        int landings = 0;
        for (const QJsonValue& beat : json[QStringLiteral("visual_beats")].toArray()) {
            const double t = beat.toObject()[QStringLiteral("time_s")].toDouble();
            for (double impact : {1.208, 2.417, 3.625})
                landings += std::abs(t - impact) <= 0.1 ? 1 : 0;
        }
        QCOMPARE(landings, 3);
    }

    void analyzePromptImageAndPlot()
    {
        Result r =
            cli({QStringLiteral("analyze"), QStringLiteral("--prompt"),
                 QStringLiteral("tense strings in D minor, no drums"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("summary")].toObject();
        QCOMPARE(summary[QStringLiteral("key")].toString(), QStringLiteral("D minor"));
        QCOMPARE(summary[QStringLiteral("drums")].toBool(true), false);

        QTemporaryDir dir;
        const QString plot = dir.filePath(QStringLiteral("plot.png"));
        r = cli({QStringLiteral("analyze"),
                 QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.mp4"), QStringLiteral("--plot"),
                 plot});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(plot);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 1600);

        r = cli({QStringLiteral("analyze"), plot});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("dominant colours:")));

        r = cli({QStringLiteral("analyze"), SW_SOURCE_DIR "/README.md"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("README.md: ")), qPrintable(r.err));
    }

    void planLandsTheDemoCutsOnDownbeats()
    {
        QTemporaryDir dir;
        const QString midi = dir.filePath(QStringLiteral("plan.mid"));
        Result r = cli({QStringLiteral("plan"), kDemo, QStringLiteral("--json"),
                        QStringLiteral("--midi"), midi});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray bars = plan[QStringLiteral("bars")].toArray();
        QVERIFY(!bars.isEmpty());
        QVERIFY(bars.first().toObject().contains(QStringLiteral("section")));
        int cuts = 0;
        for (const QJsonValue& v : plan[QStringLiteral("events")].toArray()) {
            const QJsonObject e = v.toObject();
            if (e[QStringLiteral("kind")].toString() != QLatin1String("cut"))
                continue;
            ++cuts;
            QVERIFY2(std::abs(e[QStringLiteral("offset_to_downbeat_s")].toDouble()) <= 0.005,
                     qPrintable(QJsonDocument(e).toJson()));
        }
        QCOMPARE(cuts, 2);
        const double end = plan[QStringLiteral("music_end_s")].toDouble();
        QVERIFY(std::abs(end - 12.0) <= 60.0 / plan[QStringLiteral("bpm")].toDouble());
        sw::music::Score score;
        QString error;
        QVERIFY2(sw::music::readMidiFile(midi, &score, &error), qPrintable(error));
        QCOMPARE(score.tracks.first().name, QStringLiteral("Click"));

        r = cli({QStringLiteral("plan"), QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.mp4"),
                 QStringLiteral("--prompt"), QStringLiteral("tense, 92 bpm"),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("bpm")].toDouble(),
                 92.0);
        r = cli({QStringLiteral("plan"), kDemo});
        QVERIFY(r.out.contains(QStringLiteral("because:")));
    }

    // The README's flow, `score clip -o s.mid` then `export s.mid --video clip --muxed`, on a
    // video whose first downbeat is 0.6 s in: every file starts at the video's 0 and has the
    // music's bars where the plan put them, on the cuts.
    void scoreIsPlacedInTheVideosTime()
    {
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("late.mp4"));
        const QString made = sw::testing::makeLateFirstCutVideo(video);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        Result r = cli({QStringLiteral("plan"), video, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const double start = plan[QStringLiteral("music_start_s")].toDouble();
        QVERIFY2(std::abs(start - 0.6) < 0.05, qPrintable(r.out.left(400)));
        QVector<double> planned;
        for (const QJsonValue& v : plan[QStringLiteral("bars")].toArray())
            planned.append(v.toObject()[QStringLiteral("start_s")].toDouble());

        const QString midi = dir.filePath(QStringLiteral("s.mid"));
        const QString mix = dir.filePath(QStringLiteral("mix.wav"));
        const QString muxed = dir.filePath(QStringLiteral("scored.mp4"));
        r = cli({QStringLiteral("score"), video, QStringLiteral("-o"), midi,
                 QStringLiteral("--audio"), mix, QStringLiteral("--muxed"), muxed,
                 QStringLiteral("--musicxml"), dir.filePath(QStringLiteral("s.musicxml")),
                 QStringLiteral("--seed"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Composing")), qPrintable(r.err)); // progress

        // mido, not our reader: bar 1 is the lead-in, bar 2 the music's first, on the plan's.
        const sw::testing::MidiTiming timing = sw::testing::midiTimingByMido(midi);
        QVERIFY2(timing.error.isEmpty(), qPrintable(timing.error));
        QVERIFY(timing.bars.size() >= planned.size() + 1);
        QCOMPARE(timing.bars.first(), 0.0);
        for (int i = 0; i < planned.size(); ++i)
            QVERIFY2(std::abs(timing.bars[i + 1] - planned[i]) < 0.002,
                     qPrintable(QStringLiteral("bar %1 at %2 s, planned %3 s")
                                    .arg(i + 1)
                                    .arg(timing.bars[i + 1])
                                    .arg(planned[i])));
        for (double cut : sw::testing::lateFirstCutTimes()) {
            double nearest = 1e9;
            for (double bar : timing.bars)
                nearest = std::min(nearest, std::abs(bar - cut));
            QVERIFY2(nearest < 0.025, qPrintable(QStringLiteral("cut at %1 s").arg(cut)));
        }
        QVERIFY(timing.firstNote >= start - 0.001);

        // The sound: silence before the music, which starts where its first note is.
        const double wavOnset = sw::testing::firstSoundSeconds(mix);
        const double muxedOnset = sw::testing::firstSoundSeconds(muxed);
        QVERIFY2(std::abs(wavOnset - timing.firstNote) < 0.02,
                 qPrintable(QStringLiteral("%1 against %2").arg(wavOnset).arg(timing.firstNote)));
        QVERIFY2(std::abs(muxedOnset - wavOnset) < 0.03,
                 qPrintable(QStringLiteral("%1 against %2").arg(muxedOnset).arg(wavOnset)));

        // Exported under the video again, the file puts the music back in the same place.
        const QString back = dir.filePath(QStringLiteral("back.mp4"));
        r = cli({QStringLiteral("export"), midi, QStringLiteral("--video"), video,
                 QStringLiteral("--muxed"), back});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(std::abs(sw::testing::firstSoundSeconds(back) - muxedOnset) < 0.005,
                 qPrintable(QString::number(sw::testing::firstSoundSeconds(back))));

        // Bars of the placed file are counted from the music's first bar, not the lead-in.
        const QString again = dir.filePath(QStringLiteral("again.mid"));
        r = cli({QStringLiteral("score"), video, QStringLiteral("--from"), midi,
                 QStringLiteral("--bars"), QStringLiteral("2"), QStringLiteral("--tracks"),
                 QStringLiteral("melody"), QStringLiteral("-o"), again});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        sw::music::Score before, after;
        QString error;
        QVERIFY(sw::music::readMidiFile(midi, &before, &error));
        QVERIFY(sw::music::readMidiFile(again, &after, &error));
        QCOMPARE(after.tempoMap, before.tempoMap);
        QCOMPARE(after.leadInTicks, before.leadInTicks);
        const qint64 bar2 = before.tempoMap.barStartTick(2), bar3 = before.tempoMap.barStartTick(3);
        for (int t = 0; t < before.tracks.size(); ++t) {
            if (before.tracks[t].role != sw::music::TrackRole::Melody)
                QCOMPARE(after.tracks[t].notes, before.tracks[t].notes);
        }
        auto melodyOutside = [&](const sw::music::Score& s) {
            QVector<sw::music::Note> notes;
            for (const sw::music::Track& t : s.tracks)
                for (const sw::music::Note& n : t.notes)
                    if (t.role == sw::music::TrackRole::Melody &&
                        (n.startTick < bar2 || n.startTick >= bar3))
                        notes.append(n);
            return notes;
        };
        QCOMPARE(melodyOutside(after), melodyOutside(before));
    }

    // Ctrl+C (or a kill's SIGTERM) while `score` composes: it stops, says so, exits 130 and
    // leaves no file, not even a hidden one.
    void anInterruptedScoreLeavesNothing()
    {
        QTemporaryDir dir;
        sw::project::ProjectContent content;
        for (int i = 0; i < 6; ++i) { // three minutes of prompts: seconds of composing
            sw::project::Clip prompt;
            prompt.id = QUuid::createUuid();
            prompt.kind = sw::project::ClipKind::Prompt;
            prompt.startUs = i * 30000000LL;
            prompt.durationUs = 30000000;
            prompt.text = i % 2 ? QStringLiteral("energetic drums") : QStringLiteral("calm piano");
            content.clips.append(prompt);
        }
        const QString project = dir.filePath(QStringLiteral("long.swproj"));
        QString error;
        QVERIFY2(sw::project::saveProject(content, project, &error), qPrintable(error));
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        QProcess p;
        p.start(QStringLiteral(SW_BINARY_DIR "/app/scorewright-cli"),
                {QStringLiteral("score"), project, QStringLiteral("-o"),
                 QDir(out).filePath(QStringLiteral("s.mid")), QStringLiteral("--audio"),
                 QDir(out).filePath(QStringLiteral("mix.wav"))});
        p.setReadChannel(QProcess::StandardError);
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (!err.contains("Composing") && waited.elapsed() < 60000 &&
               p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("Composing"), err.constData());
        p.terminate(); // SIGTERM, handled as Ctrl+C is
        QVERIFY(p.waitForFinished(30000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains("Stopped"), err.constData());
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 0);
    }

    void renderWritesTheMixAndStems()
    {
        QTemporaryDir dir;
        const QString midi = dir.filePath(QStringLiteral("song.mid"));
        QString error;
        QVERIFY(sw::music::writeMidiFile(midi, sw::testing::richScore(), 1, &error));
        Result r = cli({QStringLiteral("render"), midi, QStringLiteral("-o"),
                        dir.filePath(QStringLiteral("mix.wav")), QStringLiteral("--stems"),
                        dir.filePath(QStringLiteral("stems")), QStringLiteral("--preset"),
                        QStringLiteral("broadcast")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Loudness -23.0 LUFS")), qPrintable(r.out));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("stems"))).entryList(QDir::Files).size(), 4);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("mix.wav"))).size() > 1000000);
        r = cli({QStringLiteral("render"), kDemo, QStringLiteral("-o"),
                 dir.filePath(QStringLiteral("x.wav"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("has no music yet")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.wav"))));
    }

    // A pan outside -1..1 or a gain that is no finite number is a typo reported before any
    // rendering, not a value quietly clamped.
    void renderRefusesAMixOutOfRange_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("pan 5") << QStringLiteral("--pan") << QStringLiteral("1:5");
        QTest::newRow("pan -1.5") << QStringLiteral("--pan") << QStringLiteral("1:-1.5");
        QTest::newRow("pan nan") << QStringLiteral("--pan") << QStringLiteral("1:nan");
        QTest::newRow("gain inf") << QStringLiteral("--gain") << QStringLiteral("1:inf");
        QTest::newRow("gain nan") << QStringLiteral("--gain") << QStringLiteral("2:nan");
    }
    void renderRefusesAMixOutOfRange()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QTemporaryDir dir;
        const QString midi = dir.filePath(QStringLiteral("song.mid"));
        QString error;
        QVERIFY(sw::music::writeMidiFile(midi, sw::testing::richScore(), 1, &error));
        const QString wav = dir.filePath(QStringLiteral("mix.wav"));
        const Result r =
            cli({QStringLiteral("render"), midi, QStringLiteral("-o"), wav, option, value});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("%1 takes").arg(option)) && r.err.contains(value),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(wav));
    }

    void scoreSingsTheProjectsLyrics()
    {
        QTemporaryDir dir;
        const QString midi = dir.filePath(QStringLiteral("song.mid"));
        const Result r = cli(
            {QStringLiteral("score"), kDemo, QStringLiteral("--sing"), QStringLiteral("-o"), midi});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Sung: 9 notes")), qPrintable(r.out));
        sw::music::Score score;
        QString error;
        QVERIFY(sw::music::readMidiFile(midi, &score, &error));
        QCOMPARE(score.tracks.first().role, sw::music::TrackRole::Vocal);
        QCOMPARE(score.tracks.first().notes.first().lyric, QStringLiteral("Morn"));
        // A video has no lyric clips to sing.
        const Result video =
            cli({QStringLiteral("score"), QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.mp4"),
                 QStringLiteral("--sing"), QStringLiteral("-o"), midi});
        QCOMPARE(video.exitCode, 2);
        QVERIFY(video.err.contains(QStringLiteral("--sing needs a project")));
    }

    void lyricsAreSungToAMelodyAndALineRewritten()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("song.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("I'm stranded, waiting for the morning\n"
                   "The river runs beside me, slow and cold\n");
        file.close();
        const QString midi = dir.filePath(QStringLiteral("melody.mid")),
                      xml = dir.filePath(QStringLiteral("melody.musicxml"));
        const Result r =
            cli({QStringLiteral("lyrics"), text, QStringLiteral("-o"), midi,
                 QStringLiteral("--musicxml"), xml, QStringLiteral("--key"),
                 QStringLiteral("E minor"), QStringLiteral("--voice"), QStringLiteral("tenor"),
                 QStringLiteral("--drafts"), QStringLiteral("4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("19 notes for 19 syllables in 2 lines (E minor")),
                 qPrintable(r.out));
        QVERIFY(QFileInfo(xml).size() > 0);
        sw::music::Score first;
        QString error;
        QVERIFY(sw::music::readMidiFile(midi, &first, &error));
        const QVector<sw::music::Note> sung = first.tracks.first().notes;
        QCOMPARE(sung.size(), 19);
        QCOMPARE(sung.first().lyric, QStringLiteral("I'm"));
        for (const sw::music::Note& n : sung)
            QVERIFY(n.pitch >= 48 && n.pitch <= 69); // a tenor's range
        // Line 2 written again: line 1's nine notes stay, and without --key the melody's own
        // key (E minor, from the file) is kept.
        const QString again = dir.filePath(QStringLiteral("again.mid"));
        const Result rewrite =
            cli({QStringLiteral("lyrics"), text, QStringLiteral("-o"), again,
                 QStringLiteral("--from"), midi, QStringLiteral("--line"), QStringLiteral("2"),
                 QStringLiteral("--seed"), QStringLiteral("9")});
        QVERIFY2(rewrite.exitCode == 0, qPrintable(rewrite.err));
        QVERIFY2(rewrite.out.contains(QStringLiteral("(E minor")), qPrintable(rewrite.out));
        sw::music::Score second;
        QVERIFY(sw::music::readMidiFile(again, &second, &error));
        const QVector<sw::music::Note> resung = second.tracks.first().notes;
        QCOMPARE(resung.size(), 19);
        for (int i = 0; i < 9; ++i)
            QVERIFY(resung[i] == sung[i]);
        // Nothing to sing, and a count of drafts that is none.
        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QFile blank(empty);
        QVERIFY(blank.open(QIODevice::WriteOnly));
        blank.close();
        const Result nothing = cli({QStringLiteral("lyrics"), empty, QStringLiteral("-o"), midi});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY2(nothing.err.contains(QStringLiteral("no English syllables to sing")),
                 qPrintable(nothing.err));
        const Result none = cli({QStringLiteral("lyrics"), text, QStringLiteral("-o"), midi,
                                 QStringLiteral("--drafts"), QStringLiteral("0")});
        QCOMPARE(none.exitCode, 2);
        // NaN passes a "below or above the range" test: a tempo of nan bpm was written.
        for (const QString& option : {QStringLiteral("--bpm"), QStringLiteral("--pace")}) {
            const Result nan = cli({QStringLiteral("lyrics"), text, QStringLiteral("-o"), midi,
                                    option, QStringLiteral("nan")});
            QVERIFY2(nan.exitCode == 2 && nan.err.contains(option), qPrintable(option));
        }
    }

    void theLyricistTrainsOnItsOwnNotesAndIsEvaluated()
    {
        // A tiny lyrics-melody set written here: 60 songs of four lines, each a scale figure in
        // C major, crotchets with a minim at the line's end. Ids ending in hex 07, 1b, 2f, ...
        // (7 mod 20) are held out, as in the real set.
        QTemporaryDir dir;
        QFile data(dir.filePath(QStringLiteral("lyrics_melody.jsonl")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        const QStringList words{QStringLiteral("morning"), QStringLiteral("comes"),
                                QStringLiteral("over"), QStringLiteral("the"),
                                QStringLiteral("river")};
        const int scale[7] = {60, 62, 64, 65, 67, 69, 71};
        for (int song = 0; song < 60; ++song) {
            QJsonArray lines;
            for (int l = 0; l < 4; ++l) {
                QJsonArray line;
                int n = 0;
                // Each song opens with a word of its own: songs with the same words are taken
                // for copies of one song, and a held-out copy of a training song is not measured.
                QStringList lineWords = words;
                if (l == 0)
                    lineWords.prepend(QStringLiteral("la") + QChar(u'a' + song % 26) +
                                      QChar(u'a' + song / 26));
                for (const QString& w : lineWords) {
                    QJsonArray syllables;
                    const QStringList parts =
                        w.size() > 5 ? QStringList{w.left(4), w.mid(4)} : QStringList{w};
                    for (const QString& part : parts) {
                        const bool lineEnd = &w == &lineWords.last() && &part == &parts.last();
                        const double restBefore = n == 0 && l > 0 ? 1.0 : 0.0;
                        syllables.append(QJsonArray{part, scale[(song + l + n) % 7],
                                                    lineEnd ? 2.0 : 1.0, restBefore});
                        ++n;
                    }
                    line.append(QJsonObject{{QStringLiteral("word"), w},
                                            {QStringLiteral("syllables"), syllables}});
                }
                lines.append(line);
            }
            const QJsonObject o{
                {QStringLiteral("id"), QStringLiteral("s%1").arg(song, 2, 16, QLatin1Char('0'))},
                {QStringLiteral("lines"), lines}};
            data.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n");
        }
        data.close();
        const QString weights = dir.filePath(QStringLiteral("lyricist.pt"));
        const QStringList train{QStringLiteral("train"),       QStringLiteral("lyricist"),
                                QStringLiteral("--data"),      dir.path(),
                                QStringLiteral("--width"),     QStringLiteral("32"),
                                QStringLiteral("--minutes"),   QStringLiteral("0.05"),
                                QStringLiteral("--own-notes"), QStringLiteral("0.5")};
        const Result fresh = cli(train + QStringList{QStringLiteral("--out"), weights});
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.err + fresh.out));
        QVERIFY2(fresh.out.contains(QStringLiteral("with its own notes")), qPrintable(fresh.out));
        QVERIFY(QFileInfo::exists(weights));
        // Going on from those weights: their validation loss is measured first, on real
        // histories and on the network's own notes.
        const Result resumed =
            cli(train + QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("b.pt")),
                                    QStringLiteral("--resume"), weights});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QVERIFY2(resumed.out.contains(QStringLiteral("resumed from")), qPrintable(resumed.out));
        // The held-out songs sung by those weights, measured song by song and pooled, against
        // the baseline and another real song.
        const Result eval =
            cli({QStringLiteral("eval"), QStringLiteral("lyrics"), QStringLiteral("--data"),
                 dir.path(), QStringLiteral("--weights"), weights, QStringLiteral("--histograms")});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        QVERIFY2(eval.out.contains(QStringLiteral("of 3 held-out songs")), qPrintable(eval.out));
        QVERIFY2(eval.out.contains(
                     QStringLiteral("0 held-out songs whose words a training song shares")),
                 qPrintable(eval.out));
        QVERIFY2(eval.out.contains(QStringLiteral("TeleMelody")), qPrintable(eval.out));
        for (const char* row :
             {"pitch similarity (PD)", "duration similarity (DD)", "pitch overlap, pooled",
              "pitch spread (bits)", "line ends on 1, 3 or 5", "another song", "durations     "})
            QVERIFY2(eval.out.contains(QLatin1String(row)), qPrintable(eval.out));
        // One draft per song, and a count of drafts that is none.
        const QStringList evalOneDraft{QStringLiteral("eval"),      QStringLiteral("lyrics"),
                                       QStringLiteral("--data"),    dir.path(),
                                       QStringLiteral("--weights"), weights};
        const Result single =
            cli(evalOneDraft + QStringList{QStringLiteral("--drafts"), QStringLiteral("1")});
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        const Result none =
            cli(evalOneDraft + QStringList{QStringLiteral("--drafts"), QStringLiteral("0")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("--drafts takes 1 to")), qPrintable(none.err));
        const Result share =
            cli(train + QStringList{QStringLiteral("--out"), weights, QStringLiteral("--own-notes"),
                                    QStringLiteral("1.5")});
        QCOMPARE(share.exitCode, 2);
    }

    void scoreArrangesAroundAPinnedMelody()
    {
        // A tune in A minor, played off the grid: A C E D C B A ... over 3 bars.
        QTemporaryDir dir;
        sw::music::Score tune;
        tune.tempoMap = sw::music::TempoMap::constant(60);
        sw::music::Track lead;
        lead.program = 73;
        const QVector<int> pitches{69, 72, 76, 74, 72, 71, 69, 68, 69, 72, 71, 69};
        for (int i = 0; i < pitches.size(); ++i) {
            sw::music::Note n;
            n.pitch = pitches[i];
            n.startTick = i * 480 + (i % 3 == 1 ? 55 : 0); // 57 ms late
            n.durationTicks = 450;
            lead.notes.append(n);
        }
        tune.tracks = {lead};
        const QString leadPath = dir.filePath(QStringLiteral("lead.mid"));
        QString error;
        QVERIFY(sw::music::writeMidiFile(leadPath, tune, 1, &error));

        const QString midi = dir.filePath(QStringLiteral("arranged.mid"));
        const Result r = cli({QStringLiteral("score"), kDemo, QStringLiteral("--melody"), leadPath,
                              QStringLiteral("-o"), midi});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("in A minor")), qPrintable(r.out));
        sw::music::Score score;
        QVERIFY(sw::music::readMidiFile(midi, &score, &error));
        QVector<int> melody, bass;
        for (const sw::music::Track& t : score.tracks) {
            for (const sw::music::Note& n : t.notes) {
                if (t.role == sw::music::TrackRole::Melody) {
                    melody << n.pitch;
                    // Snapped to 16ths, then played as players play: a few ms loose or behind.
                    const qint64 grid = (n.startTick + 60) / 120 * 120;
                    const qint64 offUs = std::llabs(score.tempoMap.tickToMicros(n.startTick) -
                                                    score.tempoMap.tickToMicros(grid));
                    QVERIFY2(offUs <= 35000, qPrintable(QString::number(offUs)));
                }
                if (t.role == sw::music::TrackRole::Bass)
                    bass << n.pitch;
            }
        }
        QCOMPARE(melody, pitches); // kept note for note
        QVERIFY(!bass.isEmpty());  // and arranged around
        QVERIFY(!score.chords.isEmpty());
        QCOMPARE(score.chords.first().root, 9); // A minor opens on its tonic
        const Result missing =
            cli({QStringLiteral("score"), kDemo, QStringLiteral("--melody"),
                 dir.filePath(QStringLiteral("missing.mid")), QStringLiteral("-o"), midi});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("missing.mid")), qPrintable(missing.err));
    }

    void humWritesDownAHummedMelody()
    {
        // A hummed line at 44.1 kHz with breath noise at 10 dB: its notes, on the written
        // sixteenths of the tempo it was hummed at.
        QTemporaryDir dir;
        const sw::cli::HummedLine line =
            sw::cli::synthesiseLine(sw::cli::HumVoice::HighHum, 424242, 10, 10, 44100);
        const QString wav = dir.filePath(QStringLiteral("idea.wav"));
        QVERIFY(sw::testing::writeMonoWav(wav, line.samples, line.sampleRate));
        const QString midi = dir.filePath(QStringLiteral("idea.mid"));
        const Result r = cli({QStringLiteral("hum"), wav, QStringLiteral("--bpm"),
                              QString::number(line.bpm), QStringLiteral("-o"), midi});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("idea.wav: ")), qPrintable(r.out));
        sw::music::Score score;
        QString error;
        QVERIFY(sw::music::readMidiFile(midi, &score, &error));
        QCOMPARE(score.tracks.size(), 1);
        QCOMPARE(score.tracks.first().role, sw::music::TrackRole::Melody);
        QVector<int> heard, meant;
        for (const sw::music::Note& n : score.tracks.first().notes)
            heard << n.pitch;
        for (const sw::cli::KnownNote& n : line.notes)
            meant << n.pitch;
        QCOMPARE(heard, meant);
        // Bar 1 on the first note: every note where it is written, in eighths from it.
        const int firstEighth = line.notes.first().eighthStart;
        for (int i = 0; i < line.notes.size(); ++i)
            QCOMPARE(score.tracks.first().notes[i].startTick,
                     qint64(line.notes[i].eighthStart - firstEighth) * 240);

        // Without --bpm the tempo is found from the onsets and said.
        const Result found = cli({QStringLiteral("hum"), wav, QStringLiteral("--list")});
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        QVERIFY2(found.out.contains(QStringLiteral("found from the onsets")),
                 qPrintable(found.out));

        // Noise alone, a missing file and a file that is no audio say what is wrong.
        std::vector<float> hiss(44100 * 2);
        quint32 x = 1;
        for (float& v : hiss) {
            x = x * 1664525u + 1013904223u;
            v = float(x >> 8) / float(1 << 24) * 0.2f - 0.1f;
        }
        const QString noise = dir.filePath(QStringLiteral("room.wav"));
        QVERIFY(sw::testing::writeMonoWav(noise, hiss, 44100));
        const QString unwritten = dir.filePath(QStringLiteral("none.mid"));
        const Result silent = cli({QStringLiteral("hum"), noise, QStringLiteral("-o"), unwritten});
        QCOMPARE(silent.exitCode, 1);
        QVERIFY2(silent.err.contains(QStringLiteral("room.wav: no notes heard")),
                 qPrintable(silent.err));
        QVERIFY(!QFileInfo::exists(unwritten));
        const Result missing = cli({QStringLiteral("hum"), dir.filePath(QStringLiteral("gone.wav")),
                                    QStringLiteral("-o"), unwritten});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("gone.wav")), qPrintable(missing.err));
        const Result itself = cli({QStringLiteral("hum"), wav, QStringLiteral("-o"), wav});
        QCOMPARE(itself.exitCode, 2);

        // And the composer arranges around it, note for note.
        const QString arranged = dir.filePath(QStringLiteral("arranged.mid"));
        const Result scored = cli({QStringLiteral("score"), kDemo, QStringLiteral("--melody-audio"),
                                   wav, QStringLiteral("-o"), arranged});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        QVERIFY2(scored.err.contains(QStringLiteral("notes heard")), qPrintable(scored.err));
        sw::music::Score band;
        QVERIFY(sw::music::readMidiFile(arranged, &band, &error));
        QVector<int> lead;
        bool bass = false;
        for (const sw::music::Track& t : band.tracks) {
            for (const sw::music::Note& n : t.notes)
                if (t.role == sw::music::TrackRole::Melody)
                    lead << n.pitch;
            bass = bass || (t.role == sw::music::TrackRole::Bass && !t.notes.isEmpty());
        }
        QVERIFY2(!lead.isEmpty() && meant.mid(0, lead.size()) == lead,
                 qPrintable(QStringLiteral("%1 lead notes").arg(lead.size())));
        QVERIFY(bass);
    }

    void aReferenceTrackOffersItsTempoKeyAndBuild()
    {
        // A song of our own, rendered: its tempo and key read back, and only the pins accepted
        // taken into the plan.
        QTemporaryDir dir;
        const QString midi = dir.filePath(QStringLiteral("song.mid")),
                      wav = dir.filePath(QStringLiteral("song.wav"));
        const Result scored =
            cli({QStringLiteral("score"), kDemo, QStringLiteral("--key"), QStringLiteral("D minor"),
                 QStringLiteral("--bpm"), QStringLiteral("100"), QStringLiteral("-o"), midi});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        const Result rendered = cli({QStringLiteral("render"), midi, QStringLiteral("-o"), wav});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        const Result read = cli({QStringLiteral("reference"), wav});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        QVERIFY2(read.out.contains(QStringLiteral("key: D minor")), qPrintable(read.out));
        const QRegularExpression tempo(QStringLiteral("tempo: ([0-9.]+) bpm"));
        const QRegularExpressionMatch m = tempo.match(read.out);
        QVERIFY2(m.hasMatch(), qPrintable(read.out));
        QVERIFY2(std::abs(m.captured(1).toDouble() - 100) <= 2, qPrintable(read.out));

        const Result planned = cli({QStringLiteral("plan"), kDemo, QStringLiteral("--reference"),
                                    wav, QStringLiteral("--accept"), QStringLiteral("key")});
        QVERIFY2(planned.exitCode == 0, qPrintable(planned.err));
        QVERIFY2(planned.err.contains(QStringLiteral("pinned from song.wav: key D minor")),
                 qPrintable(planned.err));
        QVERIFY2(planned.out.contains(QStringLiteral("key pinned: D minor")),
                 qPrintable(planned.out));
        QVERIFY2(!planned.out.contains(QStringLiteral("tempo pinned")), qPrintable(planned.out));
        const Result wrongPin = cli({QStringLiteral("plan"), kDemo, QStringLiteral("--reference"),
                                     wav, QStringLiteral("--accept"), QStringLiteral("mood")});
        QCOMPARE(wrongPin.exitCode, 2);
        const Result silence = cli({QStringLiteral("reference"), kDemo});
        QCOMPARE(silence.exitCode, 1);
        QVERIFY2(silence.err.contains(QStringLiteral("demo.swproj")), qPrintable(silence.err));
    }

    void exportWritesMidiAndMusicXml()
    {
        QTemporaryDir dir;
        const QString midi = dir.filePath(QStringLiteral("song.mid"));
        QString error;
        QVERIFY(sw::music::writeMidiFile(midi, sw::testing::richScore(), 1, &error));
        const Result r = cli({QStringLiteral("export"), midi, QStringLiteral("--midi"),
                              dir.filePath(QStringLiteral("out.mid")), QStringLiteral("--musicxml"),
                              dir.filePath(QStringLiteral("out.musicxml"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        sw::music::Score back;
        QVERIFY(sw::music::readMidiFile(dir.filePath(QStringLiteral("out.mid")), &back, &error));
        QCOMPARE(back, sw::testing::richScore());
        QFile xml(dir.filePath(QStringLiteral("out.musicxml")));
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QVERIFY(xml.readAll().contains("<score-partwise version=\"3.1\">"));
        QCOMPARE(cli({QStringLiteral("export"), midi}).exitCode, 2);

        // The music under the demo video, the picture copied.
        const QString muxed = dir.filePath(QStringLiteral("scored.mkv"));
        const Result m = cli({QStringLiteral("export"), midi, QStringLiteral("--video"),
                              QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.mp4"),
                              QStringLiteral("--muxed"), muxed});
        QVERIFY2(m.exitCode == 0, qPrintable(m.err));
        QVERIFY(m.out.contains(QStringLiteral("picture copied")));
        QVERIFY2(m.out.contains(QStringLiteral("No speech found in the video's sound")),
                 qPrintable(m.out)); // the demo's own sound was mixed in and listened to
        QVERIFY(QFileInfo(muxed).size() > 100000);
        const Result badDuck = cli({QStringLiteral("export"), midi, QStringLiteral("--video"),
                                    QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.mp4"),
                                    QStringLiteral("--muxed"), muxed, QStringLiteral("--duck"),
                                    QStringLiteral("loud")});
        QCOMPARE(badDuck.exitCode, 2);
        QVERIFY2(badDuck.err.contains(QStringLiteral("--duck takes a number")),
                 qPrintable(badDuck.err));
        const Result flac = cli({QStringLiteral("export"), midi, QStringLiteral("--audio"),
                                 dir.filePath(QStringLiteral("mix.flac"))});
        QVERIFY2(flac.exitCode == 0, qPrintable(flac.err));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("mix.flac"))).size() > 100000);
        QCOMPARE(cli({QStringLiteral("export"), midi, QStringLiteral("--muxed"), muxed}).exitCode,
                 2);
    }

    // Issue 24: `score v.mp4 -o v.mp4`, `render s.mid -o s.mid`, `lyrics t.txt -o t.txt` and
    // `export s.mid --wav s.mid` replaced their own input and exited 0; in a shared folder
    // --audio and --muxed replaced (by rename) a file the user could not write.
    void outputsNeverDestroyInputsOrOthersFiles()
    {
        QTemporaryDir dir;
        const QString midi = dir.filePath(QStringLiteral("s.mid"));
        QString error;
        QVERIFY(sw::music::writeMidiFile(midi, sw::testing::richScore(), 1, &error));
        const QString video = dir.filePath(QStringLiteral("v.mp4"));
        QVERIFY(sw::testing::makeVideo(QStringLiteral("testsrc2=size=160x90:rate=25:duration=2[v]"),
                                       video)
                    .isEmpty());
        const QString lyrics = dir.filePath(QStringLiteral("t.txt"));
        QFile text(lyrics);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Morning is breaking over the town\n");
        text.close();
        QFile::link(video, dir.filePath(QStringLiteral("link.mp4")));
        auto bytesOf = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray midiBytes = bytesOf(midi), videoBytes = bytesOf(video),
                         lyricsBytes = bytesOf(lyrics);
        const QList<QStringList> cases{
            {QStringLiteral("score"), video, QStringLiteral("-o"), video},
            {QStringLiteral("score"), video, QStringLiteral("--muxed"),
             dir.filePath(QStringLiteral("link.mp4"))},
            {QStringLiteral("render"), midi, QStringLiteral("-o"), midi},
            {QStringLiteral("lyrics"), lyrics, QStringLiteral("-o"), lyrics},
            {QStringLiteral("export"), midi, QStringLiteral("--wav"), midi},
            {QStringLiteral("export"), midi, QStringLiteral("--video"), video,
             QStringLiteral("--muxed"), video},
            {QStringLiteral("midi"), midi, QStringLiteral("-o"), midi},
            {QStringLiteral("plan"), video, QStringLiteral("--midi"), video}};
        for (const QStringList& args : cases) {
            const Result r = cli(args);
            QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("destroy")),
                     qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        }
        QCOMPARE(bytesOf(midi), midiBytes);
        QCOMPARE(bytesOf(video), videoBytes);
        QCOMPARE(bytesOf(lyrics), lyricsBytes);

        // Another person's file in a folder anyone may write: refused, not renamed over.
        QTemporaryDir shared;
        QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::Permissions(0x7777)));
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755)));
        QVERIFY(QFile::setPermissions(midi, QFileDevice::Permissions(0x6644)));
        QVERIFY(QFile::setPermissions(video, QFileDevice::Permissions(0x6644)));
        for (const char* name : {"victim.flac", "victim.mp4", "victim.mid"}) {
            const QString victim = shared.filePath(QString::fromLatin1(name));
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("theirs");
            f.close();
            QVERIFY(QFile::setPermissions(victim, QFileDevice::Permissions(0x6644)));
        }
        QStringList asOther; // as root, the same commands as user nobody
        if (::geteuid() == 0) {
            asOther << QStringLiteral("setpriv") << QStringLiteral("--reuid=65534")
                    << QStringLiteral("--regid=65534") << QStringLiteral("--clear-groups");
            QProcess probe;
            probe.start(asOther.first(),
                        asOther.mid(1) +
                            QStringList{QStringLiteral(SW_BINARY_DIR "/app/scorewright-cli"),
                                        QStringLiteral("--version")});
            if (!probe.waitForFinished(20000) || probe.exitCode() != 0)
                QSKIP("user nobody cannot run the build here (a private folder above it)");
        } else
            for (const char* name : {"victim.flac", "victim.mp4", "victim.mid"})
                QFile::setPermissions(shared.filePath(QString::fromLatin1(name)),
                                      QFileDevice::ReadOwner | QFileDevice::ReadOther);
        for (const QStringList& outputs :
             {QStringList{QStringLiteral("--audio"),
                          shared.filePath(QStringLiteral("victim.flac"))},
              QStringList{QStringLiteral("--video"), video, QStringLiteral("--muxed"),
                          shared.filePath(QStringLiteral("victim.mp4"))},
              QStringList{QStringLiteral("--midi"),
                          shared.filePath(QStringLiteral("victim.mid"))}}) {
            QProcess p;
            QStringList args = asOther;
            args << QStringLiteral(SW_BINARY_DIR "/app/scorewright-cli") << QStringLiteral("export")
                 << midi << outputs;
            p.start(args.takeFirst(), args);
            QVERIFY(p.waitForFinished(60000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(p.exitCode() != 0 && err.contains(QStringLiteral("not replaced")),
                     qPrintable(outputs.join(u' ') + QStringLiteral(": ") + err));
            QCOMPARE(bytesOf(outputs.last()), QByteArray("theirs"));
        }
        QCOMPARE(QDir(shared.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    // Issue 24: stdout on a full device exited 0 with the output lost; a folder given as the
    // soundfont "does not exist".
    void lostOutputAndAFolderAsSoundfontAreSaid()
    {
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(SW_BINARY_DIR "/app/scorewright-cli"),
                {QStringLiteral("info"), kDemo});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAllStandardError().contains("could not be written"), "no reason given");

        QTemporaryDir dir;
        const QString midi = dir.filePath(QStringLiteral("s.mid"));
        QString error;
        QVERIFY(sw::music::writeMidiFile(midi, sw::testing::richScore(), 1, &error));
        const Result r = cli({QStringLiteral("render"), midi, QStringLiteral("-o"),
                              dir.filePath(QStringLiteral("mix.wav")),
                              QStringLiteral("--soundfont"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is a folder")), qPrintable(r.err));
    }

    void midiRefusesBadFilesAndOptions()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.mid"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("MThd\0\0\0\6\0\0\0\1\1\xE0MTrk\0\0\x13\x88", 22));
        f.close();
        Result r = cli({QStringLiteral("midi"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("bad.mid: bad chunk length at byte 18")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("midi"), bad, QStringLiteral("--format"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
