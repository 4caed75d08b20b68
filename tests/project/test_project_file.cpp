// The .swproj file: golden round trip, migration from format 1, relative media paths, atomic
// saving, and every kind of broken file giving an error that names the file and the problem.
#include "project/projectfile.h"
#include "testscores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

#include <sys/stat.h>

using namespace sw::project;

namespace {

const QString kDataDir = QStringLiteral(SW_TEST_DATA_DIR);

QUuid fixedId(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

// A project touching every field of the format, with media resolved against `dir`.
ProjectContent goldenProject(const QDir& dir)
{
    ProjectContent p;
    p.title = QStringLiteral("Golden \u00e9t\u00e9 \"quotes\"");
    p.sourceAudio = {-4.5, true};
    Clip video;
    video.id = fixedId(1);
    video.kind = ClipKind::Video;
    video.name = QStringLiteral("Interview");
    video.startUs = 0;
    video.durationUs = 183456789;
    video.sourceInUs = 1234567;
    video.mediaPath = dir.absoluteFilePath(QStringLiteral("media/interview.mp4"));
    Clip image = video;
    image.id = fixedId(2);
    image.kind = ClipKind::Image;
    image.name = QStringLiteral("Poster");
    image.sourceInUs = 0;
    image.mediaPath = dir.absoluteFilePath(QStringLiteral("media/poster.png"));
    Clip prompt;
    prompt.id = fixedId(3);
    prompt.kind = ClipKind::Prompt;
    prompt.startUs = 1000;
    prompt.durationUs = 30000000;
    prompt.text = QStringLiteral("tense, strings, building to a hit at the door slam");
    Clip lyrics = prompt;
    lyrics.id = fixedId(4);
    lyrics.kind = ClipKind::Lyrics;
    lyrics.text = QStringLiteral("I'm stranded, waiting for the morning");
    p.clips = {video, image, prompt, lyrics};
    p.markers = {Marker{fixedId(5), 14200000, QStringLiteral("Door slam"), MarkerKind::HitPoint},
                 Marker{fixedId(6), 60000000, QStringLiteral("Act 2"), MarkerKind::Marker}};
    MusicRegion region;
    region.id = fixedId(7);
    region.name = QStringLiteral("Cue 1M1");
    region.startUs = 0;
    region.durationUs = 120000000;
    Take take;
    take.id = fixedId(8);
    take.name = QStringLiteral("Take 1");
    take.created = QDateTime(QDate(2026, 11, 25), QTime(10, 30, 15, 250), Qt::UTC);
    take.provenance.engine = QStringLiteral("imported");
    take.provenance.seed = 18446744073709551557ull;
    take.provenance.controls = QJsonObject{{QStringLiteral("intensity"), 0.8},
                                           {QStringLiteral("mode"), QStringLiteral("minor")}};
    take.score = sw::testing::richScore();
    take.score.tracks.first().notes[1].locked = true; // format 5
    region.takes = {take};
    region.activeTake = 0;
    p.musicRegions = {region};
    p.planPins.bpm = 92;
    p.planPins.key = sw::music::KeySignature{0, -1, sw::music::KeyMode::Minor};
    p.planPins.meterNumerator = 3;
    p.planPins.meterDenominator = 4;
    p.planPins.instruments = {{QStringLiteral("chords"), 48}, {QStringLiteral("melody"), 73}};
    p.planPins.intensity = {{0, 0.2}, {30000000, 0.9}, {60000000, 0.4}};
    p.planPins.sections = {{14200000, QStringLiteral("hit")}, {60000000, QStringLiteral("outro")}};
    return p;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// What a file from before format 5 holds: the same, without locked notes.
ProjectContent withoutLocks(ProjectContent content)
{
    for (MusicRegion& region : content.musicRegions) {
        for (Take& take : region.takes) {
            for (sw::music::Track& track : take.score.tracks)
                for (sw::music::Note& note : track.notes)
                    note.locked = false;
        }
    }
    return content;
}

// What a file from before format 4 holds: the same, without controller events either.
ProjectContent withoutControls(ProjectContent content)
{
    for (MusicRegion& region : content.musicRegions) {
        for (Take& take : region.takes) {
            for (sw::music::Track& track : take.score.tracks)
                track.controls.clear();
        }
    }
    return withoutLocks(content);
}

QByteArray goldenBytes()
{
    return readFile(kDataDir + QStringLiteral("/golden-v5.swproj"));
}

// The golden file with one change made through its JSON.
QByteArray edited(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(goldenBytes()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Every other test edits the golden file: without it they would test nothing.
        QVERIFY2(!goldenBytes().isEmpty() || qEnvironmentVariableIsSet("SW_UPDATE_GOLDEN"),
                 "tests/data/golden-v5.swproj is missing; run with SW_UPDATE_GOLDEN=1 once");
    }

    void savingMatchesTheGoldenFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("golden-v5.swproj"));
        QString error;
        QVERIFY2(saveProject(goldenProject(QDir(dir.path())), path, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("SW_UPDATE_GOLDEN")) {
            QFile::remove(kDataDir + QStringLiteral("/golden-v5.swproj"));
            QVERIFY(QFile::copy(path, kDataDir + QStringLiteral("/golden-v5.swproj")));
        }
        QCOMPARE(readFile(path), goldenBytes());
    }

    void loadingTheGoldenFileGivesTheProjectBack()
    {
        ProjectContent content;
        ProjectLoadReport report;
        QString error;
        QVERIFY2(
            loadProject(kDataDir + QStringLiteral("/golden-v5.swproj"), &content, &error, &report),
            qPrintable(error));
        QVERIFY(content == goldenProject(QDir(kDataDir)));
        QCOMPARE(report.fileVersion, kProjectFormatVersion);
        QVERIFY(report.migrationNotes.isEmpty());
        // The golden project's media does not exist: its two clips are offline, not an error.
        QCOMPARE(report.warnings.size(), 2);
        QVERIFY(report.warnings[0].contains(QStringLiteral("interview.mp4")));
    }

    void mediaPathsAreRelativeToTheProjectFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/media")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("b")));
        const ProjectContent project = goldenProject(QDir(dir.filePath(QStringLiteral("a"))));
        QString error;
        const QString first = dir.filePath(QStringLiteral("a/p.swproj"));
        const QString second = dir.filePath(QStringLiteral("b/p.swproj"));
        QVERIFY(saveProject(project, first, &error));
        QVERIFY(saveProject(project, second, &error)); // Save As into another folder
        QVERIFY(readFile(first).contains("\"media\": \"media/interview.mp4\""));
        QVERIFY(readFile(second).contains("\"media\": \"../a/media/interview.mp4\""));
        ProjectContent back;
        QVERIFY(loadProject(second, &back, &error));
        QVERIFY(back == project);
    }

    void formatTwoIsMigrated()
    {
        // The golden file of format 2, kept as it was: no plan pins.
        ProjectContent content;
        ProjectLoadReport report;
        QString error;
        QVERIFY2(
            loadProject(kDataDir + QStringLiteral("/golden-v2.swproj"), &content, &error, &report),
            qPrintable(error));
        QCOMPARE(report.fileVersion, 2);
        QCOMPARE(report.migrationNotes.size(), 3);
        ProjectContent expected = withoutControls(goldenProject(QDir(kDataDir)));
        expected.planPins = PlanPins{};
        QVERIFY(content == expected);
    }

    void formatFourIsMigrated()
    {
        // The golden file of format 4, kept as it was: no locked notes.
        ProjectContent content;
        ProjectLoadReport report;
        QString error;
        QVERIFY2(
            loadProject(kDataDir + QStringLiteral("/golden-v4.swproj"), &content, &error, &report),
            qPrintable(error));
        QCOMPARE(report.fileVersion, 4);
        QCOMPARE(report.migrationNotes.size(), 1);
        QVERIFY(content == withoutLocks(goldenProject(QDir(kDataDir))));
    }

    void formatThreeIsMigrated()
    {
        // The golden file of format 3, kept as it was: no controllers on the tracks.
        ProjectContent content;
        ProjectLoadReport report;
        QString error;
        QVERIFY2(
            loadProject(kDataDir + QStringLiteral("/golden-v3.swproj"), &content, &error, &report),
            qPrintable(error));
        QCOMPARE(report.fileVersion, 3);
        QCOMPARE(report.migrationNotes.size(), 2);
        QVERIFY(content == withoutControls(goldenProject(QDir(kDataDir))));
    }

    void formatOneIsMigrated()
    {
        ProjectContent content;
        ProjectLoadReport report;
        QString error;
        QVERIFY2(
            loadProject(kDataDir + QStringLiteral("/project-v1.swproj"), &content, &error, &report),
            qPrintable(error));
        QCOMPARE(report.fileVersion, 1);
        QCOMPARE(report.migrationNotes.size(), 4); // 1 -> 2 -> 3 -> 4 -> 5
        QCOMPARE(content.title, QStringLiteral("Format 1 project"));
        QCOMPARE(content.clips.size(), 2);
        QCOMPARE(content.clips[0].startUs, qint64(1500000));
        QCOMPARE(content.clips[0].durationUs, qint64(12345678)); // 12.345678 s exactly
        QCOMPARE(content.clips[0].sourceInUs, qint64(250000));
        QCOMPARE(content.clips[1].text, QStringLiteral("calm, piano"));
        QCOMPARE(content.markers[0].timeUs, qint64(4000000));
        QCOMPARE(content.musicRegions[0].durationUs, qint64(10000000));
        QCOMPARE(content.musicRegions[0].takes[0].score.noteCount(), 2);

        // Saving writes the current format, which reads back identically.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("migrated.swproj"));
        QVERIFY(saveProject(content, path, &error));
        QVERIFY(readFile(path).contains("\"version\": 5"));
        ProjectContent again;
        QVERIFY(loadProject(path, &again, &error, &report));
        QCOMPARE(report.fileVersion, 5);
        QCOMPARE(again.clips[0].durationUs, qint64(12345678));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray golden = goldenBytes();
        QTest::newRow("empty") << QByteArray() << "the file is empty";
        QTest::newRow("truncated") << golden.left(golden.size() / 2) << "may be truncated";
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "not a readable";
        QTest::newRow("json array") << QByteArray("[1, 2, 3]") << "not a Scorewright project";
        QTest::newRow("other json")
            << QByteArray("{\"name\": \"x\"}") << "not a Scorewright project";
        QTest::newRow("newer version")
            << edited([](QJsonObject& r) { r[QStringLiteral("version")] = 99; })
            << "saved by a newer version of Scorewright (project format 99";
        QTest::newRow("impossible pinned tempo") << edited([](QJsonObject& r) {
            QJsonObject plan = r[QStringLiteral("plan")].toObject();
            plan[QStringLiteral("bpm")] = 1000;
            r[QStringLiteral("plan")] = plan;
        }) << "plan: the pinned tempo 1000 bpm";
        QTest::newRow("version zero")
            << edited([](QJsonObject& r) { r[QStringLiteral("version")] = 0; })
            << "unknown project format version 0";
        auto clipEdit = [](const QString& key, const QJsonValue& value) {
            return edited([key, value](QJsonObject& r) {
                QJsonArray clips = r[QStringLiteral("clips")].toArray();
                QJsonObject c = clips[2].toObject();
                c[key] = value;
                clips[2] = c;
                r[QStringLiteral("clips")] = clips;
            });
        };
        QTest::newRow("text time") << clipEdit(QStringLiteral("startUs"), QStringLiteral("soon"))
                                   << "clips[2].startUs: expected a whole number of microseconds";
        QTest::newRow("fractional time")
            << clipEdit(QStringLiteral("durationUs"), 1.5) << "clips[2].durationUs";
        QTest::newRow("unknown kind")
            << clipEdit(QStringLiteral("kind"), QStringLiteral("hologram"))
            << "clips[2].kind: unknown clip kind \"hologram\"";
        QTest::newRow("bad id") << clipEdit(QStringLiteral("id"), 42) << "clips[2].id";
        QTest::newRow("negative length")
            << clipEdit(QStringLiteral("durationUs"), -5) << "the project is inconsistent";
        QTest::newRow("duplicate id")
            << clipEdit(QStringLiteral("id"),
                        QStringLiteral("00000000-0000-4000-8000-000000000001"))
            << "shares its id";
        QTest::newRow("clips not a list")
            << edited([](QJsonObject& r) { r[QStringLiteral("clips")] = 5; })
            << "clips: expected a list";
        QTest::newRow("bad note in take") << edited([](QJsonObject& r) {
            QJsonArray music = r[QStringLiteral("music")].toArray();
            QJsonObject region = music[0].toObject();
            QJsonArray takes = region[QStringLiteral("takes")].toArray();
            QJsonObject take = takes[0].toObject();
            QJsonObject score = take[QStringLiteral("score")].toObject();
            QJsonArray tracks = score[QStringLiteral("tracks")].toArray();
            QJsonObject track = tracks[1].toObject();
            QJsonArray notes = track[QStringLiteral("notes")].toArray();
            notes[0] = QJsonArray{60, 500, 0, 10};
            track[QStringLiteral("notes")] = notes;
            tracks[1] = track;
            score[QStringLiteral("tracks")] = tracks;
            take[QStringLiteral("score")] = score;
            takes[0] = take;
            region[QStringLiteral("takes")] = takes;
            music[0] = region;
            r[QStringLiteral("music")] = music;
        }) << "music[0].takes[0].score: tracks[1].notes[0] velocity";
        QTest::newRow("active take out of range") << edited([](QJsonObject& r) {
            QJsonArray music = r[QStringLiteral("music")].toArray();
            QJsonObject region = music[0].toObject();
            region[QStringLiteral("activeTake")] = 3;
            music[0] = region;
            r[QStringLiteral("music")] = music;
        }) << "selects take 4 of 1";
        QTest::newRow("seed not a number") << edited([](QJsonObject& r) {
            QJsonArray music = r[QStringLiteral("music")].toArray();
            QJsonObject region = music[0].toObject();
            QJsonArray takes = region[QStringLiteral("takes")].toArray();
            QJsonObject take = takes[0].toObject();
            QJsonObject prov = take[QStringLiteral("provenance")].toObject();
            prov[QStringLiteral("seed")] = QStringLiteral("lucky");
            take[QStringLiteral("provenance")] = prov;
            takes[0] = take;
            region[QStringLiteral("takes")] = takes;
            music[0] = region;
            r[QStringLiteral("music")] = music;
        }) << "provenance.seed";
    }
    void brokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("broken.swproj"), bytes);
        ProjectContent content = goldenProject(QDir(dir.path()));
        const ProjectContent before = content;
        QString error;
        QVERIFY(!loadProject(path, &content, &error));
        QVERIFY2(error.startsWith(QStringLiteral("broken.swproj: ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(content == before); // what was open stays as it was
    }

    void unreadablePaths()
    {
        QTemporaryDir dir;
        ProjectContent content;
        QString error;
        QVERIFY(!loadProject(dir.filePath(QStringLiteral("nothing.swproj")), &content, &error));
        QVERIFY2(error.contains(QStringLiteral("nothing.swproj: the file does not exist")),
                 qPrintable(error));
        QVERIFY(!loadProject(dir.path(), &content, &error));
        QVERIFY(error.contains(QStringLiteral("is a folder")));
    }

    // A FIFO would block the open until someone writes; /dev/zero reports size 0 and never ends.
    void onlyRegularFilesAreRead()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.swproj"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        ProjectContent content;
        QString error;
        QVERIFY(!loadProject(fifo, &content, &error));
        QVERIFY2(error.contains(QStringLiteral("pipe.swproj: is not a regular file")),
                 qPrintable(error));
        QVERIFY(!loadProject(QStringLiteral("/dev/zero"), &content, &error));
        QVERIFY2(error.contains(QStringLiteral("zero: is not a regular file")), qPrintable(error));
    }

    void randomCorruptionNeverCrashes()
    {
        const QByteArray golden = goldenBytes();
        quint32 state = 99;
        auto next = [&state] { return state = state * 1664525u + 1013904223u; };
        const QDir dir(kDataDir);
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = golden;
            for (int i = 0; i < 1 + int(next() % 4); ++i)
                bytes[int(next() % quint32(bytes.size()))] = char(next() >> 24);
            ProjectContent content;
            QString error;
            if (projectFromJson(bytes, dir, &content, &error))
                QVERIFY(content.checkConsistency().isEmpty());
            else
                QVERIFY(!error.isEmpty());
        }
    }

    void inconsistentProjectIsNotSaved()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("keep.swproj"), goldenBytes());
        ProjectContent broken = goldenProject(QDir(dir.path()));
        broken.clips[1].durationUs = 0;
        QString error;
        QVERIFY(!saveProject(broken, path, &error));
        QVERIFY2(error.contains(QStringLiteral("keep.swproj was not saved")), qPrintable(error));
        QCOMPARE(readFile(path), goldenBytes());
    }

    void saveReplacesAtomicallyAndLeavesNoTemporaryFiles()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("p.swproj"), "old contents");
        QString error;
        QVERIFY(saveProject(goldenProject(QDir(dir.path())), path, &error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.swproj")});
        ProjectContent back;
        QVERIFY(loadProject(path, &back, &error));
    }

    // Saving used to leave the project private (0600, the temporary file's mode).
    void savingKeepsTheFilesPermissions()
    {
        // Owner, group and others; Qt's "User" flags repeat the owner's for the running user.
        const QFileDevice::Permissions kModeBits(0x7077);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("p.swproj"), "old contents");
        QString error;
        const QFileDevice::Permissions shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(path, shared));
        QVERIFY(saveProject(goldenProject(QDir(dir.path())), path, &error));
        QCOMPARE(QFile::permissions(path) & kModeBits, shared);
        const QFileDevice::Permissions group =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(path, group));
        QVERIFY(saveProject(goldenProject(QDir(dir.path())), path, &error));
        QCOMPARE(QFile::permissions(path) & kModeBits, group);
        // A new file gets what the user's umask gives any new file, readable by others here.
        const QString fresh = QDir(dir.path()).filePath(QStringLiteral("new.swproj"));
        const mode_t mask = ::umask(022);
        QVERIFY(saveProject(goldenProject(QDir(dir.path())), fresh, &error));
        ::umask(mask);
        QVERIFY(QFile::permissions(fresh) & QFileDevice::ReadOther);
    }

    void devicesAreNeverReplaced()
    {
        QString error;
        QVERIFY(!saveProject(goldenProject(QDir(QStringLiteral("/tmp"))),
                             QStringLiteral("/dev/null"), &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
    }

    void unwritableFolderSuggestsSaveAs()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!saveProject(goldenProject(QDir(dir.path())),
                             dir.filePath(QStringLiteral("missing/folder/p.swproj")), &error));
        QVERIFY2(error.contains(QStringLiteral("p.swproj could not be saved")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("Save As")));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "test_project_file.moc"
