#include "media/audiospool.h"

#include "music/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sw::media {

namespace {

// An unnamed file in `folder`: O_TMPFILE where the file system has it; elsewhere a named file
// removed at once, which is as good once it is open.
int openUnnamedFile(const QString& folder, QString* error)
{
    const QByteArray where = QFile::encodeName(folder);
#ifdef O_TMPFILE
    const int fd = ::open(where.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
#endif
    QByteArray pattern = where + "/scorewright-audio-XXXXXX";
    const int named = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (named >= 0) {
        ::unlink(pattern.constData());
        return named;
    }
    *error = QCoreApplication::translate("sw::media",
                                         "no temporary file can be made in %1 (%2): long audio "
                                         "is rendered there; set TMPDIR to a folder with room")
                 .arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(strerror(errno)));
    return -1;
}

} // namespace

struct AudioSpool::Private
{
    int channels = 2;
    bool open = false;
    // Memory storage
    std::vector<float> owned;
    const std::vector<float>* viewed = nullptr;
    // File storage
    int fd = -1;
    qint64 fileFrames = 0;

    ~Private()
    {
        if (fd >= 0)
            ::close(fd);
    }
    const std::vector<float>& memory() const { return viewed ? *viewed : owned; }
};

AudioSpool::AudioSpool() : d(std::make_unique<Private>()) {}
AudioSpool::AudioSpool(AudioSpool&&) noexcept = default;
AudioSpool& AudioSpool::operator=(AudioSpool&&) noexcept = default;
AudioSpool::~AudioSpool() = default;

bool AudioSpool::open(Storage storage, int channels, QString* error)
{
    d = std::make_unique<Private>();
    d->channels = std::max(1, channels);
    if (storage == Storage::File) {
        d->fd = openUnnamedFile(spoolFolder(), error);
        if (d->fd < 0)
            return false;
    }
    d->open = true;
    return true;
}

AudioSpool AudioSpool::adopt(std::vector<float>&& samples, int channels)
{
    AudioSpool spool;
    spool.d->channels = std::max(1, channels);
    spool.d->owned = std::move(samples);
    spool.d->open = true;
    return spool;
}

AudioSpool AudioSpool::view(const std::vector<float>& samples, int channels)
{
    AudioSpool spool;
    spool.d->channels = std::max(1, channels);
    spool.d->viewed = &samples;
    spool.d->open = true;
    return spool;
}

bool AudioSpool::isOpen() const
{
    return d && d->open;
}

bool AudioSpool::inMemory() const
{
    return d && d->fd < 0;
}

int AudioSpool::channels() const
{
    return d ? d->channels : 2;
}

qint64 AudioSpool::frames() const
{
    if (!d)
        return 0;
    return d->fd >= 0 ? d->fileFrames : qint64(d->memory().size()) / d->channels;
}

void AudioSpool::reserve(qint64 frames)
{
    if (d && d->fd < 0 && !d->viewed && frames > 0)
        d->owned.reserve(size_t(frames) * size_t(d->channels));
}

bool AudioSpool::write(qint64 first, const float* data, qint64 count, QString* error)
{
    if (!isOpen() || d->viewed || first < 0) {
        *error = QStringLiteral("the audio spool cannot be written");
        return false;
    }
    if (count <= 0)
        return true;
    const size_t channels = size_t(d->channels);
    if (d->fd < 0) {
        const size_t end = size_t(first + count) * channels;
        if (d->owned.size() < end)
            d->owned.resize(end, 0.0f);
        std::copy(data, data + size_t(count) * channels,
                  d->owned.begin() + size_t(first) * channels);
        return true;
    }
    const char* bytes = reinterpret_cast<const char*>(data);
    qint64 left = count * qint64(channels * sizeof(float));
    off_t at = off_t(first) * off_t(channels * sizeof(float));
    while (left > 0) {
        const ssize_t done = ::pwrite(d->fd, bytes, size_t(left), at);
        if (done < 0 && errno == EINTR)
            continue;
        if (done <= 0) {
            const int why = done < 0 ? errno : ENOSPC;
            const QString folder = QDir::toNativeSeparators(spoolFolder());
            if (why == ENOSPC || why == EDQUOT)
                *error = QCoreApplication::translate(
                             "sw::media", "the temporary folder %1 is full (%2 free): long "
                                          "audio is rendered there; free some space or set "
                                          "TMPDIR to a folder with room")
                             .arg(folder, music::sizeText(music::freeBytesAt(folder)));
            else
                *error = QCoreApplication::translate("sw::media",
                                                     "writing audio to the temporary folder %1 "
                                                     "failed: %2")
                             .arg(folder, QString::fromLocal8Bit(strerror(why)));
            return false;
        }
        bytes += done;
        at += done;
        left -= done;
    }
    if (first + count > d->fileFrames) // ranges written from several threads lie within
        d->fileFrames = first + count;
    return true;
}

bool AudioSpool::extendTo(qint64 frames, QString* error)
{
    if (frames <= this->frames())
        return true;
    if (!isOpen() || d->viewed) {
        *error = QStringLiteral("the audio spool cannot be written");
        return false;
    }
    if (d->fd < 0) {
        d->owned.resize(size_t(frames) * size_t(d->channels), 0.0f);
        return true;
    }
    // A hole: the file system reads it as zeros without storing them.
    if (::ftruncate(d->fd, off_t(frames) * off_t(d->channels * sizeof(float))) != 0) {
        *error = QCoreApplication::translate("sw::media",
                                             "writing audio to the temporary folder %1 failed: %2")
                     .arg(QDir::toNativeSeparators(spoolFolder()),
                          QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    d->fileFrames = frames;
    return true;
}

bool AudioSpool::read(qint64 first, float* data, qint64 count, QString* error) const
{
    if (count <= 0)
        return true;
    const size_t channels = size_t(this->channels());
    std::fill(data, data + size_t(count) * channels, 0.0f);
    const qint64 available = std::min(frames(), first + count) - std::max<qint64>(0, first);
    if (!isOpen() || available <= 0)
        return true;
    const qint64 from = std::max<qint64>(0, first);
    float* target = data + size_t(from - first) * channels;
    if (d->fd < 0) {
        const float* source = d->memory().data() + size_t(from) * channels;
        std::copy(source, source + size_t(available) * channels, target);
        return true;
    }
    char* bytes = reinterpret_cast<char*>(target);
    qint64 left = available * qint64(channels * sizeof(float));
    off_t at = off_t(from) * off_t(channels * sizeof(float));
    while (left > 0) {
        const ssize_t done = ::pread(d->fd, bytes, size_t(left), at);
        if (done < 0 && errno == EINTR)
            continue;
        if (done < 0) {
            *error = QCoreApplication::translate(
                         "sw::media", "reading audio back from the temporary folder %1 failed: %2")
                         .arg(QDir::toNativeSeparators(spoolFolder()),
                              QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        if (done == 0)
            break; // past the file's end: the zeros already there
        bytes += done;
        at += done;
        left -= done;
    }
    return true;
}

std::vector<float> AudioSpool::takeSamples()
{
    if (!isOpen())
        return {};
    if (d->fd < 0 && !d->viewed) {
        std::vector<float> out = std::move(d->owned);
        d->owned.clear();
        return out;
    }
    std::vector<float> out(size_t(frames()) * size_t(channels()));
    QString ignored;
    read(0, out.data(), frames(), &ignored);
    return out;
}

SpoolCursor::SpoolCursor(const AudioSpool& spool) : m_spool(spool) {}

float SpoolCursor::at(qint64 frame, int channel)
{
    if (frame < m_first || frame >= m_first + m_count) {
        constexpr qint64 kBlockFrames = 1 << 15;
        const int channels = m_spool.channels();
        m_block.resize(size_t(kBlockFrames) * size_t(channels));
        m_first = frame;
        m_count = kBlockFrames;
        if (failed() || !m_spool.read(m_first, m_block.data(), m_count, &m_error))
            std::fill(m_block.begin(), m_block.end(), 0.0f);
    }
    return m_block[size_t(frame - m_first) * size_t(m_spool.channels()) + size_t(channel)];
}

bool readBlocks(const AudioSpool& spool, qint64 blockFrames,
                const std::function<bool(const float*, qint64, qint64)>& work, QString* error)
{
    std::vector<float> block(size_t(blockFrames) * size_t(spool.channels()));
    for (qint64 first = 0; first < spool.frames(); first += blockFrames) {
        const qint64 count = std::min(blockFrames, spool.frames() - first);
        if (!spool.read(first, block.data(), count, error))
            return false;
        if (!work(block.data(), first, count))
            break;
    }
    return true;
}

bool rewriteBlocks(AudioSpool& spool, qint64 blockFrames, qint64 lookAhead,
                   const std::function<void(float*, qint64, qint64, qint64)>& work, QString* error)
{
    std::vector<float> block(size_t(blockFrames + lookAhead) * size_t(spool.channels()));
    const qint64 frames = spool.frames();
    for (qint64 first = 0; first < frames; first += blockFrames) {
        const qint64 count = std::min(blockFrames, frames - first);
        const qint64 read = std::min(count + lookAhead, frames - first);
        if (!spool.read(first, block.data(), read, error))
            return false;
        work(block.data(), first, count, read);
        if (!spool.write(first, block.data(), count, error))
            return false;
    }
    return true;
}

QString spoolFolder()
{
    return QDir::tempPath();
}

} // namespace sw::media
