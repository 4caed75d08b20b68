// Compressed audio export: FLAC comes back sample for sample (24 bit), AAC and MP3 keep their
// length and pitch, and unknown formats, devices and cancelled exports leave no file behind.
// Spools (long audio in unnamed temporary files) read back what was written, and a writer
// killed half-way leaves nothing.
#include "media/audiodecoder.h"
#include "media/audiofile.h"
#include "media/audiospool.h"
#include "music/outputfile.h"

#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace sw::media;

namespace {

std::vector<float> tone(double seconds, double hz)
{
    std::vector<float> pcm(size_t(seconds * 48000) * 2);
    for (size_t i = 0; i < pcm.size() / 2; ++i) {
        pcm[2 * i] = float(0.25 * std::sin(2 * M_PI * hz * double(i) / 48000));
        pcm[2 * i + 1] = -pcm[2 * i];
    }
    return pcm;
}

} // namespace

class TestAudioFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void flacIsLossless()
    {
        const std::vector<float> pcm = tone(1.0, 440);
        const QString path = m_dir.filePath(QStringLiteral("mix.flac"));
        QString error;
        QVERIFY2(writeAudioFile(path, pcm, 48000, &error), qPrintable(error));
        AudioBuffer back;
        QVERIFY2(decodeAudio(path, 48000, 2, &back, &error), qPrintable(error));
        QCOMPARE(back.samples.size(), pcm.size());
        double worst = 0;
        for (size_t i = 0; i < pcm.size(); ++i)
            worst = std::max(worst, double(std::abs(back.samples[i] - pcm[i])));
        QVERIFY2(worst < 2.0 / 8388608.0, qPrintable(QString::number(worst)));
    }

    void lossyFormatsKeepLengthAndPitch_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("aac") << "mix.m4a";
        QTest::newRow("mp3") << "mix.mp3";
    }
    void lossyFormatsKeepLengthAndPitch()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY2(writeAudioFile(path, tone(2.0, 440), 48000, &error), qPrintable(error));
        AudioBuffer back;
        QVERIFY(decodeAudio(path, 48000, 2, &back, &error));
        QVERIFY2(std::abs(back.durationUs() - 2000000) < 100000,
                 qPrintable(QString::number(back.durationUs())));
        int crossings = 0; // on the left channel (the right one is its inverse)
        for (size_t i = 24001; i < 72000; ++i)
            crossings += (back.samples[2 * (i - 1)] < 0) != (back.samples[2 * i] < 0);
        QVERIFY2(std::abs(crossings / 2.0 - 440) < 10,
                 qPrintable(QString::number(crossings / 2.0)));
    }

    void failuresLeaveNothing()
    {
        const std::vector<float> pcm = tone(1.0, 440);
        QString error;
        QVERIFY(!writeAudioFile(m_dir.filePath(QStringLiteral("mix.ogg")), pcm, 48000, &error));
        QVERIFY(error.contains(QStringLiteral(".flac, .m4a or .mp3")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.flac")));
        QVERIFY(!writeAudioFile(m_dir.filePath(QStringLiteral("folder.flac")), pcm, 48000, &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.flac"));
        QVERIFY(!writeAudioFile(cancelled, pcm, 48000, &error, [] { return true; }));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(cancelled));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
    }

    void aSpoolInAFileReadsBackWhatWasWritten()
    {
        QTemporaryDir folder;
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(folder.path()));
        AudioSpool spool;
        QString error;
        const bool opened = spool.open(AudioSpool::Storage::File, 2, &error);
        qputenv("TMPDIR", oldTmp);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(!spool.inMemory());
        const std::vector<float> pcm = tone(1.0, 440);
        QVERIFY(spool.write(1000, pcm.data(), 48000, &error)); // the first 1000 frames a gap
        QCOMPARE(spool.frames(), qint64(49000));
        QCOMPARE(
            QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{}); // no name, even while open
        std::vector<float> back(size_t(2000) * 2, 1.0f);
        QVERIFY(spool.read(48000, back.data(), 2000, &error)); // 1000 frames past the end
        for (int i = 0; i < 1000 * 2; ++i)
            QCOMPARE(back[size_t(i)], pcm[size_t(47000 * 2 + i)]);
        for (int i = 1000 * 2; i < 2000 * 2; ++i)
            QCOMPARE(back[size_t(i)], 0.0f);
        QVERIFY(spool.read(0, back.data(), 1000, &error));
        QVERIFY(std::all_of(back.begin(), back.begin() + 2000, [](float v) { return v == 0; }));
        QVERIFY(spool.extendTo(60000, &error));
        QCOMPARE(spool.frames(), qint64(60000));
        const std::vector<float> whole = spool.takeSamples();
        QVERIFY(std::equal(pcm.begin(), pcm.end(), whole.begin() + 2000));

        // A FLAC file encoded from the spool is the one encoded from memory.
        const QString fromSpool = m_dir.filePath(QStringLiteral("spool.flac"));
        const QString fromMemory = m_dir.filePath(QStringLiteral("memory.flac"));
        QVERIFY2(writeAudioFile(fromSpool, spool, 48000, &error), qPrintable(error));
        QVERIFY(writeAudioFile(fromMemory, whole, 48000, &error));
        AudioBuffer a, b;
        QVERIFY(decodeAudio(fromSpool, 48000, 2, &a, &error));
        QVERIFY(decodeAudio(fromMemory, 48000, 2, &b, &error));
        QVERIFY(a.samples == b.samples);
        // And a file decoded into a spool is the one decoded into memory.
        AudioSpool decoded;
        QVERIFY(decoded.open(AudioSpool::Storage::Memory, 2, &error));
        QVERIFY(decodeAudio(fromSpool, 48000, 2, &decoded, &error));
        QVERIFY(decoded.takeSamples() == a.samples);
    }

    // A full disk is named as such, with what is free and where (QSaveFile said "Unknown
    // error"); a disk with room is not blamed.
    void aFullDiskIsSaidToBeFull()
    {
        const QString path = m_dir.filePath(QStringLiteral("mix.wav"));
        const QString full = sw::music::diskFullReason(path, qint64(1) << 60);
        QVERIFY2(full.startsWith(QStringLiteral("the disk is full: ")) &&
                     full.contains(QDir::toNativeSeparators(m_dir.path())) &&
                     full.contains(QStringLiteral("the file needs")),
                 qPrintable(full));
        QVERIFY(sw::music::diskFullReason(path, 1).isEmpty());
        QCOMPARE(sw::music::sizeText(40 * 1000 * 1000), QStringLiteral("40 MB"));
        QCOMPARE(sw::music::sizeText(qint64(1400) * 1000 * 1000), QStringLiteral("1.4 GB"));
    }

    void aPendingFileGetsItsNameOnlyWhenComplete()
    {
        const QString target = m_dir.filePath(QStringLiteral("pending.bin"));
        const mode_t oldMask = ::umask(022);
        QString why;
        {
            sw::music::PendingFile pending(target);
            QVERIFY2(pending.open(&why), qPrintable(why));
            QFile file(pending.writePath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("complete");
            file.close();
            QVERIFY(!QFile::exists(target));
            QVERIFY2(pending.commit(&why), qPrintable(why));
        }
        ::umask(oldMask);
        QFile written(target);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("complete"));
        QVERIFY(written.permissions() & QFileDevice::ReadOther); // as any new file, not 0600

        // A writer killed half-way leaves nothing under any name.
        QTemporaryDir folder;
        const QString killed = QDir(folder.path()).filePath(QStringLiteral("killed.mp4"));
        const pid_t child = ::fork();
        if (child == 0) {
            sw::music::PendingFile pending(killed);
            QString ignored;
            if (pending.open(&ignored)) {
                QFile file(pending.writePath());
                if (file.open(QIODevice::WriteOnly)) {
                    file.write(QByteArray(1 << 20, 'x'));
                    file.flush();
                }
            }
            ::raise(SIGKILL);
            ::_exit(1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(
            QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestAudioFile)
#include "test_audio_file.moc"
